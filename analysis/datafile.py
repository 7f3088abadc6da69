"""Reading the YAML data files (actor registry, countries, placement words): one reader, so
every file fails the same way, with an error that names it."""

from __future__ import annotations

from pathlib import Path

import yaml


def read_mapping(path: Path, error: type[Exception], what: str,
                 shape: str = "a mapping", allow_empty: bool = False) -> dict:
    """The top-level mapping of the YAML file at ``path``.

    Raises ``error`` naming the file when it is missing ("<what> not found"), malformed, or not
    ``shape`` at the top level. An empty file is ``{}`` when ``allow_empty``, else an error.
    """
    try:
        with path.open(encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except FileNotFoundError as exc:
        raise error(f"{path}: {what} not found") from exc
    except yaml.YAMLError as exc:
        raise error(f"{path}: malformed YAML: {exc}") from exc
    if data is None and allow_empty:
        return {}
    if not isinstance(data, dict):
        raise error(f"{path}: expected {shape} at the top level, got {type(data).__name__}")
    return data
