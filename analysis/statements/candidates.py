"""A statement candidate: what a pass found before its speaker is resolved.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from analysis.attribution import Resolved
from analysis.types import Span


@dataclass
class _Cand:
    """A statement before its speaker is resolved."""

    content: Span
    kind: str
    method: str
    cue: Span | None = None
    speaker_head: int | None = None  # token index of the speaker mention's head
    speaker_range: tuple[int, int] | None = None  # explicit token range (dash/colon/according)
    speaker_limit: int | None = None  # how far an appositive of that speaker may run
    verb: int | None = None  # token index of the cue verb
    quotes: tuple[int, ...] = ()
    parent: Span | None = None
    inherit: _Cand | None = None  # continuation: take this statement's speaker
    resolved: Resolved | None = None
    no_speaker: bool = False  # "it was reported that": a report without a source
    extra: dict = field(default_factory=dict)

