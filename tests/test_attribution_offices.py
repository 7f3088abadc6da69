"""Role-only state speakers: the home country from a hub or two-city dateline, the outlet
named in a dateline's brackets, sub-national offices and civil "officers"."""

from __future__ import annotations

import pytest

from tests.support import speaker_actor

actor_of = speaker_actor


@pytest.mark.parametrize("text, arg, expected_group", [
    pytest.param("MADRID/LISBON — A blackout hit Spain and Portugal on Monday. Spain restored power "
                 "by the evening and Spain's grid said demand was back. Portugal said it was not to "
                 "blame.\n\nThe energy minister told reporters the fault lay abroad.",
                 "the fault lay abroad", "Spanish government",
                 id="a_two_city_dateline_and_the_country_named_most_place_a_bare_minister"),
    pytest.param("BRUSSELS — Belgium raised its terror alert on Friday. Belgian police searched "
                 "homes and Belgium closed two stations. France sent officers and French police helped.\n\n"
                 "The interior minister said three suspects were held.", "three suspects",
                 "Belgian government",
                 id="a_hub_dateline_counts_for_its_own_country_when_the_text_names_it_most"),
    pytest.param("LONDON (Agence France-Presse) — Floods hit the north on Tuesday, local officials "
                 "said. The environment secretary said more rain was due.", "more rain was due",
                 "British government",
                 id="the_outlet_in_a_dateline_bracket_is_no_place"),
    # Lebanon named 4 times, Israel 4: the story is about both, "the army" is either's
    pytest.param("BEIRUT/JERUSALEM — Lebanon said Israel struck a village. Lebanon and Israel "
                 "traded fire for hours. Lebanon and Israel blamed each other, and Israel and Lebanon "
                 "both called it self-defence.\n\nThe army said two soldiers were hurt.",
                 "two soldiers were hurt", "unknown",
                 id="a_two_city_dateline_with_a_near_tie_places_no_bare_army"),
])
def test_actor_of_group(nlp, text, arg, expected_group):
    assert actor_of(nlp, text, arg).group == expected_group


def test_a_dateline_city_the_text_names_less_than_another_country_places_nobody(nlp):
    text = ("BRUSSELS — Hungary blocked the deal. Hungary said its veto stood and Hungarian "
            "diplomats left the room. Belgium hosted the talks.\n\n"
            "The foreign minister said the talks would resume.")
    assert actor_of(nlp, text, "talks would resume").group != "Belgian government"


@pytest.mark.parametrize("speaker,needle", [
    ("the cantonal doctor", "the water was safe"),
    ("the prefectural governor", "the water was safe"),
    ("the state returning officer", "the water was safe"),
])
def test_sub_national_offices_are_the_home_government(nlp, speaker, needle):
    text = (f"GENEVA, Switzerland — A storm hit the region on Monday. {speaker[0].upper()}"
            f"{speaker[1:]} said the water was safe.")
    ref = actor_of(nlp, text, needle)
    assert (ref.group_type, ref.group_country) == ("government", "CH")


@pytest.mark.parametrize("speaker,military", [
    ("A senior officer", True),
    ("Two Russian officers", True),
    ("The state returning officer", False),
    ("The chief information officer", False),
])
def test_officer_is_a_soldier_only_without_a_civil_function(nlp, speaker, military):
    ref = actor_of(nlp, f"NAIROBI, Kenya — {speaker} said the count was over.",
                   "the count was over")
    assert (ref.group_type == "military") is military


