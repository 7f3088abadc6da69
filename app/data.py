"""The dashboard's access to the database: one data source per app, cached query results.

* Every number shown comes from ``analysis`` (compare, compare_db, vocabulary, similarity,
  voices) or from the store's own queries (counts, the filtered and paged statement list);
  this module only chooses what to ask for and caches it. Filtering and counting happen in
  DuckDB, never in Python loops.
* The cache key is ``(data version, function, selection)``. The data version changes after
  each import made from the dashboard and whenever the database file changes on disk, so a
  new article shows in every panel without a restart, and nothing is recomputed otherwise.
* Reads borrow a store from a small pool (a DuckDB connection serves one thread at a time);
  uploads take the write lock and run in a background job (app/uploads.py, app/jobs.py).

``BENCHMARK_CALLABLES`` lists the heavy callbacks' underlying functions, uncached, as
``(name, fn(store_or_path, selection))`` pairs, for benchmarks/run.py.
"""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from corpus.models import CueRow, StatementRow

from .jobs import JobRunner

T = TypeVar("T")

CACHE_ENTRIES = 256
POOL_SIZE = 4
# Seconds an unused connection is kept before the file is let go for other processes.
IDLE_SECONDS = 3.0

COMPARE_BY: tuple[str, ...] = ("group", "actor", "outlet")
MISSING = "(none)"  # the label analysis.compare gives a missing outlet (MISSING_KEY)


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
    day: str | None = None  # articles published that day (YYYY-MM-DD)
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

    def __init__(self, path: Path, size: int = POOL_SIZE, idle_seconds: float = IDLE_SECONDS) -> None:
        self.path = path
        self.size = size
        self.idle_seconds = idle_seconds
        self._idle: list[tuple[float, Any]] = []  # (returned at, store)
        self._lock = threading.Lock()
        self._open_lock = threading.Lock()
        self._reaper: threading.Thread | None = None
        self._stopped = threading.Event()

    def _start_reaper(self) -> None:
        # DuckDB lets one process hold the file: an idle dashboard must let go of it so that
        # `framelens import` from a terminal can write (it waits for the lock meanwhile).
        if self._reaper is None:
            self._reaper = threading.Thread(target=self._reap, name="store-reaper", daemon=True)
            self._reaper.start()

    def _reap(self) -> None:
        while not self._stopped.wait(min(1.0, self.idle_seconds / 2)):
            cutoff = time.monotonic() - self.idle_seconds
            with self._lock:
                old = [st for t, st in self._idle if t < cutoff]
                self._idle = [(t, st) for t, st in self._idle if t >= cutoff]
            for st in old:
                _close_quietly(st)

    def idle_count(self) -> int:
        with self._lock:
            return len(self._idle)

    def open(self) -> Any:
        """A new store on the file. One at a time: the first open creates the schema, and a
        second one opened meanwhile fails with a write-write conflict."""
        from corpus.store import Store

        with self._open_lock:
            return Store.open(self.path)

    @contextmanager
    def borrow(self) -> Iterator[Any]:
        with self._lock:
            st = self._idle.pop()[1] if self._idle else None
        if st is None:
            st = self.open()
        else:
            settle(st)
        try:
            yield st
        except BaseException:
            # A failed query may leave the connection mid-transaction: do not reuse it.
            _close_quietly(st)
            raise
        with self._lock:
            if len(self._idle) < self.size:
                self._idle.append((time.monotonic(), st))
                st = None
        if st is not None:
            _close_quietly(st)
        self._start_reaper()

    def close(self) -> None:
        self._stopped.set()
        with self._lock:
            idle, self._idle = self._idle, []
        for _, st in idle:
            _close_quietly(st)


def settle(store: Any) -> None:
    """A query read with fetchone() (``Store.counts`` does) leaves its result pending, and
    DuckDB then refuses the next relational query (``con.sql``) on that connection."""
    store.con.execute("SELECT 1").fetchall()


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
        self.index: tuple[tuple, Any] | None = None  # (data version, term index)
        self.index_lock = threading.Lock()
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
        """Called after an import: every cached answer is stale; warm the new ones."""
        self._bump += 1
        self.cache.clear()
        warm_in_background(self)

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
    if _CURRENT is not None:
        _CURRENT.pool.close()
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


# Column expressions for the two places a selection filters: the dashboard's own join
# (``statements s JOIN articles a``) and the store's export query (output column names).
JOINED = {"outlet": "a.outlet", "group": 's."group"', "actor": "s.actor", "kind": "s.kind",
          "published": "a.published",
          "id": "s.id", "statement": "s.statement", "prefix": "s."}
EXPORTED = {"outlet": "outlet", "group": '"group"', "actor": "actor", "kind": "kind",
            "published": "published",
            "id": """concat(article_id, ':', start, ':', "end")""", "statement": "statement",
            "prefix": ""}
BY_COLUMN = {"group": "group", "actor": "actor", "outlet": "outlet"}


def where_clause(sel: Selection, cols: dict[str, str] = JOINED, *,
                 with_items: bool = False) -> tuple[str, list]:
    """SQL conditions for the selection's filters and their parameters. With ``with_items``
    the compared names (``sel.items`` of ``sel.by``) are a filter too."""
    clauses: list[str] = []
    params: list = []
    missing = f"'{MISSING}'"

    def among(field_: str, values: tuple[str, ...]) -> None:
        if values:
            expr = cols[field_]
            if field_ == "outlet":
                expr = f"coalesce({expr}, {missing})"
            clauses.append(f"{expr} IN (SELECT unnest(?::VARCHAR[]))")
            params.append(list(values))

    among("outlet", sel.outlets)
    among("group", sel.groups)
    among("actor", sel.actors)
    among("kind", sel.kinds)
    if sel.day:
        clauses.append(f"CAST({cols['published']} AS DATE) = TRY_CAST(? AS DATE)")
        params.append(sel.day)
    among("id", sel.ids)
    if with_items:
        among(BY_COLUMN[sel.by], sel.items)
    prefix = cols["prefix"]
    if sel.score in FLAG_COLUMNS:
        clauses.append(f"{prefix}{sel.score}")
    elif sel.score in TABLE_SCORES:
        clauses.append(f"{prefix}{sel.score} <> 0")
    if sel.search:
        clauses.append(f"{cols['statement']} ILIKE ? ESCAPE '\\'")
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
    total = store.con.execute(f"SELECT count(*) {base}", params).fetchall()[0][0]
    size = max(1, sel.page_size)
    page_count = max(1, -(-total // size))
    page = min(max(0, sel.page), page_count - 1)
    cols = ", ".join([*(f"s.{c}" for c in TABLE_SCORES),
                      *(f"CASE WHEN s.{c} THEN 'yes' ELSE 'no' END AS {c}"
                        for c in FLAG_COLUMNS)])
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
    n_articles = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]

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
    rows = cur.fetchall()
    if not rows:
        return None
    found = rows[0]
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


SIDE_BY_SIDE_DEFAULT = 2
VOCABULARY_DEFAULT = 3


def default_items(fac: Facets, by: str, n: int) -> tuple[str, ...]:
    """The names a page compares before the user picks: the largest known ones."""
    return tuple(name for name in fac.names(by) if name != "unknown")[:n]


def colours(src: DataSource, by: str) -> dict[str, str]:
    """A colour per name of ``by``, the same in every chart (names in alphabetical order,
    so a name keeps its colour whatever is selected)."""
    from .figures import color_map

    names = facets(src).names(by)
    return color_map(sorted(names, key=str.casefold))


# --- overview -------------------------------------------------------------------------------


def counts(src: DataSource) -> Any:
    """Articles, outlets, statements, groups (``corpus.store.StoreCounts``)."""
    def read(st: Any) -> Any:
        found = st.counts()
        settle(st)
        return found

    return src.cached("counts", None, read)


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
        "SELECT count(*) FROM articles WHERE published IS NULL").fetchall()[0][0]
    return Timeline(tuple(r[0] for r in rows), tuple(r[1] for r in rows), undated)


def timeline(src: DataSource) -> Timeline:
    return src.cached("timeline", None, _timeline)

# --- side by side: profiles and differences (analysis.compare) ------------------------------

CORRECTIONS: tuple[str, ...] = ("bh", "holm")


def score_tables(store: Any, sel: Selection, measures: tuple[str, ...] | None = None) -> Any:
    """analysis.compare.ScoreTables of the compared names that have statements in the
    selection, counted by DuckDB (analysis.compare_db)."""
    from analysis import compare, compare_db

    if sel.by not in COMPARE_BY:
        raise ValueError(f"cannot compare by {sel.by!r}; choose one of {', '.join(COMPARE_BY)}")
    # The compared names are one more filter; those without statements simply do not come
    # back (no separate query for which are present).
    where, params = where_clause(sel, EXPORTED, with_items=True)
    tables = compare_db.score_tables_from_db(
        store, sel.by, where=where, params=params, measures=measures or compare.MEASURES)
    if not sel.items:
        return tables
    return tables.select([n for n in dict.fromkeys(sel.items) if n in tables.groups])


def _present(store: Any, sel: Selection) -> list[str]:
    """Names of ``sel.by`` with at least one statement in the selection's filters."""
    where, params = where_clause(sel, JOINED)
    expr = {"group": 's."group"', "actor": "s.actor", "outlet": "a.outlet"}[sel.by]
    rows = store.con.execute(
        f"""SELECT DISTINCT coalesce({expr}, '{MISSING}') FROM statements s
            JOIN articles a ON a.id = s.article_id WHERE {where}""", params).fetchall()
    return [r[0] for r in rows]


def _comparison(store: Any, sel: Selection, correction: str) -> Any:
    from analysis import compare

    tables = score_tables(store, sel)
    if not tables.groups:
        return None
    pairs = None if len(tables.groups) >= 2 else []
    return compare.compare_groups(tables, pairs=pairs, correction=correction)


def comparison(src: DataSource, sel: Selection, correction: str = "bh") -> Any:
    """Profiles and pairwise differences of ``sel.items`` (analysis.compare.Comparison), or
    None when none of them has a statement."""
    if correction not in CORRECTIONS:
        correction = "bh"
    return src.cached("comparison", (sel, correction),
                      lambda st: _comparison(st, sel, correction))


# --- vocabulary (analysis.vocabulary) -------------------------------------------------------

VOCAB_TOP = 15


def term_index(src: DataSource) -> Any:
    """Which words each statement uses (analysis.vocabulary.TermIndex), built once per data
    version: every vocabulary and TF-IDF view then counts its selection in milliseconds."""
    from analysis import compare_db

    # Kept apart from the LRU: it is the one expensive entry (a fifth of a second at 100,000
    # statements), and a burst of small queries must not evict it.
    version = src.version()
    with src.index_lock:
        if src.index is not None and src.index[0] == version:
            return src.index[1]
        with src.store() as st:
            index = compare_db.index_terms_from_db(st)
        src.index = (version, index)
        return index


def _term_counts(store: Any, index: Any, sel: Selection, groups: list[str] | None) -> Any:
    from analysis import compare_db

    where, params = where_clause(sel, EXPORTED)
    return compare_db.term_counts_from_db(store, index, sel.by, where=where, params=params,
                                          groups=groups)


def _vocabulary(store: Any, index: Any, sel: Selection) -> tuple[Any, ...]:
    from analysis import vocabulary

    present = set(_present(store, sel))
    order = [n for n in sel.items if n in present]
    if not order:
        return ()
    counts = _term_counts(store, index, sel, order)
    return vocabulary.distinctive_terms(counts, top=VOCAB_TOP)


def vocabulary(src: DataSource, sel: Selection) -> tuple[Any, ...]:
    """Distinctive terms of each compared name against the rest of the selection
    (analysis.vocabulary.GroupVocabulary, with the ids of the statements using each term)."""
    if sel.by not in COMPARE_BY:
        raise ValueError(f"cannot compare by {sel.by!r}")
    index = term_index(src)
    return src.cached("vocabulary", sel, lambda st: _vocabulary(st, index, sel))


# --- voices: who each outlet quotes -----------------------------------------------------------


@dataclass(frozen=True)
class Voices:
    """analysis.voices.VoicesTable (shares per outlet and group, anonymous share,
    diversity) with each outlet's anonymous share as a profile with its Wilson interval."""

    table: Any
    anonymous: dict[str, Any]  # outlet -> analysis.compare.ScoreSummary


def _voices(store: Any, sel: Selection) -> Voices:
    from analysis import compare, compare_db

    where, params = where_clause(sel, EXPORTED)
    table = compare_db.voices_from_db(store, "outlet", where=where, params=params)
    tables = score_tables(store, Selection(by="outlet", outlets=sel.outlets,
                                           groups=sel.groups),
                          measures=("anonymous_source",))
    profiles = compare.profile_groups(tables)
    return Voices(table=table,
                  anonymous={p.group: p.score("anonymous_source") for p in profiles})


def voices(src: DataSource, sel: Selection | None = None) -> Voices:
    sel = sel or Selection()
    return src.cached("voices", sel, lambda st: _voices(st, sel))


# --- similarity matrices (analysis.similarity) ------------------------------------------------

SIMILARITY_MEASURES: dict[str, str] = {
    "tfidf": "Words (TF-IDF cosine)",
    "profile": "Framing scores",
    "stance": "Reporting-verb stance",
    "cues": "Framing cues",
}
SIMILARITY_BY: tuple[str, ...] = ("outlet", "group")
MAX_SIMILARITY_NAMES = 30


def _similarity(store: Any, index: Any, sel: Selection, measure: str) -> Any:
    from analysis import compare_db, similarity

    where, params = where_clause(sel, EXPORTED)
    if measure == "tfidf":
        return similarity.tfidf_similarity(_term_counts(store, index, sel, list(sel.items)))
    if measure == "profile":
        return similarity.profile_similarity(score_tables(store, sel))
    counts = compare_db.category_counts_from_db(store, sel.by, measure, where=where,
                                                params=params, groups=list(sel.items))
    return similarity.distribution_similarity(counts)


def similarity(src: DataSource, by: str, measure: str) -> Any:
    """analysis.similarity.SimilarityMatrix of the ``MAX_SIMILARITY_NAMES`` outlets or groups
    with the most statements."""
    if measure not in SIMILARITY_MEASURES:
        raise ValueError(f"unknown similarity measure {measure!r}; choose one of "
                         f"{', '.join(SIMILARITY_MEASURES)}")
    if by not in SIMILARITY_BY:
        raise ValueError(f"similarity compares {' or '.join(SIMILARITY_BY)}, not {by!r}")
    names = facets(src).names(by)[:MAX_SIMILARITY_NAMES]
    sel = Selection(by=by, items=tuple(names))
    index = term_index(src) if measure == "tfidf" else None
    return src.cached("similarity", (sel, measure),
                      lambda st: _similarity(st, index, sel, measure))


# --- warming the cache -------------------------------------------------------------------------


def warm(src: DataSource) -> None:
    """Compute what each page shows first, so the first visit after start-up or an import
    is answered from the cache. Errors are left for the page to report."""
    fac = facets(src)
    if fac.n_statements == 0:
        return
    steps: list[Callable[[], Any]] = [
        lambda: counts(src), lambda: timeline(src), lambda: voices(src),
        lambda: statements(src, Selection(page_size=25)),
        lambda: comparison(src, Selection(by="group", items=default_items(
            fac, "group", SIDE_BY_SIDE_DEFAULT))),
        lambda: vocabulary(src, Selection(by="group", items=default_items(
            fac, "group", VOCABULARY_DEFAULT))),
        lambda: similarity(src, "outlet", "tfidf"),
    ]
    for step in steps:
        with suppress(Exception):
            step()


def _warm_quietly(src: DataSource) -> None:
    with suppress(Exception):  # a broken database is reported by the pages themselves
        warm(src)


def warm_in_background(src: DataSource) -> threading.Thread:
    thread = threading.Thread(target=_warm_quietly, args=(src,), name="framelens-warm",
                              daemon=True)
    thread.start()
    return thread


# --- benchmark hooks ----------------------------------------------------------------------------


@contextmanager
def _as_store(store_or_path: Any) -> Iterator[Any]:
    if hasattr(store_or_path, "con"):
        yield store_or_path
        return
    from corpus.store import Store

    with Store.open(store_or_path) as st:
        yield st


_BENCH_INDEX: dict[tuple, Any] = {}


def _bench_index(st: Any) -> Any:
    """The term index, built on first use per database state (as the app caches it)."""
    from analysis import compare_db

    key = (str(st.path), st.counts())
    settle(st)
    if key not in _BENCH_INDEX:
        _BENCH_INDEX.clear()
        _BENCH_INDEX[key] = compare_db.index_terms_from_db(st)
    return _BENCH_INDEX[key]


def default_selection(store_or_path: Any) -> Selection:
    """What the dashboard shows first: the three largest known speaker groups compared."""
    with _as_store(store_or_path) as st:
        names = [n for n in _facets(st).groups if n != "unknown"][:3]
    return Selection(by="group", items=tuple(names), sort=(("denial", "desc"),))


def _bench(fn: Callable[[Any, Selection], Any]) -> Callable[[Any, Selection], Any]:
    def run(store_or_path: Any, selection: Selection) -> Any:
        with _as_store(store_or_path) as st:
            return fn(st, selection)

    run.__name__ = getattr(fn, "__name__", "bench")
    return run


def _bench_detail(st: Any, sel: Selection) -> Any:
    first = statements_page(st, sel)
    return _detail(st, first.rows[0]["id"]) if first.rows else None


def _bench_term_index(st: Any, sel: Selection) -> Any:
    from analysis import compare_db

    return compare_db.index_terms_from_db(st)


def _bench_similarity(measure: str) -> Callable[[Any, Selection], Any]:
    def run(st: Any, sel: Selection) -> Any:
        names = _facets(st).names(sel.by if sel.by in SIMILARITY_BY else "outlet")
        scoped = Selection(by=sel.by if sel.by in SIMILARITY_BY else "outlet",
                           items=tuple(names[:MAX_SIMILARITY_NAMES]))
        index = _bench_index(st) if measure == "tfidf" else None
        return _similarity(st, index, scoped, measure)

    return run


BENCHMARK_CALLABLES: list[tuple[str, Callable[[Any, Selection], Any]]] = [
    ("overview", _bench(lambda st, sel: (st.counts(), _timeline(st), _facets(st)))),
    ("statements_page", _bench(statements_page)),
    ("statement_detail", _bench(_bench_detail)),
    ("comparison", _bench(lambda st, sel: _comparison(st, sel, "bh"))),
    ("vocabulary", _bench(lambda st, sel: _vocabulary(st, _bench_index(st), sel))),
    ("voices", _bench(_voices)),
    ("similarity_tfidf", _bench(_bench_similarity("tfidf"))),
    ("similarity_profile", _bench(_bench_similarity("profile"))),
    ("term_index", _bench(_bench_term_index)),
]
"""The heavy callbacks' work, uncached: ``(name, fn(store_or_path, selection))``. Pass an
open ``corpus.store.Store`` to time the queries alone (a path opens and closes one per call).
``vocabulary`` and ``similarity_tfidf`` build the term index on their first call for a
database state and reuse it after, as the dashboard does; build cost is in ``term_index``."""
