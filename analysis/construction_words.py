"""The construction words: small word classes the round-5 construction rules read.

``analysis/data/construction_words.yaml`` holds lists of lower-case lemmas next to the
dependency patterns of :mod:`analysis.scoring.rules.persistence` and
:mod:`analysis.scoring.rules.complicity`. Its shape::

    meta: {name, version, source, licence, description}
    lists:
      damage_nouns: [damage, harm, ...]

Every list named by a field of :class:`ConstructionWords` must be present and a non-empty
list of lower-case strings; an unknown list is an error, so a typo in a key cannot silently
empty a rule. :func:`load_construction_words` reads the file once per process (per path) and
raises :class:`ConstructionWordsError` naming the file when it is missing or malformed.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from analysis.datafile import read_word_lists

CONSTRUCTION_WORDS_PATH = Path(__file__).resolve().parent / "data" / "construction_words.yaml"

class ConstructionWordsError(ValueError):
    """The construction words file is missing or malformed; the message names the file."""


@dataclass(frozen=True)
class ConstructionWords:
    """The loaded lists, one frozenset of lower-case lemmas each (see the file's comments)."""

    version: str
    path: Path
    damage_nouns: frozenset[str]
    worsening_words: frozenset[str]
    outcome_nouns: frozenset[str]
    disruption_nouns: frozenset[str]
    wrong_states: frozenset[str]
    account_nouns: frozenset[str]
    people_nouns: frozenset[str]
    information_nouns: frozenset[str]
    norm_nouns: frozenset[str]
    verifier_nouns: frozenset[str]
    verdict_nouns: frozenset[str]
    process_nouns: frozenset[str]
    process_steps: frozenset[str]
    populated_places: frozenset[str]
    exposure_harms: frozenset[str]
    conduct_nouns: frozenset[str]
    known_false_states: frozenset[str]
    effort_limits: frozenset[str]
    cause_links: frozenset[str]
    illicit_marks: frozenset[str]
    illicit_nouns: frozenset[str]
    secret_marks: frozenset[str]
    serving_verbs: frozenset[str]
    property_nouns: frozenset[str]


LIST_NAMES: tuple[str, ...] = tuple(f.name for f in fields(ConstructionWords)
                                    if f.name not in ("version", "path"))


def build_construction_words(path: Path = CONSTRUCTION_WORDS_PATH) -> ConstructionWords:
    """Read and check the file (uncached); raises :class:`ConstructionWordsError` naming it."""
    path = Path(path)
    version, words = read_word_lists(path, ConstructionWordsError, "construction words file",
                                     LIST_NAMES)
    return ConstructionWords(version=version, path=path, **words)


@lru_cache(maxsize=4)
def load_construction_words(path: Path | None = None) -> ConstructionWords:
    """The construction words, read once per process (per path)."""
    return build_construction_words(Path(path) if path is not None else CONSTRUCTION_WORDS_PATH)


__all__ = ["CONSTRUCTION_WORDS_PATH", "LIST_NAMES", "ConstructionWords", "ConstructionWordsError",
           "build_construction_words", "load_construction_words"]
