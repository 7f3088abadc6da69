"""A haven given to armed groups, and force used with no reason told in the past
(rules/harbouring.py, accusation 1.34.0, accusation_words 1.22); people held 'to ransom' as
held hostage (1.35.0). Near misses: shelter for refugees, a negated haven, the speaker's own
side, advice about the future, a reason to panic, a ransom paid.
Every sentence is this project's own invention.
"""

from __future__ import annotations

import pytest

from analysis.scores import score_text


def _rules(nlp, content: str, verb: str | None = "said") -> set[str]:
    return {c.rule for c in score_text(content, verb, nlp=nlp).accusation.cues}


@pytest.mark.parametrize("content, fires", [
    ('Kabul was "providing safe havens" to the militants', True),
    ("The regime gives sanctuary to the rebels", True),
    ("Dravia has become a safe haven for terrorists", True),
    ("We gave shelter to refugees", False),
    ("Afghanistan did not provide a haven for terrorists", False),
    ("We will never offer refuge to militants", False),
])
def test_a_haven_for_armed_groups(nlp, content, fires):
    assert any(r.startswith("acc.haven_") for r in _rules(nlp, content)) is fires


@pytest.mark.parametrize("content, fires", [
    ("There was no reason to shoot", True),
    ("They had no reason to arrest him", True),
    ("There was no justification to beat the prisoners", True),
    ("There is no need to attack Iran", False),
    ("There was no reason to panic", False),
    ("There was a reason to shoot", False),
])
def test_force_used_with_no_reason(nlp, content, fires):
    assert any(r.startswith("acc.no_") and r.endswith("_for_force")
               for r in _rules(nlp, content)) is fires


@pytest.mark.parametrize("content, fires", [
    ('the company was "holding poor families to ransom"', True),
    ("The union held the city to ransom", True),
    ("The family paid the ransom", False),
    ("The kidnappers made a ransom demand", False),
    ("We are not holding anyone to ransom", False),
])
def test_held_to_ransom_as_held_hostage(nlp, content, fires):
    assert ("acc.ransom" in _rules(nlp, content)) is fires
