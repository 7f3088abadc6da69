"""The benchmark's corpus generator: deterministic, in range, well-formed, news-like."""

from __future__ import annotations

import json
import re
from datetime import datetime

import pytest

from benchmarks.generate import MAX_WORDS, MIN_WORDS, generate, generate_article, write_corpus

FIELDS = {"title", "text", "outlet", "url", "published", "country"}


@pytest.fixture(scope="module")
def corpus():
    return list(generate(80, seed=11))


def test_same_seed_same_corpus_and_prefix_stable():
    first = [a.record() for a in generate(6, seed=3)]
    again = [a.record() for a in generate(6, seed=3)]
    assert first == again
    # article i does not depend on how many are drawn: a small corpus is a prefix of a big one
    assert generate_article(3, 4).record() == first[4]
    other = [a.record() for a in generate(6, seed=4)]
    assert all(a["text"] != b["text"] for a, b in zip(first, other, strict=True))


def test_lengths_in_range_and_varied(corpus):
    words = [len(a.text.split()) for a in corpus]
    assert all(MIN_WORDS <= w <= MAX_WORDS for w in words), (min(words), max(words))
    assert [a.truth.words for a in corpus] == words
    assert max(words) - min(words) > 500  # short items and long features, not one size


def _mark_sequence(paragraph: str, opening: str, closing: str) -> list[str]:
    return [c for c in paragraph if c in (opening, closing)]


def test_curly_quotes_pair_up_except_planted_continuations(corpus):
    curly = [a for a in corpus if a.truth.quote_style == "curly"]
    assert curly
    for art in curly:
        assert '"' not in art.text
        opens, closes = art.text.count("\u201c"), art.text.count("\u201d")
        assert (opens, closes) == (art.truth.open_marks, art.truth.close_marks)
        assert opens == closes + art.truth.continued_quotes
        assert art.text.count("\u2018") == art.truth.inner_marks
        left_open = 0
        for para in art.text.split("\n\n"):
            seq = _mark_sequence(para, "\u201c", "\u201d")
            # marks alternate open, close, open, ... within a paragraph
            assert all(m == ("\u201c" if i % 2 == 0 else "\u201d") for i, m in enumerate(seq)), para
            if len(seq) % 2:
                left_open += 1
        assert left_open == art.truth.continued_quotes


def test_straight_quotes_count_as_planted(corpus):
    straight = [a for a in corpus if a.truth.quote_style == "straight"]
    assert straight
    for art in straight:
        assert "\u201c" not in art.text and "\u201d" not in art.text
        assert art.text.count('"') == art.truth.open_marks + art.truth.close_marks
        odd = sum(para.count('"') % 2 for para in art.text.split("\n\n"))
        assert odd == art.truth.continued_quotes


def test_nothing_left_unexpanded(corpus):
    for art in corpus:
        assert not re.search(r"[{}\x00-\x08]", art.text + art.title), art.title
        assert "  " not in art.text
        assert not re.search(r"\ba [AEIO]", art.text)


def test_jsonl_parses_with_required_fields(tmp_path):
    out = tmp_path / "c.jsonl"
    n, words = write_corpus(out, 12, seed=5, folder=tmp_path / "files", folder_format="both")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == n == 12
    total = 0
    for line in lines:
        rec = json.loads(line)
        assert set(rec) == FIELDS
        assert all(isinstance(rec[k], str) and rec[k] for k in FIELDS)
        datetime.fromisoformat(rec["published"])
        assert re.fullmatch(r"[A-Z]{2}", rec["country"])
        assert rec["url"].startswith("https://")
        total += len(rec["text"].split())
    assert total == words
    truth = (tmp_path / "c.truth.jsonl").read_text().splitlines()
    assert [json.loads(t)["index"] for t in truth] == list(range(12))
    assert len(list((tmp_path / "files").glob("*.txt"))) == 12
    md = sorted((tmp_path / "files").glob("*.md"))
    assert len(md) == 12 and md[0].read_text(encoding="utf-8").startswith("# ")


def test_statement_forms_the_issue_asks_for_all_occur(corpus):
    text = "\n\n".join(a.text for a in corpus)
    q = "[\"\u201d]"
    checks = {
        "split quote": rf",{q} [\w .]+ (said|added|told reporters|warned|insisted), [\"\u201c]",
        "dash attribution": rf"[.!?]{q} (—|–|--|-) [A-Z]",
        "colon quote": r": [\"\u201c][A-Z]",
        "according to": r"\b[Aa]ccording to\b",
        "anonymous source": r"on condition of anonymity|asked not to be named|familiar with the matter",
        "reported that": r"\b(said|warned|insisted|claimed) that\b",
        "curly apostrophe": "\u2019",
        "no comment": r"declined to comment|did not respond to a request",
        "nested": r"quoted .+ as saying|reported (that )?.+ had said",
    }
    missing = [name for name, pattern in checks.items() if not re.search(pattern, text)]
    assert not missing
    verbs = set(re.findall(r"\b(said|claimed|insisted|argued|warned|noted|stressed|acknowledged|"
                           r"alleged|suggested|maintained|asserted|conceded|denied|admitted|"
                           r"announced|confirmed|cautioned|predicted|reiterated)\b", text))
    assert len(verbs) >= 15


def test_reads_like_news_not_filler(corpus):
    words = re.findall(r"[A-Za-z]+", " ".join(a.text for a in corpus))
    assert len({w.lower() for w in words}) > 1500
    assert "lorem" not in {w.lower() for w in words}
    assert len({a.outlet for a in corpus}) >= 15
    assert len({a.country for a in corpus}) >= 8
    # sentence lengths vary widely
    sentences = [s for a in corpus for s in re.split(r"(?<=[.!?])\s+", a.text) if s]
    lengths = [len(s.split()) for s in sentences]
    assert min(lengths) <= 6 and max(lengths) >= 35


# --- the harness's own arithmetic and bookkeeping (benchmarks/run.py) ---------------------


def test_growth_exponent_and_percentile():
    from benchmarks.run import percentile, slope

    xs = [1000, 2000, 4000]
    assert slope(xs, [3 * x for x in xs]) == pytest.approx(1.0)
    assert slope(xs, [0.5 * x**2 for x in xs]) == pytest.approx(2.0)
    assert slope(xs, [0.2, 0.2, 0.2]) == pytest.approx(0.0)
    assert slope([10], [1.0]) is None
    values = [float(v) for v in range(1, 21)]  # 1..20
    assert percentile(values, 95) == 19.0  # nearest rank: ceil(0.95 * 20) = 19th value
    assert percentile(values, 50) == 10.0


def test_results_sections_are_replaced_one_size_at_a_time(tmp_path):
    from benchmarks.run import write_results

    path = tmp_path / "RESULTS.md"
    write_results("## Size: quick\nold quick\n", "quick", path)
    write_results("## Size: full\nfull figures\n", "full", path)
    write_results("## Size: quick\nnew quick\n", "quick", path)
    text = path.read_text()
    assert "new quick" in text and "old quick" not in text and "full figures" in text
    assert text.index("Size: full") < text.index("Size: quick")


def test_synthetic_statements_point_into_their_text():
    import random

    from benchmarks.run import _group_table, synth_rows

    groups = _group_table(1)
    text = generate_article(5, 0).text
    rows = synth_rows(7, text, random.Random(3), groups, [g[4] for g in groups])
    assert len(rows) >= 5
    names = {g[0] for g in groups}
    for row in rows:
        assert text[row.start:row.end] == row.statement
        assert text[row.sentence_start:row.sentence_end] == row.sentence
        assert row.group in names and row.kind in ("direct", "reported", "mixed")
        for cue in row.cues:
            assert text[cue.start:cue.end] == cue.text
