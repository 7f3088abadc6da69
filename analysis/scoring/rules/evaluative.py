"""Accusation 1.23.0 (round 10): blame carried by an evaluative verb of an actor's deed.

Most such verbs were cues already (betray, sabotage, stonewall, rig, bully, silence); the
tuning misses and the invented probes showed the rest: a verb that blames only when its object
is people's place or a public good ('The council has abandoned the estates on the east side',
'the board gutted the newsroom'; not 'abandoned the hill fort in 1920', not 'the storm gutted
the church'), and two cues that fired on their literal sense ('exploited a gap in the defence',
'whitewashed the fence').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...accusation_words import load_accusation_words
from ..grammar import clause_subject, is_actor, is_negated
from ..view import StatementView

_W = load_accusation_words()
# the word lists of accusation_words.yaml 1.11 (what each is for is commented there)
_COMMUNITIES = _W.communities
_PUBLIC_GOODS = _W.public_goods
_TACTICAL = _W.tactical_openings
_PAINTED = _W.painted_things
_DEED_BODIES = _W.deed_bodies


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def _actor_doer(verb: Token) -> bool:
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    subj = clause_subject(verb)
    if subj is None or subj.dep_ == "nsubjpass":
        return False
    if subj.lower_ in ("i", "we") or any(c.dep_ == "poss" and c.lower_ in ("our", "my")
                                         for c in subj.children):
        return False
    return is_actor(subj) or subj.lemma_.lower() in _DEED_BODIES


def left_communities(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The council has abandoned the estates on the east side of the city', 'the government
    abandoned the border villages': an actor leaving people's places to their fate. Not a
    building or a plan ('abandoned the hill fort in 1920')."""
    verb = doc[i]
    if not _actor_doer(verb):
        return False
    return any(o.lemma_.lower() in _COMMUNITIES for o in _objects(verb))


def gutted_public_good(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The board gutted the newsroom', 'the ministry hollowed out the inspectorate': an actor
    stripping a public good or a body of what makes it work. Not 'the storm gutted the
    church'."""
    verb = doc[i]
    if not _actor_doer(verb):
        return False
    return any(o.lemma_.lower() in _PUBLIC_GOODS for o in _objects(verb))


def exploits_not_tactic(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'exploited the students' desperation', 'exploiting the tragedy'; not a tactic in a game
    or a resource ('exploited a gap in the defence', 'exploit the oil field')."""
    verb = doc[i]
    if verb.pos_ != "VERB":
        return False
    return not any(o.lemma_.lower() in _TACTICAL for o in _objects(verb))


def whitewash_not_paint(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The review whitewashed the army's role'; not 'whitewashed the fence'."""
    return not any(o.lemma_.lower() in _PAINTED for o in _objects(doc[i]))
