"""Realistic framing items scored in their articles, as the tool scores them.

The realistic framing splits (``dev6``, ``realheld``, ``heldout9``, ``heldout10``) are the gold statements of
whole gold articles, labelled for framing *in their articles*: an item's ``statement`` is a
gold statement's ``content``. Scoring such an item alone (``score_text`` on the bare
statement) measures something the labels never meant, so here each article is run through the
real pipeline (:func:`analysis.pipeline.analyse_statements`: the tool's extraction and
``score_statements``, learned second opinion included when it is on), each item is placed on
its gold statement's offsets, and the gold statement is matched to the statement the tool
extracted there. An item whose statement the tool did not extract gets what the tool's output
would give it: no statement, so no flag (:class:`InArticle` counts them).

Matching is one-to-one and greedy, best first: a predicted statement and a gold statement
pair when their content spans overlap by at least one character and their word sets reach
the statement evaluator's primary Jaccard threshold (:data:`benchmarks.eval_statements.PRIMARY`),
so "found" means the same here as in the statement figures. Importing this module has no side
effects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Which statement folders hold the articles of each realistic framing split (see
# benchmarks/splits.py: dev6 labels the tuning articles of dev, dev2 and dev3; realheld the
# held-out articles 115-130; heldout9 and heldout10 their own articles 131-138 and 139-146).
REALISTIC_SOURCES: dict[str, tuple[str, ...]] = {
    "dev6": ("dev", "dev2", "dev3"),
    "realheld": ("heldout7", "heldout8"),
    "heldout9": ("heldout9",),
    "heldout10": ("heldout10",),
    "heldout11": ("heldout11",),
    "heldout12": ("heldout12",),
    "heldout13": ("heldout13",),
}


def is_realistic(split: str) -> bool:
    """Whether ``split``'s items are labelled in their articles (scored in them here)."""
    return split in REALISTIC_SOURCES


@dataclass(frozen=True)
class Placed:
    """One framing item in its article: the gold statement it labels, and the tool's scores
    of the statement it extracted there (``None``: not extracted)."""

    item_id: str
    article: str | None  # None: the item's statement is no gold statement of the split's articles
    scores: Any = None  # analysis.types.StatementScores | None
    predicted_text: str | None = None


@dataclass(frozen=True)
class InArticle:
    """Every item of a realistic split, placed and matched."""

    placed: dict[str, Placed]
    n_articles: int

    @property
    def n_unmatched(self) -> int:
        """Items whose gold statement the tool did not extract (scored as no flag)."""
        return sum(1 for p in self.placed.values() if p.article is not None and p.scores is None)

    @property
    def n_unplaced(self) -> int:
        """Items whose statement is no gold statement's content (a gold-data problem)."""
        return sum(1 for p in self.placed.values() if p.article is None)


def place_items(items: Sequence[dict[str, Any]], golds: Sequence[Any]) -> list[int | None]:
    """The index in ``golds`` of the gold statement each item labels (``None`` if none).

    An item labels the gold statement whose ``text`` equals its ``statement``. The items of a
    split run in article order, so when the same words are a gold statement twice, the item
    takes the first one after the previous item's (else the first one).
    """
    where: dict[str, list[int]] = {}
    for k, g in enumerate(golds):
        where.setdefault(g.text, []).append(k)
    out: list[int | None] = []
    last = -1
    for item in items:
        ks = where.get(item["statement"])
        if not ks:
            out.append(None)
            continue
        k = next((x for x in ks if x > last), ks[0])
        out.append(k)
        last = k
    return out


def match_statements(preds: Sequence[tuple[tuple[int, int], str]],
                     golds: Sequence[tuple[tuple[int, int], str]],
                     threshold: float | None = None) -> dict[int, int]:
    """Gold index -> predicted index, one-to-one, for spans ``((start, end), text)`` of one
    article: overlapping spans whose word sets reach ``threshold`` (Jaccard), best first."""
    from benchmarks.eval_statements import PRIMARY, jaccard, words

    threshold = PRIMARY if threshold is None else threshold
    pw = [words(t) for _, t in preds]
    pairs = []
    for j, ((g0, g1), gt) in enumerate(golds):
        gw = words(gt)
        for i, (p0, p1) in enumerate(s for s, _ in preds):
            overlap = min(g1, p1) - max(g0, p0)
            if overlap <= 0:
                continue
            score = jaccard(pw[i], gw)
            if score >= threshold:
                pairs.append((-score, -overlap, j, i))
    pairs.sort()
    used_p: set[int] = set()
    out: dict[int, int] = {}
    for _, _, j, i in pairs:
        if j in out or i in used_p:
            continue
        out[j] = i
        used_p.add(i)
    return out


def score_in_articles(split: str, items: Sequence[dict[str, Any]],
                      gold_dir: Path | None = None, nlp: Any = None) -> InArticle:
    """Run the tool on every article of ``split``'s folders and give each item the scores of
    the statement extracted at its gold statement (see the module note)."""
    from analysis.pipeline import analyse_statements
    from benchmarks import eval_statements

    if nlp is None:
        from analysis.nlp import load_nlp

        nlp = load_nlp()
    gold_dir = Path(gold_dir) if gold_dir is not None else eval_statements.GOLD_DIR
    texts: dict[str, str] = {}
    countries: dict[str, str | None] = {}
    golds: list[Any] = []
    for folder in REALISTIC_SOURCES[split]:
        if not (gold_dir / folder).is_dir():
            continue
        t, g, _, _ = eval_statements.load_gold(folder, gold_dir)
        texts.update(t)
        countries.update(eval_statements.outlets)
        golds.extend(g)
    where = place_items(items, golds)
    wanted = {golds[k].article for k in where if k is not None}
    arts = [a for a in texts if a in wanted]
    scored: dict[int, tuple[Any, str]] = {}  # gold index -> (scores, predicted content)
    by_article: dict[str, list[int]] = {}
    for k, g in enumerate(golds):
        by_article.setdefault(g.article, []).append(k)
    for art, doc in zip(arts, nlp.pipe([texts[a] for a in arts]), strict=True):
        analysed = analyse_statements(doc, countries.get(art))
        ks = by_article[art]
        pairs = match_statements([(st.content, st.content_text) for st, _ in analysed],
                                 [(golds[k].content, golds[k].text) for k in ks])
        for j, i in pairs.items():
            st, sc = analysed[i]
            scored[ks[j]] = (sc, st.content_text)
    placed: dict[str, Placed] = {}
    for item, k in zip(items, where, strict=True):
        if k is None:
            placed[item["id"]] = Placed(item["id"], None)
            continue
        sc, text = scored.get(k, (None, None))
        placed[item["id"]] = Placed(item["id"], golds[k].article, sc, text)
    return InArticle(placed, len(arts))
