"""The construction words file: it loads, every list is documented, bad files fail clearly."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analysis.construction_words import (
    CONSTRUCTION_WORDS_PATH,
    LIST_NAMES,
    ConstructionWordsError,
    build_construction_words,
    load_construction_words,
)


def test_file_loads_with_version_and_source():
    words = load_construction_words()
    assert words.version == "1.1"
    assert words.path == CONSTRUCTION_WORDS_PATH
    meta = yaml.safe_load(CONSTRUCTION_WORDS_PATH.read_text(encoding="utf-8"))["meta"]
    assert meta["name"] == "construction_words"
    assert "FrameLens" in meta["source"]


def test_loader_is_cached():
    assert load_construction_words() is load_construction_words()


@pytest.mark.parametrize("name", LIST_NAMES)
def test_every_list_is_non_empty_lower_case_and_commented(name):
    words = getattr(load_construction_words(), name)
    assert words and all(w == w.lower() == w.strip() for w in words)
    lines = CONSTRUCTION_WORDS_PATH.read_text(encoding="utf-8").splitlines()
    (i,) = [k for k, line in enumerate(lines) if line.startswith(f"  {name}:")]
    assert lines[i - 1].lstrip().startswith("#"), name


def test_readme_documents_the_file():
    readme = (CONSTRUCTION_WORDS_PATH.parent / "README.md").read_text(encoding="utf-8")
    assert "construction_words.yaml" in readme


@pytest.mark.parametrize("body, message", [
    ("meta: {name: x}\nlists: {}\n", "meta.version"),
    (CONSTRUCTION_WORDS_PATH.read_text(encoding="utf-8") + "  typo_nouns: [a]\n", "unknown list"),
    (CONSTRUCTION_WORDS_PATH.read_text(encoding="utf-8").replace("damage_nouns: [damage",
                                                                 "damage_nouns: [Damage"),
     "lower case"),
])
def test_bad_files_fail_naming_the_file(tmp_path: Path, body, message):
    path = tmp_path / "words.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConstructionWordsError, match=message) as info:
        build_construction_words(path)
    assert str(path) in str(info.value)


def test_missing_file_is_named(tmp_path: Path):
    with pytest.raises(ConstructionWordsError, match="not found"):
        build_construction_words(tmp_path / "absent.yaml")
