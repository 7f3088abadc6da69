"""Words the attribution rules read: English grammar sets kept in code, and the placement
vocabulary loaded from ``analysis/data/placement_words.yaml`` under the names the rules use.
"""

from __future__ import annotations

import re

from analysis.placement_words import load_placement_words

# English grammar the rules read (closed-class words and parser labels), kept here; the
# vocabulary (role, title, gender, institution, party words ...) is in the data file below.
PRONOUNS_M = frozenset({"he", "him", "his"})

PRONOUNS_F = frozenset({"she", "her", "hers"})

PRONOUNS_PL = frozenset({"they", "them", "their"})

PRONOUNS_IT = frozenset({"it", "its"})

PRONOUNS_1ST = frozenset({"i", "we", "me", "us", "you"})

_LOCATIVE_PREPS = frozenset({"in", "near", "at", "from", "outside", "around", "across",
                             "throughout", "inside"})

_DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})

_MENTION_DEPS = frozenset({"nsubj", "nsubjpass"})

_CUT_DEPS = frozenset({"appos", "punct", "advmod", "cc", "conj", "parataxis"})

_CLAUSE_DEPS = frozenset({"relcl", "acl"})

_OWNER_CLAUSE = re.compile(
    r"(?:(?:which|that) (?:is|are|was|were) )?(?:(?:wholly|partly|majority|jointly|part)[- ])?"
    r"(?:owned|controlled) by\b", re.I)

_INDEFINITE_DETS = frozenset({"a", "an", "one", "another", "some"})

_KEEP_PREPS = frozenset({"for", "of", "at", "with", "from", "in", "to", "without"})

# The placement words: analysis/data/placement_words.yaml (what each list is for is commented
# there), read once at import by analysis.placement_words.
_W = load_placement_words()

_FEMALE_WORDS = _W.female_words

_MALE_WORDS = _W.male_words

_TITLE_WORDS = _W.title_words

_GENERIC_OFFICE_WORDS = _W.generic_office_words

_OFFICE_TITLES = _W.office_titles

_LIVELIHOOD_VERBS = _W.livelihood_verbs

_VISIT_WORDS = _W.visit_words

_GENDER_TITLES = _W.gender_titles

_OUTLET_HEADS = _W.outlet_heads

_ORG_HEADS = _W.org_heads

_ADVOCATE_ROLES = _W.advocate_roles

_ASSET_NOUNS = _W.asset_nouns

_PARTY_CREED_WORDS = _W.party_creed_words

_GENERIC_ORG = _W.generic_org

_CIVIL = _W.civil

_MARINE_CIVIL = _W.marine_civil

_BODY_APPOSITIVES = _W.body_appositives

_DOC_NOUNS = _W.doc_nouns

_LOCAL = _W.local

_LEGISLATIVE = _W.legislative

_OWNER_NOUNS = _W.owner_nouns

_INSIDE_ACCESS = _W.inside_access

_BODY_WORDS = _W.body_words

_MEMBERSHIP_WORDS = _W.membership_words

_EMPLOYEE_WORDS = _W.employee_words

_COMPANY_NOUNS = _W.company_nouns

_STATE_ANAPHOR_NOUNS = _W.state_anaphor_nouns

_LOCAL_OFFICE_QUALIFIERS = _W.local_office_qualifiers

_BODY_OFFICE_HOLDERS = _W.body_office_holders

# the same pairs read as {body noun: its office holders}
_HOLDERS_OF_BODY: dict[str, frozenset[str]] = {}

for _pair in _BODY_OFFICE_HOLDERS:
    _body, _holder = (w.strip() for w in _pair.split(":"))
    _HOLDERS_OF_BODY[_body] = _HOLDERS_OF_BODY.get(_body, frozenset()) | {_holder}

_SETTLER_NOUNS = _W.settler_nouns

# the same pairs read as {people noun: their settlement's noun}
_SETTLERS = dict((w.strip() for w in pair.split(":")) for pair in _SETTLER_NOUNS)

_NAMED_OWNER_NOUNS = _OWNER_NOUNS | _COMPANY_NOUNS | _W.named_owner_extra

# every noun that names a body ("the trust", "the company", "the union"): a name in
# apposition to one of them is that body's name
_BODY_NOUNS_ALL = _W.org_heads | _NAMED_OWNER_NOUNS | _W.firm_heads

_GENERAL_ADJ_OF = _W.general_adj_of

_STATE_QUALIFIERS = _W.state_qualifiers

_REGION_WORDS = _W.region_words

_REGION_NAME_WORDS = _W.region_name_words

_PARTITIVES = _W.partitives

_OPPOSITION_ROLES = _W.opposition_roles

_BLOC_WORDS = _W.bloc_words

_ROLE_VERBS = _W.role_verbs

_WEAK_TITLES = _W.weak_titles

_MEMBER_ROLES = _W.member_roles

_BODY_NOUNS = _W.body_nouns

_CORPORATE_ROLES = _W.corporate_roles

_NATIONAL_OFFICE_WORDS = _W.national_office_words

_BRIEFING_NOUNS = _W.briefing_nouns

_REGIME_NOUNS = _W.regime_nouns

_STATELESS_WORDS = _W.stateless_words

_INDUSTRY_SOURCE_WORDS = _W.industry_source_words

_REGIME_PARTICIPLES = _W.regime_participles

_STUDENT_BODY_HEADS = _W.student_body_heads

_UNNAMED_BODY_HEADS = _W.unnamed_body_heads

_NAMED_BODY_HEADS = _W.named_body_heads

_INSTITUTION_WORDS = _W.institution_words

_FIRM_HEADS = _W.firm_heads

_MEMBERS_BODY_NOUNS = _W.members_body_nouns

_GENERIC_QUALIFIERS = _W.generic_qualifiers

_SEEN_BY_PARTICIPLES = _W.seen_by_participles

_COMMERCIAL_AGENCIES = _W.commercial_agencies

_PLAIN_FIRM_NOUNS = _W.plain_firm_nouns

_STATE_OWNER_PHRASES = _W.state_owner_phrases

_COMPANY_POSSESSIONS = _W.company_possessions

_REGULATOR_HEADS = _W.regulator_heads

_FIGHTING_GROUPS = _W.fighting_groups

_FREE_JOURNALISTS = _W.free_journalists

_COUNSEL_WORDS = _W.counsel_words

_CLERGY_WORDS = _W.clergy_words

_CHURCH_WORDS = _W.church_words

_NON_PERSON_HEADS = _W.non_person_heads

_PARTY_QUALIFIERS = _W.party_qualifiers

_TALKS_ROLES = _W.talks_roles

_LEAD_BODY_NOUNS = _W.lead_body_nouns

_CHURCH_BODY_NOUNS = _W.church_body_nouns

_MILITARY_RANKS = _W.military_ranks

_EXPERT_PLURALS = _W.expert_plurals

_ENVOY_WORDS = _W.envoy_words

_PARTY_HEADS = _W.party_heads

_PARTY_NAME_WORDS = _W.party_name_words

_MEMBER_BODY_WORDS = _PARTY_NAME_WORDS | _W.member_body_extra

_PLAIN_OFFICER_WORDS = _W.plain_officer_words

_POSSESSED_STATE_HEADS = _W.possessed_state_heads

_WHOSE_BODIES = _W.whose_bodies

_EXECUTIVE_OFFICES = _W.executive_offices

_HEAD_OFFICES = _W.head_offices

_STATE_BODY_HEADS = _W.state_body_heads

_COUNTRY_NAME_BODIES = _W.country_name_bodies

_MEDICAL_STAFF = _W.medical_staff

_PERSONAL_ROLES = _W.personal_roles

_HYPHEN_WORD_TAILS = _W.hyphen_word_tails

_SPORT_WORDS = _W.sport_words

_SPORT_PEOPLE = _W.sport_people

_KIN_WORDS = _W.kin_words

_BRANCH_WORDS = _W.branch_words

_POST_NOMINALS = _W.post_nominals

_OWN_VOICE_INSTITUTIONS = _W.own_voice_institutions

_ACADEMIC_HEADS = _W.academic_heads

_NAME_POSSESSIVES = _W.name_possessives

_CONTINENT_NAME_TAILS = _W.continent_name_tails

_COMPASS_WORDS = _W.compass_words

_LOCAL_QUALIFIERS = _W.local_qualifiers

_LOCAL_BODY_HEADS = _W.local_body_heads

_PARTY_NAMES = _W.party_names

_PARTY_ADJECTIVES = _W.party_adjectives

_PARTY_ROLES = _W.party_roles

_PARTY_BLIND_OFFICES = _W.party_blind_offices

_CLUB_NAME_TAILS = _W.club_name_tails

_LOCAL_BODY_WORDS = _W.local_body_words

_SPORT_ROLES = _W.sport_roles

# abbreviated titles, so "the general" finds "Maj. Gen. Igor Konashenkov"
# "the 29-year-old", "the 34-year-old striker": an age standing for a person just named
_AGE_ANAPHOR = re.compile(r"^[Tt]he \d{1,3}-year-old\b")

# "the former economy minister": a past office, as an anaphor for the person just named
_FORMER_ANAPHOR = re.compile(r"^[Tt]he former (?:[a-z-]+ ){0,3}(?:minister|president|premier|"
                             r"governor|mayor|senator|chancellor|secretary|ambassador|leader|"
                             r"chief|chairman|chairwoman|speaker|prosecutor|general|commander|"
                             r"lawmaker|deputy|mp)$")

# "a senior member of the Joint Chamber of Commerce": the body's name after "member of"
_MEMBER_OF_RE = re.compile(r"\bmember of (?:the )?((?:[A-Z][\w'’-]*(?:\s+(?:of|and|for|the)"
                           r"(?=\s+[A-Z]))?\s*)+)")

_PLACE_PREPS = ("in", "near", "from", "of", "outside")

_TITLE_ABBREV = {
    "gen": "general", "col": "colonel", "lt": "lieutenant", "maj": "major", "adm": "admiral",
    "sgt": "sergeant", "capt": "captain", "gov": "governor", "sen": "senator",
    "rep": "representative", "pres": "president", "cmdr": "commander", "brig": "brigadier",
    "amb": "ambassador", "prof": "professor", "dr": "doctor", "coun": "councillor",
}

# an unnamed speaker whose name the text withholds is an anonymous source, whatever the noun
_WITHHELD_RE = re.compile(r"\bnot (?:to )?be (?:named|identified)\b|\bnot want (?:his|her|their) "
                          r"(?:name|names|identity) (?:used|published|given|revealed)"
                          r"|\bcondition of anonymity\b|\banonymity\b|\bwithout being named\b")

# a capitalised body named for a continent or a region of many states
_CONTINENTAL_BODY = re.compile(
    r"\b[A-Z][a-z]+ (?:[A-Z][a-z]+ )*(?:of|for) (?:the )?(?:Europe|Africa|Asia|the Americas|"
    r"Americas|Latin America|the Caribbean|Caribbean|the Pacific|Pacific|Oceania|the Arab "
    r"States|Arab States|the Gulf|Gulf|African|American|Asian|European|Arab)\b")

# "the ruling X", "the opposition X party": which side of a party system a party is on
# A title whose holder sits in an institution of that word ("Trade Commissioner X" after
# "The European Commission"): the title, then the institution word.
_HOLDER_INSTITUTION = {"commissioner": "commission"}

# the roles that head a state's mission abroad: an envoy speaks for the state whose
# embassy or consulate the text just named
_ENVOY_ROLES: dict[str, frozenset[str]] = {
    "embassy": frozenset({"ambassador", "envoy", "charge", "chargé", "attache", "attaché"}),
    "consulate": frozenset({"consul", "consul-general", "consul general"}),
}

# a seat or listing adjective, as news copy writes it before a company's name
_SEAT_WORD = re.compile(r"-(?:based|listed|headquartered|registered)$", re.I)

# word lists for "the company" and company officers (placement_words 1.13)
_FIRM_SITE_NOUNS = _W.firm_site_nouns

_NON_FIRM_HEADS = _W.non_firm_heads

_NON_FIRM_NAME_WORDS = _W.non_firm_name_words

_FIRM_AGENCY_KINDS = _W.firm_agency_kinds

_ALIAS_VERBS = _W.alias_verbs

_FIRM_OFFICER_TITLES = _W.firm_officer_titles

_DIPLOMAT_ANAPHORS = _W.diplomat_anaphors

_EXPERT_ANAPHORS = _W.expert_anaphors

_DIPLOMAT_WORDS = _W.diplomat_words

_PERSON_TITLE_WORDS = _W.person_title_words

_FIELD_NOUNS = _W.field_nouns

_POSTING_MEDIUM_NOUNS = _W.posting_medium_nouns

_POSTING_HEADS = _W.posting_heads

_RULER_ADJECTIVES = _W.ruler_adjectives

_AUTHOR_PARTICIPLES = _W.author_participles

_PARTY_MARKERS = _W.party_markers

_EU_OFFICE_WORDS = _W.eu_office_words

_POLL_NOUNS = _W.poll_nouns

_DIRECT_VERBS = _W.direct_verbs

_LEGISLATOR_ROLES = _W.legislator_roles

# a company officer's title right before a name (and maybe the given name before the surname)
_FIRM_OFFICER_RE = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(t) for t in _FIRM_OFFICER_TITLES), key=len,
                                reverse=True)) + r")\s*,?(?:\s+[A-Z][\w.-]*){0,2}\s*$", re.I)

_PARTY_SIDES = {"ruling": "ruling", "governing": "ruling", "opposition": "opposition"}

# what one holds "in" a company: "shares in X", "a stake in X" name a firm, not a place
_HOLDING_NOUNS = _W.holding_nouns

# an appositive that makes a body one of many states: "the nine-country body", "a 15-nation
# bloc", "an intergovernmental agency", "the regional organisation of eight states"
_MANY_STATES_RE = re.compile(
    r"(?:the|an?)\s+(?:(?:\w+|\d+)-(?:country|nation|member|state)|intergovernmental|"
    r"multinational|multilateral|inter-state|interstate)\s+(?:\w+\s+)?(?:body|bloc|"
    r"organi[sz]ation|agency|authority|commission|grouping|alliance|institution|council)\b",
    re.I)

# an appositive naming a firm by its seat or listing: "Johor-based Selat Marine Services"
_SEATED_NAME_RE = re.compile(
    r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?-(?:based|listed|headquartered|owned)\s+"
    r"((?:[A-Z][\w&.'’-]*\s+){0,4}[A-Z][\w&.'’-]*)")

# common nouns of a place people live in, after its name: "the Farchana camp", "the Kibera
# settlement" say where a speaker is, not whom he works for
_SETTLEMENT_NOUNS = _W.settlement_nouns

# where an expert works: "(working|based) at/in X", "at the University of X", "at X University"
_WORKPLACE_RE = re.compile(
    r"\b(?:(?:working|teaching|based|works|teaches)\s+(?:at|in)\s+(?:the\s+)?"
    r"(?:University\s+of\s+)?|at\s+the\s+University\s+of\s+"
    # "of the University of Rosario in Bogotá", "at Gulu University in Gulu": the city after
    # an institution's name is where it is (not "the Venezuela Observatory" it names a field
    # by)
    r"|\b(?:University|College|Institute|Observatory|Centre|Center)\b[^,;()]{0,60}?\bin\s+)"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")

# where a speaker fled to ("who fled to Mauritania", "after escaping into Chad")
_FLED_TO_RE = re.compile(
    r"\b(?:who\s+|after\s+|having\s+)?(?:had\s+)?(?:fled|escaped|escaping|fleeing)\s+"
    r"(?:across\s+the\s+border\s+)?(?:in)?to\s+(?:neighbouring\s+|neighboring\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")

# words two mentions may share without naming the same body ("the", "'s", "said")
_SIDE_FILLER_WORDS = _W.side_filler_words

# the head nouns of an army's own name ("The Malian Armed Forces (FAMa)")
_ARMED_FORCE_HEADS = _W.armed_force_heads

_PRESS_OFFICE_NOUNS = _W.press_office_nouns

# a town's own local officials: "Göd's mayor", "the mayor of Kolda", "Kolda's governor"
_LOCAL_OFFICE_WORDS = _W.local_office_words

_LOCAL_OFFICE_RE = re.compile(
    r"\b([A-Z][\w'-]+)['’]s\s+(?:\w+\s+)?(?:mayor|governor|prefect|council|municipality)\b"
    r"|\b(?:mayor|governor|prefect|council|municipality)\s+of\s+([A-Z][\w'-]+)\b")

# where the text places a town it names first: "Göd, north of Budapest", "Kolda, in Senegal",
# "Göd, a town outside Budapest"
_PLACED_TOWN_RE = re.compile(
    r",?\s+(?:an?\s+(?:\w+\s+)?(?:town|city|village|suburb|district)\s+)?"
    r"(?:(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|outside|near|in)\s+)"
    r"(?:(?:north|south|east|west)(?:ern)?\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")

_UNIVERSITY_WORDS = _W.university_words

# words after a place's name that make it a workplace's seat ("an Amman consultancy")
_WORKPLACE_PLACE_WORDS = _W.workplace_place_words

# what an appositive calls a body whose staff comment as experts ("..., a Sudanese think tank")
_RESEARCH_BODY_HEADS = _W.research_body_heads

# a home or living of one's own ("whose house was hit"): a person of the public, as kin words
_HOUSEHOLD_NOUNS = _W.household_nouns

# nouns a place's name qualifies ("Vunidogoloa village", "the Cutipa community")
_PLACE_NAME_HEADS = _W.place_name_heads

# a country's unit of a body named after it ("the Kenyan chapter of the ...")
_COUNTRY_UNIT_NOUNS = _W.country_unit_nouns

# nouns that introduce a name as a state body's ("its Estonian counterpart, X")
_STATE_DESCRIPTION_NOUNS = _W.state_description_nouns

# the words of a members' body's name (union, party, association ...) and of a name that
# makes a body regional or worldwide

_INSTITUTION_KINDS = _W.institution_kinds
_INTERNATIONAL_NAME_WORDS = _W.international_name_words

# the head nouns that make a capitalised name a state body's without a "national" before them,
# and the words that make such a name a charity's or a trade's instead
_NAMED_STATE_HEADS = _W.named_state_heads
_CIVIC_NAME_WORDS = _W.civic_name_words

# a state body's words in another language, read in English ("Instituto Nacional de ...")
_FOREIGN_STATE_WORDS = _W.foreign_state_words

_ENGLISH_STATE_WORD = dict(w.split("=", 1) for w in _FOREIGN_STATE_WORDS)

# the linkers inside such a name, read as "of" (articles after them are dropped)
_FOREIGN_NAME_LINKS = _W.foreign_name_links

_FOREIGN_NAME_ARTICLES = _W.foreign_name_articles

# a sentence that opens on the scene of the other side of a border, and the scene words that
# may follow it ("On the Haitian side, ...", "Across the river in Tecún Umán, ...", "Over the
# frontier, ...", "Back in Battambang province, ...", "In the camp at Ourang, ...", "In San
# Antonio del Táchira, on the Venezuelan side, ...": the side names the town's country; "In
# Ivangorod, across the river, ...": a town the tables need not know, over the border)
_SCENE_OPENER_RE = re.compile(
    r"(?:On|From) the [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)* (?:side|bank|shore)\b"
    r"|In [A-Z][^,.;]{0,60}, on the [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)* (?:side|bank|shore)\b"
    r"|(?:In [A-Z][^,.;]{0,60}, )?(?:[Aa]cross|[Oo]ver|[Bb]eyond) the (?:border|river|frontier|lake"
    r"|strait|water|line|bridge|boundary|LoC|Line of Control|ceasefire line)\b"
    r"|Back (?:home )?in [A-Z]"
    r"|In the (?:refugee )?(?:camps?|settlements?|shelters?) (?:at|of|in|near) [A-Z]")

# the words of such an opener that cross over ("Across the LoC", "In Ivangorod, across the
# river"): the scene is on the other side from the story's own
_CROSSING_RE = re.compile(
    r"\b(?:[Aa]cross|[Oo]ver|[Bb]eyond) the (?:border|river|frontier|lake|strait|water|line"
    r"|bridge|boundary|LoC|Line of Control|ceasefire line)\b")

_NAMED_SIDE_RE = re.compile(r"\bon the ([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*) (?:side|bank|shore)\b")

_SCENE_MORE_RE = re.compile(r"\s*(?:in|at|on|near|across|over)\b")

# people who are, by the word, away from their own country ("Refugees in the Palabek
# settlement"): placed by where the text says they fled from, not by the camp
_REFUGEE_HEADS = _W.refugee_heads

# where a story says its refugees come from: "families fleeing fighting in South Sudan's
# Eastern Equatoria", "18,000 refugees crossed from Sudan", "refugees from Myanmar", "who fled
# El Geneina"
_FLED_FROM_RE = re.compile(
    r"\b(?:fled|flee|flees|fleeing|escaped|escaping|crossed from|crossing from|"
    r"(?:refugees|arrivals|people|families) from)\b([^.;\n]{0,60})")

# a language word before an outlet noun ("Serbian-language", "Russian language")
_LANGUAGE_WORD_RE = re.compile(r"\b[A-Z][\w'’]+[- ]language\b")

# business chambers, which a local word ("provincial", "regional") does not make the state's
_CHAMBER_PHRASES = _W.chamber_phrases

# a role held for a body copy names again by its kind noun: "a researcher for the group"
_STAFF_OF_THE_RE = re.compile(
    r"\b(?:for|with|at)\s+the\s+(?:group|organi[sz]ation|charity|ngo|agency|network|"
    r"coalition|foundation|federation|association|union|institute)\b")

# refugees the text gives a nationality: "Syrian refugees", "South Sudanese asylum seekers"
_NATIONAL_REFUGEES_RE = re.compile(
    r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:refugees?|asylum[- ]seekers?)\b")

# institutions that serve one place: a named one with no country word is of the story's home
_LOCAL_INSTITUTION_WORDS = _W.local_institution_words

# what copy calls an outlet it has just named when someone "told" it something ("told the
# station that ...")
_OUTLET_BACK_NOUNS = _W.outlet_back_nouns

# people and boards who speak for a body "for"/"of" which they work: "a spokeswoman for X",
# "lawyers for X", "X's management board"
_STAFF_NOUNS = _W.staff_nouns

# a relation to another speaker, not a job: "Her colleague X, a professor of ..."
_PEER_NOUNS = _W.peer_nouns

_STUDY_NOUNS = _W.study_nouns

_PUBLISHED_IN_RE = re.compile(r"\s*\bpublished\b[^;]*?\bin\s+(?:the\s+)?(?:(?:medical|scientific|"
                              r"peer-reviewed)\s+)?(?:journal|magazine)\b[^;]*")

_PREMIER_LEAGUE_RE = re.compile(r"\bPremier\s+(League|Division|Liga|Soccer League|Cup)\b")

# title words that name no portfolio: what a minister and his ministry share beyond these
# ("justice", "energy", "foreign") says the minister heads that ministry
_PORTFOLIO_GENERIC = _W.portfolio_generic

# "president of the University of Ulsan", "rector of Charles University": a university's head
_HEAD_OF_UNIVERSITY_RE = re.compile(
    r"\b(?:[Pp]resident|[Rr]ector|[Vv]ice-[Cc]hancellor|[Cc]hancellor|[Pp]rovost)\s+of\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’-]*\s+)*(?:University|College|Polytechnic)(?:\s+of(?:\s+[A-Z][\w'’-]*)+)?)")

# "residents of the village", "people in the town": a place the text described before
# "The villagers said": the people of the settlement the noun names
_SETTLERS_RE = re.compile(r"(?:the\s+)?(" + "|".join(sorted(_SETTLERS)) + r")\b", re.IGNORECASE)

_SETTLEMENT_REF_RE = re.compile(r"\bthe\s+(village|town|camp|settlement|township|city)\b",
                                re.IGNORECASE)

_NAME_PREPOSITIONS = _W.name_prepositions  # "Surfers Against Sewage": lower-cased here

_LOWER_GROUP_NOUNS = _W.lower_group_nouns

_EPITHET_HEADS = _W.epithet_heads

_PLAIN_EPITHETS = _W.plain_epithets

_LABOUR_WORDS = _W.labour_words

_REGIONAL_BODY_HEADS = _W.regional_body_heads

# "Park Soo-min", "Kim Ji-hoon": a given name whose second syllable follows a hyphen in lower
# case. The word rules split words at hyphens, and a lower-case "min" would end the name run
# before the role word ("Professor"); joined, the name reads as one capitalised word. Short
# compound tails that are no names ("Kyiv-led", "Paris-born": placement_words
# hyphen_word_tails) stay apart.
_HYPHENED_GIVEN_NAME = re.compile(r"\b([A-Z][a-z]+)-([a-z]{1,4})\b")

_MISSING = object()

# a story about the EU's institutions: they are named, or an MEP is ("Commission spokesperson
# X" is then the European Commission's)
_EU_STORY = re.compile(r"\bEuropean (?:Commission|Parliament|Union|Council)\b|\bMEPs?\b")

# a bid for a party's leadership in a speaker's description: "now running to lead the Liberal
# Democratic Party", "who is standing for the leadership of the Greens"
_CONTENDER_RE = re.compile(
    r"\b(?:running|bidding|campaigning|standing|vying|competing)\b(?:\s+\w+){0,2}?\s+"
    r"(?:to lead|for the leadership of|to become (?:the )?leader of|for leader of)\s+(?:the\s+)?"
    r"([A-Z][\w'’-]*(?:\s+(?:of|for|and|[A-Z][\w'’-]*))*)")

# (a bracketed short name may be cased as a word: "the National Civil Defence Institute (Indeci)")
_ACRONYM_RE = re.compile(r"\(([A-Z][A-Z0-9&.-]{1,9}|[A-Z][a-z]{2,9}|[A-Z][a-z]?[A-Z][A-Za-z]{1,7})\)"
                         r"|\b([A-Z][A-Z0-9&]{1,9})\b")

# a short form in brackets right after a name: "(ENAPA)", "(Indeci)", "(DoDMA)"
_BRACKETED_SHORT = re.compile(
    r"(?<=\w)\s*\((?:[A-Z][A-Z0-9&.-]{1,9}|[A-Z][a-z]{2,9}|[A-Z][a-z]?[A-Z][A-Za-z]{1,7})\)")

# lower-case words inside a name ("Ngā Tangata Tiaki o Whanganui": Māori "o", of)
_NAME_LINKS = frozenset({"of", "for", "and", "the", "de", "du", "des", "la", "le", "et", "on", "in",
                         "to", "&", "van", "der", "den", "von", "da", "di", "del", "al", "el",
                         "bin", "ibn", "y", "do", "dos", "das", "o"})

# lower-case words inside a body's name in many languages ("Energía Nacional del Paraguay",
# "Petróleos de Venezuela", "Banco do Brasil"): linking words, not the end of the name (the
# linking words above, bar the English ones a role phrase also has)
_NAME_PARTICLES_INNER = _NAME_LINKS - {"of", "for", "and", "the", "on", "in", "to", "&"}

# the linking particles of names in other languages than English ("de", "del", "la", "van"):
# the same set, under the name the acronym rules use
_FOREIGN_LINKS = _NAME_PARTICLES_INNER

# the linking words inside a name spelled out before its bracketed acronym: English and the
# Romance and Germanic particles ("Asociación Paraguaya de Fútbol (APF)"), not "in"/"on"/"to",
# which link a name to a place or a topic ("the strike in Lagos (NUT)")
_ACRONYM_LINKS = _NAME_LINKS - {"in", "on", "to", "&", "bin", "ibn", "al", "el"}

_OPPOSITION_OFFICE = re.compile(r"\b(?:(?:Deputy|Shadow) )?([A-Z]\w+) of the Opposition\b ?")

_FORMER_PART = re.compile(r"(?:(?:an?|the) )?(?:former|ex-)\s", re.IGNORECASE)

_AND_FORMER = re.compile(r",?\s+and\s+(?=(?:an?\s+)?(?:former|ex-)\s)", re.IGNORECASE)

# "Head of Health Protection Dr X": a unit head's capitalised title, the unit after "of"
_UNIT_HEAD = re.compile(r"(?:[Tt]he )?(?:Acting |Deputy )?(?:Head|Director|Chief) of "
                        r"((?:[A-Z][\w-]+ ){1,3}?)(?=Dr\.? |Mr\.? |Ms\.? |Mrs\.? |[A-Z][a-z]+ [A-Z])")

# the words before a name a person gave of themselves ("who gave her name only as",
# "identified only as", "who asked to be called")
_GIVEN_NAME_AS = re.compile(
    r"\b(?:(?:gave|give|gives|giving)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|full\s+)?"
    r"names?\s+(?:only\s+)?as|identified\s+(?:(?:himself|herself)\s+)?(?:only\s+)?as|"
    r"asked\s+to\s+be\s+(?:called|identified\s+(?:only\s+)?as))\s+$")

# where a person is going, which says nothing of where they are from ("a salesman travelling
# to a trade fair in Madrid"), up to the end of that part of a speaker's context
_DESTINATION = re.compile(
    r"\b(?:travell?ing|flying|heading|going|returning|driving|sailing|bound)\s+(?:to|for)\b"
    r"[^;]*")

# a role clause that puts a person at the head of a body the text describes in lower case
_CHAIRED_BODY = re.compile(
    r"(?:chairs|heads|leads|runs|directs|presides over|founded|co-founded)\s+(?:the|an?)\s+"
    r"((?:[a-z'’-]+\s+){0,3}?([a-z]+)(?:\s+(?:of|for)\s+[^,;.()]+)?)$")

# a run of capitalised words with the linking words of a body's name between them
# ("Australian Competition and Consumer Commission", "Office of the Data Commissioner")
_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][\w'’-]*(?:\s+(?:(?:and|of|for|the|on|&)\s+)*[A-Z][\w'’-]*)+")

_NAME_PARTICLES = frozenset({"van", "der", "de", "du", "la", "le", "von", "den", "da", "di", "del",
                             "al", "bin", "el", "of", "for", "and"})

# a lead that sets the story at an international gathering in the dateline's city
_VENUE_LEAD_RE = re.compile(
    r"\b(?:summit|COP ?\d+|climate (?:conference|talks)|General Assembly|Security Conference|"
    r"World Economic Forum|on the sidelines of)\b")

VENUE = "venue"

# the head nouns of offices one person holds ("the deputy prime minister", "the governor")
_BARE_OFFICE_HEADS = _W.bare_office_heads

# a side's team at talks, and what its head does to it ("the Armenian delegation [was headed]
# by Deputy Prime Minister X")
_DELEGATION_NOUNS = _W.delegation_nouns

_DELEGATION_LEAD_VERBS = _W.delegation_lead_verbs

# "with his Cambodian counterpart", "met her Kyrgyz counterparts": the other side's office-holder
_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
                          r"\s+counterparts?\b")

# words that make another office of the one after them ("Deputy Prime Minister" is no "prime
# minister", "former minister" no "minister")
_OFFICE_PREFIXES = _W.office_prefixes

# the offices that speak for a government named just before ("Chile's government said ...
# Interior undersecretary X told Radio Y"): its ministers, deputies and spokespeople
_GOVERNMENT_VOICE_ROLES = _W.government_voice_roles

# the subject that opens a lead and reports ("The Ministry of Transport has warned that ...")
_LEAD_SUBJECT = re.compile(r"\s*((?:The|the) [^,.;:\"“]{3,90}?)\s+(?:has\s+|have\s+|had\s+)?"
                           r"(?:said|says|warned|warns|announced|told|reported|confirmed"
                           r"|accused|rejected|denied|insisted)\b")

# "RAIPUR: Residents of 11 villages ...": a dateline set off by a colon
# a byline paragraph that places the reporter where no dateline does: "By Anna Nowak, Warsaw
# Courier staff reporter", "By Tom Ede, Nairobi correspondent", "By X, our correspondent in
# Lima": the paper's home (its city opens the outlet's name) or the post the reporter files
# from is where the story is
_BYLINE_RE = re.compile(
    r"By [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3},[ \t]+(?:our[ \t]+|the[ \t]+)?"
    r"(?P<desc>[A-Z][^\n,]{0,60}?[ \t]+)?(?:staff[ \t]+)?(?:reporter|writer|correspondent)"
    r"(?:[ \t]+in[ \t]+(?P<city>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}))?[ \t]*$", re.M)

_COLON_DATELINE_RE = re.compile(r"([A-Z][A-Z'’. -]{1,30}[A-Z]):[ \t]")

# "Bhubaneswar, Dec 5 (PTI) The ...", "Ha Noi (VNA) – ...": a wire's own dateline in title
# case, the city, perhaps a date, then the agency's short name in brackets (up to three words:
# "Kaohsiung, Oct. 9 (Island Wire)"); state agencies put the day first ("Baku, 14 March
# (AzNews Service).")
_AGENCY_DATELINE_RE = re.compile(
    r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})"
    r"(?:, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}))?"
    r" \(([A-Z][A-Za-z]{1,9}(?: [A-Z][A-Za-z]{1,12}){0,2})\)[ \t]*(?:[—–-]{1,2}[ \t]*)?")

# the attribution that closes a lead's first sentence (", the Joint Chiefs of Staff said"), and
# the words that make it a state's voice
_LEAD_SOURCE = re.compile(r",\s+([^,.;]{3,120}?)\s+(?:said|says|reported|announced|told)\b")

_STATE_SOURCE = re.compile(r"\b(?:[Mm]ilitary|[Aa]rmy|[Mm]inistry|[Oo]fficials?|[Pp]olice|[Cc]hiefs"
                           r"|[Gg]overnment|[Aa]gency|[Oo]ffice|[Ss]pokes(?:man|woman|person)"
                           r"|[Cc]ommand|[Nn]avy|[Cc]oast [Gg]uard|[Bb]order [Ss]ervice|[Gg]uards?"
                           r"|[Ff]orces)\b")

# "Brasília - The Federal Police ...": a title-case city and a dash with no agency bracket;
# a dateline only when the words are one city the tables know (checked by the caller)
_TITLE_DATELINE_RE = re.compile(
    r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"[ \t]+[—–-]{1,2}[ \t]+")

