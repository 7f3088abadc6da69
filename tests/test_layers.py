from __future__ import annotations

from pathlib import Path

from tests.layers import violations


def test_layers_import_in_one_direction():
    assert violations() == []


def test_checker_catches_an_upward_import(tmp_path: Path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "analysis").mkdir()
    (tmp_path / "corpus" / "bad.py").write_text("from analysis import pipeline\nimport plotly\n")
    (tmp_path / "analysis" / "ok.py").write_text("from corpus.models import Article\n")
    found = violations(tmp_path)
    assert len(found) == 2
    assert all(line.startswith("corpus/bad.py") for line in found)
