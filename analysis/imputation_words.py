"""The imputation words: vocabulary of the imputation rules, from one versioned file.

``analysis/data/imputation_words.yaml`` holds the word lists the accusation context rules in
``analysis/scoring/rules/imputation/`` read around a cue (what a hostile act, a weapon, a
victim, a benefit, a record or a professed value is; which verbs of setback, contest or speech
rule a cue out). The cue words themselves are lexicon entries in ``accusation.yaml``
(:func:`analysis.lexicons.load_lexicon`); these lists are not cues and do not fit its
``entries`` format. Its shape::

    meta:
      name: imputation_words
      version: "1.0"
      source: "where the lists came from"
      licence: "their licence"
      description: "what they are for"
    lists:
      # one comment per list: what the rules read it for
      hostile_acts: [attack, intrusion, hack, ...]

Every list named by a field of :class:`ImputationWords` must be present, a non-empty list of
lower-case strings without surrounding spaces; an unknown list is an error too, so a typo in
a key cannot silently empty a rule. :func:`load_imputation_words` reads the file once per
process (per path) and raises :class:`ImputationWordsError` naming the file when it is missing
or malformed.

Grammar the rules also read (reflexive pronouns, subordinators, person suffixes, pronoun and
particle mappings, dependency labels) stays in the rule modules.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from analysis.datafile import read_word_lists

IMPUTATION_WORDS_PATH = Path(__file__).resolve().parent / "data" / "imputation_words.yaml"


class ImputationWordsError(ValueError):
    """The imputation words file is missing or malformed; the message names the file."""


@dataclass(frozen=True)
class ImputationWords:
    """The loaded lists, one frozenset of lower-case words or phrases each.

    See the file's comments for what each list is for.
    """

    version: str
    path: Path
    hostile_acts: frozenset[str]
    perpetrators: frozenset[str]
    force: frozenset[str]
    purpose_heads: frozenset[str]
    armed_groups: frozenset[str]
    wars: frozenset[str]
    intending: frozenset[str]
    peoples: frozenset[str]
    histories: frozenset[str]
    harms: frozenset[str]
    votes: frozenset[str]
    grips: frozenset[str]
    covert_agents: frozenset[str]
    ballots: frozenset[str]
    records: frozenset[str]
    benefits: frozenset[str]
    cronies: frozenset[str]
    made_up: frozenset[str]
    make_up_verbs: frozenset[str]
    violent_deeds: frozenset[str]
    perpetrating: frozenset[str]
    setbacks: frozenset[str]
    kin_owners: frozenset[str]
    sponsoring: frozenset[str]
    covert_organs: frozenset[str]
    harm_facts: frozenset[str]
    harm_states: frozenset[str]
    informing: frozenset[str]
    people: frozenset[str]
    bodily: frozenset[str]
    contest: frozenset[str]
    speech: frozenset[str]
    doers: frozenset[str]
    figures: frozenset[str]
    left_to: frozenset[str]
    necessities: frozenset[str]
    civic_acts: frozenset[str]
    watchdogs: frozenset[str]
    questioned: frozenset[str]
    decisions: frozenset[str]
    origin_verbs: frozenset[str]
    hostile_nouns_extra: frozenset[str]
    weapons: frozenset[str]
    covert_marks: frozenset[str]
    homes: frozenset[str]
    fixable: frozenset[str]
    wrong_nominals: frozenset[str]
    broadcasts: frozenset[str]
    lines_tapped: frozenset[str]
    associates: frozenset[str]
    minors: frozenset[str]
    sanctions: frozenset[str]
    voice: frozenset[str]
    atrocities: frozenset[str]
    harmful_goods: frozenset[str]
    bought: frozenset[str]
    banned_arms: frozenset[str]
    using: frozenset[str]
    pressed_extra: frozenset[str]
    suppressing: frozenset[str]
    watched: frozenset[str]
    disasters: frozenset[str]
    preaching: frozenset[str]
    professed: frozenset[str]
    arms: frozenset[str]
    persist: frozenset[str]
    choose: frozenset[str]
    part_of: frozenset[str]
    scripts: frozenset[str]
    hostile_mods: frozenset[str]


LIST_NAMES: tuple[str, ...] = tuple(f.name for f in fields(ImputationWords)
                                    if f.name not in ("version", "path"))
"""Every list the file must hold, in the order of :class:`ImputationWords`."""


def build_imputation_words(path: Path = IMPUTATION_WORDS_PATH) -> ImputationWords:
    """Read and check the file (uncached); raises :class:`ImputationWordsError` naming it."""
    path = Path(path)
    version, words = read_word_lists(path, ImputationWordsError, "imputation words file", LIST_NAMES)
    return ImputationWords(version=version, path=path, **words)


@lru_cache(maxsize=4)
def load_imputation_words(path: Path | None = None) -> ImputationWords:
    """The imputation words, read once per process (per path)."""
    return build_imputation_words(Path(path) if path is not None else IMPUTATION_WORDS_PATH)


__all__ = ["LIST_NAMES", "IMPUTATION_WORDS_PATH", "ImputationWords", "ImputationWordsError",
           "build_imputation_words", "load_imputation_words"]
