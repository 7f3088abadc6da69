"""Round 6 of group attribution: errors seen running the tool on invented articles in styles
it had not met (a Sahel conflict wire). Invented text; the people and bodies are unregistered.

(Formerly tests/test_attribution_round6.py.)"""

from __future__ import annotations

import pytest

from analysis.statements import extract_statements
from tests.support import speaker_actor


@pytest.mark.parametrize("text,needle", [
    ("BAMAKO, June 12 — Mali junta says jihadists killed 31 in attack on convoy.",
     "jihadists killed 31"),
    ("NIAMEY, March 3 — The junta said on Monday that the border would reopen next week.",
     "border would reopen"),
])
def test_a_junta_is_the_government(nlp, text, needle):
    ref = speaker_actor(nlp, text, needle)
    assert ref.group_type == "government" and ref.group_country in ("ML", "NE")


@pytest.mark.parametrize("role", ["government spokesman Colonel Abdoulaye Traoré",
                                  "Government spokeswoman Major Awa Diarra"])
def test_a_government_spokesman_in_uniform_speaks_for_the_government(nlp, role):
    text = f"BAMAKO, June 12 — “Our forces responded with vigour,” {role} said on state television."
    ref = speaker_actor(nlp, text, "responded with vigour")
    assert ref.group == "Malian government"


@pytest.mark.parametrize("text, needle, expected_group", [
    pytest.param("BAMAKO, June 12 — “Our forces responded,” army spokesman Colonel Sidi Koné said.",
                 "Our forces responded", "Malian military",
                 id="an_army_spokesman_is_still_the_military"),
    pytest.param("REDCAR, England — \u201cMy dad worked here,\u201d said Gary Pickford, 47, a kiln "
                 "operator.", "My dad worked here", "British public",
                 id="a_person_with_a_job_in_apposition_is_no_body"),
    pytest.param("GENEVA, Nov 18 — The U.N. envoy for Syria, Geir Lund, said talks would resume.",
                 "talks would resume", "United Nations",
                 id="the_uns_own_envoy_speaks_for_the_un"),
    pytest.param("TBILISI, May 2 — Thousands marched on parliament on Sunday. \u201cWe will come back "
                 "every night,\u201d said Nino Beridze. Police said 40 people had been detained.",
                 "come back every night", "Georgian public",
                 id="a_person_given_no_office_or_body_is_the_public_where_the_story_happens"),
])
def test_speaker_actor_group(nlp, text, needle, expected_group):
    assert speaker_actor(nlp, text, needle).group == expected_group


def test_an_acronym_keeps_the_country_of_the_name_it_stands_for(nlp):
    text = ("BAMAKO, June 12 — The Malian Association for Human Rights (AMDH) said at least 58 "
            "bodies had been counted. AMDH said the army was hiding the toll.")
    first = speaker_actor(nlp, text, "58 bodies")
    later = speaker_actor(nlp, text, "hiding the toll")
    assert first.group == later.group == "AMDH"
    assert first.group_country == later.group_country == "ML"


# --- from an invented climate-summit wire and a migrant-boat story -----------------------

@pytest.mark.parametrize("who,group", [
    ("A senior U.S. negotiator, speaking on condition of anonymity,", "U.S. government"),
    ("China's chief negotiator, Liu Wen,", "Chinese government"),
])
def test_a_states_negotiator_speaks_for_its_government(nlp, who, group):
    text = f"DUBAI, Dec 9 — {who} said developed countries must first deliver the finance."
    assert speaker_actor(nlp, text, "must first deliver").group == group


def test_a_network_that_is_a_coalition_is_an_organisation_not_media(nlp):
    text = ("DUBAI, Dec 9 — Coastal Justice Network, a coalition of more than 300 environmental "
            "groups, said rich countries were expanding their own oil production.")
    ref = speaker_actor(nlp, text, "expanding their own oil production")
    assert ref.group == "Coastal Justice Network" and ref.group_type == "organisation"


def test_a_channel_described_as_a_channel_stays_media(nlp):
    text = ("TBILISI, May 2 — Imeri TV, a channel close to the ruling party, reported that police "
            "had found knives.")
    assert speaker_actor(nlp, text, "police had found knives").group_type == "media"


# --- from an invented Nigerian fuel-shortage wire -----------------------------------------

FUEL = ("LAGOS, March 4 — Nigeria's state oil company Petrolink Ltd said on Monday that "
        "pipeline vandals had caused the fuel shortages. \u201cThe disruption is the result of criminal attacks,\u201d "
        "Petrolink spokesman Tunde Adeyemi said. President Musa Bello's spokesman, Kola Obi, "
        "said the government was on top of the situation. Analysts at Lagos-based consultancy "
        "Kora Intelligence said the subsidy removal had not ended the problems. \u201cThe "
        "structural issues remain,\u201d said Ada Eze, the firm's head of research.")


def test_a_state_firm_takes_the_country_of_its_description_in_every_mention(nlp):
    first = speaker_actor(nlp, FUEL, "pipeline vandals")
    later = speaker_actor(nlp, FUEL, "result of criminal attacks")
    assert first.group == later.group and first.group_type == "organisation"
    assert first.group_country == later.group_country == "NG"


def test_a_spokesman_named_in_apposition_is_no_company(nlp):
    ref = speaker_actor(nlp, FUEL, "structural issues remain")
    assert ref.group != "Kola Obi"
    assert ref.group == "Kora Intelligence" and ref.group_country == "NG"


# --- from an invented Security Council story ----------------------------------------------

@pytest.mark.parametrize("who,group", [
    ("Russia's deputy U.N. ambassador, Pavel Orlov,", "Russian government"),
    ("Sudan's U.N. envoy, Ali Idris,", "Sudanese government"),
    ("The French U.N. ambassador", "French government"),
])
def test_a_states_envoy_at_the_un_speaks_for_the_state(nlp, who, group):
    text = f"UNITED NATIONS, Nov 18 — {who} said the draft interfered in internal affairs."
    assert speaker_actor(nlp, text, "interfered in internal affairs").group == group


def test_an_acronym_the_article_spells_out_as_another_body_is_not_the_registered_one(nlp):
    text = ("KHARTOUM, Nov 18 — The army has fought the paramilitary Rapid Support Forces (RSF) "
            "since April. The RSF said in a statement that it was ready for a just peace.")
    ref = speaker_actor(nlp, text, "ready for a just peace")
    assert ref.group != "Reporters Without Borders" and ref.group_country == "SD"


def test_a_registered_acronym_after_a_lower_case_description_stays_registered(nlp):
    text = ("MOSCOW — The state news agency TASS quoted the ministry as saying that none of its "
            "drones had flown near the border.")
    hits = [s for s in extract_statements(nlp(text)) if s.speaker and "TASS" in s.speaker.text]
    assert hits and hits[0].speaker.actor.group == "Russian media"


# --- from an invented Korean data-theft story ---------------------------------------------

HACK = ("SEOUL, Feb 2 (Yonhap) -- South Korea's spy agency said on Thursday that hackers working "
        "for North Korea had stolen patient records. The National Intelligence Service (NIS) "
        "said the group had accessed the servers for a year. \u201cThis was a deliberate "
        "operation,\u201d an NIS official told reporters on condition of anonymity. Busan "
        "National University Hospital said it had strengthened its security systems.")


def test_an_unnamed_member_of_a_spelled_out_body_speaks_as_that_body(nlp):
    ref = speaker_actor(nlp, HACK, "deliberate operation")
    assert ref.group == "South Korean government" and ref.anonymous


def test_a_university_hospital_is_the_hospital_not_an_expert(nlp):
    ref = speaker_actor(nlp, HACK, "strengthened its security")
    assert ref.group == "Busan National University Hospital" and ref.group_type == "organisation"


