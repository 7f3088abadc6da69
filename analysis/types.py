"""Typed results of the analysis layer.

Every span is a half-open ``(start, end)`` pair of character offsets into the stored original
article text, so ``text[start:end]`` is the thing itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]

GROUP_TYPES: tuple[str, ...] = (
    "government",
    "military",
    "media",
    "organisation",
    "person",
    "public",
    "unknown",
)


@dataclass(frozen=True)
class ActorRef:
    """Who stands behind a speaker: a canonical actor and its group.

    ``source`` says how it was placed: ``registry`` (an alias matched), ``rule`` (country
    word + institution noun and the like) or ``unknown``.
    """

    actor: str
    group: str
    group_country: str | None
    group_type: str
    anonymous: bool
    source: str = "registry"


UNKNOWN_ACTOR = ActorRef(
    actor="unknown", group="unknown", group_country=None, group_type="unknown",
    anonymous=False, source="unknown",
)


@dataclass(frozen=True)
class Speaker:
    """A speaker as written and as resolved.

    ``span``/``text`` is the mention in the statement's sentence ("he", "a spokesman");
    ``resolved_span``/``resolved_text`` the antecedent it refers to ("Maj. Gen. Igor
    Konashenkov"), equal to the mention when it needs no resolving.
    """

    text: str
    span: Span
    resolved_text: str
    resolved_span: Span
    actor: ActorRef


@dataclass(frozen=True)
class Statement:
    """One statement: what was said (``content``), by whom, with which cue."""

    content: Span
    content_text: str
    kind: str  # 'direct' | 'reported' | 'mixed'
    cue: str | None
    cue_span: Span | None
    speaker: Speaker | None
    sentence: Span
    method: str
    parent: Span | None = None  # the enclosing statement's content, for nested attribution


@dataclass(frozen=True)
class CueHit:
    """A word or pattern that moved a score, with its weight in that score."""

    score: str
    text: str
    span: Span
    weight: float = 1.0
    rule: str = ""  # cue id in its lexicon, e.g. 'hedge.epistemic_may'


@dataclass(frozen=True)
class FrameScore:
    """One score of one statement, explained by its cues."""

    frame: str
    value: float
    cues: tuple[CueHit, ...] = ()
    label: str | None = None
    target: str | None = None


@dataclass(frozen=True)
class StatementScores:
    """All framing scores of one statement."""

    sentiment: FrameScore
    hedging: FrameScore
    boosting: FrameScore
    denial: FrameScore
    accusation: FrameScore
    verb_stance: FrameScore
    scare_quotes: FrameScore
    sarcasm: FrameScore
    extra: tuple[FrameScore, ...] = field(default_factory=tuple)

    @property
    def hedged(self) -> bool:
        return self.hedging.value > 0

    def all(self) -> tuple[FrameScore, ...]:
        return (
            self.sentiment, self.hedging, self.boosting, self.denial, self.accusation,
            self.verb_stance, self.scare_quotes, self.sarcasm, *self.extra,
        )
