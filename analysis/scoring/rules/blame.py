"""Context rules of blame for harm: who caused it, who knew, who failed to prevent it.

A harm alone accuses no one ("three people died because of the heatwave", "the storm put the
harvest at risk"); these rules count a cue only when the cause, the knower or the one who
failed is an actor, the actor's conduct, or (for "because of it") something already named.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...accusation_words import load_accusation_words
from ...sentiment import vader_lexicon
from ..grammar import clause_subject, first_person_subject, is_actor, is_negated
from ..view import StatementView

_W = load_accusation_words()

# Conduct that can be blamed for a harm ('the council's failure', 'their negligence').
_CONDUCT_CAUSES = _W.conduct_causes
_HARM_VERBS = _W.harm_verbs
_HARM_NOUNS = _W.harm_nouns
_HARM_STATES = _W.harm_states
_DEFEATS = _W.defeats
_RISKS = _W.risks
_DUTIES = _W.blame_duties
_GAINS = _W.gains
_SAFE = _W.safe
# 1.33.0 (round 13): states named by a common noun, who can bear a share of the blame
# ('Western countries that supply Kyiv with weapons share the responsibility for the deaths')
_BLAMEABLE_STATES = _W.blameable_states
_OVER = ("ahead", "before", "above", "over")


def _harmful(tok: Token) -> bool:
    return tok.lemma_.lower() in _HARM_NOUNS or vader_lexicon().get(tok.lower_, 0.0) <= -1.0


def _blameable(tok: Token) -> bool:
    """An actor, an actor's conduct, or 'it/this/that' pointing back at something named."""
    if is_actor(tok) or tok.lemma_.lower() in _CONDUCT_CAUSES:
        return True
    return tok.pos_ == "PRON" and tok.lower_ in ("it", "this", "that", "them", "him", "her")


def owned_fault(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'the driver's fault', 'the fault of the owners', 'the fault lies with the ministry',
    'responsibility rests with the commanders' (not 'a technical fault', 'not our fault')."""
    tok = doc[i]
    if tok.pos_ != "NOUN" or tok.dep_ == "compound" or is_negated(tok):
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return False
    if tok.lemma_.lower() == "responsibility" and not _for_harm(tok) and not (
            tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("bear", "shoulder")):
        # (1.32.0, round 12: an actor that 'bears full responsibility for the escalation' is
        # blamed whatever the 'for' names; a duty is had, not borne)
        return False  # a duty ('responsibility for the schools lies with the region')
    owners = [c for c in tok.children if c.dep_ == "poss"]
    if owners:
        return not any(o.lower_ in ("nobody", "no", "noone", "none") for o in owners)
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(is_actor(g) for g in c.children)
           for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in ("bear", "carry", "have", "share", "shoulder"):
        # 1.4.0: 'Hamas bears full responsibility for the deaths' (an actor, not the speaker's
        # own 'we bear responsibility', not 'the region has responsibility for schools').
        subj = clause_subject(head)
        return (subj is not None and (is_actor(subj) or subj.lemma_.lower() in _BLAMEABLE_STATES)
                and not first_person_subject(subj) and not is_negated(head))
    if tok.dep_ == "nsubj" and head.lemma_.lower() in ("lie", "rest", "fall", "lay"):
        return any(c.dep_ == "prep" and c.lower_ in ("with", "on", "at") for c in head.children)
    return False


def _for_harm(noun: Token) -> bool:
    """'responsibility for the deaths': the 'for' object is a harm."""
    return any(_harmful(t) for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
               for t in c.subtree)


# Verbs that allot blame: with no one named the blame is not yet laid (1.5.0).
_ASSIGNING = _W.assigning


def blame_on_actor(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Blame laid on someone ('blamed Washington', 'the blame lies with the ministry',
    'deflect blame'), not on the weather ('put the blame on the dry weather')."""
    tok = doc[i]
    if is_negated(tok) or (tok.dep_ in ("dobj", "nsubj", "attr") and is_negated(tok.head)):
        return False
    holders = [tok] + ([tok.head] if tok.pos_ == "NOUN" else [])
    blamed = [c for h in holders for c in h.children if c.dep_ == "dobj" and h is tok]
    blamed += [g for h in holders for c in h.children
               if c.dep_ == "prep" and c.lower_ in ("on", "with", "at")
               for g in c.children if g.dep_ == "pobj"]
    if not blamed and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in _ASSIGNING:
        # 1.5.0: blame to be assigned to no one yet ('premature to assign blame') lays none.
        return False
    # Who can carry blame: an actor or its conduct, a name, a pronoun, people ('patients',
    # 'each other'); not a condition ('the dry weather', 'the whole system').
    return all(_blameable(b) or b.pos_ in ("PROPN", "PRON") or b.tag_ == "NNS"
               or b.lower_ in ("other", "another") for b in blamed)


def harm_because_of(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'people died because of it', 'lost their homes due to the council's failure' (a harm
    whose named cause is an actor or its conduct; not 'because of the storm')."""
    # The cause hangs on 'of'/'to' or, as often parsed, on 'because'/'due' itself.
    causes = [g for k in range(i, j) for g in doc[k].children
              if g.dep_ in ("pobj", "pcomp") and not i <= g.i < j]
    if not causes or not any(_blameable(c) for c in causes):
        return False
    pred = doc[i].head
    for _ in range(3):
        if pred.pos_ in ("VERB", "AUX") or pred.head is pred:
            break
        pred = pred.head
    if is_negated(pred):
        return False
    if pred.lemma_.lower() in _HARM_VERBS:
        return True
    if any(c.dep_ in ("acomp", "oprd") and (c.lower_ in _HARM_STATES or _harmful(c))
           for c in pred.children):
        return True  # 'children went hungry because of ...'
    subj = clause_subject(pred)
    return subj is not None and _harmful(subj)


def caused_by_agent(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'the flooding was caused by the company's failure', 'the government caused the crisis'
    (not 'caused by a technical fault', 'the storm caused flooding')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    # 1.12.0 (round 6): an agent under a negated 'by' is the cause the speaker rules out
    # ('caused by the storm, not by any failure of the dam'), not one it charges.
    agents = [g for c in verb.children if c.dep_ == "agent" and not _ruled_out(c)
              for g in c.children if g.dep_ == "pobj"]
    if agents or any(c.dep_ == "agent" for c in verb.children):
        effects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        subj = clause_subject(verb)
        agents = [subj] if subj is not None and subj.dep_ == "nsubj" else []
        effects = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(is_actor(a) or a.lemma_.lower() in _CONDUCT_CAUSES for a in agents):
        return False
    if any(first_person_subject(a) for a in agents):
        return False
    if verb.lemma_.lower() == "cost":  # 'cost hundreds of lives', 'cost thousands of jobs'
        return any(t.lemma_.lower() in _LOSSES for e in effects for t in e.subtree)
    return any(_harmful(e) or any(_harmful(t) for t in e.subtree) for e in effects)


_LOSSES = _W.losses


def _ruled_out(by: Token) -> bool:
    """'not by X': the 'by' phrase is negated (the parser hangs 'not' beside it)."""
    doc = by.doc
    return by.i > 0 and doc[by.i - 1].lower_ == "not" or any(
        c.dep_ == "neg" for c in by.children)


def preventable(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A harm that 'could/should have been prevented/avoided': blame for an omission."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb) or verb.tag_ != "VBN":
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux & {"could", "should", "might"}) and "have" in aux and "been" in aux


def not_a_defeat(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'abuse at the hands of the police' (not 'a 3-0 defeat at the hands of their rivals')."""
    at = doc[i]
    head = at.head
    words = {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children if c.dep_ == "dobj"}
    return not words & _DEFEATS and not is_negated(head)


def knew_of_harm(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """An actor knew of a danger ('the company knew about the danger', 'officials were aware
    of the risks'); the speaker's own knowledge ('we are aware of the risks') does not count."""
    tok = doc[i]
    if is_negated(tok):
        return False
    pred = tok.head if tok.dep_ == "acomp" else tok
    if tok.pos_ == "VERB":
        pred = tok
    # Past knowledge ('knew', 'had known', 'were aware'): present awareness ('officials are
    # aware of the problem') is usually reassurance.
    past = pred.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in pred.children)
    if not past:
        return False
    subj = clause_subject(pred)
    if subj is None or first_person_subject(subj) or not is_actor(subj):
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("about", "of")
             for g in c.children if g.dep_ == "pobj"]
    # 1.4.0: also knowing that something was harmful ('knew the implants were faulty').
    for c in tok.children:
        if c.dep_ == "ccomp" and any(t.lower_ in _HARMFUL_MARKS or t.lemma_.lower() in _RISKS
                                     or t.lemma_.lower() in _DANGER_VERBS for t in c.subtree):
            return True
    # 1.4.0: also a thing marked as harmful ('knew about the contaminated batch').
    return any(o.lemma_.lower() in _RISKS or any(
        m.dep_ in ("amod", "compound") and (m.lower_ in _HARMFUL_MARKS or m.lemma_.lower() in _RISKS)
        for m in o.children) for o in objs)


# What a dangerous thing does (1.5.0: 'knew the airbags could explode').
_DANGER_VERBS = _W.danger_verbs  # not 'the market could collapse'
# Modifiers that make a thing a danger someone can know about and keep quiet on.
_HARMFUL_MARKS = _W.harmful_marks


def failed_duty(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'the police failed to protect the victims', 'the council's failure to maintain the dam'
    (not 'the rocket failed to reach orbit')."""
    tok = doc[i]
    if is_negated(tok):
        return False
    duty = [c for c in tok.children if c.dep_ in ("xcomp", "acl") and c.lemma_.lower() in _DUTIES]
    if not duty:
        return False
    if tok.pos_ == "NOUN":
        return any(c.dep_ == "poss" for c in tok.children) or tok.dep_ in ("pobj", "nsubj", "attr")
    subj = clause_subject(tok)
    return subj is None or (is_actor(subj) and not first_person_subject(subj))


def puts_at_risk(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'the airline put passengers' lives at risk' (an actor; not 'the storm put the harvest at
    risk', not the speaker's own 'we put our lives at risk')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    risky = any(
        c.dep_ == "prep" and c.lower_ in ("at", "in", "into") and any(
            g.lemma_.lower() in ("risk", "danger", "jeopardy", "harm", "way")
            for g in c.children if g.dep_ == "pobj")
        for c in verb.children)
    if not risky:
        return False
    subj = clause_subject(verb)
    return subj is None or (is_actor(subj) and not first_person_subject(subj))


def gain_over_safety(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'put profits ahead of passenger safety', 'placed politics above people's lives' (not
    'we have always put patient safety first')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    gains = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _GAINS]
    if not gains:
        return False
    seen_over = False
    for t in verb.subtree:
        if t.i <= gains[0].i:
            continue
        if t.lower_ in _OVER:
            seen_over = True
        elif seen_over and t.lemma_.lower() in _SAFE:
            return True
    return False


def profits_from_harm(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'profiting from the war', 'cashing in on the crisis' (not 'profited from the rally')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    for c in verb.children:
        if c.dep_ in ("prep", "prt") and c.lower_ in ("from", "on", "off", "in"):
            for g in c.subtree:
                if _harmful(g):
                    return True
    return False
