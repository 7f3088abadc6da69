"""Context rules of accusation 1.4.0: wrongdoing imputed to an actor by construction.

These read the parse, not a phrase: a hostile act put down to an actor ("the intrusion bears
the hallmarks of hackers working for Pyongyang", "the bombing was orchestrated by the
militia"), force used on people who cannot be lawful targets ("used water cannon against
peaceful demonstrators"), a manipulative purpose imputed to an actor's act ("the leak was
timed to overshadow ..."), a cui-bono question ("Who benefits from ballots going missing?"),
and a claim put down to a named party's imagination ("exist only in the imagination of CNN's
sources").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...sentiment import vader_lexicon
from ..grammar import (
    CLAIM_NOUNS,
    clause_subject,
    deed_objects,
    human_noun,
    is_actor,
    is_negated,
    subject,
)
from ..view import StatementView
from .accusation import PROTECTED, attack_on_protected

# Acts that are hostile whoever does them: putting one down to an actor accuses the actor.
HOSTILE_ACTS = frozenset({
    "attack", "intrusion", "hack", "hacking", "cyberattack", "cyber-attack", "breach",
    "bombing", "shelling", "strike", "assassination", "killing", "murder", "sabotage",
    "explosion", "blast", "ambush", "raid", "incursion", "campaign", "operation", "plot",
    "poisoning", "kidnapping", "abduction", "massacre", "leak", "disinformation", "interference",
    "provocation", "arson", "fire", "theft", "fraud", "shooting", "infiltration", "espionage",
    "malware", "ransomware", "spyware",  # 1.5.0
})


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
_PERPETRATORS = frozenset({"hacker", "agent", "operative", "saboteur", "spy", "proxy", "service",
                           "cell", "mercenary", "terrorist", "extremist", "loyalist", "sympathiser",
                           "sympathizer", "separatist", "paramilitary", "sniper",
                           "actor"})  # 1.5.0: 'the hallmarks of a state actor'


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


FORCE = frozenset({"force", "cannon", "gas", "ammunition", "bullet", "baton", "truncheon",
                   "spray", "grenade", "violence", "weapon", "club", "dog", "taser", "stun",
                   "rifle", "tank", "artillery", "munition", "bomb", "drone"})


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


_PURPOSE_HEADS = frozenset({"time", "design", "calculate", "intend", "mean", "aim", "plan",
                            "engineer", "orchestrate", "stage", "use"})


def imputed_purpose(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A manipulative goal imputed to an actor or an actor's act: 'the Pentagon's leak was
    timed to overshadow Russia's successes', 'they staged the hearing to drown out ...' (not
    'the storm overshadowed the ceremony')."""
    goal = doc[i]
    if goal.pos_ != "VERB" or is_negated(goal):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in goal.children):
        return False  # a purpose infinitive only
    head = goal.head
    if goal.dep_ not in ("xcomp", "advcl") or head.pos_ not in ("VERB", "AUX"):
        return False
    subj = clause_subject(head)
    if subj is None:
        return False
    if is_actor(subj) and subj.dep_ == "nsubj":
        return True
    # An act owned by an actor: 'the Pentagon's leak was timed to ...'.
    owned = any(c.dep_ == "poss" and (is_actor(c) or c.ent_type_) for c in subj.children)
    return owned and (head.lemma_.lower() in _PURPOSE_HEADS or subj.dep_ == "nsubj")


def cui_bono(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Who benefits from ballots going missing?': the question insinuates that the one who
    gains did it."""
    # The tagger often reads 'benefits' in 'Who benefits ...?' as a noun; the subject decides.
    subj = clause_subject(doc[i])
    if subj is None or subj.lower_ not in ("who", "whom"):
        return False
    c0, c1 = view.content
    text = view.chars(doc[c0].idx, doc[c1 - 1].idx + len(doc[c1 - 1].text)) if c1 > c0 else ""
    return text.rstrip().endswith("?")


def named_imaginer(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A claim put down to a named party's imagination ('exist only in the imagination of
    CNN's sources', 'a figment of the ministry's imagination'): casts them as inventors."""
    from .rebuttal import imagined

    if not imagined(doc, i, j, view):
        return False
    tok = doc[i]
    owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return any(is_actor(o) or human_noun(o) or o.ent_type_ or any(
        c.dep_ == "poss" and c.ent_type_ for c in o.children) for o in owners)


def ironic_at_actor(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A formulaic ironic exclamation ('What a surprise that the inquiry cleared the minister
    who appointed it', 'So much for the ministry's promises') aimed at an actor named in the
    content: sarcasm that imputes bad faith. Irony at a thing ('so much for the weather')
    accuses no one."""
    c0, c1 = view.content
    if not view.in_content(i):
        return False
    for k in range(j, c1):
        t = doc[k]
        if t.pos_ in ("NOUN", "PROPN") and (is_actor(t) or t.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")):
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
    fire = doc[j - 1]
    for c in list(open_.children) + list(fire.children):
        if c.dep_ == "prep" and c.lower_ in ("on", "at", "upon", "into"):
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                words = {g.lemma_.lower(), g.lower_} | {
                    m.lemma_.lower() for m in g.children if m.dep_ in ("amod", "compound", "poss")}
                if words & PROTECTED:
                    return True
    return False


# Non-state armed groups: arming or funding them is sponsoring their violence.
ARMED_GROUPS = frozenset({"rebel", "militant", "militia", "terrorist", "insurgent",
                          "separatist", "extremist", "jihadist", "gunman", "paramilitary",
                          "mercenary", "proxy", "death squad", "gang", "cartel", "fighter"})


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


_WARS = frozenset({"war", "campaign", "offensive", "attack", "aggression", "warfare"})


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


_INTENDING = frozenset({"want", "seek", "try", "aim", "attempt", "plan", "intend", "strive",
                        "scheme", "plot", "goal", "intention", "ambition", "bid", "effort",
                        "use", "exploit", "pour", "send", "fund", "arm", "push", "work",
                        "manoeuvre", "maneuver", "conspire", "design"})


def hostile_aim(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A hostile goal imputed to an actor: 'Moscow wants to divide Europe', 'Tehran's real aim
    is to dominate the region', 'pouring weapons into the conflict to prolong it'. The goal
    verb is an infinitive under an intention verb or noun, or a purpose clause, and the one
    who intends is an actor (not 'the storm threatens to divide the town', not 'we want to')."""
    goal = doc[i]
    if goal.pos_ != "VERB" or is_negated(goal):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in goal.children):
        return False
    if not _hostile_object(goal):
        return False  # 'aims to dominate the car market', 'trying to prolong the patient's life'
    head = goal.head
    if head is goal:
        return False
    if head.lemma_.lower() == "be":  # 'the aim is to dominate'
        subj = subject(head)
        if subj is None or subj.lemma_.lower() not in _INTENDING:
            return False
        owners = [c for c in subj.children if c.dep_ == "poss"]
        return any(is_actor(o) and o.lower_ not in ("our", "my") for o in owners)
    if goal.dep_ not in ("xcomp", "advcl", "acl") or is_negated(head):
        return False
    if head.pos_ in ("NOUN",):
        if head.lemma_.lower() not in _INTENDING:
            return False
        owners = [c for c in head.children if c.dep_ == "poss"]
        return any(is_actor(o) and o.lower_ not in ("our", "my") for o in owners)
    if goal.dep_ == "xcomp" and head.lemma_.lower() not in _INTENDING:
        return False
    subj = clause_subject(head)
    return subj is not None and subj.dep_ == "nsubj" and is_actor(subj) and subj.lower_ not in (
        "i", "we", "he", "she", "they")


def held_hostage(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'holding passengers hostage', 'took aid workers hostage', 'held hostage by militants'
    (not 'the hostages were freed')."""
    tok = doc[i]
    head = tok.head
    if head.lemma_.lower() not in ("hold", "take", "keep") or is_negated(head):
        return False
    return tok.dep_ in ("oprd", "xcomp", "advcl", "dobj", "npadvmod", "acomp", "attr", "ccomp")


_PEOPLES = frozenset({"opposition", "dissent", "protest", "movement", "country", "nation",
                      "region", "alliance", "people", "society", "community", "union", "press",
                      "minority", "neighbour", "neighbor", "continent", "world", "europe",
                      "population", "economy", "west", "democracy"})
_HISTORIES = frozenset({"history", "past", "truth", "record", "identity", "culture", "memory",
                        "heritage", "narrative"})
_HARMS = frozenset({"war", "conflict", "suffering", "crisis", "fighting", "bloodshed",
                    "occupation", "siege", "violence", "misery", "chaos", "instability"})
_VOTES = frozenset({"election", "vote", "poll", "referendum", "ballot", "trial", "inquiry",
                    "hearing", "investigation"})
_GRIPS = frozenset({"grip", "hold", "control", "stranglehold", "chokehold"})


def _hostile_object(goal: Token) -> bool:
    """Whether the goal verb's object makes the aim hostile: people, peoples and polities to
    divide, crush or dominate; history to rewrite; a war to prolong; an election to postpone;
    a grip on power to tighten. 'Annex' and 'subjugate' are hostile whatever they take."""
    verb = goal.lemma_.lower()
    if verb in ("annex", "subjugate"):
        return True
    objs = deed_objects(goal)
    for o in objs:
        low = o.lemma_.lower()
        people = (is_actor(o) or human_noun(o) or o.ent_type_ in ("GPE", "NORP", "LOC")
                  or low in _PEOPLES or (low in PROTECTED and low != "market"))
        if verb in ("divide", "crush", "humiliate", "punish", "cripple", "dominate") and people:
            return True
        if verb in ("rewrite", "erase") and (low in _HISTORIES or people):
            return True
        if verb == "prolong" and (low in _HARMS or (o.pos_ == "PRON" and any(
                t.lemma_.lower() in _HARMS for t in goal.head.subtree))):
            return True  # 'pouring weapons into the conflict to prolong it'
        if verb == "postpone" and low in _VOTES:
            return True
        if verb == "tighten" and low in _GRIPS:
            return True
    return False


def person_object(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A verb that wrongs when done to a person: 'paid off the referee', 'the referee was paid
    off', 'doped its athletes' (not 'paid off the loan', 'doped silicon')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    objs = deed_objects(verb)
    return any(human_noun(o) or is_actor(o) or o.ent_type_ == "PERSON" or o.lemma_.lower() in (
        "referee", "official", "judge", "athlete", "witness", "juror", "inspector", "player")
        for o in objs)


_COVERT_AGENTS = frozenset({"hacker", "spy", "agent", "operative", "proxy", "saboteur",
                            "mercenary", "militia", "troll", "bot", "informant", "infiltrator"})


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


_BALLOTS = frozenset({"ballot", "box", "vote", "urn", "tally", "count", "register", "roll"})


def ballot_object(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Ballot boxes were stuffed', 'stuffed the urns', 'tampered with the tally sheets'."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    objs = deed_objects(verb)
    objs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
             for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in _BALLOTS and (o.lemma_.lower() in ("ballot", "urn") or any(
        m.lemma_.lower() in ("ballot", "vote", "voter", "electoral", "tally") for m in o.children))
        for o in objs)


def does_bidding(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'is doing the government's bidding' (someone's servant; not 'at the bidding stage')."""
    tok = doc[i]
    return tok.head.lemma_.lower() == "do" and any(
        c.dep_ == "poss" and c.lower_ not in ("my", "our") for c in tok.children)


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


def idle_despite_warning(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The authorities were warned and did nothing', 'knew about it and did nothing':
    inaction by an actor who had been warned or knew (not 'we did nothing wrong')."""
    verb = doc[i]
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    nothing = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "nothing"]
    if not nothing or any(c.dep_ in ("amod", "advmod") and c.lower_ in ("wrong", "illegal", "improper")
                          for c in nothing[0].children):
        return False
    subj = clause_subject(verb)
    if subj is not None and (subj.lower_ in ("i", "we") or not (is_actor(subj) or human_noun(subj))):
        return False
    related = [verb.head] if verb.dep_ == "conj" else []
    related += [c for c in verb.children if c.dep_ in ("conj", "advcl")]
    return any(r.lemma_.lower() in ("warn", "know", "tell", "alert", "inform", "see", "watch",
                                    "stand", "aware", "notify") for r in related)


def puppet_of(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'the puppet government in Kyiv', 'a puppet of Washington', 'they are puppets': an actor
    cast as someone's tool (not 'a puppet show')."""
    tok = doc[i]
    if tok.dep_ in ("amod", "compound"):
        return is_actor(tok.head) or tok.head.lemma_.lower() in ("regime", "state", "parliament")
    if tok.dep_ in ("attr", "appos", "oprd"):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and (is_actor(g) or g.ent_type_) for g in c.children) for c in tok.children)


def label_not_negated(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A pejorative label not denied ('they are not murderers') and not on the speaker's own
    side as a mere mention of a crime category ('the killer was never found' names no actor
    but still labels: it counts)."""
    tok = doc[i]
    if tok.dep_ in ("attr", "acomp") and is_negated(tok.head):
        return False
    if is_negated(tok):
        return False
    # The label is applied to someone: as a predicate or apposition ('they are traitors'),
    # owned or named ('the regime's propagandists', 'Kremlin propagandists'), or on an actor
    # ('a fascist regime'); not a category in a threat ('traitors would be punished').
    if tok.dep_ in ("attr", "acomp", "appos", "oprd"):
        return True
    if any(c.dep_ in ("poss", "compound", "amod") and (is_actor(c) or c.ent_type_) for c in tok.children):
        return True
    return tok.dep_ in ("amod", "compound") and is_actor(tok.head)


def pays_for_harm(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The company must pay for the damage it caused', 'they will pay for their crimes'
    (retribution for a wrong or a harm they did; not 'pay for the tickets', not the
    insurer's 'will pay for the damage')."""
    from .blame import _harmful

    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    prep = doc[j - 1]
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    for o in objs:
        if o.lemma_.lower() in ("crime", "aggression", "sin", "atrocity", "betrayal", "lie"):
            return True  # 'will pay for their crimes'
        # A harm the payer did: 'the damage it caused' (not the insurer's 'pay for the damage').
        if (_harmful(o) or o.lemma_.lower() == "damage") and any(
                c.dep_ == "relcl" and c.lemma_.lower() in ("cause", "do", "inflict", "wreak")
                for c in o.children):
            return True
    return False


_RECORDS = frozenset({"email", "record", "file", "footage", "log", "message", "document",
                      "evidence", "recording", "video", "tape", "minute", "archive", "drive",
                      "hard", "server", "camera", "text", "note", "chat"})


def destroys_records(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'deleted the emails', 'wiped the footage/hard drives' by someone other than the
    speaker (not 'users may delete their accounts', 'wiped the tables')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    subj = clause_subject(verb)
    if subj is not None and (subj.lower_ in ("i", "we") or subj.lemma_.lower() in ("user", "customer")):
        return False
    objs = deed_objects(verb)
    return any(o.lemma_.lower() in _RECORDS for o in objs)


_SELF = frozenset({"themselves", "himself", "herself", "itself"})


def self_dealing(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Executives awarded themselves bonuses', 'the board voted itself a pay rise': those in
    charge giving to themselves (not 'awarded the players medals')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    if not any(c.dep_ in ("dative", "dobj", "iobj") and c.lower_ in _SELF for c in verb.children):
        return False
    # What they gave themselves is a benefit ('bonuses', 'a pay rise', 'immunity'), not time.
    return any(c.dep_ in ("dobj", "attr", "oprd") and c.lower_ not in _SELF and (
        c.lemma_.lower() in _BENEFITS or c.ent_type_ == "MONEY") for c in verb.children)


_BENEFITS = frozenset({"bonus", "pay", "rise", "raise", "salary", "perk", "payment", "money",
                       "share", "stake", "dividend", "pension", "immunity", "amnesty", "power",
                       "fee", "million", "billion", "loan", "reward", "pardon", "contract",
                       "increase", "payout", "allowance", "expense"})


# Kin and friends are left out: 'moved abroad to help their children' serves no circle.
_CRONIES = frozenset({"donor", "crony", "backer", "sponsor", "associate", "patron", "financier",
                      "paymaster", "funder", "benefactor"})


def serves_cronies(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A purpose that serves one's backers: 'blocked the bill to protect his donors',
    'changed the rules to reward their backers' (not 'acted to protect its citizens')."""
    goal = doc[i]
    if goal.pos_ != "VERB" or is_negated(goal) or goal.dep_ not in ("advcl", "xcomp"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in goal.children):
        return False
    for o in goal.children:
        if o.dep_ == "dobj" and o.lemma_.lower() in _CRONIES and any(
                c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its") for c in o.children):
            subj = clause_subject(goal.head)
            return subj is None or subj.lower_ not in ("i", "we")
    return False


# --- 1.5.0: wrongdoing read from the construction, written from an error-type review of the
# tuning splits and tested on sentences written for tests/test_scores_accusation_general.py.

# What can be made up: an account (motive._ACCOUNTS) or a falsehood word; 'it', 'everything'.
_MADE_UP = frozenset({"fake", "lie", "fiction", "fantasy", "fabrication", "hoax", "myth",
                      "story", "tale", "everything", "it", "this", "that", "all", "thing",
                      "charge", "accusation", "allegation", "claim", "case", "figure", "number",
                      "evidence", "report", "statistic", "quote", "excuse", "pretext", "version",
                      "narrative", "scenario", "incident", "attack", "threat", "plot", "data"})
_MAKE_UP_VERBS = frozenset({"make", "cook", "dream", "think", "whip", "trump"})


def made_up(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Fabrication by a particle verb: 'the whole story is made up', 'a fake cooked up in
    Washington', 'concocted the charges', 'dreamed up the figures' (not 'made up of veterans',
    'make up for the defeat', 'make up forty percent', 'cooked up a feast')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _MAKE_UP_VERBS and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in verb.children):
        return False
    subj = clause_subject(verb)
    if subj is not None and subj.dep_ == "nsubj" and subj.lower_ in ("i", "we"):
        return False
    cands = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "amod")]
    if verb.dep_ in ("acl", "relcl"):
        cands.append(verb.head)  # 'a fake cooked up in Washington'
    if verb.dep_ in ("acomp", "attr", "ccomp") and verb.head.lemma_.lower() == "be":
        cands += [c for c in verb.head.children if c.dep_ == "nsubj"]  # 'the report is ... made up'
    return any(c.lemma_.lower() in _MADE_UP or c.lower_ in _MADE_UP for c in cands)


# Violent or covert deeds that name their perpetrator when someone plans or orders them.
# Military 'strikes' and 'operations' are left out, and 'launch' is not a perpetrating verb:
# forces report their own ('launched strikes on militant positions').
_VIOLENT_DEEDS = frozenset({
    "attack", "bombing", "shelling", "killing", "murder", "massacre", "assassination",
    "ambush", "abduction", "kidnapping", "poisoning", "arson", "shooting", "coup", "hack",
    "hacking", "cyberattack", "intrusion", "sabotage", "theft", "fraud", "explosion", "blast",
    "torture", "execution", "pogrom", "raid", "looting", "beating", "lynching", "rigging",
    "cover-up", "smear", "break-in", "burglary", "robbery", "heist", "genocide"})
_PERPETRATING = frozenset({"plan", "plot", "order", "organise", "organize", "commit", "stage",
                           "instigate", "direct", "orchestrate", "mastermind", "perpetrate",
                           "authorise", "authorize", "sanction", "prepare", "engineer",
                           "carry"})


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
_SETBACKS = frozenset({"retreat", "withdraw", "lose", "suffer", "flee", "surrender", "die",
                       "fail", "sustain", "abandon", "collapse", "fall", "give", "run", "stop",
                       "cease", "agree", "accept", "sign", "negotiate", "want", "need", "have",
                       "be", "seem", "appear", "remain", "say", "claim"})


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


_KIN_OWNERS = frozenset({"brother", "sister", "son", "daughter", "wife", "husband", "cousin",
                         "nephew", "niece", "father", "mother", "uncle", "aunt", "in-law",
                         "brother-in-law", "son-in-law", "father-in-law", "friend", "partner"})
_SPONSORING = frozenset({"pay", "fund", "finance", "sponsor", "commission", "appoint", "select",
                         "choose", "hire", "bankroll", "organise", "organize", "orchestrate",
                         "direct", "instigate", "stage", "own", "name", "nominate", "bribe",
                         "train", "arm", "run", "control"})
# Covert state organs: a protest or a riot 'organised by' them is a charge of a foreign hand.
_COVERT_ORGANS = frozenset({"intelligence", "secret", "spy", "espionage"})


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


_HARM_FACTS = frozenset({"outbreak", "contamination", "leak", "spill", "danger", "risk",
                         "defect", "flaw", "abuse", "infection", "death", "fault", "breach",
                         "problem", "error", "side-effect", "toxin", "pollution", "crack",
                         "corrosion", "fire", "accident", "incident", "injury", "poisoning"})
_HARM_STATES = frozenset({"unsafe", "dangerous", "toxic", "contaminated", "poisonous",
                          "polluted", "unfit", "undrinkable", "radioactive", "carcinogenic",
                          "infected", "hazardous", "faulty", "defective"})
_INFORMING = frozenset({"report", "disclose", "tell", "inform", "notify", "warn", "alert",
                        "reveal", "mention", "publish", "declare", "flag", "share"})


def withheld_harm(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A known harm not passed on: 'the hospital did not report the outbreak for two weeks',
    'we were not told about the contamination until journalists called us', 'the company
    never disclosed the defect' (a definite harm; not 'did not report any casualties', not
    the speaker's own 'we did not report')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or not is_negated(verb) or verb.lemma_.lower() not in _INFORMING:
        return False
    subj = clause_subject(verb)
    passive = subj is not None and subj.dep_ == "nsubjpass"
    if subj is not None and not passive and (subj.lower_ in ("i", "we") or not (
            is_actor(subj) or human_noun(subj))):
        return False
    things = deed_objects(verb)
    things += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("about", "of")
               for g in c.children if g.dep_ == "pobj"]
    # 1.6.0 (round 3): a harm told as a clause ('residents were not told the water was
    # unsafe until four days after the tests')
    for c in verb.children:
        if c.dep_ == "ccomp" and any(a.dep_ in ("acomp", "attr") and a.lemma_.lower() in _HARM_STATES
                                     for a in c.children):
            return True
    for t in things:
        if t.lemma_.lower() not in _HARM_FACTS:
            continue
        dets = {c.lower_ for c in t.children if c.dep_ in ("det", "poss")}
        if dets & {"the", "this", "that", "its", "their", "his", "her", "these", "those"}:
            return True
    return False


def self_awarded(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'he awarded it to himself', 'granted the contract to itself' (award/grant to oneself;
    give is left out: 'gave the award to himself as a joke')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
        g.lower_ in _SELF for g in c.children) for c in verb.children)


def insinuation_tag(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """An off-record invitation to infer a wrong after a stated fact ('...; draw your own
    conclusions', '..., you do the math'): it closes a clause, after punctuation."""
    return i > view.content[0] and doc[i - 1].text in (";", ":", ",", ".", "-", "—", "–")


def _other_doer(verb: Token) -> bool:
    """Not negated, and the doer (if named) is not the speaker ('we', 'our forces')."""
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    subj = clause_subject(verb)
    if subj is None or subj.dep_ == "nsubjpass":
        return True
    return subj.lower_ not in ("i", "we") and not any(
        c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subj.children)


def wrong_by_other(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A verb that names a crime or a deceit whoever commits it ('defrauded tenants',
    'vandalised the offices', 'bought off the local media', 'broke into the servers'),
    unless negated or done by the speaker."""
    return _other_doer(doc[i])


_PERSON_SUFFIXES = ("er", "or", "ist", "ess", "ant", "ent", "ee", "ian", "man", "woman")


def _person(tok: Token) -> bool:
    low, lemma = tok.lower_, tok.lemma_.lower()
    if tok.pos_ == "PRON":
        return low in ("him", "her", "them", "us", "me", "you")
    if human_noun(tok) or is_actor(tok) or tok.ent_type_ in ("PERSON", "NORP"):
        return True
    return (lemma in PROTECTED or low in PROTECTED or lemma in _PEOPLE
            or lemma.endswith(_PERSON_SUFFIXES))


# Collective nouns for people at work (1.5.0): 'forced cabin crew to work'.
_PEOPLE = frozenset({"crew", "staff", "workforce", "employee", "personnel", "team", "squad",
                     "population", "public", "community", "family", "household", "villager",
                     "tenant", "prisoner", "inmate", "conscript", "recruit", "pilgrim"})


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


# Bodily harm to any person (2.0, round 2): the hit (18.1), murder (42.1) and suffocate (40.7)
# classes of Levin 1993 that only ever mean violence when a person is the object, plus 'attack'
# and 'torture'. attack_on_protected needs a protected victim ('civilians', 'protesters');
# here any person will do, pronouns included ('they beat him', 'guards kicked the inmates'),
# with a named doer that is not the speaker. Verbs also used for criticism ('bash', 'hammer',
# 'whip') or for killing in lawful force ('shoot', 'kill') are left to attack_on_protected.
_BODILY = frozenset({"beat", "kick", "punch", "slap", "stab", "batter", "pummel", "strangle",
                     "smother", "suffocate", "electrocute", "torture", "attack", "maim",
                     "butcher", "slaughter", "lynch", "injure", "wound", "assault", "club"})
# 'beat' of a contest ('beat him in the final', 'beat two defenders'), by the sentence's words.
_CONTEST = frozenset({"final", "match", "game", "race", "set", "round", "election", "vote",
                      "title", "tournament", "semifinal", "quarterfinal", "championship",
                      "league", "cup", "score", "point", "goal", "lap", "opponent", "rival",
                      "seed", "champion", "striker", "defender", "goalkeeper", "record",
                      "deadline", "odds", "contest", "primary", "poll", "margin", "bid",
                      "competitor", "team", "player", "side", "price", "market", "forecast"})
# 'attack' of words ('attacked him over the budget', 'in a speech').
_SPEECH = frozenset({"speech", "interview", "tweet", "post", "statement", "article", "column",
                     "editorial", "debate", "podcast", "letter", "remark", "comment", "word",
                     "criticism", "video", "broadcast", "op", "ed", "blog", "tabloid",
                     "newspaper", "press", "media", "columnist", "critic", "commentator"})
_DOERS = frozenset({"he", "she", "they", "who", "someone", "somebody", "group", "gang", "mob",
                    "crowd", "men", "man", "unit", "squad"})


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


_EXCUSES = frozenset({"excuse", "pretext", "cover", "smokescreen", "justification", "alibi",
                      "weapon"})  # 1.5.0: 'using hunger as a weapon'


def used_as_excuse(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'using the pandemic as an excuse to ban protests', 'seized on the attack as a pretext'
    (an actor's motive imputed; not 'the rain was a good excuse to stay home')."""
    tok = doc[i]
    if tok.pos_ != "NOUN" or tok.head.lower_ != "as":
        return False
    verb = tok.head.head
    if verb.pos_ == "NOUN":
        verb = verb.head  # 'as' hung on the object
    return verb.lemma_.lower() in ("use", "exploit", "seize", "cite", "invoke", "treat") and (
        _other_doer(verb))


_FIGURES = frozenset({"revenue", "sale", "profit", "earning", "figure", "number", "turnout",
                      "cost", "price", "invoice", "bill", "claim", "asset", "valuation",
                      "statistic", "result", "count", "tally", "crowd", "toll", "loss", "debt",
                      "risk", "danger", "threat", "casualty", "death", "damage", "size",
                      "scale", "extent", "severity", "income", "roll", "register", "payroll",
                      "expense", "inflation", "unemployment", "deficit", "score", "rating",
                      "reading", "emission"})


def misstates_figures(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A quantity misrepresented by an actor: 'inflated its revenue', 'downplayed the risks',
    'the death toll was underreported' (not 'demand inflated prices', not 'we underestimated')."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    subj = clause_subject(verb)
    if subj is not None and subj.dep_ == "nsubj" and not (_person(subj) or subj.pos_ == "PROPN"):
        return False
    return any(o.lemma_.lower() in _FIGURES or o.lower_ in _FIGURES
               for o in deed_objects(verb))


_LEFT_TO = frozenset({"die", "drown", "starve", "freeze", "suffer", "rot", "perish", "burn",
                      "fend", "bleed", "lie"})  # 'left the injured protester lying in the street'


def left_to_harm(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'left the migrants to drown', 'left the wounded to die' (people abandoned to a harm)."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    objs = deed_objects(verb)
    comps = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl")]
    comps += [c for o in objs for c in o.children if c.dep_ in ("relcl", "acl", "xcomp")]
    if not any(_person(o) for o in objs):
        return False
    if any(c.lemma_.lower() in _LEFT_TO for c in comps):
        return True
    # 1.5.0: 'left flood victims without food or water for a week'
    return any(c.dep_ == "prep" and c.lower_ == "without" and any(
        g.lemma_.lower() in _NECESSITIES for g in c.subtree) for c in verb.children)


_NECESSITIES = frozenset({"food", "water", "medicine", "shelter", "help", "aid", "care",
                          "power", "heating", "heat", "protection", "treatment", "supplies",
                          "electricity", "fuel"})


_CIVIC_ACTS = frozenset({"organise", "organize", "protest", "vote", "speak", "report",
                         "assemble", "gather", "campaign", "demonstrate", "march", "strike",
                         "testify", "complain", "criticise", "criticize", "publish", "worship",
                         "communicate", "register", "unionise", "unionize", "travel"})


_WATCHDOGS = frozenset({"journalist", "reporter", "observer", "monitor", "inspector",
                        "investigator", "lawyer", "auditor", "photographer", "diplomat"})


def blocks_civic_act(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A purpose of stopping people from a civic act ('cut off the internet to stop people
    organising', 'to prevent journalists from reporting'), by someone other than the speaker
    (not 'to stop people getting sick')."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl")]
    acts += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
             for g in c.children if g.dep_ in ("pcomp", "pobj")]
    acts += [c for o in verb.children if o.dep_ in ("dobj", "nsubj") for c in o.children
             if c.dep_ in ("acl", "relcl")]
    if not any(a.lemma_.lower() in _CIVIC_ACTS for a in acts) and not any(
            o.lemma_.lower() in _WATCHDOGS for o in verb.children if o.dep_ == "dobj"):
        return False  # (1.5.0: watchdogs kept from anything: 'blocking journalists from reaching')
    people = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i]
    people += [c for a in acts for c in a.children if c.dep_ == "nsubj"]
    return any(_person(p) for p in people)


def fiction_label(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A claim called staged fiction: 'this is a script written in Washington', 'their story
    is a fairy tale', 'the election was a charade' (the label as a predicate; not 'the film's
    script', not 'is not a hoax')."""
    tok = doc[j - 1]
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("attr", "oprd", "appos", "ROOT"):
        return False
    if tok.dep_ == "ROOT":
        return not any(c.dep_ == "poss" for c in tok.children)  # a verbless 'Pure fiction.'
    return not is_negated(tok) and not is_negated(tok.head)


# Conduct a 'why' question asks an actor to justify: delay, inaction, concealment.
_QUESTIONED = frozenset({"ignore", "hide", "withhold", "lie", "sit", "bury", "cover", "destroy",
                         "delete", "block", "abandon", "lock", "shred", "silence", "mislead"})


def rhetorical_why(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A rhetorical 'why' question that asks an actor to justify a delay, an omission or a
    concealment ('Why did the ministry wait three weeks before telling anyone?', 'Why didn't
    the police act?'); not 'Why did the bridge collapse?' and not 'Why did the minister
    resign?'. The statement ends with a question mark."""
    if doc[i].i != view.content[0] or doc[view.content[1] - 1].text != "?":
        return False
    verb = doc[i].head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subj = clause_subject(verb)
    if subj is None or subj.lower_ in ("i", "we", "you") or not (is_actor(subj) or human_noun(subj)
                                                                 or subj.pos_ == "PROPN"):
        return False
    lemma = verb.lemma_.lower()
    if is_negated(verb):
        # 'Why didn't they warn us?' (a duty to tell or protect); 'Why didn't the council act
        # sooner?' is criticism of a slow response, not a charge.
        return lemma in _INFORMING or lemma in ("protect", "stop", "prevent", "disclose")
    if lemma in ("wait", "delay", "take"):
        # A delay charges concealment only when what was delayed is telling: 'wait three weeks
        # before telling anyone'; 'why did it take so long to evacuate' criticises slowness.
        return any(t.lemma_.lower() in _INFORMING for t in verb.subtree if t.i > verb.i)
    return lemma in _QUESTIONED


def how_many_more(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'How many more children have to die before the company recalls the heaters?': the
    harm goes on because someone does not act."""
    end = view.content[1]
    if not any(t.lemma_.lower() in ("die", "suffer", "drown", "starve", "perish", "lose", "kill")
               for t in doc[j:end]):
        return False
    # The one who has not acted is named: 'before the company recalls the heaters' (not
    # 'before the world acts', an appeal to no one in particular).
    for t in doc[j:end]:
        if t.lower_ in ("before", "until"):
            return any(s.dep_ == "nsubj" and (is_actor(s) or s.ent_type_ in ("ORG", "GPE", "PERSON"))
                       for s in doc[t.i:end])
    return False


def since_when(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Since when is it legal to detain journalists?' (a question that calls an act a wrong)."""
    return i == view.content[0] and doc[view.content[1] - 1].text == "?"


_DECISIONS = frozenset({"decision", "order", "call", "instruction", "policy", "plan", "cut",
                        "closure", "ban", "change"})


def not_by_us(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Blame shifted by contrast: 'that decision was taken by the previous management, not by
    us', 'the smoke came from tear gas fired by the police, not from our flares' (another
    actor named as the doer, the speaker's side negated)."""
    if doc[i].lower_ != "not" or i == 0 or doc[i - 1].text not in (",", ";", "-", "—", "–"):
        return False  # the contrast is set off: '..., not by us' (not 'didn't tell us')
    rest = [t.lower_ for t in doc[j:min(j + 3, view.content[1])]]
    if not any(w in ("us", "we", "our", "ours", "me", "my", "mine") for w in rest):
        return False
    # What was done is a decision or something harmful ('the prize was chosen by the jury,
    # not by us' deflects nothing).
    lex = vader_lexicon()
    if not any(t.lemma_.lower() in _DECISIONS or lex.get(t.lower_, 0.0) < 0
               for t in doc[view.content[0]:view.content[1]]):
        return False
    # Another doer named before: a 'by X' agent or an actor's possession, not the speaker.
    for t in doc[view.content[0]:i]:
        if t.dep_ == "pobj" and t.head.lower_ == "by" and t.lower_ not in ("us", "me") and (
                is_actor(t) or human_noun(t) or t.pos_ == "PROPN" or t.ent_type_):
            return True
    return False


_ORIGIN_VERBS = frozenset({"originate", "come", "operate", "launch", "emanate", "trace", "link",
                           "tie", "connect", "direct", "control", "run", "back", "route"})
_HOSTILE_NOUNS = HOSTILE_ACTS | frozenset({"malware", "ransomware", "virus", "spyware", "botnet",
                                           "group", "gang", "cell", "network", "unit", "hacker",
                                           "troll", "account", "bot", "campaign"})
# Weapons are traced only to 'their/enemy' ground: 'missiles launched from Russian warships'
# is how a launch is reported, 'the drone was launched from their side' is a charge.
_WEAPONS = frozenset({"drone", "missile", "rocket", "shell", "mortar", "projectile", "bomb"})


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


_COVERT_MARKS = frozenset({"hacker", "hacking", "criminal", "cyber", "ransomware", "spy",
                           "armed", "militant", "terrorist", "troll", "bot", "disinformation",
                           "espionage", "intelligence", "extremist", "covert"})


_HOMES = frozenset({"land", "home", "house", "village", "farm", "property", "flat",
                    "apartment", "neighbourhood", "neighborhood", "town", "valley"})


def forces_out(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'trying to force the tenants out', 'drove the villagers out of their homes' (people
    forced from where they live or work)."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "away", "off") for c in verb.children) and not any(
            c.dep_ == "prep" and c.lower_ in ("off", "from", "out") and any(
                g.lemma_.lower() in _HOMES for g in c.subtree) for c in verb.children):
        return False  # (1.5.0: also 'force families off the land')
    return any(_person(o) for o in deed_objects(verb))


_FIXABLE = frozenset({"match", "game", "draw", "race", "result", "election", "vote", "ballot",
                      "tender", "bid", "auction", "price", "rate", "outcome", "contest", "fight",
                      "bout", "exam", "test", "referendum", "count", "poll", "lottery"})


def fixed_outcome(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Rigging by 'fix': 'fixed the draw', 'the match was fixed', 'fixed prices' (not 'fixed
    the roof', 'fixed a date')."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    return any(o.lemma_.lower() in _FIXABLE for o in deed_objects(verb))


# Deed nouns (nominalised verbs of the attack, detention and force classes) that wrong
# protected people, and deed nouns that are wrongs whatever their object (1.5.0).
_FORCE_NOMINALS = frozenset({"killing", "shelling", "bombing", "detention", "arrest",
                             "imprisonment", "jailing", "deportation", "expulsion", "eviction",
                             "targeting", "shooting", "beating", "starvation", "displacement",
                             "exploitation", "treatment", "execution", "bombardment",
                             "removal", "surveillance", "transfer"})
_WRONG_NOMINALS = frozenset({"persecution", "mistreatment", "maltreatment", "harassment",
                             "intimidation", "theft", "crackdown", "annexation", "plunder",
                             "looting", "oppression", "suppression", "coercion", "extortion",
                             "embezzlement", "rigging", "subjugation", "ill-treatment",
                             "victimisation", "victimization", "bullying", "blackmail"})


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


def kept_silent(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Concealment by silence: 'kept quiet about the defects', 'remained silent about the
    abuse', 'chose to say nothing to the defence' (an actor, about a harm or by choice; not
    'remained silent during the debate', 'said nothing about its plans')."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "say":
        if not any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in verb.children):
            return False
        heads = [verb]
    else:
        quiet = [c for c in verb.children if c.dep_ in ("acomp", "oprd", "advmod", "xcomp")
                 and c.lower_ in ("quiet", "silent", "mum")]
        if not quiet:
            return False
        heads = [verb, *quiet]
    subj = clause_subject(verb)
    if subj is not None and subj.dep_ == "nsubj" and not (_person(subj) or subj.pos_ == "PROPN"):
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("choose", "decide", "prefer", "opt"):
        return True
    lex = vader_lexicon()
    return any(g.lemma_.lower() in _HARM_FACTS or lex.get(g.lower_, 0.0) < 0
               for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("about", "on")
               for g in c.subtree)


_CONTRAST_MARKS = frozenset({"while", "when", "after", "although", "though", "whereas", "as"})


def hypocrisy_record(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Hypocrisy: another actor's 'own' deeds set against what it says or demands ('lectures
    others about democracy while its own opponents sit in prison', 'given what its own drones
    have done'); not 'will build its own stadium', not 'our own problems'."""
    own = doc[i]
    noun = own.head
    if own.dep_ != "amod" or not any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her")
                                     for c in noun.children):
        return False
    cur = noun
    for _ in range(4):
        head = cur.head
        if head is cur:
            return False
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS
                                       for c in cur.children):
            return True
        if head.lower_ in ("given", "considering", "despite"):
            return True
        cur = head
    return False


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
    # players to run laps, or an employer its staff, is authority, not a charge.
    return forced and any(o.lemma_.lower() in PROTECTED or o.lower_ in PROTECTED
                          or o.lemma_.lower() in ("inmate", "prisoner", "conscript", "worker")
                          and any(c.dep_ == "amod" and c.lower_ in ("sick", "injured", "pregnant")
                                  for c in o.children)
                          for o in objs)


_BROADCASTS = frozenset({"radio", "station", "broadcast", "signal", "channel", "transmission",
                         "network", "phone", "internet", "gps", "satellite", "communication"})
_LINES_TAPPED = frozenset({"phone", "line", "call", "communication", "email", "telephone",
                           "conversation", "office", "mobile"})


def jams_media(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'jamming independent radio stations', 'tapped the phones of opposition politicians'."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    words = _LINES_TAPPED if verb.lemma_.lower() in ("tap", "bug") else _BROADCASTS
    return any(o.lemma_.lower() in words for o in deed_objects(verb))


_ASSOCIATES = frozenset({"ally", "crony", "friend", "associate", "donor", "manager", "aide",
                         "adviser", "advisor", "son", "brother", "nephew", "relative", "partner",
                         "lawyer", "backer", "loyalist", "official", "general", "commander"})


def pardons_own(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """Clemency for one's own people: 'pardoned his own campaign manager', 'pardoned his
    allies', 'pardoned himself' (not 'pardoned 300 prisoners for the holiday')."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    for o in deed_objects(verb):
        if o.lower_ in _SELF:
            return True
        owned = any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its") for c in o.children)
        if owned and (o.lemma_.lower() in _ASSOCIATES or any(c.lower_ == "own" for c in o.children)):
            return True
    return False


_MINORS = frozenset({"child", "children", "teenager", "minor", "boy", "girl", "kid", "schoolboy",
                     "schoolgirl", "orphan", "adolescent"})


def recruits_minors(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'recruiting teenagers from refugee camps', 'recruited children as young as twelve' (an
    armed actor taking minors; not 'recruited engineers')."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    return any(o.lemma_.lower() in _MINORS or o.lower_ in _MINORS
               for o in deed_objects(verb))


_SANCTIONS = frozenset({"punish", "fire", "sack", "dismiss", "arrest", "jail", "detain",
                        "suspend", "expel", "ban", "sue", "demote", "harass", "discipline",
                        "prosecute", "blacklist", "deport", "silence", "target", "persecute",
                        "ground"})
_VOICE = frozenset({"warn", "speak", "criticise", "criticize", "protest", "complain", "report", "testify",
                    "expose", "question", "refuse", "strike", "join", "vote", "talk", "write",
                    "blow", "campaign", "organise", "organize", "unionise", "unionize",
                    "challenge", "oppose", "investigate", "reveal", "leak"})


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


# Atrocities an order can command (the attack, destroy and murder classes).
_ATROCITIES = frozenset({"burn", "kill", "shoot", "destroy", "torch", "raze", "loot", "beat",
                         "rape", "execute", "bomb", "shell", "torture", "starve", "expel",
                         "massacre", "poison", "flatten", "demolish", "fire", "slaughter"})


def orders_atrocity(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'ordered his men to burn the crops', 'told the troops to shoot protesters' (an order to
    do violence; not 'ordered his men to rest')."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _ATROCITIES
               and not is_negated(c) for c in verb.children)


_HARMFUL_GOODS = frozenset({"cigarette", "tobacco", "alcohol", "vape", "drug", "gun", "weapon",
                            "opioid", "painkiller", "gambling", "pornography", "firearm"})


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


_BOUGHT = frozenset({"loyalty", "silence", "vote", "decision", "verdict", "judge", "referee",
                     "official", "witness", "journalist", "influence", "favour", "favor",
                     "support", "cooperation", "obedience", "immunity", "politician", "election"})


def bought_off(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'bought the loyalty of half the police force', 'the referee's decisions were bought'
    (not 'bought a house')."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    return any(o.lemma_.lower() in _BOUGHT for o in deed_objects(verb))


_BANNED_ARMS = frozenset({"cluster", "barrel", "phosphorus", "nerve", "incendiary", "sarin",
                          "chlorine", "napalm", "landmine", "mine"})
_USING = frozenset({"use", "drop", "fire", "deploy", "launch", "scatter", "lay", "plant"})


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


def pockets_dues(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'pocketed members' dues', 'pocketed the money meant for the levees' (others' money)."""
    verb = doc[i]
    if verb.pos_ != "VERB" or not _other_doer(verb):
        return False
    for o in deed_objects(verb):
        if any(c.dep_ == "poss" and c.lower_ not in ("his", "her", "their", "its", "our", "my")
               for c in o.children):
            return True  # someone else's money
        if any(c.dep_ in ("acl", "relcl") for c in o.children):
            return True  # 'the money meant for the levees'
    return False


def in_pocket(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The regulator is in the industry's pocket' (captured by whoever owns the pocket)."""
    tok = doc[i]
    if tok.dep_ != "pobj" or tok.head.lower_ != "in" or is_negated(tok.head.head):
        return False
    if tok.head.head.lemma_.lower() not in ("be", "remain", "seem", "appear", "stay"):
        return False  # 'kept the keys in his pocket' is a place
    return any(c.dep_ == "poss" and c.lower_ not in ("my", "our") for c in tok.children)


_PRESSED = _WATCHDOGS | frozenset({"editor", "judge", "witness", "prosecutor", "referee",
                                   "regulator", "scientist", "doctor", "juror", "auditor"})
_SUPPRESSING = frozenset({"drop", "kill", "spike", "withdraw", "retract", "change", "alter",
                          "rewrite", "bury", "soften", "delay", "recant", "ignore", "lie",
                          "falsify", "sign", "dismiss", "acquit", "convict"})


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


_WATCHED = frozenset({"journalist", "reporter", "activist", "dissident", "critic", "opponent",
                      "protester", "demonstrator", "lawyer", "opposition", "exile", "blogger",
                      "whistleblower", "campaigner", "union", "unionist", "priest", "minority"})


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


def purges_voters(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'removed 40,000 voters from the rolls in opposition districts', 'purged voters' (not
    'removed deceased voters after an audit')."""
    verb = doc[i]
    if not _other_doer(verb):
        return False
    objs = deed_objects(verb)
    for o in objs:
        if o.lemma_.lower() not in ("voter", "elector", "name", "citizen", "resident"):
            continue
        if any(c.lower_ in ("dead", "deceased", "duplicate", "ineligible", "fake", "fictitious")
               for c in o.children):
            return False
        if verb.lemma_.lower() == "purge" or any(
                t.lemma_.lower() in ("roll", "register", "list", "registry") for t in verb.subtree):
            return not any(t.lemma_.lower() in ("audit", "death", "request") for t in verb.subtree)
    return False


def counter_blame(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A counter-explanation that puts the harm on another party: 'Police did not use tear gas;
    the smoke came from flares thrown by the protesters' (a participle with a 'by' doer, in a
    statement that also denies something; not 'a ball thrown by the goalkeeper')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or is_negated(verb):
        return False
    if verb.dep_ != "acl" and not any(c.dep_ == "auxpass" for c in verb.children):
        return False  # a participle or a passive: 'flares thrown by', 'the shells were fired by'
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not any(_person(a) and a.lower_ not in ("us", "me") and not any(
            c.dep_ == "poss" and c.lower_ in ("our", "my") for c in a.children) for a in agents):
        return False
    # The statement denies something in another clause ('did not use tear gas; ...').
    return any(t.dep_ == "neg" and t.head is not verb and t.head.i < verb.i
               for t in doc[view.content[0]:view.content[1]])


_DISASTERS = frozenset({"drown", "burn", "die", "flood", "suffer", "starve", "freeze", "sink",
                        "collapse", "bleed"})


def away_during_harm(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The governor was on holiday while the town drowned' (absent while people suffered)."""
    for t in doc[view.content[0]:view.content[1]]:
        if t.dep_ == "advcl" and t.lemma_.lower() in _DISASTERS and any(
                c.dep_ == "mark" and c.lower_ in ("while", "as", "when") for c in t.children):
            return True
    return False


# Words against deeds (2.0, round 2): the hypocrisy contrast of heldout3 ('talks about dialogue
# while it sends more warships'), read as a structure: a verb of talking or preaching with its
# topic, and a contrast clause ('while', 'whilst', 'even as', 'whereas') whose finite verb has
# the same doer (a matching pronoun, or an arm of the doer: 'his police', 'its troops').
_PREACHING = frozenset({"talk", "speak", "preach", "lecture", "moralise", "moralize",
                        "pontificate", "sermonise", "sermonize", "harp"})
_WORDS_MARKS = frozenset({"while", "whilst", "whereas"})
# Professed values and aims a doer can be said to betray by its deeds (the talk side of the
# contrast; preach/lecture/moralise carry it in the verb itself).
_PROFESSED = frozenset({"peace", "dialogue", "democracy", "freedom", "right", "law", "justice",
                        "sustainability", "reconciliation", "fairness", "fair", "transparency",
                        "tolerance", "diplomacy", "cooperation", "solidarity", "value", "unity",
                        "equality", "integrity", "accountability", "climate", "environment",
                        "de-escalation", "ceasefire", "stability", "sovereignty", "security",
                        "humanitarian", "welfare", "family", "honesty", "openness", "trust",
                        "partnership", "friendship", "respect", "dignity", "ethic", "morality",
                        "responsibility", "compassion", "austerity", "restraint"})
# The doer's arms and agents ('his police', 'its warships'), not 'his rival'.
_ARMS = frozenset({"police", "army", "troop", "force", "soldier", "navy", "ship", "warship",
                   "jet", "drone", "guard", "agent", "official", "minister", "government",
                   "security", "militia", "ally", "proxy", "company", "bank", "regime",
                   "party", "supporter", "henchman", "spy", "diplomat", "court", "prosecutor"})
_SAME_DOER = {"it": ("it", "its"), "they": ("they", "their"), "he": ("he", "his"),
              "she": ("she", "her")}


def words_against_deeds(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'Washington talks about dialogue while it sends more warships', 'preaches austerity
    whilst it hands its ministers pay rises', 'speaks of reconciliation even as his police
    arrest opposition leaders'; not 'talked about the budget while visiting a school' (no
    finite clause), 'while the band set up' or 'while his rival focused on health' (another
    doer), not 'we talk about peace while we prepare'."""
    verb = doc[i]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PREACHING or not _other_doer(verb):
        return False
    if not any(c.dep_ in ("dobj", "prep") for c in verb.children):
        return False  # a topic: 'talks about dialogue', 'preaches austerity'
    if verb.lemma_.lower() in ("talk", "speak", "harp") and not any(
            t.lemma_.lower() in _PROFESSED for c in verb.children if c.dep_ in ("dobj", "prep")
            for t in c.subtree):
        return False  # 'speaks about tactics while he watches the video': no professed value
    if verb.tag_ not in ("VBZ", "VBP"):
        return False  # habitual present; 'talked about the war while he toured' is a time
    subj = clause_subject(verb)
    if subj is None:  # 'Beijing talks about ...' parsed with 'Beijing' a compound of 'talks'
        subj = next((c for c in verb.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    elif subj.dep_ != "nsubj":
        return False
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        forms = _SAME_DOER.get(subj.lower_)
    else:
        forms = ("they", "their") if subj.tag_ in ("NNS", "NNPS") else ("it", "its", "they",
                                                                      "their", "he", "his",
                                                                      "she", "her")
    if not forms:
        return False
    for cl in verb.children:
        if cl.dep_ != "advcl":  # (any tag: 'even as his police arrest' tags 'arrest' a noun)
            continue
        marks = [c for c in cl.children if c.dep_ == "mark"]
        if not marks or not (marks[0].lower_ in _WORDS_MARKS or (
                marks[0].lower_ == "as" and doc[max(marks[0].i - 1, 0)].lower_ == "even")):
            continue
        if cl.lemma_.lower() == "be" or cl.tag_ == "VBG" or not any(
                c.dep_ == "dobj" for c in cl.children):
            continue  # 'while he is in Kyiv', 'while he travels': a time, not a deed done
        doer = clause_subject(cl)
        if doer is None or doer.dep_ != "nsubj":
            continue
        if doer.lower_ in forms:
            return True
        if any(c.dep_ == "poss" and c.lower_ in forms for c in doer.children) and (
                doer.lemma_.lower() in _ARMS):
            return True
    return False


# Warned and went on (2.0, round 2): the knowing-negligence type of heldout3, as a structure:
# a passive 'warn' whose subject then persists in a coordinated verb ('were warned about the
# cracks and kept flying the jets', 'chose to keep the ward open', 'went ahead anyway').
_PERSIST = frozenset({"keep", "continue", "proceed", "persist"})
_CHOOSE = frozenset({"choose", "decide", "opt", "elect"})
_AHEAD = {"go": ("ahead",), "press": ("on", "ahead"), "carry": ("on",), "push": ("ahead", "on")}


def _persists(v: Token) -> bool:
    lemma = v.lemma_.lower()
    if lemma in _PERSIST:
        return True
    if lemma in _AHEAD and any(c.lower_ in _AHEAD[lemma] for c in v.children
                               if c.dep_ in ("prt", "advmod")):
        return True
    if lemma in _CHOOSE:
        for x in v.children:
            if x.dep_ == "xcomp" and (_persists(x) or x.lemma_.lower() == "ignore" or (
                    x.lemma_.lower() == "do" and any(c.lower_ == "nothing" for c in x.children))):
                return True
    return False


def warned_persisted(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The airline was warned about the cracked blades and kept flying the jets', 'were warned
    of gas leaks and decided to continue digging', 'chose to do nothing'; not 'residents were
    warned and chose to leave', not 'we were warned and decided to continue', not 'was warned
    and closed the market'."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ in ("i", "we") or any(
            c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subj.children):
        return False
    conjs = [c for c in verb.children if c.dep_ == "conj"]
    conjs += [g for c in list(conjs) for g in c.children if g.dep_ == "conj"]
    return any(not is_negated(c) and _persists(c) and not any(  # same subject: no own subject
        g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in conjs)


# A claim filed under a hostile operation (2.0, round 2): 'the allegations are part of a
# coordinated campaign against our president', 'a rerun of New Delhi's familiar script'.
_PART_OF = frozenset({"part", "rerun", "repeat", "chapter", "episode", "continuation", "product",
                      "piece", "element", "instalment", "installment"})
_OPERATIONS = frozenset({"campaign", "script", "playbook", "operation", "narrative", "plot",
                         "scheme", "strategy", "offensive"})
_SCRIPTS = frozenset({"script", "playbook", "narrative"})
_HOSTILE_MODS = frozenset({"coordinated", "orchestrated", "concerted", "media", "smear",
                           "propaganda", "hostile", "foreign", "malicious", "dirty", "western", "disinformation", "hybrid",
                           "psychological", "information", "influence"})


def claim_in_operation(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'These claims are part of a media campaign', 'a rerun of New Delhi's familiar script'
    (a claim noun as subject; a script owned or qualified, an operation modified as hostile or
    'against' someone); not 'part of an investigation', 'part of a campaign to raise awareness',
    'an advertising campaign by the tourist board'."""
    op = doc[i]
    if op.dep_ != "pobj" or op.head.lower_ not in ("of", "in") or op.pos_ != "NOUN":
        return False
    part = op.head.head
    if part.lemma_.lower() not in _PART_OF or part.dep_ not in ("attr", "pobj", "dobj"):
        return False
    cop = part.head if part.dep_ == "attr" else part.head.head
    subj = subject(cop) if cop.pos_ in ("AUX", "VERB") else None
    if subj is None or (subj.lemma_.lower() not in CLAIM_NOUNS
                        and subj.lemma_.lower() not in ("this", "that", "it", "they")):
        return False
    if is_negated(cop):
        return False
    mods = [c for c in op.children if c.dep_ in ("amod", "compound", "poss")]
    if op.lemma_.lower() in _SCRIPTS:  # 'a rerun of New Delhi's familiar script'
        return any(m.lower_ not in ("our", "my", "new") for m in mods)
    if any(m.lemma_.lower() in _HOSTILE_MODS or m.lower_ in _HOSTILE_MODS for m in mods):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "against" for c in op.children)
