"""Duplicate detection: normalised text, exact content hashes and near-duplicate MinHash.

Exact duplicates (same normalised text) are skipped at import. Near-duplicates, typically the
same wire story republished with small edits, are kept but flagged, because which outlet ran
which version is itself a finding for a framing study.

Near-duplicates: word 5-shingles, a 64-value MinHash signature, and LSH banding (16 bands of
4 values) to find candidates without comparing every pair; a candidate is confirmed with the
exact Jaccard similarity of the two shingle sets (threshold 0.8). With 4 values per band, two
texts with Jaccard 0.8 share at least one band with probability 1 - (1 - 0.8**4)**16 > 0.999,
texts with Jaccard 0.1 with probability < 0.002.

The hash family is derived from fixed strings, never from a random generator, because the
signatures are stored: changing ``NUM_PERM``, ``SHINGLE`` or the hashing means recomputing
``articles.minhash`` in a schema migration.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 5
NEAR_THRESHOLD = 0.8
# Signature agreement is only an estimate (sd ~0.05 at 64 values); candidates well below the
# threshold are dropped before the exact check.
_PREFILTER = 0.55
_MAX_VERIFY = 8

_PRIME = (1 << 31) - 1  # Mersenne prime: a * h + b stays below 2**62, no uint64 overflow
_CHUNK = 8192  # shingles per step, so a 20 MB article needs a few MB, not gigabytes

_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u00b4": "'", "\u0060": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
        "\u00ad": None,  # soft hyphen: invisible, often inserted by CMSs
        "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
    }
)  # fmt: skip
_WORD_RE = re.compile(r"\w+")
# str.translate looks every character up in the table; the characters it changes are rare, so
# a regex that visits only those does the same several times faster.
_QUOTE_RE = re.compile("[" + re.escape("".join(map(chr, _QUOTES))) + "]")


def _fold_quotes(text: str) -> str:
    """``text.translate(_QUOTES)``."""
    return _QUOTE_RE.sub(lambda m: _QUOTES[ord(m.group())] or "", text)


def normalise(text: str) -> str:
    """Text for comparison only: NFKC, quotes and dashes folded, whitespace collapsed, casefolded.

    Never stored in place of the original; ``articles.norm_text`` is a derived column.
    """
    folded = _fold_quotes(unicodedata.normalize("NFKC", text)).casefold()
    # casefolding can produce compatibility characters again ("ǅ" -> "ǆ"), so normalise once
    # more: the result is then a fixed point (normalise(normalise(x)) == normalise(x))
    folded = _fold_quotes(unicodedata.normalize("NFKC", folded))
    # str.split() and regex \s both split on exactly the str.isspace() characters
    return " ".join(folded.split())


def content_hash(norm_text: str) -> str:
    """sha256 hex digest of already normalised text (see :func:`normalise`)."""
    return hashlib.sha256(norm_text.encode("utf-8")).hexdigest()


def _constants(label: str, n: int) -> np.ndarray:
    values = [
        int.from_bytes(hashlib.sha256(f"framelens-minhash-{label}-{i}".encode()).digest()[:8])
        % (_PRIME - 1)
        + 1
        for i in range(n)
    ]
    return np.array(values, dtype=np.uint64)


_A = _constants("a", NUM_PERM)[:, None]
_B = _constants("b", NUM_PERM)[:, None]
_BAND_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit multiplier; wraps mod 2**64 on purpose
_EMPTY = np.zeros(0, dtype=np.uint64)


def shingles(norm_text: str) -> np.ndarray:
    """Sorted unique hashes (< 2**31) of the word 5-shingles of normalised text.

    A text shorter than five words is one shingle, so it can still equal another short text.
    """
    words = _WORD_RE.findall(norm_text)
    if not words:
        return _EMPTY
    cache: dict[str, int] = {}
    word_hashes = np.fromiter(
        (cache.setdefault(w, zlib.crc32(w.encode("utf-8"))) for w in words),
        dtype=np.uint64,
        count=len(words),
    )
    width = min(SHINGLE, len(words))
    combined = np.zeros(len(words) - width + 1, dtype=np.uint64)
    for k in range(width):
        # polynomial rolling combination of the word hashes, wrapping mod 2**64
        combined = combined * np.uint64(1_000_003) + word_hashes[k : len(words) - width + 1 + k]
    return np.unique(combined % np.uint64(_PRIME))


def minhash(shingle_hashes: np.ndarray) -> np.ndarray:
    """The ``NUM_PERM`` MinHash signature (uint64, each < 2**31) of a shingle set."""
    if shingle_hashes.size == 0:
        return np.full(NUM_PERM, _PRIME, dtype=np.uint64)
    sig = np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
    for i in range(0, shingle_hashes.size, _CHUNK):
        block = shingle_hashes[None, i : i + _CHUNK]
        np.minimum(sig, ((_A * block + _B) % np.uint64(_PRIME)).min(axis=1), out=sig)
    return sig


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted unique hash arrays."""
    if a.size == 0 and b.size == 0:
        return 1.0
    inter = np.intersect1d(a, b, assume_unique=True).size
    return inter / (a.size + b.size - inter)


def band_keys(signatures: np.ndarray) -> np.ndarray:
    """``(n, BANDS)`` uint64 keys: two signatures share a key iff a whole band agrees
    (up to 64-bit collisions)."""
    sig = signatures.reshape(-1, BANDS, ROWS).astype(np.uint64)
    key = np.zeros(sig.shape[:2], dtype=np.uint64)
    for r in range(ROWS):
        key = key * _BAND_MIX + sig[:, :, r]
    return key


@dataclass(frozen=True)
class NearMatch:
    article_id: int
    similarity: float


class NearDuplicateIndex:
    """LSH index over stored signatures, plus articles added since it was built.

    Built once per writing connection from ``articles.minhash`` (about 40 MB per 100k
    articles); the store drops it on rollback or removal, and rebuilds it when next needed.
    """

    def __init__(self, ids: np.ndarray, signatures: np.ndarray) -> None:
        self._ids = ids.astype(np.int64)
        self._sigs = signatures.astype(np.uint32).reshape(-1, NUM_PERM)
        keys = band_keys(self._sigs) if len(self._ids) else np.zeros((0, BANDS), np.uint64)
        self._order = np.argsort(keys, axis=0, kind="stable")
        self._sorted = np.take_along_axis(keys, self._order, axis=0)
        self._new_keys: dict[tuple[int, int], list[int]] = {}
        self._new_sigs: dict[int, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self._ids) + len(self._new_sigs)

    def add(self, article_id: int, signature: np.ndarray) -> None:
        self._new_sigs[article_id] = signature.astype(np.uint32)
        for band, key in enumerate(band_keys(signature[None, :])[0].tolist()):
            self._new_keys.setdefault((band, key), []).append(article_id)

    def candidates(self, signature: np.ndarray) -> list[tuple[int, float]]:
        """Articles sharing a band, with the signature agreement as estimated similarity,
        best first."""
        keys = band_keys(signature[None, :])[0]
        rows: set[int] = set()
        found: set[int] = set()
        for band in range(BANDS):
            column = self._sorted[:, band]
            lo = np.searchsorted(column, keys[band], side="left")
            hi = np.searchsorted(column, keys[band], side="right")
            rows.update(self._order[lo:hi, band].tolist())
            found.update(self._new_keys.get((band, int(keys[band])), ()))
        sig32 = signature.astype(np.uint32)
        scored = [(int(self._ids[row]), float(np.mean(self._sigs[row] == sig32))) for row in rows]
        scored += [(aid, float(np.mean(self._new_sigs[aid] == sig32))) for aid in found]
        scored.sort(key=lambda item: (-item[1], item[0]))
        return scored


def find_near_duplicate(
    index: NearDuplicateIndex,
    signature: np.ndarray,
    shingle_hashes: np.ndarray,
    load_norm_texts: Callable[[Iterable[int]], dict[int, str]],
    threshold: float = NEAR_THRESHOLD,
) -> NearMatch | None:
    """The most similar indexed article with exact Jaccard >= ``threshold``, if any.

    ``load_norm_texts`` fetches the normalised text of candidates, so the index itself holds
    no texts.
    """
    shortlist = [aid for aid, est in index.candidates(signature) if est >= _PREFILTER]
    if not shortlist:
        return None
    texts = load_norm_texts(shortlist[:_MAX_VERIFY])
    best: NearMatch | None = None
    for aid in shortlist[:_MAX_VERIFY]:
        if aid not in texts:
            continue
        sim = jaccard(shingle_hashes, shingles(texts[aid]))
        if sim >= threshold and (best is None or sim > best.similarity):
            best = NearMatch(aid, round(sim, 4))
    return best
