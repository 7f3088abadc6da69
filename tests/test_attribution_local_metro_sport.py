"""Round 8 (probe J: local and metro news in the U.S., UK, Canada, Australia, New Zealand and
Ireland, and national sport copy): general classes of speaker-to-group errors seen on invented
articles. Every sentence here is invented for these tests.

(Formerly tests/test_attribution_round8_j.py.)"""

from __future__ import annotations

import pytest

from tests.support import speaker_actor

# --- a local story that names no country: its institutions say where it is ----------------

@pytest.mark.parametrize("text, needle, expected_group, needle_2, expected_group_2", [
    pytest.param("Deputies arrested a man after a short chase on Sunday, according to the Brule County "
                 "Sheriff's Office.\n\nNeighbor Dana Ortiz said she heard tires screeching at 3 a.m.\n\n"
                 "A sheriff's office spokesperson said the driver had an outstanding warrant.",
                 "heard tires", "U.S. public", "outstanding warrant", "U.S. government",
                 id="sheriffs_office_places_an_undated_blotter_in_the_us"),
    pytest.param("AKRON, Ohio - City staff said in a report that the sewer upgrades would be paid "
                 "for by the developer. Superintendent Karen Lund said the district would run extra "
                 "buses.", "sewer upgrades", "U.S. government", "extra buses", "U.S. government",
                 id="city_staff_and_a_superintendent_are_local_government"),
    pytest.param("Residents were told to shelter in place on Saturday.\n\nRFS spokesman Inspector "
                 "Dan Hale said embers had been blown three kilometres ahead of the front. The "
                 "Bureau of Meteorology said a southerly change would arrive by 7pm.",
                 "embers had been blown", "Australian government", "southerly change",
                 "Australian government",
                 id="a_fire_service_spokesman_and_the_weather_bureau_are_the_state"),
    pytest.param("Sixty patients were on trolleys yesterday, according to the Irish Nurses and "
                 "Midwives Organisation.\n\nThe INMO's officer for the region, Mary Keane, said staff "
                 "were at breaking point.", "Sixty patients",
                 "Irish Nurses and Midwives Organisation", "breaking point",
                 "Irish Nurses and Midwives Organisation",
                 id="a_registered_union_named_in_full_is_the_union_not_its_members"),
])
def test_speaker_actor_group(nlp, text, needle, expected_group, needle_2, expected_group_2):
    assert speaker_actor(nlp, text, needle).group == expected_group
    assert speaker_actor(nlp, text, needle_2).group == expected_group_2


@pytest.mark.parametrize("text, needle, expected_group", [
    pytest.param("Forty patients waited on trolleys at the regional hospital yesterday.\n\n"
                 "The HSE said it had opened extra beds. Gardaí were called after a row in the "
                 "waiting room, a Garda spokesman said.\n\nPatient Mary Dolan said she had waited "
                 "nineteen hours.", "waited nineteen hours", "Irish public",
                 id="gardai_and_the_hse_place_a_hospital_story_in_ireland"),
    # "Northland" and "Otago" are New Zealand regions; no country is named anywhere
    pytest.param("Heavy rain closed roads across the north on Monday.\n\nNorthland Regional Council "
                 "said stopbanks were holding. The Otago Daily Bulletin reported that farmers were "
                 "moving stock.\n\nFarmer Ruth Kane said the river had reached her sheds.",
                 "reached her sheds", "New Zealand public",
                 id="a_region_inside_a_body_name_places_the_story"),
    pytest.param("Swimming Australia said it backed the process. Sport Integrity Australia said the "
                 "sample was taken in October.\n\nThe swimmer, Jess Ward, said she had never cheated.",
                 "never cheated", "Australian public",
                 id="a_country_at_the_end_of_a_body_name_counts"),
    pytest.param("LONDON - Conservative group leader Cllr Omar Shah said the budget was a fiction.",
                 "a fiction", "Conservative Party",
                 id="a_singular_party_adjective_names_the_party"),
    pytest.param("DUBLIN - The clinic closed.\n\nPat Daly, an independent TD, said families would "
                 "travel for hours.", "travel for hours", "Irish government",
                 id="an_independent_td_is_a_legislator"),
    pytest.param("TOLEDO, Ohio - Councilwoman Ruth Abbey said the levy would fail.",
                 "levy would fail", "U.S. government",
                 id="a_councilwoman_is_local_government"),
    pytest.param("AMES, Iowa - The Prairie Creek Community School District said buses would run late.",
                 "buses would run late", "U.S. government",
                 id="a_school_district_is_local_government"),
    pytest.param("TORONTO - The Lakeshore District School Board said two schools would close.",
                 "two schools", "Canadian government",
                 id="a_school_board_is_local_government"),
    pytest.param("AKRON, Ohio - The Summit Ridge County Auditor's office said the estimates were sound.",
                 "estimates were sound", "U.S. government",
                 id="a_county_auditors_office_is_local_government"),
    pytest.param("Two men were arrested in Sligo on Friday night, a Garda spokesman said.",
                 "Two men were arrested", "Irish government",
                 id="a_garda_spokesman_is_the_irish_state"),
    pytest.param("A cyclist has been suspended after a positive test, Sport Integrity Australia said.",
                 "cyclist has been suspended", "Australian government",
                 id="a_national_anti_doping_agency_is_the_state"),
    pytest.param("In a note to clients, Fitch Ratings said a short delay would not threaten the "
                 "country's rating.", "short delay", "Fitch",
                 id="the_registered_name_itself_still_counts"),
    pytest.param("Forty patients waited on trolleys at St Brigid's General Hospital in Carlow "
                 "yesterday.\n\nThe hospital's general manager, Liam Foley, told reporters that "
                 "discharges had been delayed.", "discharges had been delayed",
                 "St Brigid's General Hospital",
                 id="a_saints_name_is_part_of_a_hospitals_name"),
    # NER tags neither "Ontario" as a place: both sit inside body names
    pytest.param("City council approved the tower on Tuesday. The Ontario Land Tribunal will hear "
                 "no appeal, and the Ontario Tenants Federation welcomed the vote.\n\nMayor Ray "
                 "Dufresne said the vote showed council was serious about housing.",
                 "serious about housing", "Canadian government",
                 id="a_province_inside_body_names_places_an_undated_story"),
    pytest.param("Tributes were paid to a baker. Devon County Council said flags would fly at half "
                 "mast, and Dartmoor's rangers in Devon joined the tributes.\n\nCouncil leader Ann "
                 "Pike said he had been a fixture of the town.", "fixture of the town",
                 "British government",
                 id="an_english_county_places_a_local_story"),
    pytest.param("ATHLONE - Local Fianna Fáil councillor Seán Moran said residents had complained "
                 "for months.", "complained for months", "Fianna Fáil",
                 id="a_two_word_party_ner_calls_a_person_still_counts"),
    pytest.param("GALWAY - Fianna Fáil's Cllr Tom Burke, who chairs the finance committee, said the "
                 "budget was balanced.", "budget was balanced", "Irish government",
                 id="a_party_councillor_who_chairs_a_committee_speaks_for_the_council"),
    pytest.param("TORONTO - Trustees voted to close the school. Ontario's Ministry of Education said "
                 "it would not fund repairs.\n\nJenna Ward, whose two children attend Birch Hollow, "
                 "said parents had collected 1,100 signatures.", "1,100 signatures",
                 "Canadian public",
                 id="a_parent_introduced_by_her_children_is_the_public"),
])
def test_speaker_actor_group_2(nlp, text, needle, expected_group):
    assert speaker_actor(nlp, text, needle).group == expected_group


def test_cues_of_two_countries_leave_the_story_unplaced(nlp):
    # one Irish and one U.S. word: no country clearly leads, so nobody is placed by them
    text = ("Gardaí and the Sheriff's Office exchanged records on the case.\n\nWitness Sam Reid "
            "said he saw two cars.")
    assert speaker_actor(nlp, text, "saw two cars").group_country is None


# --- a party named with no "party" word ---------------------------------------------------

@pytest.mark.parametrize("text, needle, expected", [
    pytest.param("DUBLIN - Waiting lists grew again in March.\n\nLocal Sinn Féin TD Aine Rourke said "
                 "the wards were overflowing.", "overflowing", ("Sinn Féin", "organisation"),
                 id="a_party_before_a_legislators_title_is_the_party"),
    pytest.param("SYDNEY - The tower was approved on Thursday.\n\nTom Reddy, a Greens member, said "
                 "residents had been ignored.", "been ignored", ("Greens", "organisation"),
                 id="a_party_in_an_appositive_is_the_party"),
    pytest.param("Floods cut power across Waikato.\n\nDairy Farmers' Waikato president Tom Ngata said "
                 "milking had stopped on 300 farms.", "milking had stopped",
                 ("Dairy Farmers", "organisation"),
                 id="a_bodys_regional_officer_speaks_for_the_body"),
    # (NER tags "Kilmore Town" a place)
    pytest.param("Kilmore Town 2-0 Ashby Rovers: Town climb to third\n\nKilmore Town beat ten-man "
                 "Ashby Rovers on Saturday.\n\nKilmore boss Jane Price said the second goal had "
                 "settled the game.", "second goal", ("Kilmore Town", "organisation"),
                 id="a_club_boss_speaks_for_the_club_named_in_the_report"),
])
def test_speaker_actor_group_and_group_type(nlp, text, needle, expected):
    actor = speaker_actor(nlp, text, needle)
    assert (actor.group, actor.group_type) == expected


@pytest.mark.parametrize("text, needle, expected_group", [
    pytest.param("LONDON - Plaid Cymru's health spokesperson, Rhian Morgan, said clinics were "
                 "closing in the valleys.", "clinics were closing", "Plaid Cymru",
                 id="a_partys_spokesperson_by_possessive_is_the_party"),
    pytest.param("TORONTO - Coun. Doug Ferris said the street's sewers were already overloaded.",
                 "sewers were already overloaded", "Canadian government",
                 id="a_canadian_councillor_abbreviated_coun_is_local_government"),
])
def test_speaker_actor_group_3(nlp, text, needle, expected_group):
    actor = speaker_actor(nlp, text, needle)
    assert actor.group == expected_group


def test_a_party_as_the_whole_speaker_takes_its_place_adjective(nlp):
    text = ("LONDON - The Scottish Conservatives said ferry services had collapsed.")
    actor = speaker_actor(nlp, text, "ferry services")
    assert (actor.group, actor.group_country) == ("Scottish Conservatives", "GB")


def test_a_ministers_party_does_not_make_him_the_party(nlp):
    text = ("LONDON - Labour Education Secretary Dan Price said exam results had improved.")
    assert speaker_actor(nlp, text, "exam results").group_type == "government"


@pytest.mark.parametrize("text, needle, unexpected_group_type", [
    pytest.param("LONDON - The depot will close. Jane Green, a councillor, said the depot had been "
                 "losing money.", "losing money", "organisation",
                 id="a_surname_that_is_a_party_word_stays_a_person"),
    pytest.param("Longtime rival coach Jim Oakes said their matches were wars on the mat.",
                 "wars on the mat", "organisation",
                 id="an_adjective_opening_a_sentence_is_no_team"),
])
def test_speaker_actor_group_type_is_not(nlp, text, needle, unexpected_group_type):
    assert speaker_actor(nlp, text, needle).group_type != unexpected_group_type


# --- American and Canadian local offices ---------------------------------------------------

# --- registered local, police and sport bodies ----------------------------------------------

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


# --- national sport bodies and bodies' regional branches -------------------------------------

def test_a_sport_and_a_country_name_a_national_federation(nlp):
    # (NER tags only "Australia" here, as a place)
    text = ("The swimmer, 22, was suspended on Monday, officials in Canberra said.\n\nHale said "
            "she would fight the case.\n\nSwimming Australia said it supported the process and "
            "would not comment while the case was ongoing. Chief executive Lena Moss said the "
            "organisation had zero tolerance.")
    actor = speaker_actor(nlp, text, "supported the process")
    assert (actor.group, actor.group_country, actor.group_type) == (
        "Swimming Australia", "AU", "organisation")
    assert speaker_actor(nlp, text, "zero tolerance").group == "Swimming Australia"


def test_a_national_section_is_not_a_regional_branch(nlp):
    text = ("TUNIS - Rights Watch International's Tunisia section said the verdict was unjust.")
    assert speaker_actor(nlp, text, "verdict was unjust").group != "Rights Watch International"


def test_a_region_before_a_local_role_is_no_body(nlp):
    # the later "Federated Farmers' Northland" must not lend its name to the regional manager
    text = ("Heavy rain hit Northland on Monday.\n\nFire and Emergency said crews had rescued 14 "
            "people. Northland district manager Ben Kerr said firefighters had been working since "
            "6pm.\n\nFederated Farmers' Northland president Tom Ngata said many farmers were "
            "without power.")
    assert "Farmers" not in speaker_actor(nlp, text, "working since 6pm").group
    assert speaker_actor(nlp, text, "without power").group == "Federated Farmers"


# --- a registered body's one-word alias inside a person's name --------------------------------

def test_a_registered_alias_inside_a_persons_name_is_not_that_body(nlp):
    text = ("A man was charged with robbery on Friday.\n\nHaskell's attorney, public defender "
            "Nolan Fitch, said his client would plead not guilty.")
    actor = speaker_actor(nlp, text, "plead not guilty")
    assert actor.group != "Fitch" and actor.actor != "Fitch Ratings"


# --- match reports and hospitals ---------------------------------------------------------------

# --- second batch: provinces and counties inside names, Canadian titles, local staff ----------

def test_a_union_officer_is_not_given_a_union_named_further_down(nlp):
    text = ("Bus service will be cut.\n\nThe agency faces a gap.\n\nThe board met on Monday.\n\n"
            "ATU Local 99, which represents 900 drivers, said the cuts would cost 90 jobs. Union "
            "president Ray Oyelaran said the plan was a slow shutdown.\n\nMaya Lind, who organizes "
            "the Riders Union of Fresno, said the routes served poor neighborhoods.")
    assert "Riders Union" not in speaker_actor(nlp, text, "slow shutdown").group


def test_a_role_after_two_bodies_spoke_goes_to_the_last_one_not_a_pronouns_guess(nlp):
    # ("that it had lost" was taken for Unite's; the managing director went with it)
    text = PROBE_J04_OPENING
    assert speaker_actor(nlp, text, "door to talks").group == "Carrow Coaches"


def test_a_sports_conference_is_an_organisation(nlp):
    text = PROBE_J13
    assert speaker_actor(nlp, text, "sideline altercation").group_type == "organisation"


def test_a_campaign_named_before_the_word_group_is_that_campaign(nlp):
    text = ("SYDNEY - The Save Mill Creek group said its members would keep fighting. "
            "Spokeswoman Jo Tate said the tower would shade 40 backyards.")
    actor = speaker_actor(nlp, text, "keep fighting")
    assert (actor.group, actor.group_type) == ("Save Mill Creek", "organisation")
    assert speaker_actor(nlp, text, "shade 40 backyards").group == "Save Mill Creek"


# --- third batch: a state agency named like a registered body, teams called by one word ------

def test_a_state_agency_whose_name_opens_with_a_registered_alias_is_not_that_body(nlp):
    text = ("County commissioners delayed the vote.\n\nThe state Department of Environmental "
            "Quality said the company's monitoring met state standards. County Attorney Dana "
            "Webb said state law gave the county limited power.")
    actor = speaker_actor(nlp, text, "monitoring met state standards")
    assert actor.actor != "U.S. State Department"
    assert speaker_actor(nlp, text, "limited power").group == "U.S. government"


def test_a_hurling_report_is_placed_in_ireland_and_a_club_by_its_one_word_name(nlp):
    text = ("Kilmore boss slams referee after county final\n\nKilmore manager Dan Hogan has "
            "called for an inquiry after his side lost the county hurling final to Ballyroe.\n\n"
            "Hogan said the late free had robbed his players. Ballyroe manager Tom Ryan said his "
            "team had been the better side. The GAA said it reviews footage of all county finals.")
    actor = speaker_actor(nlp, text, "robbed his players")
    assert (actor.group, actor.group_country) == ("Kilmore", "IE")
    assert speaker_actor(nlp, text, "better side").group == "Ballyroe"


def test_one_person_with_two_roles_is_one_speaker(nlp):
    from analysis.statements import extract_statements

    text = ("Former Kerry footballer and RTÉ analyst Eoin Daly said the decision was \"a "
            "shocker\" but that Kilmore had missed chances.")
    for s in extract_statements(nlp(text)):
        assert s.speaker.text.endswith("Eoin Daly")


def test_the_one_place_a_local_story_names_before_a_council_places_it(nlp):
    text = ("Tributes have been paid to a baker who ran the same shop for 40 years.\n\nHis "
            "son, Mark Penhale, said his father had worked six days a week.\n\nTrevelyan "
            "Council leader Ann Pike said the town had lost a friend.")
    # "Trevelyan" is no place the tables know: nothing places the story
    assert speaker_actor(nlp, text, "six days a week").group_country is None
    text = text.replace("Trevelyan Council", "Cornwall Council")
    assert speaker_actor(nlp, text, "six days a week").group == "British public"


def test_a_state_body_called_by_one_word_of_its_name_stays_the_state(nlp):
    text = PROBE_M01_OPENING
    actor = speaker_actor(nlp, text, "monitor the levee")
    assert (actor.group, actor.group_type) == ("U.S. military", "military")


# the opening of an invented local-paper strike story, and an invented college-sport wire story
PROBE_J04_OPENING = (
    'Bus drivers walk out as franchising row deepens\n'
    '\n'
    'Thousands of passengers across Northvale were left stranded yesterday as bus drivers at Carrow Coaches began a 48-hour strike over pay.\n'
    '\n'
    'Unite said 640 drivers had walked out after the company offered a 3.5 per cent rise, which regional officer Steve Harland described as "an insult to people who kept this region moving through the pandemic".\n'
    '\n'
    '"Our members are not asking for the moon," Mr Harland said on the picket line at the Foxley depot. "They are asking to be able to pay their rent."\n'
    '\n'
    'Carrow Coaches, which runs about a third of the region\'s buses, said the offer was "fair and affordable" and that it had lost £4m on Northvale routes last year.\n'
    '\n'
    'Managing director Helen Prosser said: "We want our drivers back behind the wheel and our passengers back on board. The door to talks is open."\n'
    '\n'
)
PROBE_J13 = (
    'Ridgeview State fires football coach after 2-10 season\n'
    '\n'
    'Ridgeview State fired football coach Tom Kessler on Sunday, a day after the Wildcats closed a 2-10 season with a 45-3 loss to rival Eastern Plains.\n'
    '\n'
    'Athletic director Monica Feld said in a statement that the program "needs a new voice" and that the university was grateful for Kessler\'s six years of work.\n'
    '\n'
    "Kessler, who went 29-41 at the school, will receive a buyout of about $4.8 million, according to a copy of his contract obtained by The Associated Press under the state's open records law.\n"
    '\n'
    'University president Harold Yates said the buyout would be paid from athletic department revenue, not tuition or state funds.\n'
    '\n'
    '"Not one dollar of a student\'s tuition is going to this," Yates told reporters at a news conference on campus.\n'
    '\n'
    'Kessler did not respond to a text message seeking comment. His agent, Jimmy Carlisle, said the coach was "proud of the young men he recruited" and was already talking to other programs.\n'
    '\n'
    'Senior linebacker DeShawn Pratt posted on social media that the players "let Coach down, not the other way around."\n'
    '\n'
    "The Mountain Ten Conference said it would review a sideline altercation during Saturday's game between Kessler and an Eastern Plains assistant.\n"
    '\n'
    'State Rep. Carla Jimenez, who chairs the House higher education committee, said she would file a bill to cap coaching buyouts at public universities.\n'
    '\n'
    '"When a university can find $4.8 million to fire a coach but can\'t find money to fix leaking dorms, something is broken," Jimenez said.\n'
    '\n'
    'Ridgeview State will begin a national search immediately, Feld said, with defensive coordinator Luis Ortega serving as interim coach.\n'
)
# the opening of an invented AP-style flood story
PROBE_M01_OPENING = (
    'Parish orders evacuations as river rises toward levee top\n'
    '\n'
    'BAYOU LAFOURCHE, La. (AP) — Officials in Terrebonne Parish ordered about 3,000 residents to leave low-lying neighborhoods Wednesday as the river rose within 18 inches of the top of a levee that failed during a storm in 2021.\n'
    '\n'
    'Parish President Claude Thibodeaux said crews had worked through the night to stack sandbags along a half-mile stretch of the levee near the community of Montegut.\n'
    '\n'
    '"We are not going to wait for water in the streets to tell people to go," Thibodeaux said at a briefing. "If you live south of the highway, leave today."\n'
    '\n'
    'The U.S. Army Corps of Engineers said its inspectors had found seepage at two points but no sign that the structure was about to fail. A Corps spokeswoman, Lauren Bishop, said engineers would monitor the levee around the clock.\n'
    '\n'
)
