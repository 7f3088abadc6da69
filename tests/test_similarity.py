"""analysis.similarity: matrices checked on cases whose answer is known by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from analysis import compare, compare_db, similarity
from analysis.vocabulary import count_terms
from corpus.store import Store
from tests.test_compare import build_compare_db


def test_tfidf_by_hand():
    # A = "alpha beta", B = "alpha gamma"; N = 2 statements; smoothed idf: alpha ln(3/3)+1 = 1,
    # beta = gamma = ln(3/2)+1 = 1.405465; cos = 1 / (1 + 1.405465^2) = 0.336097
    counts = count_terms(["alpha beta", "alpha gamma"], ["A", "B"])
    m = similarity.tfidf_similarity(counts)
    assert m.labels == ("A", "B")
    assert m.value("A", "B") == pytest.approx(0.336097, abs=1e-6)
    assert m.value("B", "A") == m.value("A", "B")
    assert m.value("A", "A") == 1.0


def test_tfidf_identical_and_disjoint_groups():
    counts = count_terms(["missiles fell", "missiles fell", "quiet village", "missiles fell"],
                         ["A", "B", "C", "A"])
    m = similarity.tfidf_similarity(counts)
    assert m.value("A", "B") == pytest.approx(1.0)  # same words, same proportions
    assert m.value("A", "C") == pytest.approx(0.0)


def test_tfidf_group_without_words_is_nan():
    counts = count_terms(["missiles fell", "the of and"], ["A", "B"])
    m = similarity.tfidf_similarity(counts)
    assert math.isnan(m.value("A", "B"))


def _tables(groups: dict[str, dict[str, list[float]]]) -> compare.ScoreTables:
    keys, measures, values, counts, sizes = [], [], [], [], {}
    for g, by_measure in groups.items():
        for m, xs in by_measure.items():
            sizes[g] = len(xs)
            for x in xs:
                keys.append(g)
                measures.append(m)
                values.append(x)
                counts.append(1)
    return compare.score_tables_from_counts(
        "group", (list(sizes), list(sizes.values())), (keys, measures, values, counts),
        measures=sorted({m for d in groups.values() for m in d}), groups=list(groups))


def test_profile_similarity_by_hand():
    # a = {0, 2}, b = {2, 4}: means 1, 3, both variances 2 -> pooled SD sqrt(2);
    # d = 2 / sqrt(2) = 1.414214 -> similarity 1 / 2.414214 = 0.414214
    t = _tables({"a": {"sentiment": [0.0, 2.0]}, "b": {"sentiment": [2.0, 4.0]}})
    m = similarity.profile_similarity(t)
    assert m.value("a", "b") == pytest.approx(0.414214, abs=1e-6)
    # a measure with no spread anywhere is left out instead of dividing by zero
    t2 = _tables({"a": {"sentiment": [0.0, 2.0], "sarcasm": [0.0, 0.0]},
                  "b": {"sentiment": [2.0, 4.0], "sarcasm": [0.0, 0.0]}})
    assert similarity.profile_similarity(t2).value("a", "b") == pytest.approx(0.414214,
                                                                              abs=1e-6)


def test_profile_similarity_rms_over_measures():
    # Two measures with standardised differences 1.414214 and 0: RMS = 1 -> 0.5
    t = _tables({"a": {"sentiment": [0.0, 2.0], "hedging": [1.0, 3.0]},
                 "b": {"sentiment": [2.0, 4.0], "hedging": [1.0, 3.0]}})
    assert similarity.profile_similarity(t).value("a", "b") == pytest.approx(0.5)


def test_distribution_similarity_known_cases():
    cc = similarity.category_counts_from_rows(
        "stance", "group", ["A", "A", "B", "B", "C"], ["neutral", None, "neutral", None,
                                                      "distancing"], [3, 1, 6, 2, 5])
    assert cc.categories == ("distancing", "neutral", "none")
    m = similarity.distribution_similarity(cc)
    assert m.value("A", "B") == pytest.approx(1.0)  # same shares 3:1
    assert m.value("A", "C") == pytest.approx(0.0)  # nothing in common
    assert np.allclose(m.values, m.values.T)


def test_database_and_frame_category_counts_agree(tmp_path):
    db = build_compare_db(tmp_path / "s.duckdb")
    with Store.open(db, read_only=True) as store:
        frame = store.statements_arrow(full=True)
        for kind in ("stance", "cues"):
            a = compare_db.category_counts_from_db(store, "group", kind)
            b = similarity.category_counts_from_frame(frame, "group", kind)
            assert (a.groups, a.categories) == (b.groups, b.categories)
            assert a.counts.tolist() == b.counts.tolist()
        stance = similarity.distribution_similarity(
            compare_db.category_counts_from_db(store, "group", "stance"))
    # The fixture gives every Russian military statement 'distancing', everyone else 'neutral'.
    assert stance.value("Russian military", "U.S. government") == pytest.approx(0.0)
    assert stance.value("Iranian media", "U.S. government") == pytest.approx(1.0)
