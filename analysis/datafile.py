"""Reading the YAML data files (actor registry, countries, the word-list files): one reader, so
every file fails the same way, with an error that names it.

:func:`read_mapping` reads any of them; :func:`read_word_lists` reads and checks the versioned
word-list files (placement_words, statement_words, imputation_words, construction_words,
denial_words, accusation_words, certainty_words), which share one shape::

    meta: {name: ..., version: "1.0", source: ..., licence: ..., description: ...}
    lists:
      some_list: [word, other word, ...]
"""

from __future__ import annotations

from pathlib import Path

import yaml

# libyaml's parser when PyYAML was built with it: the same data as yaml.SafeLoader, about ten
# times faster on the word-list files, which every rule module reads at import
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> object:
    """``yaml.safe_load(text)`` by libyaml when PyYAML has it (the scoring lexicons and the
    reporting verbs: a fifth of a second per process with the pure-Python parser, which every
    import worker paid again). Raises ``yaml.YAMLError`` on malformed text, as safe_load does."""
    return yaml.load(text, Loader=_LOADER)


def read_mapping(path: Path, error: type[Exception], what: str,
                 shape: str = "a mapping", allow_empty: bool = False) -> dict:
    """The top-level mapping of the YAML file at ``path``.

    Raises ``error`` naming the file when it is missing ("<what> not found"), malformed, or not
    ``shape`` at the top level. An empty file is ``{}`` when ``allow_empty``, else an error.
    """
    try:
        with path.open(encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=_LOADER)
    except FileNotFoundError as exc:
        raise error(f"{path}: {what} not found") from exc
    except yaml.YAMLError as exc:
        raise error(f"{path}: malformed YAML: {exc}") from exc
    if data is None and allow_empty:
        return {}
    if not isinstance(data, dict):
        raise error(f"{path}: expected {shape} at the top level, got {type(data).__name__}")
    return data


_META_KEYS = ("name", "version", "source", "licence", "description")


def _word_list(path: Path, error: type[Exception], name: str, value: object) -> frozenset[str]:
    where = f"{path}: lists.{name}"
    if not isinstance(value, list) or not value:
        raise error(f"{where} must be a non-empty list of words")
    for word in value:
        if not isinstance(word, str) or not word.strip():
            raise error(f"{where}: {word!r} is not a word (quote yes/no/on/off)")
        if word != word.strip() or word != word.lower():
            raise error(f"{where}: {word!r} must be lower case without outer spaces")
    return frozenset(value)


def read_word_lists(path: Path, error: type[Exception], what: str,
                    names: tuple[str, ...]) -> tuple[str, dict[str, frozenset[str]]]:
    """``meta.version`` and the lists ``names`` of the word-list file at ``path``.

    Raises ``error`` naming the file when it is missing or malformed, when ``meta`` lacks one
    of name, version, source, licence, description, when a list of ``names`` is missing, or
    when the file holds a list not in ``names`` (so a typo in a key cannot silently empty a
    rule). Every list must be a non-empty list of lower-case strings without outer spaces.
    """
    data = read_mapping(path, error, what, shape="a mapping with 'meta' and 'lists'")
    meta = data.get("meta")
    if not isinstance(meta, dict):
        raise error(f"{path}: 'meta' must be a mapping")
    for key in _META_KEYS:
        if not isinstance(meta.get(key), str) or not meta[key].strip():
            raise error(f"{path}: meta.{key} must be a non-empty string")
    lists = data.get("lists")
    if not isinstance(lists, dict):
        raise error(f"{path}: 'lists' must be a mapping of list name to words")
    unknown = sorted(set(lists) - set(names), key=str)
    if unknown:
        raise error(f"{path}: unknown list(s) {', '.join(map(str, unknown))}")
    missing = [name for name in names if name not in lists]
    if missing:
        raise error(f"{path}: missing list(s) {', '.join(missing)}")
    return meta["version"], {name: _word_list(path, error, name, lists[name]) for name in names}
