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

from analysis.datafile import read_mapping

CONSTRUCTION_WORDS_PATH = Path(__file__).resolve().parent / "data" / "construction_words.yaml"

_META_KEYS = ("name", "version", "source", "licence", "description")


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


LIST_NAMES: tuple[str, ...] = tuple(f.name for f in fields(ConstructionWords)
                                    if f.name not in ("version", "path"))


def _word_list(path: Path, name: str, value: object) -> frozenset[str]:
    where = f"{path}: lists.{name}"
    if not isinstance(value, list) or not value:
        raise ConstructionWordsError(f"{where} must be a non-empty list of words")
    for word in value:
        if not isinstance(word, str) or not word.strip():
            raise ConstructionWordsError(f"{where}: {word!r} is not a word (quote yes/no/on/off)")
        if word != word.strip() or word != word.lower():
            raise ConstructionWordsError(f"{where}: {word!r} must be lower case without outer spaces")
    return frozenset(value)


def build_construction_words(path: Path = CONSTRUCTION_WORDS_PATH) -> ConstructionWords:
    """Read and check the file (uncached); raises :class:`ConstructionWordsError` naming it."""
    path = Path(path)
    data = read_mapping(path, ConstructionWordsError, "construction words file",
                        shape="a mapping with 'meta' and 'lists'")
    meta = data.get("meta")
    if not isinstance(meta, dict):
        raise ConstructionWordsError(f"{path}: 'meta' must be a mapping")
    for key in _META_KEYS:
        if not isinstance(meta.get(key), str) or not meta[key].strip():
            raise ConstructionWordsError(f"{path}: meta.{key} must be a non-empty string")
    lists = data.get("lists")
    if not isinstance(lists, dict):
        raise ConstructionWordsError(f"{path}: 'lists' must be a mapping of list name to words")
    unknown = sorted(set(lists) - set(LIST_NAMES), key=str)
    if unknown:
        raise ConstructionWordsError(f"{path}: unknown list(s) {', '.join(map(str, unknown))}")
    missing = [name for name in LIST_NAMES if name not in lists]
    if missing:
        raise ConstructionWordsError(f"{path}: missing list(s) {', '.join(missing)}")
    words = {name: _word_list(path, name, lists[name]) for name in LIST_NAMES}
    return ConstructionWords(version=meta["version"], path=path, **words)


@lru_cache(maxsize=4)
def load_construction_words(path: Path | None = None) -> ConstructionWords:
    """The construction words, read once per process (per path)."""
    return build_construction_words(Path(path) if path is not None else CONSTRUCTION_WORDS_PATH)


__all__ = ["CONSTRUCTION_WORDS_PATH", "LIST_NAMES", "ConstructionWords", "ConstructionWordsError",
           "build_construction_words", "load_construction_words"]
