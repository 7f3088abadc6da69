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

Words against deeds (rule words_against_deeds): a doer who talks of a professed value (or
preaches, lectures) 'while' / 'even as' it (or its arm: 'his police') does a deed to something;
not a time ('while he was in Kyiv', 'while he travels', 'talked ... while he toured'), not
another doer ('while his rival focused on health care'), not a topic that is no value.

A test named as a noun ('a positive test for a banned substance', 'a screening for', 'traces
of') makes the wrong it tests for a procedural report, as the verb 'tested positive' did.

Warned and went on (rule warned_persisted): a passive 'warn' whose subject then persists in a
coordinated verb ('kept flying the jets', 'chose to keep classes running', 'chose to do
nothing'); not a sensible response ('chose to leave', 'closed the market'), not 'we'.

A claim filed under a hostile operation (rule claim_in_operation): a claim noun that 'is part
of' / 'a rerun of' a hostile campaign or someone's script; not an investigation, an awareness
or advertising campaign, a company's strategy.

(Formerly tests/test_scores_accusation_round2.py.)"""

from __future__ import annotations

import pytest

from tests.support import accuses


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


@pytest.mark.parametrize("content", [
    "The company talks about sustainability while it dumps waste into the river",
    "The minister speaks of reconciliation even as his police arrest opposition leaders",
    "They talk about peace while they ship shells to the front",
    "The government preaches austerity while it hands its own ministers pay rises",
    "The league lectures clubs on financial fair play whilst it pays its executives millions",
    "Beijing talks about cooperation while it blocks our exports at every port",
])
def test_words_against_deeds_accuses(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The minister talked about the budget while visiting a school in Leeds",
    "She spoke about her childhood while the band set up",
    "We talk about peace while we prepare for every eventuality",
    "He talked about the economy while his rival focused on health care",
    "The president spoke about the war while he was in Kyiv",
    "The coach speaks about tactics while he watches the video with the players",
    "The envoy speaks about peace while he travels across the region",
    "He talked about the economy while he toured the factory",
])
def test_words_against_deeds_negatives(nlp, content):
    assert not accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The team doctor gave players banned substances before every match",
    "The federation hid a positive test for a banned substance from the public",
    "The club's medical staff supplied the riders with performance-enhancing drugs",
])
def test_doping_charges_still_accuse(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The sprinter returned a positive test for a banned substance",
    "Two cyclists failed tests for banned substances last season",
    "A routine screening for banned substances found nothing unusual",
    "Her sample contained traces of a banned substance, the agency said",
])
def test_a_test_reported_is_no_charge(nlp, content):
    assert not accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The airline was warned about the cracked engine blades and kept flying the jets",
    "The mine's owners were warned of gas leaks and decided to continue digging",
    "The school board was warned about the asbestos and chose to keep classes running",
    "The operator had been warned twice and continued to run the ferry overloaded",
    "Regulators were warned about the fund in 2018 and chose to do nothing",
])
def test_warned_and_went_on_accuses(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "Residents were warned about the storm and chose to leave early",
    "We were warned about the risks and decided to continue, and we take full responsibility",
    "The ministry was warned about the outbreak and closed the market within hours",
    "Drivers were warned about ice on the roads and urged to stay home",
])
def test_warned_and_went_on_negatives(nlp, content):
    assert not accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The allegations are part of a coordinated campaign against our president",
    "The report is part of a media campaign by our competitors",
    "These allegations are a rerun of the opposition's familiar script",
    "The claims are part of a smear campaign",
    "This story is just another chapter in an orchestrated campaign against the union",
])
def test_claim_in_operation_accuses(nlp, content):
    assert accuses(nlp, content)


@pytest.mark.parametrize("content", [
    "The allegations are part of an investigation that began in May",
    "The report is part of a campaign to raise awareness of diabetes",
    "The report is part of the government's campaign to cut smoking",
    "The news is part of the company's strategy to expand into Asia",
    "The statement is part of his political campaign",
    "The video is part of an advertising campaign by the tourist board",
    "The figures are part of our strategy for growth",
])
def test_claim_in_operation_negatives(nlp, content):
    assert not accuses(nlp, content)
