"""Adding articles from the page, in a real browser, on a dashboard that starts EMPTY:
the empty state, a refused upload that changes nothing, an upload with visible progress that
then shows in every panel, a duplicate reported, and pasted text with its outlet."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser import support

pytestmark = pytest.mark.browser

ARTICLE = support.DEMO / "04_tass_ministry_statement.md"
PASTED = (
    "Officials in Ankara said on Monday that the border crossing would stay closed. "
    "\"We will not reopen it until the attacks stop,\" the Turkish interior minister said. "
    "A local resident said the closure may last for weeks."
)


@pytest.fixture(scope="module")
def empty_server(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("empty")
    srv = support.Server(folder / "empty.duckdb", folder / "server.log")
    yield srv
    srv.stop()


def overview_count(page, server, key: str) -> int:
    page.goto(server.url + "/")
    page.wait_for_selector(f"#overview-count-{key}")
    return int(page.inner_text(f"#overview-count-{key}").replace(",", ""))


def upload(page, files: list[tuple[str, bytes]]) -> None:
    page.set_input_files("#add-articles-upload input[type=file]", files=[
        {"name": name, "mimeType": "application/octet-stream", "buffer": content}
        for name, content in files])
    page.wait_for_function(
        "n => document.querySelectorAll('#add-articles-file-list li').length === n",
        arg=len(files))


def test_1_empty_database_shows_how_to_import(page, empty_server):
    page.goto(empty_server.url + "/")
    page.wait_for_selector("#overview-empty")
    text = page.inner_text("#overview-empty")
    assert "No articles yet" in text
    assert f"framelens import corpus/demo --db {empty_server.db}" in text
    for path in ("/side-by-side", "/voices", "/vocabulary", "/statements", "/similarity"):
        page.goto(empty_server.url + path)
        page.get_by_text("No articles yet").wait_for()


def test_2_bad_upload_is_refused_and_changes_nothing(page, empty_server, shots_dir):
    page.goto(empty_server.url + "/add-articles")
    upload(page, [("broken.json", b'{"title": "half a record", "text": '),
                  ("notes.pdf", b"%PDF-1.4 not an article")])
    page.click("#add-articles-submit")
    error = page.locator("#add-articles-error")
    error.wait_for()
    text = error.inner_text()
    assert "Nothing was imported" in text
    assert "broken.json" in text and "notes.pdf" in text
    assert "unsupported file type" in text
    page.screenshot(path=str(shots_dir / "add_articles_error.png"), full_page=True)
    page.goto(empty_server.url + "/")
    page.wait_for_selector("#overview-empty")


def test_3_upload_shows_progress_then_appears_everywhere(page, empty_server, shots_dir):
    page.goto(empty_server.url + "/add-articles")
    upload(page, [(ARTICLE.name, ARTICLE.read_bytes())])
    page.click("#add-articles-submit")
    # the job runs in the background while the page polls: the bar animates meanwhile
    page.wait_for_selector("#add-articles-progress .progress-bar-animated", timeout=15_000)
    status = page.inner_text("#add-articles-status")
    assert any(word in status for word in ("Starting", "Loading", "Analysed", "Waiting"))
    done = page.locator("#add-articles-done")
    done.wait_for(timeout=120_000)
    assert "1 article(s) imported" in done.inner_text()
    page.screenshot(path=str(shots_dir / "add_articles.png"), full_page=True)
    assert page.get_attribute("#add-articles-progress .progress-bar", "aria-valuenow") == "100"
    # no restart: the overview, the statements table and the voices show it
    assert overview_count(page, empty_server, "articles") == 1
    statements = overview_count(page, empty_server, "statements")
    assert statements > 0
    page.goto(empty_server.url + "/statements")
    page.wait_for_function(
        "n => (document.getElementById('statements-count')?.innerText || '').startsWith(n)",
        arg=f"{statements:,} statement")
    page.goto(empty_server.url + "/voices")
    page.wait_for_selector("#voices-anonymous .barlayer .point")
    assert "TASS" in page.locator("#voices-chart .ytick text").all_text_contents()


def test_4_duplicate_upload_is_reported(page, empty_server):
    page.goto(empty_server.url + "/add-articles")
    upload(page, [(ARTICLE.name, ARTICLE.read_bytes())])
    page.click("#add-articles-submit")
    done = page.locator("#add-articles-done")
    done.wait_for(timeout=60_000)
    text = done.inner_text()
    assert "Nothing new" in text
    assert f"1 duplicate(s) skipped: {ARTICLE.name} (already stored as article" in text
    assert overview_count(page, empty_server, "articles") == 1


def test_5_pasted_text_with_outlet_and_country_adds_to_the_counts(page, empty_server):
    before_articles = overview_count(page, empty_server, "articles")
    before_statements = overview_count(page, empty_server, "statements")
    page.goto(empty_server.url + "/add-articles")
    page.fill("#add-articles-title", "Border stays closed")
    page.fill("#add-articles-paste", PASTED)
    page.fill("#add-articles-outlet", "Anadolu Test Wire")
    page.fill("#add-articles-country", "TR")
    page.click("#add-articles-submit")
    page.locator("#add-articles-done").wait_for(timeout=60_000)
    assert overview_count(page, empty_server, "articles") == before_articles + 1
    assert overview_count(page, empty_server, "statements") > before_statements
    page.goto(empty_server.url + "/statements?outlet=Anadolu+Test+Wire")
    page.wait_for_selector("#statements-table td")
    assert "Anadolu Test Wire" in page.inner_text("#statements-table")


@pytest.fixture(scope="module")
def shots_dir(tmp_path_factory) -> Path:
    import os

    folder = os.environ.get("FRAMELENS_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screens")
    path.mkdir(parents=True, exist_ok=True)
    return path
