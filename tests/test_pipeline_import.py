"""The import's fast paths give exactly what the plain definitions give.

Normalisation, VADER's word split and the Arrow conversion were rewritten for speed; each test
here compares the fast code with the definition it replaces, written out independently, or
checks a behaviour of the import (ids, one vs two processes, no workers for nothing).
"""

from __future__ import annotations

import json
import random
import re
import string
import sys
import unicodedata
from pathlib import Path

import pytest

from corpus import dedupe
from corpus.models import CueRow
from tests.conftest import make_statement

# --------------------------------------------------------------------------- normalise

_SPACE_RE = re.compile(r"\s+")


def _reference_normalise(text: str) -> str:
    """The definition in docs/design.md: NFKC, quotes/dashes folded, casefolded, NFKC again,
    whitespace collapsed (str.translate over the whole text, as the first version did)."""
    folded = unicodedata.normalize("NFKC", text).translate(dedupe._QUOTES).casefold()
    folded = unicodedata.normalize("NFKC", folded).translate(dedupe._QUOTES)
    return _SPACE_RE.sub(" ", folded).strip()


def _all_characters() -> str:
    return "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)


def test_normalise_equals_its_definition_on_every_character():
    chars = _all_characters()
    pieces = [chars[i : i + 101] for i in range(0, len(chars), 101)]
    # each piece between words and a curly quote, so folding and trimming both happen
    texts = [f"  Ab\u2019 {p} \u201cZ\u201d\t" for p in pieces]
    mismatched = [t[:20] for t in texts if dedupe.normalise(t) != _reference_normalise(t)]
    assert mismatched == []


def test_normalise_equals_its_definition_on_random_mixtures():
    rng = random.Random(11)
    alphabet = "aZ \t\n\u00a0\u2003\u2028\u00ad\u200b\ufeff`\u2018\u2019\u201c\u201d\u2014\u2212ǅǄﬁ①Ａ"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        assert dedupe.normalise(text) == _reference_normalise(text), repr(text)
    assert dedupe.normalise("  \u201cNo\u201d \u2014 said  X\u00ad ") == '"no" - said x'


# --------------------------------------------------------------------------- VADER words


def _reference_words(text: str) -> list[str]:
    """VADER's own split: str.split, punctuation stripped unless two characters or fewer
    would be left."""
    out = []
    for piece in text.split():
        stripped = piece.strip(string.punctuation)
        out.append(piece if len(stripped) <= 2 else stripped)
    return out


def test_vader_words_and_spans_on_every_whitespace_character():
    from analysis.sentiment import _words, vader_lexicon, vader_valences

    spaces = [c for c in _all_characters() if c.isspace()]
    assert len(spaces) > 20  # \x1c-\x1f, \x85, no-break and ideographic spaces included
    text = "".join(f"w{i}{c}" for i, c in enumerate(spaces)) + ' "Quoted!" ok, (ab) ...'
    assert _words(text) == (text.split(), _reference_words(text))
    # every piece a lexicon word, some wrapped in punctuation: each span is the word itself
    lexicon = [w for w in vader_lexicon() if w.isalpha() and len(w) > 3][:len(spaces)]
    wrapped = ["({w}),", '"{w}"', "{w}", "...{w}"]
    pieces = [wrapped[i % 4].format(w=w) for i, w in enumerate(lexicon)]
    text = "".join(p + c for p, c in zip(pieces, spaces, strict=False))
    valences = vader_valences(text, offset=5)
    words = [v for v in valences if v.text.isalpha()]
    assert [v.text for v in words] == lexicon
    assert all(text[v.span[0] - 5 : v.span[1] - 5] == v.text for v in valences)


def test_vader_but_rule_still_equals_polarity_scores():
    from analysis.sentiment import analyzer, vader_compound

    sentences = [
        "good good but bad bad",
        "It was not good but it was great, great and great",
        "The talks were bad, but the deal is good and the deal is good",
        "no good but fine",
        "BUT the results were terrible and terrible but good",
    ]
    for text in sentences:
        assert vader_compound(text) == analyzer().polarity_scores(text)["compound"], text


# --------------------------------------------------------------------------- Arrow rows


def _rows():
    text = "He said the talks failed. Officials denied it, maybe."
    return [
        make_statement(
            3, text, 8, 24, verb="said", verb_start=3, verb_end=7, speaker_text="He",
            speaker_start=0, speaker_end=2, speaker_resolved="Ivan Petrov", sentiment=-0.5,
            hedged=True, verb_stance_label="neutral", parent_start=0, parent_end=25,
            cues=(CueRow("sentiment", "failed", 18, 24, -2.1), CueRow("hedging", "the", 8, 11, 0.5)),
        ),
        make_statement(3, text, 26, 53, denial=1.0, denial_target="it"),
        make_statement(4, text, 0, 2, cues=(CueRow("denial", "He", 0, 2, 1.0),)),
    ]  # fmt: skip


def test_statements_to_arrow_keeps_every_field():
    from corpus.store import STATEMENT_FIELDS, statements_to_arrow

    rows = _rows()
    table = statements_to_arrow(rows)
    assert table.column("id").to_pylist() == ["3:8:24", "3:26:53", "4:0:2"]
    for name in STATEMENT_FIELDS:
        got = table.column(name).to_pylist()
        if name == "cues":
            want = [[c.__dict__ for c in r.cues] for r in rows]
        else:
            want = [getattr(r, name) for r in rows]
        assert got == want, name
    assert statements_to_arrow([]).num_rows == 0


def test_statement_table_is_checked_like_rows(store):
    from corpus.models import ArticleDraft
    from corpus.store import StoreError, statements_to_arrow

    text = "He said the talks failed. Officials denied it, maybe."
    with store.writer() as w:
        a = w.add_article(ArticleDraft(text=text)).article_id
        rows = [make_statement(a, text, 8, 24), make_statement(a, text, 26, 53)]
        w.add_statement_table(statements_to_arrow(rows))
        with pytest.raises(StoreError, match="not stored"):
            w.add_statement_table(statements_to_arrow([make_statement(a + 1, text, 0, 2)]))
        with pytest.raises(StoreError, match="schema"):
            w.add_statement_table(statements_to_arrow(rows).drop_columns(["cues"]))
    stored = store.con.execute("SELECT id FROM statements ORDER BY id").fetchall()
    assert stored == [(f"{a}:26:53",), (f"{a}:8:24",)]


def test_replace_statement_table_swaps_the_whole_batch(store):
    from corpus.models import ArticleDraft
    from corpus.store import StoreError, statements_to_arrow

    texts = ["First article. It has two lines.", "Second article, other words."]
    with store.writer() as w:
        ids = [w.add_article(ArticleDraft(text=t)).article_id for t in texts]
        w.add_statements([make_statement(i, t, 0, 5) for i, t in zip(ids, texts, strict=True)])
    new = statements_to_arrow([make_statement(ids[0], texts[0], 15, 32)])
    store.replace_statement_table(new, ids)
    stored = store.con.execute("SELECT id FROM statements ORDER BY id").fetchall()
    assert stored == [(f"{ids[0]}:15:32",)]  # the second article's statement is gone too
    with pytest.raises(StoreError, match="outside the batch"):
        store.replace_statement_table(new, [ids[1]])


# --------------------------------------------------------------------------- the import


def _write_jsonl(path: Path, n: int) -> Path:
    from benchmarks.generate import generate

    with path.open("w", encoding="utf-8") as fh:
        for art in generate(n, seed=5):
            fh.write(json.dumps(art.record(), ensure_ascii=False) + "\n")
    return path


def _content(db: Path) -> tuple[list, list]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        articles = con.execute(
            "SELECT * EXCLUDE (imported_at) FROM articles ORDER BY id"
        ).fetchall()
        statements = con.execute("SELECT * FROM statements ORDER BY id").fetchall()
    finally:
        con.close()
    return articles, statements


def test_analyse_texts_sets_the_article_ids(nlp):
    from analysis.pipeline import analyse_texts

    texts = ['"We will respond," the minister said.', 'Officials said the talks failed.']
    plain = analyse_texts(texts)
    numbered = analyse_texts(texts, [None, None], [7, 9])
    assert [len(r) for r in numbered] == [len(r) for r in plain] and all(plain)
    assert {r.article_id for r in numbered[0]} == {7} and {r.article_id for r in numbered[1]} == {9}
    assert [r.statement for rs in numbered for r in rs] == [r.statement for rs in plain for r in rs]


def test_one_and_two_processes_store_the_same(nlp, tmp_path):
    from analysis.pipeline import run_import
    from corpus.ingest import scan_inputs
    from corpus.store import Store

    corpus = _write_jsonl(tmp_path / "corpus.jsonl", 18)  # two batches, one per worker
    reports = []
    for jobs in (1, 2):
        with Store.open(tmp_path / f"db{jobs}.duckdb") as store:
            reports.append(run_import(store, scan_inputs([corpus]), jobs=jobs))
            runs = store.con.execute("SELECT rules_version, n_articles FROM analysis_runs").fetchall()
            assert runs[0][1] == 18 and runs[0][0].startswith("registry=")
    one, two = reports
    assert one.n_statements > 100 and one.n_statements == two.n_statements
    assert one.article_ids == two.article_ids == tuple(range(1, 19))
    assert _content(tmp_path / "db1.duckdb") == _content(tmp_path / "db2.duckdb")


def test_reimport_of_stored_texts_starts_no_workers(nlp, tmp_path, monkeypatch):
    import analysis.pipeline as pipeline
    from corpus.ingest import scan_inputs
    from corpus.store import Store

    corpus = _write_jsonl(tmp_path / "corpus.jsonl", 2)
    with Store.open(tmp_path / "db.duckdb") as store:
        first = pipeline.run_import(store, scan_inputs([corpus]), jobs=1)

        def no_pool(*args, **kwargs):
            raise AssertionError("a worker pool was started for texts already stored")

        monkeypatch.setattr(pipeline.mp, "get_context", no_pool)
        again = pipeline.run_import(store, scan_inputs([corpus]), jobs=2)
    assert first.n_imported == 2 and again.n_imported == 0 and again.n_duplicates == 2


def test_near_duplicate_index_of_an_empty_store_does_not_import_pandas(store):
    # pyarrow's to_numpy/combine_chunks import pandas (~0.2 s) on first use; the writer's
    # signature index reads Arrow buffers instead. Checked in a fresh interpreter.
    import subprocess

    code = (
        "import sys\n"
        "from corpus.store import Store\n"
        "from corpus.models import ArticleDraft\n"
        f"s = Store.open({str(store.path.parent / 'fresh.duckdb')!r})\n"
        "with s.writer() as w:\n"
        "    w.add_article(ArticleDraft(text='One two three four five six.'))\n"
        "    w._near_index()\n"
        "    print('pandas' in sys.modules)\n"
    )
    repo = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", code], cwd=repo, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_reanalyse_replaces_every_article_with_the_same_statements(nlp, tmp_path):
    from analysis.pipeline import reanalyse, run_import
    from corpus.ingest import scan_inputs
    from corpus.store import Store

    corpus = _write_jsonl(tmp_path / "corpus.jsonl", 3)
    with Store.open(tmp_path / "db.duckdb") as store:
        report = run_import(store, scan_inputs([corpus]), jobs=1)
        before = _statement_rows(store)
        # a stale statement that the current rules would not produce must go
        store.con.execute("UPDATE statements SET sentiment = 0.123456")
        again = reanalyse(store, jobs=1)
        after = _statement_rows(store)
        runs = store.con.execute("SELECT count(*) FROM analysis_runs").fetchall()[0][0]
    assert again.n_articles == 3 and again.n_statements == report.n_statements > 0
    assert after == before and runs == 2


def _statement_rows(store) -> list:
    return store.con.execute("SELECT * FROM statements ORDER BY id").fetchall()
