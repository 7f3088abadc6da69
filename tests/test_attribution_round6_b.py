"""Round 6 (engineer B) of group attribution: errors seen in invented fresh articles on
business, health, technology and politics outside the U.S. and UK. Invented sentences; the
people and bodies in them are unregistered unless the test says otherwise."""

from __future__ import annotations

import pytest

from tests.conftest import first_speaker_group

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


def test_place_named_without_its_accents_matches_the_table(nlp):
    text = "Liliana Crudu, a Chișinău-based economist, said prices would keep rising."
    assert group_of(nlp, text, "prices would keep rising") == "Moldovan experts"


# --- "In <capital>, spokeswoman X said": the city says whose ministry speaks -----------------

def test_fronted_capital_places_a_foreign_ministry_spokeswoman(nlp):
    text = ("CHISINAU — The government survived a confidence vote on Thursday.\n\n"
            "Prime Minister Ilie Botnaru said the gas price rise was not his doing.\n\n"
            "In Moscow, Foreign Ministry spokeswoman Irina Belova said the government had "
            "impoverished its people.")
    assert group_of(nlp, text, "impoverished its people") == "Russian government"


def test_fronted_city_does_not_move_the_home_official(nlp):
    text = ("CHISINAU — The government survived a confidence vote on Thursday.\n\n"
            "In parliament, Prime Minister Ilie Botnaru said the gas price rise was not his "
            "doing.")
    assert group_of(nlp, text, "not his doing") == "Moldovan government"
