"""Accusation 1.28.0 (round 11): another party obstructing an inquiry; 1.30.0: an armed or
ruling party cutting people off from what they live on (:func:`cuts_necessities`).

Real copy tells obstruction with plain verbs: 'the defence ministry had blocked its inquiry
into the helicopter contract', 'the Interior Ministry blocked the parliamentary inquiry into
the prison deaths', 'the company stalled the audit for a year'. Nothing wrong is named, but
keeping scrutiny from taking its course charges whoever did it (FRAMING_README: blame without
keywords). Checked first on invented probe articles.

:func:`obstructs_scrutiny` holds when an obstructing verb (block, hamper, stall, thwart,
frustrate, impede, shelve, bury) takes an inquiry, an audit or those who carry it out as its
object, and the doer is neither the speaker's side ('we', 'our board') nor an adjudicator (a
court or judge that halts an inquiry rules on it: a procedural report). Not obstruction of
anything else ('a court blocked the sale of the land', 'fallen trees blocked the road'). The
word lists are data (accusation_words.yaml 1.17: scrutinies).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...accusation_words import load_accusation_words
from ..grammar import clause_subject, is_actor
from ..view import StatementView
from .imputation.parties import _other_doer

_W = load_accusation_words()
# the word lists of accusation_words.yaml 1.17 and 1.19 (commented there)
_SCRUTINIES = _W.scrutinies
_LIFELINES = _W.lifelines
_PROVIDERS = _W.providers


def _scrutiny(tok: Token) -> bool:
    return tok.lemma_.lower() in _SCRUTINIES or tok.lower_ in _SCRUTINIES


def _objects(verb: Token) -> list[Token]:
    """What the verb acts on, conjuncts included ('cut off water and electricity'; the
    passive's subject: 'the inquiry was blocked')."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return objs + [g for o in objs for g in o.conjuncts]


def obstructs_scrutiny(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """An inquiry or its investigators obstructed by another party (see module)."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    objs = _objects(verb)
    if not any(_scrutiny(o) for o in objs):
        return False
    doer = clause_subject(verb)
    if doer is not None and doer.dep_ == "nsubjpass":
        doer = next((g for c in verb.children if c.dep_ == "agent" for g in c.children
                     if g.dep_ == "pobj"), None)
    return doer is None or doer.lemma_.lower() not in _W.adjudicators


# --- 1.30.0 (round 11, sixth step): necessities cut off by an armed or ruling party ---

_REPAIRS = frozenset({"repair", "fix", "maintain", "upgrade", "replace", "inspect", "test",
                      "clean", "restore", "install", "connect"})


def _necessity(tok: Token) -> bool:
    """'water', 'electricity', 'the food trucks', 'aid convoys', 'bread lorries'."""
    words = {tok.lemma_.lower()} | {c.lemma_.lower() for c in tok.children
                                    if c.dep_ in ("compound", "amod")}
    return bool(words & _LIFELINES)


def _armed_or_ruling(tok: Token) -> bool:
    """Who cuts people off as a weapon: 'they', a militia, an army, a government, a named
    state; not a utility or a firm cutting supply (a service decision), not the weather."""
    low = tok.lemma_.lower()
    if tok.lower_ in ("they", "he", "she"):
        return True
    if low in _W.firms or low in _PROVIDERS:
        return False
    return is_actor(tok)


def cuts_necessities(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Another armed or ruling party cutting off or blocking what people live on: 'the
    militia had cut off water and electricity to the camp', 'They have blocked the food trucks
    at the checkpoint' (not 'the utility shut off supply to repair a main', not 'the storm cut
    power', not our own side)."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    objs = _objects(verb)
    if not any(_necessity(o) for o in objs):
        return False
    if any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _REPAIRS for c in verb.children):
        return False  # 'to repair a burst main'
    doer = clause_subject(verb)
    if doer is not None and doer.dep_ == "nsubjpass":
        doer = next((g for c in verb.children if c.dep_ == "agent" for g in c.children
                     if g.dep_ == "pobj"), None)
    return doer is not None and _armed_or_ruling(doer)
