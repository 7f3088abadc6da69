"""Records of the corpus layer: what an importer produces and what the store keeps.

These are the only types that cross from ``corpus`` to the layers above; the analysis layer
converts its own results into :class:`StatementRow` before asking the store to keep them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class ArticleDraft:
    """An article read from one input, validated but not yet stored.

    ``text`` is exactly what the source held (decoded, never stripped or re-wrapped); every
    offset the analysis computes points into it.
    """

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: datetime | None = None
    country: str | None = None
    byline: str | None = None
    language: str | None = None
    source_name: str | None = None
    source_format: str = "txt"
    encoding: str = "utf-8"
    raw: str | None = None
    origin: str = "<stdin>"  # full path or a label, for error messages only


@dataclass(frozen=True)
class Article:
    """An article as stored."""

    id: int
    content_hash: str
    text: str
    title: str | None
    outlet: str | None
    url: str | None
    published: datetime | None
    country: str | None
    byline: str | None
    source_name: str | None
    source_format: str
    encoding: str
    imported_at: datetime
    word_count: int
    near_duplicate_of: int | None = None
    near_duplicate_similarity: float | None = None


@dataclass(frozen=True)
class ArticleSummary:
    """One line of ``framelens list``."""

    id: int
    title: str | None
    outlet: str | None
    country: str | None
    published: datetime | None
    source_name: str | None
    statement_count: int
    word_count: int
    near_duplicate_of: int | None


@dataclass(frozen=True)
class CueRow:
    """One cue behind a score: ``article.text[start:end] == text``."""

    score: str
    text: str
    start: int
    end: int
    weight: float = 1.0


@dataclass(frozen=True)
class StatementRow:
    """A statement with its attribution and scores, flat, as stored and exported."""

    article_id: int
    start: int
    end: int
    statement: str
    kind: str
    verb: str | None
    verb_start: int | None
    verb_end: int | None
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_resolved: str | None
    actor: str
    group: str
    group_country: str | None
    group_type: str
    anonymous_source: bool
    sentence: str
    sentence_start: int
    sentence_end: int
    method: str
    parent_start: int | None = None
    parent_end: int | None = None
    sentiment: float = 0.0
    hedging: float = 0.0
    boosting: float = 0.0
    denial: float = 0.0
    accusation: float = 0.0
    verb_stance: float = 0.0
    scare_quotes: float = 0.0
    sarcasm: float = 0.0
    hedged: bool = False
    verb_stance_label: str | None = None
    denial_target: str | None = None
    accusation_target: str | None = None
    cues: tuple[CueRow, ...] = field(default_factory=tuple)

    @property
    def id(self) -> str:
        return f"{self.article_id}:{self.start}:{self.end}"


SCORE_COLUMNS: tuple[str, ...] = (
    "sentiment",
    "hedging",
    "boosting",
    "denial",
    "accusation",
    "verb_stance",
    "scare_quotes",
    "sarcasm",
)
"""Numeric per-statement scores, in display order. ``anonymous_source`` and ``hedged`` are
booleans and are averaged as shares where a profile needs them."""
