"""The imputation words file: it loads, its lists are what the imputation rules read, bad files
fail clearly, and the rule package keeps one small module per family."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest
import yaml

from analysis.imputation_words import (
    IMPUTATION_WORDS_PATH,
    LIST_NAMES,
    ImputationWordsError,
    build_imputation_words,
    load_imputation_words,
)
from analysis.scoring import rules
from analysis.scoring.rules import imputation

README = IMPUTATION_WORDS_PATH.parent / "README.md"
FAMILIES = [m.name for m in pkgutil.iter_modules(imputation.__path__)]
MODULES = {name: importlib.import_module(f"{imputation.__name__}.{name}") for name in FAMILIES}
# the two lists that only add to another one; the rules read the union
EXTRAS = {"hostile_nouns_extra": ("_HOSTILE_NOUNS", "hostile_acts"),
          "pressed_extra": ("_PRESSED", "watchdogs")}
# grammar the rule modules keep in code: reflexive pronouns, subordinators
GRAMMAR = {"_SELF", "_CONTRAST_MARKS", "_WORDS_MARKS"}


def _code_name(list_name: str) -> str:
    return list_name.upper() if list_name in ("hostile_acts", "force", "armed_groups") \
        else "_" + list_name.upper()


def test_file_loads_with_version_and_source():
    words = load_imputation_words()
    assert words.version == "1.0"
    assert words.path == IMPUTATION_WORDS_PATH
    meta = yaml.safe_load(IMPUTATION_WORDS_PATH.read_text(encoding="utf-8"))["meta"]
    assert meta["name"] == "imputation_words"
    assert "FrameLens" in meta["source"] and meta["licence"] == "CC0-1.0"


def test_loader_is_cached():
    assert load_imputation_words() is load_imputation_words()


@pytest.mark.parametrize("name", LIST_NAMES)
def test_every_list_is_non_empty_and_lower_case(name):
    words = getattr(load_imputation_words(), name)
    assert isinstance(words, frozenset) and words
    for word in words:
        assert isinstance(word, str) and word == word.lower() == word.strip() and word


def test_every_list_has_a_comment():
    lines = IMPUTATION_WORDS_PATH.read_text(encoding="utf-8").splitlines()
    for name in LIST_NAMES:
        (i,) = [k for k, line in enumerate(lines) if line.startswith(f"  {name}:")]
        assert lines[i - 1].lstrip().startswith("#"), name


@pytest.mark.parametrize("name", [n for n in LIST_NAMES if n not in EXTRAS])
def test_every_list_is_read_by_a_rule_module(name):
    w = load_imputation_words()
    holders = [m for m in MODULES.values() if hasattr(m, _code_name(name))]
    assert holders, name
    for module in holders:
        assert getattr(module, _code_name(name)) == getattr(w, name)


@pytest.mark.parametrize("extra", sorted(EXTRAS))
def test_unions_are_built_from_the_loaded_lists(extra):
    code_name, base = EXTRAS[extra]
    w = load_imputation_words()
    (module,) = [m for m in MODULES.values() if hasattr(m, code_name)]
    assert getattr(module, code_name) == getattr(w, base) | getattr(w, extra)


def test_rule_modules_keep_no_other_vocabulary_in_code():
    for name, module in MODULES.items():
        source = Path(module.__file__).read_text(encoding="utf-8")
        literal = set(re.findall(r"^(\w+) = (?:\w+ \| )?frozenset\(\{", source, flags=re.M))
        assert literal <= GRAMMAR, (name, literal - GRAMMAR)


def test_every_family_module_is_small_and_says_what_it_detects():
    for name, module in MODULES.items():
        assert module.__doc__ and len(module.__doc__.strip()) > 80, name
        assert len(Path(module.__file__).read_text(encoding="utf-8").splitlines()) < 400, name


def test_registered_imputation_rules_come_from_the_package():
    exported = {n: getattr(imputation, n) for n in imputation.__all__}
    registered = [f for f in rules.RULES.values() if f.__module__.startswith(imputation.__name__)]
    assert len(registered) == 70
    for f in registered:
        assert exported[f.__name__] is f


def test_readme_documents_the_file_and_its_loader():
    text = README.read_text(encoding="utf-8")
    assert "imputation_words.yaml" in text and "load_imputation_words" in text


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "imputation_words.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def _valid() -> dict:
    return yaml.safe_load(IMPUTATION_WORDS_PATH.read_text(encoding="utf-8"))


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
    (_broken(lambda d: d["lists"].pop("hostile_acts")), "missing list(s) hostile_acts"),
    (_broken(lambda d: d["lists"].update(hostile_act=["x"])), "unknown list(s) hostile_act"),
    (_broken(lambda d: d["lists"].update(minors=[])), "lists.minors must be a non-empty"),
    (_broken(lambda d: d["lists"].update(minors="child")), "lists.minors must be a non-empty"),
    (_broken(lambda d: d["lists"]["weapons"].append("Drone")), "lists.weapons: 'Drone' must be lower case"),
    (_broken(lambda d: d["lists"]["weapons"].append(True)), "lists.weapons: True is not a word"),
])
def test_malformed_file_fails_naming_it(tmp_path, body, message):
    path = _write(tmp_path, body)
    with pytest.raises(ImputationWordsError) as info:
        build_imputation_words(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_missing_file_names_it(tmp_path):
    path = tmp_path / "nowhere.yaml"
    with pytest.raises(ImputationWordsError, match=re.escape(str(path))):
        load_imputation_words(path)


def test_a_valid_copy_loads_from_another_path(tmp_path):
    path = _write(tmp_path, IMPUTATION_WORDS_PATH.read_text(encoding="utf-8"))
    copy = load_imputation_words(path)
    assert copy.path == path
    assert all(getattr(copy, n) == getattr(load_imputation_words(), n) for n in LIST_NAMES)
