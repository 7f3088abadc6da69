"""Group comparisons: per-group profiles with intervals and pairwise differences with tests.

Input is a :class:`ScoreTables`: for each compared group (speaker group, actor, outlet or
outlet country) and each measure, a value-count table. Build it from statement rows
(:func:`score_tables_from_frame`), from a GROUP BY result (:func:`score_tables_from_counts`),
or straight from the database (:func:`analysis.compare_db.score_tables_from_db`). The same
statements give the same tables, hence the same numbers, whichever way they were counted.

Choices (stated once, here, and in the CLI help):

- Interval of a score: 95% percentile bootstrap of the mean (:mod:`analysis.stats`). Interval of
  a boolean (``hedged``, ``anonymous_source``): Wilson score interval of the share.
- Groups with fewer than ``min_n`` statements (default 5) get a mean but no interval and no
  test: status ``too_few`` ("too few statements"), never a number that means nothing.
- Difference a - b: Hedges' g for scores; for booleans the difference in shares plus Cohen's h.
  p-value: two-sided permutation test of the difference in means, at most B resamples,
  stopping once 50 draws were as extreme as the data (Besag & Clifford's sequential p-value,
  see :class:`analysis.stats.PermutationResult`; ``stop_after=None`` always draws B).
- Multiple comparisons: every test in one request (all measures x all pairs) is one family.
  Default correction is Benjamini-Hochberg (false discovery rate): a request easily holds
  10 measures x 15 pairs = 150 tests, and with a permutation floor of 1/(B+1) Holm could then
  never go below 150/2001 = 0.075. Holm (family-wise error) is available with
  ``correction="holm"``.
- Seeds: each (group, measure) and (pair, measure) draws from its own stream derived from
  ``random_state`` and the names, so adding a group to a request does not change the others.
"""

from __future__ import annotations

import itertools
import math
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike

from analysis import stats
from analysis.stats import ValueCounts
from corpus.models import SCORE_COLUMNS

BOOLEAN_COLUMNS: tuple[str, ...] = ("hedged", "anonymous_source")
MEASURES: tuple[str, ...] = SCORE_COLUMNS + BOOLEAN_COLUMNS
BY_KEYS: tuple[str, ...] = ("group", "actor", "outlet", "country")
DEFAULT_MIN_N = 5
MISSING_KEY = "(none)"
"""Label of statements whose outlet or country is unknown (NULL in the store)."""

STATUS_OK = "ok"
STATUS_TOO_FEW = "too_few"
STATUS_CONSTANT = "constant"
STATUS_TEXT = {
    STATUS_OK: "",
    STATUS_TOO_FEW: "too few statements",
    STATUS_CONSTANT: "every statement has the same value",
}


# --------------------------------------------------------------------------- tables


@dataclass(frozen=True)
class ScoreTables:
    """Value-count tables per compared group and measure.

    ``tables[i][j]`` belongs to ``groups[i]`` and ``measures[j]``; ``n[i]`` is the number of
    statements of ``groups[i]`` (a table may hold fewer values when a score is missing).
    """

    by: str
    groups: tuple[str, ...]
    measures: tuple[str, ...]
    n: tuple[int, ...]
    tables: tuple[tuple[ValueCounts, ...], ...]

    def table(self, group: str, measure: str) -> ValueCounts:
        return self.tables[self._group_index(group)][self._measure_index(measure)]

    def select(self, groups: Sequence[str] | None = None,
               measures: Sequence[str] | None = None) -> ScoreTables:
        """A subset, in the order asked for. Unknown names raise ValueError."""
        gi = [self._group_index(g) for g in groups] if groups is not None else \
            list(range(len(self.groups)))
        mi = [self._measure_index(m) for m in measures] if measures is not None else \
            list(range(len(self.measures)))
        return ScoreTables(
            by=self.by,
            groups=tuple(self.groups[i] for i in gi),
            measures=tuple(self.measures[j] for j in mi),
            n=tuple(self.n[i] for i in gi),
            tables=tuple(tuple(self.tables[i][j] for j in mi) for i in gi),
        )

    def _group_index(self, group: str) -> int:
        try:
            return self.groups.index(group)
        except ValueError:
            raise ValueError(
                f"no statements for {self.by} {group!r}; known: {', '.join(self.groups) or '-'}"
            ) from None

    def _measure_index(self, measure: str) -> int:
        try:
            return self.measures.index(measure)
        except ValueError:
            raise ValueError(
                f"unknown measure {measure!r}; choose from {', '.join(self.measures)}"
            ) from None


def check_by(by: str) -> str:
    if by not in BY_KEYS:
        raise ValueError(f"cannot compare by {by!r}; choose one of {', '.join(BY_KEYS)}")
    return by


def check_measures(measures: Iterable[str]) -> tuple[str, ...]:
    out = tuple(measures)
    unknown = [m for m in out if m not in MEASURES]
    if unknown:
        raise ValueError(f"unknown measure(s) {', '.join(unknown)}; choose from "
                         f"{', '.join(MEASURES)}")
    if not out:
        raise ValueError("no measures asked for")
    return out


def score_tables_from_counts(
    by: str,
    group_n: tuple[Sequence[str], Sequence[int]],
    rows: tuple[Sequence[str], Sequence[str], ArrayLike, ArrayLike],
    *,
    measures: Sequence[str] = MEASURES,
    groups: Sequence[str] | None = None,
) -> ScoreTables:
    """Tables from a GROUP BY result.

    ``group_n`` is ``(keys, statement_counts)``; ``rows`` is ``(keys, measures, values,
    counts)``, one row per distinct value of a measure within a group (booleans as 0/1).
    Groups are ordered by statement count (largest first, then name) unless ``groups`` gives
    the order.
    """
    measures = check_measures(measures)
    sizes = {str(k): int(c) for k, c in zip(group_n[0], group_n[1], strict=True)}
    rk, rm, rv, rc = rows
    key_codes, keys = pd.factorize(pd.Series(rk, dtype=object).astype(str).to_numpy(),
                                   sort=False)
    measure_names = pd.Series(rm, dtype=object).astype(str).to_numpy()
    known = {m: j for j, m in enumerate(measures)}
    # A measure not asked for gets -1 and is dropped.
    measure_codes = np.fromiter((known.get(m, -1) for m in measure_names), dtype=np.int64,
                                count=len(measure_names))
    return score_tables_from_codes(by, sizes, [str(k) for k in keys], key_codes,
                                   measure_codes, rv, rc, measures=measures, groups=groups)


def score_tables_from_codes(
    by: str,
    sizes: dict[str, int],
    keys: Sequence[str],
    key_codes: ArrayLike,
    measure_codes: ArrayLike,
    values: ArrayLike,
    counts: ArrayLike,
    *,
    measures: Sequence[str] = MEASURES,
    groups: Sequence[str] | None = None,
) -> ScoreTables:
    """Tables from a GROUP BY result with its labels already numbered: row i says that
    ``values[i]`` occurs ``counts[i]`` times for group ``keys[key_codes[i]]`` and measure
    ``measures[measure_codes[i]]`` (rows with a code of -1 are ignored). ``sizes`` gives each
    group's statement count; order of groups as in :func:`score_tables_from_counts`."""
    check_by(by)
    measures = check_measures(measures)
    if groups is None:
        order = sorted(sizes, key=lambda g: (-sizes[g], g))
    else:
        missing = [g for g in groups if g not in sizes]
        if missing:
            raise ValueError(f"no statements for {by} {', '.join(map(repr, missing))}; "
                             f"known: {', '.join(sorted(sizes)) or '-'}")
        order = list(dict.fromkeys(groups))
    kc = np.asarray(key_codes, dtype=np.int64)
    mc = np.asarray(measure_codes, dtype=np.int64)
    v = np.asarray(values, dtype=np.float64)
    c = np.asarray(counts, dtype=np.int64)
    ok = (kc >= 0) & (mc >= 0)
    kc, mc, v, c = kc[ok], mc[ok], v[ok], c[ok]
    # One sort puts each (group, measure) cell together, its values ascending.
    by_cell = np.lexsort((v, mc, kc))
    kc, mc, v, c = kc[by_cell], mc[by_cell], v[by_cell], c[by_cell]
    cuts = np.flatnonzero((kc[1:] != kc[:-1]) | (mc[1:] != mc[:-1])) + 1
    bounds = np.concatenate([[0], cuts, [kc.size]]) if kc.size else np.zeros(1, np.int64)
    cells: dict[tuple[str, str], ValueCounts] = {}
    # Already sorted: a cell whose values are distinct and counts positive is a table as
    # it stands (from_pairs would check and find just that).
    clean = ~np.isnan(v) & (c > 0)
    for lo, hi in itertools.pairwise(bounds.tolist()):
        vals = v[lo:hi]
        if clean[lo:hi].all() and (hi - lo < 2 or bool(np.all(vals[1:] > vals[:-1]))):
            table = ValueCounts(vals.copy(), c[lo:hi].copy())
            table.values.setflags(write=False)
            table.counts.setflags(write=False)
        else:
            table = ValueCounts.from_pairs(vals, c[lo:hi])
        cells[(str(keys[kc[lo]]), measures[mc[lo]])] = table
    empty = ValueCounts.from_pairs([], [])
    return ScoreTables(
        by=by,
        groups=tuple(order),
        measures=measures,
        n=tuple(sizes[g] for g in order),
        tables=tuple(tuple(cells.get((g, m), empty) for m in measures) for g in order),
    )


def score_tables_from_frame(
    data: Any,
    by: str,
    *,
    measures: Sequence[str] = MEASURES,
    groups: Sequence[str] | None = None,
) -> ScoreTables:
    """Tables from statement rows: a pandas DataFrame or pyarrow Table with the export
    columns (design.md), at least ``by`` and the measures. Missing keys become ``(none)``.

    Counted by an in-memory DuckDB with the very query the database path uses, so both give
    the same tables.
    """
    # Imported here: compare_db builds on this module.
    from analysis.compare_db import score_tables_from_arrow

    check_by(by)
    if not (hasattr(data, "iloc") or hasattr(data, "column_names")):
        raise TypeError(f"expected a pandas DataFrame or pyarrow Table, got "
                        f"{type(data).__name__}")
    return score_tables_from_arrow(data, by, measures=measures, groups=groups)


# --------------------------------------------------------------------------- profiles


@dataclass(frozen=True)
class ScoreSummary:
    """One measure of one group: ``mean`` (a share for booleans), its interval and ``n``.

    ``ci_low``/``ci_high`` are None when ``status`` is not ``ok`` (``too_few``: fewer than
    ``min_n`` values). ``interval`` names the method (``bootstrap-percentile``, ``wilson``,
    ``degenerate`` when every value is equal).
    """

    measure: str
    mean: float | None
    ci_low: float | None
    ci_high: float | None
    n: int
    status: str
    interval: str


@dataclass(frozen=True)
class GroupProfile:
    """All measures of one compared group."""

    group: str
    n: int
    scores: tuple[ScoreSummary, ...]

    def score(self, measure: str) -> ScoreSummary:
        for s in self.scores:
            if s.measure == measure:
                return s
        raise ValueError(f"profile of {self.group!r} has no measure {measure!r}")


def _stream(random_state: stats.RandomState, *names: str) -> stats.RandomState:
    """A reproducible, order-independent random stream per (seed, names)."""
    if random_state is None or isinstance(random_state, np.random.Generator):
        return random_state
    return np.random.default_rng(
        [int(random_state), *(zlib.crc32(n.encode("utf-8")) for n in names)])


def summarize(
    table: ValueCounts,
    measure: str,
    *,
    confidence: float = 0.95,
    n_resamples: int = stats.DEFAULT_RESAMPLES,
    min_n: int = DEFAULT_MIN_N,
    random_state: stats.RandomState = 0,
) -> ScoreSummary:
    """Mean (or share) and interval of one measure's table."""
    n = table.n
    if n == 0:
        return ScoreSummary(measure, None, None, None, 0, STATUS_TOO_FEW, "none")
    mean = table.mean()
    if n < min_n:
        return ScoreSummary(measure, mean, None, None, n, STATUS_TOO_FEW, "none")
    if measure in BOOLEAN_COLUMNS:
        positives = int(round(float(np.sum(table.values * table.counts))))
        iv = stats.wilson_interval(positives, n, confidence)
    else:
        iv = stats.bootstrap_mean_counts(table, confidence=confidence, n_resamples=n_resamples,
                                         random_state=random_state)
    return ScoreSummary(measure, mean, iv.low, iv.high, n, STATUS_OK, iv.method)


def profile_groups(
    tables: ScoreTables,
    *,
    confidence: float = 0.95,
    n_resamples: int = stats.DEFAULT_RESAMPLES,
    min_n: int = DEFAULT_MIN_N,
    random_state: stats.RandomState = 0,
) -> tuple[GroupProfile, ...]:
    """Profile of every group in ``tables``: mean, interval and n of each measure."""
    out = []
    for gi, group in enumerate(tables.groups):
        summaries = tuple(
            summarize(tables.tables[gi][mi], measure, confidence=confidence,
                      n_resamples=n_resamples, min_n=min_n,
                      random_state=_stream(random_state, "profile", group, measure))
            for mi, measure in enumerate(tables.measures)
        )
        out.append(GroupProfile(group, tables.n[gi], summaries))
    return tuple(out)


# --------------------------------------------------------------------------- differences


@dataclass(frozen=True)
class Difference:
    """One measure compared between two groups (a minus b).

    ``effect_measure`` is ``hedges_g`` for scores and ``cohens_h`` for booleans (where
    ``difference`` is the difference in shares). ``effect_size`` is None when undefined (no
    spread within either group). ``p_value`` is the permutation p-value, ``p_adjusted`` the
    corrected one (``correction`` on the Comparison); both None unless ``status`` is ``ok``.
    """

    measure: str
    group_a: str
    group_b: str
    n_a: int
    n_b: int
    mean_a: float | None
    mean_b: float | None
    difference: float | None
    effect_size: float | None
    effect_measure: str
    p_value: float | None
    p_adjusted: float | None
    status: str

    @property
    def status_text(self) -> str:
        return STATUS_TEXT.get(self.status, self.status)


def compare_pair(
    a: ValueCounts,
    b: ValueCounts,
    measure: str,
    group_a: str,
    group_b: str,
    *,
    n_resamples: int = stats.DEFAULT_RESAMPLES,
    stop_after: int | None = stats.DEFAULT_STOP_AFTER,
    min_n: int = DEFAULT_MIN_N,
    random_state: stats.RandomState = 0,
) -> Difference:
    """Effect size and permutation p-value (uncorrected) of one measure between two groups."""
    boolean = measure in BOOLEAN_COLUMNS
    effect_measure = "cohens_h" if boolean else "hedges_g"
    na, nb = a.n, b.n
    mean_a = a.mean() if na else None
    mean_b = b.mean() if nb else None
    if na < min_n or nb < min_n:
        diff = mean_a - mean_b if mean_a is not None and mean_b is not None else None
        return Difference(measure, group_a, group_b, na, nb, mean_a, mean_b, diff, None,
                          effect_measure, None, None, STATUS_TOO_FEW)
    assert mean_a is not None and mean_b is not None
    diff = mean_a - mean_b
    pooled = a.merge(b)
    if pooled.k == 1:
        return Difference(measure, group_a, group_b, na, nb, mean_a, mean_b, diff, None,
                          effect_measure, None, None, STATUS_CONSTANT)
    effect = stats.cohens_h(mean_a, mean_b) if boolean else stats.hedges_g(a, b)
    test = stats.permutation_test_counts(a, b, n_resamples=n_resamples, stop_after=stop_after,
                                         random_state=random_state, pooled=pooled)
    return Difference(measure, group_a, group_b, na, nb, mean_a, mean_b, diff,
                      None if math.isnan(effect) else effect, effect_measure, test.p_value,
                      None, STATUS_OK)


def compare_pairs(
    tables: ScoreTables,
    pairs: Sequence[tuple[str, str]] | None = None,
    *,
    n_resamples: int = stats.DEFAULT_RESAMPLES,
    stop_after: int | None = stats.DEFAULT_STOP_AFTER,
    min_n: int = DEFAULT_MIN_N,
    correction: str = "bh",
    random_state: stats.RandomState = 0,
) -> tuple[Difference, ...]:
    """Every measure for every pair (default: all pairs of ``tables.groups`` in order), with
    p-values corrected across the whole request (only tests with status ``ok`` count)."""
    if correction not in stats.CORRECTIONS:
        raise ValueError(f"unknown correction {correction!r}; choose one of "
                         f"{', '.join(stats.CORRECTIONS)}")
    if pairs is None:
        pairs = list(itertools.combinations(tables.groups, 2))
    raw = []
    for ga, gb in pairs:
        if ga == gb:
            raise ValueError(f"cannot compare {ga!r} with itself")
        for measure in tables.measures:
            raw.append(compare_pair(
                tables.table(ga, measure), tables.table(gb, measure), measure, ga, gb,
                n_resamples=n_resamples, stop_after=stop_after, min_n=min_n,
                random_state=_stream(random_state, "difference", ga, gb, measure)))
    p = np.array([d.p_value if d.p_value is not None else np.nan for d in raw])
    adjusted = stats.adjust_pvalues(p, correction)
    return tuple(
        d if d.p_value is None else _with_adjusted(d, float(q))
        for d, q in zip(raw, adjusted, strict=True)
    )


def _with_adjusted(d: Difference, q: float) -> Difference:
    return replace(d, p_adjusted=q)


# --------------------------------------------------------------------------- the whole request


@dataclass(frozen=True)
class Comparison:
    """Profiles and pairwise differences for one request, with the settings that made them."""

    by: str
    groups: tuple[str, ...]
    measures: tuple[str, ...]
    profiles: tuple[GroupProfile, ...]
    differences: tuple[Difference, ...]
    correction: str
    confidence: float
    n_resamples: int
    min_n: int
    random_state: int | None
    stop_after: int | None = stats.DEFAULT_STOP_AFTER

    @property
    def n_tests(self) -> int:
        """Size of the corrected family."""
        return sum(1 for d in self.differences if d.p_value is not None)


def compare_groups(
    tables: ScoreTables,
    *,
    pairs: Sequence[tuple[str, str]] | None = None,
    confidence: float = 0.95,
    n_resamples: int = stats.DEFAULT_RESAMPLES,
    stop_after: int | None = stats.DEFAULT_STOP_AFTER,
    min_n: int = DEFAULT_MIN_N,
    correction: str = "bh",
    random_state: int | None = 0,
) -> Comparison:
    """Profiles of every group in ``tables`` and differences for ``pairs`` (default: all)."""
    if min_n < 2:
        raise ValueError("min_n must be at least 2 (an interval needs two values)")
    profiles = profile_groups(tables, confidence=confidence, n_resamples=n_resamples,
                              min_n=min_n, random_state=random_state)
    differences = compare_pairs(tables, pairs, n_resamples=n_resamples, stop_after=stop_after,
                                min_n=min_n, correction=correction, random_state=random_state)
    return Comparison(tables.by, tables.groups, tables.measures, profiles, differences,
                      correction, confidence, n_resamples, min_n, random_state, stop_after)
