"""The sentiment frame: VADER compound of the content, explained by VADER's words."""

from __future__ import annotations

from spacy.tokens import Doc

from ..sentiment import compound, vader_valences
from ..types import CueHit, FrameScore, Statement
from .view import StatementView, make_view


def sentiment_score(statement: Statement, doc: Doc) -> FrameScore:
    """VADER compound of the content; cues are VADER's words with their adjusted valence."""
    return sentiment_frame(make_view(statement, doc))


def sentiment_frame(view: StatementView) -> FrameScore:
    st = view.statement
    c0, c1 = view.content
    if c1 <= c0:
        return FrameScore("sentiment", 0.0)
    a, b = st.content
    if len(st.content_text) == b - a and view.sent_base <= a and b <= view.sent_base + len(view.sent_text):
        text = st.content_text
    else:
        # Content that does not fit its sentence (not expected): score the tokens inside it.
        a = view.doc[c0].idx
        text = view.doc[c0:c1].text
    cues = tuple(
        CueHit("sentiment", v.text, v.span, v.weight,
               rule="vader.punctuation" if v.text in ("!", "?") else "vader.lexicon")
        for v in vader_valences(text, offset=a)
    )
    return FrameScore("sentiment", compound([c.weight for c in cues]), cues)
