"""Force and violence turned on people who cannot be lawful targets.

'Police used water cannon against peaceful demonstrators', 'opened fire on unarmed
protesters', 'masked men stabbed him', 'ordered his men to burn the crops', 'dropped cluster
bombs on a crowded market', 'Tehran is arming the rebels', 'waging a hybrid war against
Europe', 'holding passengers hostage', 'has blood on his hands'. The victim, the weapon or the
order makes the charge; lawful force reported by its own side ('launched strikes on militant
positions') does not.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ....accusation_words import load_accusation_words
from ....imputation_words import load_imputation_words
from ...grammar import clause_subject, deed_objects, human_noun, is_actor, is_negated, subject
from ...view import StatementView
from ..accusation import PROTECTED, attack_on_protected
from .parties import _other_doer, _person

# The word lists: analysis/data/imputation_words.yaml (what each is for is commented
# there), read once at import by analysis.imputation_words.
_W = load_imputation_words()

FORCE = _W.force


def force_on_protected(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Police used water cannon against peaceful demonstrators', 'deployed tear gas on
    students': an actor turns force on people who cannot be lawful targets."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    if not any(c.lemma_.lower() in FORCE for c in deed_objects(verb)):
        return False
    subj = clause_subject(verb)
    if subj is not None and subj.dep_ == "nsubj" and not is_actor(subj):
        return False
    preps = list(verb.children) + [g for o in verb.children if o.dep_ == "dobj" for g in o.children]
    for c in preps:
        if c.dep_ == "prep" and c.lower_ in ("against", "on"):
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                words = {g.lemma_.lower(), g.lower_} | {
                    m.lemma_.lower() for m in g.children if m.dep_ in ("amod", "compound")}
                if words & PROTECTED:
                    return True
    return False


def blood_on_hands(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The minister has blood on his hands': guilt for deaths, not negated, not the speaker's
    own ('we all have blood on our hands' is contrition)."""
    tok = doc[i]
    if not any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() == "hand" for g in c.children)
               for c in list(tok.children) + list(tok.head.children)):
        return False
    verb = tok.head if tok.dep_ in ("dobj", "nsubj", "attr") else tok
    if is_negated(verb):
        return False
    subj = clause_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    return subj is None or subj.lower_ not in ("i", "we")


def fire_on_protected(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'opened fire on unarmed protesters', 'fired at the ambulance': shooting at people or
    places that cannot be lawful targets."""
    open_ = doc[i]
    if open_.pos_ != "VERB" or is_negated(open_):
        return False
    subj = clause_subject(open_)
    if subj is not None and (subj.lower_ in ("we", "i") or any(
            c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subj.children)):
        return False  # 1.33.0 (round 13): the speaker's own side's fire is its own account
    fire = doc[j - 1]
    for c in list(open_.children) + list(fire.children):
        if c.dep_ == "prep" and c.lower_ in ("on", "at", "upon", "into"):
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                words = {g.lemma_.lower(), g.lower_} | {
                    m.lemma_.lower() for m in g.children if m.dep_ in ("amod", "compound", "poss")}
                # 1.33.0 (round 13): people gathered or at work ('crowds waiting for flour
                # trucks', 'a queue of women'), beside the protected words
                words |= {p.lemma_.lower() for m in g.children if m.dep_ == "prep" and m.lower_ == "of"
                          for p in m.children if p.dep_ == "pobj"}
                if words & (PROTECTED | _GATHERED):
                    return True
    return False


_GATHERED = load_accusation_words().gathered_people


# Non-state armed groups: arming or funding them is sponsoring their violence.
ARMED_GROUPS = _W.armed_groups


def sponsors_armed_group(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Tehran is arming the rebels in Yemen', 'funds militias across the region' (an actor as
    subject; not 'the EU funds schools', not 'we armed ourselves')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    objs = deed_objects(verb)
    if not any(o.lemma_.lower() in ARMED_GROUPS or any(
            m.dep_ == "compound" and m.lemma_.lower() in ARMED_GROUPS
            or (m.dep_ == "amod" and m.lower_ == "armed")  # 1.5.0: 'armed groups'
            for m in o.children) for o in objs):
        return False
    subj = clause_subject(verb)
    if subj is not None and subj.dep_ == "nsubjpass":
        # 'were armed by Tehran' names a sponsor; 'were armed with rifles' and 'have been
        # trained in camps' name none.
        return any(g.dep_ == "pobj" and is_actor(g) for c in verb.children if c.dep_ == "agent"
                   for g in c.children)
    if subj is None:
        return True
    return is_actor(subj) and subj.lower_ not in ("i", "we")


_WARS = _W.wars


def wages_war(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The Kremlin is waging a hybrid war against Europe' (war on an actor; not 'waging war on
    poverty')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    wars = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _WARS]
    if not wars:
        return False
    subj = clause_subject(verb)
    if subj is not None and subj.lower_ in ("i", "we"):
        return False
    for w in wars + [verb]:
        for c in w.children:
            if c.dep_ == "prep" and c.lower_ in ("against", "on") and any(
                    g.dep_ == "pobj" and (is_actor(g) or human_noun(g) or g.pos_ == "PROPN"
                                          or g.lemma_.lower() in PROTECTED)
                    for g in c.children):
                return True
    return False


def held_hostage(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'holding passengers hostage', 'took aid workers hostage', 'held hostage by militants',
    'holding poor families to ransom' (not 'the hostages were freed', not 'paid the ransom')."""
    tok = doc[i]
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "to":
        # 1.35.0 (round 13): 'held the city to ransom' ('to' a preposition on 'hold')
        tok, head = head, head.head
        if tok.dep_ == "prep" and head.lemma_.lower() in ("hold", "keep") and not is_negated(head):
            return True
    if head.lemma_.lower() not in ("hold", "take", "keep") or is_negated(head):
        return False
    return tok.dep_ in ("oprd", "xcomp", "advcl", "dobj", "npadvmod", "acomp", "attr", "ccomp")


# Bodily harm to any person (2.0, round 2): the hit (18.1), murder (42.1) and suffocate (40.7)
# classes of Levin 1993 that only ever mean violence when a person is the object, plus 'attack'
# and 'torture'. attack_on_protected needs a protected victim ('civilians', 'protesters');
# here any person will do, pronouns included ('they beat him', 'guards kicked the inmates'),
# with a named doer that is not the speaker. Verbs also used for criticism ('bash', 'hammer',
# 'whip') or for killing in lawful force ('shoot', 'kill') are left to attack_on_protected.
_BODILY = _W.bodily
# 'beat' of a contest ('beat him in the final', 'beat two defenders'), by the sentence's words.
_CONTEST = _W.contest
# 'attack' of words ('attacked him over the budget', 'in a speech').
_SPEECH = _W.speech
_DOERS = _W.doers


def _doer_named(verb: Token) -> bool:
    """The active subject (or a participle's head subject, or the 'by' agent) is a person,
    a group of people or an actor; a passive without 'by' names no one."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not doers and verb.dep_ in ("conj", "xcomp", "advcl"):
        head = subject(verb.head)
        doers = [head] if head is not None and head.dep_ == "nsubj" else []
    for d in doers:
        if d.lower_ in ("i", "we") or any(c.dep_ == "poss" and c.lower_ in ("our", "my")
                                          for c in d.children):
            return False
    return any(d.lower_ in _DOERS or d.lemma_.lower() in _DOERS or _person(d) or d.pos_ == "PROPN"
               for d in doers)


def harms_person(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'They beat him after he was in handcuffs', 'protesters attacked them with stones',
    'masked men stabbed him' (physical harm to a person by a named doer); not 'Nadal beat him
    in the final', 'critics attacked him over the budget', 'he was injured in the crash'."""
    if attack_on_protected(doc, i, j, view):
        return True
    verb = doc[i]
    lemma = verb.lemma_.lower()
    if lemma not in _BODILY or verb.pos_ != "VERB" or is_negated(verb):
        return False
    if any(c.dep_ == "prt" and c.lower_ in ("out", "off", "back", "down") for c in verb.children):
        return False  # 'kicked him out of the party', 'beat back the offensive'
    words = {t.lemma_.lower() for t in verb.sent} | {t.lower_ for t in verb.sent}
    if lemma == "beat" and words & _CONTEST:
        return False
    if lemma == "attack" and (words & _SPEECH or any(
            c.dep_ == "prep" and c.lower_ in ("over", "for", "as", "on") for c in verb.children)):
        return False
    if not _doer_named(verb):
        return False
    objs = deed_objects(verb)
    objs += [g for o in list(objs) if o.pos_ in ("NOUN", "NUM") for c in o.children
             if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(_person(o) and o.lower_ != "you" for o in objs)


# Atrocities an order can command (the attack, destroy and murder classes).
_ATROCITIES = _W.atrocities


def orders_atrocity(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'ordered his men to burn the crops', 'told the troops to shoot protesters' (an order to
    do violence; not 'ordered his men to rest')."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _ATROCITIES
               and not is_negated(c) for c in verb.children)


_BANNED_ARMS = _W.banned_arms
_USING = _W.using


def used_banned_arm(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Weapons banned by treaty (the Convention on Cluster Munitions 2008, the CWC, the Ottawa
    Treaty) used by an actor: 'dropped cluster bombs on a crowded market' (not 'cleared
    unexploded cluster bombs', not the speaker's own)."""
    noun = doc[j - 1]
    if not (noun.lemma_.lower() in _BANNED_ARMS or any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in _BANNED_ARMS for c in noun.children)):
        return False
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _USING or not _other_doer(verb):
        return False
    subj = clause_subject(verb)
    return subj is None or subj.dep_ == "nsubjpass" or _person(subj) or subj.pos_ == "PROPN"
