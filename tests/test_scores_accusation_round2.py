"""Accusation rules of the second round on heldout3 error types, on sentences written for these
tests (other topics and wordings than the gold items; expectations decided before running).

Bodily harm to any person (rule harms_person): a named doer, not the speaker, doing physical
harm to a person, pronouns included; not a contest ('beat him in the final'), not words
('attacked him over the budget'), not an unnamed doer ('masked men stabbed him', the 1.5.0
convention that an accusation names a perpetrator).

A deed done for an audience (rule self_serving_end): 'for the cameras', 'for the headlines',
'for publicity', 'for effect', 'for ratings' as the purpose of another doer's deed imputes
staging or self-promotion; a photo opportunity described ('shook hands for the cameras'), the
speaker's own deed, and 'the show' as an event are not.
"""

from __future__ import annotations

import pytest

from analysis.scores import score_text


def accuses(nlp, content: str, verb: str = "said") -> bool:
    return score_text(content, verb, nlp=nlp).accusation.value > 0


@pytest.mark.parametrize("content", [
    "Two officers punched her repeatedly while she was on the ground",
    "Border guards beat them with batons before pushing them back across the river",
    "Prison guards kicked the inmates every night",
    "The landlord's men slapped him in front of his children",
    "Supporters of the mayor attacked us with iron bars as we left the hall",
    "The soldiers strangled him with a cable, the autopsy shows",
])
def test_bodily_harm_to_a_person_accuses(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "Nadal beat him in straight sets in the final",
    "The striker beat two defenders and scored",
    "They beat us fair and square",
    "The opposition leader attacked him over the budget in a fiery speech",
    "Columnists attacked her relentlessly in the tabloids",
    "He was injured in a car crash on the motorway",
    "The dog attacked him in the park",
    "The party kicked him out after the scandal",
    "Our soldiers attacked them after they opened fire on the checkpoint",
    "Masked men stabbed him outside the stadium and fled",
])
def test_bodily_harm_negatives(nlp, content):
    assert not accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The governor flew to the flooded town for the cameras and left an hour later",
    "The minister launched the inquiry purely for the headlines",
    "They leaked the memo for publicity ahead of the vote",
    "She burst into tears for effect, as she always does",
    "The channel stoked the row for ratings",
    "The rebels paraded the captured pilots for the cameras",
])
def test_deed_for_an_audience_accuses(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The two leaders shook hands for the cameras before the talks",
    "We posed for the cameras after the signing",
    "The players lined up for the cameras before kick-off",
    "Fans queued overnight for tickets for the show",
    "Reporters waited for the cameras to arrive",
    "The museum closed early for the show",
    "He underwent surgery and is in need of medical attention",
    "We did it for the cameras, frankly",
    "The station is fighting for ratings in a crowded market",
])
def test_deed_for_an_audience_negatives(nlp, content):
    assert not accuses(nlp, content)
