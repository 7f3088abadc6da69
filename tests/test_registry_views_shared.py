"""The registry's views of an article (``ActorRegistry.at_home``, ``with_home_aliases``) are
made once and shared by the articles that read the registry the same way, so what is cached per
view (matches, the speaker rule's memo) stays cached across articles; ``at_home`` scans a whole
article only when it may name a country whose city a moved name is. These tests check each
short cut against what it stands in for. (The whole-corpus check, every statement row of every
gold article, the demo corpus and generated articles identical in two orders, is outside the
suite.)
"""

from __future__ import annotations

from analysis.registry import _MAX_VIEWS, load_registry, tokenize


def test_registry_views_are_made_once_and_keep_their_own_views():
    registry = load_registry()
    homes = [home for home in registry.countries.countries
             if registry.countries._moved_home(home) is not None]
    assert homes
    home = homes[0]
    a = registry.at_home(home, "nothing named here")
    assert a is not registry
    assert registry.at_home(home, "nothing named either") is a  # one view per table view
    assert a.with_home_aliases(home) is a.with_home_aliases(home)
    own = registry.for_text("")._view()
    assert own._home_views == {} and own._alias_views == {}  # not the registry's own
    assert 0 < _MAX_VIEWS < 10_000  # bounded


def test_moved_home_codes_are_every_city_entry_of_the_moved_names():
    table = load_registry().countries
    for home in table.countries:
        moved = table._moved_home(home)
        if moved is None:
            continue
        every = frozenset(code for t in (table._cities, table._world)
                          for entries in t.values() for phrase, code in entries
                          if tuple(x.norm for x in phrase) in moved[0])
        assert moved[1] == every, home


def test_a_text_that_cannot_name_a_moved_country_is_not_scanned_for_one():
    registry = load_registry()
    table = registry.countries
    homes = [h for h in table.countries if table._moved_home(h) is not None]
    texts = ["The mayor said the bridge would reopen.", "Officials in the U.S. capital said"]
    for home in homes:
        others = table._moved_home(home)[1] - {home}
        for code in others:
            adjective = table.adjective(code)
            text = f"The {adjective} delegation said it would stay."
            assert table.may_name_moved(home, text), (home, code)
            texts.append(text)
        for text in texts:
            named = {c for _, _, c, kind in table.scan(tokenize(text)) if kind != "city"}
            if not table.may_name_moved(home, text):
                assert not named & others, (home, text)
        # the home's own name changes no city of its own: one view either way
        assert table.at_home(home, {home}) is table.at_home(home, ())
