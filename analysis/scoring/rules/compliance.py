"""Denial 1.18.0 (round 9): conduct declared by the book, a positive-phrased rebuttal.

benchmarks/gold/FRAMING_README.md counts a defensive, positive-phrased account as a denial
('the ward was closed within hours, exactly as our protocols require'; 'in full accordance
with the rules'; 'has always followed the admissions rules to the letter'), but not a plain
track record or a third party's routine conduct with no rebuttal marker. rebuttal.py reads
'followed every procedure' on an active verb with a universal object or the speaker's own
side; this module adds what it left out:

- ``norm_kept``: a norm kept in the passive or with a manner that makes the compliance
  categorical ('All fire safety procedures had been followed', 'followed the policy step by
  step', 'applied the guidelines to the letter', 'respected every guarantee of a fair
  hearing'), the norm a rule, procedure, policy or guarantee (denial_words.yaml rule_objects
  plus norms_extra);
- ``in_line_with_norm``: a past deed 'in line with / in keeping with' a norm ('carried out
  their checks in line with the law');
- ``restrained_conduct``: acting 'with (the utmost / maximum / full) restraint' or 'with full
  respect for' the law, a stock defence of the use of force.

Not duties, plans or promises ('Drivers must follow all safety rules', 'will act in line with
the league's advice'), negations ('the procedures had not been followed', a charge), or
suppositions; not a norm published or changed ('The new guidelines were published').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...denial_words import load_denial_words
from ..grammar import in_condition, is_negated
from ..view import StatementView

_W = load_denial_words()
_RULE_OBJECTS = _W.rule_objects
_NORMS = _RULE_OBJECTS | _W.norms_extra
_KEEP_VERBS = _W.norm_keeping_verbs
_CONDUCT_VERBS = _W.conduct_verbs
_CATEGORICAL_MANNER = _W.categorical_manner
_UNIVERSAL = frozenset({"all", "every", "each"})
_MODAL_AUX = frozenset({"will", "would", "should", "must", "shall", "can", "could", "may",
                        "might", "'ll", "wo", "ca", "need", "ought", "going", "to"})


def _factual(verb: Token) -> bool:
    """Not negated, modal, future, supposed, imperative or an infinitive."""
    if verb.pos_ not in ("VERB", "AUX") or is_negated(verb) or in_condition(verb):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODAL_AUX for c in verb.children):
        return False
    if verb.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # imperative or bare infinitive
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("nobody", "none", "nothing")
           for c in verb.children):
        return False
    return verb.tag_ in ("VBD", "VBN", "VBZ", "VBP")


def _norms_of(verb: Token) -> list[Token]:
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    out += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
            for g in c.children if g.dep_ == "pobj"]
    # 'followed the detention policy step by step' is often parsed with 'policy' as a
    # compound of 'step': the norm may sit one compound down
    out += [c for o in list(out) for c in o.children if c.dep_ == "compound"]
    return [o for o in out if o.lemma_.lower() in _NORMS]


def _categorical(verb: Token, norms: list[Token], view: StatementView) -> bool:
    if any(d.lower_ in _UNIVERSAL for o in norms for d in o.children):
        return True
    doc = view.doc
    end = min(view.content[1], verb.right_edge.i + 1)
    words = " ".join(doc[k].lower_ for k in range(max(view.content[0], verb.left_edge.i), end))
    padded = f" {words} "
    return any(f" {m} " in padded for m in _CATEGORICAL_MANNER)


def norm_kept(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A norm followed, respected or applied, categorically or in the passive."""
    from .rebuttal import clause_subject, speakers_side

    verb = doc[i]
    if verb.lemma_.lower() not in _KEEP_VERBS or not view.in_content(i) or not _factual(verb):
        return False
    norms = _norms_of(verb)
    if not norms:
        return False
    if _categorical(verb, norms, view):
        return True
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    # the passive with a universal subject ('All procedures were followed') is read above;
    # the own side's plain compliance ('Our staff applied the guidelines') counts too
    return not passive and speakers_side(clause_subject(verb), view)


def in_line_with_norm(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'in line with / in keeping with' a norm after a factual past or present deed."""
    if not view.in_content(i):
        return False
    with_tok = doc[j - 1]
    pobj = next((c for c in with_tok.children if c.dep_ == "pobj"), None)
    if pobj is None and j < view.content[1]:
        # the parser may hang the noun elsewhere: take the next noun
        pobj = next((doc[k] for k in range(j, min(view.content[1], j + 5))
                     if doc[k].pos_ in ("NOUN", "PROPN")), None)
    if pobj is None or pobj.lemma_.lower() not in _NORMS:
        return False
    verb = doc[i].head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    return _factual(verb) and verb.tag_ in ("VBD", "VBN")


def restrained_conduct(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'acted with the utmost restraint', 'with full respect for international law'."""
    tok = doc[i]
    if tok.pos_ != "NOUN" or not view.in_content(i):
        return False
    cur = tok
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head  # 'with professionalism and restraint'
    prep = cur.head
    if cur.dep_ != "pobj" or prep.lower_ != "with":
        return False
    verb = prep.head
    if verb.lemma_.lower() not in _CONDUCT_VERBS or not _factual(verb):
        return False
    if tok.lemma_.lower() == "respect":
        # 'with full respect for the law', not 'with respect to the budget'
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)
    return True
