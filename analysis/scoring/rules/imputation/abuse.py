"""Wrongs done to people: coercion, retaliation, surveillance and exploitation.

'Mistreated the detainees', 'forced cabin crew to work twenty-hour shifts', 'sacked the nurses
who complained', 'tracking journalists', 'jamming independent radio stations', 'pressured
editors to drop the story', 'recruiting teenagers from refugee camps', 'sold alcohol to
minors', 'published the activists' home addresses', 'drove the villagers out of their homes'.
The verb wrongs only when done to a person (or to those who must be free or independent).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ....imputation_words import load_imputation_words
from ...grammar import clause_subject, deed_objects
from ...view import StatementView
from ..accusation import PROTECTED
from .parties import _other_doer, _person

# The word lists: analysis/data/imputation_words.yaml (what each is for is commented
# there), read once at import by analysis.imputation_words.
_W = load_imputation_words()
_WATCHDOGS = _W.watchdogs


def wrong_by_other(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A verb that names a crime or a deceit whoever commits it ('defrauded tenants',
    'vandalised the offices', 'bought off the local media', 'broke into the servers'),
    unless negated or done by the speaker."""
    return _other_doer(doc[i])


def wrong_to_person(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A verb that wrongs when done to a person ('sexually assaulted several actresses',
    'threatened the election officials', 'mistreated the detainees'), not to a thing ('the
    drought threatens the harvest'); the doer is not the speaker and, if named, not a thing."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    subj = clause_subject(verb)
    if subj is not None and subj.dep_ == "nsubj" and not (_person(subj) or subj.pos_ == "PROPN"):
        return False  # 'the crisis threatens workers'
    objs = deed_objects(verb)
    objs += [g for o in list(objs) if o.pos_ in ("NOUN", "NUM") for c in o.children
             if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(_person(o) for o in objs)


_HOMES = _W.homes


def forces_out(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'trying to force the tenants out', 'drove the villagers out of their homes' (people
    forced from where they live or work)."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    subj = clause_subject(verb)
    if subj is not None and subj.dep_ == "nsubj" and not (_person(subj) or subj.pos_ == "PROPN"):
        return False  # 1.33.0 (round 13): 'The floods drove many farmers out of business'
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "away", "off") for c in verb.children) and not any(
            c.dep_ == "prep" and c.lower_ in ("off", "from", "out") and any(
                g.lemma_.lower() in _HOMES for g in c.subtree) for c in verb.children):
        return False  # (1.5.0: also 'force families off the land')
    return any(_person(o) for o in deed_objects(verb))


def coerces_people(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A person or an actor forcing people to do something ('forced cabin crew to work
    twenty-hour shifts', 'compelled detainees to sign'); not 'the storm forced residents to
    flee', not 'the law forces banks to ...'."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    subj = clause_subject(verb)
    if subj is None or subj.dep_ != "nsubj" or not (_person(subj) or subj.pos_ == "PROPN"):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    forced = any(c.dep_ in ("xcomp", "ccomp") for c in verb.children) or any(
        c.dep_ in ("xcomp", "ccomp") for o in objs for c in o.children)
    # Only people in someone's power or protected ('forced detainees to sign'); a coach forcing
    # players to run laps, or an employer its staff, is authority, not a charge (1.13.0, round 6:
    # injured or sick players, athletes, employees and patients count, as workers do).
    return forced and any(o.lemma_.lower() in PROTECTED or o.lower_ in PROTECTED
                          or o.lemma_.lower() in ("inmate", "prisoner", "conscript", "worker",
                                                  "player", "athlete", "employee", "patient")
                          and any(c.dep_ == "amod" and c.lower_ in ("sick", "injured", "pregnant")
                                  for c in o.children)
                          for o in objs)


_BROADCASTS = _W.broadcasts
_LINES_TAPPED = _W.lines_tapped


def jams_media(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'jamming independent radio stations', 'tapped the phones of opposition politicians'."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    words = _LINES_TAPPED if verb.lemma_.lower() in ("tap", "bug") else _BROADCASTS
    return any(o.lemma_.lower() in words for o in deed_objects(verb))


_MINORS = _W.minors


def recruits_minors(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'recruiting teenagers from refugee camps', 'recruited children as young as twelve' (an
    armed actor taking minors; not 'recruited engineers')."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    return any(o.lemma_.lower() in _MINORS or o.lower_ in _MINORS
               for o in deed_objects(verb))


_SANCTIONS = _W.sanctions
_VOICE = _W.voice


def retaliates(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Retaliation: people sanctioned for speaking, protesting or reporting ('punished
    teachers who spoke to the press', 'sacked the nurses who complained'); not 'sacked the
    manager who lost five games'."""
    verb = doc[i]
    if not _other_doer(verb) or verb.lemma_.lower() not in _SANCTIONS:
        return False
    for o in deed_objects(verb):
        if any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _VOICE for c in o.children):
            return True
        if o.lemma_.lower() == "whistleblower" or any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() == "whistleblower" for c in o.children):
            return True  # 'fired the whistleblower pilot'
    # 'arrested the journalist for reporting on the protest'
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ in ("pcomp", "pobj") and g.lemma_.lower() in _VOICE for g in c.children)
        for c in verb.children)


_HARMFUL_GOODS = _W.harmful_goods


def sells_to_minors(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'marketed cigarettes to children', 'sold alcohol to minors'."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    if not any(o.lemma_.lower() in _HARMFUL_GOODS for o in verb.children if o.dep_ == "dobj"):
        return False  # 'sold tickets to teenagers'
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "at") and any(
        g.lemma_.lower() in _MINORS or g.lower_ in _MINORS for g in c.subtree if g.dep_ == "pobj")
        for c in verb.children)


def exposes_private(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'leaked the journalist's private records', 'published the activists' home addresses'."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    for o in deed_objects(verb):
        if any(t.lemma_.lower() in ("permission", "consent", "approval") for t in verb.subtree):
            return False  # 'with her permission'
        mods = {c.lower_ for c in o.children if c.dep_ in ("amod", "compound")}
        if mods & {"private", "personal", "confidential", "medical", "home", "intimate"} and (
                any(c.dep_ == "poss" and c.lower_ not in ("our", "my") for c in o.children)):
            return True
    return False


_PRESSED = _WATCHDOGS | _W.pressed_extra
_SUPPRESSING = _W.suppressing


def undue_pressure(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'pressured editors to drop the story', 'leaned on the judge to dismiss the case' (those
    who must be independent pushed to bend; not 'pressured the minister to resign')."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
             for g in c.children if g.dep_ == "pobj"]
    if not any(o.lemma_.lower() in _PRESSED for o in objs):
        return False
    comps = [c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp")]
    comps += [c for o in objs for c in o.children if c.dep_ in ("xcomp", "acl", "relcl")]
    return any(c.lemma_.lower() in _SUPPRESSING for c in comps)


_WATCHED = _W.watched


def surveils(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Surveillance of those a state watches to silence: 'following dissidents' families',
    'tracking journalists', 'monitoring activists' phones' (not 'monitoring patients',
    'tracking children born during the epidemic')."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    for o in deed_objects(verb):
        words = {o.lemma_.lower()} | {c.lemma_.lower() for c in o.children
                                      if c.dep_ in ("poss", "compound", "amod")}
        if words & _WATCHED:
            return True
    return False
