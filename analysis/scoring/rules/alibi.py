"""Denial 1.20.0 (round 9): a positive alibi, where the accused was at the time.

'My client was at a football match on the night the shop was set on fire', 'The mayor was in
hospital on the day he is accused of signing the contract', 'Our driver was at the depot when
the cyclist was hit, and the camera footage proves it': the speaker places the accused
elsewhere at the time of the deed, which disputes the charge (benchmarks/gold/FRAMING_README.md
lists alibis among denials; rebuttal.absent_from_scene reads the negated 'was not in the city
that night', rebuttal.far_away the distance). The clause is a past 'be' with a place, a time
that points at the event ('on the day/night (of) ...', 'that weekend', 'when ...', 'at the
time of ...'), and a mark that it answers a charge: the time names the charge ('accused',
'alleged', 'supposed to'), the person is the one defended ('my client', 'the defendant'), or
a proof is cited ('and the records prove it', 'as his hotel bill shows').

Not a plain whereabouts ('The minister was in Brussels on Tuesday for talks'), a biography
('She was in London when the war broke out') or a bystander's account ('We were at home when
the storm hit').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...denial_words import load_denial_words
from ..grammar import is_negated
from ..view import StatementView

_W = load_denial_words()
_DEFENDED = _W.defended_persons
_PROOF_VERBS = _W.proof_verbs
_CHARGE_MARKS = _W.charge_marks
_PLACE_PREPS = frozenset({"in", "at", "on", "aboard", "inside", "with"})
_ELSEWHERE = frozenset({"abroad", "away", "elsewhere", "overseas", "home"})


def _alibi_verb(tok: Token, view: StatementView) -> Token | None:
    cur = tok
    for _ in range(6):
        if cur.lemma_.lower() == "be" and cur.pos_ in ("AUX", "VERB") and cur.dep_ not in (
                "aux", "auxpass"):
            return cur
        if cur.head is cur:
            return None
        cur = cur.head
    return None


def _placed(verb: Token) -> bool:
    kids = list(verb.children)
    if any(c.dep_ in ("attr", "acomp", "expl", "xcomp") for c in kids):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _ELSEWHERE for c in kids):
        return True
    return any(c.dep_ == "prep" and c.lower_ in _PLACE_PREPS and any(
        g.dep_ == "pobj" for g in c.children) for c in kids)


def _answers_charge(verb: Token, view: StatementView) -> bool:
    doc = view.doc
    start, end = view.content
    words = {doc[k].lemma_.lower() for k in range(start, end)} | {
        doc[k].lower_ for k in range(start, end)}
    if words & _CHARGE_MARKS:
        return True
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in _DEFENDED:
        return True
    for k in range(verb.i + 1, end):
        t = doc[k]
        if t.pos_ == "VERB" and t.lemma_.lower() in _PROOF_VERBS and not is_negated(t):
            return True
        if t.lemma_.lower() == "see" and any(c.lower_ == "there" for c in t.children):
            return True
    return False


def placed_elsewhere(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A time pointing at the event, on a past 'be' of place that answers a charge."""
    if not view.in_content(i):
        return False
    verb = _alibi_verb(doc[i], view)
    if verb is None or not view.in_content(verb.i) or verb.tag_ != "VBD" or is_negated(verb):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ("it", "there", "this", "that"):
        return False
    return _placed(verb) and _answers_charge(verb, view)
