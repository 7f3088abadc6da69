"""Round 9 (probe P: the type of a speaker's group, audited reading by reading against the
gold README's "Readings taken"): general classes of type errors seen on invented passages.
Every sentence here is invented for these tests."""

from __future__ import annotations

from tests.conftest import speaker_actor

# --- European Union voices: an MEP and the city as metonym (gold heldout3, heldout4) ---------


def test_an_mep_speaks_for_the_european_union_whatever_her_nationality(nlp):
    text = ("STRASBOURG — Danish MEP Mette Holm said the fishing quota rules would ruin small "
            "harbours.")
    actor = speaker_actor(nlp, text, "ruin small harbours")
    assert (actor.group, actor.group_type, actor.group_country) == (
        "European Union", "organisation", None)


def test_unnamed_meps_are_the_union_too(nlp):
    text = "WARSAW — Three Polish MEPs said the grain deal had been signed too quickly."
    assert speaker_actor(nlp, text, "signed too quickly").group == "European Union"


def test_brussels_alone_as_the_speaker_is_the_union(nlp):
    text = ("TIRANA — Brussels has warned that accession funds will be frozen if the media law "
            "passes unchanged.")
    assert speaker_actor(nlp, text, "accession funds").group == "European Union"


def test_a_brussels_based_lobby_is_not_the_union(nlp):
    text = ("BRUSSELS — FoodDrinkEurope, a Brussels-based industry lobby, said the labelling "
            "rules should be delayed.")
    assert speaker_actor(nlp, text, "labelling rules").group != "European Union"


# --- state bodies the word lists missed ----------------------------------------------------


def test_an_ombudswoman_is_the_state(nlp):
    text = ("LJUBLJANA — Slovenia's ombudswoman said in her annual report that prisons held "
            "twice as many inmates as beds.")
    actor = speaker_actor(nlp, text, "twice as many inmates")
    assert (actor.group, actor.group_type) == ("Slovenian government", "government")


def test_a_public_protector_is_the_state(nlp):
    text = ("PRETORIA — The Public Protector said her office had found maladministration in "
            "the housing department.")
    assert speaker_actor(nlp, text, "found maladministration").group == "South African government"


def test_a_military_led_government_speaks_as_a_government(nlp):
    text = ("OUAGADOUGOU — A spokesman for Burkina Faso's military-led government said the "
            "curfew would be lifted on Monday.")
    actor = speaker_actor(nlp, text, "curfew would be lifted")
    assert (actor.group, actor.group_type) == ("Burkinabe government", "government")


def test_the_army_itself_stays_military_beside_a_military_led_government(nlp):
    text = ("NIAMEY — Niger's army said it had repelled an attack near Tillabéri, while the "
            "military-led government said talks with Benin would resume.")
    assert speaker_actor(nlp, text, "repelled an attack").group_type == "military"


# --- people who are not the office they name ------------------------------------------------


def test_a_student_council_chair_speaks_as_a_student(nlp):
    text = ("NAIROBI — The chair of the student representative council, Brian Otieno, said "
            "students would keep boycotting lectures until fees were cut.")
    actor = speaker_actor(nlp, text, "keep boycotting lectures")
    assert (actor.group, actor.group_type) == ("Kenyan public", "public")


def test_a_suspended_mayor_at_his_trial_speaks_for_himself(nlp):
    text = ("SKOPJE — Suspended mayor Zoran Petrovski told the court on Monday that the cash "
            "found in his office was his late father's savings.")
    actor = speaker_actor(nlp, text, "late father's savings")
    assert actor.group_type == "public"


def test_a_sitting_mayor_is_still_the_state(nlp):
    text = ("SKOPJE — Mayor Zoran Petrovski told reporters on Monday that the new tram line "
            "would open in May.")
    assert speaker_actor(nlp, text, "tram line").group_type == "government"


def test_critics_of_the_government_are_the_public(nlp):
    text = ("GEORGETOWN, Guyana — Critics of the government said the oil revenue fund had been raided "
            "to pay for pre-election handouts.")
    actor = speaker_actor(nlp, text, "oil revenue fund")
    assert (actor.group, actor.group_type) == ("Guyanese public", "public")


def test_tour_operators_and_an_airline_captain_are_the_public(nlp):
    text = ("CUSCO, Peru — Tour operators in Cusco said cancellations had doubled since the "
            "protests began. An airline captain, who asked not to be named, said crews had "
            "been told to skip safety checks.")
    assert speaker_actor(nlp, text, "cancellations had doubled").group == "Peruvian public"
    assert speaker_actor(nlp, text, "skip safety checks").group == "Peruvian public"
