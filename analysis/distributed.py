"""The import pipeline on a Dask cluster: the same analysis, spread over many machines.

``framelens import --engine dask`` runs here; ``--engine local`` runs
:func:`analysis.pipeline.run_import`. Both analyse with :func:`analysis.pipeline.analyse_texts`,
so the statements, scores and cues are the same record for record; only the scheduling differs.

1. The driver splits the validated inputs (``scan_inputs`` has checked all of them; any
   rejection and nothing runs) into partitions: runs of whole files, and record ranges of
   large JSON/JSONL files. A task receives file paths and record ranges, never texts or
   parsed documents (only stdin and uploads carry their bytes, as the scan holds them).
2. Hash tasks read their partition and return the content hash of each article (the store's
   ``corpus.dedupe`` hash). The driver keeps the first occurrence of every text in input
   order, drops texts the target already holds, and numbers the rest in input order: the
   same articles get the same ids as with the local engine, and no duplicate is parsed.
3. Analyse tasks read their partition again, parse and analyse the kept articles (the model
   is loaded once per worker by :class:`AnalysisWarmUp`) and write
   ``articles/part-NNNNN.parquet`` and ``statements/part-NNNNN.parquet`` atomically under
   names that depend only on the partition, so a task retried after a worker died replaces
   its own output and nothing is counted twice.
4. The parts are then either published as a Parquet folder (one rename) or loaded into the
   database file in ONE store transaction, in input order, so ids and near-duplicate flags
   come from the store exactly as with the local engine.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path

import numpy as np
from distributed import Client, LocalCluster, as_completed
from distributed.diagnostics.plugin import WorkerPlugin

from corpus import dedupe
from corpus.ingest import ImportDefaults, IngestError, InputRef, ScanResult, iter_drafts
from corpus.models import ArticleDraft, StatementRow
from corpus.parquet_store import (
    ARTICLES,
    STATEMENTS,
    StagedArticle,
    articles_to_arrow,
    folder_import,
    is_parquet_folder,
    part_name,
    part_paths,
    read_staged_articles,
    read_statement_rows,
    remove_leftovers,
    stored_ids,
    write_part,
)
from corpus.store import Store, count_words, default_db_path, statements_to_arrow

from .pipeline import (
    BATCH_ARTICLES,
    ImportReport,
    ProgressCallback,
    analyse_texts,
    rules_version,
)
from .pipeline import origin as origin_of  # the local engine's naming, so reports match

# Articles per partition when the caller does not choose: about TASKS_PER_WORKER tasks per
# worker, so a slow partition at the end leaves little idle time, within bounds that keep
# tasks worth their overhead and a retried task cheap.
TASKS_PER_WORKER = 4
MIN_PARTITION = 8
MAX_PARTITION = 500
_DIGEST = 32  # bytes of a sha256 digest
_PLUGIN_NAME = "framelens-analysis"

StoredLookup = Callable[[Sequence[str]], Mapping[str, int]]


class DistributedError(Exception):
    """The cluster cannot be reached or used; the message is one line for the user."""


# --------------------------------------------------------------------------- partitions


@dataclass(frozen=True)
class Slice:
    """Records ``start:stop`` (in reading order) of one input."""

    ref: InputRef
    start: int
    stop: int


@dataclass(frozen=True)
class Partition:
    """The unit of work of one task: consecutive records of the input, in input order."""

    index: int
    slices: tuple[Slice, ...]

    @property
    def n_records(self) -> int:
        return sum(s.stop - s.start for s in self.slices)


def plan_partitions(scan: ScanResult, size: int) -> tuple[Partition, ...]:
    """Cut the scanned inputs, in order, into partitions of ``size`` records (the last one
    may be smaller); a multi-article file is split at record boundaries."""
    if size < 1:
        raise ValueError(f"partition size must be at least 1, got {size}")
    partitions: list[Partition] = []
    current: list[Slice] = []
    filled = 0
    for ref in scan.inputs:
        if ref.data is not None:
            # stdin or an upload: its bytes travel with the task, so send them once, whole
            current.append(Slice(ref, 0, ref.n_articles))
            filled += ref.n_articles
            if filled >= size:
                partitions.append(Partition(len(partitions), tuple(current)))
                current, filled = [], 0
            continue
        start = 0
        while start < ref.n_articles:
            take = min(size - filled, ref.n_articles - start)
            current.append(Slice(ref, start, start + take))
            filled += take
            start += take
            if filled == size:
                partitions.append(Partition(len(partitions), tuple(current)))
                current, filled = [], 0
    if current:
        partitions.append(Partition(len(partitions), tuple(current)))
    return tuple(partitions)


def choose_partition_size(n_articles: int, n_workers: int) -> int:
    per_task = math.ceil(n_articles / max(1, n_workers * TASKS_PER_WORKER))
    return max(MIN_PARTITION, min(MAX_PARTITION, per_task))


def partition_drafts(part: Partition, defaults: ImportDefaults) -> Iterator[ArticleDraft]:
    """The partition's drafts, read with ``corpus.ingest.iter_drafts`` like the local engine."""
    for piece in part.slices:
        sub = ScanResult(inputs=(piece.ref,), rejections=(), n_articles=piece.ref.n_articles)
        n = 0
        for draft in islice(iter_drafts(sub, defaults), piece.start, piece.stop):
            n += 1
            yield draft
        if n != piece.stop - piece.start:
            raise IngestError(f"{piece.ref.origin}: it changed after it was checked (fewer articles)")


def _digest(text: str) -> tuple[str, bytes]:
    norm = dedupe.normalise(text)
    return norm, bytes.fromhex(dedupe.content_hash(norm))


# --------------------------------------------------------------------------- tasks


def hash_partition(part: Partition, defaults: ImportDefaults) -> bytes:
    """Task: the content hashes of the partition's articles, 32 bytes each, in order."""
    return b"".join(_digest(d.text)[1] for d in partition_drafts(part, defaults))


@dataclass(frozen=True)
class Assignment:
    """What the driver decided for each record of one partition.

    ``ids[i]`` is the new article id of record ``i``, or 0 if it is not analysed; then
    ``duplicate_of[i]`` is the id it repeats, in the target (``stored[i]``) or in this input.
    ``digests`` are the hashes the hash task saw, checked again when the record is read.
    """

    ids: tuple[int, ...]
    duplicate_of: tuple[int, ...]
    stored: tuple[bool, ...]
    digests: bytes


@dataclass(frozen=True)
class Duplicate:
    origin: str
    of: int
    stored: bool  # True: ``of`` is an id in the target; False: an id given in this import


@dataclass(frozen=True)
class PartResult:
    index: int
    n_records: int
    n_articles: int
    n_statements: int
    n_words: int
    duplicates: tuple[Duplicate, ...]


def analyse_partition(
    part: Partition,
    assignment: Assignment,
    defaults: ImportDefaults,
    out_dir: str,
    import_id: int | None,
    imported_at: datetime,
) -> PartResult:
    """Task: analyse the partition's new articles and write its two Parquet parts."""
    staged: list[StagedArticle] = []
    duplicates: list[Duplicate] = []
    for i, draft in enumerate(partition_drafts(part, defaults)):
        norm, digest = _digest(draft.text)
        if digest != assignment.digests[i * _DIGEST : (i + 1) * _DIGEST]:
            raise IngestError(f"{draft.origin}: it changed after it was checked")
        article_id = assignment.ids[i]
        if article_id == 0:
            duplicates.append(
                Duplicate(origin_of(draft), assignment.duplicate_of[i], assignment.stored[i])
            )  # fmt: skip
            continue
        signature = dedupe.minhash(dedupe.shingles(norm))
        staged.append(
            StagedArticle(
                id=article_id, content_hash=digest.hex(), norm_text=norm,
                word_count=count_words(draft.text), minhash=tuple(signature.tolist()),
                draft=draft,
            )
        )  # fmt: skip
    rows: list[StatementRow] = []
    for start in range(0, len(staged), BATCH_ARTICLES):
        batch = staged[start : start + BATCH_ARTICLES]
        texts = [a.draft.text for a in batch]
        countries = [a.draft.country for a in batch]
        for article_rows in analyse_texts(texts, countries, [a.id for a in batch]):
            rows.extend(article_rows)
    name = part_name(part.index)
    out = Path(out_dir)
    write_part(statements_to_arrow(rows), out / STATEMENTS / name)
    # Articles last: an articles part on disk means its statements part is complete.
    write_part(
        articles_to_arrow(staged, import_id=import_id, imported_at=imported_at),
        out / ARTICLES / name,
    )
    return PartResult(
        index=part.index,
        n_records=part.n_records,
        n_articles=len(staged),
        n_statements=len(rows),
        n_words=sum(len(a.draft.text.split()) for a in staged),
        duplicates=tuple(duplicates),
    )


# --------------------------------------------------------------------------- driver


def assign_ids(
    digests: Sequence[bytes], stored: StoredLookup | None, first_id: int
) -> list[Assignment]:
    """First occurrence in input order wins; texts the target holds are skipped; the kept
    articles are numbered from ``first_id`` in input order. One entry per partition."""
    counts = [len(d) // _DIGEST for d in digests]
    blob = b"".join(digests)
    n = len(blob) // _DIGEST
    ids = np.zeros(n, dtype=np.int64)
    dup_of = np.zeros(n, dtype=np.int64)
    was_stored = np.zeros(n, dtype=bool)
    if n:
        rows = np.frombuffer(blob, dtype=np.dtype((np.void, _DIGEST)))
        # a stable sort inside np.unique: ``first`` is the earliest index of each text
        uniq, first, inverse = np.unique(rows, return_index=True, return_inverse=True)
        inverse = inverse.ravel()
        held = stored([bytes(u).hex() for u in uniq]) if stored is not None else {}
        held_id = np.array([held.get(bytes(u).hex(), 0) for u in uniq], dtype=np.int64)
        keep = (first[inverse] == np.arange(n)) & (held_id[inverse] == 0)
        ids[keep] = first_id + np.arange(int(keep.sum()))
        by_unique = np.where(held_id > 0, held_id, ids[first])
        dup_of[~keep] = by_unique[inverse][~keep]
        was_stored[~keep] = (held_id[inverse] > 0)[~keep]
    assignments: list[Assignment] = []
    offset = 0
    for part_digests, count in zip(digests, counts, strict=True):
        sl = slice(offset, offset + count)
        assignments.append(
            Assignment(tuple(ids[sl].tolist()), tuple(dup_of[sl].tolist()),
                       tuple(was_stored[sl].tolist()), part_digests)
        )  # fmt: skip
        offset += count
    return assignments


def warm_up() -> None:
    """Load the parser, the registry and the lexicons into this process, once."""
    from .nlp import load_nlp
    from .registry import load_registry

    load_nlp()
    load_registry()
    analyse_texts(["Warm-up, the ministry said."])


class AnalysisWarmUp(WorkerPlugin):
    """Loads the model once per worker process when the worker joins (and again in a worker
    the nanny restarts), so tasks only parse and analyse. The loading runs off the event
    loop, so the worker keeps answering the scheduler's heartbeats meanwhile."""

    name = _PLUGIN_NAME

    async def setup(self, worker) -> None:  # noqa: ANN001 - distributed.Worker
        await asyncio.get_running_loop().run_in_executor(None, warm_up)


@contextmanager
def dask_client(scheduler: str | None, n_workers: int | None = None) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler`` (``tcp://host:port``), or of a local cluster
    started for the occasion: one single-threaded worker process per core (spaCy parses on
    one thread; processes sidestep the GIL), on loopback, without the Dask dashboard."""
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="15s")
        else:
            cluster = LocalCluster(
                n_workers=n_workers or os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            client = Client(cluster)
    except OSError as exc:  # includes TimeoutError: nothing answers at that address
        if cluster is not None:
            cluster.close()
        raise DistributedError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    try:
        try:
            client.register_plugin(AnalysisWarmUp(), name=_PLUGIN_NAME)
        except Exception as exc:  # e.g. a worker without FrameLens or its model installed
            raise DistributedError(
                f"the Dask workers cannot load FrameLens's analysis: {type(exc).__name__}: "
                f"{exc}; install FrameLens (same version) on every worker"
            ) from None
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


@dataclass(frozen=True)
class DaskImportReport:
    """What the distributed run produced in ``out_dir`` (articles/ and statements/ parts)."""

    out_dir: Path
    n_records: int
    n_articles: int
    n_duplicates: int
    n_statements: int
    n_words: int
    n_partitions: int
    n_workers: int
    seconds: float
    duplicates: tuple[Duplicate, ...] = ()


def run_import_dask(
    scan: ScanResult,
    defaults: ImportDefaults | None = None,
    *,
    scheduler: str | None,
    out_dir: Path,
    partition_size: int | None = None,
    stored: StoredLookup | None = None,
    first_id: int = 1,
    import_id: int | None = None,
    imported_at: datetime | None = None,
    progress: ProgressCallback | None = None,
) -> DaskImportReport:
    """Analyse every new article of a validated scan on the cluster at ``scheduler`` (None: a
    local cluster on every core) and write the parts into ``out_dir``.

    ``stored`` says which content hashes the target already holds (they are skipped like
    duplicates); new articles are numbered from ``first_id`` in input order.
    """
    _require_valid(scan)
    with dask_client(scheduler) as client:
        return _run(
            client, scan, defaults or ImportDefaults(), out_dir=Path(out_dir),
            partition_size=partition_size, stored=stored, first_id=first_id,
            import_id=import_id, imported_at=imported_at, progress=progress,
        )  # fmt: skip


def _run(
    client: Client,
    scan: ScanResult,
    defaults: ImportDefaults,
    *,
    out_dir: Path,
    partition_size: int | None,
    stored: StoredLookup | None,
    first_id: int,
    import_id: int | None,
    imported_at: datetime | None,
    progress: ProgressCallback | None,
) -> DaskImportReport:
    started = time.perf_counter()
    imported_at = imported_at or datetime.now(UTC).replace(tzinfo=None)
    for table in (ARTICLES, STATEMENTS):
        (out_dir / table).mkdir(parents=True, exist_ok=True)
    n_workers = max(1, len(client.nthreads()))
    size = partition_size or choose_partition_size(scan.n_articles, n_workers)
    parts = plan_partitions(scan, size)
    token = uuid.uuid4().hex[:8]
    futures = client.map(
        hash_partition, parts, defaults=defaults,
        key=[f"framelens-hash-{token}-{p.index:05d}" for p in parts],
    )  # fmt: skip
    try:
        digests = client.gather(futures)
        assignments = assign_ids(digests, stored, first_id)
        futures = [
            client.submit(
                analyse_partition, part, assignment, defaults, str(out_dir), import_id,
                imported_at, key=f"framelens-analyse-{token}-{part.index:05d}",
            )  # fmt: skip
            for part, assignment in zip(parts, assignments, strict=True)
        ]
        results: list[PartResult] = []
        done = 0
        for future in as_completed(futures):
            result: PartResult = future.result()
            results.append(result)
            done += result.n_records
            if progress:
                progress(done, scan.n_articles)
    except BaseException:
        client.cancel(futures)
        raise
    results.sort(key=lambda r: r.index)
    remove_leftovers(out_dir)
    missing = [p.index for p in parts if not (out_dir / ARTICLES / part_name(p.index)).exists()]
    if missing:  # a task reported success, so its parts must be there (shared storage?)
        raise DistributedError(
            f"{len(missing)} part(s) are missing from {out_dir} although their tasks finished; "
            "the workers must write to a folder this machine sees at the same path"
        )
    duplicates = tuple(d for r in results for d in r.duplicates)
    return DaskImportReport(
        out_dir=out_dir,
        n_records=sum(r.n_records for r in results),
        n_articles=sum(r.n_articles for r in results),
        n_duplicates=len(duplicates),
        n_statements=sum(r.n_statements for r in results),
        n_words=sum(r.n_words for r in results),
        n_partitions=len(parts),
        n_workers=n_workers,
        seconds=time.perf_counter() - started,
        duplicates=duplicates,
    )


def load_parts(store: Store, run: DaskImportReport, *, sources: str = "") -> ImportReport:
    """Load a run's parts into a database file in ONE transaction, in input order, through
    the store's import writer (which gives ids and flags near-duplicates as for the local
    engine)."""
    started = time.perf_counter()
    key_to_id: dict[int, int] = {}
    late_duplicates: list[tuple[str, int]] = []
    near: list[tuple[str, int, float]] = []
    n_statements = 0
    n_words = 0
    with store.writer(sources=sources) as writer:
        for articles_part in part_paths(run.out_dir, ARTICLES):
            for key, draft in read_staged_articles(articles_part):
                added = writer.add_article(draft)
                origin = origin_of(draft)
                if added.article_id is None:  # cannot happen while we hold the lock; be safe
                    late_duplicates.append((origin, added.duplicate_of or 0))
                    continue
                key_to_id[key] = added.article_id
                n_words += len(draft.text.split())
                if added.near_duplicate_of is not None:
                    near.append((origin, added.near_duplicate_of, added.similarity or 0.0))
            rows = [
                replace(row, article_id=key_to_id[row.article_id])
                for row in read_statement_rows(run.out_dir / STATEMENTS / articles_part.name)
                if row.article_id in key_to_id
            ]
            if rows:
                writer.add_statements(rows)
            n_statements += len(rows)
        # Inside the writer, as the local engine does: no articles without their analysis record.
        if key_to_id:
            store.record_analysis_run(rules_version(), len(key_to_id), n_statements)
    duplicates = [
        (d.origin, d.of if d.stored else key_to_id.get(d.of, 0)) for d in run.duplicates
    ] + late_duplicates
    return ImportReport(
        n_imported=len(key_to_id),
        n_duplicates=len(duplicates),
        n_near_duplicates=len(near),
        n_statements=n_statements,
        n_words=n_words,
        seconds=run.seconds + time.perf_counter() - started,
        duplicates=tuple(duplicates),
        near_duplicates=tuple(near),
        article_ids=tuple(key_to_id.values()),
    )


def import_with_dask(
    db: str | Path | None,
    scan: ScanResult,
    defaults: ImportDefaults | None = None,
    *,
    scheduler: str | None = None,
    partition_size: int | None = None,
    progress: ProgressCallback | None = None,
) -> ImportReport:
    """``framelens import --engine dask``: into a database file (parts staged beside it,
    then loaded in one transaction) or a Parquet folder (parts published in place).

    The cluster is reached first, so an unreachable scheduler leaves no trace in the target.
    """
    _require_valid(scan)  # before anything is created: all or nothing
    defaults = defaults or ImportDefaults()
    sources = _sources(scan)
    db = db if db is not None else default_db_path()
    with dask_client(scheduler) as client:
        if is_parquet_folder(db):
            with folder_import(db, sources=sources) as job:
                run = _run(
                    client, scan, defaults, out_dir=job.staging, partition_size=partition_size,
                    stored=job.stored_ids, first_id=job.first_id, import_id=job.import_id,
                    imported_at=job.started, progress=progress,
                )  # fmt: skip
                job.publish(
                    n_imported=run.n_articles, n_duplicates=run.n_duplicates,
                    n_statements=run.n_statements, rules_version=rules_version(),
                )  # fmt: skip
            return ImportReport(
                n_imported=run.n_articles,
                n_duplicates=run.n_duplicates,
                n_near_duplicates=0,
                n_statements=run.n_statements,
                n_words=run.n_words,
                seconds=run.seconds,
                duplicates=tuple((d.origin, d.of) for d in run.duplicates),
            )
        with Store.open(db) as store:
            # Beside the database: the workers must see the staging folder at the same path,
            # and a database on shared storage makes it shared too.
            staging = Path(tempfile.mkdtemp(prefix=".framelens-dask-", dir=store.path.parent))
            try:
                run = _run(
                    client, scan, defaults, out_dir=staging, partition_size=partition_size,
                    stored=lambda h: stored_ids(store, h), first_id=1, import_id=None,
                    imported_at=None, progress=progress,
                )  # fmt: skip
                return load_parts(store, run, sources=sources)
            finally:
                shutil.rmtree(staging, ignore_errors=True)


def _require_valid(scan: ScanResult) -> None:
    if scan.rejections:
        raise IngestError(
            f"cannot import: {len(scan.rejections)} input(s) were rejected; fix them first"
        )


def _sources(scan: ScanResult) -> str:
    text = ", ".join(ref.source_name or ref.origin for ref in scan.inputs[:5])
    if len(scan.inputs) > 5:
        text += f" (+{len(scan.inputs) - 5} more)"
    return text
