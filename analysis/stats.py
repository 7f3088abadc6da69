"""Pure statistics for group comparisons: intervals, permutation tests, effect sizes.

Everything works on value-count tables (:class:`ValueCounts`: sorted distinct values and how
often each occurs), which is what ``SELECT v, count(*) ... GROUP BY v`` returns. The raw-array
functions build that table first and call the table functions, so both give identical results
on the same data and seed.

Why tables: resampling n statements B times costs O(B*n). A bootstrap resample of a table is a
multinomial draw over its k distinct values, and a random relabelling (permutation) of two
pooled tables is a multivariate hypergeometric draw; both cost O(B*k) and are *exact*, not
approximations, whatever n is. Permutation tests also stop early once 50 draws were as
extreme as the data (Besag & Clifford's sequential p-value), which leaves the many plainly
non-significant tests of a large request at a few hundred draws instead of B.

Continuous scores (sentiment) can have thousands of distinct values. For resampling only, such
a table is coarsened to a grid of bins, each bin represented by the mean of its members
(:func:`resampling_grid`). The overall mean is kept exactly. What binning loses is the spread
*inside* bins; the grid is refined until that loss is at most ``GRID_TOLERANCE`` (2%) of the
variance, and the resampled deviations are then scaled by sqrt(total SS / between-bin SS) so
the bootstrap (and permutation) variance equals that of the unbinned data exactly. Only the
shape of a 2% component is approximated, far below the Monte Carlo error of B = 2000
resamples (about 3% on a 95% percentile bound). Point estimates (means, effect sizes, the
observed difference) always use the exact table.

References: Efron & Tibshirani (1993) for the percentile bootstrap; Phipson & Smyth (2010) for
permutation p-values that are never zero, ``(1 + #{|T*| >= |T|}) / (B + 1)``; Hedges (1981) for
the small-sample correction of Cohen's d; Cohen (1988) for h; Wilson (1927) for the score
interval of a proportion; Besag & Clifford (1991) for sequential Monte Carlo p-values; Holm
(1979); Benjamini & Hochberg (1995).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike
from scipy.special import ndtri

GRID_TOLERANCE = 2e-2
"""Largest share of a score's variance that coarsening may leave inside bins (then restored by
scaling, see the module docstring)."""

GRID_START_LEVELS = 4
GRID_MAX_LEVELS = 1024
DEFAULT_RESAMPLES = 2000

RandomState = int | np.random.Generator | None


# --------------------------------------------------------------------------- tables


@dataclass(frozen=True, eq=False)
class ValueCounts:
    """A value-count table: ``values`` sorted and distinct, ``counts`` positive, same length.

    Build it with :meth:`from_values` (raw data) or :meth:`from_pairs` (a GROUP BY result);
    both sort, merge duplicate values, drop zero counts and NaN values.
    """

    values: np.ndarray
    counts: np.ndarray

    @classmethod
    def from_values(cls, x: ArrayLike) -> ValueCounts:
        arr = np.asarray(x, dtype=np.float64).ravel()
        arr = arr[~np.isnan(arr)]
        values, counts = np.unique(arr, return_counts=True)
        return cls._make(values, counts.astype(np.int64))

    @classmethod
    def from_pairs(cls, values: ArrayLike, counts: ArrayLike) -> ValueCounts:
        v = np.asarray(values, dtype=np.float64).ravel()
        c = np.asarray(counts).ravel()
        if v.shape != c.shape:
            raise ValueError(f"values and counts differ in length: {v.size} != {c.size}")
        if c.size and (np.any(c < 0) or np.any(c != np.floor(c))):
            raise ValueError("counts must be non-negative integers")
        keep = ~np.isnan(v) & (c > 0)
        v, c = v[keep], c[keep].astype(np.int64)
        if v.size and np.any(np.diff(v) <= 0):
            uniq, inverse = np.unique(v, return_inverse=True)
            v, c = uniq, np.bincount(inverse, weights=c, minlength=uniq.size).astype(np.int64)
        return cls._make(v, c)

    @classmethod
    def _make(cls, values: np.ndarray, counts: np.ndarray) -> ValueCounts:
        values.setflags(write=False)
        counts.setflags(write=False)
        return cls(values, counts)

    # Computed once per table (the arrays are read-only): a comparison asks each table for
    # its size and mean a dozen times.
    @functools.cached_property
    def n(self) -> int:
        return int(self.counts.sum())

    @property
    def k(self) -> int:
        return int(self.values.size)

    def mean(self) -> float:
        return self._mean

    @functools.cached_property
    def _mean(self) -> float:
        n = self.n
        return _dot(self.values, self.counts) / n if n else math.nan

    def var(self, ddof: int = 1) -> float:
        return self._var1 if ddof == 1 else self._var(ddof)

    @functools.cached_property
    def _var1(self) -> float:
        return self._var(1)

    def _var(self, ddof: int) -> float:
        n = self.n
        if n - ddof <= 0:
            return math.nan
        dev = self.values - self.mean()
        return _dot(dev * dev, self.counts) / (n - ddof)

    def merge(self, other: ValueCounts) -> ValueCounts:
        """The pooled table. Both are sorted and distinct already, so a stable sort of the
        two runs is a linear merge, and equal values sit side by side to be added up."""
        v = np.concatenate([self.values, other.values])
        c = np.concatenate([self.counts, other.counts])
        order = np.argsort(v, kind="stable")
        v, c = v[order], c[order]
        first = np.flatnonzero(np.concatenate([[True], v[1:] != v[:-1]])) if v.size else \
            np.zeros(0, dtype=np.int64)
        return ValueCounts._make(v[first], np.add.reduceat(c, first) if first.size else c)

    def expand(self) -> np.ndarray:
        """The raw values again, sorted (for tests and small data)."""
        return np.repeat(self.values, self.counts)


def resampling_grid(
    table: ValueCounts, tolerance: float = GRID_TOLERANCE, max_levels: int = GRID_MAX_LEVELS
) -> np.ndarray | None:
    """Bin edges for coarsening ``table`` before resampling, or None when it is small enough.

    Edges are the union of an even grid over the observed range and count-weighted quantiles
    (so a long tail and a dense centre both get narrow bins); the number of levels doubles from
    ``GRID_START_LEVELS`` until the within-bin share of the variance is at most ``tolerance``.
    A value ``v`` falls in bin ``searchsorted(edges, v, side='right')``.
    """
    if table.k <= GRID_START_LEVELS:
        return None
    v, c = table.values, table.counts
    mean = table.mean()
    total_ss = _dot((v - mean) ** 2, c)
    levels = GRID_START_LEVELS
    cum = np.cumsum(c)
    # Bins are runs of the sorted values, so prefix sums give every bin's count and sum in
    # O(bins) per level; within = total - between (the ANOVA split of the sum of squares).
    cum0 = np.concatenate([[0], cum])
    sums0 = np.concatenate([[0.0], np.cumsum((v - mean) * c)])
    while True:
        even = np.linspace(v[0], v[-1], levels + 1)[1:-1]
        targets = cum[-1] * np.arange(1, levels) / levels
        quant = v[np.minimum(np.searchsorted(cum, targets, side="left") + 1, v.size - 1)]
        edges = np.unique(np.concatenate([even, quant]))
        if edges.size + 1 >= table.k:
            return None
        # Bin b holds the values in [edges[b - 1], edges[b]).
        bounds = np.concatenate([[0], np.searchsorted(v, edges, side="left"), [v.size]])
        bc = (cum0[bounds[1:]] - cum0[bounds[:-1]]).astype(np.float64)
        bs = sums0[bounds[1:]] - sums0[bounds[:-1]]
        between = float(np.sum(np.divide(bs * bs, bc, out=np.zeros_like(bs), where=bc > 0)))
        within = max(0.0, total_ss - between)
        if total_ss == 0 or within <= tolerance * total_ss or levels >= max_levels:
            return edges
        levels *= 2


@dataclass(frozen=True, eq=False)
class _Coarse:
    """A table on its resampling grid: representative values, counts, and the factor that
    scales resampled deviations back to the exact variance."""

    reps: np.ndarray
    counts: np.ndarray
    scale: float


def _coarsen(table: ValueCounts) -> _Coarse:
    edges = resampling_grid(table)
    if edges is None:
        return _Coarse(table.values, table.counts, 1.0)
    bins = np.searchsorted(edges, table.values, side="right")
    nb = edges.size + 1
    bc = np.bincount(bins, weights=table.counts, minlength=nb)
    bs = np.bincount(bins, weights=table.values * table.counts, minlength=nb)
    nonempty = np.flatnonzero(bc > 0)
    counts = bc[nonempty].astype(np.int64)
    reps = bs[nonempty] / counts
    mean = table.mean()
    total_ss = _dot((table.values - mean) ** 2, table.counts)
    between_ss = _dot((reps - mean) ** 2, counts)
    scale = math.sqrt(total_ss / between_ss) if between_ss > 0 else 1.0
    return _Coarse(reps, counts, scale)


def _dot(values: np.ndarray, weights: np.ndarray) -> float:
    # Not ``@``: with int weights numpy takes a slow generic loop, and with floats it calls a
    # threaded BLAS that can stall for milliseconds on a busy machine; these vectors are short.
    return float(np.sum(values * weights))


def _rng(random_state: RandomState) -> np.random.Generator:
    if isinstance(random_state, np.random.Generator):
        return random_state
    return np.random.default_rng(random_state)


# --------------------------------------------------------------------------- intervals


@dataclass(frozen=True)
class Interval:
    """A point estimate with a two-sided interval.

    ``method`` is ``bootstrap-percentile``, ``wilson`` or ``degenerate`` (every value equal, so
    every resample gives the same mean). ``n_resamples`` is 0 when nothing was drawn.
    """

    estimate: float
    low: float
    high: float
    n: int
    confidence: float
    method: str
    n_resamples: int = 0


def _multinomial(rng: np.random.Generator, n: int, counts: np.ndarray, size: int
                 ) -> np.ndarray:
    """``size`` multinomial draws of ``n`` with probabilities counts / n, as a chain of
    conditional binomials, each vectorised over the draws: X_j | X_<j ~ Bin(n - sum X_<j,
    c_j / sum c_>=j). Exactly the multinomial distribution, and several times faster than
    ``Generator.multinomial`` (which loops per draw) for a dozen cells or more."""
    out = np.empty((size, counts.size), dtype=np.int64)
    remaining = np.full(size, n, dtype=np.int64)
    tail = np.cumsum(counts[::-1])[::-1]  # counts of cell j and all after it
    for j in range(counts.size - 1):
        x = rng.binomial(remaining, counts[j] / tail[j])
        out[:, j] = x
        remaining = remaining - x
    out[:, -1] = remaining
    return out


def bootstrap_mean_counts(
    table: ValueCounts,
    *,
    confidence: float = 0.95,
    n_resamples: int = DEFAULT_RESAMPLES,
    random_state: RandomState = 0,
) -> Interval:
    """Percentile bootstrap interval of the mean, from a value-count table.

    Each resample of n statements is a multinomial draw of n over the distinct values with
    probabilities count/n: the same distribution as drawing n rows with replacement, at
    O(n_resamples * k) cost.
    """
    _check_confidence(confidence)
    n = table.n
    if n == 0:
        raise ValueError("cannot bootstrap an empty table")
    mean = table.mean()
    if table.k == 1:
        return Interval(mean, mean, mean, n, confidence, "degenerate")
    cells = _coarsen(table)
    draws = _multinomial(_rng(random_state), n, cells.counts, n_resamples)
    binned_mean = _dot(cells.reps, cells.counts) / n
    # Deviations from the binned mean, scaled to the exact variance, centred on the exact mean.
    boot = mean + ((draws * cells.reps).sum(axis=1) / n - binned_mean) * cells.scale
    alpha = 1.0 - confidence
    low, high = np.quantile(boot, [alpha / 2, 1 - alpha / 2])
    return Interval(mean, float(low), float(high), n, confidence, "bootstrap-percentile",
                    n_resamples)


def bootstrap_mean(
    x: ArrayLike,
    *,
    confidence: float = 0.95,
    n_resamples: int = DEFAULT_RESAMPLES,
    random_state: RandomState = 0,
) -> Interval:
    """Percentile bootstrap interval of the mean of raw values (NaN dropped)."""
    return bootstrap_mean_counts(ValueCounts.from_values(x), confidence=confidence,
                                 n_resamples=n_resamples, random_state=random_state)


def wilson_interval(successes: int, n: int, confidence: float = 0.95) -> Interval:
    """Wilson score interval for a share.

    Used for booleans instead of the bootstrap: it needs no resampling and, unlike a percentile
    bootstrap, does not collapse to [0, 0] when a group has no positive case.
    """
    _check_confidence(confidence)
    if n <= 0:
        raise ValueError("n must be positive")
    if not 0 <= successes <= n:
        raise ValueError(f"successes must lie in [0, n]: {successes} of {n}")
    z = float(ndtri(1 - (1 - confidence) / 2))
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return Interval(p, max(0.0, centre - half), min(1.0, centre + half), n, confidence, "wilson")


def _check_confidence(confidence: float) -> None:
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must lie strictly between 0 and 1, got {confidence}")


# --------------------------------------------------------------------------- tests


DEFAULT_STOP_AFTER = 50
_FIRST_BATCH = 32


@dataclass(frozen=True)
class PermutationResult:
    """Two-sided permutation test of a difference in means (a - b).

    ``n_resamples`` is how many relabellings were drawn. Without early stopping, or when
    fewer than ``stop_after`` draws were as extreme as the data, ``p_value`` is
    ``(1 + #{|T*| >= |T|}) / (n_resamples + 1)`` (floor ``1 / (B + 1)``). When the
    ``stop_after``-th extreme draw came at draw L, sampling stopped there and ``p_value`` is
    ``stop_after / L`` (Besag & Clifford 1991, "Sequential Monte Carlo p-values", Biometrika
    78(2)): also a valid p-value, reached with far fewer draws when the answer is plainly
    "not significant", which is most tests in a many-pairs request.
    """

    statistic: float
    p_value: float
    n_resamples: int


def permutation_test_counts(
    a: ValueCounts,
    b: ValueCounts,
    *,
    n_resamples: int = DEFAULT_RESAMPLES,
    stop_after: int | None = DEFAULT_STOP_AFTER,
    random_state: RandomState = 0,
    pooled: ValueCounts | None = None,
) -> PermutationResult:
    """Permutation test of mean(a) - mean(b) from two value-count tables.

    A random relabelling of the pooled statements puts a multivariate hypergeometric share of
    each pooled value into group a; drawing that share directly is exact and costs
    O(n_resamples * k). Continuous scores are coarsened on one grid built from the pooled
    table (see the module docstring) with the null draws scaled to the exact permutation
    variance; the observed difference is the exact one. ``n_resamples`` is the most draws;
    ``stop_after`` (None: never) stops early as described on :class:`PermutationResult`.
    ``pooled`` is ``a.merge(b)`` when the caller has it already.
    """
    if stop_after is not None and stop_after < 1:
        raise ValueError("stop_after must be a positive number of draws, or None")
    na, nb = a.n, b.n
    if na == 0 or nb == 0:
        raise ValueError("both groups need at least one value")
    observed = a.mean() - b.mean()
    pooled = a.merge(b) if pooled is None else pooled
    if pooled.k == 1:
        return PermutationResult(observed, 1.0, 0)
    cells = _coarsen(pooled)
    total = _dot(cells.reps, cells.counts)
    # Guard against float noise making the same split look more or less extreme.
    threshold = abs(observed) - 1e-9 * max(1.0, float(np.max(np.abs(pooled.values))))
    rng = _rng(random_state)
    drawn = extreme = 0
    # Draws come in batches; the stream of draws is the same whatever the batch sizes, so
    # they only decide how many draws past the stopping point are made and thrown away.
    batch = max(_FIRST_BATCH, stop_after) if stop_after is not None else n_resamples
    while drawn < n_resamples:
        size = min(batch, n_resamples - drawn)
        draws = rng.multivariate_hypergeometric(cells.counts, na, size=size,
                                                method="marginals")
        sums = (draws * cells.reps).sum(axis=1)
        # Under relabelling the statistic is centred on 0; scaling restores the variance.
        null = (sums / na - (total - sums) / nb) * cells.scale
        hits = np.abs(null) >= threshold
        if stop_after is not None:
            reached = np.flatnonzero(extreme + np.cumsum(hits) >= stop_after)
            if reached.size:
                last = drawn + int(reached[0]) + 1
                return PermutationResult(observed, stop_after / last, last)
        extreme += int(np.count_nonzero(hits))
        drawn += size
        if stop_after is not None:
            # Enough for the extremes still missing at the rate seen so far, plus a margin.
            rate = extreme / drawn
            need = (stop_after - extreme) / rate if rate > 0 else 2 * drawn
            batch = int(min(max(1.25 * need, _FIRST_BATCH), 2 * drawn))
    return PermutationResult(observed, (1 + extreme) / (n_resamples + 1), n_resamples)


def permutation_test(
    x: ArrayLike,
    y: ArrayLike,
    *,
    n_resamples: int = DEFAULT_RESAMPLES,
    stop_after: int | None = DEFAULT_STOP_AFTER,
    random_state: RandomState = 0,
) -> PermutationResult:
    """Permutation test of mean(x) - mean(y) on raw values (NaN dropped)."""
    return permutation_test_counts(ValueCounts.from_values(x), ValueCounts.from_values(y),
                                   n_resamples=n_resamples, stop_after=stop_after,
                                   random_state=random_state)


# --------------------------------------------------------------------------- effect sizes


def hedges_g(a: ValueCounts, b: ValueCounts) -> float:
    """Standardised mean difference (a - b) / pooled SD with Hedges' small-sample factor
    J = 1 - 3 / (4 (na + nb) - 9). NaN when the pooled SD is 0 or a side has < 2 values."""
    na, nb = a.n, b.n
    if na < 2 or nb < 2:
        return math.nan
    pooled = ((na - 1) * a.var() + (nb - 1) * b.var()) / (na + nb - 2)
    if pooled <= 0:
        return math.nan
    j = 1 - 3 / (4 * (na + nb) - 9)
    return j * (a.mean() - b.mean()) / math.sqrt(pooled)


def cohens_h(p1: float, p2: float) -> float:
    """Cohen's h = 2 asin(sqrt(p1)) - 2 asin(sqrt(p2)) for two shares."""
    for p in (p1, p2):
        if not 0 <= p <= 1:
            raise ValueError(f"a share must lie in [0, 1], got {p}")
    return 2 * math.asin(math.sqrt(p1)) - 2 * math.asin(math.sqrt(p2))


# --------------------------------------------------------------------------- corrections

CORRECTIONS = ("holm", "bh")


def adjust_pvalues(p_values: Sequence[float] | np.ndarray, method: str = "bh") -> np.ndarray:
    """Adjusted p-values for a family of tests.

    ``holm``: Holm's step-down method, controls the family-wise error rate.
    ``bh``: Benjamini-Hochberg step-up, controls the false discovery rate (valid for
    independent or positively dependent tests). NaN entries are left NaN and are not counted in
    the family.
    """
    if method not in CORRECTIONS:
        raise ValueError(f"unknown correction {method!r}; choose one of {', '.join(CORRECTIONS)}")
    p = np.asarray(p_values, dtype=np.float64)
    out = np.full(p.shape, np.nan)
    ok = ~np.isnan(p)
    q = p[ok]
    m = q.size
    if m == 0:
        return out
    if np.any((q < 0) | (q > 1)):
        raise ValueError("p-values must lie in [0, 1]")
    order = np.argsort(q, kind="stable")
    ranked = q[order]
    if method == "holm":
        adj = np.maximum.accumulate((m - np.arange(m)) * ranked)
    else:
        adj = np.minimum.accumulate((m / np.arange(m, 0, -1)) * ranked[::-1])[::-1]
    res = np.empty(m)
    res[order] = np.minimum(adj, 1.0)
    out[ok] = res
    return out


# --------------------------------------------------------------------------- distributions


def normalized_entropy(counts: ArrayLike, n_categories: int | None = None) -> float:
    """Shannon entropy of the shares in ``counts`` divided by log(n_categories) (Pielou's
    evenness): 0 when one category has everything, 1 when all are equal. ``n_categories``
    defaults to the number of entries; with fewer than 2 categories the result is 0."""
    c = np.asarray(counts, dtype=np.float64)
    k = c.size if n_categories is None else n_categories
    total = c.sum()
    if k < 2 or total <= 0:
        return 0.0
    p = c[c > 0] / total
    return float(-(p * np.log(p)).sum() / math.log(k))


def jensen_shannon_similarity(p: ArrayLike, q: ArrayLike) -> float:
    """1 - Jensen-Shannon divergence (base 2, so in [0, 1]) of two count or share vectors.
    NaN when either vector is all zeros."""
    a = np.asarray(p, dtype=np.float64)
    b = np.asarray(q, dtype=np.float64)
    if a.shape != b.shape:
        raise ValueError("distributions differ in length")
    sa, sb = a.sum(), b.sum()
    if sa <= 0 or sb <= 0:
        return math.nan
    a, b = a / sa, b / sb
    m = (a + b) / 2

    def kl(x: np.ndarray) -> float:
        nz = x > 0
        return float((x[nz] * np.log2(x[nz] / m[nz])).sum())

    return float(min(1.0, max(0.0, 1 - (kl(a) + kl(b)) / 2)))
