"""``framelens statements``: export the stored statements (export contract of docs/design.md)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from app.commands import db_option, open_store


@click.command("statements")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "csv", "parquet"]),
    required=True,
    help="json (one list), jsonl (one per line), csv, parquet.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="FILE",
    help="Write to FILE instead of standard output.",
)
@db_option
@click.option(
    "--article",
    "articles",
    type=int,
    multiple=True,
    metavar="ID",
    help="Only this article (repeatable).",
)
@click.option(
    "--group",
    "groups",
    multiple=True,
    metavar="G",
    help="Only statements attributed to this group, e.g. 'Russian military' (repeatable).",
)
@click.option(
    "--outlet", "outlets", multiple=True, metavar="O", help="Only this outlet (repeatable)."
)
def statements(
    fmt: str,
    output: Path | None,
    db: Path | None,
    articles: tuple[int, ...],
    groups: tuple[str, ...],
    outlets: tuple[str, ...],
) -> None:
    """Export statements with speaker, group and scores, one record per statement."""
    from corpus.export import write_statements

    to_stdout = output is None or str(output) == "-"
    if fmt == "parquet" and to_stdout:
        raise click.UsageError("parquet is a binary format: give an output file with -o FILE")
    conditions: list[str] = []
    params: list[object] = []
    for column, values, cast in (("article_id", articles, "INTEGER"), ('"group"', groups, "VARCHAR"),
                                 ("outlet", outlets, "VARCHAR")):  # fmt: skip
        if values:
            conditions.append(f"{column} IN (SELECT unnest(?::{cast}[]))")
            params.append(list(values))
    with open_store(db, read_only=True) as store:
        reader = store.statements_reader(" AND ".join(conditions), params)
        if to_stdout:
            n = write_statements(reader, fmt, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        else:
            n = write_statements(reader, fmt, output)
            click.echo(f"wrote {n} statements to {output}", err=True)
