"""Hedging and boosting: how committed the speaker is to the claim (a count of cues each)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..types import FrameScore, Statement
from .grammar import in_condition
from .matching import frame_adverbs, lexicon_cues
from .view import StatementView, make_view, token_at, total


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
    # A booster inside an 'if'/'unless' clause of the content stresses a supposition, not the
    # speaker's certainty ('If the debris is indeed Russian, ...').
    cues = tuple(c for c in lexicon_cues("boosting", "boosters", view, frame_adverbs(view))
                 if not (view.in_content(token_at(view.doc, c.span[0]).i)
                         and in_condition(token_at(view.doc, c.span[0]))))
    return FrameScore("boosting", total(cues), cues)
