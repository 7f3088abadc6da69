"""Round 7, probe F: the type of a speaker's group (state body, state-owned company,
armed forces, members' association, expert or public), from errors seen running the tool on
invented articles about regulators, utilities, central banks, armed forces and public
services. Invented text; the people and most bodies are unregistered.

(Formerly tests/test_attribution_round7_f.py.)"""

from __future__ import annotations

import pytest

from analysis.statements import extract_statements
from tests.support import speaker_actor

# --- a state-owned company named in Spanish or Portuguese is a company --------------------


@pytest.mark.parametrize("text,needle,groups", [
    ("ASUNCION, May 2 (Wire) - The regulator fined the state-owned power company Energía "
     "Nacional del Molinar (ENAMO) on Tuesday. ENAMO said it would appeal. A company "
     "spokeswoman, Rosa Vera, said the fine was unfair.", "the fine was unfair", {"ENAMO"}),
    ("ASUNCION, May 2 (Wire) - The regulator fined the state-owned power company Energía "
     "Nacional del Molinar (ENAMO) on Tuesday. ENAMO said it would appeal.", "it would appeal",
     {"ENAMO"}),
    ("SÃO PAULO (Wire) - Taps ran dry on Wednesday, as the state-controlled water company "
     "Companhia Paulista de Saneamento (CPS) blamed a drought. The company said rationing "
     "would continue.", "rationing would continue",
     {"CPS", "Companhia Paulista de Saneamento"}),
])
def test_a_state_owned_company_with_a_linking_word_in_its_name_is_a_company(
        nlp, text, needle, groups):
    # "del", "de" inside the name (and the country's own name in it) cut the name short, so
    # "state-owned" made the firm the state; "Paulista" (also a town) made the name a place
    ref = speaker_actor(nlp, text, needle)
    assert ref.group in groups and ref.group_type == "organisation"



# --- central banks, statistics offices, audit offices: the state ---------------------------


@pytest.mark.parametrize("text,needle,group", [
    ("ACCRA (Wire) - The Bank of Ghana said on Friday that inflation would ease by June.",
     "inflation would ease", "Ghanaian government"),
    ("OSLO (Wire) - Consumer prices rose 3.1% in May, Statistics Norway said on Monday.",
     "Consumer prices rose", "Norwegian government"),
    ("VILNIUS (Wire) - Prices rose faster than expected, the Statistics Lithuania figures "
     "showed, and Statistics Lithuania said food led the rise.", "food led the rise",
     "Lithuanian government"),
    ("Tanks lack spare parts, audit office says\n\nBERLIN (Wire) - Spare parts had been "
     "ordered too late, the report found.", "Tanks lack spare parts", "German government"),
])
def test_central_banks_statistics_and_audit_offices_are_the_state(nlp, text, needle, group):
    ref = speaker_actor(nlp, text, needle)
    assert (ref.group, ref.group_type) == (group, "government")


@pytest.mark.parametrize("text, needle, expected", [
    pytest.param("SEOUL (Wire) - The Joint Chiefs of Staff said no classified data had been taken "
                 "from the shipyard.", "no classified data", ("South Korean military", "military"),
                 id="a_joint_chiefs_of_staff_is_the_military"),
    pytest.param("LONDON (Wire) - The media regulator Vantcom said it had opened an investigation. "
                 "\"We will look at the programme as a whole,\" a Vantcom spokesperson said.",
                 "programme as a whole", ("British government", "government"),
                 id="a_regulators_one_word_name_keeps_its_description"),
    pytest.param("MÉRIDA, Mexico (Wire) - Mexico's state electricity company, the Federal Power "
                 "Commission (CFP), said a fire had caused the blackout. The regulator said it would "
                 "review the outage. CFP director Elena Ruiz said transmission capacity had doubled.",
                 "capacity had doubled", ("CFP", "organisation"),
                 id="a_company_named_like_a_commission_stays_a_company"),
    pytest.param("MÉRIDA, Mexico (Wire) - \"The ice melted and the fish went off,\" said Gabriela "
                 "Pech, who owns a seafood restaurant.", "fish went off",
                 ("Mexican public", "public"),
                 id="a_named_person_who_owns_a_shop_is_the_public"),
    pytest.param("WARSAW (Wire) - Polish farmers blocked the border on Tuesday. Ukrainian Railways "
                 "said it would add wagons to carry grain to Romanian ports instead. The state rail "
                 "company's chairman, Oleksandr Pavlenko, said exports by rail had risen by a fifth.",
                 "exports by rail", ("Ukrainian Railways", "organisation"),
                 id="a_state_rail_companys_chairman_speaks_for_the_company"),
    pytest.param("BANGKOK (Wire) - The Finance Ministry, the largest shareholder, said it would not "
                 "inject new capital into the airline.", "inject new capital",
                 ("Thai government", "government"),
                 id="a_ministry_that_is_the_largest_shareholder_is_still_the_ministry"),
    pytest.param("BUENOS AIRES (Wire) - The Prefectura Naval Argentina said its patrol ship had "
                 "chased the trawler for six hours.", "chased the trawler",
                 ("Argentine government", "government"),
                 id="the_argentine_coast_guard_is_the_state_despite_naval_in_its_name"),
    pytest.param("ZURICH (Wire) - The cantonal doctor, Dr. Anne Roux, said the source of the "
                 "outbreak had been isolated.", "source of the outbreak",
                 ("Swiss government", "government"),
                 id="a_doctor_with_a_local_office_is_the_state"),
    pytest.param("ACCRA (Wire) - A spokesman for the Ghana Health Service said vaccines would arrive "
                 "next week.", "vaccines would arrive", ("Ghanaian government", "government"),
                 id="a_national_health_service_is_the_state"),
    pytest.param("ACCRA (Wire) - The Minerals Commission suspended the licences of three miners. One "
                 "of the companies, Pra Valley Resources, said it would challenge the decision.",
                 "challenge the decision", ("Pra Valley Resources", "organisation"),
                 id="one_of_several_named_in_apposition_is_that_body"),
    # the appositive guard of "One of the companies, X," must not cut this one
    pytest.param("MÉRIDA, Mexico (Wire) - Mexico's state electricity company, the Federal Power "
                 "Commission (CFP), said on Friday that a fire had caused the blackout.",
                 "a fire had caused", ("CFP", "organisation"),
                 id="a_company_noun_with_a_state_body_in_apposition_still_finds_the_company"),
])
def test_speaker_actor_group_and_group_type(nlp, text, needle, expected):
    ref = speaker_actor(nlp, text, needle)
    assert (ref.group, ref.group_type) == expected


# --- soldiers' and police officers' own associations; opposition defence spokesmen ---------


@pytest.mark.parametrize("body", ["The Norwegian Armed Forces Association",
                                  "The Police Federation"])
def test_a_members_body_of_a_service_speaks_in_its_own_name(nlp, body):
    text = f"OSLO (Wire) - {body} said its members were working unpaid overtime every week."
    ref = speaker_actor(nlp, text, "unpaid overtime")
    assert ref.group_type == "organisation"
    assert ref.group == body.removeprefix("The ")


def test_an_opposition_defence_spokesman_is_no_soldier(nlp):
    text = ("BERLIN (Wire) - The Defence Ministry said readiness had improved. Opposition "
            "defence spokesman Karl Brandt said the figures were an indictment of three years "
            "of promises.")
    ref = speaker_actor(nlp, text, "an indictment")
    assert ref.group_type != "military"
    assert ref.group == "German opposition"


# --- a body the text described once: a regulator's one-word name, a company's long name -----


# --- second batch: officers of firms and bodies, institutions in apposition, named bodies ---


@pytest.mark.parametrize("text, needle, expected_group", [
    pytest.param("BANGKOK (Wire) - The labour union at Thai Airways International threatened on "
                 "Wednesday to stage a walkout during the Songkran holiday unless the state-owned "
                 "carrier drops plans to cut 2,000 jobs.\n\n\"Our members gave up a third of their "
                 "pay to save this airline. Now they are being thanked with dismissal letters,\" "
                 "union president Sittichai Prasert told reporters at Suvarnabhumi airport.\n\nThai "
                 "Airways said the cuts were part of a court-supervised restructuring plan. The "
                 "airline's chief executive, Chai Eamsiri, said the carrier had returned to profit "
                 "but still owed creditors more than 200 billion baht.", "returned to profit",
                 "Thai Airways International",
                 id="an_airports_name_is_no_airline"),
    pytest.param("ACCRA, Sept 3 (Wire) - Ghana's Minerals Commission suspended three licences. The "
                 "State Department said it was following the case.", "following the case",
                 "U.S. government",
                 id="a_registered_proper_name_keeps_its_state_abroad"),
])
def test_speaker_actor_group(nlp, text, needle, expected_group):
    ref = speaker_actor(nlp, text, needle)
    assert ref.group == expected_group


@pytest.mark.parametrize("text,needle,group,gtype", [
    ("STOCKHOLM (Wire) - The Swedish Security Service said it saw no link between the "
     "bombings and foreign states.", "no link", "Swedish government", "government"),
    ("THE HAGUE (Wire) - The Military Intelligence and Security Service said the attack came "
     "from abroad.", "came from abroad", "Dutch military", "military"),
])
def test_a_security_service_is_the_state_and_a_military_one_the_military(
        nlp, text, needle, group, gtype):
    ref = speaker_actor(nlp, text, needle)
    assert (ref.group, ref.group_type) == (group, gtype)


def test_a_chamber_named_for_its_members_is_a_body(nlp):
    text = ("BUENOS AIRES (Wire) - The Argentine Chamber of Squid Boat Owners said illegal "
            "fleets were taking squid worth millions of dollars a year.")
    ref = speaker_actor(nlp, text, "illegal fleets")
    assert ref.group_type == "organisation" and ref.group.startswith("Argentine Chamber of")


def test_who_said_after_a_place_belongs_to_the_person_the_place_describes(nlp):
    # the parser hangs "who said" on the town; "who" is a person
    text = ("LONDON (Wire) - Viewers were divided. Graham Pell, a retired engineer from Leeds "
            "who said he had complained, described the coverage as one-sided.")
    statements = extract_statements(nlp(text))
    hit = next(s for s in statements if "he had complained" in s.content_text)
    assert hit.speaker is not None and hit.speaker.actor.actor == "Graham Pell"
    assert hit.speaker.actor.group == "British public"


# --- one-line probes: state bodies named by their function ---------------------------------


@pytest.mark.parametrize("text,needle,group", [
    ("ANKARA (Wire) - The Turkish Statistical Institute said inflation rose to 61%.",
     "inflation rose", "Turkish government"),
    ("DELHI (Wire) - The Central Bureau of Investigation said it had registered a case against "
     "the officials.", "registered a case", "Indian government"),
    ("SEOUL (Wire) - The Financial Supervisory Service said it would inspect the bank.",
     "inspect the bank", "South Korean government"),
    ("QUITO (Wire) - The Ecuadorian Institute of Social Security said pensions would be paid on "
     "time.", "pensions would be paid", "Ecuadorian government"),
    ("MADRID (Wire) - The Guardia Civil said the boat had been intercepted off Almería.",
     "intercepted off", "Spanish government"),
    ("LIMA (Wire) - Paramedics said two of the injured were in critical condition.",
     "critical condition", "Peruvian government"),
])
def test_state_bodies_named_by_their_function_are_the_state(nlp, text, needle, group):
    ref = speaker_actor(nlp, text, needle)
    assert (ref.group, ref.group_type) == (group, "government")


def test_a_companys_supervisory_board_is_no_state_regulator(nlp):
    text = ("BERLIN (Wire) - The supervisory board of Halvern Motors said the chief executive "
            "would step down.")
    ref = speaker_actor(nlp, text, "step down")
    assert ref.group_type != "government"


# --- experts vs public: doctors, traders; a national health service ------------------------


@pytest.mark.parametrize("text,needle,group", [
    ("NAIROBI (Wire) - A doctor at the hospital, who asked not to be named, said patients were "
     "being sent home.", "sent home", "Kenyan public"),
    ("BEIRUT (Wire) - A pharmacist in Hamra said insulin had run out.", "insulin had run out",
     "Lebanese public"),
    ("CAIRO (Wire) - Ahmed Fathy, who sells vegetables in Giza, said prices had doubled.",
     "prices had doubled", "Egyptian public"),
])
def test_doctors_pharmacists_and_traders_speaking_for_themselves_are_the_public(
        nlp, text, needle, group):
    ref = speaker_actor(nlp, text, needle)
    assert (ref.group, ref.group_type) == (group, "public")


# --- third batch: a 'General Directorate', a 'National Center', a foreign namesake ---------


@pytest.mark.parametrize("text,needle,group", [
    ("SANTIAGO (Wire) - The General Directorate of Water said the miner had drawn twice its "
     "permitted volume.", "twice its permitted", "Chilean government"),
    ("HANOI (Wire) - The National Center for Flood Forecasting said the rain would peak on "
     "Friday night.", "rain would peak", "Vietnamese government"),
    ("ACCRA, Sept 3 (Wire) - Ghana's Minerals Commission suspended three licences. The "
     "Environmental Protection Agency said its laboratory had found mercury in the river.",
     "found mercury", "Ghanaian government"),
])
def test_state_bodies_by_generic_names_belong_to_the_story_country(nlp, text, needle, group):
    ref = speaker_actor(nlp, text, needle)
    assert (ref.group, ref.group_type) == (group, "government")


def test_two_people_who_share_a_surname_are_not_merged(nlp):
    text = ("DHAKA (Wire) - Survivors described panic on the fourth floor. Shirin Akter, 22, a "
            "machinist, said she had jumped from a window onto a neighbouring roof.\n\nKalpona "
            "Akter, executive director of the Dhaka Centre for Worker Solidarity, a labour rights "
            "group, said the fire showed that inspections were a paper exercise.")
    later = speaker_actor(nlp, text, "paper exercise")
    assert later.actor == "Kalpona Akter"
    assert later.group_type == "organisation"
    first = speaker_actor(nlp, text, "jumped from a window")
    assert first.group_type != "organisation"


def test_a_rights_ngo_named_like_a_commission_is_an_organisation(nlp):
    text = ("LAHORE (Wire) - The Human Rights Commission of Pakistan said it had recorded 31 "
            "deaths in police custody last year.")
    ref = speaker_actor(nlp, text, "31 deaths")
    assert ref.group_type == "organisation"
