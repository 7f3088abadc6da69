"""Context rules of accusation cues: an actor as agent, a wrong done, a rule broken."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...accusation_words import load_accusation_words
from ...sentiment import vader_lexicon
from ..grammar import clause_subject, human_noun, is_actor, is_negated, subject
from ..view import StatementView
from .common import determined_noun, not_negated

_W = load_accusation_words()

_FALSEHOODS = _W.falsehoods


def spreads_falsehood(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _FALSEHOODS for c in doc[i].children)


def verb_with_object(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    return doc[i].pos_ == "VERB" and any(c.dep_ == "dobj" for c in doc[i].children)


_WARNINGS = _W.warnings


def ignored_warning(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'ignored repeated warnings', 'disregarded the court's ruling' (a warning or a rule)."""
    objs = [c for c in doc[i].children if c.dep_ in ("dobj", "nsubjpass")]
    # 1.5.0: a quantity of them ('ignored thousands of complaints')
    objs += [g for o in list(objs) if o.pos_ in ("NOUN", "NUM") for c in o.children
             if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(c.lemma_.lower() in _WARNINGS or c.lemma_.lower() in _RULE_OBJECTS for c in objs)


PROTECTED = _W.protected
def _owned_conduct(tok: Token) -> bool:
    """A deed or coercive measure with its owner named ('Western sanctions', 'the army's
    shelling', 'Russian strikes'); 'the strikes hit a school' names no one."""
    if tok.lemma_.lower() not in CONDUCT and tok.lemma_.lower() not in _COERCIVE:
        return False
    return any(c.dep_ in ("poss", "amod", "compound") and (is_actor(c) or c.ent_type_ in (
        "NORP", "GPE", "ORG") or c.lower_ in ("western", "enemy", "foreign")) for c in tok.children)


# Coercive measures that harm through someone's decision ('sanctions are killing civilians').
_COERCIVE = _W.coercive


def attack_on_protected(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    verb = doc[i]
    if verb.pos_ != "VERB":
        return False
    # An accusation names a perpetrator: an actor as active subject or passive 'by' agent.
    agents = [c for c in verb.children if c.dep_ == "nsubj"]
    agents += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not agents and (verb.dep_ in ("conj", "xcomp") or (verb.dep_ == "advcl" and (any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or verb.tag_ == "VBG"))):
        # (and a participle clause, 'talk about human rights while bombing hospitals')
        # (1.5.0: and a purpose clause, 'men were paid to disrupt our rally')
        agents = [s for s in [subject(verb.head)] if s is not None]
    if not any(is_actor(a) or (human_noun(a) and a.pos_ == "NOUN") or _owned_conduct(a) for a in agents):
        # 1.4.0: people as agents too ('the occupiers are shelling homes'), and an actor's
        # conduct ('sanctions are killing ordinary Iranians')
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("at", "on", "against", "into"):
            objs.extend(g for g in c.children if g.dep_ == "pobj")
    # 1.4.0: a quantity of people ('dozens of protesters', 'thousands of children')
    objs += [g for o in list(objs) if o.pos_ in ("NOUN", "NUM") for c in o.children
             if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    # 1.5.0: people the object carries ('a boat full of refugees', 'a bus carrying pilgrims')
    objs += [g for o in list(objs) for c in o.children
             if (c.dep_ == "amod" and c.lower_ in ("full", "packed", "crowded"))
             or (c.dep_ == "acl" and c.lemma_.lower() in ("carry", "transport", "pack", "crowd"))
             for g in c.subtree if g.dep_ in ("pobj", "dobj")]
    for o in objs:
        if not human_noun(o) and any(c.dep_ == "amod" and c.lower_ == "own" for c in o.children) \
                and any(c.dep_ == "poss" and c.lower_ in ("their", "his", "her", "its")
                        for c in o.children):
            # 1.13.0 (round 6): 'the villagers burned their own fields' (property; 'gassed its
            # own people' stays a charge)
            continue
        words = {o.lemma_.lower(), o.lower_} | {
            c.lemma_.lower() for c in o.children if c.dep_ in ("amod", "compound", "poss")}
        words |= {c.lower_ for c in o.children if c.dep_ == "poss"}
        if verb.lemma_.lower() in _CUSTODY_VERBS and not (words - _CROWDS) & PROTECTED:
            # 1.27.0 (round 11): 'Police detained 31 people after the clashes' is a police
            # report of arrests (FRAMING_README hard negative); 'detained three journalists',
            # 'arrested peaceful marchers' still charge
            continue
        if o.lower_ == "old" and any(c.dep_ == "npadvmod" and c.lemma_.lower() in ("year", "month")
                                     for c in o.children):
            # 1.32.0 (round 12): a person named by age ('a 17-year-old was shot dead by
            # settlers'); not for arrests ('police arrested a 40-year-old' is a police report)
            words.add("year-old")
        if words & PROTECTED:
            return True
    return False


# 1.27.0 (round 11): arrests of people counted as a crowd, the report of a police action
_CUSTODY_VERBS = _W.custody_verbs
_CROWDS = _W.crowd_nouns


def predicate_noun(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    return tok.pos_ == "NOUN" and tok.dep_ in ("attr", "oprd", "appos")


_PROCESS_NOUNS = _W.process_nouns


def not_attributive_to_process(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    # The last word heads a multi-word cue ('war crimes tribunal': 'crimes' modifies it).
    return not any(tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in _PROCESS_NOUNS
                   for tok in (doc[i], doc[j - 1]))


_RULE_OBJECTS = _W.rule_objects


def breaks_rule(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    return tok.pos_ == "VERB" and not is_negated(tok) and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _RULE_OBJECTS for c in tok.children)


def held_responsible(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    return tok.dep_ in ("oprd", "xcomp", "ccomp") and tok.head.lemma_.lower() in (
        "hold", "consider", "deem", "find") and not is_negated(tok.head)


def of_or_verb(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    if tok.pos_ == "VERB":
        return not is_negated(tok)
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def actor_verb(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A hostile-aim verb whose subject, when it has one, is an actor ('the plan could
    undermine confidence' blames no one). The subject may be that of a controlling verb:
    'the firefighters tried to stifle the flames' blames no one either."""
    tok = doc[i]
    if tok.pos_ != "VERB" or tok.dep_ == "amod" or is_negated(tok):
        return False  # an attributive participle names no agent ('a neglected emergency')
    if _excused(tok):
        return False
    subj = clause_subject(tok)
    if subj is not None and subj.dep_ == "nsubjpass":
        subj = None  # a passive subject is the patient ('the press was muzzled'), not the agent
    if subj is None:
        # A finite verb without a subject is a misparse ('The new drug suppresses ...' with
        # 'drug' read as a compound): no agent can be read, so no accusation.
        return tok.tag_ not in ("VBZ", "VBD", "VBP")
    return is_actor(subj)


_HARMS = _W.harms


def responsible_for_harm(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    if not not_negated(doc, i, j, view):
        return False
    lexicon = vader_lexicon()
    for_tok = doc[j - 1]
    for g in for_tok.children:
        if g.dep_ in ("pobj", "pcomp"):
            for t in g.subtree:
                if t.lemma_.lower() in _HARMS or lexicon.get(t.lower_, 0.0) < 0:
                    return True
    return False


def on_people(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    for c in doc[i].children:
        if c.dep_ == "prep" and c.lower_ in ("on", "against"):
            for g in c.children:
                if g.dep_ == "pobj" and (human_noun(g) or is_actor(g) or g.lemma_.lower() in (
                        "protest", "dissent", "opposition", "press", "media", "minority", "critic")):
                    return True
    return False


CONDUCT = _W.conduct


def about_conduct(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """An evaluative adjective on a deed or an actor ('brutal force', 'the arrests were
    arbitrary and unlawful'), not on weather or a law."""
    tok = doc[i]
    if is_negated(tok):
        return False
    # A coordinated adjective takes the role of the first one ('arbitrary and unlawful').
    role = tok
    while role.dep_ == "conj" and role.head is not role:
        role = role.head
    if role.dep_ == "amod":
        noun = role.head
    elif role.dep_ == "acomp" or (role.dep_ == "attr" and role.pos_ == "ADJ"):
        noun = subject(role.head)
    else:
        noun = None
    return noun is not None and (noun.lemma_.lower() in CONDUCT or is_actor(noun))


# 1.4.0: prepositions that make 'lie' a place ('lie in rebel areas'), where before any
# preposition but to/about/under did ('has been lying for years' is deceit).
_LOCATIVE_PREPS = frozenset({"in", "at", "on", "with", "within", "behind", "beneath", "below",
                             "near", "between", "among", "amongst", "outside", "inside",
                             "across", "along", "beyond", "around", "upon", "atop", "beside",
                             "ahead", "off", "over", "into"})
_LOCATIVE_PARTICLES = _W.locative_particles


def lie_deceive(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'lie' as deceiving ('the Pentagon is lying', 'lied to parliament about the contract'),
    not as being somewhere ('the blame lies with', 'targets lie in rebel areas')."""
    tok = doc[i]
    if tok.pos_ != "VERB":
        return False
    if tok.lower_ == "lied":
        return True
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _LOCATIVE_PREPS:
            return False  # 'lies with', 'lie in', 'lies at the heart of'; not 'for years''
        if c.dep_ in ("advmod", "prt", "acomp") and c.lower_ in _LOCATIVE_PARTICLES:
            return False
    return True


_NON_AGENT_CAUSES = _W.non_agent_causes


def _excused(verb: Token) -> bool:
    """The clause names a non-agent cause ('customers were overcharged because of a software
    error'): the harm is put down to no one."""
    for c in verb.children:
        if c.dep_ in ("prep", "advcl") and c.lower_ in ("because", "due", "owing", "after"):
            for g in c.subtree:
                if g.dep_ == "pobj" and g.lemma_.lower() in _NON_AGENT_CAUSES:
                    return True
    return False


_DETENTION = _W.detention
_DUE_PROCESS = _W.due_process
_CONSENT = _W.consent


def without_due_process(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'jailed activists without trial', 'held without charge', 'sold data without their
    consent', 'searched homes without a warrant', 'opened fire without warning' (not 'released
    without charge', not 'the storm struck without warning')."""
    prep = doc[i]
    verb = prep.head
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    for g in prep.children:
        if g.dep_ not in ("pobj", "pcomp"):
            continue
        what = g.lemma_.lower()
        if g.dep_ == "pcomp":
            # 1.5.0: the gerund, 'opened the floodgates without warning the villages'
            # (only warning: 'fired the missiles without informing Baghdad' skips a courtesy)
            what = "warning" if what == "warn" else ""
        if what in _DUE_PROCESS:
            return verb.lemma_.lower() in _DETENTION
        if what in _CONSENT:
            subj = clause_subject(verb)
            return subj is None or subj.dep_ == "nsubjpass" or is_actor(subj) or human_noun(subj)
    return False


_PLANTED = _W.planted


def planted_object(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'planted drugs on the suspects', 'planted a bomb' (not 'planted trees')."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _PLANTED
               for c in verb.children)


def wrong_unless_excused(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A wrong whoever does it ('overcharged customers'), unless negated or put down to a
    non-agent cause ('overcharged because of a software error')."""
    tok = doc[i]
    return tok.pos_ == "VERB" and not is_negated(tok) and not _excused(tok)


def crime_noun(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'crimes', 'the crime' (a determined noun, as before), not the name of a process ('the
    war crimes tribunal', 'crime investigators')."""
    return determined_noun(doc, i, j, view) and not_attributive_to_process(doc, i, j, view)
