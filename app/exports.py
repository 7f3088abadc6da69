"""Downloads from the dashboard: the selected statements (corpus.export, the CLI's writer)
and the group profiles of a comparison, as CSV, JSON or Parquet."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from .data import EXPORTED, DataSource, Selection, where_clause

EXPORT_FORMATS: tuple[str, ...] = ("csv", "json", "parquet")
# Statement exports can be large; beyond this many rows the page asks for the CLI instead.
MAX_EXPORT_ROWS = 250_000


def export_statements(src: DataSource, sel: Selection, fmt: str, *, with_items: bool = False,
                      name: str = "statements") -> tuple[bytes, str]:
    """The selected statements with scores and cues, as ``fmt`` (corpus.export), and a file
    name for the download."""
    from corpus.export import write_statements

    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of "
                         f"{', '.join(EXPORT_FORMATS)}")
    where, params = where_clause(sel, EXPORTED, with_items=with_items)
    out = io.BytesIO()
    with src.store() as st:
        table = st.statements_arrow(where, params)
        if table.num_rows > MAX_EXPORT_ROWS:
            raise ValueError(f"{table.num_rows:,} statements are too many to download from the "
                             "page; use `framelens statements --format ...` instead")
        write_statements(table, fmt, out)
    return out.getvalue(), f"framelens-{name}.{fmt}"


def export_profiles(comparison: Any, fmt: str) -> tuple[bytes, str]:
    """Group profiles (each measure's mean, interval, n, status) as one flat table."""
    import pyarrow as pa

    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    records = [
        {"by": comparison.by, "name": p.group, "n_statements": p.n, "measure": s.measure,
         "mean": s.mean, "ci_low": s.ci_low, "ci_high": s.ci_high, "n": s.n,
         "status": s.status, "interval": s.interval,
         "confidence": comparison.confidence}
        for p in comparison.profiles for s in p.scores
    ]
    out = io.BytesIO()
    if fmt == "json":
        out.write(json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8"))
    elif fmt == "csv":
        text = io.StringIO()
        writer = csv.DictWriter(text, fieldnames=list(records[0]) if records else ["by"],
                                lineterminator="\r\n")
        writer.writeheader()
        # Names come from articles: guard them like corpus.export does for spreadsheets.
        writer.writerows({k: _csv_safe(v) for k, v in r.items()} for r in records)
        out.write(text.getvalue().encode("utf-8"))
    else:
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(records), out)
    return out.getvalue(), f"framelens-profiles.{fmt}"


def _csv_safe(value: Any) -> Any:
    if isinstance(value, str) and value.lstrip("'").startswith(("=", "+", "-", "@", "\t", "\r")):
        return "'" + value
    return value


