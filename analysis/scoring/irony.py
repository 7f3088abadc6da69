"""The sarcasm frame: lexically marked irony only (see :func:`sarcasm_score`)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ..sentiment import vader_lexicon
from ..types import CueHit, FrameScore, Statement
from .matching import lexicon, matches
from .polarity import sentiment_frame
from .quotes import scare_fragments
from .view import StatementView, make_cue, make_view, total

_IRONY_QUOTE_ID = "irony.scare_quoted_evaluative"


def sarcasm_score(statement: Statement, doc: Doc, sentiment: FrameScore | None = None) -> FrameScore:
    """Marked irony only: a count of these cues.

    - the journalist labels the remark ("with evident sarcasm", "ironically", "quipped"):
      irony words in the sentence outside the content;
    - "so-called" and formulaic ironic phrases ("so much for", "what a surprise") anywhere in
      the sentence or content;
    - an evaluative word (one in VADER's lexicon) in scare quotes inside the speaker's own
      direct quote ("the ‘unexpected’ hit");
    - rhetorical "of course" in content whose VADER compound is <= -0.05.

    It cannot detect sarcasm that carries no lexical mark: irony conveyed by tone, by
    understatement or exaggeration, or by contradicting facts the reader must know from
    context. Those statements score 0.
    """
    return sarcasm_frame(make_view(statement, doc), sentiment)


def sarcasm_frame(view: StatementView, sentiment: FrameScore | None) -> FrameScore:
    doc = view.doc
    st = view.statement
    lex = lexicon("irony")
    cues: list[CueHit] = []
    negative: bool | None = None
    for e, i, j in matches(lex, doc, *view.sentence, view):
        if e.rule == "of_course_negative":
            if not view.in_content(i):
                continue
            if negative is None:
                sent = sentiment or sentiment_frame(view)
                negative = sent.value <= -0.05
            if not negative:
                continue
        elif e.rule != "meta" and not view.in_content(i) and not e.id.startswith("irony.so_called"):
            continue
        cues.append(make_cue("sarcasm", doc, i, j, e))
    if st.kind == "direct":
        evaluative = _evaluative_words()
        for q in scare_fragments(view):
            if st.content[0] <= q.start and q.end <= st.content[1]:
                inner = view.chars(q.start + 1, q.end - 1)
                if any(w.strip(".,;:!?").lower() in evaluative for w in inner.split()):
                    cues.append(CueHit("sarcasm", view.chars(q.start, q.end), (q.start, q.end), 1.0,
                                       _IRONY_QUOTE_ID))
    cues.sort(key=lambda c: c.span)
    cues_t = tuple(cues)
    return FrameScore("sarcasm", total(cues_t), cues_t)


@lru_cache(maxsize=1)
def _evaluative_words() -> frozenset[str]:
    """VADER's words plus irony.yaml's scare-quoted evaluative words (and their plurals)."""
    extra = {e.pattern for e in lexicon("irony").entries if e.rule == "scare_quoted"}
    return frozenset(vader_lexicon()) | extra | {w + "s" for w in extra}
