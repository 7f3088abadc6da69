"""analysis.compare and analysis.compare_db on a small hand-designed database.

The fixture corpus (built through corpus.store's own writer) has known structure: the Russian
military often denies, the U.S. government never does; NATO has only 3 statements; nobody
uses scare quotes; outlets carry known numbers of each group (see VOICES).
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from analysis import compare, compare_db, stats, voices
from analysis.compare import ScoreTables
from corpus.models import ArticleDraft, CueRow, StatementRow
from corpus.store import Store

# outlet, country, [(group, n statements, n anonymous)]
VOICES: tuple[tuple[str, str, tuple[tuple[str, int, int], ...]], ...] = (
    ("Reuters", "GB", (("U.S. government", 20, 0), ("Russian military", 20, 0),
                       ("Iranian media", 10, 0), ("unknown", 10, 8))),
    ("RT", "RU", (("Russian military", 30, 0), ("U.S. government", 5, 0), ("NATO", 3, 0))),
    ("Fars News", "IR", (("Iranian media", 25, 0), ("Russian military", 5, 0),
                         ("unknown", 5, 5))),
)
PHRASES = {
    "U.S. government": "officials said cruise missiles crashed in Iran",
    "Russian military": "the ministry rejected the propaganda about missiles",
    "Iranian media": "Fars reported a blast near the village",
    "unknown": "a source said something fell",
    "NATO": "the alliance urged restraint",
}
SENTIMENT_MEAN = {"U.S. government": 0.2, "Russian military": -0.3, "Iranian media": 0.0,
                  "unknown": 0.0, "NATO": 0.1}
PER_ARTICLE = 7


def build_compare_db(path: Path, seed: int = 0) -> Path:
    """Write the fixture corpus to ``path`` with corpus.store (one import)."""
    rng = np.random.default_rng(seed)
    with Store.open(path) as store, store.writer(sources="compare fixture") as writer:
        serial = 0
        for outlet, country, groups in VOICES:
            plan: list[tuple[str, bool]] = []
            for group, n, n_anon in groups:
                plan.extend((group, i < n_anon) for i in range(n))
            for start_at in range(0, len(plan), PER_ARTICLE):
                chunk = plan[start_at:start_at + PER_ARTICLE]
                sentences = []
                for group, _ in chunk:
                    serial += 1
                    sentences.append(f"In report {serial}, {PHRASES[group]}.")
                text = " ".join(sentences)
                result = writer.add_article(ArticleDraft(
                    text=text, outlet=outlet, country=country, title=f"{outlet} {start_at}",
                    source_name=f"{outlet}-{start_at}.txt"))
                assert result.article_id is not None
                rows = []
                offset = 0
                for (group, anonymous), sentence in zip(chunk, sentences, strict=True):
                    start = text.index(sentence, offset)
                    end = start + len(sentence)
                    offset = end
                    hedging = float(rng.poisson(0.5))
                    cues = (CueRow("hedging", sentence[:2], start, start + 2),) if hedging else ()
                    rows.append(StatementRow(
                        article_id=result.article_id, start=start, end=end, statement=sentence,
                        kind="reported", verb="said", verb_start=None, verb_end=None,
                        speaker_text=None, speaker_start=None, speaker_end=None,
                        speaker_resolved=None, actor=f"{group} spokesperson", group=group,
                        group_country=None, group_type="government", anonymous_source=anonymous,
                        sentence=sentence, sentence_start=start, sentence_end=end,
                        method="fixture",
                        sentiment=float(np.round(np.clip(
                            rng.normal(SENTIMENT_MEAN[group], 0.3), -1, 1), 4)),
                        hedging=hedging, boosting=float(rng.poisson(0.3)),
                        denial=float(group == "Russian military" and rng.random() < 0.7),
                        accusation=float(rng.random() < 0.1),
                        verb_stance=float(rng.choice([-1.0, 0.0, 1.0])),
                        scare_quotes=0.0, sarcasm=0.0, hedged=hedging > 0,
                        verb_stance_label=("distancing" if group == "Russian military"
                                           else "neutral"),
                        cues=cues))
                writer.add_statements(rows)
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_compare_db(tmp_path_factory.mktemp("compare") / "fixture.duckdb")


@pytest.fixture(scope="module")
def store(db: Path):
    with Store.open(db, read_only=True) as s:
        yield s


@pytest.fixture(scope="module")
def frame(store):
    return store.statements_arrow(full=True).to_pandas()


@pytest.fixture(scope="module")
def by_group(store) -> ScoreTables:
    return compare_db.score_tables_from_db(store, "group")


# --------------------------------------------------------------------------- tables


@pytest.mark.parametrize("by", compare.BY_KEYS)
def test_database_and_frame_give_identical_tables_and_results(store, frame, by):
    from_db = compare_db.score_tables_from_db(store, by)
    from_frame = compare.score_tables_from_frame(frame, by)
    assert from_db.groups == from_frame.groups
    assert from_db.n == from_frame.n
    for g in from_db.groups:
        for m in from_db.measures:
            a, b = from_db.table(g, m), from_frame.table(g, m)
            assert a.values.tolist() == b.values.tolist()
            assert a.counts.tolist() == b.counts.tolist()
    assert compare.compare_groups(from_db, n_resamples=300) == \
        compare.compare_groups(from_frame, n_resamples=300)


def test_tables_match_a_plain_numpy_count(by_group, frame):
    # Independent reference: np.unique over each group's raw column.
    for g in by_group.groups:
        rows = frame[frame["group"] == g]
        for m in by_group.measures:
            values, counts = np.unique(rows[m].to_numpy(dtype=float), return_counts=True)
            t = by_group.table(g, m)
            assert t.values.tolist() == values.tolist()
            assert t.counts.tolist() == counts.tolist()


def test_missing_values_are_left_out_and_keys_become_none():
    import pandas as pd

    data = pd.DataFrame({"outlet": ["A", "A", None, "A"], "sentiment": [0.5, np.nan, 0.1, 0.5],
                         "hedged": [True, False, True, True]})
    t = compare.score_tables_from_frame(data, "outlet", measures=["sentiment", "hedged"])
    assert t.groups == ("A", compare.MISSING_KEY)
    assert t.n == (3, 1)
    assert t.table("A", "sentiment").counts.tolist() == [2]
    assert t.table("A", "hedged").values.tolist() == [0.0, 1.0]
    with pytest.raises(ValueError, match="lacks column"):
        compare.score_tables_from_frame(data, "outlet", measures=["denial"])


def test_groups_are_ordered_by_size(by_group):
    assert by_group.groups[0] == "Russian military"  # 20 + 30 + 5
    assert by_group.n == tuple(sorted(by_group.n, reverse=True))
    assert sum(by_group.n) == sum(n for _, _, gs in VOICES for _, n, _ in gs)


def test_where_clause_and_group_subset(store):
    t = compare_db.score_tables_from_db(store, "outlet", where='"group" = ?',
                                        params=["Russian military"], groups=["RT", "Fars News"])
    assert t.groups == ("RT", "Fars News")
    assert t.n == (30, 5)
    with pytest.raises(ValueError, match="BBC"):
        compare_db.score_tables_from_db(store, "outlet", groups=["BBC"])


def test_bad_by_and_measure_are_refused(store):
    with pytest.raises(ValueError, match="group, actor, outlet, country"):
        compare_db.score_tables_from_db(store, "statement; DROP TABLE statements")
    with pytest.raises(ValueError, match="unknown measure"):
        compare_db.score_tables_from_db(store, "group", measures=["sentiment", "nonsense"])


# --------------------------------------------------------------------------- profiles


def test_profile_means_counts_and_intervals(by_group, frame):
    profiles = compare.profile_groups(by_group, n_resamples=500)
    rm = next(p for p in profiles if p.group == "Russian military")
    rows = frame[frame["group"] == "Russian military"]
    assert rm.n == len(rows) == 55
    for m in ("sentiment", "denial", "hedging"):
        s = rm.score(m)
        assert s.mean == pytest.approx(rows[m].mean())
        assert s.n == 55 and s.status == "ok" and s.interval == "bootstrap-percentile"
        assert s.ci_low <= s.mean <= s.ci_high
    hedged = rm.score("hedged")
    assert hedged.interval == "wilson"
    assert hedged.mean == pytest.approx(rows["hedged"].mean())


def test_small_group_gets_a_mean_but_no_interval(by_group):
    nato = compare.profile_groups(by_group.select(["NATO"]))[0]
    s = nato.score("sentiment")
    assert s.n == 3 and s.status == "too_few" and s.mean is not None
    assert s.ci_low is None and s.ci_high is None


def test_adding_a_group_does_not_change_another_groups_interval(by_group):
    alone = compare.profile_groups(by_group.select(["Iranian media"]))[0]
    with_others = [p for p in compare.profile_groups(by_group) if p.group == "Iranian media"][0]
    assert alone == with_others


# --------------------------------------------------------------------------- differences


def test_clear_difference_reaches_the_permutation_floor(by_group):
    sub = by_group.select(["Russian military", "U.S. government"], ["denial", "sentiment"])
    diffs = compare.compare_pairs(sub, n_resamples=999)
    denial = next(d for d in diffs if d.measure == "denial")
    assert denial.status == "ok"
    assert denial.p_value == pytest.approx(1 / 1000)
    assert denial.difference > 0 and denial.effect_size > 0.8
    assert denial.effect_measure == "hedges_g"


def test_too_few_and_constant_are_statuses_not_numbers(by_group):
    diffs = compare.compare_pairs(by_group.select(["NATO", "U.S. government"]))
    assert {d.status for d in diffs} == {"too_few"}
    assert all(d.p_value is None and d.effect_size is None for d in diffs)
    assert diffs[0].status_text == "too few statements"
    pair = by_group.select(["Russian military", "U.S. government"], ["scare_quotes"])
    (d,) = compare.compare_pairs(pair)
    assert d.status == "constant" and d.p_value is None and d.p_adjusted is None


def test_booleans_use_cohens_h(by_group, frame):
    pair = by_group.select(["unknown", "Iranian media"], ["anonymous_source"])
    (d,) = compare.compare_pairs(pair, n_resamples=999)
    p_unknown = frame[frame["group"] == "unknown"]["anonymous_source"].mean()  # 13 / 15
    assert p_unknown == pytest.approx(13 / 15)
    assert d.effect_measure == "cohens_h"
    # Iranian media has no anonymous statement: h = 2 asin(sqrt(13/15)) - 2 asin(0)
    assert d.effect_size == pytest.approx(2 * math.asin(math.sqrt(13 / 15)))
    assert d.difference == pytest.approx(13 / 15)


@pytest.mark.parametrize("method", ["holm", "bh"])
def test_correction_spans_every_measure_and_pair(by_group, method):
    c = compare.compare_groups(by_group, n_resamples=499, correction=method)
    tested = [d for d in c.differences if d.status == "ok"]
    untested = [d for d in c.differences if d.status != "ok"]
    assert c.n_tests == len(tested) > 20
    assert untested, "NATO pairs and constant measures stay out of the family"
    assert all(d.p_adjusted >= d.p_value for d in tested)
    smallest = min(tested, key=lambda d: d.p_value)
    if method == "holm":
        # Holm multiplies the smallest p by the whole family size.
        assert smallest.p_adjusted == pytest.approx(min(1.0, c.n_tests * smallest.p_value))
    else:
        # BH: the largest p is never changed.
        largest = max(tested, key=lambda d: d.p_value)
        assert largest.p_adjusted == pytest.approx(largest.p_value)


def test_comparison_is_reproducible_and_seed_sensitive(by_group):
    sub = by_group.select(["Russian military", "Iranian media"])
    a = compare.compare_groups(sub, n_resamples=300, random_state=1)
    assert compare.compare_groups(sub, n_resamples=300, random_state=1) == a
    assert compare.compare_groups(sub, n_resamples=300, random_state=2) != a


def test_min_n_must_allow_an_interval(by_group):
    with pytest.raises(ValueError, match="min_n"):
        compare.compare_groups(by_group, min_n=1)
    with pytest.raises(ValueError, match="itself"):
        compare.compare_pairs(by_group, [("NATO", "NATO")])


def test_score_tables_from_counts_matches_raw_statistics():
    # Two groups given as a GROUP BY result: a = {0 x3, 1 x2}, b = {1 x4, 2 x1}
    t = compare.score_tables_from_counts(
        "group", (["a", "b"], [5, 5]),
        (["a", "a", "b", "b"], ["hedging"] * 4, [0.0, 1.0, 1.0, 2.0], [3, 2, 4, 1]),
        measures=["hedging"])
    (d,) = compare.compare_pairs(t, n_resamples=999, random_state=3)
    raw = stats.permutation_test([0, 0, 0, 1, 1], [1, 1, 1, 1, 2], n_resamples=999,
                                 random_state=compare._stream(3, "difference", "a", "b",
                                                              "hedging"))
    assert d.p_value == raw.p_value
    assert d.difference == pytest.approx(0.4 - 1.2)


# --------------------------------------------------------------------------- voices


def test_voices_by_hand(store, frame):
    v = compare_db.voices_from_db(store)
    assert v == voices.voices_from_frame(frame)
    reuters = next(o for o in v.outlets if o.outlet == "Reuters")
    assert reuters.n == 60
    assert reuters.share("U.S. government") == pytest.approx(20 / 60)
    assert reuters.share("unknown") == pytest.approx(10 / 60)
    assert reuters.anonymous_share == pytest.approx(8 / 60)
    # known groups in the selection: U.S. government, Russian military, Iranian media, NATO
    # -> K = 4; Reuters' known shares .4 .4 .2: H = 1.054920, / ln 4 = 0.760965
    assert v.n_known_groups == 4
    assert reuters.diversity == pytest.approx(0.760965, abs=1e-6)
    fars = next(o for o in v.outlets if o.outlet == "Fars News")
    # known 5 and 25 of 30: H = 0.450561, / ln 4 = 0.325011
    assert fars.diversity == pytest.approx(0.325011, abs=1e-6)
    assert fars.anonymous_share == pytest.approx(5 / 35)


def test_voices_by_country_and_filter(store):
    v = compare_db.voices_from_db(store, "country", where="outlet <> ?", params=["Reuters"])
    assert {o.outlet for o in v.outlets} == {"RU", "IR"}
    with pytest.raises(ValueError, match="outlet or country"):
        compare_db.voices_from_db(store, "group")
