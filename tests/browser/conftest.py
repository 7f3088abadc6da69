"""Browser fixtures: one demo database (real ``framelens import``), one dashboard subprocess,
one headless Debian Chromium, a fresh page per test that fails the test on a JS dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser import support


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return support.build_demo_db(tmp_path_factory.mktemp("demo") / "demo.duckdb")


@pytest.fixture(scope="session")
def reference_db(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the demo database for computing expected values with the analysis
    functions while the server holds its own copy (DuckDB locks an open file)."""
    return support.copy_db(demo_db, tmp_path_factory.mktemp("ref") / "ref.duckdb")


@pytest.fixture(scope="session")
def reference(reference_db: Path):
    """The app's data source on the reference copy (same functions the pages call)."""
    from app import data

    src = data.DataSource(reference_db)
    yield src
    src.pool.close()


@pytest.fixture(scope="session")
def server(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[support.Server]:
    folder = tmp_path_factory.mktemp("served")
    db = support.copy_db(demo_db, folder / "served.duckdb")
    srv = support.Server(db, folder / "server.log")
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=support.CHROMIUM, args=support.CHROMIUM_ARGS)
        yield b
        b.close()


class PageProblems:
    """JS dialogs (alert/confirm: a script ran) and uncaught page errors seen by a page."""

    def __init__(self) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []


@pytest.fixture
def problems() -> PageProblems:
    return PageProblems()


@pytest.fixture
def page(browser, problems: PageProblems):
    context = browser.new_context(viewport={"width": 1400, "height": 900},
                                  accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(20_000)

    def on_dialog(dialog) -> None:
        problems.dialogs.append(dialog.message)
        dialog.dismiss()

    pg.on("dialog", on_dialog)
    pg.on("pageerror", lambda exc: problems.errors.append(str(exc)))
    yield pg
    context.close()
    assert problems.dialogs == [], f"a script ran in the page: {problems.dialogs}"
    assert problems.errors == [], f"uncaught errors in the page: {problems.errors}"
