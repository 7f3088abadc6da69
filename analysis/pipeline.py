"""Import pipeline: validated inputs -> parsed once -> statements -> scores -> one transaction.

The order is chosen so that nothing is lost and nothing is done twice:

1. ``corpus.ingest.scan_inputs`` has already validated every input (the CLI and the dashboard
   refuse the whole import on any rejection before calling us).
2. Inside ONE store transaction each draft is offered to the store first, so exact duplicates
   are skipped before they cost a parse.
3. New texts are parsed once (spaCy ``nlp.pipe``), their statements extracted and scored in
   worker processes, in bounded batches, so memory stays flat however large the import is.
4. The rows are written as they come back; the transaction commits only at the end, so a
   crash or kill at any point leaves the database without any of this import.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice

import pyarrow as pa

from corpus.ingest import ImportDefaults, ScanResult, iter_drafts
from corpus.models import ArticleDraft, CueRow, StatementRow
from corpus.store import Store, statements_to_arrow

from .types import Statement, StatementScores

ProgressCallback = Callable[[int, int], None]

# Articles per task sent to a worker: large enough to amortise pickling and let nlp.pipe
# batch, small enough that two workers stay busy on small imports.
BATCH_ARTICLES = 16
# Below this many bytes of input, starting worker processes (each loads the parser, ~1-2 s)
# costs more than it saves.
PARALLEL_MIN_BYTES = 400_000


@dataclass(frozen=True)
class ImportReport:
    """What one import did. ``duplicates`` pairs an input's origin with the stored article it
    duplicates; ``near_duplicates`` adds the similarity."""

    n_imported: int
    n_duplicates: int
    n_near_duplicates: int
    n_statements: int
    n_words: int
    seconds: float
    duplicates: tuple[tuple[str, int], ...] = ()
    near_duplicates: tuple[tuple[str, int, float], ...] = ()
    article_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ReanalyseReport:
    n_articles: int
    n_statements: int
    seconds: float
    rules_version: str


def rules_version() -> str:
    """Versions of every rule file that shapes the statements, stored with each analysis run."""
    from .lexicons import rules_version as lexicon_versions
    from .registry import load_registry
    from .scoring.learned import learned_version
    from .statements import load_reporting_verbs

    registry = load_registry()
    verbs = load_reporting_verbs()
    return (f"registry={registry.version};reporting_verbs={verbs.version};{lexicon_versions()};"
            f"framing_model={learned_version()}")


# --- pure per-document analysis -------------------------------------------------------------


def statement_row(
    article_id: int, text: str, statement: Statement, scores: StatementScores
) -> StatementRow:
    """Flatten one analysed statement into the stored record."""
    speaker = statement.speaker
    actor = speaker.actor if speaker is not None else None
    cues = tuple(
        CueRow(score=c.score, text=c.text, start=c.span[0], end=c.span[1], weight=c.weight)
        for frame in scores.all()
        for c in frame.cues
    )
    s0, s1 = statement.sentence
    return StatementRow(
        article_id=article_id,
        start=statement.content[0],
        end=statement.content[1],
        statement=statement.content_text,
        kind=statement.kind,
        verb=statement.cue,
        verb_start=statement.cue_span[0] if statement.cue_span else None,
        verb_end=statement.cue_span[1] if statement.cue_span else None,
        speaker_text=speaker.text if speaker else None,
        speaker_start=speaker.span[0] if speaker else None,
        speaker_end=speaker.span[1] if speaker else None,
        speaker_resolved=speaker.resolved_text if speaker else None,
        actor=actor.actor if actor else "unknown",
        group=actor.group if actor else "unknown",
        group_country=actor.group_country if actor else None,
        group_type=actor.group_type if actor else "unknown",
        anonymous_source=bool(actor.anonymous) if actor else False,
        sentence=text[s0:s1],
        sentence_start=s0,
        sentence_end=s1,
        method=statement.method,
        parent_start=statement.parent[0] if statement.parent else None,
        parent_end=statement.parent[1] if statement.parent else None,
        sentiment=scores.sentiment.value,
        hedging=scores.hedging.value,
        boosting=scores.boosting.value,
        denial=scores.denial.value,
        accusation=scores.accusation.value,
        verb_stance=scores.verb_stance.value,
        scare_quotes=scores.scare_quotes.value,
        sarcasm=scores.sarcasm.value,
        hedged=scores.hedged,
        verb_stance_label=scores.verb_stance.label,
        denial_target=scores.denial.target,
        accusation_target=scores.accusation.target,
        cues=cues,
    )


def analyse_statements(
    doc, outlet_country: str | None = None
) -> list[tuple[Statement, StatementScores]]:
    """Every statement of one parsed article with its scores: what :func:`analyse_doc`
    stores, before flattening (the framing evaluator scores gold articles through it, so
    the figures are the tool's own)."""
    from .scores import score_statements
    from .statements import extract_statements

    statements = extract_statements(doc, outlet_country=outlet_country)
    return list(zip(statements, score_statements(statements, doc), strict=True))


def analyse_doc(
    doc, article_id: int = 0, outlet_country: str | None = None
) -> list[StatementRow]:
    """Statements of one parsed article, scored, as rows (``doc.text`` is the stored text).

    ``outlet_country`` places local voices that name no country ("Senator X" in a Russian
    outlet's story); it is the article's stored ``country``.
    """
    from .scoring.view import doc_text

    # (``doc.text`` builds every token of the doc again; the scorers' one copy serves both)
    text = doc_text(doc)
    return [statement_row(article_id, text, st, scores)
            for st, scores in analyse_statements(doc, outlet_country)]


def analyse_texts(
    texts: Sequence[str],
    countries: Sequence[str | None] | None = None,
    article_ids: Sequence[int] | None = None,
) -> list[list[StatementRow]]:
    """Parse and analyse a batch of texts in this process.

    ``countries`` are the articles' outlet countries, one per text (or None); rows carry
    ``article_ids`` (one per text), or 0 when they are not given.
    """
    from .nlp import load_nlp

    nlp = load_nlp()
    if countries is None:
        countries = [None] * len(texts)
    if article_ids is None:
        article_ids = [0] * len(texts)
    docs = nlp.pipe(texts, batch_size=len(texts) or 1)
    out = []
    for doc, country, article_id in zip(docs, countries, article_ids, strict=True):
        with _few_collections():
            out.append(analyse_doc(doc, article_id, outlet_country=country))
    return out


# The rules allocate hundreds of thousands of short-lived objects per article (tokens, spans,
# tuples), almost none of them in cycles: with the default threshold (700) the cyclic
# collector ran about every 100 microseconds of analysis and cost about 6% of it. Its
# generation 0 is let grow 30 times larger while an article is analysed (memory stays
# bounded: the threshold goes back after each article); the parse keeps the default.
_ANALYSIS_GC_THRESHOLD0 = 20_000


@contextmanager
def _few_collections() -> Iterator[None]:
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], _ANALYSIS_GC_THRESHOLD0), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def analyse_batch(
    texts: Sequence[str], countries: Sequence[str | None], article_ids: Sequence[int]
) -> pa.Table:
    """``analyse_texts`` as the stored Arrow table: what a worker sends back, since a table
    pickles as a few buffers while thousands of row objects cost the main process more to
    unpickle than the insert itself."""
    rows = [row for rows in analyse_texts(texts, countries, article_ids) for row in rows]
    return statements_to_arrow(rows)


# --- worker processes -----------------------------------------------------------------------


def _worker_init() -> None:
    # Load everything once per worker so tasks only parse and analyse.
    from .nlp import load_nlp
    from .registry import load_registry

    load_nlp()
    load_registry()
    analyse_batch(["Warm-up, the ministry said."], [None], [0])
    # The registry and lexicons, loaded by the warm-up, live as long as the worker too (see
    # load_nlp): out of the cyclic collector's reach.
    gc.freeze()


def default_jobs(total_bytes: int) -> int:
    """One process for small inputs; every core for large ones."""
    if total_bytes < PARALLEL_MIN_BYTES:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


class _Analyser:
    """Runs :func:`analyse_batch` in-process or in a pool, keeping a bounded number of batches
    in flight and yielding results in submission order.

    The pool starts with the first batch that needs analysis, so a re-import of texts that are
    all stored already starts no worker (each would load the parser for nothing).
    """

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.pool = None

    def _start(self) -> None:
        if self.jobs > 1 and self.pool is None:
            # spawn, not fork: the dashboard calls us from a threaded server.
            self.pool = mp.get_context("spawn").Pool(self.jobs, initializer=_worker_init)

    def __enter__(self) -> _Analyser:
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            if exc[0] is None:
                self.pool.close()
            else:
                self.pool.terminate()
            self.pool.join()

    def rules_version(self) -> str:
        """:func:`rules_version` from where the analysis ran: the workers have every rule file
        loaded already, while the main process would parse the lexicons only for this."""
        if self.pool is None:
            return rules_version()
        return self.pool.apply(rules_version)

    def run(
        self, batches: Iterable[tuple[list[int], list[str], list[str | None]]]
    ) -> Iterator[tuple[list[int], pa.Table]]:
        """Each batch's statements as one Arrow table (``article_id`` already set)."""
        if self.jobs <= 1:
            for keys, texts, countries in batches:
                yield keys, analyse_batch(texts, countries, keys)
            return
        # Up to two batches per worker in flight: each has the next one queued when it
        # finishes, and the main process (reading, dedupe, writing) stays ahead without
        # holding more than a few batches of texts and results.
        pending: deque = deque()
        for keys, texts, countries in batches:
            self._start()
            task = self.pool.apply_async(analyse_batch, (texts, countries, keys))
            pending.append((keys, task))
            while len(pending) > 2 * self.jobs:
                keys0, res = pending.popleft()
                yield keys0, res.get()
        while pending:
            keys0, res = pending.popleft()
            yield keys0, res.get()


def _batched(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def run_import(
    store: Store,
    scan: ScanResult,
    defaults: ImportDefaults | None = None,
    *,
    progress: ProgressCallback | None = None,
    jobs: int | None = None,
) -> ImportReport:
    """Store and analyse every article of a validated scan, all or nothing."""
    started = time.perf_counter()
    defaults = defaults or ImportDefaults()
    total = scan.n_articles
    if jobs is None:
        jobs = default_jobs(sum(ref.size for ref in scan.inputs))
    sources = ", ".join(ref.source_name or ref.origin for ref in scan.inputs[:5])
    if len(scan.inputs) > 5:
        sources += f" (+{len(scan.inputs) - 5} more)"

    duplicates: list[tuple[str, int]] = []
    near: list[tuple[str, int, float]] = []
    new_ids: list[int] = []
    n_words = 0
    n_statements = 0
    done = 0

    with store.writer(sources=sources) as writer:

        def new_articles() -> Iterator[tuple[list, list[str], list[str | None]]]:
            nonlocal n_words, done
            for chunk in _batched(iter_drafts(scan, defaults), BATCH_ARTICLES):
                keys: list[int] = []
                texts: list[str] = []
                countries: list[str | None] = []
                for draft in chunk:
                    added = writer.add_article(draft)
                    if added.article_id is None:
                        duplicates.append((origin(draft), added.duplicate_of or 0))
                        done += 1
                        continue
                    if added.near_duplicate_of is not None:
                        near.append(
                            (origin(draft), added.near_duplicate_of, added.similarity or 0.0)
                        )
                    keys.append(added.article_id)
                    texts.append(draft.text)
                    countries.append(draft.country)
                    n_words += len(draft.text.split())
                if keys:
                    yield keys, texts, countries
                elif progress:
                    progress(done, total)

        with _Analyser(jobs) as analyser:
            for keys, table in analyser.run(new_articles()):
                new_ids.extend(keys)
                writer.add_statement_table(table)
                n_statements += table.num_rows
                done += len(keys)
                if progress:
                    progress(done, total)
            version = analyser.rules_version() if new_ids else ""
        # Inside the writer: a kill can never leave articles without their analysis record.
        if new_ids:
            store.record_analysis_run(version, len(new_ids), n_statements)

    return ImportReport(
        n_imported=len(new_ids),
        n_duplicates=len(duplicates),
        n_near_duplicates=len(near),
        n_statements=n_statements,
        n_words=n_words,
        seconds=time.perf_counter() - started,
        duplicates=tuple(duplicates),
        near_duplicates=tuple(near),
        article_ids=tuple(new_ids),
    )


def reanalyse(
    store: Store, *, progress: ProgressCallback | None = None, jobs: int | None = None
) -> ReanalyseReport:
    """Re-extract and re-score every stored article with the current rules, in one
    transaction; the stored texts are only read."""
    started = time.perf_counter()
    summaries = store.list_articles()
    total = len(summaries)
    if jobs is None:
        jobs = default_jobs(sum(s.word_count * 6 for s in summaries))
    n_statements = 0
    done = 0

    def batches() -> Iterator[tuple[list[int], list[str], list[str | None]]]:
        # Each batch is read completely before the next write on the same connection.
        for ids in _batched([s.id for s in summaries], BATCH_ARTICLES):
            chunk = list(store.iter_articles(ids))
            yield [a.id for a in chunk], [a.text for a in chunk], [a.country for a in chunk]

    with store.writer(sources="reanalyse") as _writer, _Analyser(jobs) as analyser:
        for keys, table in analyser.run(batches()):
            store.replace_statement_table(table, keys)
            n_statements += table.num_rows
            done += len(keys)
            if progress:
                progress(done, total)
        version = analyser.rules_version()
        store.record_analysis_run(version, total, n_statements)
    return ReanalyseReport(
        n_articles=total,
        n_statements=n_statements,
        seconds=time.perf_counter() - started,
        rules_version=version,
    )


def origin(draft: ArticleDraft) -> str:
    """How reports name an input: its file name, or for JSON/JSONL items the line/index."""
    # Items of one JSON/JSONL file share a file name; their origin names the line or index.
    if draft.source_format in ("json", "jsonl") or not draft.source_name:
        return draft.origin
    return draft.source_name
