"""A corpus kept as a folder of Parquet files and queried in place by DuckDB.

For corpora too large for one database file, ``framelens import --engine dask --db DIR/``
writes each import as Parquet parts, and every reading command (``list``, ``statements``,
``compare``, the dashboard) opens the folder through :class:`ParquetStore`, which has the read
API of :class:`corpus.store.Store` because it *is* one: its connection is an in-memory DuckDB
whose ``articles`` and ``statements`` are views over the parts, cast to the column types of
the database schema, so every query written for the database file runs unchanged.

Layout::

    DIR/
      framelens-parquet.json             marker: format name and schema version
      import-00001/
        import.json                      the ``imports`` row and the rules version
        articles/part-00000.parquet      one file per partition, named by partition number
        statements/part-00000.parquet
      import-00002/ ...
      .staging-00003-<token>/            an import being written; readers never look here
      .lock                              held (flock) by the one import writing the folder

Guarantees, the same as the database file's:

* All or nothing: an import is staged in a hidden folder and published by ONE rename to
  ``import-NNNNN``, so a reader sees all of an import or none of it, and a crash leaves only
  a staging folder that the next import removes.
* Parts are written under a temporary name and moved into place with ``os.replace``; their
  names depend only on the partition number, so a task that runs twice (a worker died and
  the scheduler retried it) overwrites its own output instead of adding a copy.
* One writer at a time (an exclusive ``flock`` on ``.lock``); readers take no lock.
* Nothing else writes here: the store refuses ``remove``, ``reanalyse`` and imports by the
  local engine with a message that says what to do instead.

Near-duplicates are not flagged in a folder (``near_duplicate_of`` is NULL): finding them
needs every earlier signature on one machine, which is what a folder is meant to avoid.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from corpus.models import ArticleDraft, CueRow, StatementRow
from corpus.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    STATEMENT_FIELDS,
    Store,
    StoreBusyError,
    StoreError,
)

FORMAT = "framelens-parquet"
MARKER = "framelens-parquet.json"
FOLDER_SUFFIX = ".parquet.d"
ARTICLES = "articles"
STATEMENTS = "statements"
IMPORT_MANIFEST = "import.json"
_IMPORT_RE = re.compile(r"import-(\d{5,})")
_LOCK = ".lock"
_STAGING_PREFIX = ".staging-"
_TMP_SUFFIX = ".tmp"

ARTICLE_ARROW_SCHEMA = pa.schema(
    [
        pa.field("id", pa.int32(), nullable=False),
        pa.field("content_hash", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("norm_text", pa.string(), nullable=False),
        pa.field("title", pa.string()),
        pa.field("outlet", pa.string()),
        pa.field("url", pa.string()),
        pa.field("published", pa.timestamp("us")),
        pa.field("country", pa.string()),
        pa.field("byline", pa.string()),
        pa.field("language", pa.string()),
        pa.field("source_name", pa.string()),
        pa.field("source_format", pa.string(), nullable=False),
        pa.field("encoding", pa.string(), nullable=False),
        pa.field("raw", pa.string()),
        pa.field("near_duplicate_of", pa.int32()),
        pa.field("near_duplicate_similarity", pa.float64()),
        pa.field("minhash", pa.list_(pa.uint64())),
        pa.field("import_id", pa.int32()),
        pa.field("imported_at", pa.timestamp("us"), nullable=False),
        pa.field("word_count", pa.int32(), nullable=False),
        # Not a database column: where the article was read from, for messages when the
        # parts are loaded into a database file.
        pa.field("origin", pa.string()),
    ]
)
"""The ``articles`` columns of the database schema (same order), plus ``origin``."""

_DRAFT_FIELDS = tuple(f.name for f in fields(ArticleDraft))


def is_parquet_folder(path: str | Path) -> bool:
    """True for an existing folder, a path ending in a separator, or a ``*.parquet.d`` name:
    the three ways ``--db`` names a Parquet folder rather than a database file."""
    text = os.fspath(path)
    return (
        text.endswith(("/", os.sep))
        or Path(text).name.endswith(FOLDER_SUFFIX)
        or Path(text).expanduser().is_dir()
    )


# --------------------------------------------------------------------------- parts


@dataclass(frozen=True)
class StagedArticle:
    """An article as analysed by a task, before any store has given it a final id.

    ``id`` is the id the article gets in a Parquet folder; when the parts are loaded into a
    database file the store assigns ids and ``id`` only links the article to its statements.
    """

    id: int
    content_hash: str
    norm_text: str
    word_count: int
    minhash: tuple[int, ...]
    draft: ArticleDraft


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def articles_to_arrow(
    rows: Sequence[StagedArticle], *, import_id: int | None, imported_at: datetime
) -> pa.Table:
    columns: dict[str, list] = {f.name: [] for f in ARTICLE_ARROW_SCHEMA}
    for row in rows:
        d = row.draft
        values = {
            "id": row.id, "content_hash": row.content_hash, "text": d.text,
            "norm_text": row.norm_text, "title": d.title, "outlet": d.outlet, "url": d.url,
            "published": d.published, "country": d.country, "byline": d.byline,
            "language": d.language, "source_name": d.source_name,
            "source_format": d.source_format, "encoding": d.encoding, "raw": d.raw,
            "near_duplicate_of": None, "near_duplicate_similarity": None,
            "minhash": list(row.minhash), "import_id": import_id, "imported_at": imported_at,
            "word_count": row.word_count, "origin": d.origin,
        }  # fmt: skip
        for name, value in values.items():
            columns[name].append(value)
    return pa.Table.from_pydict(columns, schema=ARTICLE_ARROW_SCHEMA)


def write_part(table: pa.Table, path: Path) -> None:
    """Write one part atomically: a temporary file in the same folder, synced, then renamed
    over ``path`` (a retried task replaces its earlier output, never adds to it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}{_TMP_SUFFIX}")
    try:
        with open(tmp, "wb") as f:
            pq.write_table(table, f, compression="zstd")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def part_paths(parts_dir: Path, table: str) -> list[Path]:
    """The finished parts of one table, in partition order (temporary files left by a killed
    task are not parts)."""
    folder = parts_dir / table
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("part-*.parquet") if p.is_file())


def remove_leftovers(parts_dir: Path) -> None:
    """Delete temporary files that killed tasks left behind."""
    for table in (ARTICLES, STATEMENTS):
        folder = parts_dir / table
        if folder.is_dir():
            for tmp in folder.glob(f".*{_TMP_SUFFIX}"):
                tmp.unlink(missing_ok=True)


def read_staged_articles(path: Path) -> list[tuple[int, ArticleDraft]]:
    """``(id, draft)`` for every article of one part, in input order."""
    table = pq.read_table(path)
    result: list[tuple[int, ArticleDraft]] = []
    for rec in table.to_pylist():
        draft = ArticleDraft(**{name: rec[name] for name in _DRAFT_FIELDS})
        result.append((rec["id"], draft))
    return result


def read_statement_rows(path: Path) -> list[StatementRow]:
    """The statements of one part as records (the inverse of ``statements_to_arrow``)."""
    table = pq.read_table(path)
    rows: list[StatementRow] = []
    for rec in table.to_pylist():
        values = {name: rec[name] for name in STATEMENT_FIELDS if name != "cues"}
        cues = tuple(CueRow(**cue) for cue in rec["cues"] or ())
        rows.append(StatementRow(**values, cues=cues))
    return rows


# --------------------------------------------------------------------------- reading


class ParquetStore(Store):
    """A Parquet folder opened for reading, with the read API of :class:`Store`.

    Writes are refused (see :meth:`_require_writable`); imports go through
    :func:`folder_import`.
    """

    @classmethod
    def open_folder(cls, path: str | Path) -> ParquetStore:
        root = Path(path).expanduser()
        if not root.exists():
            raise StoreError(
                f"no FrameLens Parquet folder at {root}; create it with "
                f"framelens import --engine dask --db {root}/ PATH..."
            )
        _check_marker(root, must_exist=True)
        con = duckdb.connect(":memory:")
        try:
            _build_schema(con, root)
        except duckdb.Error as exc:
            con.close()
            raise StoreError(f"cannot read the Parquet folder {root}: {_one_line(exc)}") from None
        except BaseException:
            con.close()
            raise
        return cls(root, con, read_only=True)

    def _require_writable(self) -> None:
        raise StoreError(
            f"{self.path} is a Parquet folder, which only `framelens import --engine dask "
            f"--db {self.path}/` adds to; removing or re-analysing articles needs a database file"
        )


def _build_schema(con: duckdb.DuckDBPyConnection, root: Path) -> None:
    # The database schema itself, built by the store's own migrations, so the folder's tables
    # have exactly the columns and types of a database file; then the two big tables become
    # views over the parts.
    for step, migrate in enumerate(MIGRATIONS):
        migrate(con)
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(step + 1)])
    con.execute("INSERT INTO meta VALUES ('storage', ?)", [FORMAT])
    imports = published_imports(root)
    for table in (ARTICLES, STATEMENTS):
        if not any(part_paths(folder, table) for folder in imports):
            continue  # no parts yet: keep the empty table (read_parquet refuses an empty glob)
        columns = con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position",
            [table],
        ).fetchall()
        select = ", ".join(f'CAST("{name}" AS {kind}) AS "{name}"' for name, kind in columns)
        pattern = _sql_string(str(root / "import-*" / table / "part-*.parquet"))
        con.execute(f"DROP TABLE {table}")
        con.execute(
            f"CREATE VIEW {table} AS SELECT {select} "
            f"FROM read_parquet({pattern}, union_by_name = true)"
        )
    for folder in imports:
        manifest = _read_manifest(folder)
        con.execute(
            "INSERT INTO imports (id, started_at, finished_at, n_imported, n_duplicates, "
            "n_rejected, sources) VALUES (?, ?, ?, ?, ?, 0, ?)",
            [manifest["id"], manifest["started_at"], manifest["finished_at"],
             manifest["n_imported"], manifest["n_duplicates"], manifest["sources"]],
        )  # fmt: skip
        con.execute(
            "INSERT INTO analysis_runs (ran_at, rules_version, n_articles, n_statements) "
            "VALUES (?, ?, ?, ?)",
            [manifest["finished_at"], manifest["rules_version"], manifest["n_imported"],
             manifest["n_statements"]],
        )  # fmt: skip


def published_imports(root: Path) -> list[Path]:
    """The folders of finished imports, oldest first."""
    found = [p for p in root.iterdir() if p.is_dir() and _IMPORT_RE.fullmatch(p.name)]
    return sorted(found, key=lambda p: int(p.name.split("-")[1]))


def _read_manifest(folder: Path) -> dict:
    try:
        return json.loads((folder / IMPORT_MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"{folder / IMPORT_MANIFEST} is missing or damaged: {exc}") from None


def _check_marker(root: Path, *, must_exist: bool) -> None:
    marker = root / MARKER
    if not marker.exists():
        if must_exist or any(p.name != _LOCK for p in root.iterdir()):
            raise StoreError(
                f"{root} is a folder but not a FrameLens Parquet folder (no {MARKER}); "
                "--db takes a .duckdb file, or a folder made by framelens import --engine dask"
            )
        return
    try:
        info = json.loads(marker.read_text(encoding="utf-8"))
        version = int(info["schema_version"])
        fmt = info["format"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"{marker} is damaged: {exc}") from None
    if fmt != FORMAT:
        raise StoreError(f"{marker} names format {fmt!r}, not {FORMAT!r}")
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{root} was written by a newer FrameLens (schema version {version}; this version "
            f"reads up to {SCHEMA_VERSION}); upgrade FrameLens to open it"
        )
    if version < SCHEMA_VERSION:
        raise StoreError(
            f"{root} holds schema version {version}; Parquet folders are not migrated in "
            "place: import the articles again into a new folder"
        )


# --------------------------------------------------------------------------- writing


@dataclass
class FolderImport:
    """One import into a Parquet folder, between :func:`folder_import` and its publication.

    ``staging`` receives the parts; ``first_id`` is the id the first new article gets (ids
    continue from the folder's earlier imports, in input order).
    """

    root: Path
    import_id: int
    staging: Path
    started: datetime
    first_id: int
    sources: str
    published: bool = False

    def stored_ids(self, hashes: Sequence[str]) -> dict[str, int]:
        """Which of ``hashes`` earlier imports already hold, with their article ids."""
        if not published_imports(self.root):
            return {}
        with ParquetStore.open_folder(self.root) as store:
            return stored_ids(store, hashes)

    def publish(self, *, n_imported: int, n_duplicates: int, n_statements: int,
                rules_version: str) -> Path:  # fmt: skip
        """Make the import visible: manifest, then ONE rename of the staging folder."""
        remove_leftovers(self.staging)
        for table in (ARTICLES, STATEMENTS):
            (self.staging / table).mkdir(exist_ok=True)
        manifest = {
            "id": self.import_id,
            "started_at": self.started.isoformat(),
            "finished_at": _now().isoformat(),
            "n_imported": n_imported,
            "n_duplicates": n_duplicates,
            "n_statements": n_statements,
            "sources": self.sources,
            "rules_version": rules_version,
        }
        _write_json(self.staging / IMPORT_MANIFEST, manifest)
        if not (self.root / MARKER).exists():
            _write_json(self.root / MARKER, {"format": FORMAT, "schema_version": SCHEMA_VERSION})
        final = self.root / f"import-{self.import_id:05d}"
        os.rename(self.staging, final)
        _fsync_dir(self.root)
        self.published = True
        return final


@contextmanager
def folder_import(root: str | Path, *, sources: str = "", wait: float = 10.0) -> Iterator[FolderImport]:
    """Hold the folder's write lock for one import; without :meth:`FolderImport.publish`
    (an exception, Ctrl+C) the staged parts are removed and the folder is unchanged."""
    root = Path(root).expanduser()
    created = not root.exists()
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the folder {root}: {exc.strerror}") from None
    try:
        with _locked(root, wait):
            _check_marker(root, must_exist=False)
            job = _start_import(root, sources)
            try:
                yield job
            finally:
                if not job.published:
                    shutil.rmtree(job.staging, ignore_errors=True)
    except BaseException:
        if created:  # nothing was published: leave no trace, not even an empty folder
            shutil.rmtree(root, ignore_errors=True)
        raise


def _start_import(root: Path, sources: str) -> FolderImport:
    for stale in root.glob(f"{_STAGING_PREFIX}*"):
        shutil.rmtree(stale, ignore_errors=True)  # a crashed import's; we hold the lock
    imports = published_imports(root)
    import_id = int(imports[-1].name.split("-")[1]) + 1 if imports else 1
    first_id = _max_article_id(root) + 1 if imports else 1
    staging = root / f"{_STAGING_PREFIX}{import_id:05d}-{uuid.uuid4().hex[:8]}"
    staging.mkdir()
    return FolderImport(root, import_id, staging, _now(), first_id, sources)


def stored_ids(store: Store, hashes: Sequence[str]) -> dict[str, int]:
    """``content_hash -> id`` for those of ``hashes`` already in ``store`` (a database file
    or a folder), found with one join rather than one query per article."""
    if not hashes:
        return {}
    table = pa.table({"content_hash": pa.array(list(hashes), pa.string())})
    name = f"_framelens_hashes_{uuid.uuid4().hex}"
    store.con.register(name, table)
    try:
        rows = store.con.execute(
            f"SELECT a.content_hash, a.id FROM articles a JOIN {name} h USING (content_hash)"
        ).fetchall()
    finally:
        store.con.unregister(name)
    return dict(rows)


def _max_article_id(root: Path) -> int:
    with ParquetStore.open_folder(root) as store:
        return store.con.execute("SELECT coalesce(max(id), 0) FROM articles").fetchall()[0][0]


@contextmanager
def _locked(root: Path, wait: float) -> Iterator[None]:
    import fcntl  # POSIX only, like DuckDB's own file lock; imported here so reading needs none

    fd = os.open(root / _LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + max(wait, 0.0)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise StoreBusyError(
                        f"another import is writing to {root}; waited {wait:g} s. "
                        "Let it finish, then retry"
                    ) from None
                time.sleep(0.1)
        yield
    finally:
        os.close(fd)  # releases the lock


def _write_json(path: Path, data: dict) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}{_TMP_SUFFIX}")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems refuse fsync on a folder; the rename is still atomic
    finally:
        os.close(fd)


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _one_line(exc: object) -> str:
    return " ".join(str(exc).split())[:300]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
