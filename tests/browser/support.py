"""Helpers for the dashboard tests: a demo database built with the real importer, and the
dashboard served from it in a subprocess on a free loopback port."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "corpus" / "demo"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
HOSTILE = FIXTURES / "hostile.json"  # markup and a javascript: URL in every text field
FRAMELENS = REPO / ".venv" / "bin" / "framelens"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]


def env() -> dict[str, str]:
    out = dict(os.environ)
    out.pop("FRAMELENS_DEBUG", None)
    return out


def build_demo_db(path: Path) -> Path:
    """``framelens import corpus/demo hostile.json --db path``: the real command line."""
    path.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [str(FRAMELENS), "import", str(DEMO), str(HOSTILE), "--db", str(path)],
        capture_output=True, text=True, env=env(), timeout=300,
    )
    if result.returncode != 0:
        raise RuntimeError(f"framelens import failed:\n{result.stdout}\n{result.stderr}")
    return path


def copy_db(src: Path, dst: Path) -> Path:
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    wal = Path(str(src) + ".wal")
    if wal.exists():
        shutil.copyfile(wal, Path(str(dst) + ".wal"))
    return dst


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``python -m app.commands.serve`` (the ``framelens app`` command) in a subprocess."""

    def __init__(self, db: Path, log: Path) -> None:
        self.db = db
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = open(log, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "app.commands.serve", "--db", str(db),
             "--port", str(self.port)],
            cwd=REPO, stdout=self._log, stderr=subprocess.STDOUT, env=env(),
        )
        self._wait()

    def _wait(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the dashboard exited with {self.proc.returncode}")
            try:
                with urllib.request.urlopen(self.url + "/", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("the dashboard did not start in time")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._log.close()
