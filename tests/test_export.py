"""Statement export: every format round-trips tricky text; CSV neutralises formulas."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

import pyarrow.parquet as pq
import pytest

from corpus.export import ExportError, unneutralise, write_statements
from corpus.models import ArticleDraft, CueRow
from corpus.store import EXPORT_COLUMNS
from tests.conftest import make_statement

TRICKY = [
    "Commas, \"double quotes\", and 'single'",
    "Line one\nline two\r\nline three\rend",
    "Министр заявил: «нет» — 国防部 — وزارة الدفاع — משרד",
    "Emoji 😀🚀 and flags 🇷🇺 with ZWJ 👩‍👩‍👧",
    '=HYPERLINK("http://evil")',
    "+1 says",
    "-2 points",
    "@mention",
    "\tstarts with tab",
    "'=already quoted",
    "",
]


@pytest.fixture
def table(store):
    text = " | ".join(TRICKY) + " tail"
    with store.writer() as w:
        r = w.add_article(ArticleDraft(text=text, title="T, \"quoted\"", outlet="=Outlet",
                                       country="RU", published=datetime(2015, 10, 8, 16, 20),
                                       source_name="ä.md"))  # fmt: skip
        rows, pos = [], 0
        for i, part in enumerate(TRICKY):
            cue = CueRow("hedging", part[:3], pos, pos + len(part[:3]), 0.5)
            rows.append(make_statement(
                r.article_id, text, pos, pos + len(part), statement=part,
                verb=part or None, sentiment=-0.5 + i / 10, hedged=i % 2 == 0,
                speaker_text=part, cues=(cue,) if part else (),
            ))  # fmt: skip
            pos += len(part) + 3
        w.add_statements(rows)
    return store.statements_arrow()


def expected_records(table):
    out = []
    for rec in table.to_pylist():
        rec = dict(rec)
        rec["published"] = rec["published"].isoformat()
        out.append(rec)
    return out


def test_columns_follow_the_contract(table):
    assert tuple(table.column_names) == EXPORT_COLUMNS
    assert EXPORT_COLUMNS[:15] == (
        "source", "article_id", "outlet", "statement", "start", "end", "kind", "verb",
        "sentence", "speaker_text", "actor", "group", "group_country", "group_type",
        "anonymous_source",
    )  # fmt: skip


def test_json_roundtrip(table, tmp_path):
    out = tmp_path / "s.json"
    assert write_statements(table, "json", out) == len(TRICKY)
    assert json.loads(out.read_text(encoding="utf-8")) == expected_records(table)


def test_jsonl_roundtrip(table):
    buf = io.BytesIO()
    write_statements(table, "jsonl", buf)
    lines = buf.getvalue().decode("utf-8").split("\n")
    assert lines[-1] == "" and len(lines) == len(TRICKY) + 1  # newlines inside text are escaped
    assert [json.loads(line) for line in lines[:-1]] == expected_records(table)


def test_parquet_roundtrip_native_types(table, tmp_path):
    out = tmp_path / "s.parquet"
    write_statements(table, "parquet", out)
    back = pq.read_table(out)
    assert back.schema.field("cues").type == table.schema.field("cues").type
    assert str(back.schema.field("published").type).startswith("timestamp")
    assert back.to_pylist() == table.to_pylist()


def test_csv_roundtrip_and_formula_guard(table, tmp_path):
    out = tmp_path / "s.csv"
    write_statements(table, "csv", out)
    raw = out.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in raw and "'+1 says" in raw and "'@mention" in raw
    assert "''=already quoted" in raw
    with out.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == EXPORT_COLUMNS
    for got, want in zip(rows, table.to_pylist(), strict=True):
        assert unneutralise(got["statement"]) == want["statement"]
        assert unneutralise(got["outlet"]) == "=Outlet"
        assert got["title"] == 'T, "quoted"'
        assert float(got["sentiment"]) == want["sentiment"]  # numbers are never prefixed
        assert got["hedged"] == ("true" if want["hedged"] else "false")
        assert got["published"] == "2015-10-08T16:20:00"
        assert json.loads(got["cues"]) == want["cues"]
        assert unneutralise(got["verb"]) == (want["verb"] or "")
    negative = [r for r in rows if r["sentiment"].startswith("-")]
    assert negative, "negative scores must stay numbers, not text"


def test_writing_to_a_path_is_atomic(table, tmp_path, monkeypatch):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "s.json"
    out.write_text("previous export")
    import corpus.export as export

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(export, "_write_json", broken)
    with pytest.raises(RuntimeError):
        write_statements(table, "json", out)
    assert out.read_text() == "previous export"
    assert [p.name for p in out.parent.iterdir()] == ["s.json"]  # no temporary file left


def test_empty_and_errors(store, tmp_path):
    empty = store.statements_arrow()
    buf = io.BytesIO()
    write_statements(empty, "json", buf)
    assert json.loads(buf.getvalue()) == []
    with pytest.raises(ExportError, match="unknown format 'xml'"):
        write_statements(empty, "xml", buf)
    with pytest.raises(ExportError, match="does not exist"):
        write_statements(empty, "csv", tmp_path / "missing" / "x.csv")


def test_streamed_reader_export(table, store):
    buf = io.BytesIO()
    n = write_statements(store.statements_reader(batch_size=3), "jsonl", buf)
    assert n == len(TRICKY)
    assert [json.loads(line) for line in buf.getvalue().splitlines()] == expected_records(table)


# --------------------------------------------------------------------------- properties

import pyarrow as pa  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_CELL = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=200, deadline=None)
@given(
    cells=st.lists(_CELL, min_size=1, max_size=8),
    scores=st.lists(st.floats(-1, 1), min_size=8, max_size=8),
)
def test_csv_roundtrip_of_any_text(cells, scores):
    table = pa.table({"statement": cells, "sentiment": scores[: len(cells)]})
    buf = io.BytesIO()
    write_statements(table, "csv", buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue().decode("utf-8"), newline="")))
    assert [unneutralise(r["statement"]) for r in rows] == cells
    assert [float(r["sentiment"]) for r in rows] == scores[: len(cells)]
    for r in rows:
        assert not r["statement"].startswith(("=", "+", "-", "@", "\t", "\r"))
