"""The Dask engine: same records as the local engine, survives a killed worker, and its
Parquet-folder output is readable through the store API and the real ``framelens`` command.

One real ``dask.distributed.LocalCluster`` (two single-threaded worker processes on loopback)
serves the whole module; each worker loads the model once (AnalysisWarmUp), so the module
stays well under a minute on two cores.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

from analysis.distributed import (
    assign_ids,
    import_with_dask,
    plan_partitions,
)
from analysis.pipeline import ImportReport, run_import
from benchmarks.generate import generate_article
from corpus.ingest import IngestError, InputRef, ScanResult, scan_inputs
from corpus.parquet_store import ParquetStore, is_parquet_folder
from corpus.store import Store, StoreError

N_GENERATED = 6
# Columns that say when and in which import a row was stored, not what it is.
WHEN = ("import_id", "imported_at")
FRAMELENS = Path(sys.executable).with_name("framelens")


# --------------------------------------------------------------------------- fixtures


@dataclass(frozen=True)
class Corpus:
    folder: Path
    scan: ScanResult
    n_unique: int  # known by construction, not by running the code
    n_duplicates: int


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """Six generated wire articles in a JSONL file, one of them repeated on the last line,
    another repeated as a .txt file with different spacing (same normalised text), and two
    short hand-written articles."""
    folder = tmp_path_factory.mktemp("corpus")
    records = [generate_article(11, i).record() for i in range(N_GENERATED)]
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + [json.dumps(records[2])]
    (folder / "a_wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "b_brief.md").write_text(
        "# Ministry disputes strike report\n\nThe Russian defence ministry said on Thursday "
        'that every missile hit its target. "These reports are simply false," spokesman Igor '
        "Konashenkov told reporters in Moscow.\n",
        encoding="utf-8",
    )
    (folder / "c_copy.txt").write_text(records[5]["text"].replace(" ", "  "), encoding="utf-8")
    (folder / "d_local.txt").write_text(
        "Council approves budget\n\nThe council's finance chief said the budget was "
        "\"probably the hardest in a decade\". Residents, however, told the local paper that "
        "they doubted the figures.\n",
        encoding="utf-8",
    )
    scan = scan_inputs([folder])
    assert not scan.rejections and scan.n_articles == N_GENERATED + 4
    return Corpus(folder, scan, n_unique=N_GENERATED + 2, n_duplicates=2)


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    cl = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None,
    )  # fmt: skip
    try:
        yield cl
    finally:
        cl.close()


@pytest.fixture(scope="module")
def client(cluster: LocalCluster) -> Iterator[Client]:
    with Client(cluster) as c:
        yield c


@dataclass(frozen=True)
class Reference:
    db: Path
    report: ImportReport
    statements: list[tuple]
    articles: list[dict]


@pytest.fixture(scope="module")
def local(corpus: Corpus, tmp_path_factory: pytest.TempPathFactory) -> Reference:
    """The same corpus through --engine local, into a fresh database file."""
    db = tmp_path_factory.mktemp("local") / "local.duckdb"
    with Store.open(db) as store:
        report = run_import(store, corpus.scan, jobs=1)
    with Store.open(db, read_only=True) as store:
        return Reference(db, report, statements(store), articles(store))


def statements(store: Store) -> list[tuple]:
    return store.con.execute('SELECT * FROM statements ORDER BY article_id, start, "end"').fetchall()


def articles(store: Store, skip: tuple[str, ...] = WHEN) -> list[dict]:
    cur = store.con.execute("SELECT * FROM articles ORDER BY id")
    names = [d[0] for d in cur.description]
    return [
        {k: v for k, v in zip(names, row, strict=True) if k not in skip} for row in cur.fetchall()
    ]


# --------------------------------------------------------------------------- planning (no cluster)


def _ref(name: str, n: int) -> InputRef:
    return InputRef(origin=f"/in/{name}", source_name=name, format="jsonl", size=1, n_articles=n)


def test_partitions_keep_input_order_and_split_large_files_at_records() -> None:
    scan = ScanResult(inputs=(_ref("a", 5), _ref("b", 1), _ref("c", 3)), rejections=(), n_articles=9)
    parts = plan_partitions(scan, 4)
    spans = [[(s.ref.source_name, s.start, s.stop) for s in p.slices] for p in parts]
    assert spans == [
        [("a", 0, 4)],
        [("a", 4, 5), ("b", 0, 1), ("c", 0, 2)],
        [("c", 2, 3)],
    ]
    assert [p.index for p in parts] == [0, 1, 2]
    # standard input travels as bytes with its task: sent whole, once, never sliced
    piped = InputRef(origin="<stdin>", source_name=None, format="stdin", size=5, data=b"x",
                     n_articles=6)  # fmt: skip
    parts = plan_partitions(ScanResult(inputs=(_ref("a", 1), piped), rejections=(), n_articles=7), 4)
    assert [[(s.ref.origin, s.start, s.stop) for s in p.slices] for p in parts] == [
        [("/in/a", 0, 1), ("<stdin>", 0, 6)]
    ]


def test_ids_follow_input_order_first_occurrence_wins_and_stored_texts_are_skipped() -> None:
    a, b, c, d = (bytes([k]) * 32 for k in (9, 3, 7, 5))
    # partitions: [a, b, a] [c, b, d]; d is already stored as article 40
    held = {d.hex(): 40}
    plan = assign_ids([a + b + a, c + b + d], lambda hashes: {h: held[h] for h in hashes if h in held}, 11)
    assert plan[0].ids == (11, 12, 0) and plan[1].ids == (13, 0, 0)
    assert plan[0].duplicate_of == (0, 0, 11) and plan[1].duplicate_of == (0, 12, 40)
    assert plan[0].stored == (False, False, False) and plan[1].stored == (False, False, True)


def test_a_rejected_input_stops_the_import_before_anything_is_created(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("The minister said it was fine.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    scan = scan_inputs([tmp_path])
    assert scan.rejections
    target = tmp_path / "out.parquet.d"
    with pytest.raises(IngestError, match="rejected"):
        import_with_dask(target, scan, scheduler="tcp://127.0.0.1:9")  # never contacted
    assert not target.exists()


# --------------------------------------------------------------------------- engines agree


def test_dask_into_a_database_file_matches_local_record_for_record(
    corpus: Corpus, local: Reference, cluster: LocalCluster, tmp_path: Path
) -> None:
    db = tmp_path / "dask.duckdb"
    report = import_with_dask(db, corpus.scan, scheduler=cluster.scheduler_address, partition_size=3)
    assert (report.n_imported, report.n_duplicates) == (corpus.n_unique, corpus.n_duplicates)
    for field in ("n_imported", "n_duplicates", "n_near_duplicates", "n_statements", "n_words",
                  "duplicates", "near_duplicates", "article_ids"):  # fmt: skip
        assert getattr(report, field) == getattr(local.report, field), field
    with Store.open(db, read_only=True) as store:
        got_statements, got_articles = statements(store), articles(store)
    assert local.statements and got_statements == local.statements
    assert got_articles == local.articles


@dataclass(frozen=True)
class DaskFolder:
    folder: Path
    report: ImportReport


@pytest.fixture(scope="module")
def dask_folder(
    corpus: Corpus, cluster: LocalCluster, tmp_path_factory: pytest.TempPathFactory
) -> DaskFolder:
    """The corpus through --engine dask into a Parquet folder (read-only for the tests)."""
    folder = tmp_path_factory.mktemp("dask") / "corpus.parquet.d"
    report = import_with_dask(folder, corpus.scan, scheduler=cluster.scheduler_address, partition_size=5)
    return DaskFolder(folder, report)


def test_dask_into_a_parquet_folder_matches_local_record_for_record(
    corpus: Corpus, local: Reference, dask_folder: DaskFolder
) -> None:
    folder, report = dask_folder.folder, dask_folder.report
    assert (report.n_imported, report.n_duplicates) == (corpus.n_unique, corpus.n_duplicates)
    assert report.duplicates == local.report.duplicates
    with ParquetStore.open_folder(folder) as store:
        got = statements(store)
        # near-duplicates are not flagged in a folder (see corpus/parquet_store.py)
        skip = (*WHEN, "near_duplicate_of", "near_duplicate_similarity")
        assert articles(store, skip) == [
            {k: v for k, v in row.items() if k not in skip} for row in local.articles
        ]
    assert got == local.statements
    assert len({row[0] for row in got}) == len(got)  # statement ids are unique


def test_a_worker_killed_mid_task_is_retried_and_nothing_is_lost_or_doubled(
    corpus: Corpus, local: Reference, cluster: LocalCluster, client: Client, tmp_path: Path
) -> None:
    folder = tmp_path / "killed.parquet.d"
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["report"] = import_with_dask(
                folder, corpus.scan, scheduler=cluster.scheduler_address, partition_size=2
            )
        except BaseException as exc:  # handed to the test thread
            outcome["error"] = exc

    def running_analysis(dask_worker) -> tuple[int, list[str]]:  # noqa: ANN001
        keys = [str(ts.key) for ts in dask_worker.state.executing]
        return os.getpid(), [k for k in keys if k.startswith("framelens-analyse-")]

    before = set(client.run(os.getpid).values())
    worker = threading.Thread(target=run)
    worker.start()
    victim = None
    deadline = time.monotonic() + 60
    while victim is None and worker.is_alive() and time.monotonic() < deadline:
        try:
            busy = client.run(running_analysis)
        except Exception:  # a worker in the middle of starting or stopping
            busy = {}
        victim = next((pid for pid, keys in busy.values() if keys), None)
        if victim is None:
            time.sleep(0.02)
    assert victim is not None, "no analysis task was seen running"
    os.kill(victim, signal.SIGKILL)
    worker.join(timeout=120)
    assert not worker.is_alive()
    assert "error" not in outcome, outcome.get("error")
    report = outcome["report"]
    assert isinstance(report, ImportReport)
    assert (report.n_imported, report.n_statements) == (corpus.n_unique, len(local.statements))

    with ParquetStore.open_folder(folder) as store:
        got = statements(store)
        n_articles = store.con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchall()[0]
    ids = [row[0] for row in got]
    assert len(ids) == len(set(ids))  # no statement twice
    assert got == local.statements  # and every one of them, unchanged
    assert n_articles == (corpus.n_unique, corpus.n_unique)
    assert not list(folder.rglob("*.tmp")), "a killed task's temporary file was published"
    # the worker really died and the nanny replaced it
    client.wait_for_workers(2, timeout=60)
    after = set(client.run(os.getpid).values())
    assert victim in before and victim not in after and len(after) == 2


# --------------------------------------------------------------------------- the folder as a store


def test_a_parquet_folder_reads_like_the_database_and_refuses_other_writes(
    corpus: Corpus, local: Reference, dask_folder: DaskFolder, tmp_path: Path
) -> None:
    folder = dask_folder.folder
    assert is_parquet_folder(folder) and is_parquet_folder(f"{tmp_path}/new/")
    with Store.open(folder, read_only=True) as store, Store.open(local.db, read_only=True) as ref:
        assert isinstance(store, ParquetStore)
        assert store.counts() == ref.counts()
        assert store.list_articles() == ref.list_articles()
        assert store.get_article(3).text == ref.get_article(3).text
        assert store.statements_arrow(full=True).equals(ref.statements_arrow(full=True))
        where = '"group" = ?'
        group = ref.statements_arrow().column("group")[0].as_py()
        assert store.statements_arrow(where, [group]).equals(ref.statements_arrow(where, [group]))
        with pytest.raises(StoreError, match="Parquet folder"):
            store.remove_article(1)
        with pytest.raises(StoreError, match="--engine dask"):
            run_import(store, corpus.scan, jobs=1)


def test_a_second_dask_import_appends_skipping_what_the_folder_holds(
    corpus: Corpus, dask_folder: DaskFolder, cluster: LocalCluster, tmp_path: Path
) -> None:
    folder = tmp_path / "appended.parquet.d"
    shutil.copytree(dask_folder.folder, folder)
    extra = tmp_path / "extra.txt"
    extra.write_text("Kyiv denies report\n\nA Ukrainian army spokesman said the report was "
                     "\"pure invention\".\n", encoding="utf-8")  # fmt: skip
    again = import_with_dask(folder, scan_inputs([corpus.folder, extra]), scheduler=cluster.scheduler_address)
    assert (again.n_imported, again.n_duplicates) == (1, corpus.n_unique + corpus.n_duplicates)
    with Store.open(folder, read_only=True) as store:
        assert [a.id for a in store.list_articles()][-2:] == [corpus.n_unique, corpus.n_unique + 1]
        assert store.get_article(corpus.n_unique + 1).source_name == "extra.txt"
        assert len(store.con.execute("SELECT * FROM imports").fetchall()) == 2


# --------------------------------------------------------------------------- the real command line


def _framelens(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(FRAMELENS), *args], capture_output=True, text=True, timeout=180,
        env={**os.environ, "FRAMELENS_DB": "/nonexistent/should-not-be-used.duckdb"},
    )  # fmt: skip


def test_framelens_import_engine_dask_then_list_and_statements_on_the_folder(
    corpus: Corpus, local: Reference, cluster: LocalCluster, tmp_path: Path
) -> None:
    folder = f"{tmp_path}/cli-corpus/"  # a trailing separator names a Parquet folder
    done = _framelens("import", "--engine", "dask", "--scheduler", cluster.scheduler_address,
                      str(corpus.folder), "--db", folder)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"imported {corpus.n_unique} / duplicates skipped {corpus.n_duplicates}" in done.stdout

    listed = _framelens("list", "--db", folder, "--format", "json")
    assert listed.returncode == 0, listed.stderr
    with Store.open(local.db, read_only=True) as ref:
        expected = {a.id: a.statement_count for a in ref.list_articles()}
    assert {r["id"]: r["statements"] for r in json.loads(listed.stdout)} == expected

    exported = _framelens("statements", "--format", "jsonl", "--db", folder)
    assert exported.returncode == 0, exported.stderr
    records = [json.loads(line) for line in exported.stdout.splitlines()]
    with Store.open(local.db, read_only=True) as ref:
        expected_rows = ref.con.execute(
            'SELECT article_id, start, "end", statement, sentiment, hedging FROM statements '
            'ORDER BY article_id, start, "end"'
        ).fetchall()
    assert expected_rows and [
        (r["article_id"], r["start"], r["end"], r["statement"], r["sentiment"], r["hedging"])
        for r in records
    ] == expected_rows

    refused = _framelens("import", str(corpus.folder / "d_local.txt"), "--db", folder)
    assert refused.returncode == 1
    assert "Parquet folder" in refused.stderr and "--engine dask" in refused.stderr


def test_the_dashboard_answers_the_same_on_a_folder_as_on_the_database(
    local: Reference, dask_folder: DaskFolder
) -> None:
    from app import data
    from app.app import create_app

    def means(comparison) -> list[tuple]:  # noqa: ANN001
        # DuckDB sums in parallel, so the last digits of a mean (and hence a bootstrap
        # interval) may differ between any two runs; groups, counts and means must not.
        return [
            (p.group, p.n, s.measure, s.n, pytest.approx(s.mean, abs=1e-9))
            for p in comparison.profiles
            for s in p.scores
        ]

    same = ("overview", "statements_page", "statement_detail", "vocabulary", "voices")
    calls = dict(data.BENCHMARK_CALLABLES)
    with Store.open(dask_folder.folder) as folder, Store.open(local.db, read_only=True) as ref:
        for name in same:
            got, expected = calls[name](folder, data.Selection()), calls[name](ref, data.Selection())
            assert got == expected, name
        got, expected = (calls["comparison"](st, data.Selection()) for st in (folder, ref))
        assert got.profiles and means(got) == means(expected)
        assert data.statements_page(folder, data.Selection()).total == len(local.statements)
    page = create_app(dask_folder.folder).server.test_client().get("/")
    assert page.status_code == 200
