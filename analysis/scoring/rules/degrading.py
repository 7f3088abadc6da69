"""Accusation 1.33.0 (round 13): blame laid by a likeness or by who paid for the unrest.

Rival-claims copy often charges a party without a crime word:

- people treated, hunted or herded as something less than citizens: 'They are hunting our
  young people in the streets like animals', 'allowed the security agencies to treat citizens
  as enemies', 'we were treated like criminals' (:func:`treated_as_lesser`);
- unrest said to be bought or set off by someone: 'the protests were being "financed from
  abroad"', 'described the protests as "organised and financed" by politicians',
  'the riots were instigated by foreign agents' (:func:`sponsored_unrest`).

Written from the misses of invented realistic articles (/work/probes-13ac: a Tbilisi protest, a
death in police custody) and the realistic tuning set's ('organised and financed'). Not: a
likeness that praises or is one's own ('we treat our staff like family', 'we were not treated
like criminals'), a likeness of a thing ('the trucks moved like ants'), unrest paid for by
donations or its own members ('the march was funded by donations from supporters'), a
negated charge ('the protests were not financed from abroad'). The word classes are data:
accusation_words.yaml ``degrading_likenesses``, ``unrest_nouns``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...accusation_words import load_accusation_words
from ..grammar import first_person_subject, is_actor, is_negated
from ..view import StatementView
from .imputation.parties import _person

_W = load_accusation_words()
_LIKENESSES = _W.degrading_likenesses
_UNREST = _W.unrest_nouns
_OWN = frozenset({"i", "we", "our", "my"})


def treated_as_lesser(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A degrading likeness ('like animals', 'as enemies') on what a party does to people."""
    noun = doc[j - 1]
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("like", "as"):
        return False
    verb = prep.head
    for _ in range(3):  # 'herded the detainees into the yard like cattle' (hung on 'into')
        if verb.pos_ == "VERB" or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or is_negated(verb) or not view.in_content(verb.i):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.dep_ == "nsubjpass":
        # 'we were treated like criminals': the people are the passive subject; the doer, if
        # named, is not the speaker's side
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children
                      if g.dep_ == "pobj"), None)
        people = _person(subj) or subj.lower_ in ("we", "they", "he", "she", "i")
        return people and (agent is None or not _own(agent))
    if subj is not None and _own(subj):
        return False  # 'we treat them like family' is the speaker's own conduct
    return any(c.dep_ == "dobj" and _person(c) for c in verb.children)


def _own(tok: Token) -> bool:
    return tok.lower_ in _OWN or first_person_subject(tok) or any(
        c.dep_ == "poss" and c.lower_ in _OWN for c in tok.children)


def sponsored_unrest(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Unrest (protests, riots) said to be paid for or set off by someone, not by donations."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    top = verb
    while top.dep_ == "conj" and top.head.pos_ == "VERB":
        top = top.head  # 'organised and financed'
    if is_negated(top):
        return False
    patient = _patient(verb, top)
    if patient is None or patient.lemma_.lower() not in _UNREST:
        return False
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"), None)
    if agent is not None:
        return not _own(agent) and (is_actor(agent) or _person(agent) or agent.pos_ == "PROPN")
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        return not _own(subj) and (is_actor(subj) or _person(subj) or subj.pos_ == "PROPN")
    # an active verb with no doer is a rule about whoever does it ('anyone found inciting
    # riots will face the law'); a passive or a participle names its unrest done
    return patient.dep_ != "dobj"


def _patient(verb: Token, top: Token) -> Token | None:
    """What was paid for: the passive subject, the object, the noun a participle modifies
    ('protests financed from abroad'), or the object a party 'described as' financed."""
    for v in (verb, top):
        for c in v.children:
            if c.dep_ in ("nsubjpass", "dobj"):
                return c
    if top.dep_ in ("acl", "amod") and top.head.pos_ == "NOUN":
        return top.head
    if top.dep_ in ("advcl", "oprd", "xcomp") and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in top.children):
        return next((c for c in top.head.children if c.dep_ == "dobj"), None)
    return None


def criminalises_dissent(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A party that makes a crime of protest or dissent ('the government was "criminalising
    protest"', 'laws that criminalise journalism'); not 'the law criminalises drink-driving',
    not the speaker's own side."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and _own(subj):
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in _UNREST or o.lemma_.lower() in _DISSENT for o in objs)


_DISSENT = _W.dissent_nouns
