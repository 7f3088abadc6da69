"""The generated world city table (analysis/data/world_cities.yaml, tools/build_world_cities.py):
its file contract, how it is matched, and what it changes in placement."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analysis.registry import (
    COUNTRIES_PATH,
    WORLD_CITIES_PATH,
    RegistryError,
    build_registry,
    load_registry,
)
from tests.support import speaker_actor


def test_the_file_names_its_source_licence_and_count():
    data = yaml.safe_load(WORLD_CITIES_PATH.read_text(encoding="utf-8"))
    meta = data["meta"]
    assert "GeoNames" in meta["source"] and "CC-BY-4.0" in meta["licence"]
    assert meta["count"] == sum(len(v) for v in data["cities"].values()) > 1000


def test_the_hand_table_always_wins():
    data = yaml.safe_load(WORLD_CITIES_PATH.read_text(encoding="utf-8"))
    hand = yaml.safe_load(COUNTRIES_PATH.read_text(encoding="utf-8"))
    known = {n.lower(): row["code"] for row in hand["countries"]
             for k in ("names", "demonyms", "cities") for n in row.get(k) or []}
    world = {n.lower(): code for code, names in data["cities"].items() for n in names}
    assert not set(known) & set(world)  # the hand table decides its own spellings
    # and a spelling with accents ("Kraków") never goes to another country than the plain one
    from tools.build_world_cities import _fold
    plain = {_fold(n): c for n, c in known.items()}
    assert all(plain.get(_fold(n), c) == c for n, c in world.items())


@pytest.mark.parametrize("text,code", [
    ("a researcher at the University of Oxford", "GB"),
    ("a Kaduna-based lawyer", "NG"),
    ("residents of Goma", "CD"),
    ("the mayor of Gdańsk", "PL"),
    ("the mayor of Gdansk", "PL"),
])
def test_world_cities_place_a_text(text, code):
    assert load_registry().countries.find(text) == code


@pytest.mark.parametrize("text", [
    "he said the oxford comma was optional",   # written in lower case: not the city
    "a reading of the report",                 # an ordinary word left out of the table
    "Reading the report, she said",
    "a nice result for the mayor",             # the hand table's cities are proper nouns too
])
def test_ordinary_words_and_lower_case_are_no_city(text):
    assert load_registry().countries.find(text) is None


def test_a_registry_without_the_world_table_still_loads():
    reg = build_registry(world_cities_path=None)
    assert reg.countries.find("a researcher at the University of Oxford") is None
    assert reg.countries.find("a diplomat in Moscow") == "RU"


def test_a_bad_world_table_is_refused_with_its_path(tmp_path: Path):
    bad = tmp_path / "world_cities.yaml"
    bad.write_text("cities:\n  Britain: [Oxford]\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="world_cities.yaml"):
        build_registry(world_cities_path=bad)


@pytest.mark.parametrize("text, needle, expected_group", [
    pytest.param("ROME (AP) — At least 41 people are missing after a boat capsized, officials said. "
                 "Migration researcher Eva Schmidt of the University of Oxford said the route had "
                 "become more dangerous.", "route had become more dangerous", "British experts",
                 id="an_expert_of_a_foreign_university_takes_its_country"),
    pytest.param("NAIROBI, Kenya — Thika Wanjiru, a trader, said prices had doubled. ",
                 "prices had doubled", "Kenyan public",
                 id="a_city_inside_a_persons_name_says_nothing_of_the_person"),
])
def test_speaker_actor_group(nlp, text, needle, expected_group):
    ref = speaker_actor(nlp, text, needle)
    assert ref.group == expected_group


def test_a_world_city_inside_another_name_is_no_city():
    from analysis.registry import load_registry

    countries = load_registry().countries
    assert countries.find("Buffalo") == "US"
    assert countries.find("the Regional Municipality of Wood Buffalo") is None
    assert countries.find("In Buffalo") == "US"
