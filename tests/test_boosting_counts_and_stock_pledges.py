"""Round 8: boosting on statements as real articles mix them (dev6).

A universal before a number is a count, not emphasis; "fully" in the stock pledge of
compliance ("cooperating fully") is not emphasis. Sentences are this project's own.

(Formerly tests/test_scores_round8.py.)"""

from __future__ import annotations

import pytest

from analysis.scores import score_text
from tests.support import boosted


@pytest.mark.parametrize("content", [
    "The strikes had destroyed all 11 designated targets",
    "All 131 passengers and 12 crew were taken off by lifeboats",
    "The ferry company has cancelled all four evening crossings",
    "We will cooperate fully with the investigators",
    "The bank was cooperating fully with the regulator",
    "The government would comply fully with the court's order",
])
def test_counts_and_stock_pledges_are_not_boosted(nlp, content):
    assert not boosted(nlp, content)


@pytest.mark.parametrize("content", [
    "All the rockets found their targets",
    "Every single missile hit its target",
    "We fully reject these accusations",
    "The company is fully responsible for the spill",
])
def test_emphatic_universals_and_fully_stay_boosted(nlp, content):
    assert boosted(nlp, content)


@pytest.mark.parametrize("verb", ["insisted", "denied", "retorted"])
def test_a_counted_universal_in_a_rebuttal_stays_emphatic(nlp, verb):
    assert score_text("all 26 missiles struck their targets", verb, nlp=nlp).boosting.value > 0
    assert score_text("all 26 missiles struck their targets", "reported", nlp=nlp).boosting.value == 0
