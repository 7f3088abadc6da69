"""Denial 1.10.0 (round 5): 'X, not Y' on the subject of a past deed.

'The drought, not the new reservoir, lowered the water table'; 'Heavy rain, not our
construction work, caused the landslide'. The contrast corrects who or what did it, so it
disputes the account in circulation (README, heldout3: "X, not Y" corrections), as 'caused by
X, not Y' already does (rules/rebuttal.py contrast_correction, which reads the contrast on the
arguments after the verb). Written after the check half f1006-f1155 was measured, from the
class of misses over all tuning items, checked first on blind probes
(tests/test_framing_tags_cut_claims_and_aims.py, class X).

Not a plan or a modal judgement ('The mayor, not her deputy, will open the festival', 'The
coach, not the players, should take the blame'), not a copular fact ('Children, not adults,
are most at risk').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...certainty_words import load_certainty_words
from ...denial_words import load_denial_words
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


_TIME_NOUNS = load_certainty_words().time_nouns
_NOT_CONTRAST_AFTER = load_denial_words().contrast_not_after
_CONTRAST_POS = ("NOUN", "PROPN", "ADJ", "VERB")  # parts of speech, not words


def predicate_contrast(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Denial 1.15.0 (round 8): 'X, not Y' closing a characterisation corrects the label in
    circulation: 'The dispute was about scheduling, not pay', 'The errors were human, not
    systemic', 'He is a salesman, not an accountant', 'Contracts were reorganised, not
    reduced'. The clause before the comma must be copular or a participle (a description),
    with no modal or future; the words after 'not' a short bare phrase with no verb of its own
    and no number ('five years, not one' is a count, see boosting.not_number_contrast). Not
    'not only/just/even' (an addition, not a correction)."""
    if i < 2 or doc[i - 1].text not in (",", "—", "–") or not view.in_content(i):
        return False
    end = min(view.sentence[1], view.content[1])
    k = i + 1
    while k < end and not doc[k].is_punct:
        k += 1
    tail = doc[i + 1:k]
    if not tail or len(tail) > 5 or tail[0].lower_ in _NOT_CONTRAST_AFTER:
        return False
    if any(t.like_num or t.tag_ == "CD" or t.pos_ == "AUX" or t.tag_ in ("VBD", "VBZ", "VBP")
           for t in tail):
        return False
    if not any(t.pos_ in ("NOUN", "PROPN") or t.tag_ == "VBN" for t in tail):
        # two plain adjectives ('The weather was cold, not wet') describe; a corrected label is
        # a noun or a participle ('a salesman, not an accountant', 'reorganised, not reduced')
        return False
    x = doc[i - 2]
    if x.pos_ not in _CONTRAST_POS:
        return False
    verb = x
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.i > i or any(c.dep_ == "csubj" for c in verb.children):
        # the subject itself contrasted ('Children, not adults, are most at risk'), or a
        # pseudo-cleft of preference ('What we need is more nurses, not more managers')
        return False
    if any(t.lower_ in _TIME_NOUNS for t in tail):
        return False  # a time span ('within weeks, not months') estimates, it corrects nothing
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if any(a.lower_ in _NOT_FACTUAL or a.lower_ == "to" for a in auxes):
        return False  # a plan or a proposal ('to be handled with rigour, not headlines')
    if verb.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in auxes) and not any(
            c.dep_ == "auxpass" for c in verb.children):
        return False  # a perfect deed ('had reached the cities, not the districts')
    return verb.lemma_.lower() == "be" or verb.tag_ == "VBN"
