"""Every word-list data file (analysis/data/*_words.yaml) and its loader, checked the same way.

The loaders share one reader (analysis.datafile.read_word_lists), so the file contract is
tested once for all of them here: the file loads with its meta, the loader caches, every list
is a non-empty set of lower-case words with a comment line above it, the data README names
the file and its loader, and a malformed or missing file fails with an error of the loader's
own type that names the file. What each rule module reads from its file is tested beside
the module (tests/test_<name>_words.py).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
import yaml


@dataclass(frozen=True)
class WordFile:
    """One word-list file: its loader module and the names the module exports."""

    name: str  # "placement" -> analysis/placement_words.py, PlacementWordsError, ...

    @property
    def module(self) -> ModuleType:
        return importlib.import_module(f"analysis.{self.name}_words")

    @property
    def path(self) -> Path:
        return getattr(self.module, f"{self.name.upper()}_WORDS_PATH")

    @property
    def error(self) -> type[Exception]:
        return getattr(self.module, f"{self.name.capitalize()}WordsError")

    def build(self, path: Path):
        return getattr(self.module, f"build_{self.name}_words")(path)

    def load(self, path: Path | None = None):
        loader = getattr(self.module, f"load_{self.name}_words")
        return loader() if path is None else loader(path)  # () is the rules' own cache key

    @property
    def list_names(self) -> tuple[str, ...]:
        return self.module.LIST_NAMES


FILES = [WordFile(n) for n in ("placement", "statement", "imputation", "construction", "denial",
                                 "accusation", "certainty", "context")]
README = Path(__file__).resolve().parents[1] / "analysis" / "data" / "README.md"


def test_every_words_file_in_the_data_folder_is_covered():
    on_disk = {p.stem.removesuffix("_words") for p in README.parent.glob("*_words.yaml")}
    assert on_disk == {f.name for f in FILES}


@pytest.mark.parametrize("wf", FILES, ids=lambda f: f.name)
def test_file_loads_with_its_meta(wf):
    words = wf.load()
    meta = yaml.safe_load(wf.path.read_text(encoding="utf-8"))["meta"]
    assert words.version == meta["version"] and re.fullmatch(r"\d+\.\d+(\.\d+)?", words.version)
    assert words.path == wf.path
    assert meta["name"] == f"{wf.name}_words"
    assert "FrameLens" in meta["source"] and meta["licence"] == "CC0-1.0"


@pytest.mark.parametrize("wf", FILES, ids=lambda f: f.name)
def test_loader_is_cached(wf):
    assert wf.load() is wf.load()


@pytest.mark.parametrize("wf", FILES, ids=lambda f: f.name)
def test_every_list_is_non_empty_lower_case_and_commented(wf):
    words = wf.load()
    lines = wf.path.read_text(encoding="utf-8").splitlines()
    for name in wf.list_names:
        values = getattr(words, name)
        assert isinstance(values, frozenset) and values, name
        assert all(isinstance(w, str) and w and w == w.lower() == w.strip() for w in values), name
        (i,) = [k for k, line in enumerate(lines) if line.startswith(f"  {name}:")]
        assert lines[i - 1].lstrip().startswith("#"), name


@pytest.mark.parametrize("wf", FILES, ids=lambda f: f.name)
def test_readme_documents_the_file_and_its_loader(wf):
    text = README.read_text(encoding="utf-8")
    assert f"{wf.name}_words.yaml" in text and f"load_{wf.name}_words" in text


def _broken(wf: WordFile, change) -> str:
    data = yaml.safe_load(wf.path.read_text(encoding="utf-8"))
    change(data, wf.list_names[0])
    return yaml.safe_dump(data, allow_unicode=True)


def _add_word(word):
    return lambda d, first: d["lists"][first].append(word)


BROKEN = [
    (lambda wf: "lists: [unclosed", lambda wf: "malformed YAML"),
    (lambda wf: "- a\n- b\n", lambda wf: "expected a mapping"),
    (lambda wf: _broken(wf, lambda d, _: d.pop("meta")), lambda wf: "'meta' must be a mapping"),
    (lambda wf: _broken(wf, lambda d, _: d["meta"].pop("source")), lambda wf: "meta.source"),
    (lambda wf: _broken(wf, lambda d, _: d.pop("lists")), lambda wf: "'lists' must be a mapping"),
    (lambda wf: _broken(wf, lambda d, first: d["lists"].pop(first)),
     lambda wf: f"missing list(s) {wf.list_names[0]}"),
    (lambda wf: _broken(wf, lambda d, _: d["lists"].update(no_such_list=["x"])),
     lambda wf: "unknown list(s) no_such_list"),
    (lambda wf: _broken(wf, lambda d, first: d["lists"].update({first: []})),
     lambda wf: f"lists.{wf.list_names[0]} must be a non-empty"),
    (lambda wf: _broken(wf, lambda d, first: d["lists"].update({first: "word"})),
     lambda wf: f"lists.{wf.list_names[0]} must be a non-empty"),
    (lambda wf: _broken(wf, _add_word("Upper")),
     lambda wf: f"lists.{wf.list_names[0]}: 'Upper' must be lower case"),
    (lambda wf: _broken(wf, _add_word(True)),
     lambda wf: f"lists.{wf.list_names[0]}: True is not a word"),
]


@pytest.mark.parametrize("wf", FILES, ids=lambda f: f.name)
@pytest.mark.parametrize("body,message", BROKEN, ids=range(len(BROKEN)))
def test_malformed_file_fails_naming_it(tmp_path, wf, body, message):
    path = tmp_path / f"{wf.name}_words.yaml"
    path.write_text(body(wf), encoding="utf-8")
    with pytest.raises(wf.error) as info:
        wf.build(path)
    assert str(path) in str(info.value)
    assert message(wf) in str(info.value)


@pytest.mark.parametrize("wf", FILES, ids=lambda f: f.name)
def test_missing_file_names_it(tmp_path, wf):
    path = tmp_path / "nowhere.yaml"
    with pytest.raises(wf.error, match=re.escape(str(path))):
        wf.load(path)


@pytest.mark.parametrize("wf", FILES, ids=lambda f: f.name)
def test_a_valid_copy_loads_from_another_path(tmp_path, wf):
    path = tmp_path / f"{wf.name}_words.yaml"
    path.write_text(wf.path.read_text(encoding="utf-8"), encoding="utf-8")
    copy = wf.load(path)
    assert copy.path == path
    assert all(getattr(copy, n) == getattr(wf.load(), n) for n in wf.list_names)


# Files whose rule modules' readers are tabled beside them (tests/test_<name>_words.py):
# READERS (list -> the modules and names that read it), UNIONS (lists that only add to sets
# built in code) and KEPT_IN_CODE (the grammar each module may still hold as literal sets).
TABLED = [WordFile(n) for n in ("denial", "accusation", "certainty")]


def _tables(wf: WordFile) -> ModuleType:
    return importlib.import_module(f"tests.test_{wf.name}_words")


@pytest.mark.parametrize("wf", TABLED, ids=lambda f: f.name)
def test_every_list_is_read_by_a_module(wf):
    t = _tables(wf)
    assert set(t.READERS) | set(t.UNIONS) == set(wf.list_names)


@pytest.mark.parametrize("wf,name", [(wf, n) for wf in TABLED for n in sorted(_tables(wf).READERS)],
                         ids=lambda x: x if isinstance(x, str) else x.name)
def test_each_list_is_used_under_the_name_the_module_reads_it_by(wf, name):
    words = getattr(wf.load(), name)
    for module, code_name in _tables(wf).READERS[name]:
        assert getattr(importlib.import_module(module), code_name) is words, (module, code_name)


@pytest.mark.parametrize("wf", TABLED, ids=lambda f: f.name)
def test_unions_are_built_from_the_loaded_lists(wf):
    for name, (module, code_name, parts) in _tables(wf).UNIONS.items():
        mod = importlib.import_module(module)
        loaded = getattr(wf.load(), name)
        assert getattr(mod, code_name) == frozenset().union(*(getattr(mod, p) for p in parts), loaded)


@pytest.mark.parametrize("wf,module", [(wf, m) for wf in TABLED for m in sorted(_tables(wf).KEPT_IN_CODE)],
                         ids=lambda x: x if isinstance(x, str) else x.name)
def test_modules_keep_no_other_word_sets_in_code(wf, module):
    kept = _tables(wf).KEPT_IN_CODE[module]
    source = Path(importlib.import_module(module).__file__).read_text(encoding="utf-8")
    literal = set(re.findall(r"^(\w+) = (?:\w+ \| )?frozenset\(\{", source, flags=re.M))
    assert literal == kept, (module, literal ^ kept)
