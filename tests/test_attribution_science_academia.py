"""Round 8 (probe L: science, health research and academia, education): general classes of
speaker-to-group errors seen on invented articles. Every sentence here is invented for these
tests.

(Formerly tests/test_attribution_round8_l.py.)"""

from __future__ import annotations

import pytest

from tests.support import speaker_actor

# --- a university's head speaks for the university, not the state -------------------------


@pytest.mark.parametrize("text, needle, expected_group, expected_group_type", [
    pytest.param("HOBART, Australia - Researchers at Tasman University have described a new moth "
                 "species.\n\nTasman's vice-chancellor, Professor Hugh Barrow, said the result "
                 "was a triumph for the island.", "triumph for the island", "Tasman University",
                 "organisation",
                 id="vice_chancellor_speaks_for_the_named_university"),
    pytest.param("HALIFAX, Canada - Fees will rise at Birchwood University, its board decided.\n\n"
                 "The university says the rise is needed to close a deficit.", "close a deficit",
                 "Birchwood University", "organisation",
                 id="the_university_is_the_one_the_story_names"),
    pytest.param("LUBBOCK, Texas - Measles cases rose to 48, the Texas Department of State Health "
                 "Services said.\n\nAt Covenant Children's Hospital in Lubbock, staff have set up a "
                 "separate entrance. A hospital spokeswoman said the emergency department had been "
                 "busy since the weekend.", "busy since the weekend",
                 "Covenant Children's Hospital", "organisation",
                 id="childrens_hospital_is_the_hospital_a_spokeswoman_speaks_for"),
    pytest.param("NEW DELHI - A vaccine trial was paused on Tuesday.\n\nThe All India Trial "
                 "Watch Network, a patient advocacy group, said volunteers had not been told about "
                 "the risks.", "not been told about", "All India Trial Watch Network",
                 "organisation",
                 id="a_body_named_after_its_country_with_a_body_appositive_is_an_organisation"),
    pytest.param("LONDON - Europe's regulator backed the dementia drug on Friday.\n\n"
                 "\"A few extra months matter,\" said Jean Moreau, director of Alzheimer Europe.",
                 "extra months matter", "Alzheimer Europe", "organisation",
                 id="a_body_named_word_plus_europe_is_that_body"),
])
def test_speaker_actor_group(nlp, text, needle, expected_group, expected_group_type):
    ref = speaker_actor(nlp, text, needle)
    assert ref.group == expected_group
    assert ref.group_type == expected_group_type


@pytest.mark.parametrize("text, needle, expected_group", [
    pytest.param("HALIFAX, Canada - Fees will rise at Birchwood University, its board decided on "
                 "Monday.\n\n\"Nobody wanted this,\" president and vice-chancellor Dr. Ann Pell "
                 "said in a message to staff.", "Nobody wanted this", "Birchwood University",
                 id="president_and_vice_chancellor_is_no_government"),
    pytest.param("COPENHAGEN - Shares in Holmvig Pharma rose after its arthritis pill was approved.\n\n"
                 "NICE said on Friday that the pill was too expensive for the health service.",
                 "too expensive for the health service", "British government",
                 id="nice_is_the_british_state_in_a_danish_drug_story"),
])
def test_speaker_actor_group_2(nlp, text, needle, expected_group):
    ref = speaker_actor(nlp, text, needle)
    assert ref.group == expected_group


@pytest.mark.parametrize("text, needle, expected_group", [
    pytest.param("BERLIN - Students protested outside Halde University on Monday.\n\n"
                 "The German chancellor said the reform would go ahead.", "reform would go ahead",
                 "German government",
                 id="a_national_chancellor_stays_the_government"),
    pytest.param("LONDON - Doctors at St Mary's Hospital treated 12 people, police said.\n\n"
                 "A hospital spokesman said all of them were stable.", "all of them were stable",
                 "St Mary's Hospital",
                 id="saints_hospital_name_keeps_its_possessive"),
    pytest.param("Researchers found plastic particles in tap water in six towns.\n\n"
                 "A spokesperson for RIVM said the institute would repeat the tests in spring.",
                 "repeat the tests", "Dutch government",
                 id="a_spokesperson_for_a_national_health_institute_is_its_state"),
    pytest.param("PERTH, Australia - Astronomers say they have found a planet with a deep ocean.\n\n"
                 "NASA said its telescope team had received a request to observe the planet. A "
                 "spokesman for the agency said decisions on observing time would come in spring.",
                 "observing time", "U.S. government",
                 id="spokesman_for_the_agency_is_the_agency_that_just_spoke_not_the_dateline"),
    pytest.param("COPENHAGEN - Shares in Holmvig Pharma rose on Friday.\n\nHolmvig Pharma said sales "
                 "would grow. The pill, sold as Cerelta, was approved last year.\n\nIn a filing, the "
                 "company said it expected a final decision in May.", "final decision in May",
                 "Holmvig Pharma",
                 id="the_company_is_the_drugmaker_not_the_drug_sold_as_a_name"),
    pytest.param("NAIROBI - Exam papers leaked before the chemistry test, the council said.\n\n"
                 "The Directorate of Criminal Investigations said two people had been arrested.",
                 "two people had been arrested", "Kenyan government",
                 id="directorate_of_criminal_investigations_is_the_state"),
])
def test_speaker_actor_group_3(nlp, text, needle, expected_group):
    assert speaker_actor(nlp, text, needle).group == expected_group


# --- a possessive inside an institution's name ----------------------------------------------


# --- state health, medicines and exam bodies named without their state's adjective ---------


@pytest.mark.parametrize("text, needle, expected_group, needle_2, expected_group_2", [
    pytest.param("GENEVA - Cholera cases rose again in the Sahel, the World Health Organization said.\n\n"
                 "The Nigeria Centre for Disease Control and Prevention said it had sent teams to "
                 "three states. The Africa Centres for Disease Control and Prevention said it was "
                 "asking donors for money.", "sent teams", "Nigerian government", "asking donors",
                 "African Union",
                 id="a_national_disease_agency_is_government_and_africa_cdc_the_african_union"),
    pytest.param("Students walk out as Ontario university raises fees\n\nTORONTO - Hundreds of "
                 "students walked out at Lakeshore University on Thursday after its board approved a "
                 "fee rise.\n\nThe university says the rise is needed to close a deficit.\n\n"
                 "\"Nobody on the board wanted this,\" president and vice-chancellor Dr. Naomi "
                 "Fairbairn said in a message to staff and students.", "close a deficit",
                 "Lakeshore University", "Nobody on the board", "Lakeshore University",
                 id="headline_ontario_university_then_the_university_is_the_named_one"),
])
def test_speaker_actor_group_4(nlp, text, needle, expected_group, needle_2, expected_group_2):
    assert speaker_actor(nlp, text, needle).group == expected_group
    assert speaker_actor(nlp, text, needle_2).group == expected_group_2


# --- a body named after its country is no state ---------------------------------------------


# --- a body whose name ends in a continent ---------------------------------------------------


def test_a_direction_before_europe_stays_a_place(nlp):
    text = ("LONDON - Trade fell.\n\nJan Kral, head of sales for Eastern Europe at a "
            "Prague bank, said demand was weak.")
    assert speaker_actor(nlp, text, "demand was weak").group != "Eastern Europe"


# --- a surname particle capitalised at a sentence's start ------------------------------------


def test_van_surname_opening_a_sentence_is_the_person_named_before(nlp):
    text = ("AMSTERDAM - Plastic was found in placentas, a study said on Wednesday.\n\n"
            "\"We expected it,\" said lead author Marieke van Dam, a toxicologist at the "
            "institute.\n\nVan Dam cautioned that the study did not show harm.")
    ref = speaker_actor(nlp, text, "did not show harm")
    assert ref.actor == "Marieke van Dam"
    assert ref.group == "Dutch experts"


# --- a body "which represents" its members speaks as the body --------------------------------


def test_faculty_association_which_represents_professors_is_the_association(nlp):
    text = ("TORONTO - Fees will rise at Lakeshore University next year.\n\nThe faculty "
            "association, which represents about 1,100 professors and librarians, said it was "
            "worried about layoffs. Its president, history professor Lionel Agbaje, said "
            "members would not accept cuts.")
    ref = speaker_actor(nlp, text, "worried about layoffs")
    assert ref.group_type == "organisation"
    assert speaker_actor(nlp, text, "not accept cuts").group == ref.group


# --- "a spokesman for the agency" after a foreign state agency spoke --------------------------


# --- scientists named by their field ---------------------------------------------------------


def test_astronomers_are_experts_of_the_place_they_work(nlp):
    text = ("PERTH, Australia - Astronomers using a telescope in Western Australia say they "
            "have found a planet covered by a deep ocean.")
    ref = speaker_actor(nlp, text, "deep ocean")
    assert ref.group_type == "person"


# --- "the company" after a drugmaker and its product -----------------------------------------


# --- a police body "of Criminal Investigations" -----------------------------------------------


