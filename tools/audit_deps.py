"""Audit the pinned dependency set for known vulnerabilities (``make lint``).

``pip-audit`` is tried first. It needs PyPI's JSON API or OSV, which machines without general
internet access cannot reach; when it can audit nothing, the pins are checked offline against
the advisory database shipped in the ``safety-db`` package (PyUp's free database). That
database is old (its timestamp is printed), so the offline result is a floor, not a
clearance: run ``pip-audit -r requirements.txt`` on a connected machine before a release.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

from packaging.specifiers import SpecifierSet
from packaging.version import InvalidVersion, Version

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;#]+)")


def pinned(requirements: Path) -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in requirements.read_text(encoding="utf-8").splitlines():
        if m := PIN.match(line.strip()):
            pins[m.group(1).lower().replace("_", "-")] = m.group(2)
    return pins


def run_pip_audit(requirements: Path) -> tuple[bool, int, str]:
    """(could audit, exit code, output) of pip-audit on the pinned set."""
    exe = Path(sys.executable).with_name("pip-audit")
    cmd = [str(exe), "-r", str(requirements), "--no-deps", "--disable-pip",
           "--progress-spinner", "off"]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, 1, f"pip-audit did not run: {exc}"
    out = proc.stdout + proc.stderr
    not_audited = out.count("could not be audited")
    audited = not_audited < len(pinned(requirements))
    return audited, proc.returncode, out


def offline_findings(pins: dict[str, str]) -> tuple[list[str], str]:
    spec = importlib.util.find_spec("safety_db")
    if spec is None or spec.origin is None:
        raise SystemExit("audit: safety-db is not installed (make setup installs it)")
    db = json.loads((Path(spec.origin).parent / "insecure_full.json").read_text())
    stamp = dt.datetime.fromtimestamp(db["$meta"]["timestamp"], dt.UTC).date().isoformat()
    findings: list[str] = []
    for name, version in sorted(pins.items()):
        try:
            v = Version(version)
        except InvalidVersion:
            continue
        for adv in db.get(name, []):
            if any(v in SpecifierSet(s) for s in adv.get("specs", []) if s):
                findings.append(f"{name}=={version}: {adv.get('id')} {adv.get('cve') or ''} "
                                f"({adv.get('v')})")
    return findings, stamp


# requirements-model.txt: the learned framing model's encoder weights, installed --no-deps
REQUIREMENTS: tuple[str, ...] = ("requirements.txt", "requirements-model.txt")


def main() -> int:
    pins: dict[str, str] = {}
    online = []
    for name in REQUIREMENTS:
        requirements = ROOT / name
        pins |= pinned(requirements)
        online.append(run_pip_audit(requirements))
    if all(audited for audited, _, _ in online):
        for _, _, out in online:
            print(out.strip())
        return max(code for _, code, _ in online)
    findings, stamp = offline_findings(pins)
    print(f"audit: pip-audit could not reach an advisory service; checked {len(pins)} pins "
          f"offline against safety-db ({stamp})")
    for line in findings:
        print(f"  VULNERABLE {line}")
    print(f"audit: {len(findings)} known vulnerabilit{'y' if len(findings) == 1 else 'ies'}")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
