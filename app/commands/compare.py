"""``framelens compare``: profiles, differences, vocabulary and similarity of groups/outlets.

The counting is done by DuckDB (analysis.compare_db), the statistics by analysis.compare,
analysis.vocabulary, analysis.similarity and analysis.voices; this module only chooses what to
ask for and prints it.
"""

from __future__ import annotations

import csv
import io
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from app.commands import db_option, open_store

BY_CHOICES = ("group", "actor", "outlet", "country")
MEASURE_NAMES = ("sentiment", "hedging", "boosting", "denial", "accusation", "verb_stance",
                 "scare_quotes", "sarcasm", "hedged", "anonymous_source")
MAX_IDS_IN_OUTPUT = 50


@dataclass(frozen=True)
class Report:
    """Everything one ``compare`` run computed."""

    comparison: Any  # analysis.compare.Comparison
    vocabulary: tuple[Any, ...]  # analysis.vocabulary.GroupVocabulary
    similarity: tuple[Any, ...]  # analysis.similarity.SimilarityMatrix
    voices: Any | None  # analysis.voices.VoicesTable
    omitted: tuple[str, ...]  # groups left out by --top


def _split(values: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for v in values:
        out.extend(part.strip() for part in v.split(",") if part.strip())
    return list(dict.fromkeys(out))


@click.command("compare")
@click.option("--by", type=click.Choice(BY_CHOICES), default="group", show_default=True,
              help="What to compare: speaker group, actor, outlet or outlet country.")
@click.option("--groups", "groups", multiple=True, metavar="A,B",
              help="Names to compare (comma-separated or repeated) [default: the --top "
                   "largest].")
@click.option("--scores", "scores", multiple=True, metavar="S,T",
              help=f"Measures (comma-separated) [default: all: {', '.join(MEASURE_NAMES)}].")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="table (rich, for reading), json, or csv (one tidy "
                                      "table with a 'section' column).")
@db_option
@click.option("--min-n", "min_n", type=click.IntRange(min=2), default=5, show_default=True,
              help="Fewer statements than this: no interval and no test ('too few "
                   "statements').")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Random seed of the bootstrap and permutation draws.")
@click.option("--resamples", type=click.IntRange(min=99), default=2000, show_default=True,
              help="Bootstrap and permutation resamples (the smallest p is 1/(B+1)).")
@click.option("--stop-after", "stop_after", type=click.IntRange(min=0), default=50,
              show_default=True, help="Stop a permutation test once this many draws were as "
                                      "extreme as the data (Besag-Clifford p = N/draws); 0 "
                                      "always draws --resamples.")
@click.option("--correction", type=click.Choice(["bh", "holm"]), default="bh",
              show_default=True, help="Multiple-comparison correction over all measures x "
                                      "pairs: bh (Benjamini-Hochberg, FDR) or holm (FWER).")
@click.option("--top", type=click.IntRange(min=2), default=6, show_default=True,
              help="Without --groups: compare this many of the largest.")
@click.option("--words", type=click.IntRange(min=0), default=10, show_default=True,
              help="Distinctive words per group (0 skips the vocabulary).")
@click.option("--versus", type=click.Choice(["rest", "pairs"]), default="rest",
              show_default=True, help="Vocabulary of each group against the rest, or pairwise.")
@click.option("--bigrams/--no-bigrams", default=False, show_default=True,
              help="Count two-word phrases too.")
def compare(by: str, groups: tuple[str, ...], scores: tuple[str, ...], fmt: str,
            db: Path | None, min_n: int, seed: int, resamples: int, stop_after: int,
            correction: str, top: int, words: int, versus: str, bigrams: bool) -> None:
    """Compare groups (or actors, outlets, countries): mean framing scores with 95%
    bootstrap intervals (Wilson for shares), pairwise effect sizes (Hedges' g; Cohen's h for
    shares) with permutation p-values corrected across every measure and pair, distinctive
    words (weighted log-odds, Monroe et al. 2008) and similarity matrices."""
    names = _split(groups)
    measures = _split(scores) or list(MEASURE_NAMES)
    unknown = [m for m in measures if m not in MEASURE_NAMES]
    if unknown:
        raise click.UsageError(f"unknown score(s) {', '.join(unknown)}; choose from "
                               f"{', '.join(MEASURE_NAMES)}")
    if len(names) == 1:
        raise click.UsageError("--groups needs at least two names to compare")
    with open_store(db, read_only=True) as store:
        try:
            report = _build(store, by, names, measures, min_n, seed, resamples,
                            stop_after or None, correction, top, words, versus, bigrams)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from None
    out = {"table": _render_table, "json": _render_json, "csv": _render_csv}[fmt](report)
    if out is not None:
        sys.stdout.write(out)


def _build(store: Any, by: str, names: list[str], measures: list[str], min_n: int, seed: int,
           resamples: int, stop_after: int | None, correction: str, top: int, words: int,
           versus: str, bigrams: bool) -> Report:
    from analysis import compare_db
    from analysis.compare import compare_groups
    from analysis.similarity import (
        distribution_similarity,
        profile_similarity,
        tfidf_similarity,
    )
    from analysis.vocabulary import distinctive_terms

    omitted: tuple[str, ...] = ()
    if not names:
        # Sizes first, so that only the compared groups' tables are counted.
        sizes = list(compare_db.group_sizes(store, by))
        if not sizes:
            raise ValueError("no statements in the database; import articles first "
                             "(framelens import PATH)")
        names, omitted = sizes[:top], tuple(sizes[top:])
    tables = compare_db.score_tables_from_db(store, by, measures=measures, groups=names)
    if len(tables.groups) < 2:
        raise ValueError(f"only one {by} ({tables.groups[0]!r}) has statements; nothing to "
                         "compare")
    chosen = list(tables.groups)
    comparison = compare_groups(tables, confidence=0.95, n_resamples=resamples,
                                stop_after=stop_after, min_n=min_n, correction=correction,
                                random_state=seed)
    term_counts = compare_db.count_terms_from_db(store, by, groups=chosen, bigrams=bigrams)
    vocabulary = distinctive_terms(term_counts, versus=versus, top=words) if words else ()
    matrices = (
        tfidf_similarity(term_counts),
        profile_similarity(tables),
        distribution_similarity(compare_db.category_counts_from_db(store, by, "stance",
                                                                   groups=chosen)),
        distribution_similarity(compare_db.category_counts_from_db(store, by, "cues",
                                                                   groups=chosen)),
    )
    voices = (compare_db.voices_from_db(store, by, outlets=chosen)
              if by in ("outlet", "country") else None)
    return Report(comparison, vocabulary, matrices, voices, omitted)


# --------------------------------------------------------------------------- json


def _num(x: float | None) -> float | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else float(x)


def report_to_dict(report: Report) -> dict[str, Any]:
    """The JSON document: ``profiles[group][measure]`` has mean, ci_low, ci_high, n."""
    c = report.comparison
    return {
        "by": c.by,
        "groups": [{"name": p.group, "n": p.n} for p in c.profiles],
        "omitted_groups": list(report.omitted),
        "settings": {"confidence": c.confidence, "resamples": c.n_resamples,
                     "stop_after": c.stop_after, "min_n": c.min_n, "seed": c.random_state, "correction": c.correction,
                     "tests_in_family": c.n_tests},
        "profiles": {
            p.group: {s.measure: {"mean": _num(s.mean), "ci_low": _num(s.ci_low),
                                  "ci_high": _num(s.ci_high), "n": s.n, "status": s.status,
                                  "interval": s.interval} for s in p.scores}
            for p in c.profiles},
        "differences": [
            {"group_a": d.group_a, "group_b": d.group_b, "measure": d.measure, "n_a": d.n_a,
             "n_b": d.n_b, "mean_a": _num(d.mean_a), "mean_b": _num(d.mean_b),
             "difference": _num(d.difference), "effect_size": _num(d.effect_size),
             "effect_measure": d.effect_measure, "p_value": _num(d.p_value),
             "p_adjusted": _num(d.p_adjusted), "status": d.status}
            for d in c.differences],
        "vocabulary": [
            {"group": v.group, "versus": v.versus, "n_tokens": v.n_tokens, "terms": [
                {"term": t.term, "z": _num(t.z), "log_odds": _num(t.log_odds),
                 "count": t.count, "count_other": t.count_other,
                 "n_statements": t.n_statements,
                 "statement_ids": list(t.statement_ids[:MAX_IDS_IN_OUTPUT])}
                for t in v.terms]}
            for v in report.vocabulary],
        "similarity": {
            m.measure: {"labels": list(m.labels), "description": m.description,
                        "matrix": [[_num(x) for x in row] for row in m.values.tolist()]}
            for m in report.similarity},
        "voices": None if report.voices is None else [
            {"outlet": o.outlet, "n": o.n, "anonymous_share": o.anonymous_share,
             "diversity": o.diversity,
             "shares": {v.group: v.share for v in o.voices}}
            for o in report.voices.outlets],
    }


def _render_json(report: Report) -> str:
    return json.dumps(report_to_dict(report), indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- csv

CSV_COLUMNS = ("section", "group_a", "group_b", "measure", "n_a", "n_b", "mean_a", "ci_low",
               "ci_high", "mean_b", "difference", "effect_size", "effect_measure", "p_value",
               "p_adjusted", "status", "term", "z", "count", "count_other", "value")


def _safe(text: str) -> str:
    # Same rule as the statements export: a text cell must not start a spreadsheet formula.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _render_csv(report: Report) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    c = report.comparison

    def row(**kw: Any) -> None:
        clean = {k: (_safe(v) if isinstance(v, str) and k not in ("section", "status",
                                                                   "effect_measure") else v)
                 for k, v in kw.items()}
        writer.writerow({k: ("" if clean.get(k) is None else clean[k]) for k in CSV_COLUMNS})

    for p in c.profiles:
        for s in p.scores:
            row(section="profile", group_a=p.group, measure=s.measure, n_a=s.n,
                mean_a=_num(s.mean), ci_low=_num(s.ci_low), ci_high=_num(s.ci_high),
                status=s.status)
    for d in c.differences:
        row(section="difference", group_a=d.group_a, group_b=d.group_b, measure=d.measure,
            n_a=d.n_a, n_b=d.n_b, mean_a=_num(d.mean_a), mean_b=_num(d.mean_b),
            difference=_num(d.difference), effect_size=_num(d.effect_size),
            effect_measure=d.effect_measure, p_value=_num(d.p_value),
            p_adjusted=_num(d.p_adjusted), status=d.status)
    for v in report.vocabulary:
        for t in v.terms:
            row(section="vocabulary", group_a=v.group, group_b=v.versus, term=t.term,
                z=_num(t.z), count=t.count, count_other=t.count_other)
    for m in report.similarity:
        for i, a in enumerate(m.labels):
            for j, b in enumerate(m.labels):
                row(section=f"similarity:{m.measure}", group_a=a, group_b=b,
                    value=_num(float(m.values[i, j])))
    if report.voices is not None:
        for o in report.voices.outlets:
            for v in o.voices:
                row(section="voices", group_a=o.outlet, group_b=v.group, n_a=o.n,
                    count=v.n, value=v.share)
    return buf.getvalue()


# --------------------------------------------------------------------------- table


def _f(x: float | None, digits: int = 3) -> str:
    return "–" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.{digits}f}"


def _p(x: float | None) -> str:
    if x is None:
        return "–"
    return f"{x:.4f}" if x >= 0.0001 else f"{x:.1e}"


def _render_table(report: Report) -> None:
    from rich.console import Console
    from rich.table import Table

    from analysis.compare import STATUS_TEXT

    # Piped output has no terminal width; do not squeeze group names into 80 columns.
    console = Console(file=sys.stdout, width=None if sys.stdout.isatty() else 200)
    c = report.comparison
    title = (f"Profiles by {c.by}: mean [95% interval]; bootstrap for scores, Wilson for "
             f"shares; B={c.n_resamples}, seed={c.random_state}")
    prof = Table(title=title, title_justify="left")
    prof.add_column("measure")
    for p in c.profiles:
        prof.add_column(f"{p.group}\nn={p.n}", justify="right")
    for j, measure in enumerate(c.measures):
        cells = []
        for p in c.profiles:
            s = p.scores[j]
            if s.status != "ok":
                cells.append(f"{_f(s.mean)} (n={s.n}: {STATUS_TEXT[s.status]})")
            else:
                cells.append(f"{_f(s.mean)} [{_f(s.ci_low)}, {_f(s.ci_high)}]")
        prof.add_row(measure, *cells)
    console.print(prof)
    if report.omitted:
        console.print(f"Not shown ({len(report.omitted)} smaller): "
                      f"{', '.join(report.omitted[:10])}{' ...' if len(report.omitted) > 10 else ''}"
                      " - name them with --groups.")

    corr = "Benjamini-Hochberg" if c.correction == "bh" else "Holm"
    diff = Table(title=f"Differences (a - b): Hedges' g for scores, Cohen's h for shares; "
                       f"permutation p, {corr} over {c.n_tests} tests", title_justify="left")
    for col in ("a", "b", "measure", "mean a", "mean b", "effect", "p", "p adj.", "status"):
        diff.add_column(col, justify="right" if col not in ("a", "b", "measure") else "left")
    for d in sorted(c.differences, key=lambda d: (d.p_adjusted is None, d.p_adjusted or 0.0)):
        eff = "–" if d.effect_size is None else \
            f"{'g' if d.effect_measure == 'hedges_g' else 'h'}={d.effect_size:+.2f}"
        diff.add_row(d.group_a, d.group_b, d.measure, _f(d.mean_a), _f(d.mean_b), eff,
                     _p(d.p_value), _p(d.p_adjusted), d.status_text or "ok")
    console.print(diff)

    for v in report.vocabulary:
        t = Table(title=f"Distinctive words: {v.group} vs {v.versus} (log-odds z)",
                  title_justify="left")
        for col in ("term", "z", "count", "other", "statements"):
            t.add_column(col, justify="left" if col == "term" else "right")
        for term in v.terms:
            t.add_row(term.term, f"{term.z:.2f}", str(term.count), str(term.count_other),
                      str(term.n_statements))
        if not v.terms:
            t.add_row("(none)", "", "", "", "")
        console.print(t)

    for m in report.similarity:
        t = Table(title=f"Similarity ({m.measure}): {m.description}", title_justify="left")
        t.add_column("")
        for label in m.labels:
            t.add_column(label, justify="right")
        for i, label in enumerate(m.labels):
            t.add_row(label, *(_f(float(x), 2) for x in m.values[i]))
        console.print(t)

    if report.voices is not None:
        groups = report.voices.groups
        t = Table(title=f"Voices: share of statements by speaker group per {report.voices.by}; "
                        f"diversity = normalised Shannon entropy over "
                        f"{report.voices.n_known_groups} known groups", title_justify="left")
        t.add_column(report.voices.by)
        t.add_column("n", justify="right")
        for g in groups:
            t.add_column(g, justify="right")
        t.add_column("anonymous", justify="right")
        t.add_column("diversity", justify="right")
        for o in report.voices.outlets:
            t.add_row(o.outlet, str(o.n), *(f"{o.share(g):.0%}" for g in groups),
                      f"{o.anonymous_share:.0%}", _f(o.diversity, 2))
        console.print(t)
