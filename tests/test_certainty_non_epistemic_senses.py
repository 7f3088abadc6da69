"""Hedged/boosted round 3: non-epistemic senses of hedge cues and non-emphatic senses of
booster cues, on sentences written for these tests before the rules (topics and wordings not
taken from the gold set). Expectations were decided by reading each sentence against
benchmarks/gold/FRAMING_README.md.

(Formerly tests/test_scores_certainty_round3.py.)"""

from __future__ import annotations

import pytest

from tests.support import scored_bare


# Not hedged: 'too early' as 'prematurely', an 'if' on a rhetorical wh-question, an 'if' that
# sets a future contingency of a plain 'will' forecast or threat, 'up to' as a capacity,
# 'perhaps X would like to explain' (a sarcastic suggestion), a negated 'sign that'.
@pytest.mark.parametrize("content", [
    "The ferry left the harbour too early to pick up the last passengers",
    "The referee blew the whistle too early to give the visitors a fair chance",
    "If the fire was an accident, why did the owners move the stock out the day before?",
    "If the vote was fair, how did a village of 300 people cast 900 ballots?",
    "The nurses will walk out again if the pay offer is not raised",
    "We will close the bridge to lorries if the repairs are delayed",
    "The new stadium will seat up to 40,000 spectators",
    "The shelter can house up to 120 families in winter",
    "Perhaps the regulator would like to explain why the warnings were ignored",
    "Maybe the council would care to explain where the money went",
    "The delay is not a sign that the project is in trouble",
])
def test_round3_not_hedged(nlp, content):
    s = scored_bare(nlp, content)
    assert s.hedging.value == 0, [c.text + "/" + c.rule for c in s.hedging.cues]


# Still hedged: near misses of the classes above.
@pytest.mark.parametrize("content", [
    "It is too early to say whether the treatment works",
    "It is still too early to tell how many homes were lost",
    "If the leaked figures are accurate, the bank will have to raise fresh capital",
    "If the tanker did break the embargo, the insurers will pull its cover",
    "Up to 300 workers may lose their jobs at the plant",
    "As many as 2,000 people could be affected, up to half of them children",
    "Perhaps the drop in sales reflects the warm winter",
    "There are signs that the outbreak is slowing",
    "The storm could reach the coast by Friday if the winds shift",
])
def test_round3_still_hedged(nlp, content):
    s = scored_bare(nlp, content)
    assert s.hedging.value > 0


# Not boosted: 'not one' as the number in an 'X, not Y' contrast.
@pytest.mark.parametrize("content", [
    "The figures cover three seasons, not one",
    "The contract runs for two years, not one",
])
def test_round3_not_boosted(nlp, content):
    s = scored_bare(nlp, content)
    assert s.boosting.value == 0, [c.text + "/" + c.rule for c in s.boosting.cues]


@pytest.mark.parametrize("content", [
    "Not one resident was left behind during the evacuation",
    "We did not lose one vote in the capital, not one",
    "Not one of the engines failed during the test flight",
])
def test_round3_still_boosted(nlp, content):
    s = scored_bare(nlp, content)
    assert s.boosting.value > 0
