"""The ``framelens`` command line: a click group whose commands are imported on demand.

``framelens --help`` must stay fast and must not pull in spaCy or Dash, so commands are
registered by name -> ``"module:attribute"`` and imported only when run (or when their own
``--help`` is asked for). The listing uses the one-line help kept here.

Errors never show a traceback: a user error is one line on stderr and exit code 1 (2 for
wrong usage). ``FRAMELENS_DEBUG=1`` re-raises instead, for developers.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys

import click

# name: ("module:attribute", one-line help). One line per command; add yours here.
COMMANDS: dict[str, tuple[str, str]] = {
    "import": ("app.commands.articles:import_articles", "Import articles from files, folders or stdin."),
    "list": ("app.commands.articles:list_articles", "List the stored articles."),
    "remove": ("app.commands.articles:remove_articles", "Remove articles (and their statements) by id."),
    "reanalyse": ("app.commands.articles:reanalyse", "Re-extract and re-score every stored article."),
    "statements": ("app.commands.statements:statements", "Export statements as JSON, JSONL, CSV or Parquet."),
    "compare": ("app.commands.compare:compare", "Compare how outlets frame the groups they quote."),
    "app": ("app.commands.serve:serve", "Open the dashboard in the browser."),
}  # fmt: skip


class LazyGroup(click.Group):
    """A group that imports a command's module only when that command is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name in COMMANDS if _available(name)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS or not _available(cmd_name):
            return None
        module_name, attr = COMMANDS[cmd_name][0].split(":")
        command = getattr(importlib.import_module(module_name), attr)
        if not isinstance(command, click.Command):
            raise TypeError(f"{module_name}:{attr} is not a click command")
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][1]) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def _available(name: str) -> bool:
    module_name = COMMANDS[name][0].split(":")[0]
    try:
        return importlib.util.find_spec(module_name) is not None
    except ImportError:
        return False


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="framelens", prog_name="framelens")
def cli() -> None:
    """FrameLens: import news articles, extract who says what, and measure the framing.

    Every command takes --db FILE (default: $FRAMELENS_DB, else framelens.duckdb in your
    user data folder).
    """


def main(argv: list[str] | None = None) -> None:
    """Console entry point (``framelens``)."""
    debug = os.environ.get("FRAMELENS_DEBUG") == "1"
    try:
        result = cli.main(args=argv, prog_name="framelens", standalone_mode=False)
    except click.UsageError as exc:
        if debug:
            raise
        where = exc.ctx.command_path if exc.ctx is not None else "framelens"
        _fail(f"{exc.format_message()} (see '{where} --help')", 2)
    except click.Abort as exc:
        if debug:
            raise
        if isinstance(exc.__cause__, KeyboardInterrupt):
            _fail("interrupted; an unfinished import is not stored", 130)
        _fail("aborted", 1)
    except click.ClickException as exc:
        if debug:
            raise
        _fail(exc.format_message(), exc.exit_code)
    except BrokenPipeError:
        # output piped into `head` and the like: not an error worth a message
        _silence_stdout()
        sys.exit(1)
    except Exception as exc:
        if debug:
            raise
        if _is_user_error(exc):
            _fail(str(exc), 1)
        _fail(
            f"internal error: {type(exc).__name__}: {exc} "
            "(run again with FRAMELENS_DEBUG=1 for the traceback, and please report it)",
            1,
        )
    sys.exit(result if isinstance(result, int) else 0)


def _is_user_error(exc: Exception) -> bool:
    # Imported only now, so that --help never loads the corpus layer.
    from corpus.export import ExportError
    from corpus.ingest import IngestError
    from corpus.store import StoreError

    return isinstance(exc, StoreError | IngestError | ExportError)


def _fail(message: str, code: int) -> None:
    line = " ".join(str(message).split()) or "failed"
    click.echo(f"framelens: error: {line}", err=True)
    sys.exit(code)


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass


if __name__ == "__main__":
    main()
