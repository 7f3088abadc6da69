"""'opened fire on' people gathered or at work who are no fighters (rules/imputation/violence.py
fire_on_protected, accusation_words 1.21 gathered_people) and 'came under attack from' a party
(as 'under fire from'), accusation 1.33.0. Near misses: fire opened on fighters, on a
post, by the speaker's side; an attack from no party. Every sentence is this project's own
invention.
"""

from __future__ import annotations

import pytest

from analysis.scores import score_text


def _rules(nlp, content: str, verb: str | None = "said") -> set[str]:
    return {c.rule for c in score_text(content, verb, nlp=nlp).accusation.cues}


@pytest.mark.parametrize("content", [
    "Israeli troops opened fire on crowds waiting for flour trucks",
    "Police opened fire at the mourners outside the mosque",
    "The guards opened fire on a queue of women at the gate",
    "Soldiers opened fire on farmers in the valley",
])
def test_fire_opened_on_people_accuses(nlp, content):
    assert "acc.open_fire_on" in _rules(nlp, content)


@pytest.mark.parametrize("content", [
    "The troops opened fire on the attackers",
    "We opened fire on the vehicle",
    "Soldiers opened fire on a military post",
    "Our forces opened fire on the crowd",
])
def test_fire_on_fighters_a_post_or_by_our_side_does_not(nlp, content):
    assert "acc.open_fire_on" not in _rules(nlp, content)


@pytest.mark.parametrize("content, accuses", [
    ("officers had come under attack from protesters armed with slingshots", True),
    ("The convoy came under attack from Venar militia fighters", True),
    ("The town came under attack from the storm", False),
])
def test_under_attack_from_a_party(nlp, content, accuses):
    assert ("acc.under_attack_from" in _rules(nlp, content)) is accuses
