"""Accusation 1.32.0 (round 12): a hostile deed the statement presupposes rather than asserts.

Rival-claims copy often charges the other side without a sentence whose verb is the deed:

- defying coercion: 'Taiwan would not be intimidated into silence', 'We will not be
  bullied out of our own waters', 'Slovenia will not be blackmailed' (the speaker refuses to
  yield to a coercion someone is applying) (:func:`defied_coercion`);
- urging a party to stop: 'urged Moscow to stop targeting the moderate opposition', 'We urge
  the Philippine side to stop its infringement and provocation', 'called on the army to
  cease its incursions' (the deed is going on)
  (:func:`urged_to_cease`);
- naming a deed 'an act of' a hostile kind: 'another act of energy terror', 'a clear act of
  intimidation against a vessel', 'an act of state piracy' (:func:`act_of_hostility`).

Written from the misses of invented rival-claims articles (wire, broadcaster, state agency,
national outlets; /work/probes-12ac) and the realistic tuning set's ('would not be
"intimidated into silence"', 'to stop targeting the moderate opposition'). Not: an appeal
to everyone ('called on all parties to stop attacks on civilians'), advice to the public
('urged residents to stop using tap water'), a policy urged to end ('urged the bank to stop
raising rates': what is stopped touches no party), a precaution ('urged Venezuela to
refrain from any act that could escalate tensions', a tuning item read as no charge), a
supposed act ('would be an act of war'), kind acts ('an act of kindness'), a past state ('the witness was not intimidated').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...accusation_words import load_accusation_words
from ..grammar import human_noun, is_actor, is_negated
from ..view import StatementView

_W = load_accusation_words()
_URGING = _W.urging_verbs
_CESSATION = _W.cessation_verbs
_GENERIC = _W.generic_addressees
_PUBLIC = _W.public_addressees
_HOSTILE_ACTS = _W.hostile_acts
# auxiliaries of a refusal to come ('will not', "won't", 'cannot', 'shall not')
_REFUSAL_AUX = frozenset({"will", "would", "shall", "'ll", "wo", "ca", "can", "cannot"})
_HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may"})
_OWN_POSS = frozenset({"its", "their", "his", "her"})


def defied_coercion(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'be' + a coercion participle, negated, as a refusal to come ('will not be bullied',
    "won't be blackmailed", 'refuses to be intimidated'); not a state in the past ('was not
    intimidated')."""
    part = doc[j - 1]
    if part.tag_ != "VBN" or not any(c.dep_ == "auxpass" and c.i == i for c in part.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _REFUSAL_AUX for c in part.children):
        return is_negated(part)
    # 'refuses to be intimidated', 'we refuse to be blackmailed'
    return part.dep_ == "xcomp" and part.head.lemma_.lower() == "refuse" and not is_negated(part.head)


def _names_party(tok: Token) -> bool:
    """A party one can charge: a name, a state, a force, an organisation ('Moscow', 'the
    Philippine side', 'the federal government'), not everyone and not the public."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low in _GENERIC or lemma in _GENERIC:
        return False
    if any(c.dep_ == "det" and c.lower_ in _GENERIC for c in tok.children):
        return False
    if lemma in _PUBLIC or low in ("us", "me", "you", "them"):
        return False
    return is_actor(tok) or tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or tok.pos_ == "PROPN"


def _addressee(urging: Token, clause: Token) -> Token | None:
    """Whom an urging verb addresses: its object ('urged Moscow'), 'called on X', 'appealed to
    X', or the subject of a 'that' clause ('demanded that Israel stop')."""
    for c in urging.children:
        if c.dep_ == "dobj":
            return c
        if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to"):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    if clause.dep_ == "ccomp":
        return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return None


def _ongoing_deed(verb: Token) -> bool:
    """What the addressee is urged to stop touches a party, a place or people: a gerund with a
    party or people as object ('stop targeting the opposition', 'stop treating Tigray as a
    buffer zone'), the addressee's own acts ('its provocations', 'their attacks'), a hostile
    act, or 'actions' refrained from."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "pcomp") and c.tag_ == "VBG":
            objs = [g for g in c.children if g.dep_ == "dobj"]
            if any(_names_party(o) or human_noun(o) for o in objs):
                return True
        nouns = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] \
            if c.dep_ == "prep" and c.lower_ == "from" else []
        for n in nouns:
            if n.tag_ == "VBG":  # 'refrain from targeting civilians'
                if any(_names_party(g) or human_noun(g) for g in n.children if g.dep_ == "dobj"):
                    return True
                continue
            if _supposed_act(n):
                continue  # 'refrain from any act that could escalate tensions': a precaution
            lemma = n.lemma_.lower()
            if lemma in _HOSTILE_ACTS or lemma in ("attack", "action", "act", "activity",
                                                      "provocation", "occupation", "incursion",
                                                      "aggression", "shelling", "bombing",
                                                      "campaign", "blockade", "harassment"):
                return True
            if any(g.dep_ == "poss" and g.lower_ in _OWN_POSS for g in n.children):
                return True
    return False


def _supposed_act(noun: Token) -> bool:
    """'any act', 'such steps', 'actions that could escalate tensions': acts to avoid, not done."""
    if any(c.dep_ == "det" and c.lower_ in ("any", "such", "further") for c in noun.children):
        return True
    return any(c.dep_ == "relcl" and any(a.dep_ == "aux" and a.lower_ in _HYPOTHETICAL_AUX
                                          for a in c.children) for c in noun.children)


def urged_to_cease(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A named party urged to stop or refrain from a deed going on ('urged Moscow to stop
    targeting the moderate opposition', 'called on the army to cease its incursions', 'called
    on Rwanda to withdraw its forces and stop supporting the M23'); not a precaution ('to
    refrain from any act that could escalate tensions')."""
    verb = doc[i]
    if verb.lemma_.lower() not in _CESSATION or verb.pos_ != "VERB" or is_negated(verb):
        return False
    # a second conjunct takes its place from the first ('to withdraw ... and stop ...')
    attached = verb.head if verb.dep_ == "conj" else verb
    if attached.dep_ not in ("xcomp", "advcl", "ccomp"):
        return False
    if attached.dep_ != "ccomp" and not any(c.dep_ == "aux" and c.lower_ == "to"
                                            for c in attached.children):
        return False
    urging = attached.head
    if urging.lemma_.lower() not in _URGING or is_negated(urging):
        return False
    who = _addressee(urging, attached)
    return who is not None and _names_party(who) and _ongoing_deed(verb)


def act_of_hostility(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'an act (acts) of' + a hostile kind, modifiers allowed ('another act of energy terror',
    'an act of state piracy'); not a supposed act ('closing the strait would be an act of
    war', 'any act of aggression')."""
    act = doc[i]
    if act.pos_ != "NOUN" or any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in act.children):
        return False
    kinds = [g for c in act.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]
    if not any(k.lemma_.lower() in _HOSTILE_ACTS or k.lower_ in _HOSTILE_ACTS for k in kinds):
        return False
    verb = act.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return not any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_AUX for c in verb.children)
