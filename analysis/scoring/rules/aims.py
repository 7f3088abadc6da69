"""Accusation 1.9.0 (round 5): a harmful aim imputed to an act.

'The article was published to drive down our share price'; 'The strike was timed to hurt the
government before the vote'; 'The rumours were spread to damage the candidate's reputation'.
A purpose clause whose verb harms a party or its interest, on an act done by another party or
by an implied actor (a passive), imputes a bad motive (README: imputed motives). Written from
the class of misses on the tuning items, checked first on blind probes
(tests/test_framing_tags_cut_claims_and_aims.py, class H). The harming verbs are the lexicon entries that name
this rule (accusation.yaml).

Not an aim at a thing ('raised rates to drive down inflation', 'designed to damage the virus's
outer shell'), not the speaker's own act.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...construction_words import load_construction_words
from ..grammar import first_person_subject, human_noun, is_negated
from ..view import StatementView
from .complicity import _third_party

_OWN_POSS = frozenset({"our", "my"})
_OWN_OBJ = frozenset({"us", "me"})


def _person(tok: Token) -> bool:
    return (_third_party(tok) or human_noun(tok)
            or tok.lemma_.lower() in load_construction_words().people_nouns)


def _victim(tok: Token) -> bool:
    """A party or a person, the speaker's side, or what one of them owns ('our share price',
    'the candidate's reputation')."""
    if tok.lower_ in _OWN_OBJ or _person(tok):
        return True
    return any(c.dep_ == "poss" and (c.lower_ in _OWN_POSS or _person(c)) for c in tok.children)


def harmful_aim(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A purpose infinitive ('to hurt', 'to drive down', 'to intimidate') on another party's
    act or on a passive act, aimed at a party, a person or what they own."""
    aim = doc[i]
    if aim.pos_ != "VERB" or is_negated(aim):
        return False
    if aim.dep_ not in ("xcomp", "advcl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in aim.children):
        return False
    act = aim.head
    if act.pos_ not in ("VERB", "AUX") or is_negated(act) or not view.in_content(act.i):
        return False
    obj = next((c for c in aim.children if c.dep_ == "dobj"), None)
    if obj is None or not _victim(obj):
        return False
    if any(c.dep_ == "auxpass" for c in act.children):
        return not any(first_person_subject(g) for c in act.children if c.dep_ == "agent"
                       for g in c.children)
    subj = next((c for c in act.children if c.dep_ == "nsubj"), None)
    return subj is not None and _third_party(subj)
