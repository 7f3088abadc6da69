"""Denial 1.10.0 (round 5): 'X, not Y' on the subject of a past deed.

'The drought, not the new reservoir, lowered the water table'; 'Heavy rain, not our
construction work, caused the landslide'. The contrast corrects who or what did it, so it
disputes the account in circulation (README, heldout3: "X, not Y" corrections), as 'caused by
X, not Y' already does (rules/rebuttal.py contrast_correction, which reads the contrast on the
arguments after the verb). Written after the check half f1006-f1155 was measured, from the
class of misses over all tuning items, checked first on blind probes
(tests/test_scores_round5.py, class X).

Not a plan or a modal judgement ('The mayor, not her deputy, will open the festival', 'The
coach, not the players, should take the blame'), not a copular fact ('Children, not adults,
are most at risk').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..view import StatementView

_NOT_FACTUAL = frozenset({"must", "should", "will", "shall", "would", "can", "could", "may",
                          "might", "need", "ought", "'ll", "going"})


def _past_deed(verb: Token) -> bool:
    """A past or perfect deed, not 'be', not under a modal or the future."""
    if verb.lemma_.lower() == "be" or verb.pos_ not in ("VERB",):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _NOT_FACTUAL for a in auxes):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        a.lemma_.lower() in ("have", "be") for a in auxes))


def subject_contrast(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """', not Y,' set in apposition to the subject of a past deed."""
    neg = doc[i]
    if neg.dep_ != "neg" or i == 0 or doc[i - 1].text != ",":
        return False
    subj = neg.head
    if subj.dep_ not in ("nsubj", "nsubjpass") or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ == "appos" and c.i > i for c in subj.children):
        return False
    verb = subj.head
    return view.in_content(verb.i) and _past_deed(verb)
