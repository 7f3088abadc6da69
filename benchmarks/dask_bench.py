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

import psutil

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


def _own_cpu() -> tuple[float, float]:
    """CPU seconds of this process, and of its children that have exited (a process pool)."""
    t = psutil.Process().cpu_times()
    return t.user + t.system, t.children_user + t.children_system


def _workers_cpu(client) -> float:  # noqa: ANN001 - distributed.Client
    def cpu() -> float:
        t = psutil.Process().cpu_times()
        return t.user + t.system

    return sum(client.run(cpu).values())


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

    load_before = os.getloadavg()[0]
    workdir = Path(tempfile.mkdtemp(prefix="framelens-engines-"))
    try:
        path, n, words = _subset(Path(jsonl_path), n_articles, workdir)
        scan_cpu = time.process_time()
        scan = scan_inputs([path], max_bytes=10**10)
        scan_cpu = time.process_time() - scan_cpu
        if not scan.ok:
            raise RuntimeError(f"scan refused the corpus: {scan.rejections[:3]}")
        seconds: dict[str, list[float]] = {}
        cpu_main: dict[str, list[float]] = {}
        cpu_workers: dict[str, list[float]] = {}
        statements: dict[str, set[int]] = {}
        loads: list[float] = []

        def timed(name: str, target: Path, run) -> None:  # noqa: ANN001
            (main0, children0), workers0 = _own_cpu(), _workers_cpu(client)
            t0 = time.perf_counter()
            n_statements = run(target)
            seconds.setdefault(name, []).append(time.perf_counter() - t0)
            # this process (driver, and the LocalCluster's scheduler), and the workers: a
            # local pool's processes (counted when they exit) or the cluster's
            main1, children1 = _own_cpu()
            cpu_main.setdefault(name, []).append(main1 - main0)
            cpu_workers.setdefault(name, []).append(
                children1 - children0 + _workers_cpu(client) - workers0
            )
            statements.setdefault(name, set()).add(n_statements)

        warm_up()  # the local engine's model, loaded before the clock starts
        t0 = time.perf_counter()
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None,
        )  # fmt: skip
        client = Client(cluster)
        try:
            client.register_plugin(AnalysisWarmUp(), name="framelens-analysis")  # model loads
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
            client.close()
            cluster.close()
        runs = {
            name: {
                "seconds": statistics.median(ts),
                "all_seconds": ts,
                "cpu_main": statistics.median(cpu_main[name]),
                "cpu_workers": statistics.median(cpu_workers[name]),
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
            "scan_cpu_seconds": scan_cpu,
            "db_load_seconds": load,
            "db_load_articles_per_s": n / load,
            "runs": runs,
            "statements_agree": len(counts) == 1,
            "load_before": load_before,
            "load_after": os.getloadavg()[0],
        }
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def render(result: dict, cores: int) -> str:
    runs = result["runs"]
    workers = result["workers"]
    base = runs["local, 1 process"]
    lines = [
        "## Engines: local vs Dask",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {cores} cores; {platform.platform()}. "
        f"Corpus: {result['articles']:,} generated articles, {result['words']:,} words "
        f"(benchmarks/generate.py); median of {result['repeats']} interleaved rounds. "
        f"Load average (1 min) before / after: {result['load_before']:.1f} / "
        f"{result['load_after']:.1f}. `python -m benchmarks.dask_bench`.",
        "",
        "| engine | seconds | words/s | vs local, 1 process | CPU s: this process + workers "
        "| words per CPU s | on idle cores (s, estimate) | statements |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in runs.items():
        total = r["cpu_main"] + r["cpu_workers"]  # the scan, common to all, is left out
        idle = max(r["cpu_main"], total / cores)
        lines.append(
            f"| {name} | {r['seconds']:,.2f} | {r['words_per_s']:,.0f} | "
            f"{base['seconds'] / r['seconds']:.2f}x | {r['cpu_main']:,.1f} + "
            f"{r['cpu_workers']:,.1f} | {result['words'] / total:,.0f} | {idle:,.1f} | "
            f"{r['statements']:,} |"
        )
    folder = runs[f"dask LocalCluster, {workers} workers, into a Parquet folder"]
    n = result["articles"]
    per_cpu_s = n / folder["cpu_workers"] if folder["cpu_workers"] else 0.0
    driver = folder["cpu_main"] + result["scan_cpu_seconds"]
    feeds = folder["cpu_workers"] / driver if driver else 0.0
    load_rate = result["db_load_articles_per_s"]
    lines += [
        "",
        "This machine is shared with other contributors' runs, so wall-clock times move with "
        "their load; CPU seconds do not. *On idle cores* is max(CPU of this process, all CPU "
        f"/ {cores} cores): what the run would take with the cores to itself. The scan that "
        "validates the inputs comes before every engine and is not in these figures. Local 2 "
        "processes and the cluster pay their model loads in the worker processes: the pool on "
        "every import, the cluster once per cluster "
        f"({result['cluster_startup_seconds']:.1f} s to start {workers} workers, not counted "
        "above). Statement counts agree across engines: "
        f"{'yes' if result['statements_agree'] else '**NO**'} (record-for-record equality is "
        "tested in tests/test_dask_engine.py).",
        "",
        "**Scaling to N machines.** Each partition is analysed independently, so the analysis "
        "has nothing shared to contend for; with two cores we can measure only the costs that "
        "decide how far it goes. A worker core analyses "
        f"{per_cpu_s:,.1f} articles per CPU second. The driver (the scan that validates every "
        f"input, {result['scan_cpu_seconds']:.2f} CPU s, then partition plan, hash dedupe, "
        f"scheduler and progress) used {driver:,.2f} CPU s for {n} articles, against "
        f"{folder['cpu_workers']:,.1f} CPU s in the workers: one driver keeps about "
        f"{feeds:,.0f} worker cores busy before it becomes the bottleneck (into a Parquet "
        "folder; the figure falls as the Dask scheduler's per-task cost grows with the "
        "cluster). Loading into a database file adds a "
        f"serial step of {result['db_load_seconds']:.2f} s here ({load_rate:,.0f} articles/s, "
        "one transaction through the store's writer, with near-duplicate search), so a "
        "database file suits clusters of tens of cores; beyond, keep the corpus as a "
        "Parquet folder, published with one rename. What is shared: the input files and "
        "the output folder, which every worker must see at the same path, and the scheduler, "
        "which only moves task descriptions. What travels: file paths and record ranges out, "
        "32-byte content hashes and counts back; never texts or parsed documents. What is "
        "installed rather than broadcast: FrameLens with its actor registry and lexicons "
        "(package data) and the spaCy model, loaded once per worker process by the "
        "AnalysisWarmUp worker plugin before its first task.",
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
