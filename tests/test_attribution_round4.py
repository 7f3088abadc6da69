"""Round 4 of group attribution (dev2 tuning): general classes of speaker-to-group errors.
Invented articles; the people and most bodies in them are unregistered."""

from __future__ import annotations

import pytest

from analysis.statements import extract_statements


def group_of(nlp, text: str, needle: str) -> str:
    hits = [s.speaker.actor.group for s in extract_statements(nlp(text))
            if s.speaker is not None and needle in s.content_text]
    assert hits, (needle, text)
    return hits[0]


# --- capitals used for the government, and regional intergovernmental bodies -------------

@pytest.mark.parametrize("text,needle,group", [
    ("Fighting resumed near the border. Lusaka flatly rejected the account and said no "
     "troops had moved.", "no troops had moved", "Zambian government"),
    ("The row over the dam deepened. Montevideo said the plant met every standard.",
     "met every standard", "Uruguayan government"),
    ("Water talks stalled again. Tashkent said the deal would be honoured.",
     "would be honoured", "Uzbek government"),
    ("The summit ended late. The African Union Commission urged both sides to show "
     "restraint.", "show restraint", "African Union"),
    ("Coups spread across the Sahel. The Economic Community of West African States said "
     "elections must be held within a year.", "must be held", "ECOWAS"),
    ("Oil prices rose. The Arab League said all sides should exercise restraint.",
     "exercise restraint", "Arab League"),
])
def test_capitals_and_regional_bodies(nlp, text, needle, group):
    assert group_of(nlp, text, needle) == group


@pytest.mark.parametrize("text,needle,group", [
    # a capital that is also a person's name is not the state
    ("The factory closed. Maria Juba, a welder, said the owners had lied.",
     "owners had lied", "South Sudanese government"),
])
def test_capital_words_inside_a_person_name_are_not_the_state(nlp, text, needle, group):
    assert group_of(nlp, text, needle) != group
