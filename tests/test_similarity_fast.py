"""analysis.similarity.profile_similarity: pairs with every measure (computed all at once)
and pairs missing one (computed one by one) give the root mean square written out."""

from __future__ import annotations

import math

import numpy as np

from analysis import similarity
from tests.test_similarity import _tables


def test_profile_similarity_matches_the_formula_with_and_without_gaps():
    rng = np.random.default_rng(3)
    groups = {}
    for i in range(6):
        groups[f"g{i}"] = {m: rng.normal(i * 0.1 + j, 1.0, 20).round(3).tolist()
                           for j, m in enumerate(("denial", "hedging", "sentiment"))}
    groups["g5"]["hedging"] = [1.0]  # one value: no mean for this measure
    t = _tables(groups)
    got = similarity.profile_similarity(t)
    names = list(groups)
    measures = t.measures
    # Pooled within-group SD per measure over the groups with two values or more.
    means = {(g, m): float(np.mean(groups[g][m])) for g in names for m in measures
             if len(groups[g][m]) >= 2}
    sd = {}
    for m in measures:
        ss = sum(float(np.sum((np.array(groups[g][m]) - means[(g, m)]) ** 2))
                 for g in names if (g, m) in means)
        dof = sum(len(groups[g][m]) - 1 for g in names if (g, m) in means)
        sd[m] = math.sqrt(ss / dof)
    for a in names:
        for b in names:
            both = [m for m in measures if (a, m) in means and (b, m) in means]
            d = math.sqrt(sum(((means[(a, m)] - means[(b, m)]) / sd[m]) ** 2
                              for m in both) / len(both))
            expected = 1.0 if a == b else 1.0 / (1.0 + d)
            assert math.isclose(got.value(a, b), expected, rel_tol=1e-12), (a, b)
    assert got.values.tolist() == got.values.T.tolist()
