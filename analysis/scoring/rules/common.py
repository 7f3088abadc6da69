"""Context rules used by several lexicons: part of speech, negation, first person."""

from __future__ import annotations

from spacy.tokens import Doc

from ..grammar import is_negated, subject
from ..view import StatementView


def attributive(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    return doc[i].dep_ == "amod"


def predicative(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    return doc[i].dep_ != "amod" and doc[i].pos_ in ("ADJ", "VERB")


def first_person(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    subj = subject(tok)
    return subj is not None and subj.lower_ in ("i", "we")


def not_negated(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    heads = [tok]
    if tok.dep_ in ("acomp", "attr", "xcomp", "amod"):
        heads.append(tok.head)
    return not any(c.dep_ == "neg" or c.lower_ == "never" for h in heads for c in h.children)


def is_noun(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    return doc[i].pos_ in ("NOUN", "PROPN")


def is_verb(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    return doc[i].pos_ in ("VERB", "AUX")


def negated(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    return doc[i].pos_ in ("VERB", "AUX", "ADJ") and is_negated(doc[i])


def determined_noun(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    tok = doc[i]
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return tok.tag_ in ("NNS", "NNPS") or any(
        c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children)
