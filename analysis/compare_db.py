"""Database-side aggregation for comparisons: the counting happens in DuckDB, the statistics
in :mod:`analysis.compare`, :mod:`analysis.similarity`, :mod:`analysis.voices` and
:mod:`analysis.vocabulary`.

Every function takes ``source``, a :class:`corpus.store.Store` (its ``con`` is used) or a
DuckDB connection to a database with the documented schema (docs/design.md), plus an
optional ``where``: a trusted SQL condition over the export column names (``"group"``,
``outlet``, ``country``, ``published``, the scores, ...), with ``?`` placeholders bound from
``params``, exactly as in ``Store.statements_arrow``. ``by`` and the measures are checked
against fixed lists before they reach SQL; user values only ever travel as parameters.

What comes back is small: one row per (group, measure, distinct value), so a selection of
100,000 statements arrives in a few thousand rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from analysis.compare import (
    BOOLEAN_COLUMNS,
    MEASURES,
    MISSING_KEY,
    ScoreTables,
    check_by,
    check_measures,
    score_tables_from_codes,
)
from analysis.similarity import CategoryCounts, category_counts_from_rows
from analysis.vocabulary import STOP_WORDS, TermCounts, TermIndex, index_terms
from analysis.voices import VOICE_KEYS, VoicesTable, voices_from_counts

# The statement rows as exported: statement columns plus the article's, under the export
# names of docs/design.md (the same names Store.statements_arrow filters on).
_ROWS = (
    "SELECT s.*, a.source_name AS source, a.outlet AS outlet, a.title AS title, "
    "a.country AS country, a.published AS published "
    "FROM statements s JOIN articles a ON a.id = s.article_id"
)


def _con(source: Any) -> Any:
    return source.con if hasattr(source, "con") else source


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _selection(by: str | None, where: str, params: Sequence[Any],
               groups: Sequence[str] | None, rows: str = _ROWS) -> tuple[str, list[Any]]:
    """SQL for the selected rows with the compared key as ``_key``, and its parameters."""
    key = (f"COALESCE(CAST({_quote(check_by(by))} AS VARCHAR), '{MISSING_KEY}')"
           if by is not None else "''")
    sql = f"SELECT *, {key} AS _key FROM ({rows}) AS r WHERE ({where.strip() or 'TRUE'})"
    bound = list(params)
    if groups is not None:
        sql = f"SELECT * FROM ({sql}) AS k WHERE _key IN (SELECT unnest(?::VARCHAR[]))"
        bound.append([str(g) for g in groups])
    return sql, bound


def _fetch(source: Any, sql: str, params: list[Any]) -> dict[str, list[Any]]:
    return _con(source).sql(sql, params=params).to_arrow_table().to_pydict()


def score_tables_from_db(
    source: Any,
    by: str,
    *,
    where: str = "",
    params: Sequence[Any] = (),
    groups: Sequence[str] | None = None,
    measures: Sequence[str] = MEASURES,
) -> ScoreTables:
    """Value-count tables per group and measure, counted by DuckDB (GROUP BY key, value)."""
    measures = check_measures(measures)
    sel, bound = _selection(by, where, params, groups)
    return _score_tables(_con(source), sel, bound, by, measures, groups)


def score_tables_from_arrow(data: Any, by: str, *, measures: Sequence[str] = MEASURES,
                            groups: Sequence[str] | None = None) -> ScoreTables:
    """The same count, by an in-memory DuckDB over statement rows (a pyarrow Table or pandas
    DataFrame with the export columns); :func:`analysis.compare.score_tables_from_frame`."""
    import duckdb

    measures = check_measures(measures)
    missing = [c for c in (by, *measures) if c not in list(data.columns if hasattr(
        data, "iloc") else data.column_names)]
    if missing:
        raise ValueError(f"statement data lacks column(s): {', '.join(missing)}")
    con = duckdb.connect()
    try:
        con.register("frame_rows", data)
        sel, bound = _selection(by, "", (), groups, rows="SELECT * FROM frame_rows")
        return _score_tables(con, sel, bound, by, measures, groups)
    finally:
        con.close()


def _score_tables(con: Any, sel: str, bound: list[Any], by: str, measures: tuple[str, ...],
                  groups: Sequence[str] | None) -> ScoreTables:
    cols = ", ".join(
        f"CAST({_quote(m)} AS DOUBLE) AS {_quote(m)}" for m in measures)
    names = ", ".join(_quote(m) for m in measures)
    # One scan: a grouping set per measure plus one for the group sizes (all measures NULL,
    # told apart by GROUPING_ID, since a measure's own NULLs are not counted anyway).
    sets = ", ".join(f"(_key, {_quote(m)})" for m in measures)
    table = con.sql(
        f"SELECT _key, GROUPING_ID({names}) AS gid, {names}, count(*) AS c FROM "
        f"(SELECT _key, {cols} FROM ({sel})) GROUP BY GROUPING SETS ({sets}, (_key))",
        params=bound).to_arrow_table()
    gid = table.column("gid").to_numpy()
    encoded = table.column("_key").combine_chunks().dictionary_encode()
    key_codes = encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    keys = [str(k) for k in encoded.dictionary.to_pylist()]
    c = table.column("c").to_numpy()
    all_grouped = (1 << len(measures)) - 1
    size_rows = gid == all_grouped
    sizes = {keys[k]: int(n) for k, n in zip(key_codes[size_rows], c[size_rows], strict=True)}
    # GROUPING_ID sets bit (len - 1 - j) for every measure NOT grouped in a row: the row of
    # measure j has every bit but that one.
    measure_of_gid = np.full(all_grouped + 1, -1, dtype=np.int64)
    for j in range(len(measures)):
        measure_of_gid[all_grouped ^ (1 << (len(measures) - 1 - j))] = j
    measure_codes = measure_of_gid[gid]
    # Each row holds its measure's value in that measure's column (the others are NULL).
    values = np.full(gid.size, np.nan)
    for j, m in enumerate(measures):
        mine = measure_codes == j
        values[mine] = table.column(m).to_numpy(zero_copy_only=False)[mine]
    if groups is not None:
        missing = [g for g in groups if g not in sizes]
        if missing:
            raise ValueError(f"no statements for {by} {', '.join(map(repr, missing))} in this "
                             "selection")
    return score_tables_from_codes(by, sizes, keys, key_codes, measure_codes, values, c,
                                   measures=measures, groups=groups)


def voices_from_db(
    source: Any,
    by: str = "outlet",
    *,
    where: str = "",
    params: Sequence[Any] = (),
    outlets: Sequence[str] | None = None,
) -> VoicesTable:
    """Who each outlet (or outlet country) quotes, counted by DuckDB; ``outlets`` limits the
    rows (diversity is then normalised over the groups those outlets quote)."""
    if by not in VOICE_KEYS:
        raise ValueError(f"voices are counted by {' or '.join(VOICE_KEYS)}, not {by!r}")
    sel, bound = _selection(by, where, params, outlets)
    rows = _fetch(source, (
        f'SELECT _key, "group" AS g, anonymous_source AS a, count(*) AS c FROM ({sel}) '
        "GROUP BY ALL"), bound)
    return voices_from_counts(by, rows["_key"], rows["g"], rows["a"], rows["c"])


def category_counts_from_db(
    source: Any,
    by: str,
    kind: str,
    *,
    where: str = "",
    params: Sequence[Any] = (),
    groups: Sequence[str] | None = None,
) -> CategoryCounts:
    """Verb-stance labels (``kind="stance"``) or cue categories (``kind="cues"``) per group."""
    sel, bound = _selection(by, where, params, groups)
    if kind == "stance":
        sql = f"SELECT _key, verb_stance_label AS cat, count(*) AS c FROM ({sel}) GROUP BY ALL"
    elif kind == "cues":
        sql = (f"SELECT _key, cue.score AS cat, count(*) AS c FROM (SELECT _key, "
               f"unnest(cues) AS cue FROM ({sel})) GROUP BY ALL")
    else:
        raise ValueError(f"kind must be 'stance' or 'cues', got {kind!r}")
    rows = _fetch(source, sql, bound)
    if groups is None:
        keys = _fetch(source, f"SELECT DISTINCT _key FROM ({sel}) ORDER BY _key", bound)
        groups = keys["_key"]
    return category_counts_from_rows(kind, by, rows["_key"], rows["cat"], rows["c"],
                                     groups=groups)


def index_terms_from_db(
    source: Any,
    *,
    where: str = "",
    params: Sequence[Any] = (),
    bigrams: bool = False,
    stop_words: frozenset[str] = STOP_WORDS,
    by: str | None = None,
    groups: Sequence[str] | None = None,
) -> TermIndex:
    """A :class:`TermIndex` of the selected statements (build once per corpus version; ``by``
    and ``groups`` narrow it to some groups, e.g. for a one-off command)."""
    if groups is not None and by is None:
        raise ValueError("groups needs by")
    sel, bound = _selection(by, where, params, groups)
    table = _con(source).sql(
        f"SELECT id, statement FROM ({sel}) ORDER BY article_id, start, \"end\"",
        params=bound).to_arrow_table()
    return index_terms(table.column("id"), table.column("statement"), bigrams=bigrams,
                       stop_words=stop_words)


def term_counts_from_db(
    source: Any,
    index: TermIndex,
    by: str,
    *,
    where: str = "",
    params: Sequence[Any] = (),
    groups: Sequence[str] | None = None,
) -> TermCounts:
    """Term counts per group for a selection, from a prebuilt index (fast)."""
    sel, bound = _selection(by, where, params, groups)
    # No ORDER BY: TermIndex.counts puts the selection back in the index's reading order.
    table = _con(source).sql(f"SELECT id, _key FROM ({sel})", params=bound).to_arrow_table()
    ids = table.column("id").to_numpy(zero_copy_only=False)
    keys = table.column("_key").to_numpy(zero_copy_only=False)
    order = list(groups) if groups is not None else sorted(set(keys.tolist()))
    return index.counts(ids, keys, order)


__all__ = [
    "BOOLEAN_COLUMNS",
    "category_counts_from_db",
    "index_terms_from_db",
    "score_tables_from_db",
    "term_counts_from_db",
    "voices_from_db",
]
