"""analysis.stats: the fast paths (merging tables, choosing the resampling grid) give what the
plain computations give."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import stats
from analysis.stats import ValueCounts

_VALUES = st.lists(st.tuples(st.sampled_from([-1.0, -0.5, -0.0, 0.0, 0.25, 0.5, 1.0, 2.0]),
                             st.integers(1, 50)), max_size=8)


@settings(max_examples=200, deadline=None)
@given(_VALUES, _VALUES)
def test_merge_is_the_table_of_both_samples(a, b):
    ta = ValueCounts.from_pairs([v for v, _ in a], [c for _, c in a])
    tb = ValueCounts.from_pairs([v for v, _ in b], [c for _, c in b])
    merged = ta.merge(tb)
    plain = ValueCounts.from_values(np.concatenate([ta.expand(), tb.expand()]))
    assert merged.values.tolist() == plain.values.tolist()
    assert merged.counts.tolist() == plain.counts.tolist()
    assert merged.counts.dtype == np.int64


def test_merge_by_hand():
    a = ValueCounts.from_pairs([0.0, 1.0, 3.0], [5, 2, 1])
    b = ValueCounts.from_pairs([1.0, 2.0], [4, 4])
    m = a.merge(b)
    assert m.values.tolist() == [0.0, 1.0, 2.0, 3.0]
    assert m.counts.tolist() == [5, 6, 4, 1]
    assert a.merge(ValueCounts.from_pairs([], [])).counts.tolist() == [5, 2, 1]


def _plain_grid(table: ValueCounts, tolerance: float = stats.GRID_TOLERANCE,
                max_levels: int = stats.GRID_MAX_LEVELS) -> np.ndarray | None:
    """The grid rule written out directly: every value put in its bin, the within-bin sum
    of squares summed value by value."""
    if table.k <= stats.GRID_START_LEVELS:
        return None
    v, c = table.values, table.counts
    total = float(np.sum((v - table.mean()) ** 2 * c))
    cum = np.cumsum(c)
    levels = stats.GRID_START_LEVELS
    while True:
        even = np.linspace(v[0], v[-1], levels + 1)[1:-1]
        targets = cum[-1] * np.arange(1, levels) / levels
        quant = v[np.minimum(np.searchsorted(cum, targets, side="left") + 1, v.size - 1)]
        edges = np.unique(np.concatenate([even, quant]))
        if edges.size + 1 >= table.k:
            return None
        within = 0.0
        for b in range(edges.size + 1):
            lo = -np.inf if b == 0 else edges[b - 1]
            hi = np.inf if b == edges.size else edges[b]
            inside = (v >= lo) & (v < hi)
            if inside.any():
                m = np.sum(v[inside] * c[inside]) / np.sum(c[inside])
                within += float(np.sum((v[inside] - m) ** 2 * c[inside]))
        if total == 0 or within <= tolerance * total or levels >= max_levels:
            return edges
        levels *= 2


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.integers(5, 3000), st.sampled_from(["normal", "zeros",
                                                                      "skewed", "two"]))
def test_grid_is_the_plain_rule(seed, k, shape):
    rng = np.random.default_rng(seed)
    if shape == "normal":
        x = rng.normal(0, 1, k)
    elif shape == "zeros":
        x = np.where(rng.random(k) < 0.4, 0.0, rng.normal(-0.2, 0.5, k))
    elif shape == "skewed":
        x = rng.lognormal(0, 1.5, k)
    else:
        x = np.concatenate([rng.normal(-3, 0.01, k // 2), rng.normal(3, 0.01, k - k // 2)])
    table = ValueCounts.from_values(np.round(x, 4))
    fast, plain = stats.resampling_grid(table), _plain_grid(table)
    assert (fast is None) == (plain is None)
    if fast is not None:
        assert fast.tolist() == plain.tolist()


def _sequential_reference(a: ValueCounts, b: ValueCounts, n_resamples: int, stop_after: int,
                          seed: int) -> tuple[float, int]:
    """The sequential permutation p-value with every draw made in one batch up front."""
    pooled = a.merge(b)
    cells = stats._coarsen(pooled)
    total = float(np.sum(cells.reps * cells.counts))
    observed = a.mean() - b.mean()
    threshold = abs(observed) - 1e-9 * max(1.0, float(np.max(np.abs(pooled.values))))
    draws = np.random.default_rng(seed).multivariate_hypergeometric(
        cells.counts, a.n, size=n_resamples, method="marginals")
    sums = (draws * cells.reps).sum(axis=1)
    null = (sums / a.n - (total - sums) / b.n) * cells.scale
    hits = np.cumsum(np.abs(null) >= threshold)
    reached = np.flatnonzero(hits >= stop_after)
    if reached.size:
        return stop_after / (reached[0] + 1), int(reached[0]) + 1
    return (1 + int(hits[-1])) / (n_resamples + 1), n_resamples


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 1000), st.floats(0.0, 0.6), st.sampled_from([5, 50, 200]))
def test_batches_do_not_change_the_permutation_p_value(seed, shift, stop_after):
    rng = np.random.default_rng(seed)
    a = ValueCounts.from_values(np.round(rng.normal(shift, 1, 300), 2))
    b = ValueCounts.from_values(np.round(rng.normal(0, 1, 250), 2))
    got = stats.permutation_test_counts(a, b, n_resamples=999, stop_after=stop_after,
                                        random_state=seed)
    p, drawn = _sequential_reference(a, b, 999, stop_after, seed)
    assert (got.p_value, got.n_resamples) == (p, drawn)
