"""Dashboard callbacks called as plain functions (no browser), on the demo corpus imported
with the real ``framelens import``. Expected values come from the analysis functions."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from dash._callback_context import context_value
from dash._utils import AttributeDict

from tests.browser import support


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return support.build_demo_db(tmp_path_factory.mktemp("cb") / "demo.duckdb")


@pytest.fixture(scope="module")
def dash_app(demo: Path):
    from app.app import create_app

    return create_app(demo)


@pytest.fixture(scope="module")
def pages(dash_app):
    """The page modules as Dash loaded them (register_page needs the app first)."""
    import importlib

    names = ("overview", "side_by_side", "voices", "vocabulary", "statements", "similarity",
             "add_articles")
    return {n: importlib.import_module(f"app.pages.{n}") for n in names}


def plain(callback):
    """The function under a @dash.callback decorator (Dash returns it undecorated)."""
    return getattr(callback, "__wrapped__", callback)


def triggered(prop_id: str, value=None) -> None:
    """Set what dash.ctx reports as the trigger for the next plain call."""
    context_value.set(AttributeDict(
        triggered_inputs=[{"prop_id": prop_id, "value": value}], updated_props={}))


def text_of(component) -> str:
    """All strings inside a Dash component tree, in order."""
    if component is None:
        return ""
    if isinstance(component, str | int | float):
        return str(component)
    if isinstance(component, list | tuple):
        return "".join(text_of(c) for c in component)
    return text_of(getattr(component, "children", None))


def find(component, predicate) -> list:
    out = []
    if isinstance(component, list | tuple):
        for c in component:
            out.extend(find(c, predicate))
    elif component is not None and not isinstance(component, str | int | float):
        if predicate(component):
            out.append(component)
        out.extend(find(getattr(component, "children", None), predicate))
    return out


# --------------------------------------------------------------------------- app and pages


def test_every_panel_is_a_registered_page(dash_app):
    import dash

    paths = {p["relative_path"] for p in dash.page_registry.values()}
    assert {"/", "/side-by-side", "/voices", "/vocabulary", "/statements", "/similarity",
            "/add-articles"} <= paths


def test_ids_are_unique_kebab_case_and_prefixed_by_their_page():
    import re

    from app import ids

    values = [v for k, v in vars(ids).items() if k.isupper()]
    assert len(values) == len(set(values))
    prefixes = ("app-", "overview-", "side-by-side-", "voices-", "vocabulary-", "statements-",
                "similarity-", "add-articles-")
    for v in values:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", v), v
        assert v.startswith(prefixes), v


def test_overview_layout_shows_the_store_counts(pages, demo):
    from app import data

    counts = data.counts(data.current())
    layout = pages["overview"].layout()
    shown = {c.id: c.children for c in find(layout, lambda c: str(getattr(c, "id", "")).
                                            startswith("overview-count-"))}
    assert shown["overview-count-articles"] == f"{counts.articles:,}"
    assert shown["overview-count-statements"] == f"{counts.statements:,}"


def test_empty_database_shows_the_import_command(dash_app, tmp_path):
    import importlib

    from app import data

    previous = data.current().path
    try:
        data.configure(tmp_path / "empty.duckdb")
        overview = importlib.import_module("app.pages.overview")
        text = text_of(overview.layout())
        assert "No articles yet" in text
        assert "framelens import corpus/demo --db" in text
    finally:
        data.configure(previous)


# --------------------------------------------------------------------------- side by side


def test_side_by_side_update_matches_the_comparison(pages):
    from app import data, findings

    src = data.current()
    fac = data.facets(src)
    items = [g for g in fac.groups if g != "unknown"][:2]
    fig, config, lines, table, small, alert, search = plain(pages["side_by_side"].update)(
        items, "holm", "svg", "group")
    comparison = data.comparison(src, data.Selection(by="group", items=tuple(items)), "holm")
    assert alert is None
    assert config["toImageButtonOptions"]["format"] == "svg"
    bars = [t for t in fig["data"] if t["type"] == "bar"]
    assert len(bars) == sum(1 for p in comparison.profiles for s in p.scores
                            if s.mean is not None and s.status != "too_few")
    sig = findings.significant(comparison.differences)
    if sig:
        assert [text_of(li) for li in lines.children] == [
            findings.sentence(d, "group", "holm") for d in sig]
    assert len(table.data) == len(comparison.differences)
    assert "correction=holm" in search and "by=group" in search


def test_side_by_side_needs_two_names(pages):
    fig, _config, _lines, _table, _small, alert, _search = plain(pages["side_by_side"].update)(
        ["U.S. government"], "bh", "png", "group")
    assert "at least two" in text_of(alert)


def test_findings_sentence_wording():
    from analysis.compare import Difference
    from app import findings

    d = Difference("denial", "U.S. military", "Russian military", 30, 40, 0.03, 0.42, -0.39,
                   -1.1, "cohens_h", 0.0004, 0.002, "ok")
    assert findings.sentence(d, "group", "holm") == (
        "Russian military statements deny more often than U.S. military statements "
        "(0.42 vs 0.03, h = 1.10, p = 0.002 after Holm correction)")
    share = Difference("anonymous_source", "A", "B", 30, 40, 0.42, 0.03, 0.39, 1.1,
                       "cohens_h", 0.0001, 0.0004, "ok")
    assert "(42% vs 3%, h = 1.10, p < 0.001 after" in findings.sentence(share, "outlet", "bh")


# --------------------------------------------------------------------------- statements


def test_statements_table_filters_pages_and_writes_the_url(pages):
    from app import data

    src = data.current()
    fac = data.facets(src)
    group = fac.groups[0]
    triggered("statements-group.value", [group])
    rows, page_count, page, count, alert, search = plain(pages["statements"].update_table)(
        [], [group], [], [], None, "", [], None, [{"column_id": "denial", "direction": "desc"}],
        3)
    n = fac.group_counts[group]
    assert count == f"{n:,} statement{'s' if n != 1 else ''}"
    assert page == 0  # a new filter starts at the first page
    assert len(rows) == min(25, n)
    assert {r["group"] for r in rows} == {group}
    denials = [r["denial"] for r in rows]
    assert denials == sorted(denials, reverse=True)
    assert page_count == -(-n // 25)
    assert "sort=-denial" in search


def test_statement_view_marks_each_cue_and_escapes_text(pages):
    from dash import html

    from app import data

    src = data.current()
    hostile = next(o for o in data.facets(src).outlets if "<script>" in o)
    result = data.statements(src, data.Selection(outlets=(hostile,)))
    statement_id = result.rows[0]["id"]
    card = plain(pages["statements"].show_statement)({"row_id": statement_id, "row": 0},
                                                     list(result.rows))
    detail = data.statement_detail(src, statement_id)
    marks = find(card, lambda c: isinstance(c, html.Mark))
    cue_texts = "".join(text_of(m) for m in marks)
    for cue in detail.row.cues:
        assert cue.text in cue_texts or any(cue.text.startswith(text_of(m)) for m in marks)
    # the title with markup is a plain string child, and the javascript: URL is no link
    assert detail.title in text_of(card)
    links = find(card, lambda c: isinstance(c, html.A))
    assert all(not str(a.href).lower().startswith("javascript") for a in links)


def test_safe_url_only_allows_http_and_https():
    from app.components import safe_url

    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url("http://example.org") == "http://example.org"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)",
                "data:text/html,<script>alert(1)</script>", "vbscript:x", "//example.org",
                "/relative", "", None, "https://"):
        assert safe_url(bad) is None, bad


def test_highlight_splits_overlapping_marks():
    from dash import html

    from app.components import Mark, highlight

    parts = highlight("abcdefgh", [Mark(1, 6, "statement"), Mark(2, 4, "denial"),
                                   Mark(3, 5, "hedging")])
    assert parts[0] == "a"
    texts = [text_of(p) for p in parts]
    assert "".join(texts) == "abcdefgh"
    marks = [p for p in parts if isinstance(p, html.Mark)]
    assert [text_of(m) for m in marks] == ["c", "d", "e"]
    assert "fl-cue-denial" in marks[1].className and "fl-cue-hedging" in marks[1].className


# --------------------------------------------------------------------------- add articles


def _upload(name: str, content: bytes) -> str:
    return "data:application/octet-stream;base64," + base64.b64encode(content).decode()


def test_bad_upload_is_refused_before_anything_is_stored(pages, demo):
    from app import data

    before = data.counts(data.current())
    broken = b'{"title": "x", "text": '  # truncated JSON
    job, poll_off, result, _status, _disabled = plain(pages["add_articles"].submit)(
        1, ["broken.json", "notes.pdf"], [_upload("broken.json", broken),
                                          _upload("notes.pdf", b"%PDF-1.4")],
        None, None, None, None)
    assert job is None and poll_off is True
    text = text_of(result)
    assert "Nothing was imported" in text
    assert "broken.json" in text and "notes.pdf" in text
    assert data.counts(data.current()) == before


BAD_UPLOADS = [
    ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 50),
    ("empty.txt", b""),
    ("blank.md", b"   \n\t\n"),
    ("truncated.json", b'{"title": "x", "text": '),
    ("wrong_types.json", b'{"title": 3, "text": ["not", "a", "string"]}'),
    ("bad_date.json", b'{"title": "x", "text": "Officials said so.", "published": "soon"}'),
    ("bad_line.jsonl", b'{"text": "Officials said so."}\n{"text": \n'),
    ("mixed_bytes.txt", b"Officials said " + b"\xff\xfe\xfa" * 40 + b" so."),
    ("no_article.html", b"<html><body><nav>Home</nav></body></html>"),
    ("notes.pdf", b"%PDF-1.4 binary"),
]


@pytest.mark.parametrize("name,content", BAD_UPLOADS, ids=[n for n, _ in BAD_UPLOADS])
def test_each_bad_upload_leaves_every_table_unchanged(pages, demo, name, content):
    """Alone or next to a good file, a bad upload is named in the page and the database is
    byte-for-byte the same (checksum of every table), as the CLI guarantees."""
    from tests.conftest import db_checksum

    before = db_checksum(demo, read_only=False)
    good = b"Officials said the new bridge would open in May, a spokeswoman said."
    _job, _poll_off, result, _status, _disabled = plain(pages["add_articles"].submit)(
        1, [name, "good.txt"], [_upload(name, content), _upload("good.txt", good)],
        None, None, None, None)
    text = text_of(result)
    assert "Nothing was imported" in text
    assert name in text
    assert db_checksum(demo, read_only=False) == before


def test_upload_limits_are_checked():
    from app import uploads

    req = uploads.ImportRequest(files=(("big.txt", b"x" * (uploads.MAX_UPLOAD_FILE_BYTES + 1)),))
    _scan, _defaults, problems = uploads.check_import(req)
    assert any("limit" in p for p in problems)
    _scan, _defaults, problems = uploads.check_import(uploads.ImportRequest(text="  "))
    assert problems == ["Nothing to import: upload files or paste an article's text."]
    _scan, _defaults, problems = uploads.check_import(
        uploads.ImportRequest(text="Officials said it was fine.", country="Narnia"))
    assert problems and problems[0].startswith("country:")


def test_benchmark_callables_run_on_a_store(demo, tmp_path):
    from app import data

    copy = support.copy_db(demo, tmp_path / "bench.duckdb")
    names = [name for name, _ in data.BENCHMARK_CALLABLES]
    assert {"statements_page", "comparison", "vocabulary", "voices", "similarity_tfidf"} <= \
        set(names)
    sel = data.default_selection(copy)
    for name, fn in data.BENCHMARK_CALLABLES:
        assert fn(copy, sel) is not None, name
    json.dumps(names)


def test_idle_dashboard_lets_go_of_the_database_for_the_cli(tmp_path):
    """DuckDB allows one process per file: an idle dashboard must release it so that
    `framelens import` in a terminal can write."""
    import time

    from app.data import StorePool
    from corpus.store import Store

    db = tmp_path / "shared.duckdb"
    Store.open(db).close()
    pool = StorePool(db, idle_seconds=0.5)
    with pool.borrow() as st:
        assert st.counts().articles == 0
    assert pool.idle_count() == 1
    deadline = time.monotonic() + 5
    while pool.idle_count() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert pool.idle_count() == 0
    # Another process (as a CLI import is) can now open the file for writing at once.
    assert _open_in_other_process(db) == 0
    pool.close()


def test_busy_dashboard_holds_the_database_and_the_other_process_is_told(tmp_path):
    from app.data import StorePool
    from corpus.store import Store

    db = tmp_path / "busy.duckdb"
    Store.open(db).close()
    pool = StorePool(db, idle_seconds=60)
    with pool.borrow():
        pass
    try:
        assert _open_in_other_process(db) == 3  # StoreBusyError, not a crash
    finally:
        pool.close()


def _open_in_other_process(db) -> int:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from corpus.store import Store, StoreBusyError\n"
        "try:\n"
        f"    Store.open({str(db)!r}, wait=0.5).close()\n"
        "except StoreBusyError:\n"
        "    sys.exit(3)\n"
    )
    return subprocess.run([sys.executable, "-c", code], timeout=60).returncode
