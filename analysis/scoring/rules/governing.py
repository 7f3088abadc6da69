"""Denial that frames a statement from outside it: "denied the reports, saying all missiles
hit their targets".

A flat counter-claim ("all missiles hit their targets") carries no denial word of its own; the
journalist's sentence marks it as a rebuttal by hanging its reporting verb on a denial verb of
the same speaker, either as a participle ("rejected the U.S. reports, saying ...") or as a
coordinated verb ("denied the reports and said ..."). That denial verb is the cue: it lies in
the statement's sentence but outside its content, so the content matcher never sees it. A
content that states an intention ("denied wrongdoing and said it would cooperate") is not a
rebuttal and gets no cue.

The denial verbs are the single-word verb entries of the denial lexicon (``denial.yaml``); no
second list. What this cannot see: a counter-claim with no denial verb in its sentence ("All
missiles hit their targets," the spokesman said), which would need the claim it answers.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...denial_words import load_denial_words
from ...lexicons import Lexicon, LexiconEntry
from ...types import CueHit
from ..grammar import CLAIM_NOUNS
from ..view import StatementView, make_cue

_W = load_denial_words()

# How the reporting verb hangs on the governing verb: participle/adverbial clause or
# coordination. Two steps cover "denied X and mocked Y, insisting that ...".
_LINKS = frozenset({"advcl", "conj"})
_MAX_STEPS = 2
# Objects that make "rejected/dismissed X" a denial of a claim rather than of a proposal.
_PRONOUNS = frozenset({"this", "that", "it", "them", "these", "those"})
_DENIED_THINGS = _W.denied_things


def governing_denial_cues(view: StatementView, lex: Lexicon) -> list[CueHit]:
    """The denial verb that governs the statement's reporting verb, as a denial cue (or none)."""
    if view.cue[1] <= view.cue[0] or _intention(view):
        return []
    verbs = _denial_verbs(lex)
    tok = view.doc[view.cue[0]]
    for _ in range(_MAX_STEPS):
        if tok.dep_ not in _LINKS or tok.head.i == tok.i:
            return []
        if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return []  # "X dismissed the claims, and Fars called them ...": another speaker
        tok = tok.head
        if not view.in_sentence(tok.i) or view.in_content(tok.i):
            return []
        entry = verbs.get(tok.lemma_.lower()) or verbs.get(tok.lower_)
        if entry is not None and tok.pos_ == "VERB" and _denies_a_claim(tok) \
                and _speaker_before(view, tok):
            return [make_cue("denial", view.doc, tok.i, tok.i + 1, entry)]
    return []


def _speaker_before(view: StatementView, verb: Token) -> bool:
    """The statement's speaker is named before the denial verb, so it can be that verb's
    subject; a speaker named after it ("..., and the daily called them ...") is someone else."""
    speaker = view.statement.speaker
    return speaker is None or speaker.span[0] < verb.idx


def _intention(view: StatementView) -> bool:
    """A content about what the speaker will do ("said it would cooperate", "saying it will
    appeal") goes with a denial without rebutting anything itself."""
    doc = view.doc
    for i in range(*view.content):
        tok = doc[i]
        is_root = tok.head.i == tok.i or not view.in_content(tok.head.i)
        if is_root and any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in ("going", "'ll"))
                           for c in tok.children):
            return True
    return False


def _denial_verbs(lex: Lexicon) -> dict[str, LexiconEntry]:
    """The single-word denial verbs of ``lex`` (built once per loaded lexicon)."""
    return lex.derived("denial_verbs", lambda lx: {
        e.pattern: e for e in lx.entries if " " not in e.pattern and e.id.startswith("denial.")
        and e.rule in (None, "not_negated", "speaker_denies", "dismiss_claim")})


def _denies_a_claim(verb: Token) -> bool:
    """Not negated, and what it rejects is a claim: a that-clause, a claim noun, a pronoun
    standing for one, or (for "deny") any single object ("denied involvement")."""
    children = list(verb.children)
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in children):
        return False
    if any(c.dep_ in ("dative", "nsubjpass") for c in children):
        return False  # "denied him a visa", "was denied bail"
    if any(c.dep_ == "ccomp" for c in children):
        return True
    objects = [c for c in children if c.dep_ == "dobj"]
    if not objects:
        return verb.lemma_.lower() == "deny"
    for obj in objects:
        lemma = obj.lemma_.lower()
        if lemma in CLAIM_NOUNS or obj.lower_ in _PRONOUNS or lemma in _DENIED_THINGS:
            return True
        if verb.lemma_.lower() == "deny" and obj.pos_ in ("NOUN", "PROPN"):
            return True
    return False
