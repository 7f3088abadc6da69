"""The group type of people introduced by their role in a body: a police rank is the state's
voice; an officer of a members' body named for a service ("the Police Federation") speaks for
that body, not for the service; a body's officer whose role has a field word ("the group's
campaign director") speaks for the body; "a Bogor-based NGO" is no body's initials; "the
club's chairman" speaks for the club the report named."""

from __future__ import annotations

import pytest

from tests.support import statement_rows


def _groups(text: str) -> list[tuple[str, str, str | None]]:
    """(group, group_type, group_country) of each statement, in text order."""
    return statement_rows(text, ("group", "group_type", "group_country"))


@pytest.mark.parametrize("officer", [
    "Assistant Chief Constable Rebecca Thorne",
    "Chief Constable Owen Prydderch",
    "Detective Chief Inspector Sam Coley",
])
def test_police_rank_speaks_for_the_state(officer):
    found = _groups(f"MANCHESTER, England - A man was shot dead by armed officers on Tuesday. "
                    f"{officer} said officers had responded to intelligence about a firearm.")
    assert found[-1][1:] == ("government", "GB")


@pytest.mark.parametrize("sentence, body", [
    ("The Police Federation's regional chair, Mark Lyle, said armed officers faced "
     "split-second decisions.", "Police Federation"),
    ("Tom Reed, who chairs the Prison Officers' Union, said staff were exhausted.",
     "Prison Officers' Union"),
    ("The chair of the Vandoria Coastguard Association, Ellen Marsh, said crews were "
     "exhausted.", "Vandoria Coastguard Association"),
])
def test_officer_of_a_body_named_for_a_service_speaks_for_the_body(sentence, body):
    found = _groups("LONDON - Officers shot a man dead in Salford on Tuesday. " + sentence)
    assert found[-1][:2] == (body, "organisation")


@pytest.mark.parametrize("role", [
    "the group's campaign director, Rina Siregar",
    "the charity's policy director, Ali Kusno",
])
def test_field_word_between_body_and_role_keeps_the_body(role):
    found = _groups("JAKARTA - Hutan Lestari Watch, a Bogor-based NGO, said 1,200 hectares had "
                    f"been cleared since June. \"This is a business model,\" said {role}.")
    assert found[0][:2] == ("Hutan Lestari Watch", "organisation")
    assert found[-1][:2] == ("Hutan Lestari Watch", "organisation")


def test_campaign_spokesman_still_no_body():
    # "his campaign spokesman" speaks for the candidate, not a body called a campaign
    found = _groups("JAKARTA - The governor is seeking a second term. His campaign spokesman, "
                    "Budi Santoso, said the governor would win.")
    assert found[-1][1] != "organisation"


@pytest.mark.parametrize("kind", ["NGO", "charity", "NGOs' coalition"])
def test_kind_of_body_in_apposition_is_no_name(kind):
    found = _groups(f"JAKARTA - Tanah Kita, a Bogor-based {kind}, said land had been cleared.")
    assert found[0][:2] == ("Tanah Kita", "organisation")


@pytest.mark.parametrize("club", ["Dundalk Rovers", "Brackwell Athletic", "Kilmore Wanderers"])
def test_club_chairman_speaks_for_the_club_named_before(club):
    found = _groups(f"{club} have sacked their head coach after a seventh straight defeat. The "
                    "club's chairman, Eoin Fitzpatrick, said the board had made a difficult "
                    "decision.")
    assert found[-1][:2] == (club, "organisation")


def test_a_city_is_no_club():
    found = _groups("Mexico City officials met on Monday. The club's chairman, Eoin Fitzpatrick, "
                    "said the board had made a difficult decision.")
    assert found[-1][0] != "Mexico City"


@pytest.mark.parametrize("name, appositive", [
    ("Ngā Tangata Tiaki o Whanganui", "the iwi's post-settlement governance entity"),
    ("Te Rūnanga o Kōrako", "the tribe's governance entity"),
])
def test_governance_entity_in_apposition_is_a_body(name, appositive):
    found = _groups(f"WHANGANUI, New Zealand - The council proposed a 12 percent rates rise. "
                    f"{name}, {appositive}, said it wanted a seat at the table. Its chair, "
                    "Gerrard Albert, said the river was not a drain.")
    assert found[-2][:2] == (name, "organisation")
    assert found[-1][:2] == (name, "organisation")


def test_family_spokeswoman_stays_a_person():
    found = _groups("LAGOS - A man died in custody. Ada Okafor, the family's spokeswoman, said "
                    "they wanted answers.")
    assert found[-1][1] == "public"
