"""A deed done 'to justify' a hostile act imputes a pretext (rules/pretext.py, accusation
1.33.0). Near misses: a cost justified, the speaker's own need, no hostile act. Every sentence
is this project's own invention.
"""

from __future__ import annotations

import pytest

from analysis.scores import score_text


def _rules(nlp, content: str, verb: str | None = "said") -> set[str]:
    return {c.rule for c in score_text(content, verb, nlp=nlp).accusation.cues}


@pytest.mark.parametrize("content", [
    "Russia regularly stages such incidents to justify its own strikes on Ukrainian cities",
    "The junta invented the plot to legitimise the crackdown",
    "The border incident was staged to justify an invasion",
    "Tarvos exaggerates the threat to justify the blockade of the port",
])
def test_a_deed_done_to_justify_a_hostile_act_accuses(nlp, content):
    assert any(r.startswith("acc.pretext_") for r in _rules(nlp, content))


@pytest.mark.parametrize("content", [
    "The company raised fees to justify the investment",
    "We need more evidence to justify the strikes",
    "We published the report to justify our decision",
    "The minister did not stage anything to justify the raid",
])
def test_a_cost_an_own_need_or_a_negated_deed_does_not(nlp, content):
    assert not any(r.startswith("acc.pretext_") for r in _rules(nlp, content))
