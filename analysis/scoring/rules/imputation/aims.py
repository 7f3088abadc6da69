"""Hostile or manipulative aims imputed to an actor.

A purpose put on an actor's act: 'the leak was timed to overshadow ...', 'Moscow wants to
divide Europe', 'blocked the bill to protect his donors', 'using the pandemic as an excuse to
ban protests', 'cut off the internet to stop people organising'. A goal is hostile by what it
does to its object (people to divide, history to rewrite, a war to prolong); the one who aims
must be an actor, not the weather and not the speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ....imputation_words import load_imputation_words
from ...grammar import clause_subject, deed_objects, human_noun, is_actor, is_negated, subject
from ...view import StatementView
from ..accusation import PROTECTED
from .parties import _other_doer, _person

# The word lists: analysis/data/imputation_words.yaml (what each is for is commented
# there), read once at import by analysis.imputation_words.
_W = load_imputation_words()

_PURPOSE_HEADS = _W.purpose_heads


def imputed_purpose(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A manipulative goal imputed to an actor or an actor's act: 'the Pentagon's leak was
    timed to overshadow Russia's successes', 'they staged the hearing to drown out ...' (not
    'the storm overshadowed the ceremony')."""
    goal = doc[i]
    if goal.pos_ != "VERB" or is_negated(goal):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in goal.children):
        return False  # a purpose infinitive only
    head = goal.head
    if goal.dep_ not in ("xcomp", "advcl") or head.pos_ not in ("VERB", "AUX"):
        return False
    subj = clause_subject(head)
    if subj is None:
        return False
    if is_actor(subj) and subj.dep_ == "nsubj":
        return True
    # An act owned by an actor: 'the Pentagon's leak was timed to ...'.
    owned = any(c.dep_ == "poss" and (is_actor(c) or c.ent_type_) for c in subj.children)
    return owned and (head.lemma_.lower() in _PURPOSE_HEADS or subj.dep_ == "nsubj")


_INTENDING = _W.intending


def hostile_aim(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A hostile goal imputed to an actor: 'Moscow wants to divide Europe', 'Tehran's real aim
    is to dominate the region', 'pouring weapons into the conflict to prolong it'. The goal
    verb is an infinitive under an intention verb or noun, or a purpose clause, and the one
    who intends is an actor (not 'the storm threatens to divide the town', not 'we want to')."""
    goal = doc[i]
    if goal.pos_ != "VERB" or is_negated(goal):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in goal.children):
        return False
    if not _hostile_object(goal):
        return False  # 'aims to dominate the car market', 'trying to prolong the patient's life'
    head = goal.head
    if head is goal:
        return False
    if head.lemma_.lower() == "be":  # 'the aim is to dominate'
        subj = subject(head)
        if subj is None or subj.lemma_.lower() not in _INTENDING:
            return False
        owners = [c for c in subj.children if c.dep_ == "poss"]
        return any(is_actor(o) and o.lower_ not in ("our", "my") for o in owners)
    if goal.dep_ not in ("xcomp", "advcl", "acl") or is_negated(head):
        return False
    if head.pos_ in ("NOUN",):
        if head.lemma_.lower() not in _INTENDING:
            return False
        owners = [c for c in head.children if c.dep_ == "poss"]
        return any(is_actor(o) and o.lower_ not in ("our", "my") for o in owners)
    if goal.dep_ == "xcomp" and head.lemma_.lower() not in _INTENDING:
        return False
    subj = clause_subject(head)
    return subj is not None and subj.dep_ == "nsubj" and is_actor(subj) and subj.lower_ not in (
        "i", "we", "he", "she", "they")


_PEOPLES = _W.peoples
_HISTORIES = _W.histories
_HARMS = _W.harms
_VOTES = _W.votes
_GRIPS = _W.grips


def _hostile_object(goal: Token) -> bool:
    """Whether the goal verb's object makes the aim hostile: people, peoples and polities to
    divide, crush or dominate; history to rewrite; a war to prolong; an election to postpone;
    a grip on power to tighten. 'Annex' and 'subjugate' are hostile whatever they take."""
    verb = goal.lemma_.lower()
    if verb in ("annex", "subjugate"):
        return True
    if verb in ("rewrite", "erase") and any(
            c.dep_ == "ccomp" and c.lemma_.lower() in ("happen", "occur") for c in goal.children):
        return True  # 1.28.0 (round 11): 'trying to rewrite what happened in the cells'
    objs = deed_objects(goal)
    for o in objs:
        low = o.lemma_.lower()
        people = (is_actor(o) or human_noun(o) or o.ent_type_ in ("GPE", "NORP", "LOC")
                  or low in _PEOPLES or (low in PROTECTED and low != "market"))
        if verb in ("divide", "crush", "humiliate", "punish", "cripple", "dominate") and people:
            return True
        if verb in ("rewrite", "erase") and (low in _HISTORIES or people):
            return True
        if verb == "prolong" and (low in _HARMS or (o.pos_ == "PRON" and any(
                t.lemma_.lower() in _HARMS for t in goal.head.subtree))):
            return True  # 'pouring weapons into the conflict to prolong it'
        if verb == "postpone" and low in _VOTES:
            return True
        if verb == "tighten" and low in _GRIPS:
            return True
    return False


# Kin and friends are left out: 'moved abroad to help their children' serves no circle.
_CRONIES = _W.cronies


def serves_cronies(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A purpose that serves one's backers: 'blocked the bill to protect his donors',
    'changed the rules to reward their backers' (not 'acted to protect its citizens')."""
    goal = doc[i]
    if goal.pos_ != "VERB" or is_negated(goal) or goal.dep_ not in ("advcl", "xcomp"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in goal.children):
        return False
    for o in goal.children:
        if o.dep_ == "dobj" and o.lemma_.lower() in _CRONIES and any(
                c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its") for c in o.children):
            subj = clause_subject(goal.head)
            return subj is None or subj.lower_ not in ("i", "we")
    return False


def used_as_excuse(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'using the pandemic as an excuse to ban protests', 'seized on the attack as a pretext'
    (an actor's motive imputed; not 'the rain was a good excuse to stay home')."""
    tok = doc[i]
    if tok.pos_ != "NOUN" or tok.head.lower_ != "as":
        return False
    verb = tok.head.head
    if verb.pos_ == "NOUN":
        verb = verb.head  # 'as' hung on the object
    return verb.lemma_.lower() in ("use", "exploit", "seize", "cite", "invoke", "treat") and (
        _other_doer(verb))


_CIVIC_ACTS = _W.civic_acts
_WATCHDOGS = _W.watchdogs


def blocks_civic_act(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A purpose of stopping people from a civic act ('cut off the internet to stop people
    organising', 'to prevent journalists from reporting'), by someone other than the speaker
    (not 'to stop people getting sick')."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl")]
    acts += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
             for g in c.children if g.dep_ in ("pcomp", "pobj")]
    acts += [c for o in verb.children if o.dep_ in ("dobj", "nsubj") for c in o.children
             if c.dep_ in ("acl", "relcl")]
    if not any(a.lemma_.lower() in _CIVIC_ACTS for a in acts) and not any(
            o.lemma_.lower() in _WATCHDOGS for o in verb.children if o.dep_ == "dobj"):
        return False  # (1.5.0: watchdogs kept from anything: 'blocking journalists from reaching')
    people = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i]
    people += [c for a in acts for c in a.children if c.dep_ == "nsubj"]
    return any(_person(p) for p in people)
