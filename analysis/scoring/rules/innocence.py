"""Denial 1.19.0 (round 9): a wrongdoing negated through a negative subject or object.

'Nobody tampered with the ballot boxes', 'Nobody is hiding anything', 'Not one euro of the
fund has been misused', 'No official took a single bribe', 'We pressured nobody into
signing': the charge is denied by saying no one did it, or it was done to no one. The
rebuttal rules read 'not' and 'never' on a wrongdoing verb (rebuttal.negated_wrongdoing) and
'No X was V-ed' on a short list of event verbs (denial.negated_subject); this rule reads the
negative quantifier on any verb of wrongdoing the denial words or the accusation lexicon
name, or on a deed whose object is illicit ('a bribe').

``in_no_way`` reads the emphatic 'in no way' on a factual clause ('The company is in no way
responsible', 'Our donation was in no way linked to the decision', 'The pause should in no
way be read as a concession': a reading instruction under 'should'), not a forecast or an
intention ('The tax will in no way affect small firms', 'We will in no way accept ...') nor a
supposition.

Not a plain negative fact about a mishap or a routine ('Nobody was hurt', 'No one answered
the phone'), a rule or a plan ('Nobody will be allowed to cheat'), a supposition ('If nobody
cheated, ...') or a question.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...construction_words import load_construction_words
from ...denial_words import load_denial_words
from ..grammar import in_condition
from ..view import StatementView

_W = load_denial_words()
_CORE_WRONGDOING = _W.core_wrongdoing
_WRONG_EXTRA = _W.wrongdoing_extra
_READING_VERBS = _W.reading_verbs
_NEGATIVE_PRONOUNS = frozenset({"nobody", "nothing", "none", "noone"})
_MODAL_AUX = frozenset({"will", "would", "should", "must", "shall", "can", "could", "may",
                        "might", "'ll", "wo", "ca", "need", "ought", "going", "to"})


def _negative(tok: Token) -> bool:
    """'nobody', 'no one', 'none (of)', 'no X', 'not one X', 'not a single X'."""
    doc = tok.doc
    if tok.lower_ in _NEGATIVE_PRONOUNS:
        return True
    if tok.lower_ == "one" and tok.i > 0 and doc[tok.i - 1].lower_ in ("no", "not"):
        return True
    for c in tok.children:
        if c.dep_ == "det" and c.lower_ == "no":
            return True
        if c.dep_ in ("neg", "nummod", "det", "amod", "quantmod") and c.lower_ in (
                "not", "one") and (any(d.lower_ == "not" for d in c.children) or (
                c.i > 0 and doc[c.i - 1].lower_ == "not")):
            return True
    return tok.i > 1 and doc[tok.i - 1].lower_ == "single" and doc[tok.i - 2].lower_ == "a" \
        and tok.i > 2 and doc[tok.i - 3].lower_ == "not"


def _wrongdoing(verb: Token) -> bool:
    from ..matching import lexicon
    from .rebuttal import _accusation_words

    lemma = verb.lemma_.lower()
    if lemma in _WRONG_EXTRA:
        return True
    return lemma in _CORE_WRONGDOING and lemma in _accusation_words(lexicon("accusation"))


def _illicit_object(verb: Token) -> bool:
    w = load_construction_words()
    for o in verb.children:
        if o.dep_ != "dobj":
            continue
        if o.lemma_.lower() in w.illicit_nouns or any(
                c.dep_ in ("amod", "compound") and c.lower_ in w.illicit_marks for c in o.children):
            return True
    return False


def negated_charge(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """The anchor is a negative subject or object of a factual verb of wrongdoing."""
    tok = doc[i]
    if not view.in_content(i):
        return False
    # 'no one', 'not one euro': the noun the quantifier belongs to
    arg = tok
    for _ in range(3):
        if arg.dep_ in ("nsubj", "nsubjpass", "dobj") or arg.head is arg:
            break
        arg = arg.head
    if arg.dep_ not in ("nsubj", "nsubjpass", "dobj") or not _negative(arg):
        return False
    verb = arg.head
    if verb.pos_ not in ("VERB", "AUX") or in_condition(verb) or not view.in_content(verb.i):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODAL_AUX for c in verb.children):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # 'Nobody did not ...': a double negative, no denial to read
    end = min(view.content[1], view.sentence[1])
    if any(doc[k].text == "?" for k in range(verb.i, end)):
        return False
    if verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP", "VBG"):
        return False
    return _wrongdoing(verb) or _illicit_object(verb)


def in_no_way(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'in no way' on the verb of a factual clause, or on a reading verb under a modal."""
    if not view.in_content(i):
        return False
    verb = doc[i].head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or in_condition(verb) or not view.in_content(verb.i):
        return False
    if any(doc[k].text == "?" for k in range(i, min(view.content[1], view.sentence[1]) + 1)
           if k < len(doc)):
        return False  # a question asks, it rebuts nothing
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODAL_AUX for c in verb.children):
        # 'should in no way be read as a retreat' instructs a reading of what happened
        return verb.lemma_.lower() in _READING_VERBS and any(
            c.dep_ == "auxpass" for c in verb.children)
    return verb.tag_ in ("VBD", "VBN", "VBZ", "VBP")
