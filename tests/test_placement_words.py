"""The placement words file: it loads, its lists are what attribution reads, bad files fail clearly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from analysis import attribution
from analysis.placement_words import (
    LIST_NAMES,
    PLACEMENT_WORDS_PATH,
    PlacementWordsError,
    build_placement_words,
    load_placement_words,
)

README = PLACEMENT_WORDS_PATH.parent / "README.md"

# the list in the file -> the name analysis/attribution.py reads it under
ATTRIBUTION_NAMES = {name: "_" + name.upper() for name in LIST_NAMES
                     if name not in ("named_owner_extra", "member_body_extra")}


def test_file_loads_with_version_and_source():
    words = load_placement_words()
    assert words.version == "1.4"
    assert words.path == PLACEMENT_WORDS_PATH
    meta = yaml.safe_load(PLACEMENT_WORDS_PATH.read_text(encoding="utf-8"))["meta"]
    assert meta["name"] == "placement_words"
    assert "FrameLens" in meta["source"] and meta["licence"] == "CC0-1.0"


def test_loader_is_cached():
    assert load_placement_words() is load_placement_words()


@pytest.mark.parametrize("name", LIST_NAMES)
def test_every_list_is_non_empty_and_lower_case(name):
    words = getattr(load_placement_words(), name)
    assert isinstance(words, frozenset) and words
    for word in words:
        assert isinstance(word, str) and word == word.lower() == word.strip() and word


def test_every_list_has_a_comment():
    lines = PLACEMENT_WORDS_PATH.read_text(encoding="utf-8").splitlines()
    for name in LIST_NAMES:
        (i,) = [k for k, line in enumerate(lines) if line.startswith(f"  {name}:")]
        assert lines[i - 1].lstrip().startswith("#"), name


@pytest.mark.parametrize("name", sorted(ATTRIBUTION_NAMES))
def test_attribution_reads_the_loaded_lists(name):
    assert getattr(attribution, ATTRIBUTION_NAMES[name]) == getattr(load_placement_words(), name)


def test_attribution_unions_are_built_from_the_loaded_lists():
    w = load_placement_words()
    named_owner, member_body = attribution._NAMED_OWNER_NOUNS, attribution._MEMBER_BODY_WORDS
    assert named_owner == w.owner_nouns | w.company_nouns | w.named_owner_extra
    assert member_body == w.party_name_words | w.member_body_extra


def test_attribution_keeps_no_other_vocabulary_in_code():
    """Only the grammar sets stay as frozensets in attribution.py; word lists come from the file."""
    grammar = {"PRONOUNS_M", "PRONOUNS_F", "PRONOUNS_PL", "PRONOUNS_IT", "PRONOUNS_1ST",
               "_LOCATIVE_PREPS", "_DEFINITE_DETS", "_MENTION_DEPS", "_CUT_DEPS", "_CLAUSE_DEPS",
               "_KEEP_PREPS", "_NAME_LINKS", "_NAME_PARTICLES"}
    source = Path(attribution.__file__).read_text(encoding="utf-8")
    literal = set(re.findall(r"^(\w+) = frozenset\(\{", source, flags=re.M))
    assert literal == grammar


def test_readme_documents_the_file_and_its_loader():
    text = README.read_text(encoding="utf-8")
    assert "placement_words.yaml" in text and "load_placement_words" in text


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "placement_words.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def _valid() -> dict:
    return yaml.safe_load(PLACEMENT_WORDS_PATH.read_text(encoding="utf-8"))


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
    (_broken(lambda d: d["lists"].pop("female_words")), "missing list(s) female_words"),
    (_broken(lambda d: d["lists"].update(femal_words=["x"])), "unknown list(s) femal_words"),
    (_broken(lambda d: d["lists"].update(title_words=[])), "lists.title_words must be a non-empty"),
    (_broken(lambda d: d["lists"].update(title_words="general")), "lists.title_words must be a non-empty"),
    (_broken(lambda d: d["lists"]["civil"].append("Police")), "lists.civil: 'Police' must be lower case"),
    (_broken(lambda d: d["lists"]["civil"].append(True)), "lists.civil: True is not a word"),
])
def test_malformed_file_fails_naming_it(tmp_path, body, message):
    path = _write(tmp_path, body)
    with pytest.raises(PlacementWordsError) as info:
        build_placement_words(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_missing_file_names_it(tmp_path):
    path = tmp_path / "nowhere.yaml"
    with pytest.raises(PlacementWordsError, match=re.escape(str(path))):
        load_placement_words(path)


def test_a_valid_copy_loads_from_another_path(tmp_path):
    path = _write(tmp_path, PLACEMENT_WORDS_PATH.read_text(encoding="utf-8"))
    copy = load_placement_words(path)
    assert copy.path == path
    assert all(getattr(copy, n) == getattr(load_placement_words(), n) for n in LIST_NAMES)
