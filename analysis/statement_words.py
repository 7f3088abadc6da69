"""The statement words: English vocabulary the statement rules read, from one versioned file.

``analysis/data/statement_words.yaml`` holds the word lists ``analysis/statements.py`` uses
besides the reporting verbs (``analysis/data/reporting_verbs.yaml``, read by
:func:`analysis.reporting_verbs.load_reporting_verbs`): rate nouns after "per", outlet and
medium nouns, nouns that can speak before a headline colon, raising, purpose and addressee
verbs, headline genre labels and newsroom roles. Its shape::

    meta:
      name: statement_words
      version: "1.0"
      source: "where the lists came from"
      licence: "their licence"
      description: "what they are for"
    lists:
      # one comment per list: what the rules read it for
      rate_words: [cent, day, week, ...]

Every list named by a field of :class:`StatementWords` must be present, a non-empty list of
lower-case strings without surrounding spaces; an unknown list is an error too, so a typo in
a key cannot silently empty a rule. :func:`load_statement_words` reads the file once per
process (per path) and raises :class:`StatementWordsError` naming the file when it is missing
or malformed.

Grammar the rules also read (dependency labels, tags, punctuation, pronouns, subordinators,
prepositions) stays in ``analysis/statements.py``: it is English syntax, not a word list to
tune.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from analysis.datafile import read_mapping

STATEMENT_WORDS_PATH = Path(__file__).resolve().parent / "data" / "statement_words.yaml"

_META_KEYS = ("name", "version", "source", "licence", "description")


class StatementWordsError(ValueError):
    """The statement words file is missing or malformed; the message names the file."""


@dataclass(frozen=True)
class StatementWords:
    """The loaded lists, one frozenset of lower-case words each.

    See the file's comments for what each list is for.
    """

    version: str
    path: Path
    rate_words: frozenset[str]
    outlet_words: frozenset[str]
    speaker_nouns: frozenset[str]
    raising_verbs: frozenset[str]
    purpose_heads: frozenset[str]
    purpose_report_verbs: frozenset[str]
    genre_labels: frozenset[str]
    medium_nouns: frozenset[str]
    addressee_verbs: frozenset[str]
    bare_addressee_verbs: frozenset[str]
    newsroom_roles: frozenset[str]


LIST_NAMES: tuple[str, ...] = tuple(f.name for f in fields(StatementWords)
                                    if f.name not in ("version", "path"))
"""Every list the file must hold, in the order of :class:`StatementWords`."""


def _read(path: Path) -> dict:
    return read_mapping(path, StatementWordsError, "statement words file",
                        shape="a mapping with 'meta' and 'lists'")


def _word_list(path: Path, name: str, value: object) -> frozenset[str]:
    where = f"{path}: lists.{name}"
    if not isinstance(value, list) or not value:
        raise StatementWordsError(f"{where} must be a non-empty list of words")
    for word in value:
        if not isinstance(word, str) or not word.strip():
            raise StatementWordsError(f"{where}: {word!r} is not a word (quote yes/no/on/off)")
        if word != word.strip() or word != word.lower():
            raise StatementWordsError(f"{where}: {word!r} must be lower case without outer spaces")
    return frozenset(value)


def build_statement_words(path: Path = STATEMENT_WORDS_PATH) -> StatementWords:
    """Read and check the file (uncached); raises :class:`StatementWordsError` naming it."""
    path = Path(path)
    data = _read(path)
    meta = data.get("meta")
    if not isinstance(meta, dict):
        raise StatementWordsError(f"{path}: 'meta' must be a mapping")
    for key in _META_KEYS:
        if not isinstance(meta.get(key), str) or not meta[key].strip():
            raise StatementWordsError(f"{path}: meta.{key} must be a non-empty string")
    lists = data.get("lists")
    if not isinstance(lists, dict):
        raise StatementWordsError(f"{path}: 'lists' must be a mapping of list name to words")
    unknown = sorted(set(lists) - set(LIST_NAMES), key=str)
    if unknown:
        raise StatementWordsError(f"{path}: unknown list(s) {', '.join(map(str, unknown))}")
    missing = [name for name in LIST_NAMES if name not in lists]
    if missing:
        raise StatementWordsError(f"{path}: missing list(s) {', '.join(missing)}")
    words = {name: _word_list(path, name, lists[name]) for name in LIST_NAMES}
    return StatementWords(version=meta["version"], path=path, **words)


@lru_cache(maxsize=4)
def load_statement_words(path: Path | None = None) -> StatementWords:
    """The statement words, read once per process (per path)."""
    return build_statement_words(Path(path) if path is not None else STATEMENT_WORDS_PATH)


__all__ = ["LIST_NAMES", "STATEMENT_WORDS_PATH", "StatementWords", "StatementWordsError",
           "build_statement_words", "load_statement_words"]
