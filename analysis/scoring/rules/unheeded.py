"""Accusation 1.27.0 (round 11): a warning or a complaint put to a body again and again.

Grouped from the missed accusations of the realistic tuning split dev6 ('it had warned the
operator repeatedly about ageing signalling equipment', 'We wrote to management three times
this year', 'he had contacted the company on three occasions and received no reply') and
checked first on invented probe articles. Real copy tells neglect this way, as a grievance:
nothing wrong is named, but an appeal made to a body that could act, over and over or met with
silence, charges the body with ignoring it (FRAMING_README: blame without keywords).

:func:`warned_unheeded` holds when an appeal verb (warn, alert, write to, contact, raise with,
complain to, call, remind, ...) is addressed to a party that can be blamed (a named actor, an
office-holder, a body: 'the board', 'management', 'the landlord') and the clause says it was
repeated ('repeatedly', 'three times', 'on four occasions', 'again and again', 'every week')
or went unanswered ('and received no reply').

Not a warning a body gives the public it serves ('reminded customers twice to boil their
water', 'warned residents repeatedly to stay away'), not a warning with no addressee ('issued
flood warnings repeatedly'), not a negated or planned appeal ('will write to the board').
The word lists are data (accusation_words.yaml 1.15: appeal_bodies, public_addressees,
repeat_adverbs, repeat_counts, no_replies).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...accusation_words import load_accusation_words
from ..grammar import MODAL_AUX, is_actor, is_negated
from ..view import StatementView
from .culpability import _party

_W = load_accusation_words()
# the word lists of accusation_words.yaml 1.15 (what each is for is commented there)
_APPEAL_BODIES = _W.appeal_bodies
_PUBLIC = _W.public_addressees
_REPEAT_ADVERBS = _W.repeat_adverbs
_REPEAT_COUNTS = _W.repeat_counts
_NO_REPLIES = _W.no_replies
# prepositions that carry the addressee ('wrote to the board', 'raised it with management',
# 'complained to the council')
_ADDRESS_PREPS = frozenset({"to", "with"})
_TIME_NOUNS = frozenset({"day", "week", "month", "year", "fortnight", "morning", "night"})


def _addressees(verb: Token) -> list[Token]:
    out = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _ADDRESS_PREPS:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    # 'the water board and the council': each conjunct is addressed
    out += [g for o in list(out) for g in o.conjuncts]
    return out


def _blamable(tok: Token) -> bool:
    """A body or actor that could have acted ('the operator', 'management', 'Pulsebay', 'the
    landlord'), not the public a warning serves ('customers', 'residents')."""
    low = tok.lemma_.lower()
    if low in _PUBLIC or tok.lower_ in _PUBLIC:
        return False
    if tok.lower_ in ("us", "me", "you", "it", "them", "him", "her"):
        return False
    if is_actor(tok) or low in _APPEAL_BODIES:
        return True
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "PERSON", "GPE")


def _count(tok: Token) -> bool:
    return any(c.dep_ in ("nummod", "amod", "det") and c.lower_ in _REPEAT_COUNTS
               for c in tok.children)


def _repeated(verb: Token) -> bool:
    """'repeatedly', 'twice', 'three times', 'on four occasions', 'again and again', 'every
    week', 'over and over'."""
    for c in verb.children:
        low = c.lower_
        if c.dep_ == "advmod" and low in _REPEAT_ADVERBS:
            return True
        if c.dep_ == "advmod" and low == "again" and (
                any(g.lower_ == "again" for g in c.conjuncts)
                or (c.i > 0 and c.doc[c.i - 1].lower_ == "and")):
            return True  # 'again and again'; 'in March, in June and again in September'
        if c.dep_ in ("npadvmod", "advmod", "dobj") and c.lemma_.lower() == "time" and _count(c):
            return True  # 'three times'
        if c.dep_ == "npadvmod" and c.lemma_.lower() in _TIME_NOUNS and any(
                d.dep_ == "det" and d.lower_ == "every" for d in c.children):
            return True  # 'every week'
        if c.dep_ == "prep" and c.lower_ == "on" and any(
                g.lemma_.lower() == "occasion" and _count(g) for g in c.children):
            return True  # 'on four occasions'
        if c.dep_ == "advmod" and low == "over" and any(g.lower_ == "over" for g in c.conjuncts):
            return True
    return False


def _unanswered(verb: Token) -> bool:
    """'... and received no reply', '... but got no response'."""
    for c in verb.children:
        if c.dep_ != "conj" or c.lemma_.lower() not in ("receive", "get", "hear"):
            continue
        for o in c.children:
            if o.dep_ in ("dobj", "pobj") and o.lemma_.lower() in _NO_REPLIES and any(
                    d.dep_ == "det" and d.lower_ == "no" for d in o.children):
                return True
    return False


def warned_unheeded(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """An appeal put to a body that could act, repeated or met with no reply (see module)."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb) or verb.dep_ in ("amod", "compound"):
        return False
    if any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children):
        return False  # 'we will write to the board again'
    if not any(_blamable(a) for a in _addressees(verb)):
        return False
    return _repeated(verb) or _unanswered(verb)


# --- 1.28.0 (round 11, third step): a party that knew and kept silent ---

_SILENT_OBJECTS = frozenset({"nobody", "noone", "nothing"})
_ANY_ONE = frozenset({"anyone", "anybody", "anything"})
_OWN_SUBJECTS = frozenset({"i", "we", "you"})


def _none_told(obj: Token) -> bool:
    """'nobody', 'no one', 'nothing'."""
    low = obj.lower_
    return low in _SILENT_OBJECTS or (low == "one" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in obj.children))


def _the_least_told(obj: Token) -> bool:
    """'a single customer', 'a word', 'anyone': the least a party could have told."""
    return obj.lower_ in _ANY_ONE or obj.lemma_.lower() == "word" or any(
        c.dep_ == "amod" and c.lower_ == "single" for c in obj.children)


def told_nobody(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Another party told nobody: 'had the findings in December and told nobody', 'informed
    no one', 'said nothing to the families'; or let a span pass before telling the least it
    could: 'for a month before they told a single customer', 'ten days before they said a
    word'. Grouped from dev6 ('The data was for sale for at least ten days before they said a
    word') and checked first on invented probe articles.

    Not the speaker's own side ('we said nothing until the families had been told'), not a
    bare 'said nothing about the report' (no one it was owed to), not a plan ('will tell')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    if any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _OWN_SUBJECTS or _none_told(subj) or any(
            c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subj.children):
        return False
    if not (subj.lower_ in ("they", "he", "she", "it") or _party(subj)):
        return False  # 'the inspectors' report says nothing different': a document, no party
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if any(o.lower_ == "nothing" and any(True for _ in o.children) for o in objs):
        return False  # 'nothing different', 'nothing new', 'nothing of the kind'
    if any(_none_told(o) for o in objs):
        if verb.lemma_.lower() in ("say", "mention") or any(o.lower_ == "nothing" for o in objs):
            # 'said nothing' charges only when said to those it was owed to, or after a
            # deed ('knew for weeks and said nothing')
            return verb.dep_ == "conj" or any(
                c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
        return True
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("before", "until")
                                    for c in verb.children):
        return any(_the_least_told(o) for o in objs)
    return False
