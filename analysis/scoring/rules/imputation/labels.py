"""Pejorative labels and captured actors.

'They are traitors', 'the puppet government in Kyiv', 'is doing the government's bidding',
'the regulator is in the industry's pocket': a label applied to someone (as a predicate, an
apposition, owned or on an actor) and not denied casts them as a wrongdoer or someone's tool.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...grammar import is_actor, is_negated
from ...view import StatementView


def does_bidding(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'is doing the government's bidding' (someone's servant; not 'at the bidding stage')."""
    tok = doc[i]
    return tok.head.lemma_.lower() == "do" and any(
        c.dep_ == "poss" and c.lower_ not in ("my", "our") for c in tok.children)


def puppet_of(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'the puppet government in Kyiv', 'a puppet of Washington', 'they are puppets': an actor
    cast as someone's tool (not 'a puppet show')."""
    tok = doc[i]
    if tok.dep_ in ("amod", "compound"):
        return is_actor(tok.head) or tok.head.lemma_.lower() in ("regime", "state", "parliament")
    if tok.dep_ in ("attr", "appos", "oprd"):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and (is_actor(g) or g.ent_type_) for g in c.children) for c in tok.children)


def label_not_negated(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A pejorative label not denied ('they are not murderers') and not on the speaker's own
    side as a mere mention of a crime category ('the killer was never found' names no actor
    but still labels: it counts)."""
    tok = doc[i]
    if tok.dep_ in ("attr", "acomp") and is_negated(tok.head):
        return False
    if is_negated(tok):
        return False
    # The label is applied to someone: as a predicate or apposition ('they are traitors'),
    # owned or named ('the regime's propagandists', 'Kremlin propagandists'), or on an actor
    # ('a fascist regime'); not a category in a threat ('traitors would be punished').
    if tok.dep_ in ("attr", "acomp", "appos", "oprd"):
        return True
    if any(c.dep_ in ("poss", "compound", "amod") and (is_actor(c) or c.ent_type_) for c in tok.children):
        return True
    return tok.dep_ in ("amod", "compound") and is_actor(tok.head)


def in_pocket(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The regulator is in the industry's pocket' (captured by whoever owns the pocket)."""
    tok = doc[i]
    if tok.dep_ != "pobj" or tok.head.lower_ != "in" or is_negated(tok.head.head):
        return False
    if tok.head.head.lemma_.lower() not in ("be", "remain", "seem", "appear", "stay"):
        return False  # 'kept the keys in his pocket' is a place
    return any(c.dep_ == "poss" and c.lower_ not in ("my", "our") for c in tok.children)
