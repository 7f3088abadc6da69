"""Round 6 (engineer B) of group attribution: errors seen in invented fresh articles on
business, health, technology and politics outside the U.S. and UK. Invented sentences; the
people and bodies in them are unregistered unless the test says otherwise.

(Formerly tests/test_attribution_round6_b.py.)"""

from __future__ import annotations

import pytest

from tests.support import first_speaker_group, speaker_actor

group_of = first_speaker_group


# --- a dateline or a place spelled with letters beyond Latin-1 ------------------------------

@pytest.mark.parametrize("dateline,group", [
    ("CHIȘINĂU (Radio Nistru) —", "Moldovan government"),
    ("ASUNCIÓN, March 3 —", "Paraguayan government"),
])
def test_dateline_with_accented_capitals_places_officials(nlp, dateline, group):
    text = (f"{dateline} The cabinet met on Tuesday to discuss heating bills.\n\n"
            "Energy Minister Dorin Vasilache said subsidies would rise in December.")
    assert group_of(nlp, text, "subsidies would rise") == group


@pytest.mark.parametrize("text, arg, expected", [
    pytest.param("Liliana Crudu, a Chișinău-based economist, said prices would keep rising.",
                 "prices would keep rising", "Moldovan experts",
                 id="place_named_without_its_accents_matches_the_table"),
    pytest.param("CHISINAU — The government survived a confidence vote on Thursday.\n\n"
                 "Prime Minister Ilie Botnaru said the gas price rise was not his doing.\n\n"
                 "In Moscow, Foreign Ministry spokeswoman Irina Belova said the government had "
                 "impoverished its people.", "impoverished its people", "Russian government",
                 id="fronted_capital_places_a_foreign_ministry_spokeswoman"),
    pytest.param("CHISINAU — The government survived a confidence vote on Thursday.\n\n"
                 "In parliament, Prime Minister Ilie Botnaru said the gas price rise was not his "
                 "doing.", "not his doing", "Moldovan government",
                 id="fronted_city_does_not_move_the_home_official"),
    # NER takes "Sowa Labs" for a person; the regulator named first must not take "its"
    pytest.param("WARSAW — The data protection authority fined the maker of a children's app, the "
                 "regulator said on Wednesday.\n\n"
                 "The developer, Kraków-based Sowa Labs, said it would appeal. Its chief executive, "
                 "Agnieszka Rudnik, told reporters that no data had been sold.",
                 "no data had been sold", "Sowa Labs",
                 id="company_noun_with_named_company_in_apposition_is_its_antecedent"),
    pytest.param("WARSAW — Poland's competition authority, UOKP, fined a ticket seller on "
                 "Monday.\n\nUOKP said the company had hidden booking fees from buyers.",
                 "hidden booking fees", "Polish government",
                 id="acronym_in_commas_after_a_state_body_is_that_body"),
    pytest.param("BRATISLAVA — The metalworkers' union, OZKM, called a strike at the plant.\n\n"
                 "OZKM said members had rejected the pay offer.", "rejected the pay offer", "OZKM",
                 id="acronym_in_commas_after_a_union_stays_the_union"),
    pytest.param("SEOUL — The paper's lead author, Dr. Kim Ji-hoon, said in a statement that he "
                 "accepted the committee's findings.", "accepted the committee",
                 "South Korean experts",
                 id="study_lead_author_is_an_expert_not_the_paper"),
    pytest.param("SEOUL — A battery study was withdrawn on Wednesday.\n\nProfessor Park Soo-min of "
                 "Seoul National University's materials science department said her team had "
                 "failed to reproduce the result.", "failed to reproduce", "South Korean experts",
                 id="professor_of_a_national_university_department_is_an_expert"),
    pytest.param("CORK — The president of Harbourside University, Professor Aoife Lynch, apologised "
                 "on Monday, saying the university had acted too slowly.", "acted too slowly",
                 "Harbourside University",
                 id="university_president_with_professor_title_speaks_for_the_university"),
    pytest.param("KAMPALA — Uganda confirmed three cases of the virus on Monday.\n\n"
                 "Congo's health ministry said it had stepped up screening at two border crossings.",
                 "stepped up screening", "Congolese government",
                 id="congo_alone_is_the_democratic_republic"),
    pytest.param("KAMPALA — Uganda confirmed three cases of the virus on Monday.\n\n"
                 "In Goma, provincial health chief Jean-Paul Kasongo said no cases had been found.",
                 "no cases had been found", "Congolese government",
                 id="a_goma_official_is_congolese_in_a_ugandan_story"),
    pytest.param("SAO PAULO — The finance ministry defended the spending cap on Monday.\n\n"
                 "A report by the Washington-based Institute of Regional Finance said portfolio "
                 "flows into Brazil had slowed.", "portfolio flows",
                 "Institute of Regional Finance",
                 id="report_by_a_named_body_is_that_body"),
    pytest.param("GUATEMALA CITY — Soldiers detained four fishermen on Sunday.\n\n"
                 '"He only wanted to feed his children," said Rosa Caal, whose brother was among '
                 "those detained.", "feed his children", "Guatemalan public",
                 id="relative_introduced_by_family_is_the_public"),
    pytest.param("ASUNCION — The government cut spending on Tuesday.\n\n"
                 "Minister Ana Lupu of the Treasury said the cuts came on time.",
                 "cuts came on time", "Paraguayan government",
                 id="minister_of_the_treasury_is_not_read_as_a_party"),
    pytest.param("CHISINAU — The government survived a vote on Thursday.\n\n"
                 "President Natalia Cojocaru's office said in a statement that the vote showed "
                 "stability.", "showed stability", "Moldovan government",
                 id="office_of_a_titled_person_is_the_government"),
    pytest.param("NEW DELHI — The competition regulator opened a probe into Zipride on Monday. "
                 "Zipride said the allegations were baseless.\n\n"
                 "The complaint was filed last year by the Platform Drivers' Union. Its general "
                 "secretary, Rafiq Rao, said drivers had lost a quarter of their income.",
                 "lost a quarter", "Platform Drivers' Union",
                 id="its_after_a_passive_takes_the_agent_body"),
])
def test_group_of(nlp, text, arg, expected):
    assert group_of(nlp, text, arg) == expected


# --- "In <capital>, spokeswoman X said": the city says whose ministry speaks -----------------

# --- "The developer, Sowa Labs, said it would appeal. Its chief executive ..." --------------

# --- an acronym set off by commas after the description it stands for ----------------------

# --- Korean given names with a hyphen; a capitalised title that is the only role -----------

@pytest.mark.parametrize("name,full", [
    ("Dr. Kim Ji-hoon", "Kim Ji-hoon"),
    ("Dr. Choi Min-seo", "Choi Min-seo"),
])
def test_hyphened_given_name_is_kept_whole(nlp, name, full):
    text = (f"SEOUL — The paper's lead author, {name}, said in a statement that he accepted "
            "the committee's findings.")
    actor = speaker_actor(nlp, text, "accepted the committee")
    assert actor.actor == full


# --- registry and country table: bodies and places of health and business news -------------

def test_hyphened_word_in_a_body_name_is_kept(nlp):
    text = ("The Organization for Security and Co-operation in Europe, which deployed 280 "
            "observers, said voting was well run.")
    actor = speaker_actor(nlp, text, "voting was well run")
    assert (actor.actor, actor.group) == ("OSCE", "OSCE")


# --- a document that names its author; a relative introduced by family ----------------------

# --- "Senator X, of the opposition Y Party": the party introduces the politician ------------

@pytest.mark.parametrize("speaker,group", [
    ("Senator Efraín Galeano, of the opposition Authentic Radical Liberal Party,",
     "Authentic Radical Liberal Party"),
    ("Senator Marta Ríos of the opposition Civic Renewal Party", "Civic Renewal Party"),
    ("Deputy Ana Lupu, of the Party of Socialists,", "Party of Socialists"),
])
def test_politician_introduced_by_party_goes_to_the_party(nlp, speaker, group):
    text = ("ASUNCION — The government cut spending on Tuesday.\n\n"
            f"{speaker} said the cuts came too late.")
    assert group_of(nlp, text, "cuts came too late") == group


# --- campaigners and shareholders with no body named are the public -------------------------

@pytest.mark.parametrize("speaker", ["Privacy campaigners", "Angry shareholders"])
def test_campaigners_and_shareholders_are_the_public(nlp, speaker):
    text = ("WARSAW — The watchdog fined an app maker on Wednesday.\n\n"
            f"{speaker} said the penalty was too low.")
    assert group_of(nlp, text, "penalty was too low") == "Polish public"


# --- names that start a sentence after a preposition; a titled person NER calls an ORG ------

def test_fronted_preposition_is_no_part_of_a_hospital_name(nlp):
    text = ("KAMPALA — A nurse died of the virus on Sunday.\n\n"
            "At Kasanga District Hospital, where the nurse worked, staff said gloves had run "
            "short. The hospital's medical director, Dr. Joseph Okello, said supplies had been "
            "tight but sufficient.")
    actor = speaker_actor(nlp, text, "tight but sufficient")
    assert actor.group == "Kasanga District Hospital"


# --- "The complaint was filed by X. Its secretary ...": the agent, not the complaint -------

# --- "the agency" after a registered rating agency NER did not tag ---------------------------

@pytest.mark.parametrize("lead", [
    'Fitch Ratings downgraded Paraguay on Tuesday, saying the plan had "lost credibility".',
    "Fitch Ratings downgraded Paraguay on Tuesday.",
])
def test_the_agency_after_a_rating_agency_is_that_agency(nlp, lead):
    text = (f"ASUNCION, March 3 (Reuters) - {lead}\n\n"
            "The agency said in a statement that public debt would reach 48% of GDP.")
    assert group_of(nlp, text, "public debt would reach") == "Fitch"
