"""Round 8 (probe J: local and metro news in the U.S., UK, Canada, Australia, New Zealand and
Ireland, and national sport copy): general classes of speaker-to-group errors seen on invented
articles. Every sentence here is invented for these tests."""

from __future__ import annotations

from tests.conftest import speaker_actor

# --- a local story that names no country: its institutions say where it is ----------------

def test_sheriffs_office_places_an_undated_blotter_in_the_us(nlp):
    text = ("Deputies arrested a man after a short chase on Sunday, according to the Brule County "
            "Sheriff's Office.\n\nNeighbor Dana Ortiz said she heard tires screeching at 3 a.m.\n\n"
            "A sheriff's office spokesperson said the driver had an outstanding warrant.")
    assert speaker_actor(nlp, text, "heard tires").group == "U.S. public"
    assert speaker_actor(nlp, text, "outstanding warrant").group == "U.S. government"


def test_gardai_and_the_hse_place_a_hospital_story_in_ireland(nlp):
    text = ("Forty patients waited on trolleys at the regional hospital yesterday.\n\n"
            "The HSE said it had opened extra beds. Gardaí were called after a row in the "
            "waiting room, a Garda spokesman said.\n\nPatient Mary Dolan said she had waited "
            "nineteen hours.")
    assert speaker_actor(nlp, text, "waited nineteen hours").group == "Irish public"


def test_a_region_inside_a_body_name_places_the_story(nlp):
    # "Northland" and "Otago" are New Zealand regions; no country is named anywhere
    text = ("Heavy rain closed roads across the north on Monday.\n\nNorthland Regional Council "
            "said stopbanks were holding. The Otago Daily Bulletin reported that farmers were "
            "moving stock.\n\nFarmer Ruth Kane said the river had reached her sheds.")
    assert speaker_actor(nlp, text, "reached her sheds").group == "New Zealand public"


def test_a_country_at_the_end_of_a_body_name_counts(nlp):
    text = ("Swimming Australia said it backed the process. Sport Integrity Australia said the "
            "sample was taken in October.\n\nThe swimmer, Jess Ward, said she had never cheated.")
    assert speaker_actor(nlp, text, "never cheated").group == "Australian public"


def test_cues_of_two_countries_leave_the_story_unplaced(nlp):
    # one Irish and one U.S. word: no country clearly leads, so nobody is placed by them
    text = ("Gardaí and the Sheriff's Office exchanged records on the case.\n\nWitness Sam Reid "
            "said he saw two cars.")
    assert speaker_actor(nlp, text, "saw two cars").group_country is None


# --- a party named with no "party" word ---------------------------------------------------

def test_a_party_before_a_legislators_title_is_the_party(nlp):
    text = ("DUBLIN - Waiting lists grew again in March.\n\nLocal Sinn Féin TD Aine Rourke said "
            "the wards were overflowing.")
    actor = speaker_actor(nlp, text, "overflowing")
    assert (actor.group, actor.group_type) == ("Sinn Féin", "organisation")


def test_a_party_in_an_appositive_is_the_party(nlp):
    text = ("SYDNEY - The tower was approved on Thursday.\n\nTom Reddy, a Greens member, said "
            "residents had been ignored.")
    actor = speaker_actor(nlp, text, "been ignored")
    assert (actor.group, actor.group_type) == ("Greens", "organisation")


def test_a_partys_spokesperson_by_possessive_is_the_party(nlp):
    text = ("LONDON - Plaid Cymru's health spokesperson, Rhian Morgan, said clinics were "
            "closing in the valleys.")
    actor = speaker_actor(nlp, text, "clinics were closing")
    assert actor.group == "Plaid Cymru"


def test_a_singular_party_adjective_names_the_party(nlp):
    text = ("LONDON - Conservative group leader Cllr Omar Shah said the budget was a fiction.")
    assert speaker_actor(nlp, text, "a fiction").group == "Conservative Party"


def test_a_party_as_the_whole_speaker_takes_its_place_adjective(nlp):
    text = ("LONDON - The Scottish Conservatives said ferry services had collapsed.")
    actor = speaker_actor(nlp, text, "ferry services")
    assert (actor.group, actor.group_country) == ("Scottish Conservatives", "GB")


def test_a_ministers_party_does_not_make_him_the_party(nlp):
    text = ("LONDON - Labour Education Secretary Dan Price said exam results had improved.")
    assert speaker_actor(nlp, text, "exam results").group_type == "government"


def test_a_surname_that_is_a_party_word_stays_a_person(nlp):
    text = ("LONDON - The depot will close. Jane Green, a councillor, said the depot had been "
            "losing money.")
    assert speaker_actor(nlp, text, "losing money").group_type != "organisation"


def test_an_independent_td_is_a_legislator(nlp):
    text = ("DUBLIN - The clinic closed.\n\nPat Daly, an independent TD, said families would "
            "travel for hours.")
    assert speaker_actor(nlp, text, "travel for hours").group == "Irish government"


# --- American and Canadian local offices ---------------------------------------------------

def test_a_councilwoman_is_local_government(nlp):
    text = ("TOLEDO, Ohio - Councilwoman Ruth Abbey said the levy would fail.")
    assert speaker_actor(nlp, text, "levy would fail").group == "U.S. government"


def test_a_school_district_is_local_government(nlp):
    text = ("AMES, Iowa - The Prairie Creek Community School District said buses would run late.")
    assert speaker_actor(nlp, text, "buses would run late").group == "U.S. government"


def test_a_school_board_is_local_government(nlp):
    text = ("TORONTO - The Lakeshore District School Board said two schools would close.")
    assert speaker_actor(nlp, text, "two schools").group == "Canadian government"


def test_a_county_auditors_office_is_local_government(nlp):
    text = ("AKRON, Ohio - The Summit Ridge County Auditor's office said the estimates were sound.")
    assert speaker_actor(nlp, text, "estimates were sound").group == "U.S. government"


# --- registered local, police and sport bodies ----------------------------------------------

def test_a_garda_spokesman_is_the_irish_state(nlp):
    text = ("Two men were arrested in Sligo on Friday night, a Garda spokesman said.")
    assert speaker_actor(nlp, text, "Two men were arrested").group == "Irish government"


def test_a_police_officers_union_is_no_police_force(nlp):
    text = ("The Fraternal Order of Police said in a statement that the contract was overdue. "
            "Its president, Mark Toller, said officers were leaving for the suburbs.")
    assert speaker_actor(nlp, text, "contract was overdue").group_type == "organisation"
    assert speaker_actor(nlp, text, "leaving for the suburbs").group == "Fraternal Order of Police"


def test_a_registered_name_split_at_its_and_is_one_speaker(nlp):
    from analysis.statements import extract_statements

    text = "Fire and Emergency said crews had rescued six people from the flooded road."
    (s,) = extract_statements(nlp(text))
    assert s.speaker.text == "Fire and Emergency"
    assert s.speaker.actor.group == "New Zealand government"


def test_a_national_anti_doping_agency_is_the_state(nlp):
    text = ("A cyclist has been suspended after a positive test, Sport Integrity Australia said.")
    assert speaker_actor(nlp, text, "cyclist has been suspended").group == "Australian government"
