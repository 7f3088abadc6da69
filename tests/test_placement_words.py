"""The placement words file: its lists are what attribution reads (the file contract itself:
tests/test_word_list_files.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.attribution import words as attribution
from analysis.placement_words import (
    LIST_NAMES,
    load_placement_words,
)

# the list in the file -> the name analysis/attribution/words.py gives it
ATTRIBUTION_NAMES = {name: "_" + name.upper() for name in LIST_NAMES
                     if name not in ("named_owner_extra", "member_body_extra")}


@pytest.mark.parametrize("name", sorted(ATTRIBUTION_NAMES))
def test_attribution_reads_the_loaded_lists(name):
    assert getattr(attribution, ATTRIBUTION_NAMES[name]) == getattr(load_placement_words(), name)


def test_attribution_unions_are_built_from_the_loaded_lists():
    w = load_placement_words()
    named_owner, member_body = attribution._NAMED_OWNER_NOUNS, attribution._MEMBER_BODY_WORDS
    assert named_owner == w.owner_nouns | w.company_nouns | w.named_owner_extra
    assert member_body == w.party_name_words | w.member_body_extra


def test_attribution_keeps_no_other_vocabulary_in_code():
    """Only the grammar sets stay as frozensets in the attribution package; word lists come from
    the file."""
    grammar = {"PRONOUNS_M", "PRONOUNS_F", "PRONOUNS_PL", "PRONOUNS_IT", "PRONOUNS_1ST",
               "_LOCATIVE_PREPS", "_DEFINITE_DETS", "_MENTION_DEPS", "_CUT_DEPS", "_CLAUSE_DEPS",
               "_KEEP_PREPS", "_NAME_LINKS", "_NAME_PARTICLES", "_INDEFINITE_DETS"}
    source = "".join(path.read_text(encoding="utf-8")
                     for path in sorted(Path(attribution.__file__).parent.glob("*.py")))
    literal = set(re.findall(r"^(\w+) = frozenset\(\{", source, flags=re.M))
    assert literal == grammar

