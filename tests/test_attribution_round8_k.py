"""Round 8 (probe K) of group attribution: errors seen running the tool on invented foreign-desk
copy (international bodies, Latin America, Asia-Pacific). Invented text; people unregistered."""

from __future__ import annotations

import re

from analysis.attribution import default_country
from analysis.registry import load_registry
from tests.conftest import speaker_actor


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def test_a_regional_bureau_dateline_gives_way_to_the_country_of_the_lead(nlp):
    text = ("Army jets bomb market in Myanmar, rebels say\n\nBANGKOK (Reuters) - Fighter jets of "
            "Myanmar's military bombed a market in the Magway region on Tuesday, a local rebel "
            "group said.\n\nA trader who survived the raid said the jets came twice. \"We had "
            "nowhere to run,\" the trader said.")
    assert default_country(load_registry(), text, _paragraphs(text)) == "MM"
    assert speaker_actor(nlp, text, "nowhere to run").group == "Myanmar public"


def test_the_dateline_stays_when_the_lead_names_its_country_too():
    text = ("BANGKOK (Reuters) - Thailand said on Tuesday that refugees from Myanmar could stay "
            "in camps along the border.")
    assert default_country(load_registry(), text, _paragraphs(text)) == "TH"


def test_the_dateline_stays_when_the_lead_names_two_countries():
    text = ("BANGKOK (Reuters) - Myanmar and Cambodia signed a fishing deal on Tuesday, "
            "officials said.")
    assert default_country(load_registry(), text, _paragraphs(text)) == "TH"


def test_a_title_case_city_and_a_dash_is_a_dateline(nlp):
    text = ("Brasília - The Ministry of Mines said on Monday that it had suspended 12 "
            "licences.\n\nThe minister said the firms had ignored safety rules.")
    assert default_country(load_registry(), text, _paragraphs(text)) == "BR"
    assert speaker_actor(nlp, text, "ignored safety rules").group == "Brazilian government"


def test_a_country_name_and_a_dash_opens_a_headline_not_a_dateline():
    text = "Brazil - a season of fires\n\nThe minister said the fires were under control."
    assert default_country(load_registry(), text, _paragraphs(text)) is None


def test_a_bloc_word_inside_a_bureau_name_is_no_bloc(nlp):
    text = ("TOKYO, Kyodo - The Foreign Ministry lodged a protest on Friday.\n\nKenji Harada, "
            "director general of the ministry's Asian and Oceanian Affairs Bureau, said the "
            "survey was unacceptable.")
    assert speaker_actor(nlp, text, "survey was unacceptable").group == "Japanese government"
