"""Denial and accusation round 5: blind probes for general classes of construction that the
rules missed on the tuning items (dev without its check half f1006-f1155, heldout, heldout2,
heldout3). Written before the rules for each class, on topics and wordings of our own (not
the gold items): positives and near-miss negatives. Every expectation was decided by reading
the sentence against the definitions in benchmarks/gold/FRAMING_README.md before running it.
"""

from __future__ import annotations

import pytest

from analysis.scores import score_text


def flags(nlp, content: str, verb: str = "said"):
    s = score_text(content, verb, nlp=nlp)
    return s.denial.value > 0, s.accusation.value > 0


# Class P: a persistence tag on the speaker's side's present state ('X is, and always has
# been, Y'; 'there is no X, and there never has been'): the 'always/never has been' answers
# a claim that it was ever otherwise, so a positive-phrased or negated rebuttal.
P_POS = [
    "Our coffee is, and always has been, bought at a fair price from the growers",
    "There is no secret slush fund at our club, and there never has been",
    "Our software does not store customer passwords, and it never has",
    "Our ferry is safe to sail, and always has been",
    "The deal with the union is, and always has been, available for anyone to read on our website",
]
P_NEG = [
    "Our festival has always been held in the second week of August",   # no rebuttal tag
    "The old mill is and always will be the heart of this village",     # future, sentiment
    "Rents in the city have risen again, and they always have",         # past trend
    "The weather on the coast is cold in March, and always has been",    # no own side
]

# Class K: a knowing tag on a charge ('..., and the council knows it'): the speaker says a
# third party is aware of the wrong or the falsehood, so acts in bad faith.
K_POS = [
    "The bridge has not been safe for years, and the council knows it",
    "The water in those flats is contaminated, and the landlord knows it",
    "Those growth figures do not add up, and the finance ministry knows it",
    "The shells came from their side of the river, and they know it",
]
K_NEG = [
    "We played badly today, and we know it",             # the speaker's own side
    "The story is absurd, and everybody knows it",       # common knowledge, no party
    "The stadium is sold out, and the fans know it",     # nothing wrong at issue
    "The new stadium is a triumph, and the council knows it",
]

# Class R: a harm put on a party as its agent: a passive of making worse or doing damage
# with a 'by' party, or 'the (direct) result/consequence of' a party's deed.
R_POS = [
    "The flooding was made much worse by builders who paved over the marsh",
    "Most of the damage to the school was done by their artillery",
    "The power cuts are the direct result of the operator skipping maintenance for a decade",
    "The medicine shortages are a direct consequence of the ministry cancelling the contract",
]
R_NEG = [
    "Most of the damage was done by the storm overnight",
    "The repairs were made by local builders within a week",
    "Our growth this year is the direct result of our staff working harder",
    "The delays are the result of heavy snow on the line",
    "The flooding was made worse by high tides and a blocked culvert",
]


@pytest.mark.parametrize("content", P_POS)
def test_persistence_tag_denies(nlp, content):
    assert flags(nlp, content)[0] is True, content


@pytest.mark.parametrize("content", P_NEG)
def test_persistence_tag_near_misses(nlp, content):
    assert flags(nlp, content)[0] is False, content


@pytest.mark.parametrize("content", K_POS)
def test_knowing_tag_accuses(nlp, content):
    assert flags(nlp, content)[1] is True, content


@pytest.mark.parametrize("content", K_NEG)
def test_knowing_tag_near_misses(nlp, content):
    assert flags(nlp, content)[1] is False, content


@pytest.mark.parametrize("content", R_POS)
def test_harm_by_party_accuses(nlp, content):
    assert flags(nlp, content)[1] is True, content


@pytest.mark.parametrize("content", R_NEG)
def test_harm_by_party_near_misses(nlp, content):
    assert flags(nlp, content)[1] is False, content
