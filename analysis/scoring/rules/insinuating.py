"""Accusation 1.22.0 (round 10): why-questions that insinuate by a suspicious detail.

Grouped from the missed accusations of the tuning splits ('Why did the electoral commission
move the count to a warehouse with no cameras the night before the result?', 'Why would a
humanitarian convoy need to cross at night, with its lights off and half its trucks
unregistered?') and checked first on invented probe statements. The round-3 rule
(rules/imputation/questions.py rhetorical_why) reads a question about a delay, an omission or a
concealment verb; these questions ask about an ordinary deed and let one detail carry the
charge:

- secrecy ('quietly', 'in secret', 'behind closed doors', 'with no cameras', 'its lights off',
  'a shell firm', 'unregistered');
- timing against a reckoning ('the night before the count', 'minutes before the arrest', 'two
  days before the tender closed').

A question with no such detail ('Why did the council close the bridge?'), about no party ('Why
did the storm hit the coast at night?', 'Why do bats hunt at night?') or about the speaker's
own side ('Why did we change the timetable?') insinuates nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...accusation_words import load_accusation_words
from ..grammar import clause_subject, first_person_subject, human_noun, is_actor
from ..view import StatementView
from .culpability import _party
from .timing import _TIME_UNITS

_W = load_accusation_words()
# the word lists of accusation_words.yaml 1.10 (what each is for is commented there)
_SECRECY = _W.secrecy
_SECRET_PLACES = _W.secret_places
_WATCHERS = _W.watchers
_SIGNALS = _W.signals
_RECKONINGS = _W.reckonings
_DEED_BODIES = _W.deed_bodies
_NOT_AGENTS = _W.non_agent_causes | _W.not_agents


def _asked_of_party(verb: Token) -> bool:
    """The question is about another party's deed: an actor, a person, a body or a thing a
    party runs ('a trawler', 'the convoy'), or a passive ('Why were the files shredded?')."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    subj = clause_subject(verb)
    if subj is None or first_person_subject(subj) or subj.lower_ in ("you", "it", "they"):
        return False
    return (_party(subj) or is_actor(subj) or human_noun(subj)
            or subj.lemma_.lower() in _DEED_BODIES or subj.ent_type_ in ("ORG", "GPE", "NORP"))


def _secrecy(toks: list[Token]) -> bool:
    """'quietly', 'in secret', 'behind closed doors', 'with no cameras', 'its lights off', 'a
    shell firm', 'unregistered'."""
    for t in toks:
        low = t.lower_
        if low in _SECRECY:
            return True
        if low in _SECRET_PLACES and any(
                u.lower_ in ("in", "behind", "off", "under") for u in t.doc[max(0, t.i - 2):t.i]):
            # 'in secret' (parsed as an adjective on 'in' too), 'behind closed doors', 'off the
            # books' (read as words: the parses differ)
            return True
        if t.lemma_.lower() in _WATCHERS and any(
                c.dep_ == "det" and c.lower_ == "no" for c in t.children):
            return True  # 'with no cameras', 'no witnesses'
        if t.lemma_.lower() in _SIGNALS and any(
                u.lower_ == "off" for u in t.doc[max(0, t.i - 3):t.i + 2]):
            # 'switch off its lights', 'with its lights off' (read as words: the parser
            # often hangs the signal on a later noun, 'its radio minutes before')
            return True
    return False


def _timed_against_reckoning(toks: list[Token]) -> bool:
    """'the night before the count', 'minutes before the arrest', 'the week the auditors
    arrived': a measured span against a reckoning."""
    for k, t in enumerate(toks):
        if t.lower_ not in ("before", "after") and not (
                t.lemma_.lower() in _TIME_UNITS and t.pos_ == "NOUN"):
            continue
        near = toks[max(0, k - 3):k + 1]
        if t.lower_ in ("before", "after") and not any(
                u.lemma_.lower() in _TIME_UNITS for u in near):
            continue
        if any(u.lemma_.lower() in _RECKONINGS for u in toks[k + 1:k + 8]):
            return True
    return False


def insinuating_why(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A 'Why' question that opens the statement, about another party's deed, with a detail of
    secrecy or of timing against a reckoning: 'Why did the minister's office quietly delete the
    visitor logs?', 'Why did the election board move the ballot boxes to a depot with no
    cameras the night before the count?'."""
    start, end = view.content
    if i != start or doc[end - 1].text != "?":
        return False
    verb = doc[i].head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    toks = [doc[k] for k in range(j, end)]
    if not _asked_of_party(verb):
        # An adverb of secrecy on the verb itself needs an agent who chose it ('Why did the
        # county clerk quietly remove ...?'): any noun subject but a natural cause will do.
        subj = clause_subject(verb)
        return subj is not None and subj.pos_ in ("NOUN", "PROPN") and (
            subj.lemma_.lower() not in _NOT_AGENTS) and any(
            c.dep_ == "advmod" and c.lower_ in _SECRECY for c in verb.children)
    return _secrecy(toks) or _timed_against_reckoning(toks)
