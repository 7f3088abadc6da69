"""Nothing lost, ever: bad inputs change nothing, imports are all-or-nothing even under
SIGKILL, a second writer waits and then says why, and duplicates are reported.

``make stress`` runs the ``slow`` variant of the kill loop (100 kills).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli import main
from corpus.store import Store
from tests.conftest import (
    REPO,
    VENV_BIN,
    cli_env,
    corpus_only_import,
    db_checksum,
    sentence_statements,
)

DEMO = REPO / "corpus" / "demo"


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(list(argv))
    out, err = capsys.readouterr()
    return info.value.code, out, err


@pytest.fixture
def filled_db(tmp_path, capsys, fake_pipeline) -> Path:
    """A database that already holds a few articles with statements."""
    src = tmp_path / "first"
    src.mkdir()
    for i in range(5):
        (src / f"old{i}.txt").write_text(
            f"Existing article {i}\nIt said things.\n", encoding="utf-8"
        )
    db = tmp_path / "db" / "framelens.duckdb"
    code, _, err = run_cli(capsys, "import", str(src), "--db", str(db))
    assert code == 0, err
    return db


# --------------------------------------------------------------------------- bad inputs


def _bad_inputs(folder: Path) -> dict[str, tuple[Path, str, list[str]]]:
    """name -> (path to import, expected reason text, extra CLI options)."""
    folder.mkdir()
    cases: dict[str, tuple[Path, str, list[str]]] = {}

    def case(name, filename, data, reason, options=()):
        path = folder / name / filename
        path.parent.mkdir()
        path.write_bytes(data)
        cases[name] = (path, reason, list(options))

    case(
        "binary",
        "photo.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20,
        "binary file (contains NUL bytes)",
    )
    case(
        "truncated_html",
        "page.html",
        b"<html><head><title>Missiles fell in",
        "no article text found in the page",
    )
    case(
        "malformed_html",
        "page.htm",
        b"<html><body><div><p>Menu</p><div></span></body",
        "no article text found",
    )
    case(
        "truncated_json",
        "a.json",
        b'{"title": "T", "text": "Officials said',
        "invalid JSON: Unterminated string",
    )
    case("malformed_jsonl", "a.jsonl", b'{"text": "ok"}\n{"text": "broken\n', "line 2 of ")
    case(
        "invalid_utf8",
        "a.txt",
        "Café ".encode() * 10 + b"\xc3\x28 broken",
        "invalid UTF-8 at byte 60",
    )
    case("empty", "a.txt", b"", "empty file (0 bytes)")
    case("whitespace", "a.md", b" \r\n\t\n", "no text: empty or only whitespace")
    case(
        "over_limit",
        "a.txt",
        b"x" * 5000,
        "too large: 5.0 kB, the limit is 4.0 kB",
        ["--max-size", "4000"],
    )
    case("wrong_types", "a.json", b'[{"text": "ok", "published": 20151008}]', "item 1 of")
    case(
        "bad_country",
        "a.json",
        b'{"text": "ok", "country": "Iran"}',
        'field "country": expected a 2-letter',
    )
    return cases


def test_every_bad_input_is_named_and_changes_nothing(tmp_path, capsys, filled_db):
    before = db_checksum(filled_db)
    for name, (path, reason, options) in _bad_inputs(tmp_path / "bad").items():
        code, out, err = run_cli(
            capsys, "import", str(path.parent), "--db", str(filled_db), *options
        )
        assert code == 1, name
        assert str(path) in err and reason in err, (name, err)
        assert "Traceback" not in err
        assert db_checksum(filled_db) == before, name


def test_one_broken_file_among_good_ones_stores_nothing(tmp_path, capsys, filled_db):
    folder = tmp_path / "mixed"
    folder.mkdir()
    for i in range(20):
        (folder / f"good{i:02d}.txt").write_text(f"Good article {i} said something.\n")
    (folder / "sub").mkdir()
    (folder / "sub" / "broken.json").write_text(
        '[{"text": "fine"}, {"text": ["not", "a", "string"]}]'
    )
    before = db_checksum(filled_db)
    code, out, err = run_cli(capsys, "import", str(folder), "--db", str(filled_db))
    assert code == 1
    assert err.splitlines()[0] == (
        f'item 2 of {folder / "sub" / "broken.json"}: field "text" must be a string, got a list'
    )
    assert "good" not in err
    assert db_checksum(filled_db) == before


def test_legacy_encodings_are_accepted_and_reported(tmp_path, capsys, filled_db):
    folder = tmp_path / "enc"
    folder.mkdir()
    cp1252 = "The minister\u2019s \u201cfirm\u201d denial \u2013 r\u00e9sum\u00e9 said.\n"
    latin1 = "Le minist\u00e8re a d\u00e9clar\u00e9 que tout allait bien.\n"
    utf16 = "Министерство обороны заявило: «все ракеты поразили цели».\n"
    (folder / "w.txt").write_bytes(cp1252.encode("cp1252"))
    (folder / "l.txt").write_bytes(latin1.encode("latin-1"))
    (folder / "u.txt").write_bytes(utf16.encode("utf-16"))
    code, out, err = run_cli(capsys, "import", str(folder), "--db", str(filled_db))
    assert code == 0, err
    assert f"note: {folder / 'w.txt'} is not UTF-8; read as cp1252" in out
    assert f"note: {folder / 'l.txt'} is not UTF-8; read as cp1252" in out
    assert f"note: {folder / 'u.txt'} is not UTF-8; read as utf-16" in out
    with Store.open(filled_db, read_only=True) as st:
        texts = {a.source_name: a.text for a in st.iter_articles()}
    assert (texts["w.txt"], texts["l.txt"], texts["u.txt"]) == (cp1252, latin1, utf16)


def test_25mb_single_line_with_default_limit(tmp_path, capsys, filled_db):
    big = tmp_path / "big" / "huge.jsonl"
    big.parent.mkdir()
    with big.open("wb") as f:
        f.write(b'{"text": "')
        f.write(b"a" * 25_000_000)
        f.write(b'"}\n')
    before = db_checksum(filled_db)
    started = time.monotonic()
    code, _, err = run_cli(capsys, "import", str(big.parent), "--db", str(filled_db))
    assert time.monotonic() - started < 5  # refused by size, never read
    assert code == 1
    assert f"{big}: too large: 25.0 MB, the limit is 20.0 MB (raise it with --max-size)" in err
    assert db_checksum(filled_db) == before


def test_single_huge_line_within_a_raised_limit_is_streamed(tmp_path):
    from corpus.ingest import scan_inputs

    big = tmp_path / "huge.jsonl"
    with big.open("wb") as f:
        f.write(b'{"text": "' + b"word " * 5_000_000 + b'"}\n')
    started = time.monotonic()
    scan = scan_inputs([big], max_bytes=30_000_000)
    assert scan.rejections == () and scan.n_articles == 1
    assert time.monotonic() - started < 20


def test_symlink_loop(tmp_path, capsys, filled_db):
    folder = tmp_path / "loop"
    (folder / "a" / "b").mkdir(parents=True)
    (folder / "a" / "ok.txt").write_text("Fine article.")
    os.symlink(folder / "a", folder / "a" / "b" / "up")
    before = db_checksum(filled_db)
    code, _, err = run_cli(capsys, "import", str(folder), "--db", str(filled_db))
    assert code == 1
    assert f"{folder / 'a' / 'b' / 'up'}: symbolic link loop" in err
    assert db_checksum(filled_db) == before


def test_3000_tiny_files_through_the_installed_entry_point(tmp_path, filled_db):
    folder = tmp_path / "many"
    for i in range(3000):
        sub = folder / f"d{i % 30:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"f{i:04d}.txt").write_text(f"Tiny article {i}.")
    (folder / "d07" / "zz.json").write_text('{"text": 1}')
    before = db_checksum(filled_db)
    started = time.monotonic()
    result = subprocess.run(
        [str(VENV_BIN / "framelens"), "import", str(folder), "--db", str(filled_db)],
        capture_output=True, text=True, timeout=120, env=cli_env(),
    )  # fmt: skip
    elapsed = time.monotonic() - started
    assert result.returncode == 1
    assert (
        result.stderr.splitlines()[0]
        == f'{folder / "d07" / "zz.json"}: field "text" must be a string, got a number'
    )
    assert elapsed < 10, f"3,000 files took {elapsed:.1f} s"
    assert db_checksum(filled_db) == before


def test_scanning_3000_good_files_is_fast(tmp_path):
    from corpus.ingest import scan_inputs

    for i in range(3000):
        (tmp_path / f"f{i:04d}.txt").write_text(f"Tiny article {i}.")
    started = time.monotonic()
    scan = scan_inputs([tmp_path])
    assert scan.n_articles == 3000 and not scan.rejections
    assert time.monotonic() - started < 5


# --------------------------------------------------------------------------- duplicates, demo


def test_duplicates_across_imports_are_skipped_and_counted(tmp_path, capsys, filled_db):
    folder = tmp_path / "again"
    folder.mkdir()
    for i in range(5):  # same texts as the first import, different names and line endings
        (folder / f"copy{i}.txt").write_bytes(
            f"Existing article {i}\r\nIt said things.\r\n".encode()
        )
    (folder / "fresh.txt").write_text("A fresh article said something new.\n")
    code, out, err = run_cli(capsys, "import", str(folder), "--db", str(filled_db))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith(
        "imported 1 / duplicates skipped 5 / near-duplicates flagged 0 / rejected 0 ("
    )
    assert len([line for line in lines if line.startswith("duplicate: ")]) == 5
    with Store.open(filled_db, read_only=True) as st:
        assert st.counts().articles == 6
        assert st.con.execute(
            "SELECT n_imported, n_duplicates FROM imports ORDER BY id"
        ).fetchall() == [(5, 0), (1, 5)]


def test_demo_corpus_imports_with_the_real_pipeline(tmp_path):
    """The bundled demo corpus through the installed command and the real analysis."""
    db = tmp_path / "demo.duckdb"
    cmd = [str(VENV_BIN / "framelens"), "import", str(DEMO), "--db", str(db)]
    first = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=cli_env())
    assert first.returncode == 0, first.stderr
    n = len(list(DEMO.glob("*.*")))
    assert first.stdout.startswith(
        f"imported {n} / duplicates skipped 0 / near-duplicates flagged 0 / rejected 0 ("
    )
    with Store.open(db, read_only=True) as st:
        summaries = st.list_articles()
        assert len(summaries) == n and all(s.statement_count > 0 for s in summaries)
        for article in st.iter_articles():
            source = DEMO / article.source_name
            if source.suffix in (".md", ".txt"):
                assert source.read_text(encoding="utf-8").endswith(article.text)  # byte for byte
        for rec in st.statements_arrow().to_pylist():
            text = st.get_article(rec["article_id"]).text
            assert text[rec["start"] : rec["end"]] == rec["statement"]
    second = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=cli_env())
    assert second.returncode == 0, second.stderr
    assert second.stdout.startswith(
        f"imported 0 / duplicates skipped {n} / near-duplicates flagged 0 / rejected 0 ("
    )


# --------------------------------------------------------------------------- two writers


_HOLD = (
    "import sys, time\n"
    "from corpus.store import Store\n"
    "from corpus.models import ArticleDraft\n"
    "s = Store.open(sys.argv[1])\n"
    "with s.writer(sources='holder') as w:\n"
    "    w.add_article(ArticleDraft(text='Written by the first process.'))\n"
    "    print('holding', flush=True)\n"
    "    time.sleep(float(sys.argv[2]))\n"
    "s.close()\n"
    "print('committed', flush=True)\n"
)


def test_second_writer_waits_then_fails_clearly(tmp_path, filled_db):
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(filled_db), "3"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        (tmp_path / "x.txt").write_text("Second writer's article.")
        started = time.monotonic()
        result = subprocess.run(
            [str(VENV_BIN / "framelens"), "remove", "1", "--db", str(filled_db)],
            capture_output=True, text=True, timeout=60, env=cli_env(FRAMELENS_WAIT="0.5"),
        )  # fmt: skip
        assert time.monotonic() - started < 10
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1
        assert (
            f"is in use by another FrameLens process (PID {holder.pid}); waited 0.5 s"
            in result.stderr
        )
        # a writer with enough patience gets in once the first one commits
        result = subprocess.run(
            [str(VENV_BIN / "framelens"), "remove", "1", "--db", str(filled_db)],
            capture_output=True, text=True, timeout=60, env=cli_env(FRAMELENS_WAIT="30"),
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert holder.stdout.readline().strip() == "committed"
    finally:
        holder.kill()
        holder.wait()
    with Store.open(filled_db, read_only=True) as st:
        texts = [a.text for a in st.iter_articles()]
    assert "Written by the first process." in texts  # the first writer's import is intact
    assert len(texts) == 5  # 5 old - 1 removed + 1 new


# --------------------------------------------------------------------------- SIGKILL


_WORKER = (
    "import sys, datetime\n"
    "import corpus.store as store_module\n"
    "store_module._now = lambda: datetime.datetime(2020, 1, 1)  # deterministic content\n"
    "from corpus.ingest import ImportDefaults, iter_drafts, scan_inputs\n"
    "from tests.conftest import sentence_statements\n"
    "scan = scan_inputs([sys.argv[2]])\n"
    "store = store_module.Store.open(sys.argv[1])\n"
    "rows = []\n"
    "with store.writer(sources='kill test') as w:\n"
    "    for draft in iter_drafts(scan, ImportDefaults()):\n"
    "        added = w.add_article(draft)\n"
    "        if added.article_id is not None:\n"
    "            rows += sentence_statements(added.article_id, draft.text, limit=4)\n"
    "        if len(rows) >= 64:  # batches, as the analysis pipeline sends them\n"
    "            w.add_statements(rows)\n"
    "            rows = []\n"
    "    w.add_statements(rows)\n"
    "store.close()\n"
)


def _make_kill_corpus(folder: Path, n: int) -> None:
    rng = random.Random(7)
    words = (DEMO / "01_meridian_wire_us_officials.md").read_text(encoding="utf-8").split()
    folder.mkdir()
    for i in range(n):
        lines = [
            " ".join(rng.choice(words) for _ in range(rng.randint(8, 40)))
            for _ in range(rng.randint(2, 8))
        ]
        (folder / f"a{i:05d}.txt").write_text(
            f"Story {i}\n" + "\n".join(lines) + "\n", encoding="utf-8"
        )


def _check_integrity(db: Path) -> None:
    """Every article has exactly the statements its complete import gives it."""
    with Store.open(db) as st:  # opens (replaying the WAL), writable
        per_article = dict(
            st.con.execute("SELECT article_id, count(*) FROM statements GROUP BY 1").fetchall()
        )
        orphans = st.con.execute(
            "SELECT count(*) FROM statements s ANTI JOIN articles a ON a.id = s.article_id"
        ).fetchall()[0][0]
        assert orphans == 0
        for article in st.iter_articles():
            expected = len(sentence_statements(article.id, article.text, limit=4))
            assert per_article.get(article.id, 0) == expected, article.id
        n_imports = st.con.execute(
            "SELECT count(*) FROM imports WHERE finished_at IS NULL"
        ).fetchall()[0][0]
        assert n_imports == 0


def _kill_loop(tmp_path: Path, kills: int, seed: int) -> None:
    corpus = tmp_path / "kill-corpus"
    _make_kill_corpus(corpus, 1500)
    base = tmp_path / "before.duckdb"
    with Store.open(base) as st:  # some earlier data that must survive every kill
        from corpus.ingest import scan_inputs

        early = tmp_path / "early"
        early.mkdir()
        for i in range(10):
            (early / f"e{i}.txt").write_text(f"Earlier story {i}\nwith two lines\n")
        corpus_only_import(st, scan_inputs([early]))
    before = db_checksum(base)

    def trial(kill_after: float | None) -> tuple[str, float]:
        db = tmp_path / "trial.duckdb"
        for p in tmp_path.glob("trial.duckdb*"):
            p.unlink()
        shutil.copy(base, db)
        started = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-c", _WORKER, str(db), str(corpus)], cwd=REPO,
                                stderr=subprocess.PIPE)  # fmt: skip
        if kill_after is None:
            _, err = proc.communicate(timeout=300)
            assert proc.returncode == 0, err.decode()
        else:
            try:
                proc.wait(timeout=kill_after)
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
            proc.wait()
            proc.stderr.close()
        elapsed = time.monotonic() - started
        _check_integrity(db)
        return db_checksum(db), elapsed

    after, duration = trial(None)
    assert after != before
    # the faster of two clean runs: a run slowed by other work on the machine would put most
    # kill times after the import had finished
    again, duration2 = trial(None)
    assert again == after
    duration = min(duration, duration2)
    rng = random.Random(seed)
    outcomes = {"before": 0, "after": 0}
    for _ in range(kills):
        at = rng.uniform(0.05, 1.1) * duration
        checksum, _ = trial(at)
        assert checksum in (before, after), (
            f"kill at {at:.2f}s of {duration:.2f}s left a partial import"
        )
        outcomes["before" if checksum == before else "after"] += 1
    # most kills must land inside the import, not after it finished
    assert outcomes["before"] >= kills // 2, outcomes


def test_sigkill_during_import_leaves_before_or_after(tmp_path):
    _kill_loop(tmp_path, kills=10, seed=1)


@pytest.mark.slow
def test_sigkill_stress_100(tmp_path):
    _kill_loop(tmp_path, kills=100, seed=2)


def _real_cli_kill_loop(tmp_path: Path, fractions: list[float]) -> None:
    """SIGKILL ``framelens import`` (real analysis) part-way; compare with a complete run."""
    corpus = tmp_path / "real-corpus"
    corpus.mkdir()
    for copy in range(2):
        for src in sorted(DEMO.iterdir()):
            data = src.read_bytes()
            if src.suffix in (".md", ".txt"):  # a distinct closing line: near-duplicates, stored
                data += f"\nUpdate {copy}: this version was filed by desk {copy}.\n".encode()
            elif copy:
                continue
            (corpus / f"{copy}_{src.name}").write_bytes(data)
    n_files = len(list(corpus.iterdir()))
    base = tmp_path / "base.duckdb"
    with Store.open(base) as st:
        from corpus.ingest import scan_inputs

        (tmp_path / "early").mkdir()
        (tmp_path / "early" / "e.txt").write_text("An earlier story said hello.\n")
        corpus_only_import(st, scan_inputs([tmp_path / "early"]))

    def state(db: Path) -> tuple[int, dict[str, int], int]:
        with Store.open(db) as st:
            rows = st.con.execute(
                "SELECT a.source_name, count(s.id) FROM articles a LEFT JOIN statements s "
                "ON s.article_id = a.id GROUP BY 1"
            ).fetchall()
            imports = st.con.execute("SELECT count(*) FROM imports").fetchall()[0][0]
        return len(rows), dict(rows), imports

    def trial(kill_after: float | None) -> tuple[tuple[int, dict[str, int], int], float]:
        db = tmp_path / "trial.duckdb"
        for p in tmp_path.glob("trial.duckdb*"):
            p.unlink()
        shutil.copy(base, db)
        started = time.monotonic()
        proc = subprocess.Popen(
            [str(VENV_BIN / "framelens"), "import", str(corpus), "--db", str(db), "--jobs", "1"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=cli_env(),
        )  # fmt: skip
        if kill_after is None:
            _, err = proc.communicate(timeout=600)
            assert proc.returncode == 0, err.decode()
        else:
            try:
                proc.wait(timeout=kill_after)
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
            proc.wait()
            proc.stderr.close()
        return state(db), time.monotonic() - started

    before = state(base)
    after, duration = trial(None)
    assert after[0] == before[0] + n_files
    for fraction in fractions:
        got, _ = trial(fraction * duration)
        assert got in (before, after), (
            f"kill at {fraction:.0%} left a partial import: {got[0]} articles"
        )


def test_sigkill_during_real_cli_import(tmp_path):
    _real_cli_kill_loop(tmp_path, [0.6, 0.9])


@pytest.mark.slow
def test_sigkill_during_real_cli_import_stress(tmp_path):
    rng = random.Random(3)
    _real_cli_kill_loop(tmp_path, [rng.uniform(0.05, 1.1) for _ in range(20)])
