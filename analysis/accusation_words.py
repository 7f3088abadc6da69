"""The accusation words: vocabulary of the accusation context rules, from one versioned file.

``analysis/data/accusation_words.yaml`` holds the word lists the accusation rules read around a cue (what is misused, withheld, planted or covered up; who is protected, paid or favoured; which harms and conduct can be blamed; which words rule a charge out). The cue words themselves are
lexicon entries (:func:`analysis.lexicons.load_lexicon`); these lists are not cues, they are
what the rules check around a cue. The file has the shape of every word-list file
(:func:`analysis.datafile.read_word_lists`): ``meta`` (name, version, source, licence,
description) and ``lists``, one comment per list saying what the rules read it for.

Every list named by a field of :class:`AccusationWords` must be present, a non-empty list of lower-case
strings without surrounding spaces; an unknown list is an error too, so a typo in a key cannot
silently empty a rule. :func:`load_accusation_words` reads the file once per process (per path) and
raises :class:`AccusationWordsError` naming the file when it is missing or malformed.

Grammar the rules also read (pronouns, determiners, auxiliaries, particles, prepositions,
subordinators, dependency labels) stays in the rule modules.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from analysis.datafile import read_word_lists

ACCUSATION_WORDS_PATH = Path(__file__).resolve().parent / "data" / "accusation_words.yaml"


class AccusationWordsError(ValueError):
    """The accusation words file is missing or malformed; the message names the file."""


@dataclass(frozen=True)
class AccusationWords:
    """The loaded lists, one frozenset of lower-case words or phrases each.

    See the file's comments for what each list is for.
    """

    version: str
    path: Path
    accounts: frozenset[str]
    accountability: frozenset[str]
    lines: frozenset[str]
    funds: frozenset[str]
    owners: frozenset[str]
    public: frozenset[str]
    partisan: frozenset[str]
    luxuries: frozenset[str]
    moving: frozenset[str]
    kin_destinations: frozenset[str]
    personal: frozenset[str]
    cronies: frozenset[str]
    misused_extra: frozenset[str]
    creations: frozenset[str]
    payments: frozenset[str]
    gatekeepers: frozenset[str]
    paid_to_act: frozenset[str]
    posts: frozenset[str]
    kin: frozenset[str]
    backers: frozenset[str]
    rights: frozenset[str]
    pollutants: frozenset[str]
    barely: frozenset[str]
    doubt_verbs: frozenset[str]
    photo_ops: frozenset[str]
    wanting: frozenset[str]
    selfish_ends: frozenset[str]
    own_ends_extra: frozenset[str]
    people: frozenset[str]
    exploited: frozenset[str]
    virtues: frozenset[str]
    challenging: frozenset[str]
    disbelief: frozenset[str]
    excuses: frozenset[str]
    merely: frozenset[str]
    payees: frozenset[str]
    duties: frozenset[str]
    falsehoods: frozenset[str]
    warnings: frozenset[str]
    protected: frozenset[str]
    coercive: frozenset[str]
    process_nouns: frozenset[str]
    rule_objects: frozenset[str]
    harms: frozenset[str]
    conduct: frozenset[str]
    locative_particles: frozenset[str]
    non_agent_causes: frozenset[str]
    detention: frozenset[str]
    due_process: frozenset[str]
    consent: frozenset[str]
    planted: frozenset[str]
    experiencer_verbs: frozenset[str]
    cause_cues: frozenset[str]
    adjudicators: frozenset[str]
    verdict_verbs: frozenset[str]
    involvement: frozenset[str]
    no_phrase_heads: frozenset[str]
    unnamed: frozenset[str]
    proceedings: frozenset[str]
    tests: frozenset[str]
    conduct_causes: frozenset[str]
    harm_verbs: frozenset[str]
    harm_nouns: frozenset[str]
    harm_states: frozenset[str]
    defeats: frozenset[str]
    risks: frozenset[str]
    blame_duties: frozenset[str]
    gains: frozenset[str]
    safe: frozenset[str]
    assigning: frozenset[str]
    losses: frozenset[str]
    danger_verbs: frozenset[str]
    harmful_marks: frozenset[str]
    shares: frozenset[str]
    not_agents: frozenset[str]
    conceal: frozenset[str]
    tell: frozenset[str]
    go_ahead: frozenset[str]
    durations: frozenset[str]
    label_verbs: frozenset[str]
    claim_heads: frozenset[str]
    certainty_nouns: frozenset[str]
    accusing_verbs: frozenset[str]
    claim_judgements: frozenset[str]
    ceasing: frozenset[str]
    preventing: frozenset[str]
    clearing_verbs: frozenset[str]
    supposing: frozenset[str]
    not_deeds: frozenset[str]
    harm_aims: frozenset[str]
    civic_seeing: frozenset[str]
    patron_aims: frozenset[str]
    patrons: frozenset[str]
    spoiling_aims: frozenset[str]
    spoiled: frozenset[str]
    inflating_aims: frozenset[str]
    inflated: frozenset[str]
    excluding_aims: frozenset[str]
    labelled_acts: frozenset[str]
    known_bad: frozenset[str]
    going_on: frozenset[str]
    attack_things: frozenset[str]
    owed_acts: frozenset[str]
    owed_notice: frozenset[str]
    concerned_people: frozenset[str]
    raising: frozenset[str]
    costs: frozenset[str]
    cutting: frozenset[str]
    provisions: frozenset[str]
    largesse: frozenset[str]
    time_spans: frozenset[str]
    suffering: frozenset[str]
    idling: frozenset[str]
    enforcement: frozenset[str]
    fires: frozenset[str]
    labelling: frozenset[str]
    timely: frozenset[str]
    helping: frozenset[str]
    escaping: frozenset[str]
    known_false: frozenset[str]
    offenders: frozenset[str]
    civic_targets: frozenset[str]
    repressing: frozenset[str]
    in_custody: frozenset[str]
    extracted: frozenset[str]
    contests: frozenset[str]
    adverse_events: frozenset[str]
    adverse_states: frozenset[str]
    diseases: frozenset[str]
    necessities: frozenset[str]
    rising: frozenset[str]
    blamed_conduct: frozenset[str]
    deed_bodies: frozenset[str]
    late_events: frozenset[str]
    decisive_events: frozenset[str]
    time_units: frozenset[str]
    decisions_taken: frozenset[str]
    benefits: frozenset[str]
    benefit_verbs: frozenset[str]
    giving: frozenset[str]
    suspect_deeds: frozenset[str]
    moving_money: frozenset[str]
    holdings: frozenset[str]
    reckonings: frozenset[str]
    reckoning_verbs: frozenset[str]
    secrecy: frozenset[str]
    secret_places: frozenset[str]
    watchers: frozenset[str]
    signals: frozenset[str]
    communities: frozenset[str]
    public_goods: frozenset[str]
    tactical_openings: frozenset[str]
    painted_things: frozenset[str]
    dealing: frozenset[str]
    firms: frozenset[str]
    due_checks: frozenset[str]
    due_always: frozenset[str]
    due_marks: frozenset[str]
    scraps: frozenset[str]
    slowness: frozenset[str]
    appeal_bodies: frozenset[str]
    public_addressees: frozenset[str]
    repeat_adverbs: frozenset[str]
    repeat_counts: frozenset[str]
    no_replies: frozenset[str]
    custody_verbs: frozenset[str]
    crowd_nouns: frozenset[str]
    scrutinies: frozenset[str]
    contested_deeds: frozenset[str]
    lifelines: frozenset[str]
    providers: frozenset[str]
    urging_verbs: frozenset[str]
    cessation_verbs: frozenset[str]
    generic_addressees: frozenset[str]
    hostile_acts: frozenset[str]
    response_verbs: frozenset[str]
    incursion_deeds: frozenset[str]
    attack_deeds: frozenset[str]
    force_nouns: frozenset[str]
    degrading_likenesses: frozenset[str]
    unrest_nouns: frozenset[str]
    obstruction_deeds: frozenset[str]
    blameable_states: frozenset[str]
    pretext_ends: frozenset[str]
    gathered_people: frozenset[str]
    dissent_nouns: frozenset[str]
    force_deeds: frozenset[str]


LIST_NAMES: tuple[str, ...] = tuple(f.name for f in fields(AccusationWords)
                                    if f.name not in ("version", "path"))
"""Every list the file must hold, in the order of :class:`AccusationWords`."""


def build_accusation_words(path: Path = ACCUSATION_WORDS_PATH) -> AccusationWords:
    """Read and check the file (uncached); raises :class:`AccusationWordsError` naming it."""
    path = Path(path)
    version, words = read_word_lists(path, AccusationWordsError, "accusation words file", LIST_NAMES)
    return AccusationWords(version=version, path=path, **words)


@lru_cache(maxsize=4)
def load_accusation_words(path: Path | None = None) -> AccusationWords:
    """The accusation words, read once per process (per path)."""
    return build_accusation_words(Path(path) if path is not None else ACCUSATION_WORDS_PATH)


__all__ = ["LIST_NAMES", "ACCUSATION_WORDS_PATH", "AccusationWords", "AccusationWordsError",
           "build_accusation_words", "load_accusation_words"]
