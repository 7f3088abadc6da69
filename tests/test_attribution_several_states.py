"""Speakers from several states the text does not name ("negotiators from small island
states", "diplomats from several Gulf countries") have no one country: unknown, as "officials
on both sides" are, not the dateline's government."""

from __future__ import annotations

import pytest

from tests.support import speaker_actor


@pytest.mark.parametrize("text", [
    "BAKU, Azerbaijan - Negotiators from small island states walked out on Saturday, saying "
    "rich nations had stalled the talks.",
    "DOHA - Diplomats from several Gulf countries said the talks had stalled.",
    "NAIROBI - Delegates of neighbouring nations said the border would reopen.",
], ids=["island-states", "gulf-countries", "neighbouring-nations"])
def test_speakers_from_unnamed_states_are_unplaced(nlp, text):
    actor = speaker_actor(nlp, text, "")
    assert (actor.group, actor.group_country) == ("unknown", None)


@pytest.mark.parametrize(("text", "group"), [
    ("Officials from the United States said the talks had stalled.", "U.S. government"),
    ("Officials of the states of Bihar and Assam said the floods had receded.",
     "Indian government"),
], ids=["united-states", "named-states"])
def test_states_named_keep_their_country(nlp, text, group):
    assert speaker_actor(nlp, text, "").group == group
