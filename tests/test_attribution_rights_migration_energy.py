"""Round 6 (probe D: human rights and migration, environment and energy, transport, labour
and consumer news): general classes of speaker-to-group errors seen on invented articles.
Every sentence here is invented for these tests.

(Formerly tests/test_attribution_round6_d.py.)"""

from __future__ import annotations

import pytest

from tests.support import speaker_actor

# --- UN-system agencies are the United Nations --------------------------------------------

@pytest.mark.parametrize("text,needle", [
    ("SFAX, Tunisia (Reuters) - The International Organization for Migration said it was "
     "alarmed by the number of deaths at sea this month.", "alarmed by the number"),
    ("GENEVA (AP) - The International Labour Organization said domestic workers in the region "
     "still had no weekly day off.", "domestic workers in the region"),
    ("ROME (AFP) - The FAO said locust swarms had reached three more provinces.",
     "locust swarms had reached"),
])
def test_un_system_agencies_are_grouped_as_the_united_nations(nlp, text, needle):
    actor = speaker_actor(nlp, text, needle)
    assert (actor.group, actor.group_type) == ("United Nations", "organisation")


# --- "marine" before a field is no soldier -------------------------------------------------

def test_a_marine_biologist_is_an_expert_not_the_military(nlp):
    text = ("SUVA, Fiji (AP) - Fiji's government backed the fishing ban on Monday.\n\n"
            '"The reef needs ten quiet years," said marine biologist Dr Ana Tikoisuva.')
    actor = speaker_actor(nlp, text, "reef needs ten quiet years")
    assert actor.group_type == "person"
    assert actor.group != "Fijian military"


@pytest.mark.parametrize("text, needle, expected_group_type", [
    pytest.param("MANILA (AP) - A marine commander said the troops had been moved to the island "
                 "on Sunday.", "troops had been moved", "military",
                 id="a_marine_commander_stays_military"),
    pytest.param("RANCHI: Ranchi Coal Fields, a subsidiary of the state-run Coal India, said the new "
                 "block was needed to keep power stations running.", "new block was needed",
                 "organisation",
                 id="a_subsidiary_of_a_state_run_company_is_a_company"),
    pytest.param("APIA, Samoa (AP) - The Pacific Fisheries Agency said the quota would stay.\n\n"
                 'Fishermen in Savaii said they feared for their catch. "If the tuna go, we go," '
                 "said Tavita Leota, who runs two boats from Salelologa.", "If the tuna go",
                 "public",
                 id="a_person_who_runs_two_boats_is_the_public_not_the_body_named_before"),
])
def test_speaker_actor_group_type(nlp, text, needle, expected_group_type):
    actor = speaker_actor(nlp, text, needle)
    assert actor.group_type == expected_group_type


# --- "its president" after "Consumer group X": the group's officer -------------------------

def test_its_president_after_a_typed_group_name_speaks_for_the_group(nlp):
    text = ("BUCHAREST - Consumer group ProtectCons urged passengers to keep their tickets. "
            '"Every passenger is owed a refund," said its president, Dorin Talpes.')
    actor = speaker_actor(nlp, text, "owed a refund")
    assert actor.group_type == "organisation"
    assert actor.group == "ProtectCons"


# --- a national guard or gendarmerie is the state's police -------------------------------

@pytest.mark.parametrize("text, needle, expected", [
    pytest.param("TUNIS (Reuters) - At least 20 people drowned when a boat sank off Mahdia, the "
                 "National Guard said on Sunday.", "20 people drowned",
                 ("Tunisian government", "government"),
                 id="a_national_guard_is_the_state"),
    pytest.param("BHOPAL: The Congress party accused the state government of hiding the audit "
                 "report from the assembly.", "hiding the audit", ("Congress", "organisation"),
                 id="a_party_named_before_the_noun_party_is_that_party"),
    pytest.param("KUWAIT CITY - Amnesty International accused the authorities of ignoring the "
                 "heat rules. The group's Gulf researcher, Laila Haddad, said at least nine workers "
                 "had collapsed this summer.", "nine workers",
                 ("Amnesty International", "organisation"),
                 id="the_groups_researcher_named_in_apposition_speaks_for_the_group"),
    pytest.param("RAIPUR: Villages in Chhattisgarh voted against the mine on Tuesday.\n\n"
                 '"We will not sell our land," said Ramesh Oraon, sarpanch of Ghatbarra village.',
                 "sell our land", ("Indian government", "government"),
                 id="a_sarpanch_is_local_government"),
])
def test_speaker_actor_group_and_group_type(nlp, text, needle, expected):
    actor = speaker_actor(nlp, text, needle)
    assert (actor.group, actor.group_type) == expected


# --- "The X party": the party, not the legislature a word of its name means -----------------

def test_a_party_name_with_a_country_word_keeps_the_whole_name(nlp):
    text = "BRATISLAVA - The Progressive Slovakia party said the sale of the railway was illegal."
    actor = speaker_actor(nlp, text, "sale of the railway")
    assert actor.group == "Progressive Slovakia"


# --- an opposition figure with no party named: the country's opposition ----------------------

def test_an_opposition_leader_with_no_party_named_is_the_opposition_bloc(nlp):
    text = ("NUKU'ALOFA (AP) - Tonga's opposition leader, Semisi Vaipulu, said the mining "
            "contract had been signed in secret.")
    actor = speaker_actor(nlp, text, "signed in secret")
    assert (actor.group, actor.group_type, actor.group_country) == (
        "Tongan opposition", "organisation", "TO")


def test_an_opposition_leader_goes_to_the_one_opposition_party_the_text_names(nlp):
    text = ("HARARE (AP) - The opposition Citizens Coalition for Change rejected the budget. "
            "Opposition leader Tendai Moyo said the figures had been invented.")
    actor = speaker_actor(nlp, text, "figures had been invented")
    assert actor.group != "Zimbabwean opposition"


# --- a company called again by the first words of its name ----------------------------------

def test_a_company_called_by_the_first_words_of_its_name_is_that_company(nlp):
    text = ("DOHA - The labour ministry opened an inquiry into Al Sahwa Trading after 200 "
            "drivers went unpaid.\n\nAl Sahwa said in a statement that a client had paid late. "
            'Its chief executive, Faisal Al-Obaidli, said the firm had "never left a worker '
            'behind".')
    assert speaker_actor(nlp, text, "client had paid late").group == "Al Sahwa Trading"
    assert speaker_actor(nlp, text, "never left a worker").group == "Al Sahwa Trading"


def test_a_founder_called_by_surname_stays_the_person_not_his_company(nlp):
    text = ("MUMBAI - Shares in Kapoor Infra Holdings fell 9% on Monday. Chairman Vikram "
            "Kapoor said the company would repay its bonds on time.\n\n"
            '"We have never missed a payment," Kapoor said.')
    actor = speaker_actor(nlp, text, "never missed a payment")
    assert actor.actor == "Vikram Kapoor"


# --- an ambassador after the embassy the text names ---------------------------------------

def test_an_ambassador_after_a_named_embassy_speaks_for_the_embassys_state(nlp):
    text = ("RIYADH - Kenya's embassy in Riyadh said it had asked for the release of 40 "
            "housemaids. Ambassador Grace Wambui said the women had been held for weeks.")
    actor = speaker_actor(nlp, text, "held for weeks")
    assert (actor.group, actor.group_country) == ("Kenyan government", "KE")


# --- "the group's researcher, X": the body just quoted --------------------------------------

# --- "X, a coalition of ...": a body whatever NER calls X ---------------------------------

def test_a_name_with_a_coalition_in_apposition_is_a_body_and_its_convenor_speaks_for_it(nlp):
    text = ("RAIPUR: The Hasdeo Bachao Manch, a coalition of village councils, said the "
            "consent letters had been forged. Its convenor, Ramlal Kerketta, said villagers had "
            "been threatened before the meetings.")
    assert speaker_actor(nlp, text, "consent letters").group_type == "organisation"
    actor = speaker_actor(nlp, text, "villagers had been threatened")
    assert actor.group_type == "organisation"
    assert "Bachao Manch" in actor.group


# --- "X, who runs two boats": a trader speaking for himself -------------------------------

# --- "RAIPUR:": an Indian daily's colon dateline -------------------------------------------

def test_a_colon_dateline_naming_a_known_city_places_the_story():
    from analysis.attribution import default_country
    from analysis.registry import load_registry

    reg = load_registry()
    text = "BHOPAL: Farmers in three districts said the canal had run dry."
    assert default_country(reg, text, [(0, len(text))]) == "IN"
    headline = "ZZMB: price rise 'cannot be justified'"
    assert default_country(reg, headline, [(0, len(headline))]) is None
