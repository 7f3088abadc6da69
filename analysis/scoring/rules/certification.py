"""Denial 1.9.0 (round 5): the speaker's account of what was done, certified by a norm or by
independent checkers.

'The ward was closed within hours of the first positive test, exactly as our protocols
require'; 'The count was conducted in public, as independent observers confirmed'. The 'as'
clause sets the account against a charge that it was done otherwise: a positive-phrased
rebuttal (README: positive-phrased rebuttals). Written from the class of misses on the tuning
items, checked first on blind probes (tests/test_framing_tags_cut_claims_and_aims.py, class Q). The norm nouns
(protocol, law, licence ...) and the checkers (observers, inspectors, auditors ...) are data
(construction_words.yaml: norm_nouns, verifier_nouns); the certifying verbs are the lexicon
entries that name this rule (denial.yaml).

Not an obligation or a plan ('Residents must leave by noon, as the law requires', 'The plant
will close in May, as the contract requires'), not a news source confirming a fact ('as the
BBC confirmed').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...construction_words import load_construction_words
from ...denial_words import load_denial_words
from ..grammar import clause_subject, is_negated
from ..view import StatementView

_W = load_denial_words()

# Certifying verbs of a norm ('as the law requires') as against those of a checker ('as the
# observers confirmed').
_NORM_VERBS = _W.norm_verbs
# Modals and the future: the main clause states an obligation or a plan, not what was done.
_NOT_FACTUAL = frozenset({"must", "should", "will", "shall", "would", "can", "could", "may",
                          "might", "need", "ought", "'ll"})


def _factual(verb: Token) -> bool:
    if verb.tag_ in ("VB", "MD") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # an imperative or a bare form
    return not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _NOT_FACTUAL
                   for c in verb.children)


def certified_conduct(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """'..., (exactly) as the guidelines require', '..., as independent observers confirmed'
    on a factual main clause."""
    verb = doc[i]
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "advcl" or is_negated(verb):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    main = verb.head
    if not view.in_content(main.i) or main.pos_ not in ("VERB", "AUX") or not _factual(main):
        return False
    if is_negated(main):
        return False  # 1.19.1: 'had not notified them as the treaty requires' is a charge
    subj = clause_subject(verb)
    if subj is None:
        return False
    words = load_construction_words()
    checkers = words.norm_nouns if verb.lemma_.lower() in _NORM_VERBS else words.verifier_nouns
    return subj.lemma_.lower() in checkers
