"""The certainty words: vocabulary of the hedging and boosting context rules, from one versioned file.

``analysis/data/certainty_words.yaml`` holds the word lists the hedging and boosting rules read around a cue (which verbs, nouns and bodies make a modal deontic; which penalties and limits make a number bound no estimate; which nouns keep every/all/never from being emphatic). The cue words themselves are
lexicon entries (:func:`analysis.lexicons.load_lexicon`); these lists are not cues, they are
what the rules check around a cue. The file has the shape of every word-list file
(:func:`analysis.datafile.read_word_lists`): ``meta`` (name, version, source, licence,
description) and ``lists``, one comment per list saying what the rules read it for.

Every list named by a field of :class:`CertaintyWords` must be present, a non-empty list of lower-case
strings without surrounding spaces; an unknown list is an error too, so a typo in a key cannot
silently empty a rule. :func:`load_certainty_words` reads the file once per process (per path) and
raises :class:`CertaintyWordsError` naming the file when it is missing or malformed.

Grammar the rules also read (pronouns, determiners, auxiliaries, particles, prepositions,
subordinators, dependency labels) stays in the rule modules.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from analysis.datafile import read_word_lists

CERTAINTY_WORDS_PATH = Path(__file__).resolve().parent / "data" / "certainty_words.yaml"


class CertaintyWordsError(ValueError):
    """The certainty words file is missing or malformed; the message names the file."""


@dataclass(frozen=True)
class CertaintyWords:
    """The loaded lists, one frozenset of lower-case words or phrases each.

    See the file's comments for what each list is for.
    """

    version: str
    path: Path
    deontic_passive: frozenset[str]
    collective_human: frozenset[str]
    permission_verbs: frozenset[str]
    power_verbs: frozenset[str]
    authorities: frozenset[str]
    rule_nouns: frozenset[str]
    habitual_times: frozenset[str]
    operating: frozenset[str]
    request_verbs: frozenset[str]
    incredulity: frozenset[str]
    hard: frozenset[str]
    legal_passive: frozenset[str]
    past_phrases: frozenset[str]
    former: frozenset[str]
    whether_governors: frozenset[str]
    limit_verbs: frozenset[str]
    penalty_nouns: frozenset[str]
    legal_verbs: frozenset[str]
    discourse_verbs: frozenset[str]
    not_tentative_before: frozenset[str]
    judge_verbs: frozenset[str]
    hedging_authorities: frozenset[str]
    time_nouns: frozenset[str]
    directives: frozenset[str]
    full_measure: frozenset[str]
    formulaic_fully: frozenset[str]
    belief_verbs: frozenset[str]
    negative_subjects: frozenset[str]
    rebuttal_cues: frozenset[str]
    certainty_predicates: frozenset[str]


LIST_NAMES: tuple[str, ...] = tuple(f.name for f in fields(CertaintyWords)
                                    if f.name not in ("version", "path"))
"""Every list the file must hold, in the order of :class:`CertaintyWords`."""


def build_certainty_words(path: Path = CERTAINTY_WORDS_PATH) -> CertaintyWords:
    """Read and check the file (uncached); raises :class:`CertaintyWordsError` naming it."""
    path = Path(path)
    version, words = read_word_lists(path, CertaintyWordsError, "certainty words file", LIST_NAMES)
    return CertaintyWords(version=version, path=path, **words)


@lru_cache(maxsize=4)
def load_certainty_words(path: Path | None = None) -> CertaintyWords:
    """The certainty words, read once per process (per path)."""
    return build_certainty_words(Path(path) if path is not None else CERTAINTY_WORDS_PATH)


__all__ = ["LIST_NAMES", "CERTAINTY_WORDS_PATH", "CertaintyWords", "CertaintyWordsError",
           "build_certainty_words", "load_certainty_words"]
