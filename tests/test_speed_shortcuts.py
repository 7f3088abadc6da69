"""Round 12, speed (sp): the caches and short cuts added for speed give what the code they
stand in for gave. The whole-corpus check (every statement row of every gold article, the demo
corpus and generated articles, identical before and after) is outside the suite; these tests
keep each short cut honest on its own.

(Formerly tests/test_speed_round12_sp.py.)"""

from __future__ import annotations

from pathlib import Path

import yaml

from analysis.datafile import parse_yaml
from analysis.nlp import load_nlp
from analysis.registry import load_registry, tokenize
from analysis.scoring.context import _countries, _countries_in
from analysis.statements import extract_statements

DATA = Path(__file__).resolve().parents[1] / "analysis" / "data"


def _same(a: object, b: object) -> bool:
    """Equal with the same types all the way down (1 is not True, "1" is not 1)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def test_libyaml_reads_every_data_file_as_safe_load_does():
    files = sorted(DATA.glob("**/*.yaml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert _same(parse_yaml(text), yaml.safe_load(text)), path.name


def test_parse_yaml_fails_as_safe_load_does():
    try:
        parse_yaml("meta: [unclosed")
    except yaml.YAMLError:
        pass
    else:
        raise AssertionError("malformed YAML was read")


def test_remembered_countries_are_the_scan_of_the_text():
    table = load_registry().countries
    for text in ("minister", "Kenyan", "the Ghanaian ministry", "Ohio", "Nairobi", "kenya's",
                 "Kenya and Uganda", ""):
        want = frozenset(code for _, _, code, _ in table.scan(tokenize(text)))
        assert _countries(text) == want
        assert _countries(text) == want  # remembered
    assert _countries_in.cache_info().maxsize is not None  # bounded


def test_moved_home_reads_the_city_tables_only_for_a_shared_name():
    table = load_registry().countries
    homes = sorted({code for codes in table._namesakes.values() for code in codes})
    others = [code for code in sorted(table.countries) if code not in homes][:20]
    for home in homes + others:
        moved = frozenset(key for key, codes in table._namesakes.items() if home in codes)
        codes = frozenset(code for t in (table._cities, table._world) for entries in t.values()
                          for phrase, code in entries if tuple(x.norm for x in phrase) in moved)
        assert table._moved_home(home) == ((moved, codes) if moved else None), home


def _placed(text: str) -> list[tuple[str, str | None, str]]:
    return [(s.speaker.actor.group, s.speaker.actor.group_country, s.speaker.actor.group_type)
            for s in extract_statements(load_nlp()(text)) if s.speaker is not None]


def test_national_chapter_still_named_after_its_body():
    # (the chapter rule now tries only the body's names the text contains; the seat rule's
    # new short cut is covered by test_attribution_multi_country_civil_voices's "Penang-based" firms)
    got = _placed("VILNIUS — Transparency International Lithuania said the tender was rigged.")
    assert got == [("Transparency International Lithuania", "LT", "organisation")]
