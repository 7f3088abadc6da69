"""``framelens import | list | remove | reanalyse``: managing the stored articles.

The analysis pipeline (spaCy) is imported inside the commands that need it, never at module
level, so ``framelens list`` and every ``--help`` stay quick.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import click

from app.commands import db_option, open_store, progress_bar

_SIZE_RE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?", re.IGNORECASE)
_UNITS = {"": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000}


class ByteSize(click.ParamType):
    """``20000000``, ``20MB``, ``500k``: decimal units, as file managers show them."""

    name = "bytes"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> int:
        if isinstance(value, int):
            return value
        match = _SIZE_RE.fullmatch(str(value).strip())
        if not match or float(match.group(1)) <= 0:
            self.fail(f"{value!r} is not a size such as 20000000, 20MB or 500k", param, ctx)
        return int(float(match.group(1)) * _UNITS[match.group(2).lower()])


@click.command("import")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--outlet", metavar="NAME", help="Outlet for articles that do not name one.")
@click.option("--country", metavar="CC", help="Outlet country (ISO 3166 two letters, e.g. GB).")
@click.option(
    "--published", metavar="DATE", help="Publication date (YYYY-MM-DD) for articles without one."
)
@db_option
@click.option(
    "--max-size",
    "max_size",
    type=ByteSize(),
    default="20MB",
    show_default=True,
    metavar="BYTES",
    help="Reject input files larger than this.",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes for the analysis.",
)
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="dask: analyse on a Dask cluster (docs/scaling.md); --db may then be a Parquet folder.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler, tcp://host:port [default with --engine dask: a local cluster on every core].")
@click.option("-v", "--verbose", is_flag=True, help="Also list skipped files.")
@click.pass_context
def import_articles(
    ctx: click.Context,
    paths: tuple[str, ...],
    outlet: str | None,
    country: str | None,
    published: str | None,
    db: Path | None,
    max_size: int,
    jobs: int,
    engine: str,
    scheduler: str | None,
    verbose: bool,
) -> None:
    """Import articles and extract their statements.

    PATH is a file (.txt, .md, .html, .json, .jsonl), a folder (searched recursively) or -
    for standard input. Everything is checked first: if any input is rejected, each problem
    is listed and NOTHING is imported. Articles already stored (same text) are skipped;
    near-duplicates are stored and flagged. --outlet, --country and --published fill only
    what a file does not say itself.
    """
    from corpus.ingest import ImportDefaults, IngestError, scan_inputs

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    try:
        defaults = ImportDefaults.parse(outlet, country, published)
    except IngestError as exc:
        raise click.BadParameter(str(exc)) from None

    scan = scan_inputs(paths, max_bytes=max_size)
    if scan.rejections:
        for rejection in scan.rejections:
            click.echo(str(rejection), err=True)
        click.echo(
            f"nothing imported: {len(scan.rejections)} input(s) rejected, see above; "
            "fix or remove them and run the import again",
            err=True,
        )
        ctx.exit(1)
    if scan.n_articles == 0:
        skipped = (
            f" ({len(scan.skipped)} skipped: hidden or unsupported type)" if scan.skipped else ""
        )
        raise click.ClickException(f"nothing to import: no supported files found{skipped}")

    for ref in scan.not_utf8:
        click.echo(f"note: {ref.origin} is not UTF-8; read as {ref.encoding}")
    if scan.skipped:
        if verbose:
            for item in scan.skipped:
                click.echo(f"skipped: {item}")
        else:
            click.echo(
                f"skipped {len(scan.skipped)} file(s): hidden or unsupported type (-v lists them)"
            )

    if engine == "dask":
        from analysis.distributed import DistributedError, import_with_dask

        with progress_bar("Analysing", scan.n_articles) as progress:
            try:
                report = import_with_dask(db, scan, defaults, scheduler=scheduler, progress=progress)
            except DistributedError as exc:
                raise click.ClickException(str(exc)) from None
    else:
        run_import = _pipeline("run_import")
        with open_store(db) as store, progress_bar("Analysing", scan.n_articles) as progress:
            report = run_import(store, scan, defaults, progress=progress, jobs=jobs)

    click.echo(
        f"imported {report.n_imported} / duplicates skipped {report.n_duplicates} / "
        f"near-duplicates flagged {report.n_near_duplicates} / rejected 0 "
        f"({report.n_statements} statements, {report.n_words} words in {report.seconds:.1f} s)"
    )
    for origin, existing in report.duplicates:
        click.echo(f"duplicate: {origin} = article {existing} (skipped)")
    for origin, existing, similarity in report.near_duplicates:
        click.echo(
            f"near-duplicate: {origin} ~ article {existing} "
            f"(similarity {similarity:.2f}; stored and flagged)"
        )


@click.command("list")
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output as a table or as JSON.",
)
def list_articles(db: Path | None, fmt: str) -> None:
    """List the stored articles with their statement counts."""
    with open_store(db, read_only=True) as store:
        articles = store.list_articles()
    if fmt == "json":
        records = [
            {
                "id": a.id,
                "title": a.title,
                "outlet": a.outlet,
                "country": a.country,
                "published": a.published.isoformat() if a.published else None,
                "source": a.source_name,
                "statements": a.statement_count,
                "words": a.word_count,
                "near_duplicate_of": a.near_duplicate_of,
            }
            for a in articles
        ]
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    if not articles:
        click.echo("no articles stored yet (framelens import PATH...)")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for name, justify in (("id", "right"), ("title", "left"), ("outlet", "left"),
                          ("country", "left"), ("published", "left"), ("source", "left"),
                          ("statements", "right")):  # fmt: skip
        table.add_column(name, justify=justify, overflow="fold" if name == "title" else "ellipsis")
    for a in articles:
        title = a.title or ""
        if a.near_duplicate_of is not None:
            title += f" (near-duplicate of {a.near_duplicate_of})"
        table.add_row(
            str(a.id), title, a.outlet or "", a.country or "",
            a.published.date().isoformat() if a.published else "", a.source_name or "",
            str(a.statement_count),
        )  # fmt: skip
    Console(width=None if sys.stdout.isatty() else 160).print(table)


@click.command("remove")
@click.argument("ids", nargs=-1, required=True, type=int, metavar="ID...")
@db_option
def remove_articles(ids: tuple[int, ...], db: Path | None) -> None:
    """Remove articles and their statements (ids as shown by framelens list)."""
    with open_store(db) as store:
        unknown = [i for i in dict.fromkeys(ids) if store.get_article(i) is None]
        if unknown:
            shown = ", ".join(str(i) for i in unknown)
            raise click.ClickException(
                f"no article with id {shown} in {store.path}; nothing removed (see framelens list)"
            )
        for article_id in dict.fromkeys(ids):
            store.remove_article(article_id)
            click.echo(f"removed article {article_id}")


@click.command("reanalyse")
@db_option
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for the analysis [default: by corpus size].",
)
def reanalyse(db: Path | None, jobs: int | None) -> None:
    """Re-extract and re-score the statements of every stored article (after a rules update)."""
    run = _pipeline("reanalyse")
    with open_store(db) as store:
        total = store.counts().articles
        with progress_bar("Re-analysing", total) as progress:
            run(store, progress=progress, jobs=jobs)
        counts = store.counts()
    click.echo(f"re-analysed {counts.articles} articles: {counts.statements} statements")


def _pipeline(name: str):
    """A function of analysis.pipeline, imported only when an import actually runs."""
    try:
        from analysis import pipeline
    except ModuleNotFoundError as exc:
        if exc.name in ("analysis.pipeline",):
            raise click.ClickException(
                "the analysis pipeline (analysis/pipeline.py) is missing"
            ) from None
        raise
    return getattr(pipeline, name)
