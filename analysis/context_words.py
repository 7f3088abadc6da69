"""The context words: vocabulary of the article-level denial pass, from one versioned file.

``analysis/data/context_words.yaml`` holds the word lists :mod:`analysis.scoring.context` reads:
what frames a speaker as rebutting or accused in an article, which words of a statement make
it a defensive account, and which keep plans, regrets, requests and no-comment out. The file
has the shape of every word-list file (:func:`analysis.datafile.read_word_lists`); every list
named by a field of :class:`ContextWords` must be present and non-empty, and an unknown list
is an error, so a typo in a key cannot silently empty a rule. :func:`load_context_words`
reads the file once per process (per path) and raises :class:`ContextWordsError` naming the
file when it is missing or malformed.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from analysis.datafile import read_word_lists

CONTEXT_WORDS_PATH = Path(__file__).resolve().parent / "data" / "context_words.yaml"


class ContextWordsError(ValueError):
    """The context words file is missing or malformed; the message names the file."""


@dataclass(frozen=True)
class ContextWords:
    """The loaded lists, one frozenset of lower-case words or phrases each (see the file)."""

    version: str
    path: Path
    rebuttal_verbs: frozenset[str]
    rebuttal_phrasals: frozenset[str]
    response_words: frozenset[str]
    response_objects: frozenset[str]
    contrast_conjunctions: frozenset[str]
    counter_account_nouns: frozenset[str]
    counter_account_adjectives: frozenset[str]
    disputed_objects: frozenset[str]
    accusation_verbs: frozenset[str]
    accusation_nouns: frozenset[str]
    time_units: frozenset[str]
    timeliness: frozenset[str]
    sequence: frozenset[str]
    notice_verbs: frozenset[str]
    notice_synonyms: frozenset[str]
    universal: frozenset[str]
    success_verbs: frozenset[str]
    compliance_verbs: frozenset[str]
    compliance_phrases: frozenset[str]
    norms: frozenset[str]
    vindication: frozenset[str]
    explanation_phrases: frozenset[str]
    evidence_nouns: frozenset[str]
    evidence_verbs: frozenset[str]
    disagreement_verbs: frozenset[str]
    plain_fact_verbs: frozenset[str]
    unnegated_verbs: frozenset[str]
    existential_plain: frozenset[str]
    state_nouns: frozenset[str]
    not_rebuttal: frozenset[str]
    plan_verbs: frozenset[str]
    doubt_dismissals: frozenset[str]
    insistence_cues: frozenset[str]
    request_cues: frozenset[str]


LIST_NAMES: tuple[str, ...] = tuple(f.name for f in fields(ContextWords)
                                    if f.name not in ("version", "path"))
"""Every list the file must hold, in the order of :class:`ContextWords`."""


def build_context_words(path: Path = CONTEXT_WORDS_PATH) -> ContextWords:
    """Read and check the file (uncached); raises :class:`ContextWordsError` naming it."""
    path = Path(path)
    version, words = read_word_lists(path, ContextWordsError, "context words file", LIST_NAMES)
    return ContextWords(version=version, path=path, **words)


@lru_cache(maxsize=4)
def load_context_words(path: Path | None = None) -> ContextWords:
    """The context words, read once per process (per path)."""
    return build_context_words(Path(path) if path is not None else CONTEXT_WORDS_PATH)


__all__ = ["CONTEXT_WORDS_PATH", "LIST_NAMES", "ContextWords", "ContextWordsError",
           "build_context_words", "load_context_words"]
