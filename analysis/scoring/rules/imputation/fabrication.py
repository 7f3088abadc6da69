"""Claims cast as invented, staged or falsified.

'Exist only in the imagination of CNN's sources', 'the whole story is made up', 'the election
was a charade', 'inflated its revenue', 'these claims are part of a media campaign'. Calling a
claim fiction imputes deceit to whoever made it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ....imputation_words import load_imputation_words
from ...grammar import (
    CLAIM_NOUNS,
    clause_subject,
    deed_objects,
    human_noun,
    is_actor,
    is_negated,
    subject,
)
from ...view import StatementView
from .parties import _other_doer, _person

# The word lists: analysis/data/imputation_words.yaml (what each is for is commented
# there), read once at import by analysis.imputation_words.
_W = load_imputation_words()


def named_imaginer(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A claim put down to a named party's imagination ('exist only in the imagination of
    CNN's sources', 'a figment of the ministry's imagination'): casts them as inventors."""
    from ..rebuttal import imagined

    if not imagined(doc, i, j, view):
        return False
    tok = doc[i]
    owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return any(is_actor(o) or human_noun(o) or o.ent_type_ or any(
        c.dep_ == "poss" and c.ent_type_ for c in o.children) for o in owners)


# What can be made up: an account (motive._ACCOUNTS) or a falsehood word; 'it', 'everything'.
_MADE_UP = _W.made_up
_MAKE_UP_VERBS = _W.make_up_verbs


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


_FIGURES = _W.figures


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


# A claim filed under a hostile operation (2.0, round 2): 'the allegations are part of a
# coordinated campaign against our president', 'a rerun of New Delhi's familiar script'.
_PART_OF = _W.part_of
_SCRIPTS = _W.scripts
_HOSTILE_MODS = _W.hostile_mods


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
