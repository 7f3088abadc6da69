"""Blame laid by a likeness or by who paid for the unrest (rules/degrading.py).

'They are hunting our young people like animals' and 'the protests were financed from abroad'
charge a party without a crime word; near misses must not fire: a likeness that is kind or
the speaker's own, a likeness of a thing, unrest paid for by donations, a negated charge.
Every sentence is this project's own invention.
"""

from __future__ import annotations

import pytest

from analysis.scores import score_text


def _rules(nlp, content: str, verb: str | None = "said") -> set[str]:
    return {c.rule for c in score_text(content, verb, nlp=nlp).accusation.cues}


@pytest.mark.parametrize("content", [
    "They are hunting our young people in the streets like animals",
    'the government had allowed security agencies to treat citizens "as enemies"',
    "The guards herded the detainees into the yard like cattle",
    "We were treated like slaves at the plantation",
    "The Velmar police handle the migrants as vermin",
])
def test_people_treated_as_lesser_by_a_party_accuses(nlp, content):
    assert any(r.startswith("acc.treated_like_") for r in _rules(nlp, content))


@pytest.mark.parametrize("content", [
    "We treat our staff like family",
    "The trucks moved like ants along the ridge",
    "We will treat any intruder as an enemy",
    "The coach did not treat the players like criminals",
    "The film shows the actors dressed as animals",
])
def test_a_kind_own_negated_or_thingly_likeness_does_not(nlp, content):
    assert not any(r.startswith("acc.treated_like_") for r in _rules(nlp, content))


@pytest.mark.parametrize("content", [
    'the protests were being "financed from abroad"',
    "The riots were instigated by foreign agents",
    "the unrest was bankrolled by Dravian businessmen",
    "Opposition donors funded the demonstrations to topple the government",
])
def test_unrest_paid_for_or_set_off_by_a_party_accuses(nlp, content):
    assert any(r.startswith("acc.unrest_") for r in _rules(nlp, content))


@pytest.mark.parametrize("content", [
    "The march was funded by donations from supporters",
    "The protests were not financed from abroad",
    "The ministry funded the new hospital wing",
    "We financed our own rally",
])
def test_donations_a_denial_or_no_unrest_does_not(nlp, content):
    assert not any(r.startswith("acc.unrest_") for r in _rules(nlp, content))


@pytest.mark.parametrize("content, rule, fires", [
    ("radical groups had infiltrated the protest", "acc.unrest_infiltrate", True),
    ("Officers infiltrated the gang", "acc.unrest_infiltrate", False),
    ('the government was "criminalising protest"', "acc.criminalise_dissent", True),
    ("The ministry criminalizes dissent", "acc.criminalize_dissent", True),
    ("The new law criminalises drink-driving", "acc.criminalise_dissent", False),
    ("We will not criminalise protest", "acc.criminalise_dissent", False),
])
def test_unrest_infiltrated_and_dissent_criminalised(nlp, content, rule, fires):
    assert (rule in _rules(nlp, content)) is fires
