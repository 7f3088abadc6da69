"""Denial 1.21.0 (round 9): a figure or a study in circulation disputed.

benchmarks/gold/FRAMING_README.md: "disputing a figure in circulation is" a denial, while a
body correcting its own figure is not. Two shapes the older rules missed:

- ``figure_leaves_out``: the figure, count or study is said to leave something out ('The
  government's poverty figures leave out everyone in shelters', 'The league table ignores
  pupils who join mid-year', 'The death toll omits ...');
- ``real_figure``: 'the real / true / actual number is closer to 9,000', 'the true cost is far
  higher than the council admits': the speaker's figure replaces the one in circulation.

Not a plain scope note ('The figures do not include December'), a plan ('will exclude people
under 18'), an unknown ('The real cost is still unknown'), nor the omission verbs said of
people ('Our team ignored the noise'). The words are data (denial_words.yaml figure_nouns,
omission_verbs).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...denial_words import load_denial_words
from ..grammar import in_condition, is_negated
from ..view import StatementView

_W = load_denial_words()
_FIGURE_NOUNS = _W.figure_nouns
_OMISSION_VERBS = _W.omission_verbs
_GENUINE = _W.genuine
_NEGATIVE_OBJECTS = frozenset({"nothing", "nobody", "none", "no"})


def _factual(verb: Token) -> bool:
    if verb.pos_ not in ("VERB", "AUX") or is_negated(verb) or in_condition(verb):
        return False
    return not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in ("going", "to"))
                   for c in verb.children)


def figure_leaves_out(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """An omission verb whose subject is a figure, count or study."""
    verb = doc[i]
    if verb.pos_ != "VERB" or not view.in_content(i) or not _factual(verb):
        return False
    if verb.lemma_.lower() == "leave" and not any(c.dep_ == "prt" and c.lower_ == "out"
                                                  for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _FIGURE_NOUNS:
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return not any(o.lower_ in _NEGATIVE_OBJECTS or any(
        d.lower_ == "no" for d in o.children) for o in objs)


def real_figure(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'the real/true/actual <figure>' as the subject of 'be' with a number or a comparison."""
    adj = doc[i]
    noun = adj.head
    if adj.lower_ not in _GENUINE or adj.dep_ != "amod" or noun.lemma_.lower() not in _FIGURE_NOUNS:
        return False
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() != "be" or not _factual(noun.head):
        return False
    verb = noun.head
    comp = [c for c in verb.children if c.dep_ in ("attr", "acomp", "prep", "advmod")]
    for c in comp:
        for t in c.subtree:
            if t.like_num or t.tag_ in ("JJR", "RBR") or t.lower_ in ("nowhere", "double",
                                                                     "twice", "half"):
                return True
    return False
