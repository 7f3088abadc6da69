"""Articles added from the dashboard: checked in the request, imported in a background job.

Same rules as ``framelens import``: every input is validated first and any problem refuses the
whole import (nothing stored); duplicates are skipped and reported; the import itself is one
transaction (analysis.pipeline.run_import).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .data import DataSource

MAX_UPLOAD_FILE_BYTES = 5_000_000
MAX_UPLOAD_TOTAL_BYTES = 20_000_000
MAX_UPLOAD_FILES = 50
MAX_PASTE_CHARS = 1_000_000


@dataclass(frozen=True)
class ImportRequest:
    """What the Add articles page sends: uploaded files and/or pasted text, and defaults."""

    files: tuple[tuple[str, bytes], ...] = ()
    text: str | None = None
    title: str | None = None
    outlet: str | None = None
    country: str | None = None


def _human(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n / 1000:.0f} kB"


def check_import(req: ImportRequest) -> tuple[Any, Any, list[str]]:
    """Validate everything before anything is stored: ``(scan, defaults, problems)``.

    Any problem blocks the whole import (as on the command line). Files are checked for
    count, size and type here, then read and validated by ``corpus.ingest``.
    """
    from corpus.ingest import ImportDefaults, IngestError, ScanResult, scan_text, scan_uploads

    problems: list[str] = []
    text = (req.text or "")
    if not req.files and not text.strip():
        return None, None, ["Nothing to import: upload files or paste an article's text."]
    if len(req.files) > MAX_UPLOAD_FILES:
        problems.append(f"{len(req.files)} files: at most {MAX_UPLOAD_FILES} at once.")
    total = sum(len(content) for _, content in req.files)
    if total > MAX_UPLOAD_TOTAL_BYTES:
        problems.append(f"{_human(total)} in all: at most {_human(MAX_UPLOAD_TOTAL_BYTES)} at "
                        "once; import large corpora with `framelens import`.")
    for name, content in req.files:
        if len(content) > MAX_UPLOAD_FILE_BYTES:
            problems.append(f"{name}: {_human(len(content))}, the limit is "
                            f"{_human(MAX_UPLOAD_FILE_BYTES)} per file.")
    if len(text) > MAX_PASTE_CHARS:
        problems.append(f"The pasted text has {len(text):,} characters; the limit is "
                        f"{MAX_PASTE_CHARS:,}.")
    try:
        defaults = ImportDefaults.parse(outlet=(req.outlet or "").strip() or None,
                                        country=(req.country or "").strip() or None)
    except IngestError as exc:
        problems.append(str(exc))
        defaults = None
    if problems:
        return None, None, problems

    scans = []
    if req.files:
        scans.append(scan_uploads(list(req.files), max_bytes=MAX_UPLOAD_FILE_BYTES))
    if text.strip():
        scans.append(scan_text(text, title=(req.title or "").strip() or None))
    scan = ScanResult(
        inputs=tuple(i for s in scans for i in s.inputs),
        rejections=tuple(r for s in scans for r in s.rejections),
        n_articles=sum(s.n_articles for s in scans),
        skipped=tuple(r for s in scans for r in s.skipped),
    )
    problems.extend(str(r) for r in scan.rejections)
    if not problems and scan.n_articles == 0:
        problems.append("No article found in the input.")
    return (None, None, problems) if problems else (scan, defaults, [])


def start_import(src: DataSource, req: ImportRequest) -> tuple[str | None, list[str]]:
    """Validate, then import in a background job: ``(job id, [])`` or ``(None, problems)``."""
    scan, defaults, problems = check_import(req)
    if problems:
        return None, problems

    def work(progress: Callable[[int, int], None], say: Callable[[str], None]) -> Any:
        from analysis.pipeline import run_import

        say("Loading the language model (first import only)...")
        from analysis.nlp import load_nlp

        load_nlp()
        progress(0, scan.n_articles)
        with src.pool.open() as store:
            # jobs=1: no worker processes inside the web server.
            return run_import(store, scan, defaults, progress=progress, jobs=1)

    return src.jobs.start(work, total=scan.n_articles, on_done=src.bump), []


