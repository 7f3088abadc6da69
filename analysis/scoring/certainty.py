"""Hedging and boosting: how committed the speaker is to the claim (a count of cues each)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..types import FrameScore, Statement
from .matching import frame_adverbs, lexicon_cues
from .view import StatementView, make_view, total


def hedging_score(statement: Statement, doc: Doc) -> FrameScore:
    """Hedges in the content (and on the reporting verb): sum of cue weights."""
    return hedging_frame(make_view(statement, doc))


def hedging_frame(view: StatementView) -> FrameScore:
    cues = tuple(lexicon_cues("hedging", "hedges", view, frame_adverbs(view)))
    return FrameScore("hedging", total(cues), cues)


def boosting_score(statement: Statement, doc: Doc) -> FrameScore:
    """Boosters in the content (and on the reporting verb): sum of cue weights."""
    return boosting_frame(make_view(statement, doc))


def boosting_frame(view: StatementView) -> FrameScore:
    cues = tuple(lexicon_cues("boosting", "boosters", view, frame_adverbs(view)))
    return FrameScore("boosting", total(cues), cues)
