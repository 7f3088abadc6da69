"""Database-side aggregation for comparisons: the counting happens in DuckDB, the statistics
in :mod:`analysis.compare`, :mod:`analysis.similarity`, :mod:`analysis.voices` and
:mod:`analysis.vocabulary`.

Every function takes ``source``, a :class:`corpus.store.Store` (its ``con`` is used) or a
DuckDB connection to a database with the documented schema (docs/design.md), plus an
optional ``where``: a trusted SQL condition over the export column names (``"group"``,
``outlet``, ``country``, ``published``, the scores, ...), with ``?`` placeholders bound from
``params``, exactly as in ``Store.statements_arrow``. ``by`` and the measures are checked
against fixed lists before they reach SQL; user values only ever travel as parameters.

What comes back is small: for the scores, one row per group and combination of the
few-valued scores' values plus one per (group, distinct sentiment), so a selection of 100,000
statements arrives in some tens of thousands of rows at most. The exception is the term
index (:func:`index_terms_from_db`): tokens are counted per statement, so its texts come
over once per data version.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd
import pyarrow.compute as pc

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


# The statement rows alone, when nothing asked for needs the article's columns: the writer
# stores statements only for existing articles and deletes them with their article, so the
# join would keep every row anyway, at a quarter of a comparison's query time.
_STATEMENT_ROWS = "SELECT s.* FROM statements s"
_ARTICLE_COLUMNS = re.compile(r"\b(source|outlet|title|country|published)\b", re.IGNORECASE)


def _selection(by: str | None, where: str, params: Sequence[Any],
               groups: Sequence[str] | None, rows: str | None = None) -> tuple[str, list[Any]]:
    """SQL for the selected rows with the compared key as ``_key``, and its parameters."""
    if rows is None:
        needs_article = _ARTICLE_COLUMNS.search(f"{by or ''} {where}") is not None
        rows = _ROWS if needs_article else _STATEMENT_ROWS
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


# Measures with many distinct values (a continuous score) get a GROUP BY of their own; the
# others are counted together, one row per combination of their values, which stays small
# (a few thousand rows at 100,000 statements) and is summed per measure afterwards.
SPREAD_MEASURES: tuple[str, ...] = ("sentiment",)


def _score_tables(con: Any, sel: str, bound: list[Any], by: str, measures: tuple[str, ...],
                  groups: Sequence[str] | None) -> ScoreTables:
    narrow = [m for m in measures if m not in SPREAD_MEASURES]
    spread = [m for m in measures if m in SPREAD_MEASURES]
    cols = ", ".join(f"CAST({_quote(m)} AS DOUBLE) AS {_quote(m)}" for m in measures)
    # One scan feeding one grouping set for the narrow measures together and one per spread
    # measure, told apart by GROUPING_ID (a bit set for each column not grouped; spread
    # columns first, so the bits of measure j of ``spread`` sit above all narrow ones).
    flags = ", ".join(_quote(m) for m in [*spread, *narrow])
    sets = ([f"(_key, {', '.join(_quote(m) for m in narrow)})"] if narrow else []) + \
        [f"(_key, {_quote(m)})" for m in spread]
    table = con.sql(
        f"SELECT _key, GROUPING_ID({flags}) AS gid, {flags}, count(*) AS c FROM "
        f"(SELECT _key, {cols} FROM ({sel})) GROUP BY GROUPING SETS ({', '.join(sets)})",
        params=bound).to_arrow_table()
    gid = table.column("gid").to_numpy()
    width = len(spread) + len(narrow)
    full = (1 << width) - 1
    part = np.full(gid.size, -2, dtype=np.int64)
    part[gid == full ^ ((1 << len(narrow)) - 1)] = -1
    for j in range(len(spread)):
        part[gid == full ^ (1 << (width - 1 - j))] = j
    encoded = table.column("_key").combine_chunks().dictionary_encode()
    key_codes = encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    keys = [str(k) for k in encoded.dictionary.to_pylist()]
    c = table.column("c").to_numpy().astype(np.int64)
    # Every part counts each statement once: the first one gives the group sizes.
    first = part == (-1 if narrow else 0)
    n = np.bincount(key_codes[first], weights=c[first], minlength=len(keys))
    sizes = {keys[k]: int(n[k]) for k in np.unique(key_codes[first])}
    if groups is not None:
        missing = [g for g in groups if g not in sizes]
        if missing:
            raise ValueError(f"no statements for {by} {', '.join(map(repr, missing))} in this "
                             "selection")
    index = {m: j for j, m in enumerate(measures)}
    rows_k, rows_m, rows_v, rows_c = [], [], [], []
    for m in narrow:
        # This measure's counts per (group, value): the combinations summed over the others.
        codes, uniques = pd.factorize(table.column(m).to_numpy(zero_copy_only=False)[first])
        seen = codes >= 0  # NULL (not scored) is not a value
        per = np.bincount(key_codes[first][seen] * len(uniques) + codes[seen],
                          weights=c[first][seen], minlength=len(keys) * len(uniques))
        cell = np.flatnonzero(per)
        rows_k.append(cell // len(uniques))
        rows_m.append(np.full(cell.size, index[m]))
        rows_v.append(np.asarray(uniques, dtype=np.float64)[cell % len(uniques)])
        rows_c.append(per[cell].astype(np.int64))
    for j, m in enumerate(spread):
        mine = part == j
        rows_k.append(key_codes[mine])
        rows_m.append(np.full(int(mine.sum()), index[m]))
        rows_v.append(table.column(m).to_numpy(zero_copy_only=False)[mine])
        rows_c.append(c[mine])
    return score_tables_from_codes(
        by, sizes, keys, np.concatenate(rows_k), np.concatenate(rows_m),
        np.concatenate(rows_v).astype(np.float64), np.concatenate(rows_c),
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
        f"SELECT id, hash(id) AS h, statement FROM ({sel}) "
        "ORDER BY article_id, start, \"end\"", params=bound).to_arrow_table()
    index = index_terms(table.column("id"), table.column("statement"), bigrams=bigrams,
                        stop_words=stop_words)
    return replace(index, id_hashes=table.column("h").to_numpy())


def count_terms_from_db(
    source: Any,
    by: str,
    *,
    where: str = "",
    params: Sequence[Any] = (),
    groups: Sequence[str] | None = None,
    bigrams: bool = False,
    stop_words: frozenset[str] = STOP_WORDS,
) -> TermCounts:
    """Term counts per group of a one-off selection: the index of exactly those statements
    and their counts from one query (what :func:`index_terms_from_db` then
    :func:`term_counts_from_db` give, without reading the selection twice)."""
    sel, bound = _selection(by, where, params, groups)
    table = _con(source).sql(
        f"SELECT id, statement, _key FROM ({sel}) ORDER BY article_id, start, \"end\"",
        params=bound).to_arrow_table()
    index = index_terms(table.column("id"), table.column("statement"), bigrams=bigrams,
                        stop_words=stop_words)
    keys = table.column("_key")
    order = list(groups) if groups is not None else sorted(pc.unique(keys).to_pylist())
    # Every statement of the index, in its order: no lookup needed.
    return index.counts_at(np.arange(len(keys)), keys, order)


def group_sizes(source: Any, by: str, *, where: str = "", params: Sequence[Any] = ()
                ) -> dict[str, int]:
    """Statements per name of ``by`` in the selection, largest first (then by name)."""
    sel, bound = _selection(by, where, params, None)
    rows = _con(source).sql(f"SELECT _key, count(*) AS n FROM ({sel}) GROUP BY _key",
                            params=bound).fetchall()
    return {str(k): int(n) for k, n in sorted(rows, key=lambda r: (-r[1], str(r[0])))}


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
    table = _con(source).sql(f"SELECT id, hash(id) AS h, _key FROM ({sel})",
                             params=bound).to_arrow_table()
    # Kept as Arrow strings, with the hashes the index was built with: looking 100,000 of
    # them up is then a probe of integers, not a conversion of Python strings.
    keys = table.column("_key")
    order = list(groups) if groups is not None else sorted(pc.unique(keys).to_pylist())
    return index.counts(table.column("id"), keys, order,
                        id_hashes=table.column("h").to_numpy())


__all__ = [
    "BOOLEAN_COLUMNS",
    "category_counts_from_db",
    "count_terms_from_db",
    "group_sizes",
    "index_terms_from_db",
    "score_tables_from_db",
    "term_counts_from_db",
    "voices_from_db",
]
