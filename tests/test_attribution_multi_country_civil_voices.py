"""Round 10, probe R: multi-country stories whose voices are not diplomats (business, courts,
sport, science, NGOs). Every sentence here is invented for the test.

(Formerly tests/test_attribution_round10_r.py.)"""

from __future__ import annotations

from functools import partial

import pytest

from tests.support import group_starting, statement_rows

# Each statement of a text as a row of the fields named (tests.support.statement_rows).
_speakers = partial(statement_rows, fields=("actor", "group", "content"))


@pytest.mark.parametrize("text, content_start, expected", [
    # the narrative naming Namibia's ministry is two sentences back: the quote's first
    # sentence stands between it and the minister's own
    pytest.param("WINDHOEK - Botswana's water utility said the pipeline was safe.\n\n"
                 "Namibia's fisheries ministry rejected the survey. \"The river is healthy. Our "
                 "fishermen see it every day,\" Fisheries Minister Tjekero Haufiku told reporters.",
                 "The river is healthy", "Namibian government",
                 id="minister_after_a_multi_sentence_quote_takes_the_ministry_before_it"),
    pytest.param("LIMA - Peru's highest court approved the extradition of the former banker on "
                 "Monday.\n\nIn Quito, the Ministry of Justice said it welcomed the ruling. "
                 "\"Nobody who robbed pensioners should hide abroad,\" Justice Minister Carla Viteri "
                 "said in a video.", "Nobody who robbed", "Ecuadorian government",
                 id="minister_of_the_ministry_a_fronted_capital_placed_keeps_its_country"),
    # the health minister is no officer of the justice ministry the paragraph before placed
    pytest.param("LIMA - Peru's highest court approved the extradition on Monday.\n\n"
                 "In Quito, the Ministry of Justice said it welcomed the ruling.\n\n\"We will "
                 "cooperate,\" Health Minister Rosa Paredes said.", "We will cooperate",
                 "Peruvian government",
                 id="minister_of_another_portfolio_does_not_follow_the_ministry"),
    pytest.param("GUATEMALA CITY (AP) - Exiled Honduran activists said on Monday that police had "
                 "detained their relatives.\n\nHonduras' government did not respond to requests for "
                 "comment. Vice President Marta Zelaya said last week on state television that "
                 "\"traitors abroad\" would answer for their crimes.", "\"traitors abroad\"",
                 "Honduran government",
                 id="vice_president_after_her_government_is_named"),
    pytest.param("The Philippine regulator said the formula was unsafe. \"Parents should not have to "
                 "guess,\" said Joy Villanueva of Nanay Muna, which campaigns on child nutrition.\n\n"
                 "Shares in Australian-listed distributor Pacific Infant Nutrition fell 6%. The "
                 "company said it was cooperating fully with regulators.", "it was cooperating",
                 "Pacific Infant Nutrition",
                 id="the_company_is_the_firm_the_sentence_before_names"),
    pytest.param("N'DJAMENA - Sudan's army-backed government has accused Chad of letting weapons "
                 "cross the border.", "Chad of letting", "Sudanese government",
                 id="army_backed_government_is_the_government"),
    pytest.param("N'DJAMENA - Sudan's army said its troops had retaken the town.", "its troops",
                 "Sudanese military",
                 id="the_army_itself_stays_military"),
    pytest.param("ABÉCHÉ, Chad - Aid agencies began rationing water in the camps on Monday.\n\n"
                 "\"We are drinking from the same wells as the herders,\" said Ibrahim Haroun, a "
                 "farmer from El Geneina.", "We are drinking", "Sudanese public",
                 id="town_table_places_a_refugee_by_where_he_comes_from"),
    pytest.param("KABUL - The World Health Organization said it was supporting vaccination on both "
                 "sides of the border.\n\nMédecins Sans Frontières, which runs a ward in Kunduz, said "
                 "its beds were full. \"We put two children in each bed,\" said Anne Morel, the "
                 "group's medical coordinator in Afghanistan.", "We put two",
                 "Médecins Sans Frontières",
                 id="the_groups_officer_speaks_for_the_body_of_the_sentence_before"),
    pytest.param("PESHAWAR - Measles cases have doubled, health officials said.\n\n"
                 "\"Most deaths are never counted,\" said Farida Noori, an Afghan epidemiologist now "
                 "working at the University of Melbourne.", "Most deaths", "Australian experts",
                 id="expert_is_placed_by_where_she_works_not_her_nationality"),
    pytest.param("PESHAWAR - Measles cases have doubled, health officials said.\n\n"
                 "\"Most deaths are never counted,\" said Farida Noori, an Afghan epidemiologist.",
                 "Most deaths", "Afghan experts",
                 id="expert_with_only_a_nationality_keeps_it"),
    pytest.param("SEOUL, March 4 (Yonhap) -- A fire broke out at a battery plant in Hungary, "
                 "authorities said.\n\nThe blaze started in a drying room, Hungary's National "
                 "Directorate General for Disaster Management said. \"Two of the injured are in "
                 "serious condition,\" the directorate's spokesperson, Lieutenant Colonel Anna "
                 "Kovács, told state media.", "Two of the injured", "Hungarian government",
                 id="uniformed_spokesperson_of_a_civil_directorate_speaks_for_it"),
    pytest.param("SEOUL, March 4 (Yonhap) -- A fire broke out at a battery plant in Vác, north of "
                 "Budapest, run by a South Korean company, the company said.\n\n"
                 "Vác's mayor, Péter Nagy, said residents had complained about smoke for years.",
                 "residents had complained", "Hungarian government",
                 id="mayor_of_a_town_the_text_placed_north_of_a_capital"),
    pytest.param("SAN DIEGO (AP) - The researchers, from San Diego State University and the "
                 "Autonomous University of Baja California (UABC), tracked the plume.\n\n"
                 "\"The plume hugs the coast,\" said Lucía Ortega, an oceanographer at UABC.",
                 "The plume", "Mexican experts",
                 id="university_of_baja_california_is_mexican_and_its_acronym_too"),
    pytest.param("JOHANNESBURG - Shares in Thaba Nchu Minerals fell 9% after Kinshasa threatened its "
                 "permit.\n\nA spokeswoman for Thaba Nchu said the company had received no notice.",
                 "the company had received", "Thaba Nchu Minerals",
                 id="spokeswoman_for_the_first_words_of_a_firms_name"),
    pytest.param("NAIROBI (AFP) - A tribunal ordered Kenya to pay Rift Steam Holdings $310 million.\n\n"
                 "Lawyers for Rift Steam, from the Washington firm Hale Brandt, said the tribunal had "
                 "rejected every objection.", "the tribunal had rejected", "Rift Steam Holdings",
                 id="lawyers_for_a_firm_speak_for_it_not_for_their_law_firm"),
    pytest.param("WARSAW - A Turkish group bid for the washing-machine maker Odra AGD on Monday.\n\n"
                 "Odra's management board said it was confident the deal would pass.",
                 "it was confident", "Odra AGD",
                 id="board_of_a_firm_named_by_its_first_word"),
    pytest.param("SAN DIEGO (AP) - Sewage from the river reaches further north than thought, "
                 "researchers said.\n\n\"The plume hugs the coast,\" said Lucía Ortega, an "
                 "oceanographer. Her colleague Mark Feldman, a professor of public health at San Diego "
                 "State, said beach closures had become almost permanent.", "beach closures",
                 "U.S. experts",
                 id="colleague_with_a_professors_appositive_is_an_expert"),
    pytest.param("KASAMA, Zambia — Zambia has recorded 40 cholera cases, health officials said.\n\n"
                 "Across the border, Tanzania's health ministry said it had recorded 300 cases since "
                 "March. The minister said vaccination would begin next week in Mbeya.",
                 "vaccination would begin", "Tanzanian government",
                 id="unmarked_minister_in_a_paragraph_about_the_other_side"),
    pytest.param("KASAMA, Zambia — Zambia has recorded 40 cholera cases, health officials said.\n\n"
                 "Tanzania's health ministry said it had recorded 300 cases. Zambia's health ministry "
                 "said screening points had been set up. The minister said vaccination would begin.",
                 "vaccination would begin", "Zambian government",
                 id="unmarked_minister_in_a_paragraph_of_the_storys_own_side_stays_home"),
    pytest.param("PUERTO MONTT, Chile (Reuters) - Chile suspended salmon egg imports on Monday, its "
                 "fisheries service said.\n\nNorway's Food Safety Authority said it had not been "
                 "notified. \"We found no trace of the virus,\" the authority's head of fish health, "
                 "Ingrid Solberg, said.", "We found no trace", "Norwegian government",
                 id="head_of_a_foreign_authority_named_by_its_noun"),
])
def test_group_starting(text, content_start, expected):
    assert group_starting(text, content_start) == expected


def test_nationality_word_before_an_agents_name_makes_a_person_not_a_body():
    text = ("Antwerp refused to release striker Kwame Mensah for the qualifiers.\n\n"
            "Mensah's agent, the Belgian Jan Peeters, said the player wanted to play for Ghana.")
    said = _speakers(text)
    assert [(a, g) for a, g, c in said if c.startswith("the player")] == [
        ("Jan Peeters", "Belgian public")]


def test_person_of_a_body_which_campaigns_speaks_for_the_body():
    # NER calls both names people and the parser hangs "which" on the person
    text = ("\"Parents should not have to guess,\" said Joy Villanueva of Nanay Muna, which "
            "campaigns on child nutrition.")
    [(actor, group, _)] = _speakers(text)
    assert group == "Nanay Muna"
    assert "Joy Villanueva" in actor


def test_short_name_of_a_firm_the_text_introduced_beats_a_registered_namesake():
    # "Anadolu" alone is a registered news agency; here it is the firm's short name
    text = ("Istanbul-based Anadolu Beyaz Eşya's offer for the Polish maker faces a review.\n\n"
            "Anadolu said the deal would strengthen production in Poland. \"We are buying to "
            "grow,\" chief executive Selim Karaca said.")
    said = _speakers(text)
    assert [g for _, g, c in said if c.startswith("the deal")] == ["Anadolu Beyaz Eşya"]
    assert [g for _, g, c in said if c.startswith("We are buying")] == ["Anadolu Beyaz Eşya"]


def test_registered_agency_stays_when_no_firm_of_that_word_was_introduced():
    text = "ISTANBUL - Anadolu said the ferry had sunk near the port. Nobody was hurt, it said."
    said = _speakers(text)
    assert said[0][1] == "Turkish media"


def test_directorate_general_of_civil_aviation_is_a_civil_state_body_of_its_owner():
    # "General" here is no rank; the acronym's officer is of the state that owns the body
    text = ("LIMA, May 2 (Reuters) - Peruvian investigators said the crew had ignored warnings.\n\n"
            "Ecuador's Directorate General of Civil Aviation (DGAC) said it had not been given "
            "the logs. \"We endorse nothing in this draft,\" DGAC director Pablo Andrade said.")
    said = _speakers(text)
    assert [g for _, g, c in said if c.startswith("it had not")] == ["Ecuadorian government"]
    assert [g for _, g, c in said if c.startswith("We endorse")] == ["Ecuadorian government"]


@pytest.mark.parametrize("text, arg, expected", [
    pytest.param("BAMAKO - Malian researchers said the dam would shrink the delta.\n\n"
                 "The Lake Chad Basin Commission, the six-country body that manages the lake, said "
                 "Chad had shared its plans.", "Chad had shared", "Lake Chad Basin Commission",
                 id="body_of_many_states_is_no_state_of_the_word_in_its_name"),
    pytest.param("SINGAPORE, Oct 2 (AFP) - A tanker and a tug collided off Johor on Tuesday.\n\n"
                 "\"Flag state and port state will both want their say,\" said Tan Mei Ling, a "
                 "shipping lawyer in Singapore.", "Flag state", "Singaporean experts",
                 id="lawyers_named_by_a_field_of_law_are_experts"),
    pytest.param("LISBON - \"My client is being sent back to face a political trial,\" his lawyer, "
                 "Rita Nunes, told reporters outside the court.", "My client", "Portuguese public",
                 id="defence_lawyer_for_a_client_stays_public"),
])
def test_speakers(text, arg, expected):
    [group] = [g for _, g, c in _speakers(text) if c.startswith(arg)]
    assert group == expected


def test_body_with_an_ordinary_appositive_keeps_its_state():
    text = ("NIAMEY - The Niger Electricity Authority, the state utility, said power would be "
            "restored on Monday.")
    [group] = [g for _, g, c in _speakers(text) if c.startswith("power would")]
    assert group != "Niger Electricity Authority"


def test_owner_described_by_a_seated_firm_speaks_as_the_firm():
    text = ("SINGAPORE, Oct 2 (AFP) - A tanker and a Malaysian tug collided on Tuesday.\n\n"
            "The tug's owner, Penang-based Teluk Marine Services, said the tug had been towing "
            "a barge. \"The big ship came too fast,\" said its managing director, Rahim Osman.")
    said = _speakers(text)
    assert [g for _, g, c in said if c.startswith("the tug had")] == ["Teluk Marine Services"]
    assert [g for _, g, c in said if c.startswith("The big ship")] == ["Teluk Marine Services"]


def test_named_camp_is_where_leaders_are_not_their_employer():
    text = ("ABÉCHÉ, Chad - Aid agencies began rationing water in the camps on Monday.\n\n"
            "Community leaders in the Touloum camp said tensions over wells had grown.")
    group = group_starting(text, "tensions over")
    assert group.endswith("public")
    assert "Touloum" not in group


def test_the_company_after_an_acronym_firm_that_spoke():
    # NER calls the bare acronym a person; the rules made it a firm in its own name
    text = ("LIMA, May 2 (Reuters) - Peru's Aviation Accident Investigation Commission (CIAA) "
            "said the crew had ignored warnings.\n\n"
            "The freighter was operated by Cochabamba-based Carga Aérea Andina (CAA).\n\n"
            "CAA said the report was premature. In a statement, the company said the airport's "
            "landing aid had failed.")
    assert group_starting(text, "the airport's landing") in ("CAA", "Carga Aérea Andina")


def test_spokeswoman_for_a_country_is_not_a_firm():
    text = ("JOHANNESBURG - Shares in Kenya Airways Holdings fell on Monday.\n\n"
            "A spokeswoman for Kenya said the government had received no notice.")
    assert group_starting(text, "the government had") != "Kenya Airways Holdings"


def test_study_published_in_a_journal_is_not_the_journals_voice():
    text = ("SAN DIEGO (AP) - Sewage travels 40 kilometres up the coast, according to a study "
            "by Mexican and U.S. scientists published Thursday in the journal Water Research.")
    said = _speakers(text)
    assert said and all(g != "U.S. media" for _, g, _c in said)


def test_premier_league_club_is_no_head_of_government():
    text = ("CAIRO — FIFA has banned Egyptian Premier League club Al-Shams from signing players, "
            "the governing body said.\n\nAl-Shams said it would appeal to the Court of "
            "Arbitration for Sport.")
    group = group_starting(text, "it would appeal")
    assert group != "Egyptian government"
