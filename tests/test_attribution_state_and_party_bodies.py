"""Round 4 of group attribution (dev2 tuning): general classes of speaker-to-group errors.
Invented articles; the people and most bodies in them are unregistered.

(Formerly tests/test_attribution_round4.py.)"""

from __future__ import annotations

import pytest

from tests.support import first_speaker_group

group_of = first_speaker_group


# --- capitals used for the government, and regional intergovernmental bodies -------------

@pytest.mark.parametrize("text,needle,group", [
    ("Fighting resumed near the border. Lusaka flatly rejected the account and said no "
     "troops had moved.", "no troops had moved", "Zambian government"),
    ("The row over the dam deepened. Montevideo said the plant met every standard.",
     "met every standard", "Uruguayan government"),
    ("Water talks stalled again. Tashkent said the deal would be honoured.",
     "would be honoured", "Uzbek government"),
    ("The summit ended late. The African Union Commission urged both sides to show "
     "restraint.", "show restraint", "African Union"),
    ("Coups spread across the Sahel. The Economic Community of West African States said "
     "elections must be held within a year.", "must be held", "ECOWAS"),
    ("Oil prices rose. The Arab League said all sides should exercise restraint.",
     "exercise restraint", "Arab League"),
])
def test_capitals_and_regional_bodies(nlp, text, needle, group):
    assert group_of(nlp, text, needle) == group


@pytest.mark.parametrize("text,needle,group", [
    # a capital that is also a person's name is not the state
    ("The factory closed. Maria Juba, a welder, said the owners had lied.",
     "owners had lied", "South Sudanese government"),
])
def test_capital_words_inside_a_person_name_are_not_the_state(nlp, text, needle, group):
    assert group_of(nlp, text, needle) != group


# --- affiliation stated in a "whose" clause; national chapters of international NGOs -------

@pytest.mark.parametrize("text,needle,group", [
    ("RIGA — Deputy Juris Kalns, whose Green Union party left the coalition last month, said "
     "the budget was a fraud.", "budget was a fraud", "Green Union"),
    ("LIMA — Senator Ana Quispe, whose Renovación Andina bloc holds 12 seats, called the "
     "contract \"a blank cheque\" and said it had never been debated. She accused the "
     "government of hiding the terms.", "hiding the terms", "Renovación Andina"),
    ("VILNIUS — Transparency International Lithuania said the country had learned nothing.",
     "learned nothing", "Transparency International Lithuania"),
    ("Greenpeace Brazil said the permits were illegal.", "permits were illegal",
     "Greenpeace Brazil"),
])
def test_whose_party_and_national_chapters(nlp, text, needle, group):
    assert group_of(nlp, text, needle) == group


@pytest.mark.parametrize("text,needle,group", [
    # a minister speaks for the state whatever his party
    ("TALLINN — Finance Minister Kadri Saar, whose Reform Party leads the coalition, said the "
     "budget was balanced.", "budget was balanced", "Estonian government"),
    # "whose husband" names no body
    ("In the township, families were desperate. \"Everything is on hold,\" said Ruth Mwale, "
     "whose husband works underground.", "Everything is on hold", "unknown"),
    # the international body itself keeps no country
    ("Amnesty International said the trial in Brazil was unfair.", "trial in Brazil was unfair",
     "Amnesty International"),
])
def test_whose_and_chapter_negatives(nlp, text, needle, group):
    got = group_of(nlp, text, needle)
    if group == "unknown":
        assert got not in ("husband",), got
    else:
        assert got == group


# --- a state body the text gives to its country by a possessive ---------------------------

@pytest.mark.parametrize("text,needle,group", [
    ("Zhu Wen, spokeswoman for China's Hong Kong and Macao Affairs Office, said the protests "
     "were illegal.", "protests were illegal", "Chinese government"),
    ("Britain's Civil Aviation Authority said the airport must close.", "airport must close",
     "British government"),
])
def test_state_body_of_a_named_country(nlp, text, needle, group):
    assert group_of(nlp, text, needle) == group


@pytest.mark.parametrize("text,needle,group", [
    # a union or a company the text gives to a country is still an organisation
    ("Kenya's National Farmers Union said the price was too low.", "price was too low",
     "Kenyan government"),
    ("Lena Holm, a spokeswoman for Norway's Statkraft Energy Service, said prices would rise.",
     "prices would rise", "Norwegian government"),
])
def test_non_state_bodies_with_a_country_possessive(nlp, text, needle, group):
    assert group_of(nlp, text, needle) != group


# --- "Latin America" is a region, not the United States ----------------------------------

def test_latin_america_is_not_the_united_states(nlp):
    from analysis.statements import load_registry

    countries = load_registry().countries
    assert countries.find("vice-president for Latin America") is None
    assert countries.find("head of South American research") is None
    assert countries.find("an American diplomat") == "US"
    assert countries.find("a diplomat in North Korea") is not None
