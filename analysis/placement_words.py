"""The placement words: English vocabulary the speaker rules read, from one versioned file.

``analysis/data/placement_words.yaml`` holds the word lists the ``analysis/attribution/`` package uses
to resolve speakers (gender and title words) and to place them as actors (role words;
institution, organisation, outlet, party and state-body nouns). Its shape::

    meta:
      name: placement_words
      version: "1.0"
      source: "where the lists came from"
      licence: "their licence"
      description: "what they are for"
    lists:
      # one comment per list: what the rules read it for
      female_words: [spokeswoman, chairwoman, ...]

Every list named by a field of :class:`PlacementWords` must be present, a non-empty list of
lower-case strings without surrounding spaces; an unknown list is an error too, so a typo in
a key cannot silently empty a rule. :func:`load_placement_words` reads the file once per
process (per path) and raises :class:`PlacementWordsError` naming the file when it is missing
or malformed.

Grammar the rules also read (pronouns, determiners, prepositions, dependency labels, the
linking words of proper names) stays in ``analysis/attribution/words.py``: it is English syntax,
not a word list to tune.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from analysis.datafile import read_word_lists

PLACEMENT_WORDS_PATH = Path(__file__).resolve().parent / "data" / "placement_words.yaml"


class PlacementWordsError(ValueError):
    """The placement words file is missing or malformed; the message names the file."""


@dataclass(frozen=True)
class PlacementWords:
    """The loaded lists, one frozenset of lower-case words or phrases each.

    See the file's comments for what each list is for.
    """

    version: str
    path: Path
    female_words: frozenset[str]
    male_words: frozenset[str]
    title_words: frozenset[str]
    gender_titles: frozenset[str]
    outlet_heads: frozenset[str]
    org_heads: frozenset[str]
    generic_org: frozenset[str]
    civil: frozenset[str]
    marine_civil: frozenset[str]
    body_appositives: frozenset[str]
    doc_nouns: frozenset[str]
    local: frozenset[str]
    legislative: frozenset[str]
    owner_nouns: frozenset[str]
    inside_access: frozenset[str]
    body_words: frozenset[str]
    membership_words: frozenset[str]
    employee_words: frozenset[str]
    company_nouns: frozenset[str]
    named_owner_extra: frozenset[str]
    general_adj_of: frozenset[str]
    state_qualifiers: frozenset[str]
    region_words: frozenset[str]
    bloc_words: frozenset[str]
    role_verbs: frozenset[str]
    weak_titles: frozenset[str]
    member_roles: frozenset[str]
    body_nouns: frozenset[str]
    corporate_roles: frozenset[str]
    national_office_words: frozenset[str]
    briefing_nouns: frozenset[str]
    regime_nouns: frozenset[str]
    institution_words: frozenset[str]
    firm_heads: frozenset[str]
    commercial_agencies: frozenset[str]
    region_name_words: frozenset[str]
    partitives: frozenset[str]
    opposition_roles: frozenset[str]
    state_owner_phrases: frozenset[str]
    company_possessions: frozenset[str]
    regulator_heads: frozenset[str]
    fighting_groups: frozenset[str]
    free_journalists: frozenset[str]
    counsel_words: frozenset[str]
    expert_plurals: frozenset[str]
    envoy_words: frozenset[str]
    party_heads: frozenset[str]
    party_name_words: frozenset[str]
    member_body_extra: frozenset[str]
    plain_officer_words: frozenset[str]
    possessed_state_heads: frozenset[str]
    whose_bodies: frozenset[str]
    executive_offices: frozenset[str]
    head_offices: frozenset[str]
    state_body_heads: frozenset[str]
    country_name_bodies: frozenset[str]
    body_office_holders: frozenset[str]
    state_anaphor_nouns: frozenset[str]
    local_office_qualifiers: frozenset[str]
    settler_nouns: frozenset[str]
    medical_staff: frozenset[str]
    personal_roles: frozenset[str]
    unnamed_body_heads: frozenset[str]
    named_body_heads: frozenset[str]
    hyphen_word_tails: frozenset[str]
    sport_words: frozenset[str]
    sport_people: frozenset[str]
    kin_words: frozenset[str]
    branch_words: frozenset[str]
    post_nominals: frozenset[str]
    own_voice_institutions: frozenset[str]
    academic_heads: frozenset[str]
    name_possessives: frozenset[str]
    continent_name_tails: frozenset[str]
    compass_words: frozenset[str]
    local_qualifiers: frozenset[str]
    local_body_heads: frozenset[str]
    clergy_words: frozenset[str]
    church_words: frozenset[str]
    church_body_nouns: frozenset[str]
    non_person_heads: frozenset[str]
    party_qualifiers: frozenset[str]
    talks_roles: frozenset[str]
    lead_body_nouns: frozenset[str]
    military_ranks: frozenset[str]
    members_body_nouns: frozenset[str]
    generic_qualifiers: frozenset[str]
    seen_by_participles: frozenset[str]
    office_titles: frozenset[str]
    generic_office_words: frozenset[str]
    livelihood_verbs: frozenset[str]
    visit_words: frozenset[str]
    plain_firm_nouns: frozenset[str]
    party_names: frozenset[str]
    party_adjectives: frozenset[str]
    party_roles: frozenset[str]
    party_blind_offices: frozenset[str]
    club_name_tails: frozenset[str]
    sport_roles: frozenset[str]
    local_body_words: frozenset[str]
    firm_site_nouns: frozenset[str]
    non_firm_heads: frozenset[str]
    non_firm_name_words: frozenset[str]
    firm_agency_kinds: frozenset[str]
    alias_verbs: frozenset[str]
    firm_officer_titles: frozenset[str]
    stateless_words: frozenset[str]
    industry_source_words: frozenset[str]
    regime_participles: frozenset[str]
    student_body_heads: frozenset[str]
    diplomat_anaphors: frozenset[str]
    expert_anaphors: frozenset[str]
    diplomat_words: frozenset[str]
    person_title_words: frozenset[str]
    field_nouns: frozenset[str]
    posting_medium_nouns: frozenset[str]
    posting_heads: frozenset[str]
    ruler_adjectives: frozenset[str]
    author_participles: frozenset[str]
    party_markers: frozenset[str]
    eu_office_words: frozenset[str]
    poll_nouns: frozenset[str]
    direct_verbs: frozenset[str]
    legislator_roles: frozenset[str]
    holding_nouns: frozenset[str]
    settlement_nouns: frozenset[str]
    local_office_words: frozenset[str]
    university_words: frozenset[str]
    staff_nouns: frozenset[str]
    peer_nouns: frozenset[str]
    study_nouns: frozenset[str]
    portfolio_generic: frozenset[str]
    government_voice_roles: frozenset[str]
    office_prefixes: frozenset[str]
    bare_office_heads: frozenset[str]
    delegation_nouns: frozenset[str]
    delegation_lead_verbs: frozenset[str]
    name_prepositions: frozenset[str]
    lower_group_nouns: frozenset[str]
    epithet_heads: frozenset[str]
    plain_epithets: frozenset[str]
    labour_words: frozenset[str]
    regional_body_heads: frozenset[str]
    outlet_back_nouns: frozenset[str]
    refugee_heads: frozenset[str]
    chamber_phrases: frozenset[str]
    local_institution_words: frozenset[str]
    armed_force_heads: frozenset[str]
    press_office_nouns: frozenset[str]
    side_filler_words: frozenset[str]
    advocate_roles: frozenset[str]
    asset_nouns: frozenset[str]
    party_creed_words: frozenset[str]
    workplace_place_words: frozenset[str]
    research_body_heads: frozenset[str]
    household_nouns: frozenset[str]
    place_name_heads: frozenset[str]
    foreign_state_words: frozenset[str]
    foreign_name_links: frozenset[str]
    foreign_name_articles: frozenset[str]
    country_unit_nouns: frozenset[str]
    state_description_nouns: frozenset[str]
    institution_kinds: frozenset[str]
    international_name_words: frozenset[str]
    named_state_heads: frozenset[str]
    civic_name_words: frozenset[str]


LIST_NAMES: tuple[str, ...] = tuple(f.name for f in fields(PlacementWords)
                                    if f.name not in ("version", "path"))
"""Every list the file must hold, in the order of :class:`PlacementWords`."""


def build_placement_words(path: Path = PLACEMENT_WORDS_PATH) -> PlacementWords:
    """Read and check the file (uncached); raises :class:`PlacementWordsError` naming it."""
    path = Path(path)
    version, words = read_word_lists(path, PlacementWordsError, "placement words file", LIST_NAMES)
    return PlacementWords(version=version, path=path, **words)


@lru_cache(maxsize=4)
def load_placement_words(path: Path | None = None) -> PlacementWords:
    """The placement words, read once per process (per path)."""
    return build_placement_words(Path(path) if path is not None else PLACEMENT_WORDS_PATH)


__all__ = ["LIST_NAMES", "PLACEMENT_WORDS_PATH", "PlacementWords", "PlacementWordsError",
           "build_placement_words", "load_placement_words"]
