"""The layer rule, checked on the source: app -> analysis -> corpus, one direction.

Run as ``python -m tests.layers`` (``make lint``) or through ``tests/test_layers.py``.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What each layer must never import (top-level module names).
FORBIDDEN: dict[str, frozenset[str]] = {
    "corpus": frozenset({"app", "analysis", "dash", "plotly", "dash_bootstrap_components"}),
    "analysis": frozenset({"app", "dash", "plotly", "dash_bootstrap_components"}),
}


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """Top-level names of every absolute import in a file, with line numbers."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name.split(".")[0]) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module.split(".")[0]))
    return found


def violations(root: Path = ROOT) -> list[str]:
    problems: list[str] = []
    for layer, banned in FORBIDDEN.items():
        for path in sorted((root / layer).rglob("*.py")):
            for lineno, name in imported_modules(path):
                if name in banned:
                    rel = path.relative_to(root)
                    problems.append(f"{rel}:{lineno}: {layer}/ must not import {name}")
    return problems


def main() -> int:
    problems = violations()
    for line in problems:
        print(line)
    print(f"layers: {len(problems)} violation(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
