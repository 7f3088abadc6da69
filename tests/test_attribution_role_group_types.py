"""Round 12, probe ty (invented strike, court, utility, university and campaign copy): the
group TYPE of people introduced by their role in a body: an officer of a union named for its
members, a spokesperson for a name NER took for a place, a state-owned firm's two-word
officer, an advocate for a named body, an indefinite worker who is no firm.

(Formerly tests/test_attribution_round12_ty.py.)"""

from __future__ import annotations

from functools import partial

import pytest

from tests.support import statement_rows

# Each statement of a text as a row of the fields named (tests.support.statement_rows).
_groups = partial(statement_rows, fields=("group", "group_type", "group_country"))


@pytest.mark.parametrize("role", [
    "head of the Dravana health workers' union",
    "general secretary of the Dravana railway workers' union",
    "who chairs the Dravana dockers' union",
])
def test_officer_of_a_named_members_union_speaks_for_the_union(role):
    # the members' possessive ("workers'") named the public; the union's own name is the group
    found = _groups(f"BUCHAREST - Nurses walked out on Monday. Bogdan Pop, {role}, said nurses "
                    "had warned managers for two years.")
    assert found[-1][:2] == ("Dravana", "organisation")


def test_officer_of_the_members_union_the_text_named_before():
    # ("the teachers' union": "the" belongs to the members' possessive, not to "union")
    found = _groups("NAIROBI - The Kisumu Teachers Union (KTU) called a strike on Monday. "
                    "Mary Otieno, head of the teachers' union, said pay had not risen in six "
                    "years.")
    assert found[-1][1] == "organisation" and found[-1][0] in ("KTU", "Kisumu Teachers Union")


@pytest.mark.parametrize("text, expected", [
    pytest.param("GDANSK, Poland - Dockers walked out on Monday. A spokeswoman for Baltic "
                 "Hub, Agnieszka Nowak, said the operator had offered a 7 percent rise.",
                 ("Baltic Hub", "organisation"),
                 id="spokeswoman_for_a_name_ner_takes_for_a_place_speaks_for_that_body"),
    # (an earlier round's reading, kept: only a NAMED members' union is the union's voice)
    pytest.param("PUNE, India (PTI) - Tanker prices doubled. Kavita Joshi, secretary of a "
                 "residents' association in Baner, said supply had fallen.",
                 ("Indian public", "public"),
                 id="officer_of_an_unnamed_members_body_stays_the_public"),
    pytest.param("BUENOS AIRES - The Catholic University of Argentina's Social Debt Observatory said "
                 "that child poverty had risen to 58 percent.\n\nAgustin Salvia, the observatory's "
                 "director, said the strike hurt the poorest children most.",
                 ("Social Debt Observatory", "organisation"),
                 id="lower_case_alias_word_is_the_body_of_that_kind_the_text_named"),
    pytest.param("DURBAN - Ships waited offshore. Thandi Nkosi, a volunteer with the Durban "
                 "Harbour Watch campaign, said the ships were polluting the bay.",
                 ("Durban Harbour Watch", "organisation"),
                 id="advocate_with_a_named_campaign_written_with_a_lower_case_noun"),
    # "the" belongs to "passengers'", not to "association"
    pytest.param("UTRECHT, Netherlands - Trains stopped on Friday.\n\nReizvol, the "
                 "passengers' association, said it would ask parliament for compensation "
                 "rules.", ("Reizvol", "organisation"),
                 id="name_in_apposition_to_a_members_association_is_that_body"),
])
def test_groups(text, expected):
    found = _groups(text)
    assert found[-1][:2] == expected


@pytest.mark.parametrize("role", [
    "head of the Bucharest health workers' union",  # a city, no name of the union's own
    "head of the Romanian teachers' union",
])
def test_place_before_the_members_union_is_not_its_name(role):
    found = _groups(f"BUCHAREST - Nurses walked out on Monday. Bogdan Pop, {role}, said nurses "
                    "had warned managers for two years.")
    assert found[-1][0] not in ("Bucharest", "Romanian", "Romania")


def test_spokesman_for_a_known_place_is_no_organisation():
    found = _groups("A spokesman for Northern Ireland said the region was calm.")
    assert found[-1][1] != "organisation"


@pytest.mark.parametrize("role", ["managing director", "chief executive", "general manager"])
def test_two_word_officer_of_a_state_owned_firm_speaks_for_the_firm(role):
    # "state-owned" made the officer the state's; the gold gives a state-owned company's
    # officers to the company
    found = _groups(
        "NAIROBI (Reuters) - Power distributor Rift Grid said on Saturday that vandalism "
        "caused the blackout.\n\n"
        f"The state-owned utility's {role}, Grace Wanjiru, said engineers had restored "
        "supply to most customers.")
    assert found[-1][:2] == ("Rift Grid", "organisation")


@pytest.mark.parametrize(("role", "group", "gtype"), [
    ("a volunteer with the Red Cross", "Red Cross", "organisation"),
    ("an activist with the Clean Rivers Coalition", "Clean Rivers Coalition", "organisation"),
    ("a lawyer for Greenpeace", "Greenpeace", "organisation"),
    ("a lawyer for the Home Office", "British government", "government"),
])
def test_advocate_for_a_named_body_speaks_for_it(role, group, gtype):
    found = _groups(f"LONDON - Campaigners went to court on Monday. Sofie Lund, {role}, said "
                    "the licences broke the climate law.")
    assert found[-1][:2] == (group, gtype)


@pytest.mark.parametrize("role", [
    "a lawyer for Cano",  # a private person's counsel: the public
    "an activist from Leeds",  # where she comes from, no body
    "a volunteer with the family",
])
def test_advocate_for_a_person_or_from_a_place_stays_public(role):
    found = _groups(f"LONDON - Campaigners went to court on Monday. Sofie Lund, {role}, said "
                    "the licences broke the climate law.")
    assert found[-1][1] == "public"


def test_indefinite_worker_of_a_trade_is_no_firm_named_before():
    # "operator" is also a company noun ("the terminal operator"), but "one crane operator"
    # is a worker, not the last firm or union the text named
    found = _groups(
        "GDANSK, Poland - Dockers at the Baltic Hub terminal walked out on Monday, the "
        "Solidarity trade union said.\n\nOne crane operator said workers were ready to stay "
        "out for weeks.")
    assert found[-1][0] not in ("Solidarity", "Baltic Hub")


def test_rector_is_not_of_a_university_named_paragraphs_later():
    found = _groups(
        "Students occupy library\n\nLEUVEN, Belgium - About 200 students occupied the library "
        "of KU Leuven on Friday.\n\nThe university's rector, Professor Jan De Smet, said the "
        "increase was needed.\n\nLotte Peeters, a student, said the rise would shut people "
        "out.\n\nA spokesman for the ministry said it had not been consulted.\n\nMarc Janssens, "
        "an economist at Ghent University, said the fee was low.")
    assert found[1][0] != "Ghent University"


@pytest.mark.parametrize("owner", [
    "which is owned by the state investment company Zedco",
    "which is majority-owned by the government",
    "which is wholly owned by the state holding company Zedco",
])
def test_firm_owned_by_the_state_is_a_firm(owner):
    # the owner clause describes the owner, not the speaker: a state-owned company is a
    # company (gold reading), named under its own name
    found = _groups(f"KITWE, Zambia - A tunnel collapsed on Sunday.\n\nKalomo Copper Mines, "
                    f"{owner}, said in a statement that rescue teams had located the miners.")
    assert found[-1][:2] == ("Kalomo Copper Mines", "organisation")


@pytest.mark.parametrize("asset", ["mine", "smelter", "tanker"])
def test_owner_of_works_is_a_firm_not_the_public(asset):
    found = _groups(f"KITWE, Zambia - Eleven workers were hurt on Sunday in a fire at the {asset}, "
                    f"the {asset}'s owner said.\n\nKalomo Resources, which bought the {asset} in "
                    "2019, said in a statement that all workers had been accounted for.")
    assert found[0][1] == "organisation"


def test_owner_of_a_shop_stays_the_public():
    found = _groups("KITWE, Zambia - Thieves broke in overnight, the shop's owner said.")
    assert found[0][1] == "public"


@pytest.mark.parametrize("source", ["Aid agencies", "Humanitarian agencies", "Relief agencies"])
def test_unnamed_aid_agencies_are_no_state_and_no_outlet(source):
    # "agencies" is both a state word and a news word; aid agencies are neither, and several
    # unnamed bodies are no single organisation (gold: "Environmental groups" -> unknown)
    found = _groups(f"PORT SUDAN (AFP) - {source} warned on Wednesday that hundreds of "
                    "thousands of people could face famine.")
    assert found[0][1] == "unknown"


def test_one_word_registered_alias_inside_a_longer_name_is_not_that_body():
    # "Observatory" is an alias of the registered Syrian Observatory for Human Rights
    # (an unregistered name NER tags as nothing stays unplaced: no worse than a wrong body)
    found = _groups("BUENOS AIRES - The Social Debt Observatory said that child poverty had "
                    "risen to 58 percent.")
    assert found[0][0] != "Syrian opposition"


def test_registered_observatory_still_found_by_its_own_name():
    found = _groups("BEIRUT - The Syrian Observatory said ten people had died.")
    assert found[0][0] == "Syrian opposition"


@pytest.mark.parametrize(("text", "gtype"), [
    ("COLOMBO (AFP) - Sri Lanka's navy rescued 12 fishermen on Saturday. Captain Gayan Perera, "
     "the navy's media spokesman, said sailors had pulled the men from the water.", "military"),
    ("COLOMBO (AFP) - Fishermen were rescued. A media officer at the health ministry said ten "
     "were in hospital.", "government"),
    ("COLOMBO (AFP) - Fishermen were rescued. Local media said ten were in hospital.", "media"),
])
def test_a_bodys_media_spokesman_is_the_body_not_an_outlet(text, gtype):
    assert _groups(text)[-1][1] == gtype


@pytest.mark.parametrize("who", ["A viewer from Bergen, Tor Hansen,",
                                 "A listener from Stavanger, Tor Hansen,"])
def test_audience_member_from_a_town_is_the_public(who):
    found = _groups(f"OSLO - The broadcaster apologised on Monday. {who} said he had believed "
                    "every word.")
    assert found[-1][1] == "public"


@pytest.mark.parametrize("text", [
    "ACCRA - Kofi Mensah, the National Democratic Congress's communications director, said the "
    "party had evidence of tampering.",
    "ACCRA - The National Democratic Congress said the party had evidence of tampering.",
])
def test_party_named_as_a_congress_is_a_party(text):
    assert _groups(text)[-1][:2] == ("National Democratic Congress", "organisation")


@pytest.mark.parametrize("text", [
    "WASHINGTON - Democratic members of Congress said the bill would fail.",
    "WASHINGTON - A Democratic Congress member said the bill would fail.",
])
def test_us_congress_under_a_party_stays_the_legislature(text):
    assert _groups(text)[-1][:2] == ("U.S. government", "government")


@pytest.mark.parametrize("who", ["The club's captain, Luka Babic,", "Team captain Luka Babic"])
def test_club_or_team_captain_is_a_player_of_the_public(who):
    found = _groups(f"ZAGREB - Dinamo Kvarner was fined on Wednesday. {who} said the players "
                    "had been ashamed.")
    assert found[-1][1] == "public"


@pytest.mark.parametrize("text", [
    "UTRECHT, Netherlands - A signal failure halted trains on Friday, the state rail operator "
    "VZ said.",
    "UTRECHT, Netherlands - The state rail operator VZ halted trains on Friday.\n\nVZ's "
    "director of operations, Marjan Rintel, said technicians had found a burnt cable.",
])
def test_firm_named_by_initials_after_a_company_noun_is_a_firm(text):
    assert _groups(text)[-1][:2] == ("VZ", "organisation")


@pytest.mark.parametrize("text", [
    "DURBAN - Ships waited offshore. A spokesman for Zantrel said talks would resume.",
    "DURBAN - Ships waited offshore. Zantrel's chief operating officer, Sipho Ndlovu, told "
    "Reuters that the backlog would take weeks to clear.",
])
def test_name_ner_misses_that_an_officer_speaks_for_is_a_body(text):
    assert _groups(text)[-1][:2] == ("Zantrel", "organisation")


