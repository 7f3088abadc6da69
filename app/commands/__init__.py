"""Commands of the ``framelens`` CLI, one module per group (registered in app/cli.py).

Shared option and helpers live here so every command spells ``--db`` the same way.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import click

F = TypeVar("F", bound=Callable[..., object])
ProgressCallback = Callable[[int, int], None]


class DbPath(click.Path):
    """A database file as a ``Path``, or a Parquet folder (docs/scaling.md). A trailing
    separator is the only sign that a folder not yet created is meant, and ``Path`` drops
    it, so such a value stays a string."""

    def convert(self, value, param, ctx):  # noqa: ANN001, ANN201 - click's signature
        text = super().convert(value, param, ctx)
        return text if str(text).endswith(("/", os.sep)) else Path(text)


def db_option(func: F) -> F:
    """``--db FILE``: the database (default: $FRAMELENS_DB, else the user data folder)."""
    return click.option(
        "--db",
        "db",
        type=DbPath(),
        default=None,
        metavar="FILE",
        help="Database file [default: $FRAMELENS_DB, else framelens.duckdb in the user data "
        "folder], or a Parquet folder made by import --engine dask (docs/scaling.md).",
    )(func)  # type: ignore[return-value]


def open_store(db: Path | None, *, read_only: bool = False):  # -> corpus.store.Store
    """Open the database, waiting up to $FRAMELENS_WAIT seconds (default 10) for another
    process's write lock."""
    from corpus.store import Store, StoreError

    try:
        wait = float(os.environ.get("FRAMELENS_WAIT", "10"))
    except ValueError:
        raise StoreError("FRAMELENS_WAIT must be a number of seconds") from None
    return Store.open(db, read_only=read_only, wait=wait)


@contextmanager
def progress_bar(label: str, total: int) -> Iterator[ProgressCallback]:
    """A rich progress bar on the terminal, or a silent callback when output is redirected."""
    if not (sys.stdout.isatty() and sys.stderr.isatty()):
        yield lambda done, total: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(label, total=total)

        def update(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        yield update
