"""Throughput of ``--engine dask`` on a real LocalCluster next to ``--engine local``.

    python -m benchmarks.dask_bench [--n 120] [--seed 7] [--workers 2] [--repeats 3] [--results FILE]

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
import statistics
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


def measure_engines(jsonl_path: Path, n_articles: int, *, workers: int = 2, repeats: int = 1) -> dict:
    """Import the first ``n_articles`` of ``jsonl_path`` with each engine, ``repeats`` rounds
    (engines interleaved, each into a fresh target); median seconds, words/s and statement
    counts per engine, plus the cluster's start-up cost and the database load's share."""
    from distributed import Client, LocalCluster

    from analysis.distributed import (
        AnalysisWarmUp,
        import_with_dask,
        load_parts,
        run_import_dask,
        warm_up,
    )
    from analysis.pipeline import run_import
    from corpus.ingest import scan_inputs
    from corpus.parquet_store import stored_ids
    from corpus.store import Store

    workdir = Path(tempfile.mkdtemp(prefix="framelens-engines-"))
    try:
        path, n, words = _subset(Path(jsonl_path), n_articles, workdir)
        scan = scan_inputs([path], max_bytes=10**10)
        if not scan.ok:
            raise RuntimeError(f"scan refused the corpus: {scan.rejections[:3]}")
        seconds: dict[str, list[float]] = {}
        statements: dict[str, set[int]] = {}
        loads: list[float] = []

        def timed(name: str, target: Path, run) -> None:  # noqa: ANN001
            t0 = time.perf_counter()
            n_statements = run(target)
            seconds.setdefault(name, []).append(time.perf_counter() - t0)
            statements.setdefault(name, set()).add(n_statements)

        warm_up()  # the local engine's model, loaded before the clock starts
        t0 = time.perf_counter()
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None,
        )  # fmt: skip
        try:
            with Client(cluster) as client:  # each worker loads the model once, here
                client.register_plugin(AnalysisWarmUp(), name="framelens-analysis")
            startup = time.perf_counter() - t0
            address = cluster.scheduler_address

            def local(jobs: int):  # noqa: ANN202
                def run(target: Path) -> int:
                    with Store.open(target) as store:
                        return run_import(store, scan, jobs=jobs).n_statements

                return run

            def dask_into_file(target: Path) -> int:
                # import_with_dask's steps, with the load (one transaction on one machine,
                # what bounds the cluster's useful size) timed apart
                with Store.open(target) as store:
                    staged = run_import_dask(
                        scan, scheduler=address, out_dir=Path(f"{target}.staging"),
                        stored=lambda hashes: stored_ids(store, hashes),
                    )  # fmt: skip
                    t_load = time.perf_counter()
                    report = load_parts(store, staged)
                    loads.append(time.perf_counter() - t_load)
                return report.n_statements

            def dask_into_folder(target: Path) -> int:
                folder = target.with_suffix(".parquet.d")
                return import_with_dask(folder, scan, scheduler=address).n_statements

            engines = {
                "local, 1 process": local(1),
                f"local, {workers} processes": local(workers),
                f"dask LocalCluster, {workers} workers, into a database file": dask_into_file,
                f"dask LocalCluster, {workers} workers, into a Parquet folder": dask_into_folder,
            }  # fmt: skip
            for r in range(repeats):
                for i, (name, run) in enumerate(engines.items()):
                    timed(name, workdir / f"r{r}-e{i}.duckdb", run)
        finally:
            cluster.close()
        runs = {
            name: {
                "seconds": statistics.median(ts),
                "all_seconds": ts,
                "words_per_s": words / statistics.median(ts),
                "articles_per_s": n / statistics.median(ts),
                "statements": min(statements[name]),
            }
            for name, ts in seconds.items()
        }
        counts = set().union(*statements.values())
        load = statistics.median(loads)
        return {
            "articles": n,
            "words": words,
            "workers": workers,
            "repeats": repeats,
            "cluster_startup_seconds": startup,
            "db_load_seconds": load,
            "db_load_articles_per_s": n / load,
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
        f"(benchmarks/generate.py); median of {result['repeats']} interleaved rounds. "
        "`python -m benchmarks.dask_bench`.",
        "",
        "| engine | seconds | words/s | articles/s | vs local, 1 process | statements |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, r in runs.items():
        lines.append(
            f"| {name} | {r['seconds']:,.2f} | {r['words_per_s']:,.0f} | "
            f"{r['articles_per_s']:,.2f} | {base / r['seconds']:.2f}x | {r['statements']:,} |"
        )
    per_worker = runs[f"dask LocalCluster, {result['workers']} workers, into a Parquet folder"][
        "articles_per_s"] / result["workers"]
    load_rate = result["db_load_articles_per_s"]
    lines += [
        "",
        f"Starting the LocalCluster ({result['workers']} worker processes, each loading the "
        f"model once): {result['cluster_startup_seconds']:.1f} s, paid once per cluster, not per "
        f"import. Of the database-file run, {result['db_load_seconds']:.2f} s is the load of the "
        f"parts in one transaction ({load_rate:,.0f} articles/s). Statement counts agree across "
        f"engines: {'yes' if result['statements_agree'] else '**NO**'} (record-for-record "
        "equality is tested in tests/test_dask_engine.py).",
        "",
        "**Scaling to N machines.** Each partition is analysed independently, so the analysis "
        "itself has no shared state to contend for; we expect it to grow with the number of "
        "worker cores (we could only measure two here, where the cluster's gain over the "
        "local process pool is small: its point is the third machine and beyond). What is "
        "shared: the input files and the output folder, which every worker must see at the "
        "same path (NFS or a cluster filesystem), and the scheduler, which only moves task "
        "descriptions. What travels: file paths and record ranges to the workers, 32-byte "
        "content hashes and a few counts back; never texts or parsed documents. What is not "
        "broadcast but installed: FrameLens with its actor registry and lexicons (package "
        "data) and the spaCy model; each worker process loads them once, through the "
        "AnalysisWarmUp worker plugin, before its first task. The serial parts: the scan on "
        "the driver (it reads every input once to validate it) and, for a database file "
        f"only, the load: at {load_rate:,.0f} articles/s against {per_worker:,.1f} articles/s "
        f"analysed per worker, about {load_rate / per_worker:,.0f} workers saturate it. Beyond "
        "that, keep the corpus as a Parquet folder, whose publication is one rename.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="local vs Dask engine throughput")
    ap.add_argument("--n", type=int, default=120, help="articles")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--results", type=Path, default=RESULTS)
    args = ap.parse_args(argv)

    from benchmarks.generate import write_corpus
    from benchmarks.run import write_results

    workdir = Path(tempfile.mkdtemp(prefix="framelens-dask-bench-"))
    try:
        corpus = workdir / "corpus.jsonl"
        write_corpus(corpus, args.n, args.seed)
        result = measure_engines(corpus, args.n, workers=args.workers, repeats=args.repeats)
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
