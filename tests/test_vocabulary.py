"""analysis.vocabulary: tokens, the term index, and Fightin' Words log-odds on toy corpora."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import compare_db, vocabulary
from analysis.vocabulary import count_terms, distinctive_terms, index_terms, tokenize
from corpus.store import Store
from tests.test_compare import build_compare_db


def test_tokenize_rules():
    text = ("The Kremlin\u2019s so-called \u201cstrikes\u201d hit U.S. targets in 2015; "
            "officials said it's a WELL-KNOWN fact, 2015-16.")
    assert tokenize(text) == ["kremlin", "so-called", "strikes", "hit", "u.s", "targets",
                              "officials", "said", "well-known", "fact"]


def test_bigrams_skip_stop_words_and_numbers():
    assert tokenize("Cruise missiles fell in Iran in 2015 today", bigrams=True) == [
        "cruise", "missiles", "fell", "iran", "today", "cruise missiles", "missiles fell"]


def test_custom_stop_words():
    assert tokenize("the missiles said", stop_words=frozenset({"said"})) == ["the", "missiles"]


_WORDS = st.sampled_from(["Iran", "missile", "the", "of", "so-called", "U.S.", "Kremlin's",
                          "2015", "a1", "\u00e9cole", "don't", "-", "'s", "..", "RT", "x"])
_SEPS = st.sampled_from([" ", ", ", ". ", "\u2019", "-", "\n", " \u201c", "' "])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.tuples(_WORDS, _SEPS), max_size=12).map(
    lambda ws: "".join(w + s for w, s in ws)), min_size=1, max_size=6), st.booleans())
def test_index_terms_equals_tokenize_per_statement(texts, bigrams):
    index = index_terms([str(i) for i in range(len(texts))], texts, bigrams=bigrams)
    for r, text in enumerate(texts):
        row = index.matrix[r]
        got = Counter({index.terms[c]: int(v) for c, v in zip(row.indices, row.data,
                                                                strict=True)})
        assert got == Counter(tokenize(text, bigrams=bigrams))


def test_log_odds_by_hand():
    # y_i = (3, 1), y_j = (1, 3), alpha = (.5, .5), a0 = 1, n_i = n_j = 4
    # word 0: delta = log(3.5 / 1.5) - log(1.5 / 3.5) = 2 log(7/3) = 1.694596
    #         var = 1/3.5 + 1/1.5 = 0.952381 -> z = 1.694596 / 0.975900 = 1.736444
    delta, z = vocabulary.log_odds_z(np.array([3, 1]), np.array([1, 3]), np.array([0.5, 0.5]))
    assert delta[0] == pytest.approx(1.694596, abs=1e-6)
    assert z[0] == pytest.approx(1.736444, abs=1e-5)
    assert delta[1] == pytest.approx(-delta[0]) and z[1] == pytest.approx(-z[0])


def _toy():
    texts, groups, ids = [], [], []
    for i in range(30):
        texts.append("The missile struck the base, officials reported")
        groups.append("A")
        ids.append(f"a{i}")
    for i in range(30):
        texts.append("The base was quiet, officials reported")
        groups.append("B")
        ids.append(f"b{i}")
    return texts, groups, ids


def test_obviously_distinctive_word_tops_the_list():
    counts = count_terms(*_toy())
    vocab = {v.group: v for v in distinctive_terms(counts, prior_scale=0.01)}
    top = vocab["A"].terms[0]
    assert top.term in ("missile", "struck")  # both appear only in A, 30 times
    assert {t.term for t in vocab["A"].terms[:2]} == {"missile", "struck"}
    assert top.count == 30 and top.count_other == 0
    # By hand: n_A = 150 tokens (5 per statement), n_B = 120, N = 270, a0 = 2.7,
    # alpha = .01 * 30 = .3: delta = log(30.3 / 122.4) - log(.3 / 122.4) = log 101 = 4.615121
    # var = 1/30.3 + 1/.3 = 3.366337 -> z = 4.615121 / 1.834758 = 2.515384
    assert top.log_odds == pytest.approx(4.615121, abs=1e-6)
    assert top.z == pytest.approx(2.515384, abs=1e-5)
    assert top.statement_ids == tuple(f"a{i}" for i in range(30))
    assert vocab["B"].terms[0].term == "quiet"
    # Words both groups use in every statement are not significantly distinctive.
    shared = [t for v in vocab.values() for t in v.terms if t.term in ("officials", "base")]
    assert shared and all(abs(t.z) < 1.96 for t in shared)


def test_pairwise_is_antisymmetric():
    texts, groups, ids = _toy()
    texts += ["missile base quiet"] * 10
    groups += ["C"] * 10
    ids += [f"c{i}" for i in range(10)]
    counts = count_terms(texts, groups, ids)
    pairs = distinctive_terms(counts, versus="pairs", min_count=1, top=50)
    assert {(p.group, p.versus) for p in pairs} == {
        ("A", "B"), ("A", "C"), ("B", "A"), ("B", "C"), ("C", "A"), ("C", "B")}
    a = counts.counts.toarray()
    alpha = 0.01 * a.sum(axis=0)
    used = (a[0] + a[1]) > 0
    _, z_ab = vocabulary.log_odds_z(a[0][used], a[1][used], alpha[used])
    _, z_ba = vocabulary.log_odds_z(a[1][used], a[0][used], alpha[used])
    assert np.allclose(z_ab, -z_ba)
    ab = next(p for p in pairs if (p.group, p.versus) == ("A", "B"))
    terms = np.asarray(counts.terms)[used]
    assert ab.terms[0].z == pytest.approx(float(z_ab[terms == ab.terms[0].term][0]))


def test_stronger_prior_shrinks_z():
    counts = count_terms(*_toy())
    weak = distinctive_terms(counts, prior_scale=0.01)[0].terms[0]
    strong = distinctive_terms(counts, prior_scale=1.0)[0].terms[0]
    assert abs(strong.log_odds) < abs(weak.log_odds)


def test_min_count_top_and_max_ids():
    counts = count_terms(*_toy())
    (a, _) = distinctive_terms(counts, top=1, max_ids=5)
    assert len(a.terms) == 1
    assert a.terms[0].n_statements == 30 and len(a.terms[0].statement_ids) == 5
    none = distinctive_terms(counts, min_count=31)
    assert all(not v.terms for v in none)


def test_bad_arguments():
    counts = count_terms(*_toy())
    with pytest.raises(ValueError, match="prior_scale"):
        distinctive_terms(counts, prior_scale=0)
    with pytest.raises(ValueError, match="rest"):
        distinctive_terms(counts, versus="everyone")
    with pytest.raises(ValueError, match="'Z'"):
        distinctive_terms(counts, groups=["Z"])
    with pytest.raises(ValueError, match="unique"):
        count_terms(["a", "b"], ["A", "A"], ["1", "1"])


def test_index_counts_a_selection_like_a_fresh_count():
    texts, groups, ids = _toy()
    index = index_terms(ids, texts)
    pick = list(range(0, 60, 3))
    sub = index.counts([ids[i] for i in pick], [groups[i] for i in pick])
    fresh = count_terms([texts[i] for i in pick], [groups[i] for i in pick],
                        [ids[i] for i in pick])

    def as_dict(c):
        dense = c.counts.toarray()
        return {(g, term): int(dense[gi, t]) for gi, g in enumerate(c.groups)
                for t, term in enumerate(c.terms) if dense[gi, t]}

    assert as_dict(sub) == as_dict(fresh)
    assert sub.n_statements == 20
    with pytest.raises(ValueError, match="not in the term index"):
        index.counts(["nope"], ["A"])


def test_database_path_matches_the_text_path(tmp_path):
    db = build_compare_db(tmp_path / "v.duckdb")
    with Store.open(db, read_only=True) as store:
        index = compare_db.index_terms_from_db(store)
        from_db = compare_db.term_counts_from_db(store, index, "group")
        frame = store.statements_arrow(full=True).to_pandas()
    from_text = count_terms(frame["statement"].tolist(), frame["group"].tolist(),
                            frame["id"].tolist())
    assert from_db.groups == from_text.groups
    a = dict(zip(from_db.terms, from_db.counts.toarray().T.tolist(), strict=True))
    b = dict(zip(from_text.terms, from_text.counts.toarray().T.tolist(), strict=True))
    assert a == b
    top_db = distinctive_terms(from_db)
    top_text = distinctive_terms(from_text)
    assert [[(t.term, t.statement_ids) for t in v.terms] for v in top_db] == \
        [[(t.term, t.statement_ids) for t in v.terms] for v in top_text]
    rm = next(v for v in top_db if v.group == "Russian military")
    assert {t.term for t in rm.terms[:4]} >= {"ministry", "rejected", "propaganda"}
    assert not math.isnan(rm.terms[0].z)


def test_selection_order_does_not_change_the_listed_ids():
    texts, groups, ids = _toy()
    index = index_terms(ids, texts)
    shuffled = np.random.default_rng(0).permutation(len(ids))
    counts = index.counts([ids[i] for i in shuffled], [groups[i] for i in shuffled])
    top = distinctive_terms(counts)[0].terms[0]
    assert top.statement_ids == tuple(f"a{i}" for i in range(30))
