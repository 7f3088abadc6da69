"""The DuckDB store: schema, migrations, the one-transaction import writer, and queries.

One database file holds everything (see docs/design.md, "Storage"). Guarantees:

* An import is one transaction: articles, statements and the ``imports`` row are committed
  together or not at all, so a crash or a kill leaves the file as it was before the import.
* DuckDB lets one process write a file at a time. :meth:`Store.open` retries the file lock for
  ``wait`` seconds and then raises :class:`StoreBusyError` with a message that says what to do.
* ``articles.text`` is stored exactly as read; comparisons use the derived ``norm_text``.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from operator import attrgetter
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from corpus import dedupe
from corpus.models import Article, ArticleDraft, ArticleSummary, StatementRow

SCHEMA_VERSION = 1
DB_ENV = "FRAMELENS_DB"
_WORD_RE = re.compile(r"\w+(?:['\u2019-]\w+)*")


class StoreError(Exception):
    """A database problem, described in one line for the user."""


class StoreBusyError(StoreError):
    """Another process holds the database's write lock."""


def default_db_path() -> Path:
    """``$FRAMELENS_DB``, else ``<user data dir>/framelens/framelens.duckdb``."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("framelens")) / "framelens.duckdb"


# --------------------------------------------------------------------------- schema

_CUE_TYPE = 'STRUCT(score VARCHAR, text VARCHAR, start INTEGER, "end" INTEGER, weight DOUBLE)[]'

_V1 = f"""
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE SEQUENCE articles_id_seq START 1;
CREATE TABLE articles (
    id INTEGER PRIMARY KEY DEFAULT nextval('articles_id_seq'),
    content_hash VARCHAR NOT NULL UNIQUE,
    text VARCHAR NOT NULL,
    norm_text VARCHAR NOT NULL,
    title VARCHAR,
    outlet VARCHAR,
    url VARCHAR,
    published TIMESTAMP,
    country VARCHAR,
    byline VARCHAR,
    language VARCHAR,
    source_name VARCHAR,
    source_format VARCHAR NOT NULL,
    encoding VARCHAR NOT NULL,
    raw VARCHAR,
    near_duplicate_of INTEGER,
    near_duplicate_similarity DOUBLE,
    minhash UBIGINT[],
    import_id INTEGER,
    imported_at TIMESTAMP NOT NULL,
    word_count INTEGER NOT NULL
);
CREATE INDEX articles_outlet_idx ON articles (outlet);
CREATE SEQUENCE imports_id_seq START 1;
CREATE TABLE imports (
    id INTEGER PRIMARY KEY DEFAULT nextval('imports_id_seq'),
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    n_imported INTEGER NOT NULL DEFAULT 0,
    n_duplicates INTEGER NOT NULL DEFAULT 0,
    n_rejected INTEGER NOT NULL DEFAULT 0,
    sources VARCHAR
);
CREATE TABLE statements (
    id VARCHAR PRIMARY KEY,
    article_id INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    statement VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    verb VARCHAR,
    verb_start INTEGER,
    verb_end INTEGER,
    speaker_text VARCHAR,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_resolved VARCHAR,
    actor VARCHAR NOT NULL,
    "group" VARCHAR NOT NULL,
    group_country VARCHAR,
    group_type VARCHAR NOT NULL,
    anonymous_source BOOLEAN NOT NULL,
    sentence VARCHAR NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    method VARCHAR NOT NULL,
    parent_start INTEGER,
    parent_end INTEGER,
    sentiment DOUBLE NOT NULL,
    hedging DOUBLE NOT NULL,
    boosting DOUBLE NOT NULL,
    denial DOUBLE NOT NULL,
    accusation DOUBLE NOT NULL,
    verb_stance DOUBLE NOT NULL,
    scare_quotes DOUBLE NOT NULL,
    sarcasm DOUBLE NOT NULL,
    hedged BOOLEAN NOT NULL,
    verb_stance_label VARCHAR,
    denial_target VARCHAR,
    accusation_target VARCHAR,
    cues {_CUE_TYPE}
);
CREATE INDEX statements_article_idx ON statements (article_id);
CREATE INDEX statements_group_idx ON statements ("group");
CREATE SEQUENCE analysis_runs_id_seq START 1;
CREATE TABLE analysis_runs (
    id INTEGER PRIMARY KEY DEFAULT nextval('analysis_runs_id_seq'),
    ran_at TIMESTAMP NOT NULL,
    rules_version VARCHAR NOT NULL,
    n_articles INTEGER NOT NULL,
    n_statements INTEGER NOT NULL
);
"""
# No FOREIGN KEY from statements to articles: DuckDB refuses updates of referenced rows, and
# the writer keeps the link itself (add_statements checks that every article exists).


def _migrate_0_to_1(con: duckdb.DuckDBPyConnection) -> None:
    for statement in _V1.split(";"):
        if statement.strip():
            con.execute(statement)
    con.execute("INSERT INTO meta VALUES ('schema_version', '0')")


Migration = Callable[[duckdb.DuckDBPyConnection], None]
MIGRATIONS: list[Migration] = [_migrate_0_to_1]
"""``MIGRATIONS[v]`` upgrades a version-``v`` file to ``v + 1``; version 0 is an empty file.
Append a step (and bump :data:`SCHEMA_VERSION`) for every schema change."""

# Export column order of docs/design.md; then the remaining StatementRow fields for callers
# that ask for everything (the dashboard's detail view).
EXPORT_COLUMNS: tuple[str, ...] = (
    "source", "article_id", "outlet", "statement", "start", "end", "kind", "verb", "sentence",
    "speaker_text", "actor", "group", "group_country", "group_type", "anonymous_source",
    "speaker_resolved", "title", "country", "published", "sentiment", "hedging", "boosting",
    "denial", "accusation", "verb_stance", "scare_quotes", "sarcasm", "hedged",
    "verb_stance_label", "denial_target", "accusation_target", "cues",
)  # fmt: skip
EXTRA_COLUMNS: tuple[str, ...] = (
    "id", "verb_start", "verb_end", "speaker_start", "speaker_end", "sentence_start",
    "sentence_end", "method", "parent_start", "parent_end",
)  # fmt: skip
_ARTICLE_SOURCED = {"source": "a.source_name", "outlet": "a.outlet", "title": "a.title",
                    "country": "a.country", "published": "a.published"}  # fmt: skip

CUE_ARROW_TYPE = pa.list_(
    pa.struct(
        [
            ("score", pa.string()),
            ("text", pa.string()),
            ("start", pa.int32()),
            ("end", pa.int32()),
            ("weight", pa.float64()),
        ]
    )
)
_ARROW_TYPES: dict[str, pa.DataType] = {"int": pa.int32(), "str": pa.string(),
                                        "bool": pa.bool_(), "float": pa.float64()}  # fmt: skip
STATEMENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(StatementRow))


def _statement_schema() -> pa.Schema:
    columns = [pa.field("id", pa.string(), nullable=False)]
    for f in fields(StatementRow):
        if f.name == "cues":
            columns.append(pa.field("cues", CUE_ARROW_TYPE))
        else:
            base = str(f.type).split("|")[0].strip()
            columns.append(pa.field(f.name, _ARROW_TYPES[base]))
    return pa.schema(columns)


STATEMENT_ARROW_SCHEMA = _statement_schema()


def _q(name: str) -> str:
    return f'"{name}"'


_ARTICLE_SELECT = (
    "id, content_hash, text, title, outlet, url, published, country, byline, source_name, "
    "source_format, encoding, imported_at, word_count, near_duplicate_of, "
    "near_duplicate_similarity"
)


@dataclass(frozen=True)
class StoreCounts:
    articles: int
    outlets: int
    statements: int
    groups: int


@dataclass(frozen=True)
class AddResult:
    """What :meth:`ImportWriter.add_article` did: stored (``article_id``), or skipped as an
    exact duplicate of ``duplicate_of``; a stored near-duplicate names its original."""

    article_id: int | None
    duplicate_of: int | None = None
    near_duplicate_of: int | None = None
    similarity: float | None = None


# --------------------------------------------------------------------------- store


class Store:
    """An open FrameLens database. Use :meth:`open`, and close it (or use ``with``)."""

    def __init__(self, path: Path, con: duckdb.DuckDBPyConnection, read_only: bool) -> None:
        self.path = path
        self.con = con
        self.read_only = read_only
        self._in_transaction = False
        self._writer: ImportWriter | None = None

    # ---- opening

    @classmethod
    def open(
        cls, path: str | Path | None = None, *, read_only: bool = False, wait: float = 10.0
    ) -> Store:
        """Open (and create or migrate) the database at ``path`` (default
        :func:`default_db_path`). ``read_only`` is for queries, e.g. the dashboard."""
        target = path if path is not None else default_db_path()
        from corpus.parquet_store import ParquetStore, is_parquet_folder  # here: it imports us

        if is_parquet_folder(target):  # Parquet parts written by `import --engine dask`
            return ParquetStore.open_folder(target)
        db = Path(target).expanduser()
        if read_only and not db.exists():
            raise StoreError(
                f"no FrameLens database at {db}; import articles first (framelens import ...)"
            )
        if not read_only:
            try:
                db.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the folder {db.parent}: {exc.strerror}") from None
        con = _connect(db, read_only=read_only, wait=wait)
        store = cls(db, con, read_only)
        try:
            version = store.schema_version()
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{db} was written by a newer FrameLens (schema version {version}; this "
                    f"version reads up to {SCHEMA_VERSION}); upgrade FrameLens to open it"
                )
            if version < SCHEMA_VERSION:
                if read_only:
                    # Migrate once with a short write connection, then read as asked.
                    store.close()
                    cls.open(db, read_only=False, wait=wait).close()
                    return cls.open(db, read_only=True, wait=wait)
                store._migrate(version)
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        con, self.con = self.con, None  # type: ignore[assignment]
        if con is not None:
            con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> int:
        """0 for an empty file; refuses files that hold other tables but no FrameLens schema."""
        tables = {
            row[0]
            for row in self.con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
            ).fetchall()
        }
        if "meta" not in tables:
            if tables:
                shown = ", ".join(sorted(tables)[:5])
                raise StoreError(
                    f"{self.path} is a DuckDB file but not a FrameLens database (tables: {shown})"
                )
            return 0
        row = _first(self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'"))
        if row is None:
            raise StoreError(f"{self.path} has no schema version; it is not a FrameLens database")
        return int(row[0])

    def _migrate(self, version: int) -> None:
        self.con.execute("BEGIN TRANSACTION")
        try:
            for step in range(version, SCHEMA_VERSION):
                MIGRATIONS[step](self.con)
                self.con.execute(
                    "UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(step + 1)]
                )
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(
                f"upgrading {self.path} from schema version {version} failed, file unchanged: "
                f"{_one_line(exc)}"
            ) from None
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    # ---- transactions

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """Own transaction, or join the writer's when one is open."""
        self._require_writable()
        if self._in_transaction:
            yield
            return
        self.con.execute("BEGIN TRANSACTION")
        self._in_transaction = True
        try:
            yield
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self._rollback()
            raise StoreError(f"database write failed, nothing changed: {_one_line(exc)}") from None
        except BaseException:
            self._rollback()
            raise
        finally:
            self._in_transaction = False

    def _rollback(self) -> None:
        # the transaction may already be aborted by the failing statement
        with suppress(duckdb.Error):
            self.con.execute("ROLLBACK")

    def _require_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")

    @contextmanager
    def writer(self, *, sources: str = "") -> Iterator[ImportWriter]:
        """One import as ONE transaction: committed on a clean exit, rolled back on any
        exception (Ctrl+C included). Records an ``imports`` row."""
        self._require_writable()
        if self._in_transaction:
            raise StoreError("an import is already running on this connection")
        self.con.execute("BEGIN TRANSACTION")
        self._in_transaction = True
        try:
            started = _now()
            import_id = self.con.execute(
                "INSERT INTO imports (started_at, sources) VALUES (?, ?) RETURNING id",
                [started, sources],
            ).fetchall()[0][0]
            writer = ImportWriter(self, import_id, started)
            self._writer = writer
            yield writer
            writer.flush()
            self.con.execute(
                "UPDATE imports SET finished_at = ?, n_imported = ?, n_duplicates = ?, "
                "n_rejected = ? WHERE id = ?",
                [_now(), writer.n_imported, writer.n_duplicates, writer.n_rejected, import_id],
            )
            try:
                self.con.execute("COMMIT")
            except duckdb.Error as exc:
                raise StoreError(
                    f"saving the import failed, nothing stored: {_one_line(exc)}"
                ) from None
        except duckdb.Error as exc:
            self._rollback()
            raise StoreError(f"import failed, nothing stored: {_one_line(exc)}") from None
        except BaseException:
            self._rollback()
            raise
        finally:
            self._in_transaction = False
            self._writer = None

    def _sync(self) -> None:
        """Write the open import's buffered articles, so that queries see them."""
        if self._writer is not None:
            self._writer.flush()

    # ---- articles

    def list_articles(self) -> list[ArticleSummary]:
        self._sync()
        rows = self.con.execute(
            "SELECT a.id, a.title, a.outlet, a.country, a.published, a.source_name, "
            "coalesce(c.n, 0), a.word_count, a.near_duplicate_of FROM articles a "
            "LEFT JOIN (SELECT article_id, count(*) AS n FROM statements GROUP BY article_id) c "
            "ON c.article_id = a.id ORDER BY a.id"
        ).fetchall()
        return [ArticleSummary(*row) for row in rows]

    def get_article(self, article_id: int) -> Article | None:
        self._sync()
        row = _first(
            self.con.execute(f"SELECT {_ARTICLE_SELECT} FROM articles WHERE id = ?", [article_id])
        )
        return Article(*row) if row else None

    def iter_articles(
        self, ids: Sequence[int] | None = None, batch_size: int = 256
    ) -> Iterator[Article]:
        """Articles in id order, fetched ``batch_size`` at a time (never all texts at once)."""
        self._sync()
        if ids is not None:
            wanted = sorted(set(ids))
            for i in range(0, len(wanted), batch_size):
                rows = self.con.execute(
                    f"SELECT {_ARTICLE_SELECT} FROM articles "
                    "WHERE id IN (SELECT unnest(?::INTEGER[])) ORDER BY id",
                    [wanted[i : i + batch_size]],
                ).fetchall()
                yield from (Article(*row) for row in rows)
            return
        last = -1
        while True:
            rows = self.con.execute(
                f"SELECT {_ARTICLE_SELECT} FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                [last, batch_size],
            ).fetchall()
            if not rows:
                return
            yield from (Article(*row) for row in rows)
            last = rows[-1][0]

    def remove_article(self, article_id: int) -> bool:
        """Remove an article and its statements; False if there is no such article.
        Articles flagged as its near-duplicates lose the flag (their text is unaffected)."""
        self._sync()
        with self._transaction():
            found = self.con.execute(
                "SELECT count(*) FROM articles WHERE id = ?", [article_id]
            ).fetchall()[0][0]
            if not found:
                return False
            self.con.execute("DELETE FROM statements WHERE article_id = ?", [article_id])
            self.con.execute(
                "UPDATE articles SET near_duplicate_of = NULL, near_duplicate_similarity = NULL "
                "WHERE near_duplicate_of = ?",
                [article_id],
            )
            self.con.execute("DELETE FROM articles WHERE id = ?", [article_id])
            if self._writer is not None:
                self._writer.forget(article_id)
            return True

    # ---- statements

    def replace_statements(self, article_id: int, rows: Sequence[StatementRow]) -> None:
        """Swap an article's statements for ``rows`` (re-analysis), atomically."""
        stray = {row.article_id for row in rows} - {article_id}
        if stray:
            raise StoreError(
                f"statements for article {article_id} name other articles: {sorted(stray)}"
            )
        with self._transaction():
            self.con.execute("DELETE FROM statements WHERE article_id = ?", [article_id])
            self._insert_statements(rows)

    def replace_statement_table(self, table: pa.Table, article_ids: Sequence[int]) -> None:
        """Swap the statements of ``article_ids`` for ``table`` (re-analysis of a batch, as
        built by :func:`statements_to_arrow`), atomically."""
        stray = _table_article_ids(table) - set(article_ids)
        if stray:
            raise StoreError(f"statements name articles outside the batch: {sorted(stray)[:5]}")
        with self._transaction():
            self.con.execute(
                "DELETE FROM statements WHERE article_id IN (SELECT unnest(?::INTEGER[]))",
                [list(article_ids)],
            )
            self._insert_statement_table(table)

    def _insert_statements(self, rows: Sequence[StatementRow]) -> None:
        if rows:
            self._insert_statement_table(statements_to_arrow(rows))

    def _insert_statement_table(self, table: pa.Table) -> None:
        if not table.num_rows:
            return
        if not table.schema.equals(STATEMENT_ARROW_SCHEMA):
            raise StoreError("statement table does not have the stored schema")
        wanted = _table_article_ids(table)
        if self._writer is not None:
            missing = self._writer.unknown_articles(wanted)
        else:
            found = self.con.execute(
                "SELECT id FROM articles WHERE id IN (SELECT unnest(?::INTEGER[]))", [list(wanted)]
            ).fetchall()
            missing = wanted - {r[0] for r in found}
        if missing:
            ids = ", ".join(str(i) for i in sorted(missing)[:5])
            raise StoreError(f"statements refer to articles that are not stored: {ids}")
        name = f"_framelens_new_statements_{id(table)}"
        self.con.register(name, table)
        try:
            self.con.execute(f"INSERT INTO statements BY NAME SELECT * FROM {name}")
        except duckdb.ConstraintException as exc:
            raise StoreError(f"a statement was stored twice: {_one_line(exc)}") from None
        finally:
            with suppress(duckdb.Error):  # fails in an aborted transaction
                self.con.unregister(name)

    def _statements_query(self, where: str, full: bool) -> str:
        columns = EXPORT_COLUMNS + (EXTRA_COLUMNS if full else ())
        select = ", ".join(
            f"{_ARTICLE_SOURCED[c]} AS {_q(c)}" if c in _ARTICLE_SOURCED else f"s.{_q(c)}"
            for c in columns
        )
        query = f"SELECT {select} FROM statements s JOIN articles a ON a.id = s.article_id"
        if where.strip():
            query = f"SELECT * FROM ({query}) WHERE {where}"
        return f'{query} ORDER BY article_id, start, "end"'

    def statements_arrow(
        self, where: str = "", params: Sequence[Any] = (), *, full: bool = False
    ) -> pa.Table:
        """Statements joined with their article, in export column order.

        ``where`` is a trusted SQL condition over the output column names (e.g.
        ``'"group" = ? AND outlet = ?'``) with ``?`` bound from ``params``; ``full`` appends
        ``id`` and the remaining StatementRow fields (offsets, method, parent span).
        """
        self._sync()
        query = self._statements_query(where, full)
        try:
            return self.con.sql(query, params=list(params)).to_arrow_table()
        except duckdb.Error as exc:
            raise StoreError(f"statement query failed: {_one_line(exc)}") from None

    def statements_reader(
        self,
        where: str = "",
        params: Sequence[Any] = (),
        *,
        full: bool = False,
        batch_size: int = 10_000,
    ) -> pa.RecordBatchReader:
        """Like :meth:`statements_arrow` but streamed; drain it before the next query."""  # fmt: skip
        self._sync()
        query = self._statements_query(where, full)
        try:
            return self.con.sql(query, params=list(params)).to_arrow_reader(batch_size)
        except duckdb.Error as exc:
            raise StoreError(f"statement query failed: {_one_line(exc)}") from None

    def counts(self) -> StoreCounts:
        self._sync()
        a, o = self.con.execute("SELECT count(*), count(DISTINCT outlet) FROM articles").fetchall()[
            0
        ]
        s, g = self.con.execute(
            'SELECT count(*), count(DISTINCT "group") FROM statements'
        ).fetchall()[0]
        return StoreCounts(articles=a, outlets=o, statements=s, groups=g)

    def record_analysis_run(self, rules_version: str, n_articles: int, n_statements: int) -> None:
        with self._transaction():
            self.con.execute(
                "INSERT INTO analysis_runs (ran_at, rules_version, n_articles, n_statements) "
                "VALUES (?, ?, ?, ?)",
                [_now(), rules_version, n_articles, n_statements],
            )


class ImportWriter:
    """Adds articles and statements inside the transaction opened by :meth:`Store.writer`.

    Articles are buffered and inserted in Arrow batches (one INSERT per batch instead of per
    article); the buffer is written before any statement is added, before any query of the
    store, and before the commit, so nothing ever observes it half-written.
    """

    FLUSH_ARTICLES = 256
    FLUSH_BYTES = 32_000_000

    def __init__(self, store: Store, import_id: int, started: datetime) -> None:
        self.store = store
        self.import_id = import_id
        self.started = started
        self.n_imported = 0
        self.n_duplicates = 0
        self.n_near_duplicates = 0
        self.n_rejected = 0
        self._pending: list[dict[str, Any]] = []
        self._pending_bytes = 0
        self._pending_norm: dict[int, str] = {}
        self._last_id: int | None = None
        # Built on first use from the stored articles (inside this transaction, so they
        # cannot change underneath): hash prefix -> id, and the near-duplicate LSH index.
        self._known: dict[int, int] | None = None
        self._ids: set[int] | None = None
        self._near: dedupe.NearDuplicateIndex | None = None

    def add_article(self, draft: ArticleDraft) -> AddResult:
        """Store one article, unless its normalised text is already stored (in an earlier
        import or earlier in this one): then nothing is stored and ``duplicate_of`` says which
        article it repeats."""
        if not isinstance(draft.text, str) or not draft.text.strip():
            raise StoreError(f"{draft.origin}: no text to store")
        norm = dedupe.normalise(draft.text)
        digest = dedupe.content_hash(norm)
        existing = self._duplicate_of(digest)
        if existing is not None:
            self.n_duplicates += 1
            return AddResult(article_id=None, duplicate_of=existing)
        shingles = dedupe.shingles(norm)
        signature = dedupe.minhash(shingles)
        index = self._near_index()
        near = dedupe.find_near_duplicate(index, signature, shingles, self._norm_texts)
        article_id = self._next_id()
        self._pending.append(
            {
                "id": article_id, "content_hash": digest, "text": draft.text, "norm_text": norm,
                "title": draft.title, "outlet": draft.outlet, "url": draft.url,
                "published": draft.published, "country": draft.country, "byline": draft.byline,
                "language": draft.language, "source_name": draft.source_name,
                "source_format": draft.source_format, "encoding": draft.encoding,
                "raw": draft.raw, "near_duplicate_of": near.article_id if near else None,
                "near_duplicate_similarity": near.similarity if near else None,
                "minhash": signature, "import_id": self.import_id,
                "imported_at": self.started, "word_count": count_words(draft.text),
            }
        )  # fmt: skip
        self._pending_norm[article_id] = norm
        self._pending_bytes += 2 * len(draft.text) + len(draft.raw or "")
        self._known[_hash_key(digest)] = article_id  # type: ignore[index]
        self._ids.add(article_id)  # type: ignore[union-attr]
        index.add(article_id, signature)
        self.n_imported += 1
        if len(self._pending) >= self.FLUSH_ARTICLES or self._pending_bytes >= self.FLUSH_BYTES:
            self.flush()
        if near is None:
            return AddResult(article_id=article_id)
        self.n_near_duplicates += 1
        return AddResult(article_id, near_duplicate_of=near.article_id, similarity=near.similarity)

    def add_statements(self, rows: Sequence[StatementRow]) -> None:
        """Bulk insert (one Arrow table per call; thousands of rows are fine). Every row must
        belong to an article stored before or added in this import."""
        self.store._insert_statements(rows)

    def add_statement_table(self, table: pa.Table) -> None:
        """:meth:`add_statements` for rows already in an Arrow table of
        :data:`STATEMENT_ARROW_SCHEMA` (built by :func:`statements_to_arrow`, e.g. in a worker
        process), so the writer does no per-row work."""
        self.store._insert_statement_table(table)

    def flush(self) -> None:
        """Insert the buffered articles now."""
        if not self._pending:
            return
        con = self.store.con
        ids = [row["id"] for row in self._pending]
        taken = sorted(
            r[0]
            for r in con.execute(
                "SELECT nextval('articles_id_seq') FROM range(?)", [len(ids)]
            ).fetchall()
        )
        if taken != ids:
            raise StoreError(
                "another connection added articles during this import; nothing stored, retry"
            )
        table = _articles_to_arrow(self._pending)
        name = f"_framelens_new_articles_{id(table)}"
        con.register(name, table)
        try:
            con.execute(f"INSERT INTO articles BY NAME SELECT * FROM {name}")
        finally:
            with suppress(duckdb.Error):  # fails in an aborted transaction
                con.unregister(name)
        self._pending = []
        self._pending_norm = {}
        self._pending_bytes = 0

    # ---- lookups

    def unknown_articles(self, ids: set[int]) -> set[int]:
        """Those of ``ids`` that are neither stored nor added in this import."""
        self._load_known()
        return ids - self._ids  # type: ignore[operator]

    def forget(self, article_id: int) -> None:
        """An article was removed during this import."""
        if self._ids is not None:
            self._ids.discard(article_id)

    def _load_known(self) -> None:
        if self._known is None:
            rows = self.store.con.execute("SELECT id, content_hash FROM articles").fetchall()
            self._known = {_hash_key(h): i for i, h in rows}
            self._ids = {i for i, _ in rows}

    def _duplicate_of(self, digest: str) -> int | None:
        self._load_known()
        candidate = self._known.get(_hash_key(digest))
        if candidate is None:
            return None
        for row in self._pending:
            if row["id"] == candidate:
                return candidate if row["content_hash"] == digest else None
        # confirm: the key is only 64 bits of the hash, and the article may have been removed
        found = _first(
            self.store.con.execute("SELECT id FROM articles WHERE content_hash = ?", [digest])
        )
        return found[0] if found else None

    def _near_index(self) -> dedupe.NearDuplicateIndex:
        if self._near is None:
            table = self.store.con.sql(
                "SELECT id, minhash FROM articles WHERE len(minhash) = ?",
                params=[dedupe.NUM_PERM],
            ).to_arrow_table()
            ids = _column_numpy(table.column("id").chunks, np.int32)
            values = _column_numpy((c.flatten() for c in table.column("minhash").chunks), np.uint64)
            self._near = dedupe.NearDuplicateIndex(ids, values.reshape(-1, dedupe.NUM_PERM))
        return self._near

    def _norm_texts(self, ids: Iterable[int]) -> dict[int, str]:
        wanted = list(ids)
        found = {i: self._pending_norm[i] for i in wanted if i in self._pending_norm}
        rest = [i for i in wanted if i not in found]
        if rest:
            rows = self.store.con.execute(
                "SELECT id, norm_text FROM articles WHERE id IN (SELECT unnest(?::INTEGER[]))",
                [rest],
            ).fetchall()
            found.update(rows)
        return found

    def _next_id(self) -> int:
        # Ids are assigned here, ahead of the buffered INSERT, and the sequence is advanced
        # by exactly as many at each flush, so ids stay consecutive across imports.
        if self._last_id is None:
            row = _first(
                self.store.con.execute(
                    "SELECT coalesce(last_value, start_value - 1) FROM duckdb_sequences() "
                    "WHERE sequence_name = 'articles_id_seq'"
                )
            )
            self._last_id = int(row[0]) if row else 0
        self._last_id += 1
        return self._last_id


# --------------------------------------------------------------------------- helpers


def count_words(text: str) -> int:
    return len(_WORD_RE.findall(text))


def _hash_key(digest: str) -> int:
    return int(digest[:15], 16)


_ARTICLE_ARROW_SCHEMA = pa.schema(
    [
        ("id", pa.int32()), ("content_hash", pa.string()), ("text", pa.string()),
        ("norm_text", pa.string()), ("title", pa.string()), ("outlet", pa.string()),
        ("url", pa.string()), ("published", pa.timestamp("us")), ("country", pa.string()),
        ("byline", pa.string()), ("language", pa.string()), ("source_name", pa.string()),
        ("source_format", pa.string()), ("encoding", pa.string()), ("raw", pa.string()),
        ("near_duplicate_of", pa.int32()), ("near_duplicate_similarity", pa.float64()),
        ("minhash", pa.list_(pa.uint64())), ("import_id", pa.int32()),
        ("imported_at", pa.timestamp("us")), ("word_count", pa.int32()),
    ]
)  # fmt: skip


def _articles_to_arrow(rows: list[dict[str, Any]]) -> pa.Table:
    columns = {}
    for f in _ARTICLE_ARROW_SCHEMA:
        if f.name == "minhash":
            flat = np.concatenate([row["minhash"] for row in rows])
            offsets = np.arange(0, len(flat) + 1, dedupe.NUM_PERM, dtype=np.int32)
            columns[f.name] = pa.ListArray.from_arrays(pa.array(offsets), pa.array(flat))
        else:
            columns[f.name] = pa.array([row[f.name] for row in rows], f.type)
    return pa.Table.from_pydict(columns, schema=_ARTICLE_ARROW_SCHEMA)


_PLAIN_STATEMENT_COLUMNS: tuple[str, ...] = tuple(
    f.name for f in STATEMENT_ARROW_SCHEMA if f.name not in ("id", "cues")
)
_PLAIN_VALUES = attrgetter(*_PLAIN_STATEMENT_COLUMNS)
_CUE_VALUES = attrgetter(*(f.name for f in CUE_ARROW_TYPE.value_type))


def statements_to_arrow(rows: Sequence[StatementRow]) -> pa.Table:
    """StatementRows as an Arrow table with the stored column types (cues as list<struct>)."""
    # One C-level transpose (attrgetter + zip) instead of a getattr per row and column.
    n_plain = len(_PLAIN_STATEMENT_COLUMNS)
    values = list(zip(*map(_PLAIN_VALUES, rows), strict=True)) if rows else [()] * n_plain
    columns: dict[str, pa.Array] = {
        "id": pa.array([f"{r.article_id}:{r.start}:{r.end}" for r in rows], pa.string()),
    }
    for name, column in zip(_PLAIN_STATEMENT_COLUMNS, values, strict=True):
        columns[name] = pa.array(column, STATEMENT_ARROW_SCHEMA.field(name).type)
    offsets = np.zeros(len(rows) + 1, dtype=np.int32)
    np.cumsum([len(row.cues) for row in rows], out=offsets[1:])
    flat = [cue for row in rows for cue in row.cues]
    cue_fields = list(CUE_ARROW_TYPE.value_type)
    cue_values = list(zip(*map(_CUE_VALUES, flat), strict=True)) if flat else [()] * len(cue_fields)
    struct = pa.StructArray.from_arrays(
        [pa.array(v, f.type) for v, f in zip(cue_values, cue_fields, strict=True)],
        fields=cue_fields,
    )
    columns["cues"] = pa.ListArray.from_arrays(pa.array(offsets), struct, type=CUE_ARROW_TYPE)
    return pa.Table.from_pydict(columns, schema=STATEMENT_ARROW_SCHEMA)


def _table_article_ids(table: pa.Table) -> set[int]:
    return set(np.unique(_column_numpy(table.column("article_id").chunks, np.int32)).tolist())


def _column_numpy(chunks: Iterable[pa.Array], dtype: type[np.generic]) -> np.ndarray:
    """Null-free fixed-width Arrow chunks as one numpy array, read from their buffers:
    pyarrow's ``to_numpy`` and ``combine_chunks`` of nothing import pandas (~0.2 s, a fifth of
    a small import's own work)."""
    parts = []
    for array in chunks:
        if array.null_count:
            raise StoreError("unexpected NULL in an article id or a stored signature")
        if len(array):
            offset = array.offset * np.dtype(dtype).itemsize
            parts.append(np.frombuffer(array.buffers()[1], dtype, len(array), offset))
    return np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)


def _connect(path: Path, *, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + max(wait, 0.0)
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            message = str(exc)
            if "lock" not in message.lower():
                raise StoreError(_open_failure(path, message)) from None
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                pid = re.search(r"PID (\d+)", message)
                holder = f" (PID {pid.group(1)})" if pid else ""
                raise StoreBusyError(
                    f"the database {path} is in use by another FrameLens process{holder}; "
                    f"waited {wait:g} s. Let that import finish or stop the dashboard, then retry"
                ) from None
            time.sleep(min(delay, remaining))
            delay = min(delay * 2, 0.5)
        except duckdb.Error as exc:
            raise StoreError(_open_failure(path, str(exc))) from None


def _open_failure(path: Path, message: str) -> str:
    if "not a valid DuckDB database" in message:
        return f"{path} is not a FrameLens database (not a DuckDB file)"
    if "different configuration" in message:
        return f"{path} is already open in this process in another mode (read-only vs writable)"
    return f"cannot open {path}: {_one_line(message)}"


def _first(con: duckdb.DuckDBPyConnection) -> tuple[Any, ...] | None:
    # fetchall, never fetchone: DuckDB 2 keeps an undrained result open and then refuses
    # register() on the connection.
    rows = con.fetchall()
    return rows[0] if rows else None


def _one_line(exc: object) -> str:
    text = " ".join(str(exc).split())
    return text[:300]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
