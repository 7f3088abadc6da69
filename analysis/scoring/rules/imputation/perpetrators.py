"""Hostile acts put down to a perpetrator.

A hostile or covert deed becomes an accusation when the text names who did it: 'bears the
hallmarks of hackers working for Pyongyang', 'the colonel ordered the shelling of the
village', 'a cyberattack that appears to originate from Russian territory', 'the Russian
invasion', 'the shelling of residential areas by government forces', 'the protests were
organised by foreign intelligence services'. The deed alone ('the attack killed six') reports;
the perpetrator named is the charge.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ....imputation_words import load_imputation_words
from ...grammar import clause_subject, deed_objects, human_noun, is_actor, is_negated, subject
from ...view import StatementView
from ..accusation import PROTECTED
from .parties import _person

# The word lists: analysis/data/imputation_words.yaml (what each is for is commented
# there), read once at import by analysis.imputation_words.
_W = load_imputation_words()

# Acts that are hostile whoever does them: putting one down to an actor accuses the actor.
HOSTILE_ACTS = _W.hostile_acts


def _hostile(tok: Token | None) -> bool:
    if tok is None:
        return False
    if tok.lemma_.lower() in HOSTILE_ACTS or tok.lower_ in HOSTILE_ACTS:
        return True
    return any(c.dep_ == "compound" and c.lemma_.lower() in HOSTILE_ACTS for c in tok.children)


def _perpetrator(tok: Token) -> bool:
    """A party that can be blamed: an actor, people ('hackers working for X'), or a party
    named by a possessor or 'linked to X'."""
    if is_actor(tok) or human_noun(tok):
        return True
    return tok.lemma_.lower() in _PERPETRATORS


# Who carries out covert or armed acts, beyond grammar.ACTOR_NOUNS.
_PERPETRATORS = _W.perpetrators


def act_put_on_actor(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A hostile act attributed to a perpetrator: 'bears the hallmarks of X', 'was
    orchestrated/masterminded/perpetrated by X', 'the work of X' (X an actor)."""
    tok = doc[i]
    if is_negated(tok) or is_negated(tok.head):
        return False
    # The act: subject of the clause (or of 'bear' for 'hallmarks').
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    act = subject(verb)
    if act is None and tok.pos_ == "VERB" and tok.dep_ == "acl":
        act = tok.head  # 'an attack orchestrated by the militia'
    if not _hostile(act):
        return False
    # The perpetrator: 'of X' after the cue noun, or the 'by X' agent of the cue verb.
    cands = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "by"):
            cands.extend(g for g in c.children if g.dep_ == "pobj")
        if c.dep_ == "agent":
            cands.extend(g for g in c.children if g.dep_ == "pobj")
    return any(_perpetrator(g) for g in cands)


_COVERT_AGENTS = _W.covert_agents


def covert_agents_of(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Covert operators acting for a state or group: 'hackers working on behalf of the
    Russian government', 'militias acting at the behest of Tehran'."""
    tok = doc[i]
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    subj = clause_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subj is None and verb.dep_ == "acl":
        subj = verb.head
    if subj is None or subj.lemma_.lower() not in _COVERT_AGENTS:
        return False
    prep = doc[j - 1]
    return any(g.dep_ == "pobj" and (is_actor(g) or g.ent_type_) for g in prep.children)


def covert_act(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The app secretly harvests location data', 'covertly funded the campaign': an actor
    acting in secret (not 'we secretly hoped', not negated)."""
    verb = doc[i].head
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    subj = clause_subject(verb)
    if subj is None:
        return True
    return is_actor(subj) and subj.lower_ not in ("i", "we")


def aggression_owned(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'the Russian invasion', 'Moscow's invasion of Ukraine', 'massing troops in preparation
    for an invasion': an invasion with its perpetrator named (not 'the invasion began in
    2022', not 'fear of an invasion')."""
    tok = doc[i]
    if tok.pos_ != "NOUN" or is_negated(tok.head):
        return False
    if any(c.dep_ in ("poss", "amod", "compound") and (is_actor(c) or c.ent_type_ in (
            "NORP", "GPE", "ORG")) and c.lower_ not in ("our", "my") for c in tok.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "by" and any(
            g.dep_ == "pobj" and (is_actor(g) or g.ent_type_) for g in c.children) for c in tok.children):
        return True
    # 'massing troops ... in preparation for an invasion', 'planning an invasion'
    cur = tok.head
    for _ in range(4):
        if cur.lemma_.lower() in ("preparation", "prepare", "plan", "plot", "launch"):
            verb = cur
            while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
                verb = verb.head
            subj = clause_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            return subj is not None and is_actor(subj) and subj.lower_ not in ("i", "we")
        if cur.head is cur:
            break
        cur = cur.head
    return False


# Violent or covert deeds that name their perpetrator when someone plans or orders them.
# Military 'strikes' and 'operations' are left out, and 'launch' is not a perpetrating verb:
# forces report their own ('launched strikes on militant positions').
_VIOLENT_DEEDS = _W.violent_deeds
_PERPETRATING = _W.perpetrating


def perpetrates(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """An actor who plans, orders or commits a violent or covert deed: 'the defendant planned
    the attack for months', 'the colonel ordered the shelling of the village', 'the attack was
    planned by the militia' (not 'planned the conference', not the speaker's own 'we')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb) or verb.lemma_.lower() not in _PERPETRATING:
        return False
    if verb.lemma_.lower() == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out"
                                                  for c in verb.children):
        return False  # 'carried out', not 'carried the wounded'
    objs = deed_objects(verb)
    if not any(_deed(o) for o in objs):
        return False
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not agents:
        subj = clause_subject(verb)
        agents = [subj] if subj is not None and subj.dep_ == "nsubj" else []
    return any(a.lower_ not in ("i", "we", "us", "it") and not any(
        c.dep_ == "poss" and c.lower_ in ("our", "my") for c in a.children) for a in agents)


def _deed(tok: Token) -> bool:
    if tok.lemma_.lower() in _VIOLENT_DEEDS or tok.lower_ in _VIOLENT_DEEDS:
        return not any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in tok.children)
    return False


# Verbs of setback or passivity: 'the enemy retreated' reports, it does not accuse.
_SETBACKS = _W.setbacks


def hostile_agent(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A hostile designation as the doer of an act ('the enemy is massing troops', 'the
    occupiers are moving artillery into the city'): the speaker casts the other side as the
    aggressor. Not a setback ('the enemy retreated'), not a copula, not 'the enemy of X'."""
    tok = doc[i]
    if tok.dep_ != "nsubj" or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    if any(c.dep_ == "poss" for c in tok.children):
        return False  # 'our enemies', 'his enemy': a rival named, not a deed charged
    verb = tok.head
    if verb.pos_ != "VERB" or is_negated(verb) or verb.lemma_.lower() in _SETBACKS:
        return False
    return tok.tag_ == "NNS" or any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


_KIN_OWNERS = _W.kin_owners
_SPONSORING = _W.sponsoring
# Covert state organs: a protest or a riot 'organised by' them is a charge of a foreign hand.
_COVERT_ORGANS = _W.covert_organs


def interested_sponsor(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Conflict of interest or a hidden hand named as the agent of a passive sponsoring verb:
    'the audit was paid for by the very company it was auditing', 'the study was funded by the
    same firm that sells the drug', 'the judge was appointed by the interior minister's
    brother', 'the protests were organised by foreign intelligence services' (not 'paid for
    by the city council', 'appointed by the president')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb) or verb.lemma_.lower() not in _SPONSORING:
        return False
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not agents and verb.dep_ == "conj":
        # 'organised and paid for by X': the agent hangs on the last conjunct
        agents = [g for v in (verb.head, *verb.children) for c in v.children if c.dep_ == "agent"
                  for g in c.children if g.dep_ == "pobj"]
    for a in agents:
        mods = {c.lower_ for c in a.children if c.dep_ in ("amod", "advmod", "compound")}
        if mods & {"very", "same"}:
            return True  # the interested party itself
        if (a.lemma_.lower() in _KIN_OWNERS or a.lower_ in _KIN_OWNERS) and any(
                c.dep_ == "poss" for c in a.children):
            return True  # 'the minister's brother'
        if a.lemma_.lower() in _COVERT_ORGANS or mods & _COVERT_ORGANS or (
                a.lemma_.lower() in ("service", "agency") and mods & _COVERT_ORGANS):
            return True
    return False


_ORIGIN_VERBS = _W.origin_verbs
_HOSTILE_NOUNS = HOSTILE_ACTS | _W.hostile_nouns_extra
# Weapons are traced only to 'their/enemy' ground: 'missiles launched from Russian warships'
# is how a launch is reported, 'the drone was launched from their side' is a charge.
_WEAPONS = _W.weapons


def traced_to_actor(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A hostile act or a covert group traced to a state or an actor, however tentatively
    ('a cyberattack that appears to originate from Russian territory', 'a group linked to
    Chinese military intelligence', 'the drone was launched from their side of the border');
    not 'the fire started in the kitchen', not 'a charity linked to the church'."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb) or verb.lemma_.lower() not in _ORIGIN_VERBS:
        return False
    # What is traced: the subject (also the noun a relative or participle hangs on).
    cur = verb
    what = subject(cur)
    for _ in range(3):
        if what is None and cur.dep_ == "xcomp":
            cur = cur.head  # 'appears to originate'
            what = subject(cur)
        elif what is not None and what.lower_ in ("that", "which") and cur.dep_ == "relcl":
            what = cur.head  # 'a cyberattack that appears to ...'
        else:
            break
    if what is None and verb.dep_ == "acl":
        what = verb.head
    if what is None:
        return False
    weapon = what.lemma_.lower() in _WEAPONS
    if not (weapon or _hostile(what) or what.lemma_.lower() in _HOSTILE_NOUNS):
        return False
    if what.lemma_.lower() in ("group", "network", "unit", "account", "campaign", "cell") and not (
            any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _COVERT_MARKS
                for c in what.children)):
        return False  # 'a group linked to the church' is not a hostile group
    for c in verb.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "to", "by", "in", "with"):
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                marks = [g] + [m for m in g.children if m.dep_ in ("amod", "compound", "poss")]
                if any(m.lower_ in ("their", "enemy", "hostile", "occupied") for m in marks):
                    return True
                if not weapon and any(m.ent_type_ in ("GPE", "NORP", "ORG") or is_actor(m)
                                      or m.lower_ == "foreign" for m in marks):
                    return True
    return False


_COVERT_MARKS = _W.covert_marks
_WRONG_NOMINALS = _W.wrong_nominals


def deed_nominal(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A deed named as a noun with its doer: 'the shelling of residential areas by government
    forces', 'the coalition's bombing of the hospital', 'the regime's persecution of
    minorities', 'the theft of our resources by foreign companies' (not 'the killing of the
    wolf by a farmer', not 'the detention centre', not a deed with no doer named)."""
    tok = doc[i]
    if tok.pos_ != "NOUN" or tok.dep_ == "compound" or is_negated(tok.head):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in tok.children):
        return False
    doers = [c for c in tok.children if c.dep_ == "poss" and c.lower_ not in ("our", "my")]
    doers += [c for c in tok.children if c.dep_ in ("amod", "compound") and (
        c.ent_type_ in ("NORP", "GPE", "ORG") or is_actor(c))]
    doers += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
              for g in c.children if g.dep_ == "pobj"]
    if not any(d.lower_ in ("their", "his", "her", "its") or d.pos_ == "PROPN" or d.ent_type_
               or is_actor(d) or human_noun(d) or _perpetrator(d) for d in doers):
        return False
    if tok.lemma_.lower() in _WRONG_NOMINALS or tok.lower_ in _WRONG_NOMINALS:
        return True
    victims = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "against", "on")
               for g in c.children if g.dep_ == "pobj"]
    for v in victims:
        words = {v.lemma_.lower(), v.lower_} | {c.lemma_.lower() for c in v.children
                                                if c.dep_ in ("amod", "compound", "poss")}
        if words & PROTECTED or _person(v):
            return True
    return False
