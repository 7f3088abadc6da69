"""Round 7, probe F: the type of a speaker's group (state body, state-owned company,
armed forces, members' association, expert or public), from errors seen running the tool on
invented articles about regulators, utilities, central banks, armed forces and public
services. Invented text; the people and most bodies are unregistered."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_actor

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


def test_a_joint_chiefs_of_staff_is_the_military(nlp):
    text = ("SEOUL (Wire) - The Joint Chiefs of Staff said no classified data had been taken "
            "from the shipyard.")
    ref = speaker_actor(nlp, text, "no classified data")
    assert (ref.group, ref.group_type) == ("South Korean military", "military")


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


def test_a_regulators_one_word_name_keeps_its_description(nlp):
    text = ("LONDON (Wire) - The media regulator Vantcom said it had opened an investigation. "
            "\"We will look at the programme as a whole,\" a Vantcom spokesperson said.")
    ref = speaker_actor(nlp, text, "programme as a whole")
    assert (ref.group, ref.group_type) == ("British government", "government")


def test_a_company_named_like_a_commission_stays_a_company(nlp):
    text = ("MÉRIDA, Mexico (Wire) - Mexico's state electricity company, the Federal Power "
            "Commission (CFP), said a fire had caused the blackout. The regulator said it would "
            "review the outage. CFP director Elena Ruiz said transmission capacity had doubled.")
    ref = speaker_actor(nlp, text, "capacity had doubled")
    assert (ref.group, ref.group_type) == ("CFP", "organisation")


def test_a_named_person_who_owns_a_shop_is_the_public(nlp):
    text = ("MÉRIDA, Mexico (Wire) - \"The ice melted and the fish went off,\" said Gabriela "
            "Pech, who owns a seafood restaurant.")
    ref = speaker_actor(nlp, text, "fish went off")
    assert (ref.group, ref.group_type) == ("Mexican public", "public")
