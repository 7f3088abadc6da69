"""Throughput of ``--engine dask`` on a real LocalCluster next to ``--engine local``.

    python -m benchmarks.dask_bench [--n 120] [--seed 7] [--workers 2] [--results FILE]

Both engines import the same generated corpus (benchmarks/generate.py) into fresh targets in
one run, so the ratios survive a noisy machine:

* local, 1 process: ``analysis.pipeline.run_import`` with ``jobs=1`` (the CLI default), the
  model already loaded in this process;
* local, N processes: the same with ``jobs=N`` (its process pool and model loads included,
  as ``framelens import --jobs N`` pays them);
* dask, N workers: ``import_with_dask`` on a ``LocalCluster`` of N single-threaded worker
  processes that already hold the model (a cluster is started once and serves many imports;
  its start-up and model loads are timed on their own row), into a database file and into a
  Parquet folder.

The statement counts of every run must agree (the record-for-record check is
tests/test_dask_engine.py). Writes its own ``dask`` section of benchmarks/RESULTS.md through
``benchmarks.run.write_results``, leaving the other sections as they are.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).parent
RESULTS = HERE / "RESULTS.md"
SECTION = "dask"


def _subset(jsonl_path: Path, n_articles: int, workdir: Path) -> tuple[Path, int, int]:
    """The first ``n_articles`` records as their own file; (path, articles, words)."""
    lines = [line for line in jsonl_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = lines[:n_articles]
    out = workdir / f"engines-{len(lines)}.jsonl"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    words = sum(len(json.loads(line)["text"].split()) for line in lines)
    return out, len(lines), words


def measure_engines(jsonl_path: Path, n_articles: int, *, workers: int = 2) -> dict:
    """Import the first ``n_articles`` of ``jsonl_path`` with each engine; seconds, words/s
    and statement counts per run, plus the cluster's start-up cost."""
    from distributed import LocalCluster

    from analysis.distributed import import_with_dask, warm_up
    from analysis.pipeline import run_import
    from corpus.ingest import scan_inputs
    from corpus.store import Store

    workdir = Path(tempfile.mkdtemp(prefix="framelens-engines-"))
    try:
        path, n, words = _subset(Path(jsonl_path), n_articles, workdir)
        scan = scan_inputs([path], max_bytes=10**10)
        if not scan.ok:
            raise RuntimeError(f"scan refused the corpus: {scan.rejections[:3]}")
        runs: dict[str, dict] = {}

        def record(name: str, seconds: float, statements: int) -> None:
            runs[name] = {"seconds": seconds, "words_per_s": words / seconds,
                          "articles_per_s": n / seconds, "statements": statements}  # fmt: skip

        warm_up()  # the local engine's model, loaded before the clock starts
        for jobs in (1, workers):
            t0 = time.perf_counter()
            with Store.open(workdir / f"local-{jobs}.duckdb") as store:
                report = run_import(store, scan, jobs=jobs)
            record(f"local, {jobs} process{'es' if jobs > 1 else ''}",
                   time.perf_counter() - t0, report.n_statements)  # fmt: skip

        t0 = time.perf_counter()
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None,
        )  # fmt: skip
        try:
            # The first import registers the warm-up plugin: each worker loads the model once.
            from distributed import Client

            from analysis.distributed import AnalysisWarmUp

            with Client(cluster) as client:
                client.register_plugin(AnalysisWarmUp(), name="framelens-analysis")
            startup = time.perf_counter() - t0
            for name, target in (("database file", workdir / "dask.duckdb"),
                                 ("Parquet folder", workdir / "dask.parquet.d")):  # fmt: skip
                t0 = time.perf_counter()
                report = import_with_dask(target, scan, scheduler=cluster.scheduler_address)
                record(f"dask LocalCluster, {workers} workers, into a {name}",
                       time.perf_counter() - t0, report.n_statements)  # fmt: skip
        finally:
            cluster.close()
        counts = {r["statements"] for r in runs.values()}
        return {
            "articles": n,
            "words": words,
            "workers": workers,
            "cluster_startup_seconds": startup,
            "runs": runs,
            "statements_agree": len(counts) == 1,
        }
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def render(result: dict, cores: int) -> str:
    runs = result["runs"]
    base = runs["local, 1 process"]["seconds"]
    lines = [
        "## Engines: local vs Dask",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {cores} cores; {platform.platform()}. "
        f"Corpus: {result['articles']:,} generated articles, {result['words']:,} words "
        "(benchmarks/generate.py). `python -m benchmarks.dask_bench`.",
        "",
        "| engine | seconds | words/s | articles/s | vs local, 1 process | statements |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, r in runs.items():
        lines.append(
            f"| {name} | {r['seconds']:,.2f} | {r['words_per_s']:,.0f} | "
            f"{r['articles_per_s']:,.2f} | {base / r['seconds']:.2f}x | {r['statements']:,} |"
        )
    lines += [
        "",
        f"Starting the LocalCluster ({result['workers']} worker processes, each loading the "
        f"model once): {result['cluster_startup_seconds']:.1f} s, paid once per cluster, not per "
        "import. Statement counts agree across engines: "
        f"{'yes' if result['statements_agree'] else '**NO**'}.",
        "",
        "How it scales to N machines: the work is embarrassingly parallel per partition, so the "
        "analysis should scale close to linearly with worker cores until something shared "
        "saturates. What is shared: the input files and the output folder, which every worker "
        "must see at the same path (NFS, a cluster filesystem), and the scheduler, which only "
        "moves task descriptions. What travels over the network: file paths and record ranges "
        "to the workers, and 32-byte content hashes and a few counts back; never texts or "
        "parsed documents. What must be on every worker rather than broadcast: FrameLens "
        "itself with the actor registry and lexicons (package data) and the spaCy model; each "
        "worker process loads them once, through the AnalysisWarmUp worker plugin, before its "
        "first task (about 2 s per process). The serial parts are the scan on the driver (it "
        "reads every input once to validate it), the hash phase (cheap, parallel) and, for a "
        "database file only, the load of the parts in one transaction through the store's "
        "writer (near-duplicate detection needs every earlier signature in one place). A "
        "Parquet folder avoids that last step: its publication is one rename. On two cores the "
        "cluster cannot beat the local process pool by much; its point is the third machine "
        "and beyond.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="local vs Dask engine throughput")
    ap.add_argument("--n", type=int, default=120, help="articles")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--results", type=Path, default=RESULTS)
    args = ap.parse_args(argv)

    from benchmarks.generate import write_corpus
    from benchmarks.run import write_results

    workdir = Path(tempfile.mkdtemp(prefix="framelens-dask-bench-"))
    try:
        corpus = workdir / "corpus.jsonl"
        write_corpus(corpus, args.n, args.seed)
        result = measure_engines(corpus, args.n, workers=args.workers)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    section = render(result, os.cpu_count() or 1)
    write_results(section, SECTION, args.results)
    print(section)
    print(json.dumps(result, indent=2))
    print(f"wrote {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
