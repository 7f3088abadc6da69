"""Words that decide a speaker's type when a body is named around them: a state-owned firm
whose name opens with its country's name is a company; a negotiator of a union or a firm
speaks for it (any body has negotiators); a regional emergency service is the state's; a
firm called an "agency" in lower case ("the Rosa Associati agency") is no state agency."""

from __future__ import annotations

import pytest

from tests.support import statement_rows


def _groups(text: str) -> list[tuple[str, str, str | None]]:
    """(group, group_type, group_country) of each statement, in text order."""
    return statement_rows(text, ("group", "group_type", "group_country"))


@pytest.mark.parametrize("lead, firm", [
    ("Kenya's state-owned power distributor Kenya Power", "Kenya Power"),
    ("State-owned distributor Kenya Power", "Kenya Power"),
    ("Zambia's state-owned carrier Zambia Skylink Airways", "Zambia Skylink Airways"),
])
def test_state_owned_firm_named_for_its_country_is_a_company(lead, firm):
    found = _groups(f"NAIROBI, Feb. 9 (Xinhua) -- {lead} on Friday said it had restored "
                    "service after a seven-hour outage.")
    assert found[0][:2] == (firm, "organisation")


def test_officer_of_a_firm_named_for_its_country_speaks_for_it():
    found = _groups("NAIROBI - State-owned distributor Kenya Power said power was back. Kenya "
                    "Power managing director Joseph Siror told journalists a line had tripped.")
    assert found[-1][:2] == ("Kenya Power", "organisation")


@pytest.mark.parametrize("role", [
    "FNV Havens negotiator Niek Stam",
    "Dockers Union of Varnholm chief negotiator Ilse Brandt",
])
def test_negotiator_of_a_named_body_speaks_for_it(role):
    found = _groups(f"ROTTERDAM - Lashers walked out on Monday. {role} said the company had "
                    "\"walked away from the table\".")
    assert found[-1][1] == "organisation"


def test_negotiator_alone_stays_the_state():
    found = _groups("BRUSSELS - Talks on the trade deal resumed. Britain's chief negotiator "
                    "said progress had been made.")
    assert found[-1][1:] == ("government", "GB")


@pytest.mark.parametrize("lead", [
    "The regional emergency service, 112 Comunitat Valenciana,",
    "The provincial emergency service",
])
def test_emergency_service_is_the_state(lead):
    found = _groups(f"VALENCIA, Spain - Floods hit the coast. {lead} says it has carried out "
                    "340 rescues since last night.")
    assert found[-1][1:] == ("government", "ES")


@pytest.mark.parametrize("role", [
    "Kiprono's manager, Federico Rosa of the Rosa Associati agency,",
    "Her manager, Dario Conti of the Conti Sport agency,",
])
def test_firm_called_agency_is_no_state_body(role):
    found = _groups(f"NAIROBI - A marathon runner was suspended on Wednesday. {role} said the "
                    "athlete had never knowingly taken anything.")
    assert found[-1][1] != "government"


@pytest.mark.parametrize("lead, country", [
    ("NAIROBI - The Kenya Revenue agency", "KE"),
    ("SAO PAULO - Brazil's health regulator Anvisa ordered a recall. The agency", "BR"),
])
def test_state_agency_in_lower_case_stays_the_state(lead, country):
    found = _groups(f"{lead} said the batches had been withdrawn.")
    assert found[-1][1:] == ("government", country)


@pytest.mark.parametrize("body", [
    "The Federal Network Agency, which regulates the rail network,",
    "The National Networks Agency",
])
def test_agency_named_for_a_network_is_the_state(body):
    found = _groups(f"BERLIN - Signal workers walked out on Monday. {body} said it was "
                    "monitoring freight capacity.")
    assert found[-1][1:] == ("government", "DE")


def test_news_network_stays_an_outlet():
    found = _groups("BERLIN - Signal workers walked out on Monday. The Rhein News Network "
                    "reported that trains were cancelled.")
    assert found[-1][1] == "media"


@pytest.mark.parametrize("body, name", [
    ("The Parish Pastoral Council for Responsible Voting (PPCRV), a church-backed poll "
     "watchdog,", "Parish Pastoral Council for Responsible Voting"),
    ("The Pastoral Council of San Roque", "Pastoral Council of San Roque"),
])
def test_church_council_is_no_state_council(body, name):
    found = _groups(f"MANILA, May 13 (AFP) - Voting ended on Monday. {body} said its volunteers "
                    "had documented more than 300 incidents.")
    assert found[-1][:2] == (name, "organisation")
