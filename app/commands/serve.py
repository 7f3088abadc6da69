"""``framelens app``: serve the dashboard on a database."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


def default_db() -> Path:
    """``$FRAMELENS_DB``, else the per-user data directory (the design's default)."""
    env = os.environ.get("FRAMELENS_DB")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("framelens")) / "framelens.duckdb"


@click.command("app")
@click.option("--db", "db", type=click.Path(path_type=Path), default=None,  # a file or a Parquet folder
              help="Database file (default: $FRAMELENS_DB or the per-user data directory).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. Use 0.0.0.0 to let other machines connect.")
@click.option("--port", default=8050, show_default=True, type=click.IntRange(1, 65535))
@click.option("--debug", is_flag=True, help="Dash debug mode (reloader, error overlay).")
def serve(db: Path | None, host: str, port: int, debug: bool) -> None:
    """Open the dashboard in a browser: statements, speakers, framing, comparisons."""
    from app.app import BOOTSTRAP_CSS, create_app

    db = db or default_db()
    db.parent.mkdir(parents=True, exist_ok=True)
    if not BOOTSTRAP_CSS.exists():
        click.echo(
            f"warning: {BOOTSTRAP_CSS} is missing, the dashboard will look unstyled; "
            "run `make setup` to fetch it.",
            err=True,
        )
    dash_app = create_app(db)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"FrameLens dashboard on http://{shown}:{port}/  (database: {db})")
    if host in LOOPBACK:
        click.echo("Only this machine can connect. To expose it on your network: --host 0.0.0.0")
    else:
        click.echo(
            "warning: the dashboard is reachable from other machines and has no login; "
            "anyone who can reach it can read the corpus and add articles.",
            err=True,
        )
    click.echo("Press Ctrl+C to stop.")
    if not debug:
        # One line per request drowns the messages above; errors still show.
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
    dash_app.run(host=host, port=port, debug=debug, use_reloader=debug)


if __name__ == "__main__":  # python -m app.commands.serve (used by the browser tests)
    serve.main(args=sys.argv[1:], prog_name="framelens app")
