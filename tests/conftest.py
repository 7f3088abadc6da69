"""Shared test fixtures and helpers. Keep each one small and say what it is for.

Helpers that other test modules import directly (``from tests.conftest import db_checksum``)
are plain functions; fixtures are for what needs set-up or clean-up.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest

REPO = Path(__file__).resolve().parents[1]
VENV_BIN = REPO / ".venv" / "bin"


# --------------------------------------------------------------------------- database


def db_checksum(path: str | Path, *, read_only: bool = True) -> str:
    """sha256 over every table's rows (ordered by all columns), or ``"absent"`` if there is
    no file. Two databases with the same content have the same checksum; sequences are left
    out on purpose (DuckDB does not roll them back, and they hold no data).

    ``read_only=False`` opens the file the way the store does, so that a test can checksum a
    database this process (a dashboard under test) also has open."""
    path = Path(path)
    if not path.exists():
        return "absent"
    con = duckdb.connect(str(path), read_only=read_only)
    try:
        digest = hashlib.sha256()
        tables = [
            row[0]
            for row in con.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = 'main' ORDER BY table_name"
            ).fetchall()
        ]
        for table in tables:
            digest.update(f"\x00table {table}\x00".encode())
            for row in con.execute(f'SELECT * FROM "{table}" ORDER BY ALL').fetchall():
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        con.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database path that does not exist yet (in a folder that does not exist yet)."""
    return tmp_path / "data" / "framelens.duckdb"


@pytest.fixture
def store(db_path: Path) -> Iterator[object]:
    """A fresh, empty, writable store."""
    from corpus.store import Store

    st = Store.open(db_path)
    yield st
    st.close()


# --------------------------------------------------------------------------- statements


def make_statement(article_id: int, text: str, start: int, end: int, **fields: object):
    """A valid StatementRow for ``text[start:end]`` with neutral defaults; override any field."""
    from corpus.models import StatementRow

    values: dict[str, object] = {
        "article_id": article_id,
        "start": start,
        "end": end,
        "statement": text[start:end],
        "kind": "reported",
        "verb": None,
        "verb_start": None,
        "verb_end": None,
        "speaker_text": None,
        "speaker_start": None,
        "speaker_end": None,
        "speaker_resolved": None,
        "actor": "unknown",
        "group": "unknown",
        "group_country": None,
        "group_type": "unknown",
        "anonymous_source": False,
        "sentence": text[start:end],
        "sentence_start": start,
        "sentence_end": end,
        "method": "test",
    }
    values.update(fields)
    return StatementRow(**values)  # type: ignore[arg-type]


def sentence_statements(article_id: int, text: str, limit: int = 3) -> list[object]:
    """Stand-in analysis: the first ``limit`` non-empty lines of ``text`` as statements, with a
    cue on the first word, so tests of the corpus layer need no spaCy."""
    from corpus.models import CueRow

    rows = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        start, end = pos + lead, pos + len(body.rstrip())
        if end > start:
            first = text[start:end].split()[0]
            cue = CueRow("hedging", first, start, start + len(first), 0.5)
            rows.append(make_statement(article_id, text, start, end, cues=(cue,)))
        pos += len(line)
        if len(rows) >= limit:
            break
    return rows


def corpus_only_import(store, scan, defaults=None, *, progress=None, jobs=None):
    """``analysis.pipeline.run_import`` without spaCy: same store calls, stand-in statements.
    Returns the pipeline's ImportReport, so the CLI prints it as it would the real one."""
    import time

    from analysis.pipeline import ImportReport
    from corpus.ingest import ImportDefaults, iter_drafts

    started = time.perf_counter()
    dups, near, ids = [], [], []
    n_statements = n_words = 0
    with store.writer(sources="test") as writer:
        for done, draft in enumerate(iter_drafts(scan, defaults or ImportDefaults()), start=1):
            added = writer.add_article(draft)
            if added.article_id is None:
                dups.append((draft.origin, added.duplicate_of))
            else:
                ids.append(added.article_id)
                if added.near_duplicate_of is not None:
                    near.append((draft.origin, added.near_duplicate_of, added.similarity))
                rows = sentence_statements(added.article_id, draft.text)
                writer.add_statements(rows)
                n_statements += len(rows)
                n_words += len(draft.text.split())
            if progress:
                progress(done, scan.n_articles)
    return ImportReport(
        n_imported=len(ids),
        n_duplicates=len(dups),
        n_near_duplicates=len(near),
        n_statements=n_statements,
        n_words=n_words,
        seconds=time.perf_counter() - started,
        duplicates=tuple(dups),
        near_duplicates=tuple(near),
        article_ids=tuple(ids),
    )


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> Callable[..., object]:
    """Replace ``analysis.pipeline.run_import`` with :func:`corpus_only_import` (for CLI tests
    whose subject is the corpus layer, not the analysis)."""
    import analysis.pipeline

    monkeypatch.setattr(analysis.pipeline, "run_import", corpus_only_import)
    return corpus_only_import


# --------------------------------------------------------------------------- environment


@pytest.fixture(autouse=True)
def _isolated_db_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may touch the user's real database: FRAMELENS_DB points into tmp_path."""
    monkeypatch.setenv("FRAMELENS_DB", str(tmp_path / "default-framelens.duckdb"))
    monkeypatch.delenv("FRAMELENS_DEBUG", raising=False)


def cli_env(**extra: str) -> dict[str, str]:
    """Environment for running the installed ``framelens`` entry point in a subprocess."""
    env = dict(os.environ)
    env.pop("FRAMELENS_DEBUG", None)
    env.update(extra)
    return env


# --------------------------------------------------------------------------- spaCy


@pytest.fixture(scope="session")
def nlp():
    """The FrameLens spaCy pipeline (``analysis.nlp.load_nlp``), loaded once per session."""
    from analysis.nlp import load_nlp

    return load_nlp()


# The analysis helpers (scored_bare, speaker_actor, first_speaker_group and the rest) live in
# tests/support.py; these three stay importable from here for test files that name conftest.
from tests.support import first_speaker_group, scored_bare, speaker_actor  # noqa: E402, F401
