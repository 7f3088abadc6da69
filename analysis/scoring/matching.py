"""Lexicon matching under context rules: which lexicon entries count where in a statement."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc

from ..lexicons import Lexicon, LexiconEntry, load_lexicon
from ..types import CueHit
from .rules import RULES
from .view import StatementView, make_cue


@cache
def lexicon(name: str) -> Lexicon:
    """The lexicon ``name``, checked once that every rule it names exists."""
    lex = load_lexicon(name)
    unknown = sorted({e.rule for e in lex.entries if e.rule and e.rule not in RULES})
    if unknown:
        raise ValueError(
            f"lexicon {name!r} ({lex.path}) uses unknown rule(s) {', '.join(unknown)}; "
            f"known: {', '.join(sorted(RULES))}"
        )
    return lex


def matches(lex: Lexicon, doc: Doc, start: int, end: int, view: StatementView) -> Iterator[tuple[LexiconEntry, int, int]]:
    """Non-overlapping matches in ``doc[start:end]`` whose context rule holds, longest first."""
    first = lex.first_words()
    keys = view.keys
    i = start
    while i < end:
        form, lemma = keys[i]
        if form not in first and lemma not in first:
            i += 1
            continue
        hit = None
        for m in lex.match_keys(keys, i, end):
            rule = m.entry.rule
            if rule is None or RULES[rule](doc, m.start, m.end, view):
                hit = m
                break
        if hit is None:
            i += 1
        else:
            yield hit.entry, hit.start, hit.end
            i = hit.end


def cue_matches(lex: Lexicon, view: StatementView) -> list[tuple[LexiconEntry, int, int]]:
    """Matches that start on a reporting-cue token outside the content ('denied', 'hit back')."""
    out = []
    for k in range(*view.cue):
        if view.in_content(k):
            continue
        for m in lex.match_keys(view.keys, k, view.sentence[1]):
            if m.end > view.cue[1] and any(view.in_content(x) for x in range(m.start, m.end)):
                continue
            rule = m.entry.rule
            if rule is None or RULES[rule](view.doc, m.start, m.end, view):
                out.append((m.entry, m.start, m.end))
                break
    return out


def frame_adverbs(view: StatementView) -> list[int]:
    """Adverbs attached to the reporting verb but outside the content ('reportedly said')."""
    out: list[int] = []
    for tok in view.cue_tokens():
        for c in tok.children:
            if c.dep_ == "advmod" and view.in_sentence(c.i) and not view.in_content(c.i):
                out.append(c.i)
    return sorted(out)


def lexicon_cues(frame: str, lex_name: str, view: StatementView, extra: list[int] | None = None) -> list[CueHit]:
    """Cues of lexicon ``lex_name`` in the content, plus any starting on the ``extra`` tokens."""
    doc = view.doc
    lex = lexicon(lex_name)
    cues = [make_cue(frame, doc, i, j, e) for e, i, j in matches(lex, doc, *view.content, view)]
    for k in extra or ():
        for e, i, j in matches(lex, doc, k, k + 1, view):
            cues.append(make_cue(frame, doc, i, j, e))
    return cues
