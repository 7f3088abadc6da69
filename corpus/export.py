"""Writing statements out: JSON (one list), JSON Lines, CSV and Parquet.

Rows come from :meth:`corpus.store.Store.statements_arrow` (or ``statements_reader``) in the
export column order of docs/design.md, and are written batch by batch, so an export never
needs more than one batch of Python objects in memory.

CSV is meant to be opened in spreadsheets: ``cues`` is a JSON string, booleans are
``true``/``false``, dates ISO 8601, and a text cell starting with ``= + - @``, a tab or a
carriage return gets a leading ``'`` so a spreadsheet shows it instead of running it as a
formula (also one more ``'`` before ``'=``, so :func:`unneutralise` restores every text
exactly). Numbers are never touched.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import tempfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

FORMATS = ("json", "jsonl", "csv", "parquet")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_BATCH = 10_000


class ExportError(Exception):
    """An export cannot be written; one line for the user."""


def write_statements(table: pa.Table | pa.RecordBatchReader, fmt: str, out: Path | BinaryIO) -> int:
    """Write every row of ``table`` as ``fmt`` to ``out`` (a path or a binary stream).

    A path is written through a temporary file in the same folder and renamed at the end,
    so a failed export never leaves a half-written file or destroys an earlier one.
    Returns the number of rows written.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if isinstance(out, str | os.PathLike):
        return _write_path(table, fmt, Path(out))
    return _write_stream(table, fmt, out)


def _write_path(table: pa.Table | pa.RecordBatchReader, fmt: str, path: Path) -> int:
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give a file name")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as stream:
            n = _write_stream(table, fmt, stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n


def _write_stream(table: pa.Table | pa.RecordBatchReader, fmt: str, out: BinaryIO) -> int:
    if fmt == "parquet":
        return _write_parquet(table, out)
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        if fmt == "csv":
            return _write_csv(table, text)
        return _write_json(table, text, lines=fmt == "jsonl")
    finally:
        text.flush()
        text.detach()  # the caller owns ``out``


def _batches(table: pa.Table | pa.RecordBatchReader) -> Iterator[pa.RecordBatch]:
    if isinstance(table, pa.Table):
        yield from table.to_batches(max_chunksize=_BATCH)
    else:
        yield from table


def _schema(table: pa.Table | pa.RecordBatchReader) -> pa.Schema:
    return table.schema


def _write_parquet(table: pa.Table | pa.RecordBatchReader, out: BinaryIO) -> int:
    n = 0
    with pq.ParquetWriter(out, _schema(table), compression="zstd") as writer:
        for batch in _batches(table):
            writer.write_batch(batch)
            n += batch.num_rows
    return n


def _write_json(table: pa.Table | pa.RecordBatchReader, out: io.TextIOBase, *, lines: bool) -> int:
    n = 0
    if not lines:
        out.write("[")
    for batch in _batches(table):
        for record in batch.to_pylist():
            line = json.dumps(_jsonable(record), ensure_ascii=False, allow_nan=False)
            if lines:
                out.write(line + "\n")
            else:
                out.write(("\n" if n == 0 else ",\n") + line)
            n += 1
    if not lines:
        out.write("\n]\n" if n else "]\n")
    return n


def _write_csv(table: pa.Table | pa.RecordBatchReader, out: io.TextIOBase) -> int:
    schema = _schema(table)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(schema.names)
    n = 0
    for batch in _batches(table):
        for record in batch.to_pylist():
            writer.writerow([_csv_cell(record[name]) for name in schema.names])
            n += 1
    return n


def _jsonable(value: object) -> object:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float | int):
        return value if not (isinstance(value, float) and not math.isfinite(value)) else ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(_jsonable(value), ensure_ascii=False)
    text = str(value)
    # Cells that already start with quote marks before a trigger get one more, so that
    # unneutralise() restores every text exactly.
    return "'" + text if text.lstrip("'").startswith(_FORMULA_START) else text


def unneutralise(cell: str) -> str:
    """Undo the CSV formula guard for one text cell read back from an export."""
    if cell.startswith("'") and cell.lstrip("'").startswith(_FORMULA_START):
        return cell[1:]
    return cell
