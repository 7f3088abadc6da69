"""Versioned lexicons of framing cues, loaded once from ``analysis/data/<name>.yaml``.

Every lexicon file has the same shape (see ``analysis/data/README.md`` for each list)::

    meta:
      name: hedges
      version: "1.0.0"
      source: "where the list came from"
      licence: "its licence"
      description: "what it marks"
    entries:
      - id: hedge.epistemic_may        # stable id, kept by every CueHit as ``rule``
        pattern: may                    # one or more lower-case words, space separated
        weight: 1.0
        source: "Hyland 2005: epistemic modal"   # or ``note:``; one of them is required
        rule: epistemic_modal           # optional context condition (analysis/scoring/rules/)
        match: any                      # any (form or lemma, default) | form | lemma
        label: distancing               # optional, for graded lexicons (verb stance)

A pattern word matches a token whose lower-cased form or lemma equals it (``match: any``),
so ``deny`` covers "denied" and "denies"; ``match: form`` restricts to the written form when
a lemma would over-reach. Matching runs over spaCy tokens of one span through an index keyed
by the first pattern word, so a lookup costs a dict access per token.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml
from spacy.tokens import Token

from analysis.datafile import parse_yaml

DATA_DIR = Path(__file__).parent / "data"

LEXICON_NAMES: tuple[str, ...] = (
    "hedges",
    "boosters",
    "denial",
    "accusation",
    "verb_stance",
    "irony",
)
"""The framing lexicons this module serves; :func:`rules_version` combines their versions."""

_META_KEYS = ("name", "version", "source", "licence", "description")
_MATCH_MODES = ("any", "form", "lemma")


class LexiconError(ValueError):
    """A lexicon file is missing or malformed; the message names the file."""


@dataclass(frozen=True)
class LexiconEntry:
    """One cue of a lexicon: a word or phrase with its weight and provenance."""

    id: str
    pattern: str
    weight: float
    source: str
    rule: str | None = None
    match: str = "any"
    label: str | None = None
    # The pattern's words, split once: matching reads them for every candidate token.
    words: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", tuple(self.pattern.split()))


@dataclass(frozen=True)
class LexiconMatch:
    """An entry matched on tokens ``[start, end)`` (token indices into the doc)."""

    entry: LexiconEntry
    start: int
    end: int


@dataclass(frozen=True)
class Lexicon:
    """A loaded lexicon: its metadata, its entries and an index for matching tokens."""

    name: str
    version: str
    source: str
    licence: str
    description: str
    path: Path
    entries: tuple[LexiconEntry, ...]
    _index: MappingProxyType = field(
        repr=False, compare=False, default_factory=lambda: MappingProxyType({})
    )
    _first: frozenset[str] = field(init=False, repr=False, compare=False)
    _derived: dict[str, Any] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_first", frozenset(self._index))
        object.__setattr__(self, "_derived", {})

    def derived(self, key: str, build: Callable[[Lexicon], Any]) -> Any:
        """A view of the entries that rules read on every statement (e.g. the single-word
        denial verbs), built by ``build`` once per loaded lexicon and kept with it."""
        try:
            return self._derived[key]
        except KeyError:
            value = self._derived[key] = build(self)
            return value

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> LexiconEntry:
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        raise KeyError(f"{entry_id!r} is not an entry of lexicon {self.name!r} ({self.path})")

    def first_words(self) -> frozenset[str]:
        """Every first pattern word, for a cheap pre-check before matching."""
        return self._first

    def match_keys(self, keys: Sequence[tuple[str, str]], i: int, stop: int) -> Iterator[LexiconMatch]:
        """:meth:`match_at` over precomputed token keys instead of spaCy tokens.

        ``keys[k]`` is the (folded lower-case form, folded lower-case lemma) of token ``k``
        (see :func:`token_keys`); the matches and their order are those of :meth:`match_at`.
        """
        form, lemma = keys[i]
        for key in (form,) if form == lemma else (form, lemma):
            for entry in self._index.get(key, ()):
                words = entry.words
                n = len(words)
                if i + n > stop:
                    continue
                mode = entry.match
                for k in range(n):
                    f, lm = keys[i + k]
                    w = words[k]
                    if not (f == w if mode == "form" else lm == w if mode == "lemma"
                            else f == w or lm == w):
                        break
                else:
                    yield LexiconMatch(entry, i, i + n)

    def match_at(self, tokens: Sequence[Token], i: int, end: int | None = None) -> Iterator[LexiconMatch]:
        """Entries whose pattern starts at ``tokens[i]`` and ends before ``end``.

        ``tokens`` is a Doc or a sequence of its tokens; indices are positions in it.
        Longer patterns come first so a caller can keep the longest match.
        """
        stop = len(tokens) if end is None else end
        tok = tokens[i]
        seen: set[str] = set()
        for key in (fold(tok.lower_), fold(tok.lemma_.lower())):
            if key in seen:
                continue
            seen.add(key)
            for entry in self._index.get(key, ()):
                n = len(entry.words)
                if i + n > stop:
                    continue
                if all(_word_matches(tokens[i + k], w, entry.match) for k, w in enumerate(entry.words)):
                    yield LexiconMatch(entry, i, i + n)

    def find(self, tokens: Sequence[Token], start: int = 0, end: int | None = None) -> list[LexiconMatch]:
        """Non-overlapping matches in ``tokens[start:end]``, longest first at each position."""
        stop = len(tokens) if end is None else end
        out: list[LexiconMatch] = []
        i = start
        while i < stop:
            best = None
            for m in self.match_at(tokens, i, stop):
                if best is None or m.end > best.end:
                    best = m
            if best is None:
                i += 1
            else:
                out.append(best)
                i = best.end
        return out


def token_keys(tok: Token) -> tuple[str, str]:
    """(folded lower-case form, folded lower-case lemma): what a pattern word is compared to."""
    return fold(tok.lower_), fold(tok.lemma_.lower())


def _word_matches(tok: Token, word: str, mode: str) -> bool:
    if mode == "form":
        return fold(tok.lower_) == word
    if mode == "lemma":
        return fold(tok.lemma_.lower()) == word
    return fold(tok.lower_) == word or fold(tok.lemma_.lower()) == word


def fold(s: str) -> str:
    # Curly apostrophes ("n’t", "’s") must match the straight ones written in the data files.
    return s.replace("’", "'") if "’" in s else s


def _fail(path: Path, what: str) -> LexiconError:
    return LexiconError(f"lexicon file {path}: {what}")


def _parse(path: Path, name: str) -> Lexicon:
    try:
        raw = parse_yaml(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LexiconError(
            f"lexicon file {path} is missing (lexicon {name!r}; known: {', '.join(LEXICON_NAMES)})"
        ) from None
    except yaml.YAMLError as exc:
        raise _fail(path, f"is not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise _fail(path, "must be a mapping with 'meta' and 'entries'")
    meta = raw.get("meta")
    if not isinstance(meta, dict):
        raise _fail(path, "has no 'meta:' block")
    missing = [k for k in _META_KEYS if not str(meta.get(k) or "").strip()]
    if missing:
        raise _fail(path, f"meta lacks {', '.join(missing)}")
    if str(meta["name"]) != name:
        raise _fail(path, f"meta.name is {meta['name']!r}, expected {name!r}")
    items = raw.get("entries")
    if items is None:
        items = []
    if not isinstance(items, list):
        raise _fail(path, "'entries' must be a list")
    entries: list[LexiconEntry] = []
    ids: set[str] = set()
    for n, item in enumerate(items):
        entries.append(_entry(path, n, item, ids))
    if not entries:
        warnings.warn(f"lexicon {name!r} ({path}) has no entries; its score will always be 0",
                      UserWarning, stacklevel=3)
    index: dict[str, list[LexiconEntry]] = {}
    for entry in entries:
        index.setdefault(entry.words[0], []).append(entry)
    frozen = {k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in index.items()}
    return Lexicon(
        name=name, version=str(meta["version"]), source=str(meta["source"]),
        licence=str(meta["licence"]), description=str(meta["description"]).strip(),
        path=path, entries=tuple(entries), _index=MappingProxyType(frozen),
    )


def _entry(path: Path, n: int, item: Any, ids: set[str]) -> LexiconEntry:
    if not isinstance(item, dict):
        raise _fail(path, f"entry #{n + 1} is not a mapping")
    where = f"entry #{n + 1} ({item.get('id', 'no id')})"
    entry_id = str(item.get("id") or "").strip()
    if not entry_id:
        raise _fail(path, f"{where} has no id")
    if entry_id in ids:
        raise _fail(path, f"{where}: duplicate id")
    ids.add(entry_id)
    if not isinstance(item.get("pattern"), str):
        raise _fail(path, f"{where}: pattern must be a string (quote words YAML reads as "
                          f"booleans or numbers, e.g. \"false\")")
    pattern = " ".join(str(item.get("pattern") or "").lower().replace("’", "'").split())
    if not pattern:
        raise _fail(path, f"{where} has no pattern")
    try:
        weight = float(item.get("weight", 1.0))
    except (TypeError, ValueError):
        raise _fail(path, f"{where}: weight {item.get('weight')!r} is not a number") from None
    source = str(item.get("source") or item.get("note") or "").strip()
    if not source:
        raise _fail(path, f"{where} has no source/note saying where it came from")
    match = str(item.get("match") or "any")
    if match not in _MATCH_MODES:
        raise _fail(path, f"{where}: match {match!r} is not one of {', '.join(_MATCH_MODES)}")
    rule = item.get("rule")
    label = item.get("label")
    return LexiconEntry(
        id=entry_id, pattern=pattern, weight=weight, source=source,
        rule=str(rule) if rule else None, match=match, label=str(label) if label else None,
    )


def read_lexicon(path: Path) -> Lexicon:
    """Read one lexicon file without caching (its ``meta.name`` must equal the file stem)."""
    return _parse(Path(path), Path(path).stem)


@cache
def load_lexicon(name: str) -> Lexicon:
    """Load and cache ``analysis/data/<name>.yaml``.

    Raises :class:`LexiconError` naming the file when it is missing or malformed; warns
    (``UserWarning``) when it has no entries.
    """
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise LexiconError(f"invalid lexicon name {name!r}; known: {', '.join(LEXICON_NAMES)}")
    return _parse(DATA_DIR / f"{name}.yaml", name)


def rules_version() -> str:
    """All framing lexicon versions in one string, e.g. ``hedges=1.0.0;boosters=1.0.0;...``.

    The pipeline stores it with each analysis run, so a score can be traced to the lists
    that produced it.
    """
    return ";".join(f"{name}={load_lexicon(name).version}" for name in LEXICON_NAMES)
