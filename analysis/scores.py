"""Per-statement framing scores, each explained by the cues that produced it.

``score_statement(statement, doc)`` reads the tokens of the already parsed article ``doc``
inside the statement's spans (it never parses again) and returns a
:class:`~analysis.types.StatementScores`. Each frame has its own scorer with the same
signature (``sentiment_score``, ``hedging_score``, ...), all pure functions.

Scales (every value is recomputed from its cues; ``tests/test_scores_properties.py`` checks it):

- ``sentiment``: VADER compound in [-1, 1] of the statement *content* only (the reporting
  frame "claimed"/"denied" is outside it). Cues are VADER's words with their adjusted valence
  as weight (plus one punctuation-emphasis cue); value = ``round(normalize(sum(weights)), 4)``
  (see :mod:`analysis.sentiment`).
- ``hedging``, ``boosting``: sum of cue weights (a count, every cue weighs 1.0). Cues come from
  the content, plus hedge/boost adverbs attached to the reporting verb ("reportedly said",
  "flatly denied"), which frame the statement as a whole.
- ``denial``, ``accusation``: sum of cue weights (a count). A denial or accusing verb that is
  the reporting cue ("denied", "accused") counts too. ``target`` names whom the cue is about
  when the text says it (see :func:`denial_score`, :func:`accusation_score`).
- ``verb_stance``: the reporting verb's grade: neutral 0, endorsing +1, distancing -1,
  disparaging -1.5 (``label``); a verb missing from the lexicon scores 0 with no label and no
  cue. Value = the one cue's weight.
- ``scare_quotes``: number of short (1-4 word) quoted fragments and "so-called" labels in the
  statement's sentence that are not the statement itself.
- ``sarcasm``: number of *marked* irony cues (see :func:`sarcasm_score`). It cannot detect
  irony without lexical marks: tone, understatement, or anything that needs knowledge of the
  context ("another brilliant idea from the ministry" scores 0).

Denial and accusation also have a learned second opinion (:mod:`analysis.scoring.learned`):
where no rule fired and a fine-tuned sentence encoder is confident, the frame is flagged with
value 1.0 and the words occlusion finds carry it as cues (rule ``learned.<frame>``).
:func:`score_statements` (a whole article, one batched model call) and :func:`score_text`
apply it; :func:`score_statement` is the rules alone.

All cues lie inside the statement's sentence and satisfy ``doc.text[start:end] == text``.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from .scoring.accusation import accusation_frame, accusation_score
from .scoring.bare import bare_statement
from .scoring.certainty import boosting_frame, boosting_score, hedging_frame, hedging_score
from .scoring.context import with_context
from .scoring.context_accusation import with_accusation_context
from .scoring.denial import denial_frame, denial_score
from .scoring.irony import sarcasm_frame, sarcasm_score
from .scoring.learned import with_learned
from .scoring.polarity import sentiment_frame, sentiment_score
from .scoring.quotes import scare_quote_frame, scare_quote_score
from .scoring.stance import verb_stance_frame, verb_stance_score
from .scoring.view import make_view
from .types import Statement, StatementScores

__all__ = [
    "FRAMES", "accusation_score", "boosting_score", "denial_score", "hedging_score",
    "sarcasm_score", "scare_quote_score", "score_statement", "score_statements", "score_text", "sentiment_score",
    "verb_stance_score",
]

FRAMES: tuple[str, ...] = (
    "sentiment", "hedging", "boosting", "denial", "accusation", "verb_stance", "scare_quotes",
    "sarcasm",
)


def score_statement(statement: Statement, doc: Doc) -> StatementScores:
    """All framing scores of one statement, from the tokens of the parsed article ``doc``."""
    view = make_view(statement, doc)
    sentiment = sentiment_frame(view)
    return StatementScores(
        sentiment=sentiment,
        hedging=hedging_frame(view),
        boosting=boosting_frame(view),
        denial=denial_frame(view),
        accusation=accusation_frame(view),
        verb_stance=verb_stance_frame(view),
        scare_quotes=scare_quote_frame(view),
        sarcasm=sarcasm_frame(view, sentiment),
    )


def score_statements(statements: list[Statement], doc: Doc) -> list[StatementScores]:
    """Scores of every statement of one article: the rules, then the article-level denial pass
    (:mod:`analysis.scoring.context`: rebuttals the article shows to be rebuttals), the
    article-level accusation pass (:mod:`analysis.scoring.context_accusation`: one side's
    account of a challenged rival's contested deed), then the learned second opinion."""
    rules = with_context(statements, doc, [score_statement(st, doc) for st in statements])
    rules = with_accusation_context(statements, doc, rules)
    return with_learned(rules, [st.content_text for st in statements],
                        [st.content[0] for st in statements])


def score_text(content: str, verb: str | None = None, nlp: Any = None) -> StatementScores:
    """Score a bare statement, for evaluation and quick checks.

    With a ``verb`` it builds ``"{content}, officials {verb}."``, so the content parses as a
    main clause and the verb as the reporting cue; without one the content alone. The text is
    parsed once and the statement scored with :func:`score_statement`.
    """
    statement, doc = bare_statement(content, verb, nlp)
    return score_statements([statement], doc)[0]
