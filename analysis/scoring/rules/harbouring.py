"""Accusation 1.33.0 (round 13): a party that gives armed groups a haven, or had no reason for
the force it used.

- a haven given to armed groups: 'Kabul was "providing safe havens" to the militants', 'gives
  sanctuary to the rebels', 'a safe haven for terrorists' (:func:`haven_for_armed_group`);
- force used with no reason, told in the past: 'There was no reason to shoot', 'They had no
  reason to arrest him' (:func:`force_without_reason`).

Written from the misses of invented articles (/work/probes-13ac: a check-post attack, a
police shooting trial). Not the speaker's own side ('we give shelter to refugees' names no
armed group), not advice about the future ('there is no need to attack Iran'), not a reason
to panic or to worry. The word classes are data: imputation_words.yaml ``armed_groups``,
accusation_words.yaml ``havens`` and ``force_deeds``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...accusation_words import load_accusation_words
from ...imputation_words import load_imputation_words
from ..grammar import first_person_subject, is_negated
from ..view import StatementView

_ARMED = load_imputation_words().armed_groups
_FORCE = load_accusation_words().force_deeds
_OWN = frozenset({"i", "we", "our", "my"})


def _armed(tok: Token) -> bool:
    return tok.lemma_.lower() in _ARMED or tok.lower_ in _ARMED


def haven_for_armed_group(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    noun = doc[j - 1]
    if noun.pos_ != "NOUN" and noun.dep_ != "dobj":
        return False  # ('gives sanctuary to the rebels': 'sanctuary' is tagged an adjective)
    verb = noun.head if noun.dep_ in ("dobj", "attr") else None
    if verb is not None and (is_negated(verb) or any(
            c.dep_ == "nsubj" and (c.lower_ in _OWN or first_person_subject(c))
            for c in verb.children)):
        return False
    holders = [noun] + ([verb] if verb is not None else [])
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
               and any(g.dep_ == "pobj" and _armed(g) for g in c.children)
               for h in holders for c in h.children)


def force_without_reason(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    noun = doc[i]
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return False
    head = noun.head
    if head.tag_ != "VBD" or head.lemma_.lower() not in ("be", "have"):
        return False  # 'there is no need to attack' advises; 'there was no reason to shoot' charges
    return any(c.dep_ in ("acl", "relcl", "xcomp") and c.lemma_.lower() in _FORCE
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in noun.children)
