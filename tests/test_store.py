"""The DuckDB store: schema, migrations, transactions, duplicates, statements, queries."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

import corpus.store as store_module
from corpus.dedupe import jaccard, normalise, shingles
from corpus.models import ArticleDraft, CueRow, StatementRow
from corpus.store import (
    EXPORT_COLUMNS,
    SCHEMA_VERSION,
    Store,
    StoreBusyError,
    StoreError,
    default_db_path,
)
from tests.conftest import db_checksum, make_statement, sentence_statements

DEMO = Path(__file__).resolve().parents[1] / "corpus" / "demo"
REPO = Path(__file__).resolve().parents[1]


def demo_text(name: str) -> str:
    from corpus.formats import split_front_matter

    return split_front_matter((DEMO / name).read_text(encoding="utf-8"))[1]


def add(store: Store, *texts: str, **fields) -> list:
    with store.writer(sources="test") as w:
        return [w.add_article(ArticleDraft(text=t, **fields)) for t in texts]


# --------------------------------------------------------------------------- opening, schema


def test_open_creates_folders_and_schema(db_path):
    assert not db_path.parent.exists()
    with Store.open(db_path) as st:
        assert st.schema_version() == SCHEMA_VERSION == 1
        tables = {
            r[0]
            for r in st.con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }
    assert tables == {"meta", "articles", "imports", "statements", "analysis_runs"}


def test_statement_columns_are_the_model_fields_plus_id(store):
    columns = [r[0] for r in store.con.execute("DESCRIBE statements").fetchall()]
    assert columns == ["id"] + [f.name for f in dataclasses.fields(StatementRow)]
    types = dict(
        store.con.execute("SELECT column_name, column_type FROM (DESCRIBE statements)").fetchall()
    )
    assert (
        types["cues"]
        == 'STRUCT(score VARCHAR, "text" VARCHAR, "start" INTEGER, "end" INTEGER, weight DOUBLE)[]'
    )


def test_article_columns_match_design(store):
    columns = [r[0] for r in store.con.execute("DESCRIBE articles").fetchall()]
    assert columns == [
        "id", "content_hash", "text", "norm_text", "title", "outlet", "url", "published",
        "country", "byline", "language", "source_name", "source_format", "encoding", "raw",
        "near_duplicate_of", "near_duplicate_similarity", "minhash", "import_id",
        "imported_at", "word_count",
    ]  # fmt: skip


def test_indexes_exist(store):
    names = {r[0] for r in store.con.execute("SELECT index_name FROM duckdb_indexes()").fetchall()}
    assert {"statements_article_idx", "statements_group_idx", "articles_outlet_idx"} <= names


def test_default_db_path_uses_env(monkeypatch, tmp_path):
    monkeypatch.setenv("FRAMELENS_DB", str(tmp_path / "x.duckdb"))
    assert default_db_path() == tmp_path / "x.duckdb"
    monkeypatch.delenv("FRAMELENS_DB")
    assert default_db_path().name == "framelens.duckdb"
    assert "framelens" in str(default_db_path().parent)


def test_v0_empty_file_is_migrated(db_path):
    db_path.parent.mkdir(parents=True)
    duckdb.connect(str(db_path)).close()  # an empty DuckDB file: version 0
    with Store.open(db_path) as st:
        assert st.schema_version() == 1
        add(st, "Works after migration.")
        assert st.counts().articles == 1


def test_v1_file_reopens_with_data(db_path):
    with Store.open(db_path) as st:
        add(st, "Kept across reopen.\r\n")
    with Store.open(db_path) as st:
        assert st.schema_version() == 1
        assert st.get_article(1).text == "Kept across reopen.\r\n"


def test_migration_to_a_future_version_keeps_data(db_path, monkeypatch):
    with Store.open(db_path) as st:
        add(st, "Old article.")

    def to_v2(con):
        con.execute("ALTER TABLE articles ADD COLUMN section VARCHAR")

    monkeypatch.setattr(store_module, "MIGRATIONS", [*store_module.MIGRATIONS, to_v2])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 2)
    with Store.open(db_path) as st:
        assert st.schema_version() == 2
        assert st.con.execute("SELECT text, section FROM articles").fetchall() == [
            ("Old article.", None)
        ]


def test_failed_migration_leaves_file_unchanged(db_path, monkeypatch):
    with Store.open(db_path) as st:
        add(st, "Old article.")
    before = db_checksum(db_path)

    def broken(con):
        con.execute("ALTER TABLE articles ADD COLUMN section VARCHAR")
        con.execute("SELECT * FROM no_such_table")

    monkeypatch.setattr(store_module, "MIGRATIONS", [*store_module.MIGRATIONS, broken])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 2)
    with pytest.raises(
        StoreError, match="upgrading .* from schema version 1 failed, file unchanged"
    ):
        Store.open(db_path)
    assert db_checksum(db_path) == before


def test_read_only_open_migrates_an_old_file(db_path):
    db_path.parent.mkdir(parents=True)
    duckdb.connect(str(db_path)).close()
    with Store.open(db_path, read_only=True) as st:
        assert st.schema_version() == 1 and st.read_only


def test_newer_schema_is_refused(db_path):
    with Store.open(db_path) as st:
        st.con.execute("UPDATE meta SET value = '7' WHERE key = 'schema_version'")
    with pytest.raises(
        StoreError, match=r"newer FrameLens \(schema version 7; this version reads up to 1\)"
    ):
        Store.open(db_path)


def test_foreign_files_are_refused(tmp_path):
    text_file = tmp_path / "notes.duckdb"
    text_file.write_text("hello, not a database\n" * 100)
    with pytest.raises(StoreError, match="not a FrameLens database"):
        Store.open(text_file)
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE sales (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match=r"not a FrameLens database \(tables: sales\)"):
        Store.open(other)
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(tmp_path)


def test_read_only_rules(db_path):
    with pytest.raises(StoreError, match="no FrameLens database at .*; import articles first"):
        Store.open(db_path, read_only=True)
    Store.open(db_path).close()
    with Store.open(db_path, read_only=True) as st, pytest.raises(StoreError, match="read-only"):
        add(st, "x")


# --------------------------------------------------------------------------- transactions


def test_writer_commits_everything_with_an_imports_row(store):
    results = add(store, "First.", "Second.")
    assert [r.article_id for r in results] == [1, 2]
    row = store.con.execute(
        "SELECT n_imported, n_duplicates, n_rejected, sources, finished_at IS NOT NULL FROM imports"
    ).fetchall()
    assert row == [(2, 0, 0, "test", True)]


@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
def test_writer_rolls_back_on_any_exception(store, db_path, error):
    add(store, "Existing.")
    before = db_checksum_open(store)
    with pytest.raises(error), store.writer() as w:
        for i in range(300):  # more than one buffered batch, so some rows were inserted
            r = w.add_article(ArticleDraft(text=f"Article number {i}."))
            w.add_statements(sentence_statements(r.article_id, f"Article number {i}."))
        raise error()
    assert db_checksum_open(store) == before
    (after,) = add(store, "After the rollback.")
    assert store.get_article(after.article_id).text == "After the rollback."
    assert store.counts().articles == 2


def db_checksum_open(store: Store) -> tuple:
    """Content of an open store (db_checksum needs the file closed)."""
    return tuple(
        tuple(store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall())
        for t in ("articles", "imports", "statements", "analysis_runs")
    )


def test_statement_for_unknown_article_fails_the_import(store):
    with pytest.raises(StoreError, match="not stored: 99"), store.writer() as w:
        w.add_article(ArticleDraft(text="Real article."))
        w.add_statements([make_statement(99, "x" * 10, 0, 5)])
    assert store.counts().articles == 0


def test_same_statement_twice_is_an_error(store):
    (r,) = add(store, "Some statement text.")
    row = make_statement(r.article_id, "Some statement text.", 0, 4)
    with pytest.raises(StoreError, match="stored twice"), store.writer() as w:
        w.add_statements([row, row])
    assert store.counts().statements == 0


def test_second_writer_waits_then_gets_busy_error(db_path):
    Store.open(db_path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from corpus.store import Store; s = Store.open(sys.argv[1]); "
         "print('ready', flush=True); time.sleep(30)", str(db_path)],
        cwd=REPO, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "ready"
        started = time.monotonic()
        with pytest.raises(StoreBusyError) as info:
            Store.open(db_path, wait=0.6)
        waited = time.monotonic() - started
        assert 0.5 <= waited < 5
        message = str(info.value)
        assert "\n" not in message
        assert f"in use by another FrameLens process (PID {holder.pid})" in message
        assert "waited 0.6 s" in message and "then retry" in message
    finally:
        holder.kill()
        holder.wait()
    with Store.open(db_path, wait=5) as st:  # free again, nothing corrupt
        assert st.schema_version() == 1


# --------------------------------------------------------------------------- duplicates


def test_exact_duplicates_within_and_across_imports(store):
    first = add(store, "The ministry said all missiles hit their targets.", "Other text.")
    again = add(
        store,
        "THE  ministry said all missiles hit their targets.",  # same after normalisation
        "New one.",
        "New one.\n",  # duplicate of the previous article of this same import
    )
    assert again[0].article_id is None and again[0].duplicate_of == first[0].article_id
    assert again[1].article_id == 3
    assert again[2].article_id is None and again[2].duplicate_of == 3
    assert store.counts().articles == 3
    assert store.con.execute(
        "SELECT n_imported, n_duplicates FROM imports WHERE id = 2"
    ).fetchall() == [(1, 2)]


def test_normalisation_folds_typography():
    assert normalise("“Quote” — it’s\u00a0 HERE\r\n") == normalise('"quote" - it\'s here')


def test_near_duplicate_is_stored_and_flagged(store):
    story = demo_text("01_meridian_wire_us_officials.md")
    edited = (
        story.replace("Up to four", "As many as four")
        .replace("said Thursday", "said on Thursday")
        .replace("WASHINGTON (Meridian) —", "WASHINGTON —")
        + "\nReporting by the Meridian Wire; editing by the desk.\n"
    )
    assert 0.8 <= jaccard(shingles(normalise(story)), shingles(normalise(edited))) < 1
    original, copy = add(store, story, edited)
    assert copy.article_id is not None  # stored, never merged
    assert copy.near_duplicate_of == original.article_id
    assert 0.8 <= copy.similarity < 1
    summary = {a.id: a for a in store.list_articles()}
    assert summary[copy.article_id].near_duplicate_of == original.article_id
    article = store.get_article(copy.article_id)
    assert article.text == edited and article.near_duplicate_similarity == copy.similarity


def test_near_duplicate_found_across_imports(store):
    story = demo_text("04_tass_ministry_statement.md")
    (original,) = add(store, story)
    (copy,) = add(store, story.replace("MOSCOW, October 8. /TASS/.", "MOSCOW, Oct 8 (TASS) -"))
    assert copy.near_duplicate_of == original.article_id


def test_same_topic_different_stories_are_not_flagged(store):
    names = sorted(p.name for p in DEMO.glob("*.md"))
    results = add(store, *(demo_text(n) for n in names))
    assert all(r.article_id is not None for r in results)
    assert [r.near_duplicate_of for r in results] == [None] * len(names)


def test_removing_an_original_clears_the_flag(store):
    story = demo_text("01_meridian_wire_us_officials.md")
    original, copy = add(store, story, story + "\nUpdated at 21:00.")
    assert copy.near_duplicate_of == original.article_id
    assert store.remove_article(original.article_id)
    assert store.get_article(copy.article_id).near_duplicate_of is None
    (third,) = add(store, story + "\nUpdated again.")
    assert third.near_duplicate_of == copy.article_id


# --------------------------------------------------------------------------- statements, queries


def test_statements_roundtrip_with_cues(store):
    text = "Officials said \u201cfour missiles\u201d fell. 😀 Моск said no."
    (r,) = add(store, text, outlet="Meridian Wire", title="T", country="US",
               published=datetime(2015, 10, 8, 20, 5), source_name="a.md")  # fmt: skip
    cue = CueRow("hedging", "four", 16, 20, 0.75)
    rows = [
        make_statement(r.article_id, text, 15, 29, kind="direct", verb="said", verb_start=10,
                       verb_end=14, group="U.S. government", group_type="government",
                       anonymous_source=True, sentiment=-0.25, hedged=True, cues=(cue,)),
        make_statement(r.article_id, text, 38, 47, group="Russian military", cues=()),
    ]  # fmt: skip
    with store.writer() as w:
        w.add_statements(rows)
    table = store.statements_arrow()
    assert tuple(table.column_names) == EXPORT_COLUMNS
    records = table.to_pylist()
    assert records[0]["cues"] == [
        {"score": "hedging", "text": "four", "start": 16, "end": 20, "weight": 0.75}
    ]
    assert records[0]["source"] == "a.md" and records[0]["published"] == datetime(
        2015, 10, 8, 20, 5
    )
    assert records[1]["cues"] == []
    for rec in records:
        assert text[rec["start"] : rec["end"]] == rec["statement"]
        for c in rec["cues"]:
            assert text[c["start"] : c["end"]] == c["text"]
    only = store.statements_arrow('"group" = ?', ["Russian military"])
    assert only.column("statement").to_pylist() == [text[38:47]]
    full = store.statements_arrow(full=True)
    assert full.column("id").to_pylist() == [f"{r.article_id}:15:29", f"{r.article_id}:38:47"]
    assert full.column("method").to_pylist() == ["test", "test"]


def test_replace_and_remove(store):
    a, b = add(store, "Alpha text here.", "Beta text here.")
    store.replace_statements(a.article_id, [make_statement(a.article_id, "Alpha text here.", 0, 5)])
    store.replace_statements(b.article_id, [make_statement(b.article_id, "Beta text here.", 0, 4)])
    store.replace_statements(a.article_id, [make_statement(a.article_id, "Alpha text here.", 6, 10),
                                            make_statement(a.article_id, "Alpha text here.", 0, 5)])  # fmt: skip
    assert {s.id: s.statement_count for s in store.list_articles()} == {1: 2, 2: 1}
    with pytest.raises(StoreError, match="name other articles"):
        store.replace_statements(a.article_id, [make_statement(b.article_id, "x" * 9, 0, 1)])
    assert store.remove_article(a.article_id) is True
    assert store.remove_article(a.article_id) is False
    assert store.counts().statements == 1
    assert [x.id for x in store.iter_articles()] == [b.article_id]


def test_iter_articles_batches_and_exact_text(store):
    texts = [f"Article {i}\r\n  with  spacing {i}  " for i in range(10)]
    add(store, *texts)
    assert [a.text for a in store.iter_articles(batch_size=3)] == texts
    assert [a.id for a in store.iter_articles([9, 2, 5, 2, 77], batch_size=2)] == [2, 5, 9]
    assert store.get_article(77) is None


def test_counts_and_analysis_runs(store):
    a, b = add(store, "One.", "Two.", outlet="X")
    with store.writer() as w:
        w.add_statements([make_statement(a.article_id, "One.", 0, 3, group="G1"),
                          make_statement(b.article_id, "Two.", 0, 3, group="G2")])  # fmt: skip
    counts = store.counts()
    assert (counts.articles, counts.outlets, counts.statements, counts.groups) == (2, 1, 2, 2)
    store.record_analysis_run("registry=1;lex=2", 2, 2)
    assert store.con.execute("SELECT rules_version, n_articles FROM analysis_runs").fetchall() == [
        ("registry=1;lex=2", 2)
    ]


def test_queries_inside_a_writer_see_buffered_articles(store):
    with store.writer() as w:
        r = w.add_article(ArticleDraft(text="Buffered."))
        assert store.get_article(r.article_id).text == "Buffered."
        store.replace_statements(r.article_id, [make_statement(r.article_id, "Buffered.", 0, 8)])
    assert store.counts().statements == 1


def test_ids_stay_consecutive_across_imports(store):
    ids = [
        r.article_id
        for _ in range(3)
        for r in add(store, *(f"t{time.perf_counter_ns()}{i}" for i in range(2)))
    ]
    assert ids == [1, 2, 3, 4, 5, 6]


def test_bulk_statements_are_fast(store):
    (r,) = add(store, "x" * 2000)
    cue = CueRow("hedging", "x", 0, 1, 1.0)
    rows = [
        make_statement(r.article_id, "x" * 2000, i, i + 1, cues=(cue, cue)) for i in range(2000)
    ]
    started = time.perf_counter()
    with store.writer() as w:
        w.add_statements(rows)
    assert time.perf_counter() - started < 2.0
    assert store.counts().statements == 2000


# --------------------------------------------------------------------------- properties

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def test_stored_text_is_exactly_the_input(tmp_path):
    """Whatever the text (any script, CR/LF, odd spacing), the store gives back the same
    string, and equal normalised texts are recognised as duplicates."""
    with Store.open(tmp_path / "h.duckdb") as st_:

        @settings(max_examples=80, deadline=None)
        @given(
            st.text(
                alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                min_size=1,
                max_size=300,
            )
        )
        def check(text):
            if not text.strip():
                return
            with st_.writer() as w:
                result = w.add_article(ArticleDraft(text=text))
                again = w.add_article(ArticleDraft(text=" " + text.upper().lower() + "\n"))
            if result.article_id is not None:
                assert st_.get_article(result.article_id).text == text
            else:  # an earlier example had the same normalised text
                assert normalise(st_.get_article(result.duplicate_of).text) == normalise(text)
            if normalise(text) == normalise(text.upper().lower()):
                assert again.article_id is None

        check()


@given(st.text())
def test_normalise_is_a_fixed_point(text):
    assert normalise(normalise(text)) == normalise(text)
