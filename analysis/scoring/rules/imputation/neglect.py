"""Harm withheld, concealed or let happen.

'The hospital did not report the outbreak', 'kept quiet about the defects', 'deleted the
emails', 'the authorities were warned and did nothing', 'were warned about the cracks and kept
flying the jets', 'left the migrants to drown', 'the governor was on holiday while the town
drowned'. Knowledge of a harm plus inaction, concealment or absence is the charge.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ....imputation_words import load_imputation_words
from ....sentiment import vader_lexicon
from ...grammar import clause_subject, deed_objects, human_noun, is_actor, is_negated
from ...view import StatementView
from .parties import _other_doer, _person

# The word lists: analysis/data/imputation_words.yaml (what each is for is commented
# there), read once at import by analysis.imputation_words.
_W = load_imputation_words()


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


_RECORDS = _W.records


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


_HARM_FACTS = _W.harm_facts
_HARM_STATES = _W.harm_states
_INFORMING = _W.informing


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


_LEFT_TO = _W.left_to


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


_NECESSITIES = _W.necessities


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


_DISASTERS = _W.disasters


def away_during_harm(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'The governor was on holiday while the town drowned' (absent while people suffered)."""
    for t in doc[view.content[0]:view.content[1]]:
        if t.dep_ == "advcl" and t.lemma_.lower() in _DISASTERS and any(
                c.dep_ == "mark" and c.lower_ in ("while", "as", "when") for c in t.children):
            return True
    return False


# Warned and went on (2.0, round 2): the knowing-negligence type of heldout3, as a structure:
# a passive 'warn' whose subject then persists in a coordinated verb ('were warned about the
# cracks and kept flying the jets', 'chose to keep the ward open', 'went ahead anyway').
_PERSIST = _W.persist
_CHOOSE = _W.choose
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
