"""The statement words file: its lists are what the statements package reads (the file contract itself:
tests/test_word_list_files.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from analysis.reporting_verbs import VERBS_PATH
from analysis.statement_words import (
    LIST_NAMES,
    load_statement_words,
)
from analysis.statements import words as statements

# the list in the file -> the name analysis/statements/words.py gives it
STATEMENTS_NAMES = {
    "rate_words": "_RATE_WORDS", "outlet_words": "_OUTLET_WORDS", "speaker_nouns": "_SPEAKER_NOUNS",
    "raising_verbs": "_RAISING", "purpose_heads": "_PURPOSE_HEADS",
    "purpose_report_verbs": "_PURPOSE_REPORTS", "genre_labels": "_GENRE_LABELS",
    "medium_nouns": "_MEDIUM_NOUNS", "addressee_verbs": "_ADDRESSEE_VERBS",
    "bare_addressee_verbs": "_BARE_ADDRESSEE_VERBS", "newsroom_roles": "_NEWSROOM_ROLES",
    "audience_nouns": "_AUDIENCE_NOUNS", "topic_preps": "_TOPIC_PREPS",
    "fronted_place_nouns": "_FRONTED_PLACE_NOUNS", "sourcing_participles": "_SOURCING_PARTICIPLES",
}


# lists the pipeline loader reads instead (analysis/nlp.py: tokenizer special cases)
NLP_LISTS = ("title_abbreviations",)


def test_every_list_is_read_by_statements():
    assert sorted([*STATEMENTS_NAMES, *NLP_LISTS]) == sorted(LIST_NAMES)


def test_load_nlp_keeps_every_title_abbreviation_whole(nlp):
    for word in load_statement_words().title_abbreviations:
        form = word.capitalize() + "."
        assert [t.text for t in nlp.tokenizer(f"{form} Ade said")][0] == form


@pytest.mark.parametrize("name", sorted(STATEMENTS_NAMES))
def test_statements_reads_the_loaded_lists(name):
    assert getattr(statements, STATEMENTS_NAMES[name]) == getattr(load_statement_words(), name)


def test_statements_keeps_no_other_vocabulary_in_code():
    """Only the grammar sets (punctuation, tags) stay as frozensets in the statements package."""
    source = "".join(path.read_text(encoding="utf-8")
                     for path in sorted(Path(statements.__file__).parent.glob("*.py")))
    literal = set(re.findall(r"^(\w+) = frozenset\(\{", source, flags=re.M))
    assert literal == {"_DASHES", "_FINITE", "_SENT_END"}


def test_no_list_duplicates_the_reporting_verbs_file():
    verbs = yaml.safe_load(VERBS_PATH.read_text(encoding="utf-8"))
    theirs = [frozenset(v) for k, v in verbs.items() if isinstance(v, list)]
    for name in LIST_NAMES:
        assert getattr(load_statement_words(), name) not in theirs, name

