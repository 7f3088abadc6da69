"""The dashboard's access to the database: one data source per app, cached query results.

* Every number shown comes from ``analysis`` (compare, vocabulary, similarity, voices) or
  from the store's own queries; this module only chooses what to ask for and caches it.
* The cache key is ``(data version, function, selection)``. The data version changes after
  each import made from the dashboard and whenever the database file changes on disk, so a
  new article shows in every panel without a restart, and nothing is recomputed otherwise.
* Reads use one store connection per thread (DuckDB connections are not shared between
  threads); uploads take the write lock and run in a background job (app/jobs.py).

``BENCHMARK_CALLABLES`` lists the heavy callbacks' underlying functions, uncached, as
``(name, fn(store_or_path, selection))`` pairs, for benchmarks/run.py.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from corpus.models import CueRow, StatementRow

from .jobs import JobRunner

T = TypeVar("T")

MAX_UPLOAD_FILE_BYTES = 5 * 1024 * 1024
MAX_UPLOAD_TOTAL_BYTES = 20 * 1024 * 1024
MAX_UPLOAD_FILES = 50
MAX_PASTE_CHARS = 1_000_000
CACHE_ENTRIES = 256
POOL_SIZE = 4

COMPARE_BY: tuple[str, ...] = ("group", "actor", "outlet")


@dataclass(frozen=True)
class Selection:
    """What a view asks for; hashable, so it can key the cache.

    ``by``/``items``: the compared dimension and the compared names. The filters narrow the
    statements first (empty = no filter on that field).
    """

    by: str = "group"
    items: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    score: str | None = None  # only statements where this score is non-zero
    search: str | None = None  # a substring of the statement text
    ids: tuple[str, ...] = ()  # exact statement ids (from a vocabulary click)
    measure: str = "tfidf"  # similarity measure
    sort: tuple[tuple[str, str], ...] = ()  # (column, 'asc'|'desc')
    page: int = 0
    page_size: int = 25


class LRU:
    """A small thread-safe LRU map."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> tuple[bool, Any]:
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return True, self._data[key]
            return False, None

    def put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


class StorePool:
    """Open stores to borrow, one per concurrent request.

    Flask's threaded server runs each request in a new thread, so thread-local connections
    would pile up; a pool keeps as many as were ever needed at once. All are opened the same
    way (read-write, so that an upload can write), which DuckDB requires within one process.
    """

    def __init__(self, path: Path, size: int = POOL_SIZE) -> None:
        self.path = path
        self.size = size
        self._idle: list[Any] = []
        self._lock = threading.Lock()

    @contextmanager
    def borrow(self) -> Iterator[Any]:
        with self._lock:
            st = self._idle.pop() if self._idle else None
        if st is None:
            from corpus.store import Store

            st = Store.open(self.path)
        try:
            yield st
        except BaseException:
            # A failed query may leave the connection mid-transaction: do not reuse it.
            _close_quietly(st)
            raise
        with self._lock:
            if len(self._idle) < self.size:
                self._idle.append(st)
                st = None
        if st is not None:
            _close_quietly(st)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for st in idle:
            _close_quietly(st)


def _close_quietly(store: Any) -> None:
    with suppress(Exception):  # closing a broken connection must not hide the first error
        store.close()


class DataSource:
    """The database behind one dashboard: its stores, cache, data version and jobs."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.write_lock = threading.Lock()
        self.cache = LRU(CACHE_ENTRIES)
        self.pool = StorePool(self.path)
        self.jobs = JobRunner(self.write_lock)
        self._bump = 0

    def version(self) -> tuple:
        """Changes whenever the data may have changed: our own imports bump a counter, and
        the file's size and mtime catch a write from outside (``framelens import`` while no
        dashboard request held the file)."""
        stamp: list = [self._bump]
        for p in (self.path, Path(str(self.path) + ".wal")):
            try:
                st = os.stat(p)
                stamp.append((st.st_size, st.st_mtime_ns))
            except OSError:
                stamp.append(None)
        return tuple(stamp)

    def bump(self) -> None:
        """Called after an import: every cached answer is stale."""
        self._bump += 1
        self.cache.clear()

    @contextmanager
    def store(self) -> Iterator[Any]:
        with self.pool.borrow() as st:
            yield st

    def cached(self, name: str, selection: Hashable, fn: Callable[[Any], T]) -> T:
        """``fn(store)``, remembered under (data version, name, selection)."""
        key = (self.version(), name, selection)
        hit, value = self.cache.get(key)
        if hit:
            return value
        with self.store() as st:
            value = fn(st)
        self.cache.put(key, value)
        return value


_CURRENT: DataSource | None = None


def configure(db_path: str | Path) -> DataSource:
    global _CURRENT
    _CURRENT = DataSource(Path(db_path))
    return _CURRENT


def current() -> DataSource:
    if _CURRENT is None:
        raise RuntimeError("the dashboard has no database: call app.create_app(db_path)")
    return _CURRENT


# --- statements: filtered, sorted, paged in DuckDB ----------------------------------------

# Score columns the table shows, in order; booleans are shown as yes/no.
TABLE_SCORES: tuple[str, ...] = (
    "sentiment", "hedging", "boosting", "denial", "accusation", "verb_stance",
    "scare_quotes", "sarcasm",
)
FLAG_COLUMNS: tuple[str, ...] = ("hedged", "anonymous_source")
# Sortable columns -> SQL expression (a whitelist: sort keys come from the browser).
SORTABLE: dict[str, str] = {
    "outlet": "a.outlet",
    "speaker": "coalesce(s.speaker_resolved, s.speaker_text)",
    "group": 's."group"',
    "actor": "s.actor",
    "kind": "s.kind",
    "statement": "s.statement",
    "published": "a.published",
    **{c: f"s.{c}" for c in TABLE_SCORES},
    **{c: f"s.{c}" for c in FLAG_COLUMNS},
}
FILTER_SCORES: tuple[str, ...] = TABLE_SCORES + FLAG_COLUMNS


def where_clause(sel: Selection) -> tuple[str, list]:
    """SQL conditions (on ``statements s JOIN articles a``) and their parameters."""
    clauses: list[str] = []
    params: list = []

    def among(expr: str, values: tuple[str, ...]) -> None:
        if values:
            clauses.append(f"{expr} IN ({', '.join('?' for _ in values)})")
            params.extend(values)

    among(f"coalesce(a.outlet, '{MISSING}')", sel.outlets)
    among('s."group"', sel.groups)
    among("s.actor", sel.actors)
    among("s.kind", sel.kinds)
    among("s.id", sel.ids)
    if sel.score in FLAG_COLUMNS:
        clauses.append(f"s.{sel.score}")
    elif sel.score in TABLE_SCORES:
        clauses.append(f"s.{sel.score} <> 0")
    if sel.search:
        clauses.append("s.statement ILIKE ? ESCAPE '\\'")
        escaped = sel.search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{escaped}%")
    return (" AND ".join(clauses) or "TRUE"), params


def order_clause(sel: Selection) -> str:
    parts = [
        f"{SORTABLE[col]} {'DESC' if direction == 'desc' else 'ASC'} NULLS LAST"
        for col, direction in sel.sort
        if col in SORTABLE
    ]
    # A stable tie-break, so paging never shows a row twice or skips one.
    parts.append("s.article_id, s.start, s.\"end\"")
    return ", ".join(parts)


@dataclass(frozen=True)
class StatementsPage:
    rows: tuple[dict, ...]
    total: int
    page: int
    page_count: int


def statements_page(store: Any, sel: Selection) -> StatementsPage:
    where, params = where_clause(sel)
    base = f"FROM statements s JOIN articles a ON a.id = s.article_id WHERE {where}"
    total = store.con.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    size = max(1, sel.page_size)
    page_count = max(1, -(-total // size))
    page = min(max(0, sel.page), page_count - 1)
    cols = ", ".join(f"s.{c}" for c in TABLE_SCORES + FLAG_COLUMNS)
    cur = store.con.execute(
        f"""SELECT s.id, a.outlet, coalesce(s.speaker_resolved, s.speaker_text) AS speaker,
                   s.actor, s."group", s.kind, s.statement, {cols}
            {base} ORDER BY {order_clause(sel)} LIMIT ? OFFSET ?""",
        [*params, size, page * size],
    )
    names = [d[0] for d in cur.description]
    rows = tuple(dict(zip(names, r, strict=True)) for r in cur.fetchall())
    return StatementsPage(rows=rows, total=total, page=page, page_count=page_count)


# --- facets: the names a view can pick from -------------------------------------------------


@dataclass(frozen=True)
class Facets:
    """Names of outlets, groups and actors (most statements first) with statement counts."""

    n_articles: int
    n_statements: int
    outlets: tuple[str, ...]
    groups: tuple[str, ...]
    actors: tuple[str, ...]
    outlet_counts: dict[str, int]
    group_counts: dict[str, int]
    actor_counts: dict[str, int]

    def names(self, by: str) -> tuple[str, ...]:
        return {"group": self.groups, "actor": self.actors, "outlet": self.outlets}[by]

    def counts(self, by: str) -> dict[str, int]:
        return {"group": self.group_counts, "actor": self.actor_counts,
                "outlet": self.outlet_counts}[by]


def _facets(store: Any) -> Facets:
    con = store.con
    n_articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]

    def grouped(expr: str) -> list[tuple[str, int]]:
        return con.execute(
            f"""SELECT coalesce({expr}, '{MISSING}') AS k, count(*) AS n
                FROM statements s JOIN articles a ON a.id = s.article_id
                GROUP BY k ORDER BY n DESC, k"""
        ).fetchall()

    outlets, groups, actors = grouped("a.outlet"), grouped('s."group"'), grouped("s.actor")
    return Facets(
        n_articles=n_articles,
        n_statements=sum(n for _, n in groups),
        outlets=tuple(k for k, _ in outlets),
        groups=tuple(k for k, _ in groups),
        actors=tuple(k for k, _ in actors),
        outlet_counts=dict(outlets),
        group_counts=dict(groups),
        actor_counts=dict(actors),
    )


MISSING = "(none)"  # same label as analysis.compare.MISSING_KEY for a NULL outlet


def facets(src: DataSource) -> Facets:
    return src.cached("facets", None, _facets)


def statements(src: DataSource, sel: Selection) -> StatementsPage:
    return src.cached("statements", sel, lambda st: statements_page(st, sel))


# --- one statement in its article -----------------------------------------------------------


@dataclass(frozen=True)
class StatementDetail:
    """A stored statement with the article it comes from (texts exactly as stored)."""

    row: StatementRow
    article_text: str
    title: str | None
    outlet: str | None
    url: str | None
    published: Any
    country: str | None
    source_name: str | None


def _detail(store: Any, statement_id: str) -> StatementDetail | None:
    fields = [f for f in StatementRow.__dataclass_fields__ if f != "cues"]
    cols = ", ".join(f's."{f}"' for f in fields)
    cur = store.con.execute(
        f"""SELECT {cols}, s.cues, a.text, a.title, a.outlet, a.url, a.published, a.country,
                   a.source_name
            FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.id = ?""",
        [statement_id],
    )
    found = cur.fetchone()
    if found is None:
        return None
    values = dict(zip(fields, found[: len(fields)], strict=True))
    cues = tuple(
        CueRow(score=c["score"], text=c["text"], start=c["start"], end=c["end"],
               weight=c["weight"] if c["weight"] is not None else 1.0)
        for c in (found[len(fields)] or ())
    )
    text, title, outlet, url, published, country, source = found[len(fields) + 1:]
    return StatementDetail(
        row=StatementRow(**values, cues=cues), article_text=text, title=title, outlet=outlet,
        url=url, published=published, country=country, source_name=source,
    )


def statement_detail(src: DataSource, statement_id: str) -> StatementDetail | None:
    return src.cached("detail", statement_id, lambda st: _detail(st, statement_id))


def colours(src: DataSource, by: str) -> dict[str, str]:
    """A colour per name of ``by``, the same in every chart (names in alphabetical order,
    so a name keeps its colour whatever is selected)."""
    from .figures import color_map

    names = facets(src).names(by)
    return color_map(sorted(names, key=str.casefold))


# --- export ---------------------------------------------------------------------------------

EXPORT_FORMATS: tuple[str, ...] = ("csv", "json", "parquet")


# --- overview -------------------------------------------------------------------------------


def counts(src: DataSource) -> Any:
    """Articles, outlets, statements, groups (``corpus.store.StoreCounts``)."""
    return src.cached("counts", None, lambda st: st.counts())


@dataclass(frozen=True)
class Timeline:
    days: tuple[Any, ...]
    counts: tuple[int, ...]
    undated: int


def _timeline(store: Any) -> Timeline:
    rows = store.con.execute(
        """SELECT CAST(published AS DATE) AS day, count(*) FROM articles
           WHERE published IS NOT NULL GROUP BY day ORDER BY day"""
    ).fetchall()
    undated = store.con.execute(
        "SELECT count(*) FROM articles WHERE published IS NULL").fetchone()[0]
    return Timeline(tuple(r[0] for r in rows), tuple(r[1] for r in rows), undated)


def timeline(src: DataSource) -> Timeline:
    return src.cached("timeline", None, _timeline)
