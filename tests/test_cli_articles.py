"""The ``framelens`` CLI: lazy command loading, import/list/remove/statements, error lines.

Most tests call ``app.cli.main`` in-process with the analysis replaced by
``tests.conftest.corpus_only_import`` (the subject here is the CLI and the corpus layer);
a few run the installed entry point in a subprocess.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from app.cli import COMMANDS, main
from corpus.store import Store
from tests.conftest import REPO, VENV_BIN, cli_env, db_checksum

DEMO = REPO / "corpus" / "demo"


def run(capsys, *argv: str, stdin: bytes | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    with pytest.raises(SystemExit) as info:
        main(list(argv))
    out, err = capsys.readouterr()
    return info.value.code, out, err


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "in"
    write(folder / "a.md", "---\ntitle: Alpha\noutlet: Meridian Wire\ncountry: US\n"
          "published: 2015-10-08\n---\nOfficials said four missiles fell.\nA second line.\n")  # fmt: skip
    write(folder / "b.txt", "Beta headline\n\nThe ministry denied it.\n")
    write(folder / "c.jsonl", json.dumps({"text": "=cmd said hi\nsecond", "title": "Gamma"}) + "\n")
    return folder


# --------------------------------------------------------------------------- help, laziness


def test_help_lists_commands_without_heavy_imports():
    code = (
        "import sys; sys.argv = ['framelens', '--help']\n"
        "from app.cli import main\n"
        "try:\n    main()\nexcept SystemExit as e:\n    assert e.code == 0, e.code\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('spacy', 'dash', 'plotly', 'duckdb', 'pyarrow', 'trafilatura'))\n"
        "print('HEAVY', heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "HEAVY []" in result.stdout
    for name in ("import", "list", "remove", "statements"):
        assert f"  {name} " in result.stdout


def test_import_help_does_not_load_spacy():
    code = (
        "import sys\nfrom app.cli import main\n"
        "try:\n    main(['import', '--help'])\nexcept SystemExit:\n    pass\n"
        "print('SPACY', 'spacy' in sys.modules, 'dash' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert "--max-size BYTES" in result.stdout
    assert "SPACY False False" in result.stdout


def test_registry_targets_exist_for_owned_commands():
    import importlib

    for name in ("import", "list", "remove", "reanalyse", "statements"):
        module, attr = COMMANDS[name][0].split(":")
        assert getattr(importlib.import_module(module), attr).name == name


# --------------------------------------------------------------------------- import


def test_import_summary_and_duplicates(capsys, fake_pipeline, articles, tmp_path):
    db = tmp_path / "x.duckdb"
    code, out, err = run(
        capsys, "import", str(articles), "--db", str(db), "--outlet", "Default Outlet"
    )
    assert code == 0, err
    assert out.splitlines()[-1].startswith(
        "imported 3 / duplicates skipped 0 / near-duplicates flagged 0 / rejected 0 ("
    )
    assert "statements, " in out and " words in " in out
    # the same files again, plus one new: duplicates are reported one per line
    write(articles / "d.txt", "Delta is new.\n")
    code, out, err = run(capsys, "import", str(articles), "--db", str(db))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith(
        "imported 1 / duplicates skipped 3 / near-duplicates flagged 0 / rejected 0"
    )
    assert sorted(lines[1:]) == sorted(
        [
            f"duplicate: {articles / 'a.md'} = article 1 (skipped)",
            f"duplicate: {articles / 'b.txt'} = article 2 (skipped)",
            f"duplicate: line 1 of {articles / 'c.jsonl'} = article 3 (skipped)",
        ]
    )
    with Store.open(db, read_only=True) as st:
        outlets = {a.title: a.outlet for a in st.list_articles()}
    assert outlets == {"Alpha": "Meridian Wire", "Beta headline": "Default Outlet",
                       "Gamma": "Default Outlet", "Delta is new.": None}  # fmt: skip


def test_import_near_duplicate_reported(capsys, fake_pipeline, tmp_path):
    story = (DEMO / "01_meridian_wire_us_officials.md").read_text(encoding="utf-8")
    write(tmp_path / "in" / "a.md", story)
    write(tmp_path / "in" / "b.md", story.replace("Up to four", "As many as four") + "\nMore.\n")
    code, out, err = run(capsys, "import", str(tmp_path / "in"), "--db", str(tmp_path / "x.duckdb"))
    assert code == 0, err
    assert "near-duplicates flagged 1" in out
    assert f"near-duplicate: {tmp_path / 'in' / 'b.md'} ~ article 1 (similarity 0.9" in out


def test_rejected_import_stores_nothing(capsys, fake_pipeline, articles, tmp_path):
    db = tmp_path / "x.duckdb"
    assert run(capsys, "import", str(articles), "--db", str(db))[0] == 0
    before = db_checksum(db)
    write(articles / "zz_bad.json", '{"text": 42}')
    write(articles / "new.txt", "Would be new.")
    code, out, err = run(capsys, "import", str(articles), "--db", str(db))
    assert code == 1
    assert f'{articles / "zz_bad.json"}: field "text" must be a string, got a number' in err
    assert "nothing imported: 1 input(s) rejected" in err
    assert "Traceback" not in err
    assert db_checksum(db) == before


def test_rejected_import_does_not_create_a_database(capsys, fake_pipeline, tmp_path):
    db = tmp_path / "new" / "x.duckdb"
    code, _, err = run(capsys, "import", str(tmp_path / "missing.txt"), "--db", str(db))
    assert code == 1 and "missing.txt: no such file or folder" in err
    assert not db.exists()


def test_import_from_stdin(capsys, fake_pipeline, tmp_path, monkeypatch):
    db = tmp_path / "x.duckdb"
    code, out, err = run(capsys, "import", "-", "--db", str(db), "--country", "gb",
                         "--published", "8 October 2015", stdin=b"Piped\r\ntext", monkeypatch=monkeypatch)  # fmt: skip
    assert code == 0, err
    with Store.open(db, read_only=True) as st:
        art = st.get_article(1)
    assert (art.text, art.country, art.source_format) == ("Piped\r\ntext", "GB", "stdin")


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--country", "Britain"], "Invalid value: country: expected a 2-letter country code"),
        (["--published", "next week"], "Invalid value: published: unrecognised date"),
        (["--max-size", "lots"], "is not a size such as 20000000"),
        (["--jobs", "0"], "Invalid value for '--jobs'"),
    ],
)
def test_bad_options_are_usage_errors(capsys, articles, tmp_path, option, message):
    code, out, err = run(
        capsys, "import", str(articles), "--db", str(tmp_path / "x.duckdb"), *option
    )
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and message in err
    assert "(see 'framelens import --help')" in err


def test_max_size_option(capsys, fake_pipeline, tmp_path):
    write(tmp_path / "in" / "a.txt", "x" * 1500)
    code, _, err = run(
        capsys,
        "import",
        str(tmp_path / "in"),
        "--max-size",
        "1k",
        "--db",
        str(tmp_path / "x.duckdb"),
    )
    assert code == 1 and "too large: 1.5 kB, the limit is 1.0 kB" in err


def test_non_utf8_files_are_named(capsys, fake_pipeline, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "w.txt").write_bytes("Caf\u00e9 \u201cnoir\u201d said".encode("cp1252"))
    code, out, err = run(capsys, "import", str(tmp_path / "in"), "--db", str(tmp_path / "x.duckdb"))
    assert code == 0, err
    assert f"note: {tmp_path / 'in' / 'w.txt'} is not UTF-8; read as cp1252" in out


def test_nothing_to_import(capsys, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "x.pdf").write_bytes(b"%PDF")
    code, _, err = run(
        capsys, "import", str(tmp_path / "empty"), "--db", str(tmp_path / "x.duckdb")
    )
    assert code == 1
    assert (
        err.strip()
        == "framelens: error: nothing to import: no supported files found (1 skipped: hidden or unsupported type)"
    )


# --------------------------------------------------------------------------- list, remove, statements


@pytest.fixture
def filled_db(capsys, fake_pipeline, articles, tmp_path) -> Path:
    db = tmp_path / "x.duckdb"
    assert run(capsys, "import", str(articles), "--db", str(db))[0] == 0
    return db


def test_list_table_and_json(capsys, filled_db):
    code, out, err = run(capsys, "list", "--db", str(filled_db))
    assert code == 0, err
    assert "Alpha" in out and "Meridian Wire" in out and "2015-10-08" in out and "a.md" in out
    code, out, _ = run(capsys, "list", "--db", str(filled_db), "--format", "json")
    records = json.loads(out)
    assert [(r["id"], r["title"], r["source"]) for r in records] == [
        (1, "Alpha", "a.md"),
        (2, "Beta headline", "b.txt"),
        (3, "Gamma", "c.jsonl"),
    ]
    assert records[0]["statements"] == 2 and records[0]["published"] == "2015-10-08T00:00:00"


def test_list_missing_database(capsys, tmp_path):
    code, _, err = run(capsys, "list", "--db", str(tmp_path / "none.duckdb"))
    assert code == 1
    assert err.startswith("framelens: error: no FrameLens database at ")


def test_remove(capsys, filled_db):
    code, out, _ = run(capsys, "remove", "2", "--db", str(filled_db))
    assert code == 0 and out.strip() == "removed article 2"
    before = db_checksum(filled_db)
    code, _, err = run(capsys, "remove", "1", "99", "--db", str(filled_db))
    assert code == 1
    assert "no article with id 99" in err and "nothing removed" in err
    assert db_checksum(filled_db) == before  # article 1 was not removed either
    code, _, err = run(capsys, "remove", "abc", "--db", str(filled_db))
    assert code == 2


def test_statements_export_formats(capsys, filled_db, tmp_path):
    code, out, _ = run(capsys, "statements", "--format", "jsonl", "--db", str(filled_db))
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(records) == 6  # two lines of each of the three articles
    assert list(records[0])[:4] == ["source", "article_id", "outlet", "statement"]
    code, out, _ = run(
        capsys, "statements", "--format", "json", "--db", str(filled_db), "--article", "3"
    )
    assert [r["statement"] for r in json.loads(out)] == ["=cmd said hi", "second"]
    code, out, _ = run(
        capsys, "statements", "--format", "csv", "--db", str(filled_db), "--outlet", "Meridian Wire"
    )
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["statement"] for r in rows] == [
        "Officials said four missiles fell.",
        "A second line.",
    ]
    code, out, _ = run(
        capsys, "statements", "--format", "csv", "--db", str(filled_db), "--article", "3"
    )
    assert "'=cmd said hi" in out
    target = tmp_path / "s.parquet"
    code, _, err = run(
        capsys,
        "statements",
        "--format",
        "parquet",
        "-o",
        str(target),
        "--db",
        str(filled_db),
        "--group",
        "unknown",
    )
    assert code == 0 and err.strip() == f"wrote 6 statements to {target}"
    assert pq.read_table(target).num_rows == 6
    code, _, err = run(capsys, "statements", "--format", "parquet", "--db", str(filled_db))
    assert code == 2 and "give an output file with -o FILE" in err


def test_reanalyse_calls_the_pipeline(capsys, filled_db, monkeypatch):
    import analysis.pipeline

    calls = []

    def fake_reanalyse(store, *, progress=None, jobs=None):
        calls.append(jobs)
        progress(1, 1)

    monkeypatch.setattr(analysis.pipeline, "reanalyse", fake_reanalyse)
    code, out, _ = run(capsys, "reanalyse", "--db", str(filled_db), "--jobs", "2")
    assert code == 0 and calls == [2]
    assert out.strip() == "re-analysed 3 articles: 6 statements"


# --------------------------------------------------------------------------- errors


def test_store_errors_are_one_line(capsys, tmp_path):
    bogus = write(tmp_path / "bogus.duckdb", "not a database\n" * 50)
    code, out, err = run(capsys, "list", "--db", str(bogus))
    assert code == 1
    assert err == f"framelens: error: {bogus} is not a FrameLens database (not a DuckDB file)\n"


def test_internal_errors_have_no_traceback_unless_debug(capsys, monkeypatch, filled_db):
    import corpus.store

    def boom(self):
        raise ZeroDivisionError("oops")

    monkeypatch.setattr(corpus.store.Store, "list_articles", boom)
    code, _, err = run(capsys, "list", "--db", str(filled_db))
    assert code == 1 and "Traceback" not in err
    assert "internal error: ZeroDivisionError: oops (run again with FRAMELENS_DEBUG=1" in err
    monkeypatch.setenv("FRAMELENS_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        main(["list", "--db", str(filled_db)])


def test_unknown_command_is_usage_error(capsys):
    code, _, err = run(capsys, "frobnicate")
    assert code == 2 and "No such command 'frobnicate'" in err and len(err.splitlines()) == 1


def test_installed_entry_point(tmp_path):
    """The real console script: a rejected import through it exits 1 with one line per file."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    result = subprocess.run(
        [str(VENV_BIN / "framelens"), "import", str(tmp_path / "in"), "--db", str(tmp_path / "x.duckdb")],
        capture_output=True, text=True, timeout=120, env=cli_env(),
    )  # fmt: skip
    assert result.returncode == 1
    assert (
        f"{tmp_path / 'in' / 'bin.txt'}: binary file (contains NUL bytes), not text"
        in result.stderr
    )
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.duckdb").exists()
