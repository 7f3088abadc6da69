"""Denial and accusation round 4: blind probes for general classes that the rules missed on
the tuning half f1006-f1080 of the dev7 batch (seventh annotator). Written before the rules
for each class, on topics and wordings of our own (not the gold items): positives and
near-miss negatives. Every expectation was decided by reading the sentence against the
definitions in benchmarks/gold/FRAMING_README.md before running it.

(Formerly tests/test_scores_round4.py.)"""

from __future__ import annotations

import pytest

from tests.support import denial_and_accusation, hedged_and_boosted

# Class S: blame shifted to a named other party ('it was X, not me'; 'not our doing; X did Y').
# Both a denial (the speaker's part is rejected) and an accusation (another actor is named).
S_POS = [
    "If anyone leaked the tender documents, it was the procurement director, not us",
    "It was the landlord, not me, who cut off the heating in January",
    "The flooding of the basement is not our fault; the builders next door removed the drain",
    "The cancelled matches were not our decision; the league postponed them without asking",
    "Whoever forged those signatures, it was the former treasurer and not me",
    "The power cuts are not our doing: the grid operator switched off the substation",
]
S_NEG = [
    "It was my sister, not me, who won the photography prize",        # no wrongdoing
    "The delays are not our fault; heavy snow closed the mountain pass",  # no other actor
    "It was the weather, not the organisers, that spoiled the festival",  # a non-actor
    "The trophy was lifted by the captain, not by me",
    "This is not our first visit; the mayor invited us last spring",
]

# Class K: culpable knowledge acted against: a third party knew of something and hid it,
# pretended otherwise, or went ahead anyway.
K_POS = [
    "The airline knew the engines were overdue for inspection and kept it from the pilots",
    "The headteacher knew about the bullying for months but chose to say nothing to the parents",
    "The developer knew the land would flood when it sold the houses to young families",
    "The minister knows full well the figures are wrong and is pretending otherwise",
    "The club's doctor knew about the concussion and hid it from the match officials",
]
K_NEG = [
    "The coach knew the pitch would be wet and chose a heavier team",
    "We knew about the shortfall and told the board straight away",
    "The family knew the storm was coming when they boarded up the windows",
    "The minister knows the figures well and presented them to parliament",
    "The airline did not know about the fault until the pilots reported it",
]

# Class H: a harm to people put down to an actor's deed by a causal clause ('because the
# board spent ...', '..., and N were hurt as a result').
H_POS = [
    "Dozens of tenants fell ill because the landlord ignored the mould for two years",
    "The company dumped solvent in the river, and hundreds of fish died as a result",
    "Two workers were injured because the firm removed the guard rails to save time",
    "Families lost their savings because the bank sold them products it knew were worthless",
    "The council cut the gritting budget, and several pensioners were hurt as a result",
]
H_NEG = [
    "Dozens of tenants fell ill because the heating broke down in the cold snap",
    "The storm brought down power lines, and two villages were cut off as a result",
    "We closed the ward because the heating failed",
    "Hundreds of fans were delighted because the club signed a new striker",
    "Three climbers were hurt because the weather turned suddenly on the ridge",
]


@pytest.mark.parametrize("content", S_POS)
def test_shifted_blame_denies_and_accuses(nlp, content):
    assert denial_and_accusation(nlp, content) == (True, True), content


@pytest.mark.parametrize("content", S_NEG)
def test_shifted_blame_near_misses(nlp, content):
    assert denial_and_accusation(nlp, content)[1] is False, content


@pytest.mark.parametrize("content", K_POS)
def test_culpable_knowledge_accuses(nlp, content):
    assert denial_and_accusation(nlp, content)[1] is True, content


@pytest.mark.parametrize("content", K_NEG)
def test_culpable_knowledge_near_misses(nlp, content):
    assert denial_and_accusation(nlp, content)[1] is False, content


@pytest.mark.parametrize("content", H_POS)
def test_harm_from_deed_accuses(nlp, content):
    assert denial_and_accusation(nlp, content)[1] is True, content


@pytest.mark.parametrize("content", H_NEG)
def test_harm_from_deed_near_misses(nlp, content):
    assert denial_and_accusation(nlp, content)[1] is False, content


# Hedged/boosted precision (round 4): a statutory floor or ceiling inside a penalty or a
# court's power is not an estimate; 'every reason/right to' is an idiom, not a universal.
LEGAL_NOT_HEDGED = [
    "Offenders face a prison term of at least five years under the new law",
    "The tribunal may order the forfeiture of property worth up to 2 million dollars",
    "Penalties of at least 1,000 dollars apply to drivers caught using a phone at the wheel",
]
ESTIMATES_HEDGED = [
    "At least 40 people were killed in the landslide",
    "Up to 300 homes may have been damaged by the storm",
    "The fire destroyed at least 12 warehouses along the quay",
]
EVERY_IDIOM_NOT_BOOSTED = [
    "The board has every reason to be cautious about the merger",
    "Fans have every right to feel let down after that performance",
]
EVERY_BOOSTED = [
    "Every single ballot was counted twice",
    "Every patient on the ward was seen by a doctor within the hour",
]


@pytest.mark.parametrize("content", LEGAL_NOT_HEDGED)
def test_legal_bounds_not_hedged(nlp, content):
    assert hedged_and_boosted(nlp, content)[0] is False, content


@pytest.mark.parametrize("content", ESTIMATES_HEDGED)
def test_estimates_hedged(nlp, content):
    assert hedged_and_boosted(nlp, content)[0] is True, content


@pytest.mark.parametrize("content", EVERY_IDIOM_NOT_BOOSTED)
def test_every_idiom_not_boosted(nlp, content):
    assert hedged_and_boosted(nlp, content)[1] is False, content


@pytest.mark.parametrize("content", EVERY_BOOSTED)
def test_every_boosted(nlp, content):
    assert hedged_and_boosted(nlp, content)[1] is True, content
