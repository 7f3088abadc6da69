"""Blame in plain words of rival-claims copy: a share of the responsibility borne by states
named by a common noun, 'a political witch-hunt' hyphenated, 'ripping off' people and
'squeezing them out of business' (accusation 1.33.0, imputation_words 1.2, accusation_words
1.21). Near misses: a duty shared, the speaker's own share, a label ripped off, the weather
driving farmers out of business. Every sentence is this project's own invention.
"""

from __future__ import annotations

import pytest

from analysis.scores import score_text


def _accuses(nlp, content: str, verb: str | None = "said") -> bool:
    return score_text(content, verb, nlp=nlp).accusation.value > 0


@pytest.mark.parametrize("content, accuses", [
    ("Western countries that supply Kyiv with weapons share the responsibility for the deaths "
     "of civilians", True),
    ("Neighbouring nations bear responsibility for the killings", True),
    ("Rich countries share responsibility for climate finance", False),
    ("We share the responsibility for the deaths", False),
])
def test_states_sharing_the_blame_for_a_harm(nlp, content, accuses):
    assert _accuses(nlp, content) is accuses


@pytest.mark.parametrize("content, accuses", [
    ('the case was "a political witch-hunt" driven by his rivals', True),
    ("the supermarket giants had been ripping off farmers and shoppers for years", True),
    ("The shop assistant ripped off the price label", False),
    ("Australia's largest supermarket chain is squeezing them out of business", True),
    ("The landlord drove the tenants out of their homes", True),
    ("The floods drove many farmers out of business", False),
    ("We squeezed the lemons into the jug", False),
])
def test_wrongs_to_people_in_plain_words(nlp, content, accuses):
    assert _accuses(nlp, content) is accuses


@pytest.mark.parametrize("content, accuses", [
    ("They purchased the election with food parcels", True),
    ("He purchased a house in the capital", False),
])
def test_an_election_purchased_as_bought(nlp, content, accuses):
    assert _accuses(nlp, content) is accuses
