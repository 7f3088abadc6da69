"""How alike compared groups' (or outlets') statements are, as labelled matrices.

Three kinds of measure, each a :class:`SimilarityMatrix` (1 on the diagonal, symmetric):

``tfidf`` (words): cosine similarity of TF-IDF vectors of each group's statements taken
    together. Term frequencies are the group's counts, sublinear (1 + log tf) so a few very
    frequent words do not decide everything; IDF is estimated over *statements*
    (ln((1 + N) / (1 + df)) + 1, scikit-learn's smoothed form), not over the handful of group
    documents, where it would mean almost nothing (with two groups every shared word would get
    the same weight). Concatenation rather than the centroid of statement vectors: it needs
    only the counts per group (so it comes from the same :class:`TermCounts` as the
    vocabulary, in milliseconds at 100,000 statements) and it weighs a group's words by how
    often the group uses them.
``profile`` (framing scores, not words): 1 / (1 + d), where d is the root mean square over
    the measures of the standardised mean difference (difference of group means divided by the
    pooled within-group SD, as in Cohen's d). 1 = identical mean profiles; d = 0.5 (a
    "medium" difference on every score) gives 0.67. Cosine or correlation of standardised
    mean vectors was rejected: centred on the overall mean, two groups' vectors are always
    exact opposites.
``stance`` / ``cues`` (framing devices): 1 - Jensen-Shannon divergence (base 2) between the
    groups' distributions over reporting-verb stance labels (statements without a label count
    as ``none``), or over cue categories (which score each cue belongs to).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics.pairwise import cosine_similarity
from sklearn.preprocessing import normalize

from analysis import stats
from analysis.compare import MISSING_KEY, ScoreTables, check_by
from analysis.vocabulary import TermCounts

MEASURES: tuple[str, ...] = ("tfidf", "profile", "stance", "cues")
NO_STANCE = "none"


@dataclass(frozen=True, eq=False)
class SimilarityMatrix:
    """``values[i, j]`` is the similarity of ``labels[i]`` and ``labels[j]`` (NaN when a
    group has nothing to compare, e.g. no words)."""

    measure: str
    labels: tuple[str, ...]
    values: np.ndarray
    description: str

    def value(self, a: str, b: str) -> float:
        return float(self.values[self.labels.index(a), self.labels.index(b)])


def tfidf_similarity(counts: TermCounts, *, sublinear_tf: bool = True) -> SimilarityMatrix:
    """Cosine similarity of group TF-IDF vectors (see the module docstring)."""
    tf = counts.counts.astype(np.float64).tocsr(copy=True)
    if sublinear_tf:
        tf.data = 1.0 + np.log(tf.data)
    idf = np.log((1.0 + counts.n_statements) / (1.0 + counts.doc_freq)) + 1.0
    weights = normalize(tf.multiply(idf[np.newaxis, :]).tocsr(), norm="l2")
    values = cosine_similarity(weights)
    empty = np.asarray(tf.sum(axis=1)).ravel() == 0
    values[empty, :] = np.nan
    values[:, empty] = np.nan
    np.fill_diagonal(values, 1.0)
    return SimilarityMatrix(
        "tfidf", counts.groups, np.clip(values, -1.0, 1.0),
        "cosine of TF-IDF vectors (sublinear tf, statement-level idf) of each group's statements")


def profile_similarity(tables: ScoreTables, measures: Sequence[str] | None = None
                       ) -> SimilarityMatrix:
    """1 / (1 + RMS standardised mean difference) between groups' framing-score profiles.

    A measure enters a pair's RMS only if both groups have at least two values and the pooled
    within-group SD over all groups is positive.
    """
    chosen = list(measures) if measures is not None else list(tables.measures)
    g = len(tables.groups)
    means = np.full((g, len(chosen)), np.nan)
    sds = np.full(len(chosen), np.nan)
    for j, m in enumerate(chosen):
        ss = 0.0
        dof = 0
        for i, group in enumerate(tables.groups):
            t = tables.table(group, m)
            if t.n >= 2:
                means[i, j] = t.mean()
                ss += t.var() * (t.n - 1)
                dof += t.n - 1
        if dof > 0 and ss > 0:
            sds[j] = math.sqrt(ss / dof)
    z = means / sds[np.newaxis, :]
    values = np.full((g, g), np.nan)
    complete = ~np.isnan(z).any(axis=1)
    # Pairs of groups with every measure: all at once (the same sums, in the same order,
    # as one pair at a time). Others, one pair at a time over the measures both have.
    full = z[complete]
    if full.size:
        d = np.sqrt(np.mean((full[:, np.newaxis, :] - full[np.newaxis, :, :]) ** 2, axis=2))
        values[np.ix_(complete, complete)] = 1.0 / (1.0 + d)
    for a in range(g):
        for b in range(g):
            if complete[a] and complete[b]:
                continue
            diff = z[a] - z[b]
            ok = ~np.isnan(diff)
            if ok.any():
                d = math.sqrt(float(np.mean(diff[ok] ** 2)))
                values[a, b] = 1.0 / (1.0 + d)
    np.fill_diagonal(values, 1.0)
    return SimilarityMatrix(
        "profile", tables.groups, values,
        "1/(1+d), d = root mean square standardised mean difference over the framing scores")


# --------------------------------------------------------------------------- distributions


@dataclass(frozen=True, eq=False)
class CategoryCounts:
    """How often each category occurs per group: ``counts[i, j]`` for ``groups[i]`` and
    ``categories[j]``. ``kind`` is ``stance`` (verb stance labels, one per statement) or
    ``cues`` (cue categories, one per cue)."""

    kind: str
    by: str
    groups: tuple[str, ...]
    categories: tuple[str, ...]
    counts: np.ndarray


def category_counts_from_rows(
    kind: str, by: str, keys: Sequence[str], categories: Sequence[str | None],
    counts: Sequence[int], *, groups: Sequence[str] | None = None,
) -> CategoryCounts:
    """From a GROUP BY result: one row per (key, category) with its count. A missing stance
    label becomes ``none``; groups default to all keys seen, sorted."""
    check_by(by)
    if kind not in ("stance", "cues"):
        raise ValueError(f"kind must be 'stance' or 'cues', got {kind!r}")
    frame = pd.DataFrame({
        "k": [MISSING_KEY if k is None else str(k) for k in keys],
        "c": [NO_STANCE if c is None else str(c) for c in categories],
        "n": np.asarray(counts, dtype=np.int64),
    })
    frame = frame[frame["n"] > 0]
    order = list(groups) if groups is not None else sorted(set(frame["k"]))
    cats = tuple(sorted(set(frame["c"])))
    table = frame.groupby(["k", "c"])["n"].sum().unstack(fill_value=0) if len(frame) else \
        pd.DataFrame()
    table = table.reindex(index=order, columns=list(cats), fill_value=0)
    return CategoryCounts(kind, by, tuple(order), cats, table.to_numpy(dtype=np.int64))


def category_counts_from_frame(data: Any, by: str, kind: str, *,
                               groups: Sequence[str] | None = None) -> CategoryCounts:
    """From statement rows (pandas or pyarrow) with ``verb_stance_label`` (stance) or ``cues``
    (a list of ``{"score", ...}`` records per statement)."""
    check_by(by)
    frame = data.to_pandas() if hasattr(data, "to_pandas") and not hasattr(data, "iloc") \
        else data
    keys = frame[by].astype(object).where(frame[by].notna(), MISSING_KEY).astype(str)
    if kind == "stance":
        cats = frame["verb_stance_label"].astype(object).where(
            frame["verb_stance_label"].notna(), NO_STANCE)
        grouped = pd.DataFrame({"k": keys, "c": cats}).value_counts()
    elif kind == "cues":
        pairs = [(k, _cue_score(c)) for k, cues in zip(keys, frame["cues"], strict=True)
                 for c in (cues if cues is not None else ())]
        grouped = pd.DataFrame(pairs, columns=["k", "c"]).value_counts() if pairs else \
            pd.Series([], dtype=np.int64, index=pd.MultiIndex.from_tuples([], names=["k", "c"]))
    else:
        raise ValueError(f"kind must be 'stance' or 'cues', got {kind!r}")
    order = list(groups) if groups is not None else sorted(set(keys))
    idx = grouped.index
    return category_counts_from_rows(kind, by, list(idx.get_level_values(0)),
                                     list(idx.get_level_values(1)), list(grouped.to_numpy()),
                                     groups=order)


def _cue_score(cue: Any) -> str:
    return str(cue["score"] if isinstance(cue, dict) else cue.score)


def distribution_similarity(counts: CategoryCounts) -> SimilarityMatrix:
    """1 - Jensen-Shannon divergence between groups' category distributions."""
    g = len(counts.groups)
    values = np.full((g, g), np.nan)
    for a in range(g):
        for b in range(g):
            values[a, b] = stats.jensen_shannon_similarity(counts.counts[a], counts.counts[b])
    np.fill_diagonal(values, 1.0)
    what = "verb stance labels" if counts.kind == "stance" else "cue categories"
    return SimilarityMatrix(counts.kind, counts.groups, values,
                            f"1 - Jensen-Shannon divergence (base 2) of the {what}")
