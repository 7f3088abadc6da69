"""Distinctive vocabulary: weighted log-odds ratios with an informative Dirichlet prior.

Method: Monroe, Colaresi & Quinn (2008), "Fightin' Words: Lexical Feature Selection and
Evaluation for Identifying the Content of Political Conflict", Political Analysis 16(4),
section 3.5. For word w, group i and comparison set j (the rest of the selection, or one other
group), with counts y, totals n and prior pseudo-counts alpha (alpha_0 = their sum):

    delta_w = log((y_iw + a_w) / (n_i + a_0 - y_iw - a_w))
            - log((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
    var(delta_w) ~= 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
    z_w = delta_w / sqrt(var(delta_w))

The prior is informative: a_w = prior_scale * y_w, where y_w is the word's count over all the
compared statements, so alpha_0 = prior_scale * N. The default prior_scale 0.01 (a prior
worth 1% of the corpus) pulls every log-odds toward the corpus-wide rate, which damps words
seen a handful of times without drowning real contrasts between groups of a few thousand
tokens; z then ranks words by evidence, not by raw ratio.

Tokens (:func:`tokenize`, mirrored in SQL by :data:`TOKEN_PATTERN_SQL`): lower-cased runs of
letters/digits, joined by internal hyphens, apostrophes or periods ("so-called", "u.s",
"kremlin's" -> "kremlin"), at least two characters and at least one letter; English stop
words from scikit-learn's ``ENGLISH_STOP_WORDS`` are dropped. Optional bigrams join two
adjacent tokens when neither is a stop word.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

STOP_WORDS: frozenset[str] = frozenset(ENGLISH_STOP_WORDS)
DEFAULT_PRIOR_SCALE = 0.01
DEFAULT_TOP = 20
DEFAULT_MIN_COUNT = 3

# [^\W_] is a Unicode letter or digit in Python; \p{L}\p{N} is the same class in RE2 (DuckDB).
_TOKEN_RE = re.compile(r"[^\W_]+(?:[-'.][^\W_]+)*")
_TOKEN_OR_NUL_RE = re.compile(_TOKEN_RE.pattern + "|\x00")
_LETTER_RE = re.compile(r"[^\W\d_]")
TOKEN_PATTERN_SQL = r"[\p{L}\p{N}]+(?:[-'.][\p{L}\p{N}]+)*"
APOSTROPHES = "\u2019\u2018\u02bc"  # folded to ' before matching
HYPHENS = "\u2010\u2011"  # folded to -


def _fold(text: str) -> str:
    for ch in APOSTROPHES:
        text = text.replace(ch, "'")
    for ch in HYPHENS:
        text = text.replace(ch, "-")
    return text.lower()


def _clean(tok: str) -> str:
    return tok[:-2] if tok.endswith("'s") else tok


def _keep(tok: str, stop_words: frozenset[str]) -> bool:
    return len(tok) >= 2 and tok not in stop_words and _LETTER_RE.search(tok) is not None


def tokenize(text: str, *, bigrams: bool = False,
             stop_words: frozenset[str] = STOP_WORDS) -> list[str]:
    """Tokens of one statement, in order (unigrams, then bigrams if asked). The reference
    for :func:`index_terms`, which does the same for many statements at once."""
    raw = [_clean(t) for t in _TOKEN_RE.findall(_fold(text))]
    keep = [_keep(t, stop_words) for t in raw]
    out = [t for t, k in zip(raw, keep, strict=True) if k]
    if bigrams:
        out.extend(f"{a} {b}" for a, b, ka, kb in zip(raw, raw[1:], keep, keep[1:], strict=False)
                   if ka and kb)
    return out


# --------------------------------------------------------------------------- counts


def _str_index(values: Any) -> pd.Index:
    """Labels as a string Index (vectorised: no per-item Python call on 100,000 ids)."""
    if isinstance(values, pa.Array | pa.ChunkedArray) and pa.types.is_string(values.type):
        return pd.Index(pd.array(values, dtype="str"))  # Arrow strings as they are: no copy
    return pd.Index(values, dtype=object).astype(str)


def _positions(labels: pd.Index, among: Sequence[str]) -> np.ndarray:
    """Where each label stands in ``among`` (distinct), -1 when absent. Arrow's hash lookup
    against a handful of names; pandas would first turn 100,000 labels into objects."""
    if isinstance(labels.array, pd.arrays.ArrowStringArray):
        values = pa.array(labels.array)
        found = pc.index_in(values, value_set=pa.array([str(a) for a in among],
                                                       type=values.type))
        return pc.fill_null(found, -1).to_numpy().astype(np.int64)
    return _str_index(among).get_indexer(labels).astype(np.int64)


@dataclass(frozen=True, eq=False)
class TermIndex:
    """Which terms each statement uses: a (statements x terms) sparse count matrix.

    Build it once per corpus version with :func:`index_terms` (a fifth of a second at 100,000
    statements) and keep it; :meth:`counts` then answers any selection of statements in
    milliseconds.
    """

    ids: pd.Index
    terms: tuple[str, ...]
    matrix: sparse.csr_matrix
    id_hashes: np.ndarray | None = None
    """Optional 64-bit hashes of ``ids`` (as the database computes them), for fast lookup."""

    @functools.cached_property
    def _id_array(self) -> np.ndarray:
        # Converted once: an arrow-backed Index makes a fresh object array on every call.
        return self.ids.to_numpy(dtype=object)

    @functools.cached_property
    def _hash_index(self) -> pd.Index | None:
        if self.id_hashes is None:
            return None
        index = pd.Index(np.asarray(self.id_hashes, dtype=np.uint64))
        return index if index.is_unique else None

    def _rows(self, ids: Sequence[str], id_hashes: np.ndarray | None) -> np.ndarray:
        """Index rows of ``ids``; -1 for an id not in the index."""
        if (id_hashes is not None and self._hash_index is not None
                and isinstance(ids, pa.Array | pa.ChunkedArray)):
            # A probe of 64-bit integers instead of 100,000 strings; then the strings at the
            # rows found are compared with the ids asked for, so a hash collision only means
            # taking the slow way.
            rows = self._hash_index.get_indexer(np.asarray(id_hashes, dtype=np.uint64))
            if rows.size == 0 or rows.min() >= 0:
                found = pc.take(pa.array(self.ids.array), pa.array(rows))
                if pc.all(pc.equal(found.cast(pa.large_string()),
                                   ids.cast(pa.large_string()))).as_py() is True:
                    return rows
        return self.ids.get_indexer(_str_index(ids))

    def counts(self, ids: Sequence[str], groups: Sequence[str],
               group_order: Sequence[str] | None = None, *,
               id_hashes: np.ndarray | None = None) -> TermCounts:
        """Term counts per group for the statements ``ids`` (labelled by ``groups``); the
        selection is kept in index order. ``id_hashes``: the ids' hashes as in
        :attr:`id_hashes`, when the caller has them."""
        if len(ids) != len(groups):
            raise ValueError("ids and groups must have the same length")
        rows = self._rows(ids, id_hashes)
        if np.any(rows < 0):
            missing = [str(i) for i, r in zip(ids, rows, strict=True) if r < 0][:3]
            raise ValueError(f"statement ids not in the term index: {', '.join(missing)}")
        return self.counts_at(rows, groups, group_order)

    def counts_at(self, rows: np.ndarray, groups: Sequence[str],
                  group_order: Sequence[str] | None = None) -> TermCounts:
        """:meth:`counts` for statements given by their rows in the index."""
        rows = np.asarray(rows, dtype=np.int64)
        if len(rows) != len(groups):
            raise ValueError("rows and groups must have the same length")
        group_labels = _str_index(groups)
        order = list(dict.fromkeys(group_order if group_order is not None
                                   else sorted(set(group_labels))))
        stmt_group = _positions(group_labels, order)
        if np.any(stmt_group < 0):
            stray = next(str(g) for g, c in zip(groups, stmt_group, strict=True) if c < 0)
            raise ValueError(f"group {stray!r} is not in group_order")
        # Index order is the order the index was built in (reading order from the database),
        # so statement ids listed for a term come out in that order, whatever order came in.
        by_position = np.argsort(rows, kind="stable")
        rows, stmt_group = rows[by_position], stmt_group[by_position]
        sub = self.matrix[rows]
        # Each stored (statement, term) count added to its statement's group's cell.
        cell = np.repeat(stmt_group, np.diff(sub.indptr)) * sub.shape[1] + sub.indices
        per_group = np.bincount(cell, weights=sub.data, minlength=len(order) * sub.shape[1])
        return TermCounts(
            groups=tuple(order), terms=self.terms,
            counts=sparse.csr_matrix(per_group.reshape(len(order), sub.shape[1])
                                     .astype(np.int64)),
            # Entries are summed per (statement, term), so each counts one statement.
            doc_freq=np.bincount(sub.indices, minlength=sub.shape[1]), n_statements=rows.size,
            per_statement=sub, statement_ids=self._id_array[rows],
            statement_group=stmt_group)


def index_terms(
    ids: Sequence[str],
    texts: Sequence[str | None] | pa.Array | pa.ChunkedArray,
    *,
    bigrams: bool = False,
    stop_words: frozenset[str] = STOP_WORDS,
) -> TermIndex:
    """Tokenise many statements at once; same tokens as :func:`tokenize`.

    ``texts`` may be an Arrow string array (as a database query returns it). Arrow cuts the
    texts at spaces and numbers the distinct pieces (vectorised, in C++); only the distinct
    pieces are tokenised in Python (:func:`index_chunks`).
    """
    if len(ids) != len(texts):
        raise ValueError("ids and texts must have the same length")
    if not isinstance(texts, pa.Array | pa.ChunkedArray):
        texts = pa.array(list(texts), type=pa.string())
    if isinstance(texts, pa.ChunkedArray):
        texts = texts.combine_chunks() if texts.num_chunks else pa.array([], type=pa.string())
    lengths, codes, chunks = _numbered_pieces(texts)
    offsets = np.zeros(len(ids) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    return index_chunks(ids, offsets, codes, chunks, bigrams=bigrams, stop_words=stop_words)


# Below this many texts one thread does it; above, two halves at once (Arrow's kernels
# release the GIL, and the machines this runs on have two cores or more).
PARALLEL_TEXTS = 20_000


def _numbered_pieces(texts: pa.Array) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(pieces per text, number of each piece, the distinct pieces in order of first
    appearance) of the texts cut at spaces."""
    if len(texts) < PARALLEL_TEXTS:
        lengths, encoded = _pieces_of(texts)
        return lengths, encoded.indices.to_numpy(zero_copy_only=False), \
            encoded.dictionary.to_pylist()
    half = len(texts) // 2
    with ThreadPoolExecutor(max_workers=2) as pool:
        (len_a, enc_a), (len_b, enc_b) = pool.map(
            _pieces_of, [texts.slice(0, half), texts.slice(half)])
    # One numbering for both halves: the first half's pieces keep theirs, the second half's
    # new pieces follow in their order of first appearance, as one pass would have it.
    both = pa.concat_arrays([enc_a.dictionary, enc_b.dictionary]).dictionary_encode()
    renumber = both.indices.to_numpy(zero_copy_only=False)[len(enc_a.dictionary):]
    codes = np.concatenate([enc_a.indices.to_numpy(zero_copy_only=False),
                            renumber[enc_b.indices.to_numpy(zero_copy_only=False)]])
    return np.concatenate([len_a, len_b]), codes, both.dictionary.to_pylist()


def _pieces_of(texts: pa.Array) -> tuple[np.ndarray, pa.DictionaryArray]:
    pieces = pc.split_pattern(texts, " ")
    lengths = pc.fill_null(pc.list_value_length(pieces), 0).to_numpy().astype(np.int64)
    # Arrow numbers the pieces in order of first appearance, which index_chunks relies on.
    return lengths, pc.list_flatten(pieces).dictionary_encode()


def index_chunks(
    ids: Sequence[str],
    offsets: np.ndarray,
    chunk_codes: np.ndarray,
    chunks: Sequence[str],
    *,
    bigrams: bool = False,
    stop_words: frozenset[str] = STOP_WORDS,
) -> TermIndex:
    """The :class:`TermIndex` of statements given as runs of space-separated pieces.

    Statement i is the pieces ``chunks[chunk_codes[offsets[i]:offsets[i + 1]]]`` joined by
    spaces; ``chunks`` are distinct and numbered in order of first appearance. A token never
    spans whitespace and folding works character by character, so a statement's tokens are
    its pieces' tokens in order: each distinct piece is tokenised once (a few thousand at
    100,000 statements) and the rest is array arithmetic.
    """
    n = len(ids)
    offsets = np.asarray(offsets, dtype=np.int64)
    occ = np.asarray(chunk_codes, dtype=np.int64)
    if offsets.shape != (n + 1,) or offsets[-1] != occ.size:
        raise ValueError("offsets must delimit chunk_codes, one run per id")
    owner, tok_codes, cleaned = _chunk_tokens(chunks)
    keep_u = np.fromiter((_keep(t, stop_words) for t in cleaned), dtype=bool,
                         count=len(cleaned))
    if bigrams:
        return _index_with_bigrams(ids, offsets, occ, len(chunks), owner, tok_codes, cleaned,
                                   keep_u)
    kept = keep_u[tok_codes]
    # Pieces are in order of first appearance, so numbering their kept tokens in that order
    # numbers the terms as a scan of the statements in order would meet them.
    term_codes, term_uniques = pd.factorize(tok_codes[kept], sort=False)
    terms = tuple(cleaned[t] for t in term_uniques)
    n_kept = np.bincount(owner[kept], minlength=len(chunks))
    per_occ = n_kept[occ]
    if n_kept.size and n_kept.max() <= 1:
        only = np.full(len(chunks), -1, dtype=np.int64)
        only[n_kept == 1] = term_codes
        cols = only[occ]
        cols = cols[cols >= 0]
    else:
        # A piece with several terms ("Iran/Iraq"): each occurrence lists all of them.
        first = np.zeros(len(chunks) + 1, dtype=np.int64)
        np.cumsum(n_kept, out=first[1:])
        total = int(per_occ.sum())
        run_start = np.cumsum(per_occ) - per_occ
        cols = term_codes[np.repeat(first[:-1][occ] - run_start, per_occ) + np.arange(total)]
    cum = np.zeros(occ.size + 1, dtype=np.int64)
    np.cumsum(per_occ, out=cum[1:])
    matrix = sparse.csr_matrix(
        (np.ones(cols.size, dtype=np.int64), cols.astype(np.int64, copy=False), cum[offsets]),
        shape=(n, len(terms)))
    matrix.sum_duplicates()
    return TermIndex(_str_index(ids), terms, matrix)


def _index_with_bigrams(ids: Sequence[str], offsets: np.ndarray, occ: np.ndarray,
                        n_chunks: int, owner: np.ndarray, tok_codes: np.ndarray,
                        cleaned: list[str], keep_u: np.ndarray) -> TermIndex:
    """:func:`index_chunks` with bigrams: pairs need every token of every statement in
    order, stop words included, so the token stream is written out in full."""
    n = len(ids)
    first = np.zeros(n_chunks + 1, dtype=np.int64)
    np.cumsum(np.bincount(owner, minlength=n_chunks), out=first[1:])
    per_occ = np.diff(first)[occ]
    total = int(per_occ.sum())
    if total == 0:
        return TermIndex(_str_index(ids), (), sparse.csr_matrix((n, 0), dtype=np.int64))
    run_start = np.cumsum(per_occ) - per_occ
    tokens = tok_codes[np.repeat(first[:-1][occ] - run_start, per_occ) + np.arange(total)]
    occ_row = np.repeat(np.arange(n), np.diff(offsets))
    rows = np.repeat(occ_row, per_occ)
    keep = keep_u[tokens]
    uni_codes, uni_terms = pd.factorize(tokens[keep], sort=False)
    terms = [cleaned[t] for t in uni_terms]
    nu = len(cleaned)
    pair = (rows[1:] == rows[:-1]) & keep[1:] & keep[:-1]
    left, right = tokens[:-1][pair], tokens[1:][pair]
    pair_codes, pair_uniques = pd.factorize(left * nu + right, sort=False)
    terms.extend(f"{cleaned[p // nu]} {cleaned[p % nu]}" for p in pair_uniques)
    r = np.concatenate([rows[keep], rows[:-1][pair]])
    c = np.concatenate([uni_codes, len(uni_terms) + pair_codes])
    matrix = sparse.csr_matrix((np.ones(r.size, dtype=np.int64), (r, c)),
                               shape=(n, len(terms)))
    matrix.sum_duplicates()
    return TermIndex(_str_index(ids), tuple(terms), matrix)


def _chunk_tokens(chunks: Sequence[str]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """The tokens of the distinct pieces, in order, as ``(owner, codes, cleaned)``: token t
    belongs to piece ``owner[t]`` and reads ``cleaned[codes[t]]`` (stop words included;
    ``cleaned`` is in order of first appearance).

    One regex pass over all pieces joined by NUL, which no token contains and which ends
    case folding's context as a space does (a piece holding a NUL itself means a pass per
    piece instead).
    """
    joined = "\x00".join(chunks)
    if joined.count("\x00") == max(0, len(chunks) - 1):
        found = _TOKEN_OR_NUL_RE.findall(_fold(joined))
        nul = np.fromiter((t == "\x00" for t in found), dtype=bool, count=len(found))
        owner = np.cumsum(nul)[~nul]
        tokens = [t for t in found if t != "\x00"]
    else:
        lists = [_TOKEN_RE.findall(_fold(c)) for c in chunks]
        owner = np.repeat(np.arange(len(chunks)), [len(t) for t in lists])
        tokens = list(itertools.chain.from_iterable(lists))
    if not tokens:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), []
    raw_codes, raw_uniques = pd.factorize(np.asarray(tokens, dtype=object), sort=False)
    clean_codes, clean_uniques = pd.factorize(
        np.asarray([_clean(t) for t in raw_uniques], dtype=object), sort=False)
    return (owner.astype(np.int64), clean_codes[raw_codes].astype(np.int64),
            [str(t) for t in clean_uniques])


@dataclass(frozen=True, eq=False)
class TermCounts:
    """Term counts per compared group for one selection of statements.

    ``counts`` is (groups x terms); ``doc_freq[t]`` the number of selected statements using
    term t; ``per_statement`` (selected statements x terms) with ``statement_ids`` and
    ``statement_group`` tells which statements use a term.
    """

    groups: tuple[str, ...]
    terms: tuple[str, ...]
    counts: sparse.csr_matrix
    doc_freq: np.ndarray
    n_statements: int
    per_statement: sparse.csr_matrix
    statement_ids: np.ndarray
    statement_group: np.ndarray


def count_terms(
    texts: Sequence[str | None],
    groups: Sequence[str],
    ids: Sequence[str] | None = None,
    *,
    bigrams: bool = False,
    stop_words: frozenset[str] = STOP_WORDS,
    group_order: Sequence[str] | None = None,
) -> TermCounts:
    """Term counts per group straight from statement texts (ids default to row numbers)."""
    labels = [str(i) for i in ids] if ids is not None else [str(i) for i in range(len(texts))]
    if len(set(labels)) != len(labels):
        raise ValueError("statement ids must be unique")
    index = index_terms(labels, texts, bigrams=bigrams, stop_words=stop_words)
    return index.counts(labels, groups, group_order)


# --------------------------------------------------------------------------- log-odds


@dataclass(frozen=True)
class DistinctiveTerm:
    """A term that marks a group: z > 0 means the group uses it more than the comparison."""

    term: str
    z: float
    log_odds: float
    count: int
    count_other: int
    n_statements: int
    statement_ids: tuple[str, ...]


@dataclass(frozen=True)
class GroupVocabulary:
    """Top distinctive terms of ``group`` against ``versus`` (``rest`` or another group)."""

    group: str
    versus: str
    n_tokens: int
    terms: tuple[DistinctiveTerm, ...]


REST = "rest"


def log_odds_z(
    y_i: np.ndarray, y_j: np.ndarray, alpha: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(delta, z) per word for counts ``y_i`` against ``y_j`` with prior ``alpha`` (vectors of
    one length; see the module docstring for the formula)."""
    y_i = np.asarray(y_i, dtype=np.float64)
    y_j = np.asarray(y_j, dtype=np.float64)
    alpha = np.asarray(alpha, dtype=np.float64)
    a0 = alpha.sum()
    n_i, n_j = y_i.sum(), y_j.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = (np.log(y_i + alpha) - np.log(n_i + a0 - y_i - alpha)
                 - np.log(y_j + alpha) + np.log(n_j + a0 - y_j - alpha))
        var = 1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)
        z = delta / np.sqrt(var)
    return delta, z


def distinctive_terms(
    counts: TermCounts,
    *,
    versus: str = REST,
    top: int = DEFAULT_TOP,
    min_count: int = DEFAULT_MIN_COUNT,
    prior_scale: float = DEFAULT_PRIOR_SCALE,
    max_ids: int | None = None,
    groups: Iterable[str] | None = None,
) -> tuple[GroupVocabulary, ...]:
    """Top terms of each group by log-odds z.

    ``versus="rest"``: each group against all other compared statements. ``versus="pairs"``:
    each ordered pair (a, b) of groups, a's terms against b. Terms used fewer than
    ``min_count`` times by the group are not listed (they still count in the totals).
    """
    if prior_scale <= 0:
        raise ValueError("prior_scale must be positive")
    if versus not in (REST, "pairs"):
        raise ValueError(f"versus must be 'rest' or 'pairs', got {versus!r}")
    mat = counts.counts.toarray().astype(np.float64) if counts.terms else \
        np.zeros((len(counts.groups), 0))
    total = mat.sum(axis=0)
    alpha = prior_scale * total
    chosen = list(groups) if groups is not None else list(counts.groups)
    for g in chosen:
        if g not in counts.groups:
            raise ValueError(f"no statements for {g!r}; known: {', '.join(counts.groups)}")
    jobs: list[tuple[int, int | None]] = []
    for g in chosen:
        gi = counts.groups.index(g)
        if versus == REST:
            jobs.append((gi, None))
        else:
            jobs.extend((gi, counts.groups.index(h)) for h in chosen if h != g)
    out = []
    for gi, hj in jobs:
        y_i = mat[gi]
        if hj is None:
            y_j = total - y_i
            a = alpha
        else:
            y_j = mat[hj]
            # Pairwise: keep the prior's words to those the pair uses, same scale.
            a = np.where((y_i + y_j) > 0, alpha, 0.0)
        used = a > 0
        delta = np.full(y_i.shape, np.nan)
        z = np.full(y_i.shape, np.nan)
        if used.any() and y_j[used].sum() > 0:
            delta[used], z[used] = log_odds_z(y_i[used], y_j[used], a[used])
        eligible = np.flatnonzero((y_i >= min_count) & (z > 0))
        # Ties (common in small corpora) go to the more frequent, then alphabetically first.
        names = np.asarray(counts.terms, dtype=object)[eligible]
        best = eligible[np.lexsort((names, -y_i[eligible], -z[eligible]))][:top]
        users = _statements_using(counts, best, gi)
        terms = []
        for t, ids in zip(best, users, strict=True):
            terms.append(DistinctiveTerm(
                counts.terms[t], float(z[t]), float(delta[t]), int(y_i[t]), int(y_j[t]),
                len(ids), ids if max_ids is None else ids[:max_ids]))
        out.append(GroupVocabulary(counts.groups[gi],
                                   REST if hj is None else counts.groups[hj],
                                   int(y_i.sum()), tuple(terms)))
    return tuple(out)


def _statements_using(counts: TermCounts, term_indices: np.ndarray, group_index: int
                      ) -> list[tuple[str, ...]]:
    """For each term, the ids of the group's statements that use it (in selection order)."""
    if term_indices.size == 0:
        return []
    in_group = np.flatnonzero(counts.statement_group == group_index)
    cols = counts.per_statement[in_group][:, term_indices].tocsc()
    ids = counts.statement_ids[in_group]
    return [tuple(ids[np.sort(cols.indices[cols.indptr[j]:cols.indptr[j + 1]])].tolist())
            for j in range(term_indices.size)]
