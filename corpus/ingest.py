"""From paths, uploads or pasted text to validated article drafts.

Importing is two passes. :func:`scan_inputs` (and :func:`scan_uploads`, :func:`scan_text`)
reads and fully validates every input up front, keeping only small :class:`InputRef` records;
if anything is rejected the caller stores nothing. :func:`iter_drafts` then reads the inputs
again, one at a time, and yields :class:`ArticleDraft` records for the store, so even a large
corpus is never held in memory at once.

Folder walks are recursive and sorted. Hidden entries (a name starting with ``.``) and files of
an unsupported type found *inside a folder* are skipped and listed in ``ScanResult.skipped``,
so a stray ``.DS_Store`` or ``notes.pdf`` does not block an import; a file named explicitly
with an unsupported type is rejected. Symbolic links are followed; a link leading back to one
of its own parent folders is rejected as a loop, a second path to an already scanned file or
folder is skipped.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from corpus.fields import check_string, parse_country, parse_date
from corpus.formats import (
    FORMATS,
    InputProblem,
    Opener,
    Rejection,
    detect_encoding,
    is_utf8,
    read_records,
)
from corpus.models import ArticleDraft

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ImportDefaults",
    "IngestError",
    "InputRef",
    "Rejection",
    "ScanResult",
    "iter_drafts",
    "scan_inputs",
    "scan_text",
    "scan_uploads",
]

DEFAULT_MAX_BYTES = 20_000_000
STDIN = "<stdin>"
PASTED = "<pasted text>"


class IngestError(Exception):
    """An import cannot go on; the message is one line meant for the user."""


@dataclass(frozen=True)
class ImportDefaults:
    """Metadata for articles whose input does not set it (``--outlet``, ``--country`` ...)."""

    outlet: str | None = None
    country: str | None = None
    published: datetime | None = None

    @classmethod
    def parse(
        cls, outlet: str | None = None, country: str | None = None, published: str | None = None
    ) -> ImportDefaults:
        """From user-typed strings; raises :class:`IngestError` naming the bad option."""
        try:
            code = parse_country(country) if country is not None else None
        except ValueError as exc:
            raise IngestError(f"country: {exc}") from None
        try:
            date = parse_date(published) if published is not None else None
        except ValueError as exc:
            raise IngestError(f"published: {exc}") from None
        name = " ".join(outlet.split()) if outlet is not None else None
        return cls(outlet=name or None, country=code, published=date)


@dataclass(frozen=True)
class InputRef:
    """One validated input. ``data`` is kept only for stdin, uploads and pasted text.

    ``encoding`` is the codec that decoded it and ``n_articles`` how many articles it holds
    (both added beyond the first contract, with defaults); ``title`` is the title given with
    pasted text.
    """

    origin: str
    source_name: str | None
    format: str
    size: int
    data: bytes | None = None
    encoding: str = "utf-8"
    n_articles: int = 1
    title: str | None = None

    def opener(self) -> Opener:
        if self.data is not None:
            data = self.data
            return lambda: io.BytesIO(data)
        path = self.origin
        return lambda: open(path, "rb")  # noqa: SIM115 - the readers close it


@dataclass(frozen=True)
class ScanResult:
    """Everything found: importable inputs, rejections (any one blocks the import) and
    entries skipped on purpose (hidden, unsupported type inside a folder, seen twice)."""

    inputs: tuple[InputRef, ...]
    rejections: tuple[Rejection, ...]
    n_articles: int
    skipped: tuple[Rejection, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.rejections and self.n_articles > 0

    @property
    def not_utf8(self) -> tuple[InputRef, ...]:
        """Inputs decoded with another encoding than UTF-8, to be reported to the user."""
        return tuple(ref for ref in self.inputs if not is_utf8(ref.encoding))


def scan_inputs(
    paths: Sequence[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> ScanResult:
    """Find and fully validate every input under ``paths`` (``"-"`` is standard input)."""
    scanner = _Scanner(max_bytes)
    for path in paths:
        if str(path) == "-":
            scanner.add_stdin(stdin if stdin is not None else sys.stdin.buffer)
        else:
            scanner.add_path(Path(path))
    return scanner.result()


def scan_uploads(
    files: Sequence[tuple[str, bytes]], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> ScanResult:
    """Validate uploaded files given as ``(file name, content)``; the type comes from the name."""
    scanner = _Scanner(max_bytes)
    for name, content in files:
        scanner.add_bytes(name, content)
    return scanner.result()


def scan_text(text: str, *, title: str | None = None) -> ScanResult:
    """Validate pasted text (kept as typed; a YAML front matter block is honoured)."""
    scanner = _Scanner(DEFAULT_MAX_BYTES)
    try:
        clean_title = check_string(title)
        data = text.encode("utf-8")
    except (ValueError, UnicodeEncodeError):
        return ScanResult((), (Rejection(PASTED, "not valid text"),), 0)
    clean_title = " ".join(clean_title.split()) if clean_title else None
    scanner.validate(PASTED, None, "paste", len(data), data=data, title=clean_title or None)
    return scanner.result()


def iter_drafts(scan: ScanResult, defaults: ImportDefaults) -> Iterator[ArticleDraft]:
    """Read the scanned inputs again, one at a time, and yield their articles.

    Defaults fill only the fields an input leaves unset. An input that no longer reads as it
    did during the scan raises :class:`IngestError` (the caller's transaction then rolls back).
    """
    if scan.rejections:
        raise IngestError(
            f"cannot import: {len(scan.rejections)} input(s) were rejected; fix them first"
        )
    for ref in scan.inputs:
        try:
            for record in read_records(
                ref.format, ref.opener(), ref.encoding, ref.origin, ref.source_name
            ):
                if isinstance(record, Rejection):
                    raise IngestError(
                        f"{record.origin}: {record.reason} (it changed after it was checked)"
                    )
                yield _with_defaults(record, defaults, ref.title)
        except OSError as exc:
            raise IngestError(f"{ref.origin}: cannot read it any more: {_os_reason(exc)}") from None


def _with_defaults(
    draft: ArticleDraft, defaults: ImportDefaults, title: str | None
) -> ArticleDraft:
    changes: dict[str, object] = {}
    if title is not None:
        changes["title"] = title
    for name in ("outlet", "country", "published"):
        if getattr(draft, name) is None and getattr(defaults, name) is not None:
            changes[name] = getattr(defaults, name)
    return replace(draft, **changes) if changes else draft


class _Scanner:
    def __init__(self, max_bytes: int) -> None:
        if max_bytes <= 0:
            raise IngestError(f"the size limit must be positive, got {max_bytes}")
        self.max_bytes = max_bytes
        self.inputs: list[InputRef] = []
        self.rejections: list[Rejection] = []
        self.skipped: list[Rejection] = []
        self.n_articles = 0
        self._files: dict[tuple[int, int], str] = {}
        self._dirs: dict[tuple[int, int], str] = {}

    def result(self) -> ScanResult:
        return ScanResult(
            tuple(self.inputs), tuple(self.rejections), self.n_articles, tuple(self.skipped)
        )

    def reject(self, origin: str, reason: str) -> None:
        self.rejections.append(Rejection(origin, reason))

    # ---- sources

    def add_stdin(self, stream: BinaryIO) -> None:
        data = stream.read(self.max_bytes + 1)
        if len(data) > self.max_bytes:
            self.reject(
                STDIN, f"more than {_human(self.max_bytes)} (raise the limit with --max-size)"
            )
        elif not data:
            self.reject(STDIN, "no input (0 bytes)")
        else:
            self.validate(STDIN, None, "stdin", len(data), data=data)

    def add_bytes(self, name: str, content: bytes) -> None:
        base = Path(name).name or name
        fmt = FORMATS.get(Path(base).suffix.lower())
        if fmt is None:
            self.reject(name, _unsupported(Path(base).suffix))
        elif not content:
            self.reject(name, "empty file (0 bytes)")
        elif len(content) > self.max_bytes:
            self.reject(name, _too_large(len(content), self.max_bytes))
        else:
            self.validate(name, base, fmt, len(content), data=content)

    def add_path(self, path: Path) -> None:
        st = self._stat(path)
        if st is None:
            return
        if stat.S_ISDIR(st.st_mode):
            self._walk(path, st)
        else:
            self._file(path, st, explicit=True)

    # ---- filesystem

    def _stat(self, path: Path) -> os.stat_result | None:
        try:
            return os.stat(path)  # follows symbolic links
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                self.reject(str(path), "symbolic link loop (the link points back to itself)")
            elif exc.errno == errno.ENOENT and os.path.islink(path):
                self.reject(str(path), "broken symbolic link (its target does not exist)")
            elif exc.errno == errno.ENOENT:
                self.reject(str(path), "no such file or folder")
            else:
                self.reject(str(path), _os_reason(exc))
            return None

    def _walk(self, root: Path, root_stat: os.stat_result) -> None:
        # Iterative, so a deep tree cannot hit Python's recursion limit.
        stack: list[tuple[Path, os.stat_result, frozenset[tuple[int, int]]]] = [
            (root, root_stat, frozenset())
        ]
        while stack:
            folder, st, ancestors = stack.pop()
            key = (st.st_dev, st.st_ino)
            if key in ancestors:
                self.reject(
                    str(folder), "symbolic link loop (leads back to a folder that contains it)"
                )
                continue
            if key in self._dirs:
                self.skipped.append(Rejection(str(folder), f"same folder as {self._dirs[key]}"))
                continue
            self._dirs[key] = str(folder)
            try:
                with os.scandir(folder) as it:
                    names = sorted(entry.name for entry in it)
            except OSError as exc:
                self.reject(str(folder), _os_reason(exc))
                continue
            subfolders: list[tuple[Path, os.stat_result, frozenset[tuple[int, int]]]] = []
            for name in names:
                child = folder / name
                if name.startswith("."):
                    self.skipped.append(Rejection(str(child), "hidden"))
                    continue
                child_stat = self._stat(child)
                if child_stat is None:
                    continue
                if stat.S_ISDIR(child_stat.st_mode):
                    subfolders.append((child, child_stat, ancestors | {key}))
                else:
                    self._file(child, child_stat, explicit=False)
            stack.extend(reversed(subfolders))

    def _file(self, path: Path, st: os.stat_result, *, explicit: bool) -> None:
        origin = str(path)
        if not stat.S_ISREG(st.st_mode):
            # never open a FIFO or device: reading it could block forever
            self.reject(origin, "not a regular file (a device, pipe or socket)")
            return
        key = (st.st_dev, st.st_ino)
        if key in self._files:
            self.skipped.append(Rejection(origin, f"same file as {self._files[key]}"))
            return
        self._files[key] = origin
        fmt = FORMATS.get(path.suffix.lower())
        if fmt is None:
            if explicit:
                self.reject(origin, _unsupported(path.suffix))
            else:
                self.skipped.append(Rejection(origin, _unsupported(path.suffix)))
            return
        if st.st_size == 0:
            self.reject(origin, "empty file (0 bytes)")
        elif st.st_size > self.max_bytes:
            self.reject(origin, _too_large(st.st_size, self.max_bytes))
        else:
            self.validate(origin, path.name, fmt, st.st_size)

    # ---- content

    def validate(
        self,
        origin: str,
        source_name: str | None,
        fmt: str,
        size: int,
        *,
        data: bytes | None = None,
        title: str | None = None,
    ) -> None:
        ref = InputRef(origin, source_name, fmt, size, data=data, title=title)
        opener = ref.opener()
        try:
            encoding = detect_encoding(opener)
            count = 0
            bad = 0
            for record in read_records(fmt, opener, encoding, origin, source_name):
                if isinstance(record, Rejection):
                    self.rejections.append(record)
                    bad += 1
                else:
                    count += 1
        except InputProblem as exc:
            self.reject(origin, str(exc))
            return
        except OSError as exc:
            self.reject(origin, _os_reason(exc))
            return
        except MemoryError:
            self.reject(origin, "too large to read in memory")
            return
        if bad:
            return
        if count == 0:
            self.reject(origin, "no articles found")
            return
        self.inputs.append(replace(ref, encoding=encoding, n_articles=count))
        self.n_articles += count


def _unsupported(suffix: str) -> str:
    known = ", ".join(sorted(FORMATS))
    shown = f"'{suffix}'" if suffix else "(no extension)"
    return f"unsupported file type {shown}; supported: {known}"


def _too_large(size: int, limit: int) -> str:
    return f"too large: {_human(size)}, the limit is {_human(limit)} (raise it with --max-size)"


def _human(n: int) -> str:
    for unit in ("bytes", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000  # type: ignore[assignment]
    return str(n)


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or str(exc)).rstrip(".").lower() or type(exc).__name__
