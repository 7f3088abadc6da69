"""Imports started from the dashboard: run in a background thread, polled by the page.

A job is validated before it is created (bad input never starts a job and never touches the
database); the thread then holds the data source's write lock for the whole import, so two
uploads never write at once, and reports progress through a :class:`JobStatus` snapshot that
the page's ``dcc.Interval`` polls.
"""

from __future__ import annotations

import threading
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace

# Finished jobs are kept this long so a slow poll still sees the result.
KEEP_SECONDS = 3600.0


@dataclass(frozen=True)
class JobStatus:
    """A snapshot of one import job, safe to hand to a callback."""

    id: str
    state: str  # 'queued' | 'running' | 'done' | 'failed'
    done: int = 0
    total: int = 0
    message: str = ""
    error: str | None = None
    report: object | None = None  # analysis.pipeline.ImportReport when done
    started: float = 0.0
    finished: float | None = None

    @property
    def finished_ok(self) -> bool:
        return self.state == "done"

    @property
    def running(self) -> bool:
        return self.state in ("queued", "running")

    @property
    def percent(self) -> int:
        if self.state == "done":
            return 100
        return int(100 * self.done / self.total) if self.total else 0


Work = Callable[[Callable[[int, int], None], Callable[[str], None]], object]


class JobRunner:
    """Runs import jobs one at a time in daemon threads and keeps their status."""

    def __init__(self, write_lock: threading.Lock | None = None) -> None:
        self._lock = threading.Lock()
        self._write_lock = write_lock or threading.Lock()
        self._jobs: dict[str, JobStatus] = {}

    def status(self, job_id: str | None) -> JobStatus | None:
        with self._lock:
            return self._jobs.get(job_id or "")

    def _update(self, job_id: str, **changes) -> None:
        with self._lock:
            self._jobs[job_id] = replace(self._jobs[job_id], **changes)

    def start(self, work: Work, *, total: int, on_done: Callable[[], None] | None = None) -> str:
        """Start ``work(progress, say)`` in a thread; returns the job id at once.

        ``progress(done, total)`` and ``say(message)`` update the status; the work's return
        value becomes ``report``; an exception becomes ``error`` (its message, one line).
        """
        job_id = uuid.uuid4().hex
        with self._lock:
            self._forget_old()
            self._jobs[job_id] = JobStatus(
                id=job_id, state="queued", total=total, started=time.time(),
                message="Waiting for another import to finish...",
            )

        def progress(done: int, total_: int) -> None:
            self._update(job_id, done=done, total=total_,
                         message=f"Analysed {done} of {total_} article(s)")

        def say(message: str) -> None:
            self._update(job_id, message=message)

        def run() -> None:
            with self._write_lock:
                self._update(job_id, state="running", message="Starting...")
                try:
                    report = work(progress, say)
                except Exception as exc:  # the page shows it; the thread must not die silently
                    traceback.print_exc()
                    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                    self._update(job_id, state="failed", error=first, finished=time.time(),
                                 message="Import failed; nothing was added.")
                    return
                if on_done is not None:
                    on_done()
                self._update(job_id, state="done", report=report, finished=time.time(),
                             message="Import finished.")

        threading.Thread(target=run, name=f"framelens-import-{job_id[:8]}", daemon=True).start()
        return job_id

    def _forget_old(self) -> None:
        now = time.time()
        for job_id, job in list(self._jobs.items()):
            if job.finished is not None and now - job.finished > KEEP_SECONDS:
                del self._jobs[job_id]
