"""Round 12, probe CO (stories with two or more national sides): invented sentences showing how
a role-only speaker, an anaphor or a local person takes its country from the text around it
rather than from the other side named before.

(Formerly tests/test_attribution_round12_co.py.)"""

from __future__ import annotations

from functools import partial

import pytest

from tests.support import group_and_country_starting, statement_rows

# Each statement of a text as a row of the fields named (tests.support.statement_rows).
_groups = partial(statement_rows, fields=("content", "group", "group_country"))


def test_the_ministry_after_the_other_states_minister_is_his_ministry():
    text = ("BRATSK (Wire) - Ruritania closed its border on Friday, officials said.\n\n"
            "Ruritania's interior ministry said the closure was needed to stop smugglers.\n\n"
            "Moldavia's foreign minister said his government would ask the UN for observers. "
            "The ministry said it had not been told of the closure in advance.\n")
    text = text.replace("Ruritania", "Peru").replace("Moldavia", "Bolivia")
    assert group_and_country_starting(text, "it had not been told") == ("Bolivian government", "BO")


@pytest.mark.parametrize("text, content_start, expected", [
    pytest.param("LIMA (Wire) - Peru's interior ministry said the closure was needed.\n\n"
                 "Peru's foreign minister said talks would go on. The ministry said it had "
                 "informed its neighbours.\n", "it had informed", ("Peruvian government", "PE"),
                 id="the_ministry_after_a_minister_of_the_same_state_keeps_the_named_ministry"),
    # the nearer coast guard is written lower case with its country's possessive; the named
    # one of the other state came before it
    pytest.param("MANILA (Wire) - Manila protested on Tuesday after a survey ship entered its waters.\n\n"
                 "The Indonesian Maritime Security Agency said the ship was doing routine work.\n\n"
                 "The Philippines' coast guard said its boats had radioed warnings. The agency said "
                 "it would keep watching the reef.\n", "it would keep watching",
                 ("Philippine government", "PH"),
                 id="the_agency_takes_up_a_state_body_described_not_named"),
    pytest.param("NAIROBI (Wire) - Kenya recalled its envoy from Kampala on Monday.\n\n"
                 "Tanzania, whose railway carries much of Uganda's cargo, said it was watching "
                 "the row closely.\n", "it was watching", ("Tanzanian government", "TZ"),
                 id="a_country_whose_clause_names_another_country_speaks_for_itself"),
    # the town's name is also a city elsewhere; "on the Bolivian side" says whose it is
    pytest.param("TACNA, Peru (AP) - Bolivian police fired tear gas at traders on Friday, Peruvian "
                 "officials said.\n\n"
                 "In San Pedro Sula, on the Bolivian side, shopkeepers said business had collapsed.\n",
                 "business had collapsed", ("Bolivian public", "BO"),
                 id="a_town_placed_on_one_side_places_its_shopkeepers"),
    pytest.param("DHAKA (AP) - Bangladesh protested on Sunday after a Nepali trade delegation "
                 "cancelled its visit.\n\n"
                 "The foreign office in Kathmandu summoned the envoy. A spokeswoman said Nepal "
                 "\"reserves the right to protect its territory\".\n", "Nepal",
                 ("Nepali government", "NP"),
                 id="a_lower_case_foreign_office_in_another_capital_is_that_states"),
    pytest.param("HANOI (Wire) - A storm flooded three provinces on Monday.\n\n"
                 "Laos's meteorological agency said more rain was coming. Police said two roads "
                 "were closed. The agency said the river would peak on Wednesday.\n",
                 "the river would peak", ("Lao government", "LA"),
                 id="the_agency_after_police_spoke_is_still_the_named_agency"),
    # "Malian forces" is the subject inside what the army alleged, noted before "the statement"
    pytest.param("NIAMEY/BAMAKO (Wire) - Troops of the two states clashed near the border on Sunday, "
                 "officials on both sides said.\n\n"
                 "Niger's army told a different story. In a statement, its press office alleged that "
                 "Malian forces had shelled a market. Nigerien troops, the statement said, had "
                 "\"firmly\" pushed the attackers back.\n", "Nigerien troops, the statement said",
                 ("Nigerien military", "NE"),
                 id="the_statement_is_the_paragraphs_reporter_not_a_body_inside_its_claim"),
    # a two-city dateline; the town named last lies across the border from the market hit
    pytest.param("KINSHASA/KIGALI (Wire) - Shells struck a market in the Rwandan town of Musanze on "
                 "Saturday, Rwandan officials said.\n\n"
                 "The governor of South Kivu said thousands of people had fled toward Bukavu. Nurses "
                 "at the town's main hospital said they had received 20 wounded.\n",
                 "they had received 20 wounded", ("Congolese public", "CD"),
                 id="people_at_the_towns_hospital_are_of_the_town_just_named"),
    pytest.param("ACCRA (Wire) - Ghana's interior ministry said the border would stay open.\n\n"
                 "The Togolese army issued a statement on Monday. The statement said the patrols "
                 "would continue.\n", "the patrols would continue", ("Togolese military", "TG"),
                 id="the_statement_is_not_taken_back_to_a_reporter_of_the_paragraph_before"),
    pytest.param("DHAKA (Wire) - Bangladeshi officials said on Tuesday the water talks had been useful. "
                 "Their Burmese counterparts said little progress had been made.\n",
                 "little progress", ("Myanmar government", "MM"),
                 id="their_counterparts_of_another_nationality_are_not_the_owners"),
    pytest.param("TASHKENT (Wire) - Border talks ended on Friday without a deal, officials said. "
                 "The Kyrgyz side said it would host the next round.\n", "it would host",
                 ("Kyrgyz government", "KG"),
                 id="a_states_side_speaks_as_its_government"),
    # no brackets: "The JCS" stands for the Joint Chiefs the text named with their country
    pytest.param("TOKYO (Wire) - A missile fell into the sea on Thursday, the Defence Ministry said.\n\n"
                 "South Korea's Joint Chiefs of Staff said the missile was launched at dawn. The JCS "
                 "said the data was being analysed.\n", "the data was being analysed",
                 ("South Korean military", "KR"),
                 id="initials_of_a_state_body_named_before_are_that_body"),
    pytest.param("BELMOPAN, Belize (Wire) - Boats blocked a Belizean patrol on the river on Sunday, "
                 "the government said. The Organization of American States said it was following the "
                 "situation.\n\n"
                 "\"We are tired of this,\" said village chairman Elroy Castillo.\n",
                 "We are tired", ("Belizean government", "BZ"),
                 id="a_village_chairman_is_no_officer_of_the_body_that_spoke_before"),
    pytest.param("MINSK (Wire) - Lithuania's defence ministry said drones from Belarus had crossed "
                 "the border overnight.\n\n"
                 "Minsk denied any involvement. The foreign ministry said the claim was a "
                 "\"provocation\".\n", "the claim was", ("Belarusian government", "BY"),
                 id="a_foreign_ministry_is_no_defence_ministry_named_before"),
    pytest.param("DOHA (Wire) - Kuwait's navy seized a fishing boat on Wednesday, Kuwaiti state media "
                 "said.\n\n"
                 "State television said the boat had been carrying smuggled fuel.\n",
                 "the boat had been carrying", ("Kuwaiti media", "KW"),
                 id="state_television_after_another_states_state_media_in_a_third_country_bureau"),
])
def test_group_and_country_starting(text, content_start, expected):
    assert group_and_country_starting(text, content_start) == expected


def test_initials_of_a_force_named_before_beat_the_registrys_body_of_those_letters():
    # RSF is also Reporters Without Borders in the registry
    text = ("ADRÉ, Chad (Wire) - Thousands crossed into Chad this week, aid groups said.\n\n"
            "Sudan's government blamed the Rapid Support Forces for the exodus. The RSF denied "
            "it. A spokesman said its fighters were protecting residents.\n")
    group, country = group_and_country_starting(text, "its fighters were protecting")
    assert country == "SD" and group != "Reporters Without Borders"


def test_a_city_that_sets_the_scene_places_an_outlet_and_an_opposition():
    text = ("DOHA (Wire) - Talks between Armenia and Azerbaijan ended without a deal on "
            "Saturday, both sides said.\n\n"
            "In Yerevan, opposition lawmakers accused the government of giving away too much. "
            "In Baku, the state news agency Azerinform said the talks had shown the justice "
            "of its position.\n")
    assert group_and_country_starting(text, "the government of giving away")[1] == "AM"
    assert group_and_country_starting(text, "the talks had shown") == ("Azerbaijani media", "AZ")


def test_a_spokesman_after_a_capital_answered_is_that_capitals():
    # the quote opens the paragraph after "Tbilisi rejected the account"; the ministry that
    # spoke before it is the other state's
    text = ("SUKHUMI (Wire) - Russia's defence ministry said Georgian drones had crossed the "
            "line overnight.\n\n"
            "Tbilisi rejected the account.\n\n"
            "\"Not a single drone took off,\" the spokesman said. The ministry said the claim "
            "was \"invented\".\n")
    assert group_and_country_starting(text, "Not a single drone")[1] == "GE"
    assert group_and_country_starting(text, "the claim was")[1] == "GE"


def test_a_town_the_tables_do_not_know_is_placed_by_the_text():
    text = ("ANKARA (Wire) - Drones struck a village near Derbasiyah in northeast Syria on "
            "Monday, a Kurdish group said.\n\n"
            "Turkey's defence ministry said it had hit 12 militants. The villagers said they "
            "had no warning. A nurse in Derbasiyah said the clinic was short of blood.\n")
    assert group_and_country_starting(text, "they had no warning") == ("Syrian public", "SY")
    assert group_and_country_starting(text, "the clinic was short") == ("Syrian public", "SY")


def test_people_on_a_named_side_of_the_line_are_of_that_side():
    text = ("ISLAMABAD (Wire) - India's army said Pakistani troops violated the ceasefire.\n\n"
            "Villagers on the Indian side of the line said two houses were hit. Across the "
            "LoC, residents of Kotli town said they heard firing all night.\n")
    assert group_and_country_starting(text, "two houses were hit") == ("Indian public", "IN")
    # the scene moves over the line: not the voice just before's side
    assert group_and_country_starting(text, "they heard firing")[1] != "IN"


@pytest.mark.parametrize("text, content_start, expected", [
    pytest.param("OSH (Wire) - Border guards exchanged fire on Friday, the Kyrgyz border service "
                 "said. Its spokesman said two guards were wounded.\n\n"
                 "Dushanbe gave a different account. The Tajik border troops said Kyrgyz forces had "
                 "crossed first. \"Our servicemen acted within the law,\" the statement said.\n",
                 "Our servicemen", "TJ",
                 id="the_statement_of_a_states_troops_that_reported_in_the_paragraph"),
    pytest.param("DUBAI (Wire) - Iran's Revolutionary Guards seized a tanker on Wednesday, Iranian "
                 "media said.\n\n"
                 "The Guards' naval command said the crew was being held in Bandar Abbas.\n",
                 "the crew was being held", "IR",
                 id="a_possessor_that_ends_a_state_bodys_name_is_that_body"),
    pytest.param("BEIRUT (Wire) - The Israel Defense Forces said they had struck a depot.\n\n"
                 "The Lebanese Armed Forces' command said two soldiers had been wounded.\n",
                 "two soldiers had been wounded", "LB",
                 id="a_possessor_with_its_own_nationality_is_not_the_body_named_before"),
])
def test_group_and_country_starting_2(text, content_start, expected):
    assert group_and_country_starting(text, content_start)[1] == expected


