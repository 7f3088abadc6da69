"""The actor registry and the country table: one loader for both, cached.

``load_registry()`` reads ``analysis/data/actors.yaml``, ``analysis/data/countries.yaml`` and
``analysis/data/world_cities.yaml`` (generated from GeoNames by tools/build_world_cities.py)
once per process. ``ActorRegistry.lookup("Russia's Defence Ministry")`` finds the registered
actor behind a mention. Matching works on normalised word tokens, so it tolerates case,
punctuation ("U.S." / "US"), possessives ("Pentagon's") and the country word's form
("Russia's Defence Ministry" = "Russian Defence Ministry"): country names and demonyms are
folded to one placeholder per country before aliases and mentions are compared.
"""

from __future__ import annotations

import copy
import re
import unicodedata
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from analysis.datafile import read_mapping
from analysis.types import GROUP_TYPES, ActorRef

DATA_DIR = Path(__file__).resolve().parent / "data"
ACTORS_PATH = DATA_DIR / "actors.yaml"
COUNTRIES_PATH = DATA_DIR / "countries.yaml"
WORLD_CITIES_PATH = DATA_DIR / "world_cities.yaml"

ACTOR_KINDS = ("person", "institution", "outlet", "state", "collective")
# Which registered actor wins when several aliases occur in one mention: the person speaks,
# the outlet or institution is their affiliation, the bare state is the weakest evidence.
_KIND_RANK = {"person": 5, "outlet": 4, "institution": 3, "collective": 2, "state": 1}
# Spelling variants folded before matching, so aliases need not list both.
_SPELLING = {
    "defence": "defense", "organisation": "organization", "centre": "center",
    "programme": "program", "labour": "labor", "armour": "armor",
}
# views of one registry kept for reuse (by home country and the countries an article names;
# a few hundred at most in practice): past this many, they are made afresh
_MAX_VIEWS = 512


def _keep_view(views: dict, key: object, view: object) -> None:
    """Remember ``view`` under ``key``, starting the cache afresh past ``_MAX_VIEWS``."""
    if len(views) >= _MAX_VIEWS:
        views.clear()
    views[key] = view


_LEADING_FILLERS = frozenset({"the", "a", "an", "two", "three", "four", "several", "some", "many"})
_TOKEN_RE = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*\.?|&", re.UNICODE)


class RegistryError(ValueError):
    """A registry data file is missing or malformed; the message names the file."""


@dataclass(frozen=True)
class Tok:
    """A normalised word: ``norm`` for matching, ``shape`` (case kept) for acronyms."""

    norm: str
    shape: str


def tokenize(text: str) -> list[Tok]:
    """Split a mention into normalised tokens (possessive and periods removed)."""
    return list(_tokenize(text))  # a fresh list: callers may change theirs


@lru_cache(maxsize=65536)
def _tokenize(text: str) -> tuple[Tok, ...]:
    # the same mention texts come back many times per article (each rule asks again)
    out: list[Tok] = []
    for m in _TOKEN_RE.finditer(text.replace("’", "'")):
        raw = m.group(0)
        if raw.endswith("'s") or raw.endswith("'S"):
            raw = raw[:-2]
        raw = raw.rstrip("'")
        shape = raw.replace(".", "")
        if not shape:
            continue
        norm = _fold_marks(shape.lower())
        out.append(Tok(_SPELLING.get(norm, norm), shape))
    return tuple(out)


def _fold_marks(word: str) -> str:
    # News copy spells the same place with and without its accents ("Chișinău", "Chisinau",
    # "Asunción"): matching on the bare letters lets one table entry serve both.
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _case_sensitive(shape: str) -> bool:
    # Short all-capital aliases (US, AP, RT, UN, SANA) would otherwise match ordinary words and
    # names ("us", "Sana Qureshi"); list a mixed-case spelling ("Nato") as its own alias.
    return len(shape) <= 5 and shape.isalpha() and shape.isupper()


@dataclass(frozen=True)
class Country:
    code: str
    adjective: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    cities: tuple[str, ...]


# "America(n)" after these words names a region, not the United States
_CONTINENT_WORDS = frozenset({"america", "american", "americans", "americas"})
_CONTINENT_PARTS = frozenset({"latin", "south", "central", "north"})


class CountryTable:
    """Country names, demonyms and cities, matched as token phrases."""

    def __init__(self, countries: list[Country], hubs: tuple[str, ...] = (),
                 capitals: tuple[str, ...] = (),
                 world: dict[str, tuple[str, ...]] | None = None,
                 namesakes: dict[str, tuple[str, ...]] | None = None,
                 currency_signs: dict[str, str] | None = None,
                 dateline_regions: dict[str, tuple[str, ...]] | None = None,
                 home_cues: dict[str, tuple[str, ...]] | None = None,
                 expert_seats: dict[str, tuple[str, ...]] | None = None,
                 national_titles: dict[str, tuple[str, ...]] | None = None) -> None:
        self.countries = {c.code: c for c in countries}
        # "the foreign secretary", "the home secretary": offices only a few states name so
        self._national_titles: dict[str, re.Pattern[str]] = {
            code: re.compile(r"\b(?:" + "|".join(
                re.escape(w) for w in sorted(names, key=len, reverse=True)) + r")\b", re.I)
            for code, names in (national_titles or {}).items() if names}
        # "a fellow at Chatham House", "a professor at Johns Hopkins": think tanks and
        # universities whose names carry no place, one pattern per country, read after "at"
        self._expert_seats: dict[str, re.Pattern[str]] = {
            code: re.compile(r"\b(?:at|of|with)\s+(?:the\s+)?(?:" + "|".join(
                re.escape(w) for w in sorted(names, key=len, reverse=True)) + r")(?![\w'’])")
            for code, names in (expert_seats or {}).items() if names}
        # "Gardaí", "Sheriff's Office": words of one country's local institutions, one
        # whole-word pattern per country (read only for a story nothing else places)
        self._home_cues: dict[str, re.Pattern[str]] = {
            code: re.compile(r"(?<![\w'’])(?:" + "|".join(
                re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w'’])")
            for code, words in (home_cues or {}).items() if words}
        self.currency_signs: dict[str, str] = dict(currency_signs or {})
        # "Fla." -> US: abbreviations a dateline puts after its city
        self.dateline_regions: dict[str, str] = {
            abbr: code for code, abbrs in (dateline_regions or {}).items() for abbr in abbrs}
        # other countries' towns of a listed city's name ("Alexandria": Romania, the U.S.)
        self._namesakes = {tuple(t.norm for t in tokenize(name)): frozenset(codes)
                           for name, codes in (namesakes or {}).items()}
        self._folded: dict[str, tuple[list[Tok], list[str]]] = {}  # fold_text's memo
        # at_home's views, by (home, the named countries that matter), and its city names
        self._home_views: dict[tuple[str, frozenset[str]], CountryTable] = {}
        self._moved: dict[str, tuple[frozenset, frozenset[str]] | None] = {}
        # home -> the first words of the other moved countries' names (may_name_moved)
        self._moved_words: dict[str, frozenset[str] | None] = {}
        self.hubs = frozenset(h.lower() for h in hubs)
        # capitals that stand for their government when they are the whole speaker ("Warsaw
        # said"); the country comes from the city table
        self.capitals = frozenset(tuple(t.norm for t in tokenize(c)) for c in capitals)
        self._phrases: dict[str, list[tuple[tuple[Tok, ...], str]]] = {}
        self._cities: dict[str, list[tuple[tuple[Tok, ...], str]]] = {}
        self._names: set[tuple[str, ...]] = set()  # name (not demonym) forms, for scan()
        for c in countries:
            for form in (*c.names, *c.demonyms):
                self._add(self._phrases, form, c.code)
            for form in c.names:
                self._names.add(tuple(t.norm for t in tokenize(form)))
            for form in c.cities:
                self._add(self._cities, form, c.code)
        # the larger cities of the world table, matched only as written ("Oxford", never
        # "oxford") and only where the hand table knows nothing
        self._world: dict[str, list[tuple[tuple[Tok, ...], str]]] = {}
        for code, names in (world or {}).items():
            if code in self.countries:
                for form in names:
                    self._add(self._world, form, code)
        for table in (self._phrases, self._cities, self._world):
            for key in table:
                table[key].sort(key=lambda p: -len(p[0]))

    def at_home(self, home: str, named: Iterable[str] = ()) -> CountryTable:
        """This table as an article from ``home`` reads it: a city name ``home`` shares with
        a larger foreign city is ``home``'s ("suburban Alexandria" in a Washington story),
        unless the article names the foreign city's country (``named``)."""
        keep = frozenset(named)
        moved = self._moved_home(home)
        if not moved:
            return self
        # Rebuilding both city tables took about a tenth of the analysis of a short article;
        # the view depends only on ``home`` and on which of the moved cities' other countries
        # the article names, so one view per such pair serves every article that shares it.
        # (the home's own entries stay the home's whether or not the article names it)
        key = (home, keep & moved[1] - {home})
        view = self._home_views.get(key)
        if view is not None:
            return view

        # only the entries under a moved name's first word can change (a phrase is filed
        # under its first word); every other list is shared with this table, read only
        firsts = {key[0] for key in moved[0] if key}

        def rehome(table: dict) -> dict:
            out = dict(table)
            for first in firsts & table.keys():
                out[first] = [(phrase, home if tuple(t.norm for t in phrase) in moved[0]
                               and code not in keep else code) for phrase, code in table[first]]
            return out

        view = copy.copy(self)
        view._cities = rehome(self._cities)
        view._world = rehome(self._world)
        view._home_views = {}  # a view's own views would rehome its tables, not these
        view._moved = {}
        view._moved_words = {}
        self._home_views[key] = view
        return view

    def _moved_home(self, home: str) -> tuple[frozenset, frozenset[str]] | None:
        """The city names ``home`` shares with a larger foreign city, and every country the
        city tables give those names (the only ones of ``named`` that change the view)."""
        if home not in self._moved:
            moved = frozenset(key for key, codes in self._namesakes.items() if home in codes)
            # (read only when a name moves: every city phrase of both tables was read for each
            # new home, a few hundredths of a second of each worker's first articles)
            # (a phrase is filed under its first word: only those lists can hold a moved name)
            codes = frozenset(code for table in (self._cities, self._world)
                              for key in moved if key
                              for phrase, code in table.get(key[0], ())
                              if tuple(t.norm for t in phrase) == key)
            self._moved[home] = (moved, codes) if moved else None
        return self._moved[home]

    def may_name_moved(self, home: str, text: str) -> bool:
        """Whether ``text`` may name (by name or demonym) a country other than ``home`` whose
        city shares a name with one of ``home``'s (:meth:`_moved_home`): False only when no
        such country's word occurs in the text even as a letter string, so that a scan of the
        whole text would find none (a token's folded form is a substring of the whole text's,
        periods aside)."""
        words = self._moved_words.get(home)
        if words is None:
            moved = self._moved_home(home)
            codes = moved[1] - {home} if moved else frozenset()
            found = frozenset(first for first, entries in self._phrases.items()
                              if any(code in codes for _, code in entries))
            # (a word the tokenizer respells, "defence" -> "defense", or one that is not plain
            # ASCII could escape the letter-string test: then the text is scanned)
            words = self._moved_words[home] = found if all(
                w.isascii() and w not in _SPELLING.values() for w in found) else None
        if words is None:
            return True
        if not words:
            return False
        # (the words are plain ASCII: a token folds to one only if its letters are ASCII or
        # accents, so the text's ASCII letters, accents dropped, hold every such token)
        low = unicodedata.normalize("NFKD", text.lower().replace(".", "")).encode(
            "ascii", "ignore").decode("ascii")
        return any(w in low for w in words)

    @staticmethod
    def _add(table: dict, form: str, code: str) -> None:
        toks = tuple(tokenize(form))
        if toks and toks[0].norm == "the" and len(toks) > 1:
            toks = toks[1:]
        if toks:
            table.setdefault(toks[0].norm, []).append((toks, code))

    def _city_at(self, toks: list[Tok], i: int) -> tuple[int, str] | None:
        """A city at ``toks[i]``: the hand table's, else a world city written as listed. A
        city is a proper noun: "a nice result" names no French city."""
        if not toks[i].shape[:1].isupper():
            return None
        hand = self._match_at(self._cities, toks, i)
        if hand or i > 0 and toks[i - 1].shape[:1].isupper() \
                and toks[i - 1].norm not in _BEFORE_A_CITY:
            # "the Regional Municipality of Wood Buffalo": a world-table city after another
            # capitalised word is part of another name (the hand table's names are matched
            # whole, "East London" included)
            return hand
        return self._match_at(self._world, toks, i, exact=True)

    @staticmethod
    def _match_at(table: dict, toks: list[Tok], i: int,
                  exact: bool = False) -> tuple[int, str] | None:
        if toks[i].norm in _CONTINENT_WORDS and i and toks[i - 1].norm in _CONTINENT_PARTS:
            return None  # "Latin America", "South American": a region, not the United States
        for phrase, code in table.get(toks[i].norm, ()):
            n = len(phrase)
            if i + n > len(toks):
                continue
            ok = True
            for a, b in zip(phrase, toks[i:i + n], strict=True):
                if a.norm != b.norm or ((exact or _case_sensitive(a.shape)) and a.shape != b.shape):
                    ok = False
                    break
            if ok:
                return n, code
        return None

    def fold_text(self, text: str) -> tuple[list[Tok], list[str]]:
        """``fold(tokenize(text))``, remembered by text: the rules fold the same mention and
        context texts many times per article. (Views of this table share the memo: folding
        reads only the country phrases, which :meth:`at_home` never changes.)"""
        hit = self._folded.get(text)
        if hit is None:
            if len(self._folded) > 50_000:
                self._folded.clear()
            hit = self._folded[text] = self.fold(tokenize(text))
        return list(hit[0]), list(hit[1])  # fresh lists, as fold gives: callers may change them

    def fold(self, toks: list[Tok]) -> tuple[list[Tok], list[str]]:
        """Replace country names/demonyms by ``#XX`` tokens; return them and the codes seen."""
        out: list[Tok] = []
        codes: list[str] = []
        i = 0
        while i < len(toks):
            hit = self._match_at(self._phrases, toks, i)
            if hit and _names_a_county(toks, i + hit[0]):
                hit = None
            if hit:
                n, code = hit
                out.append(Tok("#" + code, "#" + code))
                codes.append(code)
                i += n
            else:
                out.append(toks[i])
                i += 1
        return out, codes

    def scan(self, toks: list[Tok]) -> list[tuple[int, int, str, str]]:
        """Country words in ``toks``: (position, length, code, 'name'|'demonym'|'city')."""
        out = []
        i = 0
        while i < len(toks):
            hit = self._match_at(self._phrases, toks, i)
            if hit and _names_a_county(toks, i + hit[0]):
                hit = None
            kind = "demonym"
            if hit:
                if tuple(t.norm for t in toks[i:i + hit[0]]) in self._names:
                    kind = "name"
            else:
                hit = self._city_at(toks, i)
                kind = "city"
            if hit:
                out.append((i, hit[0], hit[1], kind))
                i += hit[0]
            else:
                i += 1
        return out

    def title_countries(self, text: str) -> set[str]:
        """The countries whose own office titles (countries.yaml ``national_titles``) ``text``
        uses ("foreign secretary": Britain, India)."""
        return {code for code, rx in self._national_titles.items() if rx.search(text)}

    def expert_seat(self, text: str) -> str | None:
        """The country of the one listed think tank or university that ``text`` says someone
        works "at" (countries.yaml ``expert_seats``), if it names exactly one country's."""
        codes = {code for code, rx in self._expert_seats.items() if rx.search(text)}
        return codes.pop() if len(codes) == 1 else None

    def home_cue_counts(self, text: str) -> dict[str, int]:
        """{country: how often ``text`` uses its local-institution words} (countries.yaml
        ``home_cues``), for the countries it uses any of."""
        counts = {code: len(rx.findall(text)) for code, rx in self._home_cues.items()}
        return {code: n for code, n in counts.items() if n}

    def find(self, text: str, *, cities: bool = True) -> str | None:
        """The first country named in ``text`` (name, demonym or, if asked, city)."""
        toks = tokenize(text)
        for i in range(len(toks)):
            hit = self._match_at(self._phrases, toks, i)
            if hit is None and cities:
                hit = self._city_at(toks, i)
            if hit:
                return hit[1]
        return None

    def city(self, text: str) -> str | None:
        """The country of a city/capital named in ``text`` (datelines, "Tehran-based")."""
        toks = tokenize(text)
        for i in range(len(toks)):
            hit = self._city_at(toks, i) or self._match_at(self._phrases, toks, i)
            if hit:
                return hit[1]
        return None

    def whole_city(self, toks: list[Tok]) -> str | None:
        """The country of the city, state or province ``toks`` name whole, nothing else."""
        hit = self._city_at(toks, 0) if toks else None
        return hit[1] if hit and hit[0] == len(toks) else None

    def capital(self, toks: list[Tok]) -> str | None:
        """The country whose capital ``toks`` is, when they are that capital and nothing else
        (a leading "the" aside)."""
        kept = [t for t in toks if t.norm != "the"]
        if tuple(t.norm for t in kept) not in self.capitals:
            return None
        return self.city(" ".join(t.shape.title() if t.shape.islower() else t.shape for t in kept))

    def adjective(self, code: str | None) -> str | None:
        c = self.countries.get(code or "")
        return c.adjective if c else None


@dataclass(frozen=True)
class ActorEntry:
    actor: str
    kind: str
    group: str
    group_country: str | None
    group_type: str
    anonymous: bool
    aliases: tuple[str, ...]
    # names that mean this actor only in a story at home in its country ("PTI" in a Pakistani
    # story is the party, elsewhere the Press Trust of India; "Congress" in an Indian one)
    home_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class RuleWords:
    """The word lists of the ``rules:`` block, as sets of lower-case phrases."""

    media: frozenset[str]
    non_media_agency: frozenset[str]
    military: frozenset[str]
    civil_general: frozenset[str]
    government: frozenset[str]
    person: frozenset[str]
    public: frozenset[str]
    organisation: frozenset[str]
    company_roles: frozenset[str]
    org_name_words: frozenset[str]
    anonymous_heads: frozenset[str]
    spokesperson_heads: frozenset[str]
    female_first_names: frozenset[str] = frozenset()
    male_first_names: frozenset[str] = frozenset()


class ActorRegistry:
    """Registered actors, matched against mention text by alias."""

    def __init__(self, entries: list[ActorEntry], countries: CountryTable, rules: RuleWords,
                 version: str) -> None:
        self.entries = entries
        self.countries = countries
        self.rules = rules
        self.version = version
        # alias key (folded norms) -> [(entry, alias shapes, case-sensitive?)]
        self._index: dict[tuple[str, ...], list[tuple[ActorEntry, tuple[str, ...], bool]]] = {}
        # home country -> the index entries of the names that count only at home
        self._home_index: dict[str, dict[tuple[str, ...],
                                         list[tuple[ActorEntry, tuple[str, ...], bool]]]] = {}
        self._max_len = 1
        for e in entries:
            for alias, index in [(a, self._index) for a in e.aliases] + [
                    (a, self._home_index.setdefault(e.group_country or "", {}))
                    for a in e.home_aliases]:
                toks, _ = countries.fold(tokenize(alias))
                while toks and toks[0].norm in ("the",):
                    toks = toks[1:]
                if not toks:
                    continue
                key = tuple(t.norm for t in toks)
                cs = len(toks) == 1 and _case_sensitive(toks[0].shape)
                index.setdefault(key, []).append((e, tuple(t.shape for t in toks), cs))
                self._max_len = max(self._max_len, len(key))
        self._reset_views()
        # aliases two registered actors share ("ICC": the International Criminal Court and the
        # International Cricket Council), with each actor's longer names, for for_text
        self._shared: dict[tuple[str, ...], list[tuple[ActorEntry, tuple[str, ...]]]] = {}
        for key, cands in self._index.items():
            actors = {c[0].actor for c in cands}
            if len(actors) > 1:
                self._shared[key] = [(c[0], tuple(a.lower() for a in c[0].aliases if " " in a))
                                     for c in cands]

    def __len__(self) -> int:
        return len(self.entries)

    def _reset_views(self) -> None:
        # this registry's (or view's) own views, made once and shared by every article that
        # reads it the same way, so the matches and rules cached per view stay cached across
        # articles (a view made per article was a new object each time)
        self._alias_views: dict[str, ActorRegistry] = {}  # home -> its home-alias view
        self._home_views: dict[CountryTable, ActorRegistry] = {}  # at_home's, by table view

    def _view(self) -> ActorRegistry:
        """A shallow copy to change one part of, with no views of its own yet (a copy that
        kept this registry's view caches would hand out views of this one)."""
        view = copy.copy(self)
        view._reset_views()
        return view

    def for_text(self, text: str) -> ActorRegistry:
        """This registry as one article reads it: an alias two registered actors share names
        the one whose full name the article spells out ("ICC" after "the International
        Cricket Council" is not the court). Without such a name, or with both, nothing changes."""
        low = " ".join(text.lower().split())
        index = None
        for key, cands in self._shared.items():
            named = [e for e, longs in cands if any(lg in low for lg in longs)]
            if not named or len({e.actor for e in named}) == len({e.actor for e, _ in cands}):
                continue
            if index is None:
                index = dict(self._index)
            index[key] = [c for c in self._index[key] if c[0] in named]
        if index is None:
            return self
        view = self._view()
        view._index = index
        return view

    def with_home_aliases(self, home: str | None) -> ActorRegistry:
        """This registry as a story at home in ``home`` reads the names that count only there
        (an entry's ``home_aliases``): they take the place of the same name's other actors."""
        local = self._home_index.get(home or "")
        if not local:
            return self
        # (one view per home of this registry or view, so its matches stay cached across
        # articles)
        view = self._alias_views.get(home)  # type: ignore[arg-type]
        if view is None:
            view = self._view()
            view._index = {**self._index, **local}
            _keep_view(self._alias_views, home, view)
        return view

    def at_home(self, home: str | None, text: str) -> ActorRegistry:
        """This registry as an article datelined in ``home`` reads its city names (see
        :meth:`CountryTable.at_home`); the countries ``text`` names keep their cities."""
        if home is None or self.countries._moved_home(home) is None:
            return self  # (no city to move: the scan of the whole text would change nothing)
        # (only the moved cities' other countries count: a text that cannot name one needs
        # no scan, the tokens of a whole article being the costly part)
        named = {code for _, _, code, kind in self.countries.scan(tokenize(text))
                 if kind != "city"} if self.countries.may_name_moved(home, text) else set()
        countries = self.countries.at_home(home, named)
        if countries is self.countries:
            return self
        # (the table's views are one per home and named countries: so is this registry's)
        view = self._home_views.get(countries)
        if view is None:
            view = self._view()
            view.countries = countries
            _keep_view(self._home_views, countries, view)
        return view

    def without(self, aliases: Iterable[str]) -> ActorRegistry:
        """This registry without the given aliases: an article that spells an acronym out as
        another body ("the paramilitary Rapid Support Forces (RSF)") does not mean the
        registered one (Reporters Without Borders) by it."""
        keys = {tuple(t.norm for t in tokenize(a)) for a in aliases}
        if not keys & self._index.keys():
            return self
        view = self._view()
        view._index = {k: v for k, v in self._index.items() if k not in keys}
        return view

    def match(self, text: str) -> tuple[ActorEntry, tuple[int, int]] | None:
        """The best registered actor named in ``text`` and its token range in the folded text.

        ``state`` and ``collective`` entries count only when their alias is the whole mention
        (bar leading determiners), so "Iranian state media" is left to the rules.
        """
        return _match_cached(self, text)

    def lookup(self, mention_text: str) -> ActorRef | None:
        """The registered actor behind ``mention_text``, or None."""
        hit = self.match(mention_text)
        if hit is None:
            return None
        e = hit[0]
        return ActorRef(actor=e.actor, group=e.group, group_country=e.group_country,
                        group_type=e.group_type, anonymous=e.anonymous, source="registry")

    def _match(self, text: str) -> tuple[ActorEntry, tuple[int, int]] | None:
        toks, _ = self.countries.fold_text(text)
        start = 0
        while start < len(toks) and toks[start].norm in _LEADING_FILLERS:
            start += 1
        best: tuple[tuple[int, int, int], ActorEntry, tuple[int, int]] | None = None
        n_toks = len(toks)
        for i in range(n_toks):
            for n in range(min(self._max_len, n_toks - i), 0, -1):
                key = tuple(t.norm for t in toks[i:i + n])
                cands = self._index.get(key)
                if not cands:
                    continue
                for e, shapes, cs in cands:
                    if cs and toks[i].shape != shapes[0]:
                        continue
                    if e.group_country and any(
                            t.norm.startswith("#") and t.norm != "#" + e.group_country
                            and not (k + 1 < len(toks) and toks[k + 1].norm in _SEAT_OR_BACKER)
                            for k, t in enumerate(toks[:i])):
                        # "Pakistan's Foreign Office" is not the British one ("the
                        # Britain-based Syrian Observatory" is still the Syrian one)
                        continue
                    whole = i <= start and i + n == n_toks
                    if e.kind in ("state", "collective") and not whole:
                        continue
                    if ("of" in key or e.kind == "person") and i + n < n_toks \
                            and toks[i + n].shape[:1].isupper() \
                            and toks[i + n].norm not in _ROLE_AFTER_NAME:
                        # "Texas Department of State Health Services" is no State Department,
                        # "The Carter Center" no Ashton Carter
                        continue
                    if i > 0 and toks[i - 1].norm in _NOT_AFTER.get(key, ()):
                        continue  # "National Security Council" is a state's, not the UN's
                    if i + n + 1 < n_toks and toks[i + n].norm in _BACKER_PARTICIPLES:
                        continue  # "Sudan's army-backed government" is no army's voice
                    score = (n, _KIND_RANK[e.kind], -i)
                    if best is None or score > best[0]:
                        best = (score, e, (i, i + n))
        return (best[1], best[2]) if best else None


# "Dane County", "Lebanon Township": a U.S. county or township named after a people or a
# country is a place of its own, not that country (a Madison clerk was the Danish government)
_COUNTY_WORDS = frozenset({"county", "parish", "township", "borough"})


def _names_a_county(toks: list[Tok], end: int) -> bool:
    """The country word ending before ``toks[end]`` opens a capitalised county's name."""
    return end < len(toks) and toks[end].norm in _COUNTY_WORDS and toks[end].shape[:1].isupper()


# a body's name that only modifies what follows it ("the army-backed government", "a
# Kremlin-funded channel"): the mention is someone the body backs, not the body. Not "led",
# "run" or "appointed": a "NATO-led mission" or "UN-appointed envoy" is the body's own
_BACKER_PARTICIPLES = frozenset({"backed", "sponsored", "funded", "supported", "dominated",
                                 "brokered"})
# after a country word these say where a body sits or who backs it, not whose it is ("the
# Britain-based Syrian Observatory", "the Iran-backed Hezbollah")
_SEAT_OR_BACKER = _BACKER_PARTICIPLES | {"based", "aligned", "allied", "armed", "trained"}
# aliases that are only the tail of another body's name after these words: a state's
# "National Security Council" (the White House's, Turkey's, Pakistan's) is no UN organ
_NOT_AFTER: dict[tuple[str, ...], frozenset[str]] = {
    ("security", "council"): frozenset({"national", "supreme", "state"}),
}
# capitalised words that may stand before a city's name without joining it ("In Buffalo, ...")
_BEFORE_A_CITY = frozenset({"in", "at", "from", "of", "near", "the", "to", "and", "outside", "for",
                            "by", "on", "across", "around", "downtown", "central", "northern",
                            "southern", "eastern", "western", "greater"})
# capitalised role words that may follow a body's name without extending it ("Ministry of
# Defence Spokesman X")
_ROLE_AFTER_NAME = frozenset({"spokesman", "spokeswoman", "spokesperson", "secretary", "official",
                              "officials", "minister", "press", "chief", "head", "director"})


@lru_cache(maxsize=8192)
def _match_cached(reg: ActorRegistry, text: str) -> tuple[ActorEntry, tuple[int, int]] | None:
    return reg._match(text)


def _read_yaml(path: Path) -> dict:
    return read_mapping(path, RegistryError, "registry file", allow_empty=True)


def _str_list(path: Path, where: str, value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RegistryError(f"{path}: {where} must be a list of strings")
    return tuple(value)


def _load_countries(path: Path, world_path: Path | None = None) -> CountryTable:
    data = _read_yaml(path)
    rows = data.get("countries") or []
    if not isinstance(rows, list):
        raise RegistryError(f"{path}: 'countries' must be a list")
    out: list[Country] = []
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or not isinstance(row.get("code"), str) \
                or not re.fullmatch(r"[A-Z]{2}", row["code"]) or not isinstance(row.get("adjective"), str):
            raise RegistryError(f"{path}: countries[{i}] needs a 2-letter 'code' and an 'adjective'")
        out.append(Country(
            code=row["code"], adjective=row["adjective"],
            names=_str_list(path, f"countries[{i}].names", row.get("names")),
            demonyms=_str_list(path, f"countries[{i}].demonyms", row.get("demonyms")),
            cities=_str_list(path, f"countries[{i}].cities", row.get("cities")),
        ))
    if not out:
        warnings.warn(f"{path}: no countries loaded; rule-based placement will find no country",
                      stacklevel=3)
    world, namesakes = _load_world_cities(world_path) if world_path is not None else ({}, {})
    signs = data.get("currency_signs") or {}
    if not isinstance(signs, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and re.fullmatch(r"[A-Z]{2}", v)
            for k, v in signs.items()):
        raise RegistryError(f"{path}: 'currency_signs' must map signs to 2-letter country codes")
    regions, cues, seats, titles = (
        _lists_by_country(path, data, key)
        for key in ("dateline_regions", "home_cues", "expert_seats", "national_titles"))
    return CountryTable(out, _str_list(path, "hub_cities", data.get("hub_cities")),
                        _str_list(path, "capital_metonyms", data.get("capital_metonyms")), world,
                        namesakes, signs, regions, cues, seats, titles)


def _lists_by_country(path: Path, data: dict, key: str) -> dict[str, tuple[str, ...]]:
    """The file's ``key`` section, {2-letter country code: list of strings}, checked."""
    raw = data.get(key) or {}
    if not isinstance(raw, dict) or not all(
            isinstance(k, str) and re.fullmatch(r"[A-Z]{2}", k) for k in raw):
        raise RegistryError(f"{path}: '{key}' must map 2-letter country codes to lists")
    return {k: _str_list(path, f"{key}.{k}", v) for k, v in raw.items()}


def _load_world_cities(path: Path) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """({country code: city names}, {city name: other countries with a town of that name}) of
    the generated world table; a missing file is no table (the hand-made country table still
    works alone)."""
    if not path.exists():
        warnings.warn(f"{path}: no world city table; only countries.yaml places cities",
                      stacklevel=3)
        return {}, {}
    data = _read_yaml(path)
    out: dict[str, tuple[str, ...]] = {}
    others: dict[str, tuple[str, ...]] = {}
    for key, table in (("cities", out), ("namesakes", others)):
        rows = data.get(key) or {}
        if not isinstance(rows, dict):
            raise RegistryError(f"{path}: '{key}' must be a mapping")
        for name, values in rows.items():
            codes = values if key == "namesakes" else [name]
            if not all(isinstance(c, str) and re.fullmatch(r"[A-Z]{2}", c) for c in codes):
                raise RegistryError(f"{path}: {key}.{name}: {codes!r} are not 2-letter country codes")
            table[name] = _str_list(path, f"{key}.{name}", values)
    return out, others


def _load_actors(path: Path) -> tuple[list[ActorEntry], RuleWords, str]:
    data = _read_yaml(path)
    meta = data.get("meta") or {}
    if not isinstance(meta, dict):
        raise RegistryError(f"{path}: 'meta' must be a mapping")
    version = str(meta.get("version", "0"))
    rows = data.get("actors") or []
    if not isinstance(rows, list):
        raise RegistryError(f"{path}: 'actors' must be a list")
    entries: list[ActorEntry] = []
    for i, row in enumerate(rows):
        where = f"actors[{i}]"
        if not isinstance(row, dict):
            raise RegistryError(f"{path}: {where} must be a mapping")
        for key in ("actor", "group", "group_type"):
            if not isinstance(row.get(key), str) or not row[key]:
                raise RegistryError(f"{path}: {where} needs a non-empty '{key}'")
        if row["group_type"] not in GROUP_TYPES:
            raise RegistryError(f"{path}: {where} ({row['actor']}): group_type {row['group_type']!r} "
                                f"not one of {', '.join(GROUP_TYPES)}")
        kind = row.get("kind", "institution")
        if kind not in ACTOR_KINDS:
            raise RegistryError(f"{path}: {where} ({row['actor']}): kind {kind!r} not one of "
                                f"{', '.join(ACTOR_KINDS)}")
        gc = row.get("group_country")
        if gc is not None and not (isinstance(gc, str) and re.fullmatch(r"[A-Z]{2}", gc)):
            raise RegistryError(f"{path}: {where} ({row['actor']}): group_country must be ISO alpha-2")
        aliases = _str_list(path, f"{where}.aliases", row.get("aliases"))
        home_aliases = _str_list(path, f"{where}.home_aliases", row.get("home_aliases"))
        if home_aliases and gc is None:
            raise RegistryError(f"{path}: {where} ({row['actor']}): home_aliases need a group_country")
        entries.append(ActorEntry(
            actor=row["actor"], kind=kind, group=row["group"], group_country=gc,
            group_type=row["group_type"], anonymous=bool(row.get("anonymous", False)),
            aliases=(row["actor"], *aliases), home_aliases=home_aliases,
        ))
    rules = data.get("rules") or {}
    if not isinstance(rules, dict):
        raise RegistryError(f"{path}: 'rules' must be a mapping")
    words = {}
    for name in RuleWords.__dataclass_fields__:
        raw = _str_list(path, f"rules.{name}", rules.get(name))
        # also as the matcher normalises text ("gen." -> "gen"), so abbreviations match
        words[name] = frozenset({w.lower() for w in raw}
                                | {" ".join(t.norm for t in tokenize(w)) for w in raw} - {""})
    if not entries:
        warnings.warn(f"{path}: the actor registry is empty; every speaker will be placed by rule",
                      stacklevel=3)
    return entries, RuleWords(**words), version


def build_registry(actors_path: Path = ACTORS_PATH,
                   countries_path: Path = COUNTRIES_PATH,
                   world_cities_path: Path | None = WORLD_CITIES_PATH) -> ActorRegistry:
    """Read the registry files (uncached); raises :class:`RegistryError` naming a bad file.
    ``world_cities_path=None`` leaves the world city table out."""
    countries = _load_countries(Path(countries_path),
                                Path(world_cities_path) if world_cities_path else None)
    entries, rules, version = _load_actors(Path(actors_path))
    return ActorRegistry(entries, countries, rules, version)


@lru_cache(maxsize=4)
def load_registry(actors_path: Path | None = None,
                  countries_path: Path | None = None) -> ActorRegistry:
    """The actor registry, read once per process (per pair of paths)."""
    return build_registry(actors_path or ACTORS_PATH, countries_path or COUNTRIES_PATH)
