"""Denial round 5: a counter-claim opened by a concession to the other side (denial 1.13.0,
analysis/scoring/rules/concession.py). Found by running the seed wire story through the
scorer: the Russian Defence Ministry's sarcastic rebuttal ("However unpleasant and
'unexpected' it may be for our colleagues at the Pentagon ..., all rockets fired from ships
found their targets") carried no denial. Sentences of our own; positives and near misses.
"""

from __future__ import annotations

import pytest

from tests.support import denial_cue_texts

CONCESSION_POS = [
    "However unpleasant it may be for the opposition, unemployment has fallen for a third year",
    "However inconvenient it might be for our critics in Brussels, the plant meets every standard",
    "However unwelcome it is for the union, the accounts show the pension fund is sound",
    "Much as our rivals would like to believe otherwise, the reactor has never leaked",
    "Much as the newspaper might wish it were true, the minister never met the donor",
]
CONCESSION_NEG = [
    "However difficult it may be for families, the new timetable starts in May",
    "Every ballot will be counted, however long it takes",
    "However, the ministry will publish the figures on Monday",
    "Much as I admire the coach, the team needs a new captain",
    "However unpleasant it may be for them",
]


@pytest.mark.parametrize("content", CONCESSION_POS)
def test_concession_to_the_other_side_opens_a_denial(nlp, content):
    cues = denial_cue_texts(nlp, content)
    assert any(c.lower() in ("however", "much as") for c in cues), cues


@pytest.mark.parametrize("content", CONCESSION_NEG)
def test_concession_without_an_opposing_party_is_no_denial_cue(nlp, content):
    cues = denial_cue_texts(nlp, content)
    assert not any(c.lower() in ("however", "much as") for c in cues), cues


def test_seed_rebuttal_is_a_denial(nlp):
    content = ("However unpleasant and 'unexpected' it may be for our colleagues at the Pentagon "
               "and Langley about yesterday's attacks by high-accuracy weapons on the "
               "infrastructure in Syria all the same, all rockets fired from ships found their "
               "targets")
    assert "However" in denial_cue_texts(nlp, content)
