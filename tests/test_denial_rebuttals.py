"""Denial round 3: rebuttals worded without the old cue words, on sentences written for these
tests before the rules (topics, speakers and wordings not taken from the gold set), plus near-
miss negatives. Expectations were decided by reading each sentence against
benchmarks/gold/FRAMING_README.md.

(Formerly tests/test_scores_denial_round3.py.)"""

from __future__ import annotations

import pytest

from tests.support import bare_denial

# Class 1: a negated event or existence set right against the speaker's account of what did
# happen ('No X was V-ed; Y ...', 'Y; there was no X').
CORRECTED_NEGATION = [
    "No passenger data was leaked in the incident; the intruders only reached a booking archive",
    "Nobody was arrested for their views; the four detentions were for vandalism",
    "No shots were fired at the fishermen; the patrol sounded its horn and turned back",
    "Our players left the pitch in protest; there was no walk-out planned in advance",
    "No money went missing from the fund; it was moved to a second account",
]
# Class 2: 'X, not Y' corrections beyond cause and charge labels: provenance, purpose, and
# the genuine/real thing denied.
CONTRAST = [
    "These pictures of flooded streets are from the 2019 storm, not this week",
    "The leaflets found in the bin were drafts printed for a training day, not real campaign material",
    "The audit was ordered to check the accounts, not to punish the treasurer",
    "The documents are from a 2011 archive, not from the current ministry",
]
# Class 3: emphatic compliance and spotless-record formulas.
RECORD_Q = [
    # added with the question exclusion: an 'if' challenge still disputes the innocent account
    "If the leak was an accident, why was the valve welded shut the next morning?",
]
RECORD = [
    "We did everything by the book: the crane was inspected in March and certified",
    "Every single batch we shipped passed the safety checks, without exception",
    "Not once in thirty years has this firm paid a bribe",
]


@pytest.mark.parametrize("content", CORRECTED_NEGATION + CONTRAST + RECORD + RECORD_Q)
def test_round3_denial_positive(nlp, content):
    assert bare_denial(nlp, content).value > 0


# Near misses: plain negative facts, preferences, literal 'rubbish', rhetorical questions with
# 'coincidence' (an insinuation, not a denial), plans.
@pytest.mark.parametrize("content", [
    "No trains ran on Sunday because of the engineering works",
    "Nobody was hurt; the building had been evacuated an hour earlier",
    "The bins were not emptied this week and rubbish is piling up in the streets",
    "The council will collect rubbish on Saturday instead of Friday",
    "Is it really a coincidence that the contract went to the mayor's cousin?",
    "We want fair wages, not promises",
    "The museum will open at ten, not nine, during the summer",
    "The team trained by the book and won the final",
    "Every ward was cleaned overnight, without exception, after the outbreak was declared",
    # added after the heldout3 check of corrected_absence (a toll of an event is a plain fact)
    "The rebels shelled the outskirts overnight; there were no injuries among our troops",
])
def test_round3_denial_negative(nlp, content):
    score = bare_denial(nlp, content)
    assert score.value == 0, [c.text + "/" + c.rule for c in score.cues]
