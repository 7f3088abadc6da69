"""Local and police office-holders named by a title the word lists lacked are the state's
voice: assembly members, town clerks, wardens of the state's services and named kinds of
inspector; a bare inspector is not (a firm has quality inspectors)."""

from __future__ import annotations

import pytest

from tests.support import statement_rows


def _groups(text: str) -> list[tuple[str, str, str | None]]:
    """(group, group_type, group_country) of each statement, in text order."""
    return statement_rows(text, ("group", "group_type", "group_country"))


@pytest.mark.parametrize("speaker", [
    "Assemblyman Kojo Badu",
    "Kwesi Ofori, the town clerk,",
    "Ama Kusi, a labour inspector,",
    "The district's chief inspector",
    "Yaw Tetteh, a game warden in Mole National Park,",
])
def test_local_office_holder_is_the_state(speaker):
    found = _groups(f"ACCRA, Ghana - Floods closed roads on Monday. {speaker} said repairs "
                    "would start next week.")
    assert found[-1][1:] == ("government", "GH")


def test_quality_inspector_at_a_firm_is_no_state_voice():
    found = _groups("ACCRA, Ghana - Bottles were recalled on Monday. A quality inspector at the "
                    "brewery said the bottles were faulty.")
    assert found[-1][1] != "government"
