"""Denial 1.14.0 (round 6): counter-explanations and denied illicit deeds.

Written from misses on the first half of the round-6 probe statements
(tests/test_framing_endangerment_and_defences.py); the word classes are data (construction_words.yaml
cause_links, illicit_marks, illicit_nouns).

- ``cause_not_other``: 'The price rise is down to higher energy costs, not greed', 'The
  delays are due to supplier shortages, not mismanagement': a present-tense causal link set
  against a cause in circulation ('X, not Y' after 'due to / down to / owing to / the result
  of'). The past-tense 'caused by X, not Y' is read by rebuttal.contrast_correction. Not a
  preference ('We want jobs, not promises': no causal link before the contrast).
- ``negated_illicit_object``: 'The athlete has never taken a banned substance', 'We did not
  accept a single bribe': a deed negated whose object is illicit by its wording, which rebuts
  a charge even in the perfect that rebuttal.never_past leaves out ('has never lost an
  election' is a record, not a denial). Not modal, future or supposed ('will never take
  banned substances', 'if he took a banned substance').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...construction_words import load_construction_words
from ..grammar import in_condition
from ..view import StatementView


def cause_not_other(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'not' after a comma or semicolon, with a noun phrase after it, in a clause whose
    earlier words link the subject to a cause ('is due to', 'is down to', 'owing to')."""
    neg = doc[i]
    start, end = view.content
    if i == start or doc[i - 1].text not in (",", ";", "—", "–") or j >= end:
        return False
    nxt = doc[j]
    if nxt.pos_ not in ("NOUN", "PROPN", "DET", "ADJ", "PRON") and nxt.lower_ not in ("by",):
        return False
    links = load_construction_words().cause_links
    for k in range(i - 2, start, -1):
        if doc[k].text in (";", ":") or doc[k].lower_ in ("but", "and"):
            return False
        pair = f"{doc[k - 1].lower_} {doc[k].lower_}"
        if pair in links:
            return not _modal(doc[k - 1]) and neg.lower_ == "not"
    return False


def _modal(tok: Token) -> bool:
    cur = tok
    for _ in range(4):
        if cur.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "aux" and c.tag_ == "MD" for c in cur.children)
        if cur.head is cur:
            return False
        cur = cur.head
    return False


def negated_illicit_object(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'never'/'not' on a past or perfect deed whose object is illicit ('a banned substance',
    'stolen goods', 'a bribe')."""
    neg = doc[i]
    if neg.dep_ != "neg" and neg.lower_ != "never":
        return False
    verb = neg.head
    past_do = any(c.dep_ == "aux" and c.lower_ == "did" for c in verb.children)
    if verb.pos_ not in ("VERB", "AUX") or (verb.tag_ not in ("VBD", "VBN") and not past_do):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) or in_condition(verb):
        return False
    w = load_construction_words()
    for o in verb.children:
        if o.dep_ != "dobj":
            continue
        if o.lemma_.lower() in w.illicit_nouns:
            return True
        if any(c.dep_ in ("amod", "compound") and c.lower_ in w.illicit_marks
               for c in o.children):
            return True
    return False
