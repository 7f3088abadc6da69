"""The caches added for speed give what the uncached code gave: the city-table views of
``CountryTable.at_home`` (kept per home and per named country that matters), the folds kept
by text, and the token index of ``DocTokens``."""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

from analysis.attribution import DocTokens
from analysis.datafile import parse_yaml
from analysis.nlp import load_nlp
from analysis.registry import CountryTable, load_registry, tokenize
from analysis.scoring.context import _countries, _countries_in
from analysis.statements import extract_statements


def _rehomed_uncached(table: CountryTable, home: str, named: set[str]) -> CountryTable:
    """The view as at_home built it before it was remembered: every entry rebuilt."""
    moved = {key for key, codes in table._namesakes.items() if home in codes}

    def rehome(t: dict) -> dict:
        return {first: [(phrase, home if tuple(x.norm for x in phrase) in moved
                         and code not in named else code) for phrase, code in entries]
                for first, entries in t.items()}

    view = copy.copy(table)
    view._cities = rehome(table._cities)
    view._world = rehome(table._world)
    return view


def test_a_remembered_home_view_reads_the_cities_as_a_fresh_one():
    countries = load_registry().countries
    for named in (set(), {"EG"}, {"RO"}, {"EG", "RO", "FR"}):
        view = countries.at_home("US", named)
        fresh = _rehomed_uncached(countries, "US", named)
        assert view._cities == fresh._cities
        assert view._world == fresh._world
        for place in ("Alexandria", "Cairo", "suburban Alexandria", "Alexandria, Egypt"):
            toks = tokenize(place)
            assert view.scan(toks) == fresh.scan(toks)


def test_the_view_depends_on_the_named_countries_that_matter_only():
    countries = load_registry().countries
    plain = countries.at_home("US")
    # a named country no moved city belongs to changes nothing: the same view serves
    assert countries.at_home("US", {"FR"}) is plain
    # Egypt named: its Alexandria stays Egyptian, in a view of its own
    egypt = countries.at_home("US", {"EG"})
    assert egypt is not plain
    alexandria = tokenize("Alexandria")
    assert plain.scan(alexandria)[0][2] == "US"
    assert egypt.scan(alexandria)[0][2] == "EG"
    # ... and asking again does not mix the two up
    assert countries.at_home("US") is plain
    assert countries.at_home("US", {"EG"}).scan(alexandria)[0][2] == "EG"
    # a view's own views start from its tables, not from the ones of the table it came from
    assert plain._home_views == {} and plain._home_views is not countries._home_views


def test_a_remembered_fold_is_the_fold_and_callers_get_their_own_lists():
    countries = load_registry().countries
    text = "the Egyptian foreign ministry and a French diplomat"
    first = countries.fold_text(text)
    assert first == countries.fold(tokenize(text))
    first[0].clear()
    first[1].append("XX")
    assert countries.fold_text(text) == countries.fold(tokenize(text))


def test_tokens_by_text_are_the_docs_tokens_of_that_text_in_order(nlp):
    doc = nlp("The ministry said the ministry would reply. Ministry officials said no.")
    toks = DocTokens(doc)
    assert [t.i for t in toks.with_text("ministry")] == [t.i for t in doc if t.text == "ministry"]
    assert len(toks.with_text("said")) == 2 and toks.with_text("said")[0].i == 2
    assert toks.with_text("absent") == []


def test_bisect_over_remembered_offsets_finds_the_token_the_search_over_the_doc_finds(nlp):
    from analysis.attribution import bisect_tok

    doc = nlp("Officials said on Monday that the talks, held in Geneva, had failed.")
    toks = DocTokens(doc)
    for char in range(len(doc.text) + 2):
        assert bisect_tok(toks, char) == bisect_tok(doc, char)


# ------------------------------------------------------------------------------------------
# Round 12, speed (sp): the caches and short cuts added for speed give what the code they
# stand in for gave. The whole-corpus check (every statement row of every gold article, the demo
# corpus and generated articles, identical before and after) is outside the suite; these tests
# keep each short cut honest on its own.
#
# (Formerly tests/test_speed_round12_sp.py.)
# ------------------------------------------------------------------------------------------

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
