"""The statement words: English vocabulary the statement rules read, from one versioned file.

``analysis/data/statement_words.yaml`` holds the word lists the ``analysis/statements/`` package uses
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
prepositions) stays in ``analysis/statements/words.py``: it is English syntax, not a word list to
tune.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from analysis.datafile import read_word_lists

STATEMENT_WORDS_PATH = Path(__file__).resolve().parent / "data" / "statement_words.yaml"


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
    audience_nouns: frozenset[str]
    topic_preps: frozenset[str]
    fronted_place_nouns: frozenset[str]
    title_abbreviations: frozenset[str]
    sourcing_participles: frozenset[str]


LIST_NAMES: tuple[str, ...] = tuple(f.name for f in fields(StatementWords)
                                    if f.name not in ("version", "path"))
"""Every list the file must hold, in the order of :class:`StatementWords`."""


def build_statement_words(path: Path = STATEMENT_WORDS_PATH) -> StatementWords:
    """Read and check the file (uncached); raises :class:`StatementWordsError` naming it."""
    path = Path(path)
    version, words = read_word_lists(path, StatementWordsError, "statement words file", LIST_NAMES)
    return StatementWords(version=version, path=path, **words)


@lru_cache(maxsize=4)
def load_statement_words(path: Path | None = None) -> StatementWords:
    """The statement words, read once per process (per path)."""
    return build_statement_words(Path(path) if path is not None else STATEMENT_WORDS_PATH)


__all__ = ["LIST_NAMES", "STATEMENT_WORDS_PATH", "StatementWords", "StatementWordsError",
           "build_statement_words", "load_statement_words"]
