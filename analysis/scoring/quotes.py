"""Scare quotes: short quoted fragments and "so-called X" in the statement's sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..lexicons import LexiconEntry
from ..types import CueHit, FrameScore, Statement
from .matching import lexicon, matches
from .view import StatementView, make_cue, make_view, total

_QUOTE_PAIRS = {"“": "”", "‘": "’", '"': '"', "'": "'", "«": "»", "„": "“"}


_WORD_RE = re.compile(r"\w")


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


@dataclass(frozen=True)
class Quoted:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark


def _quote_pairs(text: str, base: int) -> list[Quoted]:
    """Pairs of quote marks in ``text`` (offsets shifted by ``base``), innermost kept.

    Single marks are read as quotes only at word edges, so the apostrophes in "Russia’s" and
    "don’t" are not taken for closing quotes. The sentences of one doc are read by several
    statements, so the last sentence's pairs are kept.
    """
    global _last_pairs
    if _last_pairs[0] == (text, base):
        return list(_last_pairs[1])
    pairs: list[Quoted] = []
    n = len(text)
    for opener, closer, marks in _MARKS:
        single = opener in ("‘", "'")
        open_at = -1
        for found in marks.finditer(text):
            k = found.start()
            ch = text[k]
            before = text[k - 1] if k > 0 else " "
            after = text[k + 1] if k + 1 < n else " "
            can_open = ch == opener and not _is_letter(before) and (after.isalnum() or after in "‘'\"“")
            can_close = ch == closer and not before.isspace() and not _is_letter(after)
            if single and ch == closer and _is_letter(before) and _is_letter(after):
                continue  # apostrophe inside a word
            if open_at >= 0 and can_close:
                pairs.append(Quoted(base + open_at, base + k + 1))
                open_at = -1
            elif can_open:
                open_at = k
    _last_pairs = ((text, base), tuple(pairs))
    return pairs


_MARKS = tuple((o, c, re.compile(re.escape(o) if o == c else f"[{re.escape(o)}{re.escape(c)}]"))
               for o, c in (("“", "”"), ("«", "»"), ("‘", "’"), ('"', '"'), ("'", "'")))
_last_pairs: tuple[tuple[str, int] | None, tuple[Quoted, ...]] = (None, ())


def _short_fragment(doc_text: str, q: Quoted) -> bool:
    inner = doc_text[q.start + 1:q.end - 1].strip()
    words = [w for w in inner.split() if _WORD_RE.search(w)]
    return 1 <= len(words) <= 4


def scare_fragments(view: StatementView) -> list[Quoted]:
    if view.fragments is None:
        view.fragments = _find_fragments(view)
    return view.fragments


def _find_fragments(view: StatementView) -> list[Quoted]:
    st = view.statement
    text = view.sent_text
    a = view.sent_base
    out = []
    if not any(ch in text for ch in _QUOTE_PAIRS):
        return out
    for q in _quote_pairs(text, a):
        q_local = Quoted(q.start - a, q.end - a)
        if not _short_fragment(text, q_local):
            continue
        inner = (q.start + 1, q.end - 1)
        # The statement itself in quote marks is a quotation, not a scare quote.
        if inner[0] <= st.content[0] + 1 and st.content[1] - 1 <= inner[1]:
            continue
        # Neither is one part of a split quotation ('"If there was confirmation," he added')
        # nor a short quotation introduced by a speech verb ('some say "at least four"').
        if view.chars(*inner).rstrip().endswith(","):
            continue
        before = text[:q.start - a].rstrip()
        if before.endswith(":") or _SPEECH_BEFORE.search(before):
            continue
        out.append(q)
    return sorted(out, key=lambda q: q.start)


def _so_called(view: StatementView) -> list[CueHit]:
    """'so-called X' in the sentence, the cue running to the head noun of X."""
    doc = view.doc
    lex = lexicon("irony")
    out = []
    for e, i, j in matches(lex, doc, *view.sentence, view):
        if not e.id.startswith("irony.so_called"):
            continue
        k = j
        while k < view.sentence[1] and k < j + 4 and doc[k].pos_ not in ("NOUN", "PROPN"):
            if doc[k].is_quote or doc[k].is_punct:
                break
            k += 1
        if k < view.sentence[1] and doc[k].pos_ in ("NOUN", "PROPN") and not doc[k].is_punct:
            while k + 1 < view.sentence[1] and doc[k + 1].pos_ in ("NOUN", "PROPN") and doc[k + 1].head.i != k:
                k += 1
            end = k + 1
        else:
            end = j
        out.append((e, i, end))
    return [make_cue("scare_quotes", doc, i, end, e) for e, i, end in out]


_SPEECH_BEFORE = re.compile(
    r"\b(?:say|says|said|saying|tell|tells|told|add|adds|added|write|writes|wrote|reply|"
    r"replies|replied|state|states|stated|ask|asks|asked|shout|shouted|answer|answered),?$",
    re.IGNORECASE,
)


_SCARE_ENTRY = LexiconEntry(id="scare.quoted_fragment", pattern="quoted fragment", weight=1.0,
                            source="FrameLens rule: 1-4 words in quote marks, not the statement")


def scare_quote_score(statement: Statement, doc: Doc) -> FrameScore:
    """Short quoted fragments (1-4 words) and 'so-called X' in the sentence: a count."""
    return scare_quote_frame(make_view(statement, doc))


def scare_quote_frame(view: StatementView) -> FrameScore:
    cues = [CueHit("scare_quotes", view.chars(q.start, q.end), (q.start, q.end), 1.0, _SCARE_ENTRY.id)
            for q in scare_fragments(view)]
    cues.extend(_so_called(view))
    cues.sort(key=lambda c: c.span)
    cues_t = tuple(cues)
    return FrameScore("scare_quotes", total(cues_t), cues_t)
