"""analysis.vocabulary.index_terms: the piece-wise index gives exactly the tokens of
:func:`tokenize` run statement by statement, whatever the characters; the database path
gives the same index as the text path."""

from __future__ import annotations

from collections import Counter

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import compare_db
from analysis.vocabulary import index_terms, tokenize
from corpus.store import Store
from tests.test_compare import build_compare_db


def _row_counter(index, r: int) -> Counter:
    row = index.matrix[r]
    return Counter({index.terms[c]: int(v) for c, v in zip(row.indices, row.data, strict=True)})


def _first_seen(texts, bigrams: bool) -> list[str]:
    seen: dict[str, None] = {}
    for text in texts:
        toks = tokenize(text, bigrams=bigrams) if text else []
        for t in toks:
            if " " not in t:
                seen.setdefault(t)
    if bigrams:
        for text in texts:
            for t in tokenize(text, bigrams=True) if text else []:
                if " " in t:
                    seen.setdefault(t)
    return list(seen)


def test_counts_by_hand():
    texts = ["Iran's missiles hit Iran; officials said missiles fell.",
             None,
             "",
             "The  officials\tsaid:\nIRAN/Iraq talks",
             "Iran\u2019s so\u2011called talks"]
    index = index_terms(["a", "b", "c", "d", "e"], texts)
    # First appearance order over all statements, stop words ("the") dropped.
    assert index.terms == ("iran", "missiles", "hit", "officials", "said", "fell", "iraq",
                           "talks", "so-called")
    assert _row_counter(index, 0) == Counter({"iran": 2, "missiles": 2, "hit": 1,
                                              "officials": 1, "said": 1, "fell": 1})
    assert _row_counter(index, 1) == Counter() and _row_counter(index, 2) == Counter()
    # A tab, a newline and a double space separate words; "IRAN/Iraq" is two words.
    assert _row_counter(index, 3) == Counter({"officials": 1, "said": 1, "iran": 1, "iraq": 1,
                                              "talks": 1})
    assert _row_counter(index, 4) == Counter({"iran": 1, "so-called": 1, "talks": 1})
    assert list(index.ids) == ["a", "b", "c", "d", "e"]


_ALPHABET = st.sampled_from([
    "a", "B", "z", "1", "_", "-", "'", ".", " ", "  ", "\t", "\n", "\x00", "\u2019", "\u2011",
    "\u03a3", "\u03c3", "\u0130", "\u00e9", "\u0301", "\u00a0", "/", ",", "s", "'s", "the",
    "Iran", "US", "\u2160", "\u00bd", "\U0001d400",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), st.lists(_ALPHABET, max_size=25).map("".join)),
                min_size=1, max_size=8), st.booleans())
def test_index_equals_tokenize_on_any_characters(texts, bigrams):
    index = index_terms([f"s{i}" for i in range(len(texts))], texts, bigrams=bigrams)
    for r, text in enumerate(texts):
        assert _row_counter(index, r) == Counter(tokenize(text, bigrams=bigrams) if text else [])
    assert list(index.terms) == _first_seen(texts, bigrams)


def test_arrow_input_is_the_same_as_python_strings():
    texts = ["Kremlin officials said", None, "officials denied it, Kremlin's aide said"]
    a = index_terms(["1", "2", "3"], texts, bigrams=True)
    b = index_terms(pa.array(["1", "2", "3"]), pa.chunked_array([texts[:2], texts[2:]]),
                    bigrams=True)
    assert a.terms == b.terms and (a.matrix != b.matrix).nnz == 0
    assert list(a.ids) == list(b.ids)


def test_database_index_is_the_text_index(tmp_path):
    db = build_compare_db(tmp_path / "v.duckdb")
    with Store.open(db, read_only=True) as store:
        rows = store.con.execute(
            'SELECT id, statement FROM statements ORDER BY article_id, start, "end"').fetchall()
        for bigrams in (False, True):
            from_db = compare_db.index_terms_from_db(store, bigrams=bigrams)
            from_text = index_terms([r[0] for r in rows], [r[1] for r in rows], bigrams=bigrams)
            assert list(from_db.ids) == [r[0] for r in rows]
            assert from_db.terms == from_text.terms
            assert (from_db.matrix != from_text.matrix).nnz == 0
            for i, (_, text) in enumerate(rows):
                assert _row_counter(from_db, i) == Counter(tokenize(text, bigrams=bigrams))


def test_lookup_by_hash_agrees_with_lookup_by_id(tmp_path):
    db = build_compare_db(tmp_path / "h.duckdb")
    with Store.open(db, read_only=True) as store:
        index = compare_db.index_terms_from_db(store)
        assert index.id_hashes is not None
        table = store.con.sql('SELECT id, hash(id) AS h, "group" AS g FROM statements '
                              "WHERE start % 3 <> 0").to_arrow_table()
    ids, groups = table.column("id"), table.column("g").to_pylist()
    plain = index.counts(ids.to_pylist(), groups)
    hashed = index.counts(ids, groups, id_hashes=table.column("h").to_numpy())
    # Wrong hashes (a collision, say) are caught by comparing the ids found and fall back.
    wrong = index.counts(ids, groups, id_hashes=index.id_hashes[:len(ids)])
    for other in (hashed, wrong):
        assert other.groups == plain.groups and other.terms == plain.terms
        assert (other.counts != plain.counts).nnz == 0
        assert other.statement_ids.tolist() == plain.statement_ids.tolist()
    assert plain.n_statements == len(ids) < len(index.ids)


def test_two_halves_number_pieces_as_one_pass(monkeypatch):
    from analysis import vocabulary

    texts = ["Iran said the talks failed", None, "talks, Iran said", "", "New words here",
             "Iran's new envoy said", "here  the words"] * 3
    ids = [f"s{i}" for i in range(len(texts))]
    serial = index_terms(ids, texts, bigrams=True)
    monkeypatch.setattr(vocabulary, "PARALLEL_TEXTS", 2)
    halves = index_terms(ids, texts, bigrams=True)
    assert halves.terms == serial.terms and (halves.matrix != serial.matrix).nnz == 0
    for n in (3, 2):
        halves = index_terms(ids[:n], texts[:n], bigrams=True)
        for r in range(n):
            assert _row_counter(halves, r) == Counter(
                tokenize(texts[r], bigrams=True) if texts[r] else [])
        assert list(halves.terms) == _first_seen(texts[:n], True)
