"""A counter-claim framed by a denial verb of the same speaker in the journalist's sentence
("denied the reports, saying all missiles hit their targets") is a denial; a rejected proposal,
a negated denial, an intention, or a denial of someone else's statement is not.

Sentences written for this test; the expected cue is read off each sentence by hand."""

from __future__ import annotations

import pytest

from analysis.scoring.matching import lexicon
from analysis.scoring.rules.governing import governing_denial_cues
from analysis.scoring.view import make_view
from analysis.statements import extract_statements


def _cues(nlp, sentence: str, content_start: str) -> list[str]:
    doc = nlp(sentence)
    found = [s for s in extract_statements(doc) if s.content_text.startswith(content_start)]
    assert found, f"no statement starting {content_start!r} in {sentence!r}"
    cues = governing_denial_cues(make_view(found[0], doc), lexicon("denial"))
    for c in cues:
        assert doc.text[c.span[0]:c.span[1]] == c.text
    return [c.text for c in cues]


@pytest.mark.parametrize(("sentence", "content_start", "cue"), [
    ("The army denied the account, saying its patrol had never crossed the river.",
     "its patrol", "denied"),
    ("The airline rejected the union's claims, saying all of its pilots were fully rested.",
     "all of its pilots", "rejected"),
    ("The ministry denied the reports and said every shell had landed inside the range.",
     "every shell", "denied"),
    ("The embassy dismissed the allegations as baseless, adding that its staff had obeyed the law.",
     "its staff", "dismissed"),
    ("The mayor denied any involvement, insisting that the contract was awarded by a panel.",
     "the contract", "denied"),
])
def test_counter_claim_under_a_denial_verb_gets_that_verb_as_cue(nlp, sentence, content_start, cue):
    assert _cues(nlp, sentence, content_start) == [cue]


@pytest.mark.parametrize(("sentence", "content_start"), [
    # a proposal, not a claim
    ("The council rejected the budget plan, saying it would raise rates too sharply.", "it would"),
    ("The club dismissed its coach on Monday, saying results had been poor.", "results"),
    # negated denial
    ("The minister did not deny the report, saying only that an inquiry had begun.", "only"),
    # an intention next to a denial rebuts nothing
    ("The company denied wrongdoing and said it would cooperate with investigators.", "it would"),
    # no denial verb anywhere
    ("Police said the driver had fled and added that two people were hurt.", "two people"),
])
def test_no_governing_denial(nlp, sentence, content_start):
    assert _cues(nlp, sentence, content_start) == []


def test_a_second_clause_with_its_own_speaker_is_not_framed_by_the_first(nlp):
    sentence = ("State radio dismissed the claims as false, and the opposition newspaper called "
                "them a cover story for the shelling.")
    assert _cues(nlp, sentence, "them") == []
