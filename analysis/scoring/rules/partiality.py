"""Accusation 1.13.0 (round 6, second step): a deed that serves one party against the people
it should serve, and property destroyed by a group of people.

Written from misses on the first half of the round-6 probe statements that remained after
the first step (tests/test_framing_endangerment_and_defences.py, classes S and P); the word classes are data
(construction_words.yaml serving_verbs, property_nouns).

- ``serves_one_party``: 'The new rules were written to protect the incumbents, not the
  voters', 'The tax cut was designed to help the donors, not the workers': a purpose that
  serves one party set against the people it should serve imputes partiality (README:
  imputed motives, 'drawn to silence rural voters'). Not the speaker's own purpose ('We
  wrote the rules to protect patients, not the industry'), not a preference without a
  purpose ('We want jobs, not promises').
- ``destroyed_property``: 'Settlers burned olive groves in the village', 'Rioters torched
  cars': people burning, torching or razing homes, crops, shops or places of worship. Not
  things burned as work ('Farmers burned the stubble', 'burned their fields'), not unnamed doers ('Arsonists set
  fire to ...' is harm with no actor), not the speaker's side.
- ``pressures_people``: 'The coach pressured injured players to take painkillers': pressure
  on vulnerable people read as coercion; not lobbying ('Parents pressured the school to
  reopen', 'Fans pressured the coach to resign').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...construction_words import load_construction_words
from ..grammar import clause_subject, first_person_subject, human_noun, is_actor, is_negated
from ..view import StatementView


def _party(tok: Token) -> bool:
    w = load_construction_words()
    return (human_noun(tok) or is_actor(tok) or tok.lemma_.lower() in w.people_nouns
            or tok.lower_ in ("themselves", "himself", "herself", "itself"))


def serves_one_party(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """The 'not' of ', not Y' after the object of a purpose infinitive of serving ('to
    protect/help/favour X, not Y'), Y a party too."""
    neg = doc[i]
    if neg.dep_ != "neg" or i == 0 or doc[i - 1].text not in (",", ";", "—", "–"):
        return False
    verbs = load_construction_words().serving_verbs
    goal = neg.head if neg.head.pos_ == "VERB" else neg.head.head
    if goal.pos_ != "VERB" or goal.lemma_.lower() not in verbs:
        return False
    if goal.dep_ not in ("advcl", "xcomp") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in goal.children):
        return False
    head = goal.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in ("want", "need", "like", "try"):
        return False
    subj = clause_subject(head)
    if first_person_subject(subj) or (subj is not None and subj.lower_ in ("us", "you")):
        return False
    objs = [c for c in goal.children if c.dep_ == "dobj" and _party(c)]
    if not objs or not objs[0].i < i:
        return False
    # the party set against the first: an apposition of the object or a second object
    after = [t for t in doc[i + 1:min(i + 5, view.content[1])] if t.pos_ in ("NOUN", "PRON", "PROPN")]
    return bool(after) and _party(after[0])


def destroyed_property(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """People (a group noun, an actor, a named group) burning or razing property."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    subj = clause_subject(verb)
    if subj is None or subj.dep_ != "nsubj" or first_person_subject(subj):
        return False
    if not (human_noun(subj) or is_actor(subj) or subj.ent_type_ in ("NORP", "ORG")):
        return False
    props = load_construction_words().property_nouns
    # 'burned their own fields' is the doers' property; 'burned our homes' is the victims'
    return any(o.lemma_.lower() in props and not any(
        c.dep_ == "poss" and c.lower_ in ("their", "his", "her", "its") for c in o.children)
        for o in verb.children if o.dep_ == "dobj")


def pressures_people(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'pressured injured players to take painkillers': coercion (imputation.coerces_people)
    of people, not of places that are protected from attack ('Parents pressured the school
    to reopen' is lobbying)."""
    from .imputation import coerces_people

    verb = doc[i]
    return coerces_people(doc, i, j, view) and any(
        c.dep_ == "dobj" and human_noun(c) for c in verb.children)
