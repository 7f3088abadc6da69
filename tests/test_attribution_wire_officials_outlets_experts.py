"""Round 11, probe S (wire copy on wars and rows between major powers): invented sentences
showing how unmarked officials, quoted outlets and named experts are placed.

(Formerly tests/test_attribution_round11_s.py.)"""

from __future__ import annotations

from functools import partial

import pytest

from tests.support import statement_rows

# Each statement of a text as a row of the fields named (tests.support.statement_rows).
_speakers = partial(statement_rows, fields=("speaker", "actor", "group", "group_type"))


_TWO_SIDED = (
    "ODESA/BRYANSK (Reuters) - Drones struck a refinery in Russia's Bryansk region overnight, "
    "the regional governor said, while Russian missiles hit a port in southern Ukraine.\n\n"
    "Russia's Defence Ministry said its air defences had shot down 30 Russian-bound drones over "
    "Russian territory, and Russian officials said Russian refineries were working normally.\n\n"
    "In Ukraine, the navy said Russia had fired six missiles at the port.\n\n"
    "Infrastructure Minister Taras Lenko said two grain ships had been damaged.\n")


def test_two_city_dateline_official_takes_the_side_that_spoke_just_before():
    # the text names Russia most, but the paragraph before is Ukraine's navy speaking
    last = _speakers(_TWO_SIDED)[-1]
    assert last[1:] == ("Taras Lenko", "Ukrainian government", "government")


def test_two_city_dateline_official_after_the_other_side_speaking():
    text = _TWO_SIDED.replace(
        "In Ukraine, the navy said Russia had fired six missiles at the port.",
        "In Russia, the emergencies ministry said Ukraine had fired six drones at the plant.")
    last = _speakers(text)[-1]
    assert last[2] == "Russian government"


def test_quoted_as_saying_with_an_appositive_inside_the_claim():
    # the parser makes "the crew" the object of "saying" and "had been held" a conjunct of
    # "quoted"; the outlet's and the commander's statements are both still there
    found = _speakers(
        "Mehr news agency, which is close to the judiciary, quoted a police commander as saying "
        "the passengers, mostly Afghan workers, had been held \"for identity checks\".")
    assert [f[0] for f in found] == ["Mehr news agency", "a police commander"]


def test_said_with_noun_object_and_no_stray_predicate_is_no_statement():
    # a plain noun object is still no claim
    assert _speakers("The minister said a few words, and the meeting had been closed.") == []


@pytest.mark.parametrize("text, expected", [
    pytest.param("Moscow expelled two diplomats on Friday. Hanna Reeve, a research fellow at Chatham "
                 "House, said the expulsions would not change much.", ("British experts", "person"),
                 id="expert_at_a_listed_think_tank_takes_its_country"),
    pytest.param("Caracas condemned the raid. Paul Grady, a professor of law at Georgetown University, "
                 "said the raid had no legal basis.", ("U.S. experts", "person"),
                 id="expert_at_a_listed_university_takes_its_country"),
    pytest.param("Britain expelled a Russian diplomat on Monday.\n\n"
                 "The Labour shadow defence secretary, Rob Hale, said the expulsion was overdue.",
                 ("Labour Party", "organisation"),
                 id="party_adjective_before_a_shadow_ministers_title_gives_the_party"),
    pytest.param("The U.N. humanitarian office, OCHA, said no aid had entered the city for a month. "
                 "\"Hunger is everywhere,\" said Lars Holm, a spokesman for the agency in Geneva.",
                 ("United Nations", "organisation"),
                 id="spokesman_for_the_agency_after_a_world_body_is_that_bodys"),
])
def test_speakers(text, expected):
    found = _speakers(text)
    assert found[-1][2:] == expected


def test_intelligence_services_named_bare_are_their_states():
    found = _speakers(
        "Britain expelled the attaché on Monday. Last year MI5's director general, Jon Hart, "
        "warned that the agency had tracked hostile activity.\n\n"
        "Kyiv said the drones hit an airfield. A source in the SBU told reporters that four "
        "jets had been destroyed.")
    assert [f[2] for f in found] == ["British government", "Ukrainian government",
                                      "Ukrainian government"]


def test_each_us_combatant_command_is_its_own_actor():
    found = _speakers("The U.S. Indo-Pacific Command said the launch posed no threat.")
    assert found[0][1:3] == ("U.S. Indo-Pacific Command", "U.S. military")


@pytest.mark.parametrize("text, expected", [
    pytest.param("The Yemen Doctors Network said on Sunday that two clinics had been shelled.",
                 ("Yemen Doctors Network", "organisation"),
                 id="a_network_named_for_its_members_is_no_broadcaster"),
    pytest.param("Amara Diallo, a Sahel researcher at Human Rights Watch, said the killings were "
                 "\"a war crime\".", ("Human Rights Watch", "organisation"),
                 id="researcher_at_an_international_ngo_speaks_for_it"),
    pytest.param("BAMAKO (AFP) - The Malian Armed Forces (FAMa) said that ten soldiers had been killed.",
                 ("Malian military", "military"),
                 id="army_acronym_in_brackets_is_no_party"),
])
def test_speakers_2(text, expected):
    found = _speakers(text)
    assert found[0][2:] == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Jane Poll, an analyst at Moody's, said the rating would hold.", "person",
                 id="analyst_at_a_national_firm_stays_an_expert"),
    pytest.param("DUBAI, Dec 9 - Clean Seas Network, a coalition of 200 groups, said "
                 "rich countries were drilling more.", "organisation",
                 id="a_coalition_network_named_for_its_cause_is_still_no_people_network"),
])
def test_speakers_3(text, expected):
    found = _speakers(text)
    assert found[0][3] == expected


def test_party_adjective_before_a_legislators_title_is_left_to_the_rules():
    # a legislator is the party's only in opposition, which the title does not say
    found = _speakers("Republican Senator Dan Frey said the strikes were lawful.")
    assert found[0][2] != "Republican Party"


@pytest.mark.parametrize("text, expected", [
    # Russia is the state named just before; "foreign secretary" is Britain's (or India's)
    pytest.param("Britain expelled a Russian diplomat on Wednesday in a row with Moscow.\n\n"
                 "The foreign secretary, Mark Dunn, said the diplomat had recruited informants.",
                 "British government",
                 id="national_title_places_an_unmarked_holder_among_the_states_named"),
    pytest.param("TAIPEI (Reuters) - The People's Liberation Army's Eastern Theater Command said the "
                 "drills were a warning. A spokesman for the command, Senior Colonel Li Wen, said the "
                 "exercises would test the forces.", "Chinese military",
                 id="spokesman_for_the_command_is_the_commands"),
    pytest.param("NIAMEY (AFP) - Gunmen killed 30 villagers, officials said. \"They burned every house,\" "
                 "a resident of Tillia who fled to Nigeria told AFP.", "Nigerien public",
                 id="where_a_resident_fled_to_does_not_place_her"),
])
def test_speakers_4(text, expected):
    found = _speakers(text)
    assert found[-1][2] == expected


def test_registered_leaders_keep_their_state_whatever_the_dateline():
    found = _speakers(
        "DEIR AL-BALAH, Gaza Strip (AP) - Israeli strikes killed 12 people, health officials "
        "said.\n\nPrime Minister Benjamin Netanyahu's office said the campaign would go on.\n\n"
        "In Pyongyang, Kim Yo-jong said in a statement that the drills were a provocation.")
    assert [f[2] for f in found][-2:] == ["Israeli government", "North Korean government"]


_LIVE = (
    "War live: drones hit power plant\n\n"
    "10:05 GMT - Moscow says its forces hit energy sites\n\n"
    "Russia's Defence Ministry said Russian forces had struck Ukrainian power plants. Russian "
    "officials said Russian troops had advanced near Russian-held towns.\n\n"
    "09:40 GMT - Ukraine's navy reports attack on port\n\n"
    "Ukraine's air force said Russia had fired eight drones at the port of Izmail. It said "
    "six had been shot down.\n\n"
    "Air force spokesman Oleh Tarasenko told national television that two ships had been "
    "hit.\n")


def test_undated_live_blog_official_takes_the_side_that_spoke_just_before():
    last = _speakers(_LIVE)[-1]
    assert last[1:] == ("Oleh Tarasenko", "Ukrainian military", "military")


def test_report_after_a_relative_clause_of_a_verbless_subject_is_the_subjects():
    # the parser hangs "called" on the last name of the relative clause
    found = _speakers(
        "Iran's hardline Vatan newspaper, whose editor is appointed by Ayatollah Ahmad Karimi, "
        "called on the government to leave the treaty.")
    assert found[0][0] == "Iran's hardline Vatan newspaper"
    assert found[0][3] == "media"


@pytest.mark.parametrize("text, expected", [
    pytest.param("China's mission said it opposed \"pressure and threats\".", "Chinese government",
                 id="a_states_mission_is_its_government"),
    pytest.param("War live: Odesa hit by drones\n\n"
                 "At least two people were killed when Russian drones struck Odesa overnight, the head "
                 "of the city's military administration, Oleh Kiper, said on Telegram.\n\n"
                 "Russia's Defence Ministry said Russian forces had hit "
                 "Russian-made targets, and Russian officials said Russian air defences were on alert.",
                 "Ukrainian government",
                 id="the_citys_office_is_of_the_city_named_before"),
])
def test_speakers_5(text, expected):
    found = _speakers(text)
    assert found[0][2] == expected


def test_person_of_a_named_body_is_no_body_named_after_her():
    found = _speakers(
        "\"Tehran has raised the stakes before,\" said Kelsey Dunmore of the Washington-based "
        "Nuclear Policy Association.")
    assert found[0][1:] == ("Kelsey Dunmore", "Nuclear Policy Association", "organisation")


def test_undated_story_voice_of_another_office_in_the_paragraph_before_is_no_side():
    # the senator is no Colombian because Colombia's president spoke in the paragraph before
    found = _speakers(
        "Colombia's President Ana Ruiz said on social media that the strike was murder. Her "
        "government has long been at odds with Washington over drug policy.\n\n"
        "Democratic Senator Tom Blake said Congress had not authorised the strikes.")
    assert found[-1][2] != "Colombian government"


