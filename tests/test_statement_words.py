"""The statement words file: it loads, its lists are what statements.py reads, bad files fail clearly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from analysis import statements
from analysis.statement_words import (
    LIST_NAMES,
    STATEMENT_WORDS_PATH,
    StatementWordsError,
    build_statement_words,
    load_statement_words,
)

README = STATEMENT_WORDS_PATH.parent / "README.md"

# the list in the file -> the name analysis/statements.py reads it under
STATEMENTS_NAMES = {
    "rate_words": "_RATE_WORDS", "outlet_words": "_OUTLET_WORDS", "speaker_nouns": "_SPEAKER_NOUNS",
    "raising_verbs": "_RAISING", "purpose_heads": "_PURPOSE_HEADS",
    "purpose_report_verbs": "_PURPOSE_REPORTS", "genre_labels": "_GENRE_LABELS",
    "medium_nouns": "_MEDIUM_NOUNS", "addressee_verbs": "_ADDRESSEE_VERBS",
    "bare_addressee_verbs": "_BARE_ADDRESSEE_VERBS", "newsroom_roles": "_NEWSROOM_ROLES",
}


def test_file_loads_with_version_and_source():
    words = load_statement_words()
    assert words.version == "1.0"
    assert words.path == STATEMENT_WORDS_PATH
    meta = yaml.safe_load(STATEMENT_WORDS_PATH.read_text(encoding="utf-8"))["meta"]
    assert meta["name"] == "statement_words"
    assert "FrameLens" in meta["source"] and meta["licence"] == "CC0-1.0"


def test_loader_is_cached():
    assert load_statement_words() is load_statement_words()


@pytest.mark.parametrize("name", LIST_NAMES)
def test_every_list_is_non_empty_and_lower_case(name):
    words = getattr(load_statement_words(), name)
    assert isinstance(words, frozenset) and words
    for word in words:
        assert isinstance(word, str) and word == word.lower() == word.strip() and word


def test_every_list_has_a_comment():
    lines = STATEMENT_WORDS_PATH.read_text(encoding="utf-8").splitlines()
    for name in LIST_NAMES:
        (i,) = [k for k, line in enumerate(lines) if line.startswith(f"  {name}:")]
        assert lines[i - 1].lstrip().startswith("#"), name


def test_every_list_is_read_by_statements():
    assert sorted(STATEMENTS_NAMES) == sorted(LIST_NAMES)


@pytest.mark.parametrize("name", sorted(STATEMENTS_NAMES))
def test_statements_reads_the_loaded_lists(name):
    assert getattr(statements, STATEMENTS_NAMES[name]) == getattr(load_statement_words(), name)


def test_statements_keeps_no_other_vocabulary_in_code():
    """Only the grammar sets (punctuation, tags) stay as frozensets in statements.py."""
    source = Path(statements.__file__).read_text(encoding="utf-8")
    literal = set(re.findall(r"^(\w+) = frozenset\(\{", source, flags=re.M))
    assert literal == {"_DASHES", "_FINITE", "_SENT_END"}


def test_no_list_duplicates_the_reporting_verbs_file():
    verbs = yaml.safe_load(statements.VERBS_PATH.read_text(encoding="utf-8"))
    theirs = [frozenset(v) for k, v in verbs.items() if isinstance(v, list)]
    for name in LIST_NAMES:
        assert getattr(load_statement_words(), name) not in theirs, name


def test_readme_documents_the_file_and_its_loader():
    text = README.read_text(encoding="utf-8")
    assert "statement_words.yaml" in text and "load_statement_words" in text


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "statement_words.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def _valid() -> dict:
    return yaml.safe_load(STATEMENT_WORDS_PATH.read_text(encoding="utf-8"))


def _broken(change) -> str:
    data = _valid()
    change(data)
    return yaml.safe_dump(data, allow_unicode=True)


@pytest.mark.parametrize("body,message", [
    ("lists: [unclosed", "malformed YAML"),
    ("- a\n- b\n", "expected a mapping"),
    (_broken(lambda d: d.pop("meta")), "'meta' must be a mapping"),
    (_broken(lambda d: d["meta"].pop("source")), "meta.source"),
    (_broken(lambda d: d.pop("lists")), "'lists' must be a mapping"),
    (_broken(lambda d: d["lists"].pop("rate_words")), "missing list(s) rate_words"),
    (_broken(lambda d: d["lists"].update(rate_word=["x"])), "unknown list(s) rate_word"),
    (_broken(lambda d: d["lists"].update(genre_labels=[])), "lists.genre_labels must be a non-empty"),
    (_broken(lambda d: d["lists"].update(genre_labels="live")), "lists.genre_labels must be a non-empty"),
    (_broken(lambda d: d["lists"]["medium_nouns"].append("Memo")),
     "lists.medium_nouns: 'Memo' must be lower case"),
    (_broken(lambda d: d["lists"]["medium_nouns"].append(True)), "lists.medium_nouns: True is not a word"),
])
def test_malformed_file_fails_naming_it(tmp_path, body, message):
    path = _write(tmp_path, body)
    with pytest.raises(StatementWordsError) as info:
        build_statement_words(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_missing_file_names_it(tmp_path):
    path = tmp_path / "nowhere.yaml"
    with pytest.raises(StatementWordsError, match=re.escape(str(path))):
        load_statement_words(path)


def test_a_valid_copy_loads_from_another_path(tmp_path):
    path = _write(tmp_path, STATEMENT_WORDS_PATH.read_text(encoding="utf-8"))
    copy = load_statement_words(path)
    assert copy.path == path
    assert all(getattr(copy, n) == getattr(load_statement_words(), n) for n in LIST_NAMES)
