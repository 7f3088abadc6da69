"""The token view of one statement in its parsed article, shared by every scorer.

Scorers never parse: they read the tokens of the article's ``Doc`` inside the statement's
spans. :class:`StatementView` maps those character spans to token ranges once per statement,
and keeps the sentence text and token keys that cue matching reads many times.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from ..lexicons import LexiconEntry, fold
from ..types import CueHit, Span, Statement

if TYPE_CHECKING:
    from .quotes import Quoted


@dataclass
class StatementView:
    """The token ranges of one statement in its doc, computed once per statement.

    ``doc.text`` is rebuilt from the tokens on every access (O(article)), so the view keeps
    the sentence's text once and every cue reads its characters from there.
    """

    doc: Doc
    statement: Statement
    content: tuple[int, int]  # token index range [start, end) of the content
    sentence: tuple[int, int]
    cue: tuple[int, int]  # empty (0, 0) when there is no cue inside the sentence
    sent_text: str = ""
    sent_base: int = 0
    fragments: list[Quoted] | None = None
    # (folded form, folded lemma) of the doc's tokens, indexed like the doc, filled for this
    # sentence and shared by every statement of the doc (see :func:`doc_keys`).
    keys: list[tuple[str, str] | None] = field(default_factory=list)

    def chars(self, a: int, b: int) -> str:
        """``doc.text[a:b]`` for offsets inside the sentence's tokens."""
        return self.sent_text[a - self.sent_base:b - self.sent_base]

    def in_sentence(self, i: int) -> bool:
        return self.sentence[0] <= i < self.sentence[1]

    def in_content(self, i: int) -> bool:
        return self.content[0] <= i < self.content[1]

    def cue_tokens(self) -> list[Token]:
        return [self.doc[i] for i in range(*self.cue)]


# The last doc's text and token keys: the pipeline scores all statements of one doc in a
# row, so one slot saves rebuilding the text (O(article) per ``doc.text``) and reading every
# token's strings from spaCy once per statement and scorer.
_last: tuple[Doc | None, str, list[tuple[str, str] | None]] = (None, "", [])


def _doc_cache(doc: Doc) -> tuple[Doc | None, str, list[tuple[str, str] | None]]:
    global _last
    last = _last
    if last[0] is not doc:
        last = _last = (doc, doc.text, [None] * len(doc))
    return last


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc."""
    return _doc_cache(doc)[1]


# (lower-case form hash, lemma hash) -> token keys; news vocabulary repeats, so reading the
# two hashes of every token in one array call and the strings once per word type is far
# cheaper than two string properties per token.
_KEYS_BY_HASH: dict[tuple[int, int], tuple[str, str]] = {}
_KEYS_BY_HASH_MAX = 500_000


def doc_keys(doc: Doc, start: int, end: int) -> list[tuple[str, str] | None]:
    """:func:`~analysis.lexicons.token_keys` of the tokens of ``doc``, indexed like the doc.

    Filled for ``[start, end)`` (a sentence) on demand and kept for the next statement of the
    same doc; tokens of sentences no statement reads stay ``None``.
    """
    keys = _doc_cache(doc)[2]
    if end > start and (keys[start] is None or keys[end - 1] is None):
        if len(_KEYS_BY_HASH) > _KEYS_BY_HASH_MAX:
            _KEYS_BY_HASH.clear()
        known = _KEYS_BY_HASH
        strings = doc.vocab.strings
        k = start
        for lower, lemma in doc[start:end].to_array([LOWER, LEMMA]).tolist():
            pair = (lower, lemma)
            got = known.get(pair)
            if got is None:
                got = known[pair] = (fold(strings[lower]), fold(strings[lemma].lower()))
            keys[k] = got
            k += 1
    return keys


def _token_range(doc: Doc, span: Span | None) -> tuple[int, int]:
    """Tokens wholly inside the character span ``[a, b)`` (empty range if none)."""
    if span is None or span[1] <= span[0]:
        return (0, 0)
    a, b = span
    sp = doc.char_span(a, b, alignment_mode="contract")
    if sp is None or len(sp) == 0:
        return (0, 0)
    return (sp.start, sp.end)


def make_view(statement: Statement, doc: Doc) -> StatementView:
    """The statement's token ranges in ``doc``; content and cue are clipped to its sentence."""
    sent = _token_range(doc, statement.sentence)
    content = _token_range(doc, statement.content)
    # Content tokens outside the sentence cannot give cues inside it; clip.
    content = (max(content[0], sent[0]), min(content[1], sent[1]))
    if content[1] < content[0]:
        content = (sent[0], sent[0])
    cue = _token_range(doc, statement.cue_span)
    if not (sent[0] <= cue[0] and cue[1] <= sent[1]):
        cue = (0, 0)
    if sent[1] > sent[0]:
        base = doc[sent[0]].idx
        last = doc[sent[1] - 1]
        sent_text = doc_text(doc)[base:last.idx + len(last.text)]
    else:
        sent_text, base = "", 0
    return StatementView(doc, statement, content, sent, cue, sent_text, base,
                         keys=doc_keys(doc, *sent))


def make_cue(score: str, doc: Doc, start_i: int, end_i: int, entry: LexiconEntry,
             weight: float | None = None) -> CueHit:
    """The cue of ``entry`` matched on tokens ``[start_i, end_i)``, with its character span."""
    a = doc[start_i].idx
    last = doc[end_i - 1]
    b = last.idx + len(last.text)
    return CueHit(score=score, text=doc_text(doc)[a:b], span=(a, b),
                  weight=entry.weight if weight is None else weight, rule=entry.id)


def total(cues: tuple[CueHit, ...] | list[CueHit]) -> float:
    """Sum of the cue weights, added in cue order (the properties test recomputes it so)."""
    value = 0.0
    for c in cues:
        value += c.weight
    return value


def token_at(doc: Doc, char: int) -> Token:
    """The token covering character ``char``."""
    sp = doc.char_span(char, char + 1, alignment_mode="expand")
    return sp[0] if sp is not None else doc[0]


# Each rule gets (doc, match start, match end, view) and says whether the cue counts there.
Rule = Callable[[Doc, int, int, StatementView], bool]
