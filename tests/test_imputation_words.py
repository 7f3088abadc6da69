"""The imputation words file: its lists are what the imputation rules read, and the rule package
keeps one small module per family (the file contract itself: tests/test_word_list_files.py)."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

from analysis.imputation_words import (
    LIST_NAMES,
    load_imputation_words,
)
from analysis.scoring import rules
from analysis.scoring.rules import imputation

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

