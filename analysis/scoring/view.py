"""The token view of one statement in its parsed article, shared by every scorer.

Scorers never parse: they read the tokens of the article's ``Doc`` inside the statement's
spans. :class:`StatementView` maps those character spans to token ranges once per statement,
and keeps the sentence text and token keys that cue matching reads many times.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..lexicons import LexiconEntry
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
    _keys: list[tuple[str, str]] | None = None

    def keys(self) -> list[tuple[str, str]]:
        """(folded lower-case form, folded lemma) of every sentence token, computed once."""
        if self._keys is None:
            self._keys = [token_keys(t) for t in self.doc[self.sentence[0]:self.sentence[1]]]
        return self._keys

    def chars(self, a: int, b: int) -> str:
        """``doc.text[a:b]`` for offsets inside the sentence's tokens."""
        return self.sent_text[a - self.sent_base:b - self.sent_base]

    def in_sentence(self, i: int) -> bool:
        return self.sentence[0] <= i < self.sentence[1]

    def in_content(self, i: int) -> bool:
        return self.content[0] <= i < self.content[1]

    def cue_tokens(self) -> list[Token]:
        return [self.doc[i] for i in range(*self.cue)]


def token_keys(tok: Token) -> tuple[str, str]:
    """Lower-case form and lemma with curly apostrophes folded, as lexicon patterns are."""
    form, lemma = tok.lower_, tok.lemma_.lower()
    if "’" in form:
        form, lemma = form.replace("’", "'"), lemma.replace("’", "'")
    return form, lemma


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
        sent_text, base = doc[sent[0]:sent[1]].text, doc[sent[0]].idx
    else:
        sent_text, base = "", 0
    return StatementView(doc, statement, content, sent, cue, sent_text, base)


def make_cue(score: str, doc: Doc, start_i: int, end_i: int, entry: LexiconEntry,
             weight: float | None = None) -> CueHit:
    """The cue of ``entry`` matched on tokens ``[start_i, end_i)``, with its character span."""
    a = doc[start_i].idx
    last = doc[end_i - 1]
    b = last.idx + len(last.text)
    return CueHit(score=score, text=doc[start_i:end_i].text, span=(a, b),
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
