"""A state agency named by a capitalised name ending in "Service", "Directorate", "Bureau" or
"Board", with no "national" before it, is the government of its country (of the name's
country, else of the story's home), as the gold places state agencies and regulators; a
charity's, church's, trade's or sport's body so named stays an organisation. Also: an agency's
short form in mixed case ("DoDMA") is read as its acronym. Invented bodies only; none is in the
registry or the gold."""

from __future__ import annotations

import pytest


def _first_actor(nlp, text: str, needle: str):
    from analysis.statements import extract_statements

    hits = [s.speaker.actor for s in extract_statements(nlp(text))
            if s.speaker is not None and needle in s.content_text]
    assert hits, (needle, text)
    return hits[0]


@pytest.mark.parametrize("text,needle,country", [
    ("ACCRA, Dec 3 (Reuters) - Floods spread. The Revenue Directorate said tax receipts had "
     "fallen by a fifth.", "tax receipts", "GH"),
    ("ACCRA, Dec 3 (Reuters) - Prices slid. The Cocoa Marketing Board said farm-gate prices "
     "would rise next season.", "farm-gate prices", "GH"),
    ("LUSAKA, Dec 3 (Reuters) - Fuel ran short. The Energy Regulation Board said pump prices "
     "would rise on Friday.", "pump prices", "ZM"),
    ("NAIROBI, Dec 3 (AFP) - Evictions were halted. The Kenya Forest Service said it would "
     "study the judgment.", "study the judgment", "KE"),
    ("LILONGWE, Dec 3 (Reuters) - Rain fell for a week. The Meteorological Services said the "
     "storms would continue until Sunday.", "storms would continue", "MW"),
    ("TEGUCIGALPA, Dec 3 (AP) - Land titles were cancelled. The Lands Bureau said the "
     "titles had been issued in error.", "issued in error", "HN"),
])
def test_a_named_state_agency_is_its_countrys_government(nlp, text, needle, country):
    actor = _first_actor(nlp, text, needle)
    assert (actor.group_type, actor.group_country) == ("government", country)


@pytest.mark.parametrize("text,needle", [
    ("ACCRA, Dec 3 (Reuters) - Families fled the floods. The Jesuit Refugee Service said "
     "hundreds of families had crossed the border.", "hundreds of families"),
    ("ACCRA, Dec 3 (Reuters) - The series was called off. The Volta Cricket Board said the "
     "match would be replayed in March.", "match would be replayed"),
    ("ACCRA, Dec 3 (Reuters) - Complaints rose. The Better Business Bureau said online "
     "scams had doubled.", "online scams"),
    ("ACCRA, Dec 3 (Reuters) - Courts were busy. The Legal Aid Board said it could not "
     "represent every defendant.", "represent every defendant"),
])
def test_a_civic_or_sport_body_so_named_is_no_state_agency(nlp, text, needle):
    assert _first_actor(nlp, text, needle).group_type != "government"


@pytest.mark.parametrize("text,needle,country", [
    ("LILONGWE, Dec 3 (Reuters) - Floods spread. The Department of Disaster Management "
     "Affairs (DoDMA) said 3,000 families had been displaced. DoDMA said more rain was due "
     "on Friday.", "more rain was due", "MW"),
    ("NAIROBI, Dec 3 (Reuters) - The road was shut. The Kenya National Highways Authority "
     "(KeNHA) said a bridge had collapsed. KeNHA said repairs would take a month.",
     "repairs would take", "KE"),
])
def test_a_mixed_case_short_form_names_the_state_body(nlp, text, needle, country):
    actor = _first_actor(nlp, text, needle)
    assert (actor.group_type, actor.group_country) == ("government", country)
