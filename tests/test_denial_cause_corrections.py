"""Denial 1.4.0 (round 2): cause corrections with verbs of damage and in pseudo-clefts, and
innocence/ignorance claims, on sentences written for these tests before the rules (topics,
speakers and wordings not taken from the gold set). Expectations were decided by reading each
sentence against benchmarks/gold/FRAMING_README.md; the blind run (before the rules) found
none of the positives.

(Formerly tests/test_scores_denial_round2.py.)"""

from __future__ import annotations

import pytest

from tests.support import bare_denial


@pytest.mark.parametrize(("content", "rule"), [
    ("A faulty valve flooded the tunnel, not our maintenance crew", "denial.not_correction"),
    ("What sank the ferry was a freak wave, not the captain's decisions", "denial.not_correction"),
    ("What started the fire was a lightning strike, not the workers on site",
     "denial.not_correction"),
    ("The drought ruined the harvest, not our irrigation policy", "denial.not_correction"),
    ("What brought down the network was a software bug, not Russian hackers",
     "denial.not_correction"),
    ("The heavy snow collapsed the roof, not the builders", "denial.not_correction"),
    ("My client is innocent of all charges", "denial.innocent"),
    ("The directors were completely unaware of the transfers", "denial.unaware"),
    ("Our officers are entirely blameless", "denial.blameless"),
    ("The mayor was totally unaware of any payments to the contractor", "denial.unaware"),
    ("We are innocent and we will prove it in court", "denial.innocent"),
    ("The minister was wholly unaware of the side deal", "denial.unaware"),
])
def test_round2_denial_positive(nlp, content, rule):
    score = bare_denial(nlp, content)
    assert rule in [c.rule for c in score.cues], score.cues


@pytest.mark.parametrize("content", [
    "We want jobs, not promises",
    "What we need is more nurses, not more managers",
    "What surprised me was the turnout, not the result",
    "The final will be played in Madrid, not in Paris",
    "Our fans love the club, not the owners",
    "The coach picked the youngster, not the veteran",
    "Innocent civilians were killed in the strike",
    "Many voters are unaware of the new rules",
    "The public was largely unaware of the risks",
    "Thousands of innocent people have fled the city",
    "Patients were often unaware that their data was shared",
    "The children who died in the raid were completely innocent",
    "Everyone is innocent until proven guilty",
    "If he is innocent, he should testify",
    "Residents were not unaware of the danger",
])
def test_round2_denial_negative(nlp, content):
    assert not bare_denial(nlp, content).cues


# Precision (1.4.0): labels and descriptions that only look like denial, written before the
# fixes; the blind run flagged 10 of these 12.
@pytest.mark.parametrize("content", [
    "Troops were seen moving into the disputed territory overnight",
    "Fishing boats from both countries operate in the disputed waters",
    "The disputed election left the country without a government for months",
    "Police seized 4,000 fake passports in the raid",
    "The bank closed thousands of fake profiles last year",
    "Customs officers found fake medicines worth millions",
    "Soldiers shot at villagers who posed no threat to them",
    "They arrested students who posed no danger to anyone",
    "This is not a negotiation, it is blackmail",
    "We have not independently verified the footage, but we are looking into it",
    "The ministry has not confirmed the casualty figures, although it is expected to do so",
])
def test_round2_not_denial(nlp, content):
    assert not bare_denial(nlp, content).cues


@pytest.mark.parametrize(("content", "rule"), [
    ("We dispute the figures published by the ministry", "denial.dispute"),
    ("The video is fake", "denial.fake"),
    ("These reports are fake news", "denial.fake"),
    ("Our vessels posed no threat to anyone", "denial.pose_no_threat"),
    ("The drones pose no threat to civilian aircraft", "denial.pose_no_threat"),
    ("It was not an attack, it was an accident", "denial.copular_negation"),
    ("The payment was not a bribe; it was a consultancy fee", "denial.copular_negation"),
    ("Our troops did not fire on the convoy; the rebels did", "denial.corrected_negation"),
])
def test_round2_still_denial(nlp, content, rule):
    assert rule in [c.rule for c in bare_denial(nlp, content).cues]


# Emphatic negation of a deed and 'nothing to suggest' (1.4.0); blind: 3/8 positives (the
# 'in any way' ones through negated_wrongdoing only), 0/7 negatives.
@pytest.mark.parametrize(("content", "rule"), [
    ("The ballots were not tampered with in any way", "denial.in_any_way"),
    ("The test samples have not been altered in any way", "denial.in_any_way"),
    ("Our company did not benefit from the contract in any shape or form",
     "denial.in_any_shape_or_form"),
    ("The ministry has not interfered in the investigation in any way", "denial.in_any_way"),
    ("There is nothing to suggest the pilots were drinking", "denial.nothing_to_suggest"),
    ("There is nothing to indicate that the fire was started deliberately",
     "denial.nothing_to_suggest"),
    ("We have seen nothing to suggest any link between the vaccine and the deaths",
     "denial.nothing_to_suggest"),
    ("There is nothing to show that the minister knew about the payments",
     "denial.nothing_to_suggest"),
])
def test_round2_emphatic_and_no_evidence(nlp, content, rule):
    assert rule in [c.rule for c in bare_denial(nlp, content).cues]


@pytest.mark.parametrize("content", [
    "We cannot help the families in any way",
    "If the data were changed in any way, the results would be void",
    "The new law will not affect pensioners in any way",
    "There is nothing to eat in the camp",
    "There was nothing to stop the water once the levee broke",
    "We have nothing to announce today",
    "Early results suggest the turnout was high",
])
def test_round2_emphatic_and_no_evidence_negative(nlp, content):
    assert not bare_denial(nlp, content).cues


# The own side's presence denied a hostile purpose (1.4.0); blind: 1/6 positives (the alibi
# rule on 'not at the warehouse'), 0/5 negatives.
@pytest.mark.parametrize("content", [
    "Our ships are not there to intimidate anyone",
    "We are not here to cause trouble",
    "Our soldiers are not in the country to occupy it",
    "We are not in Mali to steal its gold",
    "Our observers are not there to spy on anyone",
])
def test_round2_denied_purpose(nlp, content):
    assert "denial.denied_purpose" in [c.rule for c in bare_denial(nlp, content).cues]


@pytest.mark.parametrize("content", [
    "We are not here to talk about the budget",
    "The rebels are not there to intimidate anyone",
    "Our team is not here to win friends",
    "We were not there to see the final",
    "We are not here to make up the numbers",
])
def test_round2_denied_purpose_negative(nlp, content):
    assert not bare_denial(nlp, content).cues


@pytest.mark.parametrize(("content", "expected"), [
    ("We were unaware of the payments until the audit", True),
    ("We are completely unaware of where the hostages are being held", False),
])
def test_round2_unaware_past_only(nlp, content, expected):
    assert ("denial.unaware" in [c.rule for c in bare_denial(nlp, content).cues]) is expected


# Second precision pass (1.4.0), sentences written after the rules to try to break them: an
# object contrast with a damage verb says what was hit (the first also fired before 1.4.0),
# and third parties' ignorance is a complaint unless they answer for an organisation.
@pytest.mark.parametrize("content", [
    "The storm flooded the lower town, not the harbour",
    "The fire destroyed the east wing, not the library",
    "What hurt us most was the loss of the second game, not the injuries",
    "Most residents were completely unaware of the evacuation order",
    "The court found that he was innocent",
])
def test_round2_stress_negative(nlp, content):
    assert not bare_denial(nlp, content).cues
