"""Helpers shared by the analysis tests: extract the statements of a text, find one statement
(or its speaker's actor and group) by a piece of its content, and score one sentence.

Before this module, about a dozen test files each carried a private copy of these. Where two
copies behaved differently, both behaviours are kept here under names that say the difference
(``denies`` answers yes/no from ``score_text``; ``bare_denial`` returns the denial frame of
``scored_bare``, whose cues are checked). Imports of ``analysis`` are inside the functions, so
that importing this module (``tests.conftest`` re-exports three helpers) stays cheap for the
corpus-only tests.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from analysis.scores import StatementScores
    from analysis.types import Statement

# The result of ``analysis.pipeline.analyse_statements``: each statement with its scores.
ScoredPairs = list[tuple[Any, Any]]


# --------------------------------------------------------------------------- statements


def statements_of(nlp: Any, text: str, outlet_country: str | None = None) -> list[Statement]:
    """Every statement ``extract_statements`` finds in ``text`` (``outlet_country`` is the
    outlet's home country, if any), in text order."""
    from analysis.statements import extract_statements

    return extract_statements(nlp(text), outlet_country=outlet_country)


def the_statement(statements: Sequence[Statement], needle: str) -> Statement:
    """The one statement whose content contains ``needle``; fails unless exactly one does."""
    hits = [s for s in statements if needle in s.content_text]
    assert len(hits) == 1, f"{needle!r}: {[s.content_text for s in statements]}"
    return hits[0]


def statement_with(nlp: Any, text: str, needle: str) -> Statement:
    """The one statement of ``text`` whose content contains ``needle``."""
    return the_statement(statements_of(nlp, text), needle)


def speaker_actor(nlp: Any, text: str, needle: str, country: str | None = None) -> Any:
    """The actor of the one statement of ``text`` whose content holds ``needle`` (it must have a
    speaker); ``country`` is the outlet's country."""
    statements = statements_of(nlp, text, outlet_country=country)
    hits = [s for s in statements if needle in s.content_text]
    assert len(hits) == 1, [s.content_text for s in statements]
    assert hits[0].speaker is not None
    return hits[0].speaker.actor


def first_speaker_group(nlp: Any, text: str, needle: str) -> str:
    """The group of the first statement with a speaker whose content holds ``needle``."""
    hits = [s.speaker.actor.group for s in statements_of(nlp, text)
            if s.speaker is not None and needle in s.content_text]
    assert hits, (needle, text)
    return hits[0]


def contents_of(nlp: Any, text: str) -> list[str]:
    """The content text of every statement of ``text``, in order."""
    return [s.content_text for s in statements_of(nlp, text)]


def contents_and_groups(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    """(content text, speaker's group or None when there is no speaker) of every statement."""
    return [(s.content_text, s.speaker.actor.group if s.speaker else None)
            for s in statements_of(nlp, text)]


@lru_cache(maxsize=1)
def _shared_nlp() -> Any:
    from analysis.nlp import load_nlp

    return load_nlp()


# What ``statement_rows`` can read off a statement that has a speaker.
_FIELDS: dict[str, Callable[[Any], Any]] = {
    "speaker": lambda s: s.speaker.text,
    "resolved": lambda s: s.speaker.resolved_text,
    "actor": lambda s: s.speaker.actor.actor,
    "group": lambda s: s.speaker.actor.group,
    "group_type": lambda s: s.speaker.actor.group_type,
    "group_country": lambda s: s.speaker.actor.group_country,
    "content": lambda s: s.content_text,
}

# What each field reads for a statement with no speaker, under ``no_speaker_as_unknown``.
_NO_SPEAKER: dict[str, Any] = {
    "speaker": None, "resolved": None, "actor": "unknown", "group": "unknown",
    "group_type": "unknown", "group_country": None,
}


def statement_rows(text: str, fields: Sequence[str], *,
                   no_speaker_as_unknown: bool = False) -> list[tuple[Any, ...]]:
    """One tuple per statement of ``text`` (parsed with ``load_nlp()``), in text order, holding
    ``fields`` in the order given: ``speaker`` (the speaker's words), ``resolved`` (what they
    resolve to), ``actor``, ``group``, ``group_type``, ``group_country``, ``content``.

    A statement with no speaker fails the test (every statement must have one), unless
    ``no_speaker_as_unknown``: then its speaker fields are None and its actor, group and type
    ``"unknown"``."""
    rows = []
    for s in statements_of(_shared_nlp(), text):
        if s.speaker is None and no_speaker_as_unknown:
            rows.append(tuple(_FIELDS[f](s) if f == "content" else _NO_SPEAKER[f]
                              for f in fields))
        else:
            rows.append(tuple(_FIELDS[f](s) for f in fields))
    return rows


def group_starting(text: str, content_start: str, *, after_that: bool = False) -> str:
    """The group of the first statement whose content starts with ``content_start``
    (``after_that``: a leading "that " of the content is skipped first). Every statement of
    the text must have a speaker."""
    rows = statement_rows(text, ("group", "content"))
    for group, content in rows:
        if (content.removeprefix("that ") if after_that else content).startswith(content_start):
            return group
    raise AssertionError(f"no statement starting {content_start!r}: {rows}")


def group_and_country_starting(text: str, content_start: str) -> tuple[str, str | None]:
    """(group, group_country) of the first statement whose content starts with
    ``content_start``. Every statement of the text must have a speaker."""
    rows = statement_rows(text, ("content", "group", "group_country"))
    hit = [row for row in rows if row[0].startswith(content_start)]
    assert hit, rows
    return hit[0][1], hit[0][2]


# --------------------------------------------------------------------------- one sentence scored


def scored_bare(nlp: Any, content: str, verb: str = "said") -> StatementScores:
    """Every score of a bare statement ("<content>," <verb>), each cue checked to point at
    its own text: the probe tests' common entry point."""
    from analysis.scores import score_statement
    from analysis.scoring.bare import bare_statement

    statement, doc = bare_statement(content, verb, nlp)
    scores = score_statement(statement, doc)
    for frame in (scores.sentiment, scores.hedging, scores.boosting, scores.denial,
                  scores.accusation):
        for c in frame.cues:
            assert doc.text[c.span[0]:c.span[1]] == c.text
    return scores


def bare_denial(nlp: Any, content: str, verb: str = "said") -> Any:
    """The denial frame (value and cues) of ``scored_bare``: cues checked against the text."""
    return scored_bare(nlp, content, verb).denial


def _scored(nlp: Any, content: str, verb: str | None) -> StatementScores:
    from analysis.scores import score_text

    return score_text(content, verb, nlp=nlp)


def accusation(nlp: Any, content: str, verb: str | None = "said") -> Any:
    """The accusation frame (value and cues) of ``content`` said with ``verb``."""
    return _scored(nlp, content, verb).accusation


def accuses(nlp: Any, content: str, verb: str | None = "said") -> bool:
    """Whether ``content`` said with ``verb`` scores as an accusation."""
    return _scored(nlp, content, verb).accusation.value > 0


def accusation_rules(nlp: Any, content: str, verb: str | None = "said") -> set[str]:
    """The rules of the accusation cues of ``content`` said with ``verb``."""
    return {c.rule for c in _scored(nlp, content, verb).accusation.cues}


def denial(nlp: Any, content: str, verb: str | None = "said") -> Any:
    """The denial frame (value and cues) of ``content`` said with ``verb``."""
    return _scored(nlp, content, verb).denial


def denies(nlp: Any, content: str, verb: str | None = "said") -> bool:
    """Whether ``content`` said with ``verb`` scores as a denial."""
    return _scored(nlp, content, verb).denial.value > 0


def denial_rules(nlp: Any, content: str, verb: str | None = "said") -> set[str]:
    """The rules of the denial cues of ``content`` said with ``verb``."""
    return {c.rule for c in _scored(nlp, content, verb).denial.cues}


def denial_cue_texts(nlp: Any, content: str, verb: str | None = "said") -> list[str]:
    """The words of each denial cue of ``content`` said with ``verb``, in order."""
    return [c.text for c in _scored(nlp, content, verb).denial.cues]


def hedged(nlp: Any, content: str, verb: str | None = "said") -> bool:
    """Whether ``content`` said with ``verb`` scores as hedged."""
    return _scored(nlp, content, verb).hedging.value > 0


def boosted(nlp: Any, content: str, verb: str | None = "said") -> bool:
    """Whether ``content`` said with ``verb`` scores as boosted."""
    return _scored(nlp, content, verb).boosting.value > 0


def denial_and_accusation(nlp: Any, content: str, verb: str | None = "said") -> tuple[bool, bool]:
    """(denies, accuses) for ``content`` said with ``verb``, from one scoring."""
    s = _scored(nlp, content, verb)
    return s.denial.value > 0, s.accusation.value > 0


def hedged_and_boosted(nlp: Any, content: str, verb: str | None = "said") -> tuple[bool, bool]:
    """(hedged, boosted) for ``content`` said with ``verb``, from one scoring."""
    s = _scored(nlp, content, verb)
    return s.hedging.value > 0, s.boosting.value > 0


# --------------------------------------------------------------------------- whole texts scored


def analyse(nlp: Any, text: str) -> tuple[Doc, ScoredPairs]:
    """The parse of ``text`` and ``analyse_statements`` of it: (doc, [(statement, scores)])."""
    from analysis.pipeline import analyse_statements

    doc = nlp(text)
    return doc, analyse_statements(doc)


def find_scored(pairs: ScoredPairs, words: str) -> tuple[Any, Any]:
    """The first (statement, scores) pair whose content contains ``words``; fails if none."""
    hits = [(st, sc) for st, sc in pairs if words in st.content_text]
    assert hits, f"no statement containing {words!r}: {[st.content_text for st, _ in pairs]}"
    return hits[0]


def assert_cues_in_sentence(doc: Doc, statement: Statement, frame: Any, *,
                            value_is_cue_sum: bool = False) -> None:
    """Each cue of ``frame`` is the text at its span and lies in the statement's own sentence;
    with ``value_is_cue_sum``, the frame's value is also the sum of its cues' weights."""
    import pytest

    s0, s1 = statement.sentence
    for c in frame.cues:
        assert doc.text[c.span[0]:c.span[1]] == c.text
        assert s0 <= c.span[0] < c.span[1] <= s1
    if value_is_cue_sum:
        assert frame.value == pytest.approx(sum(c.weight for c in frame.cues))
