"""Round 11, probe T (foreign-correspondent copy of two-country stories): the scene a
paragraph opens on ("On the X side,", "Across the border in Y,", "Back in Z,") places its
ordinary voices and its unplaced local outlets; someone who "told the station" just named is
of the station's side.

(Formerly tests/test_attribution_round11_t.py.)"""

from __future__ import annotations

from functools import partial

import pytest

from analysis.nlp import load_nlp
from analysis.statements import extract_statements
from tests.support import statement_rows

# Each statement of a text as a row of the fields named (tests.support.statement_rows).
_groups = partial(statement_rows, fields=("actor", "group", "group_country"))


_LEAD = ("KIGALI (wire) — Rwanda closed its main crossing with Burundi on Friday, the "
         "government said.\n\n")


def test_side_opener_places_local_outlet_and_the_person_who_told_it():
    groups = _groups(
        _LEAD + "On the Burundian side, Radio Isanganiro Gatumba reported that hundreds of "
        "traders were stuck at the gate. One vendor, Claudine Nduwimana, told the station that "
        "her beans were rotting in the sun.")
    assert groups[-2][1:] == ("Burundian media", "BI")
    assert groups[-1] == ("Claudine Nduwimana", "Burundian public", "BI")


@pytest.mark.parametrize("value, expected", [
    pytest.param("Across the border in Gatumba, on the Burundian side of the bridge, "
                 "market women said trade had stopped. \"Nobody buys,\" said Esperance Niyonzima, who "
                 "sells cassava flour.", ("Esperance Niyonzima", "Burundian public", "BI"),
                 id="across_the_border_with_a_country_word_in_the_scene"),
    pytest.param("Over the frontier, Burundian community radio Radio Ijwi said thousands had "
                 "crossed back. A returning builder, Jean Bizimana, told the radio that his Rwandan "
                 "employer had kept his wages.", ("Jean Bizimana", "Burundian public", "BI"),
                 id="over_the_frontier_takes_the_side_the_sentence_names"),
    pytest.param("Back in Bujumbura, families said they were worried. \"My son sent money "
                 "every month,\" said Spès Irakoze, a farmer.",
                 ("Spès Irakoze", "Burundian public", "BI"),
                 id="back_in_a_town_of_the_other_side"),
    # the next paragraph has no scene of its own: the dateline's side again
    pytest.param("On the Burundian side, Radio Isanganiro Gatumba reported that traders were "
                 "stuck.\n\nIn Rubavu, a Rwandan border town, shopkeeper Alice Uwase said business had "
                 "fallen. \"We wait,\" said Eric Mugisha, a driver.",
                 ("Eric Mugisha", "Rwandan public", "RW"),
                 id="scene_ends_with_its_paragraph"),
])
def test_groups(value, expected):
    groups = _groups(_LEAD + value)
    assert groups[-1] == expected


@pytest.mark.parametrize("speaker", ["Rwanda's interior ministry", "Rwanda's army"])
def test_scene_does_not_move_officials_of_the_story(speaker):
    # a state voice in a scene paragraph is placed by the state rules, not by the scene
    groups = _groups(
        _LEAD + f"On the Burundian side, traders waited at the gate. {speaker} said the "
        "crossing would reopen on Monday.")
    assert groups[-1][2] == "RW"


def test_telling_a_registered_outlet_places_no_one():
    # AFP is a French agency: a vendor who told it is no Frenchman
    groups = _groups(
        _LEAD + "AFP reported that traders were stuck at the gate. A vendor, Claudine "
        "Nduwimana, told the agency that her beans were rotting.")
    assert groups[-1][1:] == ("Rwandan public", "RW")


def test_byline_of_a_city_paper_places_the_story_without_dateline():
    # no dateline; Belarus is named more often than Poland, but the Gdansk paper's own
    # reporter files from home: its unmarked residents and border guards are Polish
    text = ("Migrants held in forest camp\n\nBy Ewa Lis, Gdansk Evening Post staff reporter\n\n"
            "The Border Guard said it had stopped 40 crossings from Belarus. Belarus denied "
            "it. Belarusian troops were seen at the fence, and Belarus's state media blamed "
            "Warsaw.\n\n\"We hear shouting at night,\" said Jan Kowal, a retired forester.")
    groups = _groups(text)
    assert groups[0][1:] == ("Polish government", "PL")
    assert groups[-1] == ("Jan Kowal", "Polish public", "PL")


def test_byline_with_no_place_decides_nothing():
    from analysis.attribution.words import _BYLINE_RE
    assert _BYLINE_RE.match("By Ewa Lis, staff reporter") is not None
    groups = _groups("By Ewa Lis, staff reporter\n\nThe Border Guard said it had stopped 40 "
                     "crossings from Belarus.")
    assert groups[0][2] != "PL"


@pytest.mark.parametrize("text, expected", [
    # "stallholders" was no word of the public: the speaker had no group at all
    pytest.param("LA PAZ (wire) - Bolivia's customs agency said it had seized diesel bound for Peru.\n\n"
                 "Across the border, on the Peruvian side of the bridge, market stallholders said trade "
                 "had fallen by half.", ("Peruvian public", "PE"),
                 id="market_stallholders_are_the_public_of_the_scene"),
    # Serbian is spoken in Kosovo: the local portal of a Mitrovica story is of Kosovo
    pytest.param("MITROVICA, Kosovo - Kosovo's interior ministry said the bridge would reopen.\n\n"
                 "The local Serbian-language portal Sjever Danas reported that residents had gathered.",
                 ("Kosovar media", "XK"),
                 id="language_word_names_no_country_of_an_outlet"),
    pytest.param("KATHMANDU - Nepal said it was in contact with the operator.\n\nThe families' group, "
                 "the Nepali Seafarers' Families Forum, said the operator had stopped answering.",
                 ("Nepali Seafarers' Families Forum", "NP"),
                 id="described_group_named_in_apposition_with_a_country_word"),
    pytest.param("BEIRUT (wire) - Lebanon said 12,000 Syrian refugees had registered to go home.\n\n"
                 "In a camp in the Bekaa valley, many refugees said they were afraid to go back.",
                 ("Syrian public", "SY"),
                 id="unqualified_refugees_take_the_nationality_the_text_gave_them"),
    pytest.param("MAE SOT, Thailand - Thailand said it would shelter civilians.\n\nThe Ban Rak Clinic, "
                 "founded by exiles in the 1980s, said it had treated 300 patients in two days.",
                 ("Ban Rak Clinic", "TH"),
                 id="named_clinic_with_no_country_word_is_of_the_story_home"),
    pytest.param("CÚCUTA, Colombia - Dr Ana Pérez, director of the San Rafael Hospital, said the wards "
                 "were full.\n\nVenezuelan migrants waiting at the hospital gate said they had nowhere "
                 "else to go.", ("Venezuelan public", "VE"),
                 id="people_waiting_at_an_institution_are_not_its_voice"),
    pytest.param("CÚCUTA, Colombia - Venezuela's health ministry did not respond to questions.\n\n"
                 "The Catholic diocese of Ocaña said its kitchens served 9,000 meals a day, and its "
                 "bishop, Luis Gómez Parra, urged the government to declare an emergency.",
                 ("Diocese of Ocaña", "CO"),
                 id="its_bishop_in_the_clause_after_the_diocese_speaks_for_it"),
])
def test_groups_2(text, expected):
    groups = _groups(text)
    assert groups[-1][1:] == expected


@pytest.mark.parametrize("text, expected", [
    # "El Geneina" is tagged ORG; the town the clause names still places the refugee
    pytest.param("N'DJAMENA (wire) - Chad said its camps were full.\n\n\"They burned the houses,\" "
                 "said Amna Yousif, 41, who fled El Geneina with her sons.",
                 ("Amna Yousif", "Sudanese public", "SD"),
                 id="who_fled_a_town_ner_calls_an_organisation"),
    pytest.param("PESHAWAR - Pakistan closed the crossing, officials said.\n\nIn Jalalabad, the "
                 "provincial chamber of commerce said the price of cement had risen.",
                 ("provincial chamber of commerce", "provincial chamber of commerce",
                 "AF"),
                 id="provincial_chamber_of_commerce_is_no_administration"),
    # the observatory is named for the country it studies; the university is in Bogotá
    pytest.param("CÚCUTA, Colombia - Colombia's migration agency said crossings had risen.\n\n"
                 "Ronal Duarte, a researcher at the Venezuela Observatory of the University of Rosario "
                 "in Bogotá, said the numbers reflected a collapse.",
                 ("Ronal Duarte", "Colombian experts", "CO"),
                 id="city_after_a_university_places_its_researcher"),
])
def test_groups_3(text, expected):
    groups = _groups(text)
    assert groups[-1] == expected


@pytest.mark.parametrize("scene,country", [
    ("Across the river in Tecún Umán", "GT"),
    ("Over the frontier, in San Antonio del Táchira", "VE"),
])
def test_border_towns_the_tables_now_know(scene, country):
    groups = _groups(
        "CÚCUTA, Colombia - Colombia's migration agency said 38,000 people crossed each day.\n\n"
        f"{scene}, shopkeepers said business had fallen.")
    assert groups[-1][2] == country


def test_refugees_in_a_camp_are_of_the_country_they_fled():
    groups = _groups(
        "GULU - Refugees in the Palabek settlement say they are hungry, even as families "
        "fleeing fighting in South Sudan continue to arrive.\n\nUganda's Office of the Prime "
        "Minister said land had been allocated.")
    assert groups[0][1:] == ("South Sudanese public", "SS")


def test_refugees_with_their_own_nationality_keep_it():
    groups = _groups(
        "GULU - Congolese refugees in the Palabek settlement say they are hungry, even as "
        "families fleeing fighting in South Sudan continue to arrive.")
    assert groups[0][2] == "CD"


@pytest.mark.parametrize("text, expected", [
    pytest.param("KAMPALA - Uganda said the camp was full.\n\nThe local news portal Acholi "
                 "Times reported that rations had been cut.", "Ugandan media",
                 id="local_news_portal_is_an_outlet"),
    pytest.param("TAPACHULA, Mexico - Mexico said the troops had left.\n\nThe river is crossed daily, "
                 "said Dana Ruiz, a researcher for the group of universities in Mexico City.",
                 "Mexican experts",
                 id="researcher_with_no_body_just_quoted_stays_an_expert"),
])
def test_groups_4(text, expected):
    groups = _groups(text)
    assert groups[-1][1] == expected


def test_researcher_for_the_group_speaks_for_the_group_just_quoted():
    groups = _groups(
        "TAPACHULA, Mexico - Amnesty International said the deployment had pushed migrants "
        "onto mountain routes. \"When you close the river, people take the hills,\" said Dana "
        "Ruiz, a researcher for the group in Mexico City.")
    assert groups[-1][:2] == ("Dana Ruiz", "Amnesty International")


def test_dateline_town_in_the_headline_keeps_the_story_at_the_dateline():
    # headline and lead name only Venezuelans as a country word, but the headline's town is
    # the dateline's own: a Colombian story, not a bureau story about Venezuela
    text = ("Cúcuta clinic turns away patients as Venezuelans cross\n\nCÚCUTA, Colombia — A "
            "public clinic in this border city said it would stop admitting patients after a "
            "surge of Venezuelans.\n\n\"We are full,\" said Marta Ríos, a nurse.")
    assert _groups(text)[-1] == ("Marta Ríos", "Colombian public", "CO")


def test_bureau_story_about_the_neighbour_still_moves_without_a_home_town():
    text = ("Venezuelans queue for medicine\n\nBOGOTÁ, Colombia — Venezuelans queued for "
            "hours at pharmacies, residents said.\n\n\"We are hungry,\" said Marta Ríos, a nurse.")
    assert _groups(text)[-1][2] == "VE"


def test_international_body_keeps_no_country():
    groups = _groups(
        "MAE SOT, Thailand - Thailand said it would shelter civilians.\n\nThe International "
        "Clinic Alliance said it had sent two surgeons.")
    assert groups[-1][2] is None


@pytest.mark.parametrize("text,speaker", [
    # the parser hangs the speaker on the place as a conjunct (no "and")
    ("In the camp at Palabek, Mary Akello Lagu, a mother of five who fled Magwi county in "
     "March, said her children ate once a day.", "Mary Akello Lagu"),
    # ... or as an appositive of a place fronted by "Back in"
    ("Back in the village of Lamjung, Bikram Gurung's father, a retired Gurkha soldier, said "
     "he had stopped watching the news.", "Bikram Gurung's father"),
])
def test_speaker_after_a_fronted_scene_is_found(text, speaker):
    [s] = extract_statements(load_nlp()(text))
    assert s.speaker is not None and s.speaker.text == speaker


def test_place_and_person_joined_by_and_is_no_speaker_after_a_scene():
    # "and" joins two real objects of the preposition: no speaker hangs on the place
    [s] = extract_statements(load_nlp()(
        "In Gulu and Lira, officials said the camps were full."))
    assert s.speaker.text == "officials"
