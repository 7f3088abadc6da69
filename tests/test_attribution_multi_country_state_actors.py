"""Round 10, probe Q: multi-country stories of state actors (border rows, ports, migrant boats,
delimitation talks). Every sentence here is invented for these tests.

(Formerly tests/test_attribution_round10_q.py.)"""

from __future__ import annotations

from functools import partial

import pytest

from tests.support import group_starting, statement_rows

# Each statement of a text as a row of the fields named (tests.support.statement_rows).
_speakers = partial(statement_rows, fields=("actor", "group", "content"))
_group_of = partial(group_starting, after_that=True)


# --- countries.yaml 1.8: border regions and towns -------------------------------------------

@pytest.mark.parametrize("text,group", [
    ("OSH, Kyrgyzstan — Talks stalled again. The governor of Sughd region, Anvar Sharipov, "
     "said the canal would stay closed.", "Tajik government"),
    ("DAKAR — The boat was found at dawn. A fisherman from Nouadhibou, Ely Ould Salem, said the "
     "engine had failed.", "Mauritanian public"),
    ("ADDIS ABABA — Ten bodies were found. A survivor from Obock, Houssein Ali, said the boat "
     "had been overloaded.", "Djiboutian public"),
    ("LA PAZ — Trucks waited for days. The governor of Arica y Parinacota, Rosa Vera, said "
     "the border would reopen on Friday.", "Chilean government"),
])
def test_border_regions_and_towns_place_their_people(text, group):
    assert _group_of(text, "the ") == group


# --- the lead's own ministry keeps a dateline's story at home --------------------------------

def test_lead_subject_ministry_keeps_the_dateline():
    text = ("Freetown port fee rise alarms importers, ministry says\n\n"
            "CONAKRY — The Ministry of Trade has warned that a steep rise in charges at the "
            "port of Freetown will raise food prices, after talks with Sierra Leone failed.\n\n"
            "Trade minister Mamadou Barry said the rise had been imposed without consultation.")
    assert _group_of(text, "a steep rise") == "Guinean government"
    assert _group_of(text, "the rise had") == "Guinean government"


@pytest.mark.parametrize("text, arg, expected", [
    # the neighbour's own body is named in the lead: a bureau story about the neighbour
    pytest.param("Sierra Leone raises port fees\n\n"
                 "CONAKRY — Sierra Leone's ports authority said on Monday it would raise charges "
                 "at Freetown by a fifth.\n\n"
                 "Port official Abu Kamara said the rise would pay for dredging.", "the rise would",
                 "Sierra Leonean government",
                 id="lead_with_the_neighbours_body_still_moves_the_story"),
    pytest.param("LA PAZ — Bolivian trucks were stranded at the border with Chile. Interior "
                 "undersecretary Ana Quispe told a radio station that aid was on its way.",
                 "aid was", "Bolivian government",
                 id="officer_with_no_government_named_before_stays_home"),
    pytest.param("Baku, 14 March (AzNews Service). The border commissions met in Ijevan, in "
                 "Armenia's Tavush province, for a day of talks.\n\n"
                 "A ministry spokesman said the next round would be held in April.",
                 "the next round", "Azerbaijani government",
                 id="day_first_agency_dateline_places_the_story"),
    pytest.param("Ashgabat, 9 October (TDH). The ministry handed the ambassador a note.\n\n"
                 "According to the Ministry, the Iranian side's debt for gas deliveries has reached "
                 "1.2 billion dollars. Deputy Minister of Foreign Affairs Berdi Ovezov noted that "
                 "Turkmenistan had fulfilled all its obligations.", "Turkmenistan had",
                 "Turkmen government",
                 id="a_things_side_is_no_government_before_the_officer"),
    pytest.param("YEREVAN, Jan 20 (AP) — Armenia and Azerbaijan exchanged six detainees.\n\n"
                 "In Baku, presidential aide Elchin Mammadov said the release was a humanitarian "
                 "step.", "the release", "Azerbaijani government",
                 id="capital_that_sets_the_scene_places_a_presidential_aide"),
    pytest.param("YEREVAN, Jan 20 (AP) — Armenia and Azerbaijan exchanged six detainees.\n\n"
                 "In Baku, presidential aide Elchin Mammadov said the release was \"a humanitarian "
                 "step\" by Azerbaijan, which had acted in good faith. Azerbaijan had already freed "
                 "dozens of Armenians, he said.", "Azerbaijan had", "Azerbaijani government",
                 id="country_that_ner_takes_for_a_person_is_the_state"),
])
def test_group_of(text, arg, expected):
    assert _group_of(text, arg) == expected


# --- a fronted participle with the speaker hung on its place ----------------------------------

@pytest.mark.parametrize("text, expected, expected_2", [
    pytest.param("ADDIS ABABA — Ethiopia's transport ministry said talks had failed. The Djiboutian "
                 "side defended the charges. Speaking at a press conference in Djibouti City, the "
                 "minister of infrastructure and equipment, Ahmed Daher Farah, said the new tariff "
                 "reflected the cost of dredging. He said Ethiopian shippers still paid less.",
                 ("Ahmed Daher Farah", "Djiboutian government"),
                 ("Ahmed Daher Farah", "Djiboutian government"),
                 id="speaker_hung_on_the_place_of_a_fronted_participle"),
    # "He" is the regent
    pytest.param("JAKARTA — Sabah's fisheries minister, Datuk Rahman Salleh, told reporters that "
                 "foreign trawlers had emptied the waters.\n\n"
                 "The regent of Nunukan, Irwan Sabri, said the families had gathered at his office. "
                 "He urged the central government to bring the crews home.",
                 ("Irwan Sabri", "Indonesian government"), ("Irwan Sabri", "Indonesian government"),
                 id="regent_is_the_person_named_in_apposition"),
])
def test_speakers(text, expected, expected_2):
    rows = _speakers(text)
    assert rows[1][:2] == expected
    assert rows[2][:2] == expected_2


# --- "The X side" and a government's undersecretary --------------------------------------------

@pytest.mark.parametrize("text,content,group", [
    ("LA PAZ — Bolivia protested. Chile's government said the strike was a labour dispute. "
     "Interior undersecretary Camila Ortúzar told a radio station that talks were advancing.",
     "talks were", "Chilean government"),
    ("BISHKEK — Kyrgyzstan protested. The Tajik side rejected the note. Deputy foreign "
     "minister Davlat Rahimov said the guards had acted in self-defence.",
     "the guards", "Tajik government"),
])
def test_officer_after_the_other_sides_government(text, content, group):
    assert _group_of(text, content) == group


# --- a bare office after a named speaker who holds it ------------------------------------------

def test_bare_office_is_the_speaker_just_named_with_it():
    text = ("Baku, 14 March. The delegations were headed by Deputy Prime Minister Samir Guliyev "
            "of Azerbaijan and by Deputy Prime Minister Artur Hovhannisyan of Armenia.\n\n"
            "After the meeting, Samir Guliyev said the sides had agreed on field work. \"The work "
            "follows the 1991 maps,\" the deputy prime minister stressed.")
    rows = _speakers(text)
    assert rows[-1][:2] == ("Samir Guliyev", "Azerbaijani government")



# --- regents and prefects are people with an office ---------------------------------------------

# --- where an appositive name comes from -------------------------------------------------------

def test_partitive_speaker_placed_by_the_names_origin():
    text = ("NOUADHIBOU — The coast guard found the canoe at dawn. One of the passengers, "
            "Moustapha Diallo, 24, from Thiès, said he had paid for a place. \"I would go "
            "again,\" he said.")
    rows = _speakers(text)
    assert [g for _, g, c in rows if not c.startswith("The coast")] == [
        "Senegalese public", "Senegalese public"]


# --- "the agency's chief in X" after a world body spoke ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    pytest.param("DJIBOUTI (AFP) — The boat sank off Obock, the coast guard said. The International "
                 "Organization for Migration said the route was dangerous. \"We are seeing more "
                 "people,\" said Maria Holm, the agency's chief of mission in Djibouti.",
                 "United Nations",
                 id="agency_officer_posted_abroad_speaks_for_the_world_body"),
    pytest.param("DJIBOUTI (AFP) — The boat sank off Obock, the coast guard said. Djibouti's interior "
                 "ministry said the route was dangerous. \"We are seeing more people,\" said Maria "
                 "Holm, the agency's chief in Obock.", "Djiboutian government",
                 id="agency_officer_after_a_state_body_keeps_the_place"),
])
def test_agency_officer(text, expected):
    assert _speakers(text)[-1][1] == expected


# --- a state agency's day-first dateline ------------------------------------------------------

# --- "called on X to Y" after a fronted phrase -------------------------------------------------

@pytest.mark.parametrize("text", [
    "BAGHDAD (AP) — In a statement, the ministry called on Kuwait to release the boat.",
    "BAGHDAD (AP) — On Monday, the ministry called on Kuwait to release the boat.",
])
def test_call_on_after_a_fronted_phrase(text):
    assert _group_of(text, "Kuwait to release") == "Iraqi government"


# --- a place after an accusation's object is the object's ------------------------------------

@pytest.mark.parametrize("text, expected", [
    pytest.param("COTONOU — The government on Tuesday accused the military authorities in Niamey of "
                 "holding the economy hostage.", "Beninese government",
                 id="place_after_accused_object_is_not_where_the_accuser_spoke"),
    pytest.param("NAIROBI — Foreign Minister Ali Hassan told reporters in Mogadishu that talks would "
                 "resume.", "Somali government",
                 id="place_where_a_minister_told_reporters_still_counts"),
    pytest.param("Kyrgyz, Tajik ministers meet\n\n"
                 "BISHKEK — Kyrgyzstan and Tajikistan agreed to pull back troops, Foreign Minister "
                 "Jeenbek Osmonaliev said after talks with his Tajik counterpart.",
                 "Kyrgyz government",
                 id="counterpart_of_another_country_changes_nothing"),
])
def test_speakers_2(text, expected):
    assert _speakers(text)[0][1] == expected


# --- "with his Cambodian counterpart" --------------------------------------------------------

def test_counterpart_of_the_datelines_country_is_the_other_side():
    text = ("Viet Nam, Cambodia agree on canal data\n\n"
            "Phnom Penh (VNS) – Viet Nam and Cambodia agreed on Monday to share data, Foreign "
            "Minister Trần Quang Minh said at a joint press conference with his Cambodian "
            "counterpart.\n\n"
            "Minh said every project on the river must be transparent.")
    assert [g for _, g, _ in _speakers(text)] == ["Vietnamese government"] * 2


# --- actors.yaml 1.18: intergovernmental river and regional bodies ------------------------------

@pytest.mark.parametrize("text,group", [
    ("PHNOM PENH — The Mekong River Commission's secretariat said it had received the study.",
     "Mekong River Commission"),
    ("N'DJAMENA — The Lake Chad Basin Commission said water levels had fallen.",
     "Lake Chad Basin Commission"),
    ("YEREVAN — The Collective Security Treaty Organization said it would send observers.",
     "CSTO"),
])
def test_intergovernmental_bodies_have_no_country(text, group):
    assert _speakers(text)[0][1] == group


# --- the head of one side's delegation ---------------------------------------------------------

def test_head_of_a_sides_delegation_speaks_for_that_side():
    text = ("BISHKEK — Talks were held. The Kyrgyz delegation was headed by Deputy Prime Minister "
            "Adylbek Kasymov and the Tajik delegation by Deputy Prime Minister Rustam Saidov. "
            "Adylbek Kasymov said the work was going well. Rustam Saidov said the talks had "
            "been useful.")
    assert [g for _, g, _ in _speakers(text)] == ["Kyrgyz government", "Tajik government"]


# --- a news service is an outlet -----------------------------------------------------------------

def test_news_service_is_media():
    assert _speakers("BAKU — The talks ended, Kavkaz News Service reported.")[0][1] == \
        "Azerbaijani media"


# --- a capital that sets the scene is no place for the other capital's government ---------------

def test_fronted_capital_keeps_the_definite_from_the_other_government():
    text = ("COTONOU — The government on Tuesday accused the authorities in Niamey of holding "
            "the economy hostage.\n\n"
            "In Niamey, the military-led government said Benin was still allowing foreign "
            "forces to use its territory.")
    assert [g for _, g, _ in _speakers(text)] == ["Beninese government", "Nigerien government"]


# --- third fresh batch: a side's thing, a governor in uniform, an army-backed government ----------

@pytest.mark.parametrize("text,group", [
    ("ADRÉ, Chad — Thousands crossed. The governor of Ouaddaï province, General Issa Mahamat, "
     "said the camp was full.", "Chadian government"),
    ("KHARTOUM — The military governor of Darfur, General Musa Adam, said the road was open.",
     "Sudanese military"),
])
def test_governor_in_uniform_speaks_for_the_government(text, group):
    assert _speakers(text)[0][1] == group


@pytest.mark.parametrize("text,group", [
    ("ADRÉ, Chad — Thousands crossed. Sudan's army-backed government accused the Rapid Support "
     "Forces of driving civilians out.", "Sudanese government"),
    ("KHARTOUM — The Sudanese army said it had retaken the bridge.", "Sudanese military"),
    ("GENEVA — The UN-appointed envoy said talks would resume.", "United Nations"),
])
def test_a_body_that_backs_another_is_not_its_voice(text, group):
    assert _speakers(text)[0][1] == group


# --- fourth fresh batch: an office named by a phrase, a country NER took for a person --------------

def test_a_surname_that_is_a_country_stays_the_person():
    text = ("N'DJAMENA — Chad Ellis, a consultant, arrived on Monday. Chad said the talks were "
            "hard.")
    assert _speakers(text)[0][0] == "Chad Ellis"


# --- a clause's subject the parser took for the verb's object -----------------------------------

def test_clause_subject_taken_for_the_object_opens_the_content():
    text = ("Nargiza Umarova, an analyst at a Tashkent think tank, said water shortages during "
            "summer made the intake \"the most sensitive square kilometre in Central Asia\".")
    [(_, _, content)] = _speakers(text)
    assert content.startswith("water shortages during summer made the intake")


def test_a_hearer_is_not_the_clause_subject():
    [(_, _, content)] = _speakers("The minister told reporters the plan was dead.")
    assert content == "the plan was dead"
