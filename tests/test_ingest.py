"""Scanning inputs (folders, links, stdin, uploads, pasted text) and re-reading them as drafts."""

from __future__ import annotations

import io
import json
import os
import time
from datetime import datetime
from pathlib import Path

import pytest

from corpus.ingest import (
    ImportDefaults,
    IngestError,
    iter_drafts,
    scan_inputs,
    scan_text,
    scan_uploads,
)

DEMO = Path(__file__).resolve().parents[1] / "corpus" / "demo"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_bytes(data.encode("utf-8"))
    else:
        path.write_bytes(data)
    return path


def drafts(scan, defaults=None):
    return list(iter_drafts(scan, defaults or ImportDefaults()))


def test_folder_walk_is_recursive_sorted_and_skips_hidden_and_unsupported(tmp_path):
    write(tmp_path / "b.txt", "B body")
    write(tmp_path / "a.md", "A body")
    write(tmp_path / "sub" / "c.jsonl", '{"text": "C1"}\n{"text": "C2"}\n')
    write(tmp_path / "sub" / "deeper" / "d.HTML", "<html><body><article><p>"
          + "Officials said the missiles fell in Iran on Wednesday night. " * 3
          + "</p></article></body></html>")  # fmt: skip
    write(tmp_path / ".hidden.txt", "hidden")
    write(tmp_path / ".git" / "config.txt", "hidden folder")
    write(tmp_path / "notes.pdf", b"%PDF-1.4")
    scan = scan_inputs([tmp_path])
    assert scan.rejections == ()
    assert [Path(r.origin).name for r in scan.inputs] == ["a.md", "b.txt", "c.jsonl", "d.HTML"]
    assert scan.n_articles == 5
    assert {Path(s.origin).name: s.reason.split(" ")[0] for s in scan.skipped} == {
        ".git": "hidden",
        ".hidden.txt": "hidden",
        "notes.pdf": "unsupported",
    }
    assert [d.text for d in drafts(scan)][:4] == ["A body", "B body", "C1", "C2"]


def test_explicit_unsupported_file_is_rejected(tmp_path):
    scan = scan_inputs([write(tmp_path / "notes.pdf", b"%PDF")])
    assert len(scan.rejections) == 1
    assert "unsupported file type '.pdf'" in scan.rejections[0].reason


def test_missing_path(tmp_path):
    scan = scan_inputs([tmp_path / "nope.txt"])
    assert scan.rejections[0].reason == "no such file or folder"


def test_texts_are_byte_for_byte(tmp_path):
    raw = (
        "  Title  \r\n\r\nCafe\u0301 \u201cquoted\u201d\u00a0text\t\r\nlast line without newline  "
    )
    scan = scan_inputs([write(tmp_path / "a.txt", raw)])
    (draft,) = drafts(scan)
    assert draft.text == raw
    assert draft.source_name == "a.txt"
    assert draft.origin == str(tmp_path / "a.txt")


def test_defaults_fill_only_missing_fields(tmp_path):
    write(tmp_path / "set.md", "---\noutlet: TASS\ncountry: RU\npublished: 2015-10-08\n---\nBody")
    write(tmp_path / "unset.txt", "Body two")
    defaults = ImportDefaults.parse("Meridian  Wire", "us", "2015-10-09T12:00")
    by_name = {d.source_name: d for d in drafts(scan_inputs([tmp_path]), defaults)}
    assert (by_name["set.md"].outlet, by_name["set.md"].country) == ("TASS", "RU")
    assert by_name["set.md"].published == datetime(2015, 10, 8)
    assert (by_name["unset.txt"].outlet, by_name["unset.txt"].country) == ("Meridian Wire", "US")
    assert by_name["unset.txt"].published == datetime(2015, 10, 9, 12, 0)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"country": "USA"}, "country: expected a 2-letter"),
        ({"published": "soon"}, "published: unrecognised"),
    ],
)
def test_bad_defaults(kwargs, message):
    with pytest.raises(IngestError, match=message):
        ImportDefaults.parse(**kwargs)


def test_stdin():
    scan = scan_inputs(["-"], stdin=io.BytesIO(b"From stdin\r\nline two"))
    (draft,) = drafts(scan)
    assert draft.text == "From stdin\r\nline two"
    assert (draft.source_format, draft.source_name, draft.origin) == ("stdin", None, "<stdin>")


def test_stdin_limits():
    assert scan_inputs(["-"], stdin=io.BytesIO(b"")).rejections[0].reason == "no input (0 bytes)"
    big = scan_inputs(["-"], stdin=io.BytesIO(b"x" * 101), max_bytes=100)
    assert "more than 100 bytes" in big.rejections[0].reason


def test_uploads():
    scan = scan_uploads(
        [("a.txt", b"Text A"), ("b.json", json.dumps([{"text": "J1"}, {"text": "J2"}]).encode())]
    )
    assert scan.rejections == () and scan.n_articles == 3
    assert [d.text for d in drafts(scan)] == ["Text A", "J1", "J2"]
    bad = scan_uploads([("c.exe", b"MZ"), ("d.txt", b""), ("e.json", b"{")])
    assert [r.origin for r in bad.rejections] == ["c.exe", "d.txt", "e.json"]


def test_pasted_text():
    scan = scan_text("Pasted\r\n body ", title="  My   title ")
    (draft,) = drafts(scan)
    assert (draft.text, draft.title, draft.source_format, draft.source_name) == (
        "Pasted\r\n body ",
        "My title",
        "paste",
        None,
    )
    assert scan_text("  \n ").rejections[0].reason.startswith("no text")


def test_size_limits(tmp_path):
    write(tmp_path / "empty.txt", b"")
    write(tmp_path / "big.txt", b"x" * 2001)
    scan = scan_inputs([tmp_path], max_bytes=2000)
    reasons = {Path(r.origin).name: r.reason for r in scan.rejections}
    assert reasons["empty.txt"] == "empty file (0 bytes)"
    assert reasons["big.txt"].startswith("too large: 2.0 kB, the limit is 2.0 kB")


def test_symlink_loops_and_duplicates(tmp_path):
    root = tmp_path / "corpus"
    write(root / "a.txt", "A")
    (root / "sub").mkdir()
    os.symlink(root, root / "sub" / "back")  # a folder containing its own ancestor
    os.symlink("loop2.txt", root / "loop1.txt")
    os.symlink("loop1.txt", root / "loop2.txt")
    os.symlink("missing.txt", root / "broken.txt")
    os.symlink(root / "a.txt", root / "z_alias.txt")
    started = time.monotonic()
    scan = scan_inputs([root])
    assert time.monotonic() - started < 5
    reasons = {Path(r.origin).name: r.reason for r in scan.rejections}
    assert reasons["back"].startswith("symbolic link loop")
    assert reasons["loop1.txt"].startswith("symbolic link loop")
    assert reasons["broken.txt"].startswith("broken symbolic link")
    assert any(s.reason == f"same file as {root / 'a.txt'}" for s in scan.skipped)


def test_fifo_is_never_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    scan = scan_inputs([tmp_path])  # would block forever if it were read
    assert "not a regular file" in scan.rejections[0].reason


def test_changed_after_scan_is_an_error(tmp_path):
    path = write(tmp_path / "a.json", '{"text": "fine"}')
    scan = scan_inputs([path])
    path.write_text('{"text": 1}')
    with pytest.raises(IngestError, match="changed after it was checked"):
        drafts(scan)
    path.unlink()
    with pytest.raises(IngestError, match="cannot read it any more"):
        drafts(scan)


def test_iter_drafts_refuses_rejected_scan(tmp_path):
    scan = scan_inputs([tmp_path / "missing.txt"])
    with pytest.raises(IngestError, match="rejected"):
        drafts(scan)


def test_iter_drafts_is_lazy(tmp_path):
    for i in range(3):
        write(tmp_path / f"{i}.txt", f"Text {i}")
    scan = scan_inputs([tmp_path])
    it = iter_drafts(scan, ImportDefaults())
    assert next(it).text == "Text 0"
    # the later files are read only when reached
    (tmp_path / "2.txt").write_text("Changed but still valid")
    assert [d.text for d in it] == ["Text 1", "Changed but still valid"]


def test_demo_corpus_scans_clean():
    scan = scan_inputs([DEMO])
    assert scan.rejections == ()
    assert scan.n_articles == len(list(DEMO.glob("*.*")))
    assert all(d.outlet and d.country and d.published and d.title for d in drafts(scan))


def test_non_utf8_inputs_are_reported(tmp_path):
    write(tmp_path / "a.txt", "utf-8 ok")
    write(tmp_path / "b.txt", "Caf\u00e9 \u201cnoir\u201d".encode("cp1252"))
    scan = scan_inputs([tmp_path])
    assert [(Path(r.origin).name, r.encoding) for r in scan.not_utf8] == [("b.txt", "cp1252")]
