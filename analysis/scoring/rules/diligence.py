"""Denial 1.14.0 (round 6): a party's conduct defended as having done all it could.

'The school did everything it could to protect the pupils', 'Our crews did all they could',
'The hospital has done everything in its power': a defence against a charge of neglect, a
positive-phrased rebuttal in the sense of benchmarks/gold/FRAMING_README.md ('we have always
put patient safety first'). Written from a miss on the first half of the round-6 probe
statements (tests/test_framing_endangerment_and_defences.py). The words that bound 'everything' are data
(construction_words.yaml effort_limits).

Not promises or plans ('We will do everything we can to find the sailors', 'must do all it
can'), not negated ('did not do everything it could', which charges neglect), not a bare
'did everything' without a bound ('she did everything herself').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...construction_words import load_construction_words
from ..grammar import is_negated
from ..view import StatementView


def _bounded(tok: Token) -> bool:
    """'everything it could', 'everything possible', 'everything in its power'."""
    limits = load_construction_words().effort_limits
    return any(t.lemma_.lower() in limits or t.lower_ in limits
               for c in tok.children if c.dep_ in ("relcl", "amod", "prep", "acl")
               and (tok.pos_ != "VERB" or c.lower_ == "in")
               for t in c.subtree)


def did_all_it_could(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'everything'/'all' as the object of a past or perfect 'do', bounded by what was
    possible, in a clause that is not negated, modal or future."""
    tok = doc[i]
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() != "do" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if is_negated(verb) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have"
                                         for c in verb.children)
    if verb.tag_ != "VBD" and not perfect:
        return False
    # the bound hangs on 'everything' or, as often parsed, on the verb ('done everything in
    # their power')
    return _bounded(tok) or any(c.dep_ == "prep" and c.lower_ == "in" and _bounded(verb)
                                for c in verb.children)
