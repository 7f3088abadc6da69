"""Round 8 (framing8): framing rules on statements as real articles mix them (dev6).

Boosting: a plain 'never' states a record or a flat denial; only a reinforced one ('never
once', 'never ... any') is emphasis. 'firmly' boosts a belief, not the stock 'firmly opposes'.
'always' on a progressive is a habit. all/every in a full-range idiom ('every option'), inside
a noun phrase, in an 'as' comparison or as the subject of a generic present asserts no
universal. Every sentence is this project's own invention.

(Formerly tests/test_scores_round8_f.py.)"""

from __future__ import annotations

import pytest

from tests.support import boosted, denies, hedged


@pytest.mark.parametrize("content", [
    "The lighthouse keeper has never left the island in winter",
    "We never sold the harbour land to the developer",
    "The ministry firmly opposes the new tariff on rice",
    "The league stood firmly behind its referees",
    "Our volunteers are always running short of blankets",
    "The smaller parties were always going to struggle in the north",
    "We have explored every option to keep the ferry running",
    "The council would take all necessary measures to protect the wetlands",
    "The union reserves all its rights under the contract",
    "The agency published a map of every road closure",
    "The fine was a warning to every shop owner on the square",
    "The panel will review the case, as it does all appeals",
    "Every complaint goes into a register",
    "Every storm becomes an excuse for higher fares",
])
def test_plain_universals_and_stock_phrases_are_not_boosted(nlp, content):
    assert not boosted(nlp, content)


@pytest.mark.parametrize("content", [
    "We never once sold the harbour land",
    "The club never paid any bribe to the referees",
    "Our trawler never crossed the line, not even for a minute",
    "We firmly believe the dam is safe",
    "We have always put the safety of our passengers first",
    "Every lifeboat reached the shore",
    "All the rockets found their targets",
    "The inspectors checked every valve in the plant",
])
def test_reinforced_and_emphatic_universals_stay_boosted(nlp, content):
    assert boosted(nlp, content)


@pytest.mark.parametrize("content", [
    "The drivers would stop work if the company cut their overtime",
    "Tenants are fined if they leave bins on the pavement",
    "The captain faces ten years in jail if convicted of smuggling",
    "If you owned a boat, you had a licence to fish",
    "The losses were, if anything, larger than reported",
])
def test_terms_of_a_plan_or_rule_are_not_conditional_hedges(nlp, content):
    assert not hedged(nlp, content)


@pytest.mark.parametrize("content", [
    "If the tanker did dump its oil, the owners will pay for the clean-up",
    "If those figures are right, the harvest has failed",
    "The bridge could close if the river keeps rising",
])
def test_conditions_on_disputed_events_still_hedge(nlp, content):
    assert hedged(nlp, content)


@pytest.mark.parametrize("content", [
    "Nobody could hear the sirens over the wind",
    "The villagers fled with only what they could carry",
    "Both navies should avoid any manoeuvre that could raise tensions",
])
def test_could_of_inability_or_a_class_is_not_a_hedge(nlp, content):
    assert not hedged(nlp, content)


@pytest.mark.parametrize("content", [
    "The strike could last into next month",
    "The ministry warned that the dam could fail",
])
def test_epistemic_could_still_hedges(nlp, content):
    assert hedged(nlp, content)


@pytest.mark.parametrize("content", [
    "The stoppage was about rosters, not wages",
    "The delays were caused by ice, not sabotage",
    "She is a consultant, not a lobbyist",
    "The building was a grain store, not a barracks",
])
def test_x_not_y_correcting_a_label_is_a_denial(nlp, content):
    assert denies(nlp, content)


@pytest.mark.parametrize("content", [
    "A ceasefire is possible within days, not weeks",
    "The talks should focus on water, not borders",
    "The convoy had reached the towns, not the villages",
    "The harvest was good, not only in the south",
])
def test_x_not_y_that_corrects_no_label_is_not_a_denial(nlp, content):
    assert not denies(nlp, content)
