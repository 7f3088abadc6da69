"""Pair quote marks by their opening/closing context, not by counting.

Counting marks fails on real copy: apostrophes (Russia's, don't, '90s, O'Brien), British
single-quote style, a stray unclosed mark, and the news convention that a quote running over
several paragraphs leaves each paragraph open and re-opens the next one. Here every mark is
classed from its neighbours (an opener follows a space or bracket and precedes a word; a
closer follows a word and precedes a space or punctuation), then paired with a stack per
paragraph. What cannot be paired is dropped, never guessed: the text is never rejected.

One pass of one compiled regex over the text, so the cost is linear in its length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.types import Span

# family of each mark: which marks can pair with which
_FAMILY = {
    "“": "double", "”": "double", '"': "double", "„": "double", "‟": "double",
    "‘": "single", "’": "single", "'": "single", "‚": "single", "‛": "single",
    "«": "guillemet", "»": "guillemet", "‹": "sguillemet", "›": "sguillemet",
}
_OPEN_ONLY = frozenset("„‚«‹‟‛")
_CLOSE_ONLY = frozenset("»›")
_MARK_RE = re.compile("[\"'“”„‟‘’‚‛«»‹›]|\n[ \t\r\f\v]*\n|\n")
_OPEN_LEFT = frozenset(" \t\n\r([{<—–-/:;,") | set(_FAMILY)
_CLOSE_RIGHT = frozenset(" \t\n\r.,;:!?)]}>—–-/…") | set(_FAMILY)


@dataclass(frozen=True)
class Quote:
    """A paired quotation: ``open``/``close`` are the marks' offsets (``close`` may be the
    paragraph end for a quote continued in the next paragraph), ``inner`` the text between."""

    open: int
    close: int
    inner: Span
    family: str
    depth: int = 0  # 0 for a top-level quote, 1 for a quote inside a quote
    continued: bool = False  # closed by the multi-paragraph convention, not by a mark

    @property
    def outer(self) -> Span:
        return (self.open, self.close if self.continued else self.close + 1)


def _is_apostrophe(text: str, i: int) -> bool:
    left = text[i - 1] if i > 0 else " "
    right = text[i + 1] if i + 1 < len(text) else " "
    if left.isalnum() and right.isalpha():
        return True  # don't, Russia's, O'Brien
    # '90s, '15: an elided year, not an opener
    return (not left.isalnum()) and right.isdigit()


def _contexts(text: str, i: int) -> tuple[bool, bool]:
    left = text[i - 1] if i > 0 else " "
    right = text[i + 1] if i + 1 < len(text) else " "
    can_open = (left in _OPEN_LEFT or i == 0) and not right.isspace()
    can_close = not left.isspace() and i > 0 and (right in _CLOSE_RIGHT or i + 1 == len(text))
    return can_open, can_close


def paragraph_spans(text: str) -> list[Span]:
    """Paragraphs: text between line breaks (blank lines or single newlines), non-empty."""
    out: list[Span] = []
    start = 0
    for m in re.finditer(r"\n", text):
        if text[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def find_quotes(text: str, *, nested: bool = False) -> list[Quote]:
    """Paired quotations in ``text`` in order of their opening mark.

    Top-level quotes only unless ``nested``; an unclosed mark is dropped, except that a quote
    left open at a paragraph end closes there when the next paragraph opens with a mark of the
    same family (the multi-paragraph quote convention).
    """
    quotes: list[Quote] = []
    stack: list[tuple[int, str, str]] = []  # (offset, mark, family)
    para_end = 0

    def flush_paragraph(end: int, next_start: int) -> None:
        if stack:
            base_off, _, fam = stack[0]
            nxt = _first_mark(text, next_start)
            if nxt is not None and _FAMILY.get(nxt) == fam and len(stack) == 1:
                quotes.append(Quote(base_off, end, (base_off + 1, end), fam, 0, True))
        stack.clear()

    for m in _MARK_RE.finditer(text):
        ch = m.group(0)
        i = m.start()
        if ch[0] == "\n":
            end = i
            while end > para_end and text[end - 1] in " \t\r":
                end -= 1
            flush_paragraph(end, m.end())
            para_end = m.end()
            continue
        fam = _FAMILY[ch]
        if fam == "single" and ch in "’'" and _is_apostrophe(text, i):
            continue
        if ch == "‘" and i + 1 < len(text) and text[i + 1].isdigit():
            continue
        can_open, can_close = _contexts(text, i)
        if ch in _OPEN_ONLY:
            can_open, can_close = True, False
        elif ch in _CLOSE_ONLY:
            can_open, can_close = False, True
        elif ch == "“":
            # closes only a German-style „ ... “
            low_open = any(s[1] == "„" for s in stack)
            can_close = can_close and low_open
            can_open = not can_close
        elif ch == "‘":
            can_close = can_close and any(s[1] == "‚" for s in stack)
            can_open = not can_close
        elif ch in "”’":
            # a right mark closes an open quote of its family; otherwise it may open one
            # (Swedish style, typos) only from an opening context
            has_open = any(st[2] == fam for st in stack)
            if has_open and (ch == "”" or can_close):
                can_close, can_open = True, False
            else:
                can_close = False
        if can_close:
            idx = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][2] == fam), None)
            if idx is not None:
                off, _, _ = stack[idx]
                del stack[idx:]
                if i > off + 1:
                    quotes.append(Quote(off, i, (off + 1, i), fam, idx, False))
                continue
            if not can_open:
                continue
        if can_open:
            stack.append((i, ch, fam))
    flush_paragraph(len(text.rstrip()), len(text))
    quotes.sort(key=lambda q: q.open)
    if nested:
        return quotes
    return [q for q in quotes if q.depth == 0]


def _first_mark(text: str, start: int) -> str | None:
    j = start
    n = len(text)
    while j < n and text[j] in " \t\r\n":
        j += 1
    return text[j] if j < n and text[j] in _FAMILY else None


def strip_span(text: str, span: Span, chars: str = " \t\r\n") -> Span:
    """``span`` without leading/trailing ``chars``."""
    s, e = span
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return (s, e)
