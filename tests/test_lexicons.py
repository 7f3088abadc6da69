"""The framing lexicons: every file loads, says where it came from, and is documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis import lexicons
from analysis.lexicons import LEXICON_NAMES, LexiconError, load_lexicon, read_lexicon, rules_version

README = Path(lexicons.DATA_DIR) / "README.md"


@pytest.mark.parametrize("name", LEXICON_NAMES)
def test_lexicon_loads_with_meta_and_sourced_entries(name):
    lex = load_lexicon(name)
    assert lex.name == name
    assert re.fullmatch(r"\d+\.\d+\.\d+", lex.version)
    for field in (lex.source, lex.licence, lex.description):
        assert field.strip()
    assert len(lex) > 0
    ids = [e.id for e in lex.entries]
    assert len(ids) == len(set(ids))
    for e in lex.entries:
        assert e.source.strip(), e.id
        assert e.pattern == e.pattern.lower().strip()


@pytest.mark.parametrize("name", LEXICON_NAMES)
def test_every_rule_named_in_a_lexicon_exists(name):
    from analysis.scoring.rules import RULES

    unknown = {e.rule for e in load_lexicon(name).entries if e.rule} - set(RULES)
    assert not unknown


@pytest.mark.parametrize("name", LEXICON_NAMES)
def test_every_lexicon_is_documented_in_the_data_readme(name):
    text = README.read_text(encoding="utf-8")
    assert re.search(rf"^### {re.escape(name)}\.yaml\b", text, re.MULTILINE), (
        f"analysis/data/README.md has no '### {name}.yaml' section")


def test_verb_stance_labels_and_grades_agree():
    grades = {"neutral": 0.0, "endorsing": 1.0, "distancing": -1.0, "disparaging": -1.5}
    for e in load_lexicon("verb_stance").entries:
        assert e.label in grades, e.id
        assert e.weight == grades[e.label], e.id


def test_loader_is_cached():
    assert load_lexicon("hedges") is load_lexicon("hedges")


def test_rules_version_combines_every_lexicon_version():
    version = rules_version()
    for name in LEXICON_NAMES:
        assert f"{name}={load_lexicon(name).version}" in version


def _write(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(body, encoding="utf-8")
    return path


META = """meta:
  name: {name}
  version: "0.1.0"
  source: test
  licence: MIT
  description: a test lexicon
"""


def test_missing_file_names_the_file(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicons, "DATA_DIR", tmp_path)
    load_lexicon.cache_clear()
    try:
        with pytest.raises(LexiconError, match=re.escape(str(tmp_path / "hedges.yaml"))):
            load_lexicon("hedges")
    finally:
        load_lexicon.cache_clear()


@pytest.mark.parametrize("body,message", [
    ("meta: [unclosed", "not valid YAML"),
    ("entries: []\n", "no 'meta:' block"),
    ("meta:\n  name: t\n  version: '1'\nentries: []\n", "meta lacks source, licence, description"),
    (META.format(name="t") + "entries:\n  - {id: t.a, pattern: x}\n", "no source/note"),
    (META.format(name="t") + "entries:\n  - {id: t.a, pattern: false, source: s}\n", "must be a string"),
    (META.format(name="t") + "entries:\n  - {id: t.a, pattern: x, weight: heavy, source: s}\n", "not a number"),
    (META.format(name="t") + "entries:\n  - {id: t.a, pattern: x, source: s}\n  - {id: t.a, pattern: y, source: s}\n", "duplicate id"),
    (META.format(name="other") + "entries: []\n", "expected 't'"),
])
def test_malformed_files_fail_with_the_file_name(tmp_path, body, message):
    path = _write(tmp_path, "t", body)
    with pytest.raises(LexiconError) as info:
        read_lexicon(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_note_is_accepted_as_source_and_patterns_are_normalised(tmp_path):
    path = _write(tmp_path, "t", META.format(name="t")
                  + "entries:\n  - {id: t.a, pattern: '  Don’t   Know ', note: from a test}\n")
    lex = read_lexicon(path)
    (entry,) = lex.entries
    assert entry.pattern == "don't know" and entry.source == "from a test"


def test_empty_lexicon_warns(tmp_path):
    path = _write(tmp_path, "t", META.format(name="t") + "entries: []\n")
    with pytest.warns(UserWarning, match="no entries"):
        lex = read_lexicon(path)
    assert len(lex) == 0


def test_matching_uses_form_or_lemma(nlp):
    lex = load_lexicon("denial")
    doc = nlp("The ministry denied it.")
    ids = [m.entry.id for m in lex.find(doc)]
    assert "denial.deny" in ids


def test_rule_names_are_unique_across_lexicons():
    """Two lexicons naming different rule functions alike would silently share one: a later
    ``**spread`` in RULES overwrites an earlier key (found when the accusation and denial
    1.5.0/1.3.0 rule sets were merged and both had an ``own_record``)."""
    import ast
    import inspect

    from analysis.scoring import rules

    tree = ast.parse(inspect.getsource(rules))
    literal = next(
        node.value for node in ast.walk(tree)
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", None) == "RULES"
    )
    names: list[str] = []
    for key, value in zip(literal.keys, literal.values, strict=True):
        if key is None:  # a ``**spread``: the names of the spread dict
            names.extend(getattr(rules, value.id))
        else:
            names.append(key.value)
    duplicates = sorted({n for n in names if names.count(n) > 1})
    assert duplicates == []
