"""Accusation 1.19.0 (round 10): blame carried by a consequence, without a wrong-word.

Grouped from the missed accusations of the tuning splits (dev4, dev5: 'Measles is back because
the health authority cut the school vaccination nurses', 'the harbour flooded because the port
authority kept the sea gates open') and checked first on invented probe statements:

- an adverse outcome put down to another party's deed by a 'because' clause: a thing that
  failed, flooded, crashed or spoiled, a disease that spread or came back, a cost that rose,
  people who went without a necessity (:func:`adverse_from_deed`). The round-4 rule
  (rules/culpability.py harm_from_deed) reads only harms to people ('patients died');
- an adverse outcome put down to a party's conduct by 'thanks to' ('Thanks to the governor's
  delay, the farms still have no drinking water'; :func:`adverse_thanks_to`).

A cause that is no party ('because the river burst its banks', 'because of the storm'), the
speaker's own deed or outcome ('We cut the service because ...') and a good outcome ('the
bridge reopened because the engineers finished early') accuse no one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...accusation_words import load_accusation_words
from ..grammar import clause_subject, first_person_subject, is_negated
from ..view import StatementView
from .culpability import _party

_W = load_accusation_words()
# the word lists of accusation_words.yaml 1.7 (what each is for is commented there)
_ADVERSE_EVENTS = _W.adverse_events
_ADVERSE_STATES = _W.adverse_states
_DISEASES = _W.diseases
_NECESSITIES = _W.necessities
_COSTS = _W.costs
_RISING = _W.rising
_BLAMED_CONDUCT = _W.blamed_conduct
_DEED_BODIES = _W.deed_bodies
_HARM_VERBS = _W.harm_verbs
_HARM_STATES = _W.harm_states

_OWN = frozenset({"i", "we", "me", "us", "our", "my"})


def _doer(tok: Token) -> bool:
    """A party that can be blamed for a deed: an actor, a person, an agent noun, or a public
    or private body ('the county', 'the trust')."""
    return _party(tok) or (tok.pos_ == "NOUN" and tok.lemma_.lower() in _DEED_BODIES)


def _deprived(v: Token) -> bool:
    """'went through the winter without heating', 'still have no drinking water', 'were left
    without power': people without a necessity."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "without" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _NECESSITIES for g in c.children):
            return True
        if c.dep_ == "dobj" and c.lemma_.lower() in _NECESSITIES and any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            return True
    return False


def _adverse_clause(v: Token) -> bool:
    """The clause of ``v`` says something went wrong: a failure, a flood, a crash, a spoiled
    stock, a disease spreading or back, a cost going up, people going without a necessity."""
    if v.pos_ not in ("VERB", "AUX"):
        return False
    lem = v.lemma_.lower()
    subj = clause_subject(v)
    if subj is not None and subj.lower_ in _OWN:
        return False  # the speaker's own outcome ('we lost the contract because ...')
    if _deprived(v):
        return True
    if is_negated(v):
        return False
    if lem in _ADVERSE_EVENTS or lem in _HARM_VERBS:
        return True
    for c in v.children:
        if c.dep_ in ("acomp", "oprd", "advmod") and (
                c.lower_ in _ADVERSE_STATES or c.lower_ in _HARM_STATES):
            return True
        if c.dep_ == "conj" and c.pos_ == "ADJ" and c.lower_ in _ADVERSE_STATES:
            return True
    if subj is None:
        return False
    if subj.lemma_.lower() in _DISEASES and (lem in ("spread", "return", "rise", "surge")
                                            or any(c.lower_ == "back" for c in v.children)):
        return True  # 'Measles is back', 'cholera is spreading'
    # 'fares went up by a third'
    return subj.lemma_.lower() in _COSTS and (lem in _RISING or (
        lem == "go" and any(c.lower_ == "up" for c in v.children)))


def adverse_from_deed(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'because' tying an adverse outcome to another party's deed ('the harbour flooded because
    the port authority kept the sea gates open'; 'the school flooded because the county never
    cleared the culverts': an omission blames too). Not 'because the river burst its banks',
    not 'because of', not the speaker's own deed."""
    cue = doc[i]
    if cue.dep_ != "mark" or (j < len(doc) and doc[j].lower_ == "of"):
        return False
    deed = cue.head
    main = deed.head
    if deed is main or deed.pos_ not in ("VERB", "AUX") or deed.dep_ != "advcl":
        return False
    if any(c.dep_ == "auxpass" for c in deed.children):
        return False
    subj = next((c for c in deed.children if c.dep_ == "nsubj"), None)
    if subj is None or first_person_subject(subj) or not _doer(subj):
        return False
    if not view.in_content(main.i):
        return False
    return _adverse_clause(main)


def adverse_thanks_to(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Thanks to the governor's delay, the farms still have no drinking water': an adverse
    outcome put down to a party's conduct (a conduct noun owned by a party, or the party
    itself). Not 'thanks to the volunteers' hard work, the farms now have water' (no adverse
    outcome), not 'thanks to the storm'."""
    tok = doc[i]
    if tok.lower_ not in ("thanks", "thank"):
        return False
    prep = doc[j - 1]
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    if obj.lemma_.lower() in _BLAMED_CONDUCT:
        if owner is None or owner.lower_ in _OWN or not (_doer(owner) or owner.pos_ == "PROPN"):
            return False
    elif not _doer(obj):
        return False
    main = tok.head
    for _ in range(3):
        if main.pos_ in ("VERB", "AUX") and main.dep_ != "prep":
            break
        main = main.head
    return view.in_content(main.i) and _adverse_clause(main)
