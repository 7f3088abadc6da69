"""Accusation 1.10.0 (round 5): an outcome fixed before the process that should decide it.

'The verdict was written before the trial even began'; 'The result was decided long before a
single vote was cast'; 'The winner of the tender was chosen before the bids were even opened'.
An outcome settled before its process starts charges those who settled it with rigging (README
dev6: "the new electoral map was drawn to silence rural voters" and other accusations without
keywords). Written from the class of misses on the tuning items, checked first on blind probes
(tests/test_framing_tags_cut_claims_and_aims.py, class O). The outcome and process nouns and the steps that start
a process are data (construction_words.yaml: verdict_nouns, process_nouns, process_steps); the
verbs of settling an outcome are the lexicon entries that name this rule (accusation.yaml).

Not a plain timeline ('The results were announced before midnight', 'The decision was taken
before the storm began', 'The ballots were printed before the campaign began').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...construction_words import load_construction_words
from ..grammar import is_negated
from ..view import StatementView


def _process_started(clause: Token) -> bool:
    """A 'before' clause whose verb starts a process and whose subject is one ('before the
    trial began', 'before a single vote was cast', 'before the bids were opened')."""
    words = load_construction_words()
    if not any(c.dep_ == "mark" and c.lower_ == "before" for c in clause.children):
        return False
    if clause.lemma_.lower() not in words.process_steps:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in words.process_nouns
               for c in clause.children)


def outcome_before_process(doc: Doc, i: int, j: int, view: StatementView) -> bool:
    """A passive of settling ('was written/decided/chosen/agreed') with an outcome as its
    subject and a 'before' clause in which the deciding process starts."""
    verb = doc[i]
    if verb.pos_ != "VERB" or is_negated(verb) or not any(
            c.dep_ == "auxpass" for c in verb.children):
        return False
    words = load_construction_words()
    if not any(c.dep_ == "nsubjpass" and c.lemma_.lower() in words.verdict_nouns
               for c in verb.children):
        return False
    # (the parser reads the "before" clause as advcl or, after an adverb, as xcomp)
    return any(c.dep_ in ("advcl", "xcomp") and _process_started(c) for c in verb.children)
