"""The denial words: vocabulary of the denial context rules, from one versioned file.

``analysis/data/denial_words.yaml`` holds the word lists the denial rules read around a cue (what a claim, a proceeding or an artefact is; which verbs of wrongdoing, causing, duty or evidence a rebuttal turns on; which words keep plain negative facts out). The cue words themselves are
lexicon entries (:func:`analysis.lexicons.load_lexicon`); these lists are not cues, they are
what the rules check around a cue. The file has the shape of every word-list file
(:func:`analysis.datafile.read_word_lists`): ``meta`` (name, version, source, licence,
description) and ``lists``, one comment per list saying what the rules read it for.

Every list named by a field of :class:`DenialWords` must be present, a non-empty list of lower-case
strings without surrounding spaces; an unknown list is an error too, so a typo in a key cannot
silently empty a rule. :func:`load_denial_words` reads the file once per process (per path) and
raises :class:`DenialWordsError` naming the file when it is missing or malformed.

Grammar the rules also read (pronouns, determiners, auxiliaries, particles, prepositions,
subordinators, dependency labels) stays in the rule modules.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from analysis.datafile import read_word_lists

DENIAL_WORDS_PATH = Path(__file__).resolve().parent / "data" / "denial_words.yaml"


class DenialWordsError(ValueError):
    """The denial words file is missing or malformed; the message names the file."""


@dataclass(frozen=True)
class DenialWords:
    """The loaded lists, one frozenset of lower-case words or phrases each.

    See the file's comments for what each list is for.
    """

    version: str
    path: Path
    requests: frozenset[str]
    categorical: frozenset[str]
    charges_against: frozenset[str]
    claims_rich: frozenset[str]
    undecided: frozenset[str]
    verify: frozenset[str]
    said_nothing: frozenset[str]
    told: frozenset[str]
    experience: frozenset[str]
    view_verbs: frozenset[str]
    innocent_causes: frozenset[str]
    preference: frozenset[str]
    causal_verbs: frozenset[str]
    causal_particle_verbs: frozenset[str]
    agent_nouns: frozenset[str]
    provenance: frozenset[str]
    genuine: frozenset[str]
    not_rebutted: frozenset[str]
    duty_verbs: frozenset[str]
    legal_duty_verbs: frozenset[str]
    perception: frozenset[str]
    core_wrongdoing: frozenset[str]
    quantity_nouns: frozenset[str]
    bounds: frozenset[str]
    give_evidence: frozenset[str]
    artefacts: frozenset[str]
    proceedings: frozenset[str]
    rule_objects: frozenset[str]
    emphatic_degree: frozenset[str]
    ignorance: frozenset[str]
    answerable: frozenset[str]
    evidential: frozenset[str]
    presence_charges: frozenset[str]
    claimlike_extra: frozenset[str]
    wrong_adj: frozenset[str]
    attack_verbs: frozenset[str]
    routine_activities: frozenset[str]
    distance_units: frozenset[str]
    hostile_acts: frozenset[str]
    others: frozenset[str]
    exonerate: frozenset[str]
    parties_lite: frozenset[str]
    certainty_nouns: frozenset[str]
    mishap: frozenset[str]
    toll_nouns: frozenset[str]
    process_nouns: frozenset[str]
    information_verbs: frozenset[str]
    waste_verbs: frozenset[str]
    natural_forces: frozenset[str]
    not_denial_predicates: frozenset[str]
    generic_nouns: frozenset[str]
    charge_adjectives: frozenset[str]
    litotes: frozenset[str]
    report_predicates: frozenset[str]
    undergone: frozenset[str]
    intent_nouns: frozenset[str]
    journalist_negations: frozenset[str]
    unwelcome: frozenset[str]
    wish_verbs: frozenset[str]
    units: frozenset[str]
    label_heads: frozenset[str]
    norm_verbs: frozenset[str]
    denied_things: frozenset[str]
    disowned: frozenset[str]
    courses_of_action: frozenset[str]
    contrast_not_after: frozenset[str]
    explanation_verbs: frozenset[str]
    claim_verbs: frozenset[str]
    measures: frozenset[str]
    labelling_verbs: frozenset[str]
    norms_extra: frozenset[str]
    norm_keeping_verbs: frozenset[str]
    conduct_verbs: frozenset[str]
    categorical_manner: frozenset[str]
    wrongdoing_extra: frozenset[str]
    defended_persons: frozenset[str]
    proof_verbs: frozenset[str]
    charge_marks: frozenset[str]
    figure_nouns: frozenset[str]
    omission_verbs: frozenset[str]
    reading_verbs: frozenset[str]
    undermining_verbs: frozenset[str]
    disputable: frozenset[str]
    evidence_shown: frozenset[str]
    refusal_verbs: frozenset[str]
    link_verbs: frozenset[str]
    time_spans: frozenset[str]
    contested_matters: frozenset[str]
    pretence_verbs: frozenset[str]


LIST_NAMES: tuple[str, ...] = tuple(f.name for f in fields(DenialWords)
                                    if f.name not in ("version", "path"))
"""Every list the file must hold, in the order of :class:`DenialWords`."""


def build_denial_words(path: Path = DENIAL_WORDS_PATH) -> DenialWords:
    """Read and check the file (uncached); raises :class:`DenialWordsError` naming it."""
    path = Path(path)
    version, words = read_word_lists(path, DenialWordsError, "denial words file", LIST_NAMES)
    return DenialWords(version=version, path=path, **words)


@lru_cache(maxsize=4)
def load_denial_words(path: Path | None = None) -> DenialWords:
    """The denial words, read once per process (per path)."""
    return build_denial_words(Path(path) if path is not None else DENIAL_WORDS_PATH)


__all__ = ["LIST_NAMES", "DENIAL_WORDS_PATH", "DenialWords", "DenialWordsError",
           "build_denial_words", "load_denial_words"]
