"""Known-answer checks of analysis.stats: every expected number here is either computed by
hand (shown in the comment) or a property that holds for the method whatever the code does."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats as scipy_stats

from analysis import stats
from analysis.stats import ValueCounts


def _sentiment_like(rng: np.random.Generator, n: int, centre: float = 0.0) -> np.ndarray:
    """Continuous, 4-decimal, with a spike at 0: many distinct values, so resampling runs on
    the coarsened grid."""
    x = np.round(np.clip(rng.normal(centre, 0.5, n), -1, 1), 4)
    x[rng.random(n) < 0.3] = 0.0
    return x


# --------------------------------------------------------------------------- tables


def test_value_counts_from_pairs_merges_sorts_and_drops():
    t = ValueCounts.from_pairs([2.0, 1.0, 2.0, np.nan, 5.0], [3, 1, 2, 4, 0])
    assert t.values.tolist() == [1.0, 2.0]
    assert t.counts.tolist() == [1, 5]
    assert t.n == 6
    assert t.mean() == pytest.approx(11 / 6)


def test_value_counts_rejects_bad_counts():
    with pytest.raises(ValueError, match="non-negative integers"):
        ValueCounts.from_pairs([1.0], [-1])
    with pytest.raises(ValueError, match="differ in length"):
        ValueCounts.from_pairs([1.0, 2.0], [1])


def test_value_counts_variance_matches_numpy():
    x = np.array([0.0, 0.0, 1.0, 3.0, 3.0, 3.0])
    t = ValueCounts.from_values(x)
    assert t.var() == pytest.approx(np.var(x, ddof=1))
    assert t.expand().tolist() == sorted(x.tolist())


def test_resampling_grid_keeps_mean_and_most_variance():
    rng = np.random.default_rng(3)
    t = ValueCounts.from_values(_sentiment_like(rng, 5000))
    edges = stats.resampling_grid(t)
    assert edges is not None and edges.size + 1 < t.k
    bins = np.searchsorted(edges, t.values, side="right")
    bc = np.bincount(bins, weights=t.counts)
    bs = np.bincount(bins, weights=t.values * t.counts)
    means = np.divide(bs, bc, out=np.zeros_like(bs), where=bc > 0)
    binned_mean = float((means[bins] * t.counts).sum() / t.n)
    assert binned_mean == pytest.approx(t.mean(), abs=1e-12)
    within = float((((t.values - means[bins]) ** 2) * t.counts).sum())
    total = float((((t.values - t.mean()) ** 2) * t.counts).sum())
    assert within <= stats.GRID_TOLERANCE * total


def test_small_tables_are_not_coarsened():
    t = ValueCounts.from_values([0, 1, 1, 2, 3])
    assert stats.resampling_grid(t) is None


# --------------------------------------------------------------------------- bootstrap


@pytest.mark.parametrize("kind", ["continuous", "counts"])
def test_bootstrap_interval_covers_true_mean_in_at_least_90_percent(kind):
    # 200 seeded simulated studies; a 95% interval should miss rarely. Percentile intervals
    # undercover a little at n = 40, hence the >= 0.90 bar.
    true_mean = 0.3 if kind == "continuous" else 2.0
    covered = 0
    for i in range(200):
        rng = np.random.default_rng(10_000 + i)
        if kind == "continuous":
            x = np.round(rng.normal(true_mean, 0.5, 40), 4)
        else:
            x = rng.poisson(true_mean, 40).astype(float)
        iv = stats.bootstrap_mean(x, n_resamples=1000, random_state=i)
        covered += iv.low <= true_mean <= iv.high
    assert covered / 200 >= 0.90


def test_bootstrap_raw_and_table_apis_agree_exactly():
    rng = np.random.default_rng(5)
    for x in (_sentiment_like(rng, 3000), rng.poisson(0.4, 3000).astype(float)):
        raw = stats.bootstrap_mean(x, random_state=7)
        # A GROUP BY result arrives unsorted and may repeat a value across batches.
        v, c = np.unique(x, return_counts=True)
        order = rng.permutation(v.size)
        half = c // 2
        table = ValueCounts.from_pairs(np.concatenate([v[order], v]),
                                       np.concatenate([half[order], c - half]))
        assert stats.bootstrap_mean_counts(table, random_state=7) == raw


def test_bootstrap_is_seeded():
    x = _sentiment_like(np.random.default_rng(1), 500)
    a = stats.bootstrap_mean(x, random_state=1)
    assert stats.bootstrap_mean(x, random_state=1) == a
    assert stats.bootstrap_mean(x, random_state=2) != a


def test_coarsened_bootstrap_matches_direct_resampling():
    # Direct O(B*n) resampling of the raw values is the reference for the binned method.
    rng = np.random.default_rng(11)
    x = _sentiment_like(rng, 2000, centre=-0.1)
    iv = stats.bootstrap_mean(x, n_resamples=4000, random_state=3)
    direct = x[rng.integers(0, x.size, size=(4000, x.size))].mean(axis=1)
    lo, hi = np.quantile(direct, [0.025, 0.975])
    assert iv.estimate == pytest.approx(x.mean())
    assert (iv.high - iv.low) == pytest.approx(hi - lo, rel=0.06)
    assert iv.low == pytest.approx(lo, abs=0.1 * (hi - lo))


def test_bootstrap_of_a_constant_is_degenerate():
    iv = stats.bootstrap_mean([0.0] * 20)
    assert (iv.low, iv.estimate, iv.high, iv.method) == (0.0, 0.0, 0.0, "degenerate")


def test_bootstrap_rejects_empty_and_bad_confidence():
    with pytest.raises(ValueError, match="empty"):
        stats.bootstrap_mean([np.nan])
    with pytest.raises(ValueError, match="between 0 and 1"):
        stats.bootstrap_mean([1.0, 2.0], confidence=95)


# --------------------------------------------------------------------------- permutation


@pytest.mark.parametrize("stop_after", [None, 50])
def test_permutation_p_is_uniform_for_identical_continuous_distributions(stop_after):
    ps = []
    for i in range(200):
        rng = np.random.default_rng(20_000 + i)
        ps.append(stats.permutation_test(_sentiment_like(rng, 30), _sentiment_like(rng, 30),
                                         n_resamples=500, stop_after=stop_after,
                                         random_state=i).p_value)
    ps = np.array(ps)
    assert scipy_stats.kstest(ps, "uniform").pvalue > 0.01
    assert 0.01 <= (ps <= 0.05).mean() <= 0.10
    assert 0.4 <= ps.mean() <= 0.6


def test_permutation_p_is_valid_for_identical_discrete_distributions():
    # With many ties the p-value is conservative: P(p <= a) <= a (plus sampling slack).
    ps = []
    for i in range(200):
        rng = np.random.default_rng(30_000 + i)
        ps.append(stats.permutation_test(rng.poisson(0.5, 30), rng.poisson(0.5, 30),
                                         n_resamples=500, random_state=i).p_value)
    ps = np.array(ps)
    for alpha in (0.05, 0.1, 0.25, 0.5):
        assert (ps <= alpha).mean() <= alpha + 0.05
    assert ps.mean() >= 0.45


@pytest.mark.parametrize("n_resamples", [199, 999])
def test_permutation_p_hits_the_floor_for_separated_groups(n_resamples):
    rng = np.random.default_rng(2)
    low = np.round(rng.uniform(0.0, 0.2, 25), 4)
    high = np.round(rng.uniform(0.8, 1.0, 25), 4)
    floor = 1 / (n_resamples + 1)
    r = stats.permutation_test(low, high, n_resamples=n_resamples)
    assert r.p_value == pytest.approx(floor)
    assert r.statistic == pytest.approx(low.mean() - high.mean())
    # Counts data (the exact, uncoarsened path) too.
    r2 = stats.permutation_test([0, 0, 0, 1, 0, 0, 1, 0] * 3, [5, 6, 5, 7, 6, 5, 6, 7] * 3,
                                n_resamples=n_resamples)
    assert r2.p_value == pytest.approx(floor)


def test_permutation_raw_and_table_apis_agree_exactly():
    rng = np.random.default_rng(8)
    x, y = _sentiment_like(rng, 800), _sentiment_like(rng, 600, centre=0.05)
    raw = stats.permutation_test(x, y, random_state=4)
    tx, ty = ValueCounts.from_values(x), ValueCounts.from_values(y)
    assert stats.permutation_test_counts(tx, ty, random_state=4) == raw


def test_permutation_of_identical_constants_is_one():
    r = stats.permutation_test([1.0] * 6, [1.0] * 9)
    assert r.p_value == 1.0 and r.statistic == 0.0


def test_permutation_matches_exact_enumeration_on_a_tiny_case():
    # a = {0, 1, 2}, b = {3, 4, 5}: of the C(6,3) = 20 splits only the observed one and its
    # mirror reach |diff| = 3, so the exact two-sided p is 2/20 = 0.1.
    r = stats.permutation_test([0, 1, 2], [3, 4, 5], n_resamples=20_000, stop_after=None,
                               random_state=0)
    assert r.p_value == pytest.approx(0.1, abs=0.01)
    assert r.n_resamples == 20_000


def test_sequential_p_stops_early_when_plainly_not_significant():
    rng = np.random.default_rng(4)
    x, y = _sentiment_like(rng, 400), _sentiment_like(rng, 400)
    full = stats.permutation_test(x, y, n_resamples=2000, stop_after=None)
    early = stats.permutation_test(x, y, n_resamples=2000, stop_after=50)
    assert full.p_value > 0.2
    # Besag-Clifford: stopped at the 50th extreme draw L, p = 50 / L.
    assert early.n_resamples < 2000
    assert early.p_value == pytest.approx(50 / early.n_resamples)
    assert early.p_value == pytest.approx(full.p_value, abs=0.15)
    with pytest.raises(ValueError, match="stop_after"):
        stats.permutation_test(x, y, stop_after=0)


def test_multinomial_chain_has_multinomial_moments():
    counts = np.array([5, 1, 30, 4, 60])
    draws = stats._multinomial(np.random.default_rng(0), 200, counts, 20_000)
    assert (draws.sum(axis=1) == 200).all()
    p = counts / counts.sum()
    assert draws.mean(axis=0) == pytest.approx(200 * p, rel=0.02)
    assert draws.var(axis=0) == pytest.approx(200 * p * (1 - p), rel=0.05)
    # covariance of two cells: -n p_i p_j
    cov = np.cov(draws[:, 2], draws[:, 4])[0, 1]
    assert cov == pytest.approx(-200 * p[2] * p[4], rel=0.05)


# --------------------------------------------------------------------------- effect sizes


def test_hedges_g_by_hand():
    # means 3 and 5, both variances 2.5 -> d = -2 / sqrt(2.5) = -1.26491;
    # J = 1 - 3 / (4 * 10 - 9) = 0.903226 -> g = -1.14250
    g = stats.hedges_g(ValueCounts.from_values([1, 2, 3, 4, 5]),
                       ValueCounts.from_values([3, 4, 5, 6, 7]))
    assert g == pytest.approx(-1.14250, abs=1e-5)


def test_hedges_g_undefined_without_spread():
    assert math.isnan(stats.hedges_g(ValueCounts.from_values([1, 1]),
                                     ValueCounts.from_values([2, 2])))


def test_cohens_h_by_hand():
    # 2 asin(sqrt(.5)) - 2 asin(sqrt(.2)) = 1.570796 - 0.927295
    assert stats.cohens_h(0.5, 0.2) == pytest.approx(0.643501, abs=1e-6)
    assert stats.cohens_h(0.3, 0.3) == 0.0
    with pytest.raises(ValueError):
        stats.cohens_h(1.2, 0.1)


def test_wilson_interval_by_hand():
    # 0 of 10: upper bound z^2 / (n + z^2) = 3.841459 / 13.841459 = 0.277533
    iv = stats.wilson_interval(0, 10)
    assert iv.low == 0.0
    assert iv.high == pytest.approx(0.277533, abs=1e-5)
    # 5 of 10 is symmetric around 0.5
    iv = stats.wilson_interval(5, 10)
    assert iv.low + iv.high == pytest.approx(1.0)


# --------------------------------------------------------------------------- corrections


def test_holm_by_hand():
    # sorted: .005*4 = .02, .01*3 = .03, .03*2 = .06, .04*1 = .04 -> running max .06
    adj = stats.adjust_pvalues([0.01, 0.04, 0.03, 0.005], "holm")
    assert adj.tolist() == pytest.approx([0.03, 0.06, 0.06, 0.02])


def test_benjamini_hochberg_by_hand():
    # sorted p*m/rank: .02, .02, .04, .04; running min from the top keeps them
    adj = stats.adjust_pvalues([0.01, 0.04, 0.03, 0.005], "bh")
    assert adj.tolist() == pytest.approx([0.02, 0.04, 0.04, 0.02])


def test_bh_step_up_lowers_an_earlier_rank():
    # ranks 1..3 of m=3: .02*3 = .06, .045*3/2 = .0675, .05 -> running min: .05, .05, .05
    adj = stats.adjust_pvalues([0.02, 0.045, 0.05], "bh")
    assert adj.tolist() == pytest.approx([0.05, 0.05, 0.05])


def test_corrections_skip_nan_and_cap_at_one():
    adj = stats.adjust_pvalues([0.5, np.nan, 0.9], "holm")
    assert np.isnan(adj[1])
    assert adj[0] == 1.0 and adj[2] == 1.0  # .5 * 2 = 1.0, then max(1.0, .9)
    with pytest.raises(ValueError, match="holm, bh"):
        stats.adjust_pvalues([0.1], "bonferroni")


# --------------------------------------------------------------------------- distributions


def test_normalized_entropy_by_hand():
    assert stats.normalized_entropy([5, 5]) == pytest.approx(1.0)
    assert stats.normalized_entropy([10, 0]) == 0.0
    # shares .25 .25 .5: H = 1.039721, / ln 3 = 0.946395
    assert stats.normalized_entropy([1, 1, 2]) == pytest.approx(0.946395, abs=1e-6)
    assert stats.normalized_entropy([3], n_categories=1) == 0.0


def test_jensen_shannon_similarity_by_hand():
    assert stats.jensen_shannon_similarity([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert stats.jensen_shannon_similarity([1, 0], [0, 1]) == pytest.approx(0.0)
    # m = (.75, .25); KL(a||m) = log2(4/3) = .415037; KL(b||m) = .5 log2(2/3) + .5 = .207519
    assert stats.jensen_shannon_similarity([1, 0], [1, 1]) == pytest.approx(0.688722, abs=1e-6)
