"""Framing flags against the hand-labelled gold set ``benchmarks/gold/framing.yaml``.

Each written gold item is a bare statement with the journalist's reporting verb; it is scored
with :func:`analysis.scores.score_text` (one parse per item). The realistic items (``dev6``,
``realheld``, ``heldout9`` to ``heldout13``: gold statements labelled in their gold articles)
are scored in their articles, by the tool's own extraction and ``score_statements`` on the
article text (:mod:`benchmarks.in_article`); an item whose statement the tool does not extract gets no
flag, and the table says how many. Their isolated scores are printed as a second line, so a
change of method shows in the same run. Every item is compared on four flags and the polarity:

- hedged = hedging > 0, boosted = boosting > 0, denial = denial > 0, accusation = accusation > 0
- polarity from the VADER compound of the content: > 0.05 positive, < -0.05 negative, else
  neutral (VADER's own recommended thresholds).

``evaluate_framing(split)`` returns a :class:`FramingEval`; ``main()`` prints a table, with
``--errors`` the misclassified items. Importing this module has no side effects: nothing is
read or parsed until a function is called. Rules are never tuned on the held-out split
(``heldout4``, ``heldout5``, ``heldout6`` and ``heldout7``; see benchmarks/splits.py for the retired ones).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import splits

GOLD_PATH = Path(__file__).parent / "gold" / "framing.yaml"
FLAGS: tuple[str, ...] = ("hedged", "boosted", "denial", "accusation")
LEARNED_FLAGS: tuple[str, ...] = ("denial", "accusation")
POLARITIES: tuple[str, ...] = ("negative", "neutral", "positive")
POLARITY_THRESHOLD = 0.05


@dataclass(frozen=True)
class FlagEval:
    """Precision, recall and F1 of one boolean flag, with the counts behind them."""

    flag: str
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class ItemError:
    """One gold item where a prediction differs from the label."""

    id: str
    field: str
    gold: str
    predicted: str
    statement: str
    verb: str | None
    cues: str
    article: str | None = None  # the gold article of a realistic item
    unmatched: bool = False  # the tool extracted no statement for it (so: no flag)


@dataclass(frozen=True)
class FramingEval:
    """Results on one split."""

    split: str
    n_items: int
    flags: tuple[FlagEval, ...]
    polarity_accuracy: float
    polarity_macro_f1: float
    polarity_confusion: tuple[tuple[str, str, int], ...]  # (gold, predicted, count)
    errors: tuple[ItemError, ...]
    seconds: float
    # denial and accusation by the rules alone (the learned second opinion left out), same items
    rules_only: tuple[FlagEval, ...] = ()
    learned_trained_on: bool = False  # the learned model was trained on this split's items
    # realistic splits: scored in their articles (benchmarks/in_article.py), with the number of
    # articles run, of items whose statement the tool did not extract (scored as no flag) and
    # of items that are no gold statement; ``isolated`` the same items scored alone (the old
    # method), kept so that the change of method shows in the same run
    in_article: bool = False
    n_articles: int = 0
    n_unmatched: int = 0
    n_unplaced: int = 0
    isolated: tuple[FlagEval, ...] = ()

    def flag(self, name: str) -> FlagEval:
        return next(f for f in self.flags if f.flag == name)


def polarity_of(compound: float) -> str:
    if compound > POLARITY_THRESHOLD:
        return "positive"
    if compound < -POLARITY_THRESHOLD:
        return "negative"
    return "neutral"


def load_items(split: str, path: Path = GOLD_PATH) -> list[dict[str, Any]]:
    """Gold items of ``split`` (one of ``benchmarks.splits.SPLITS``, or 'all')."""
    import yaml

    if split != "all":
        splits.expand(split)  # raises on an unknown split
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = data["items"]
    return [i for i in items if split == "all" or i["split"] == split]


def _tally(items: list[dict[str, Any]], scored: list[Any], articles: list[str | None],
           ) -> tuple[dict[str, list[int]], dict[str, list[int]], dict[tuple[str, str], int],
                      list[ItemError]]:
    """Counts (tp fp fn tn per flag, rules alone too), polarity confusion and errors of items
    whose scores are ``scored`` (``None``: the tool gave the item no statement, so no flag)."""
    counts = {f: [0, 0, 0, 0] for f in FLAGS}  # tp fp fn tn
    rule_counts = {f: [0, 0, 0, 0] for f in LEARNED_FLAGS}
    confusion: dict[tuple[str, str], int] = {}
    errors: list[ItemError] = []
    for item, scores, article in zip(items, scored, articles, strict=True):
        frames = ({} if scores is None else
                  {"hedged": scores.hedging, "boosted": scores.boosting,
                   "denial": scores.denial, "accusation": scores.accusation})
        predicted = {f: f in frames and frames[f].value > 0 for f in FLAGS}
        for flag in LEARNED_FLAGS:
            gold = bool(item[flag])
            pred = predicted[flag] and not (frames[flag].label or "").startswith("learned")
            rule_counts[flag][0 if gold and pred else 1 if pred else 2 if gold else 3] += 1
        for flag in FLAGS:
            gold, pred = bool(item[flag]), predicted[flag]
            c = counts[flag]
            c[0 if gold and pred else 1 if pred else 2 if gold else 3] += 1
            if gold != pred:
                errors.append(ItemError(
                    item["id"], flag, str(gold), str(pred), item["statement"], item.get("verb"),
                    "" if scores is None else
                    ", ".join(f"{h.text}[{h.rule}]" for h in frames[flag].cues),
                    article, scores is None,
                ))
        compound = 0.0 if scores is None else scores.sentiment.value
        pol = polarity_of(compound)
        key = (item["polarity"], pol)
        confusion[key] = confusion.get(key, 0) + 1
        if pol != item["polarity"]:
            errors.append(ItemError(
                item["id"], "polarity", item["polarity"], f"{pol} ({compound:+.3f})",
                item["statement"], item.get("verb"),
                "" if scores is None else
                ", ".join(f"{h.text}={h.weight:+.2f}" for h in scores.sentiment.cues),
                article, scores is None,
            ))
    return counts, rule_counts, confusion, errors


def evaluate_framing(split: str = "dev", nlp: Any = None, path: Path = GOLD_PATH,
                     gold_dir: Path | None = None) -> FramingEval:
    """Score every gold item of ``split`` and compare with the labels.

    Written items are scored alone (:func:`analysis.scores.score_text`). Realistic items
    (``dev6``, ``realheld``, ``heldout9``, ``heldout10``, ``heldout11``, ``heldout12``,
    ``heldout13``) are scored in their articles, as the tool scores
    them (:mod:`benchmarks.in_article`; ``gold_dir`` is the statement gold folder, by default
    the project's); their isolated scores are kept as a second set of figures.
    """
    import time

    from analysis.scores import score_text
    from benchmarks.in_article import is_realistic, score_in_articles

    items = load_items(split, path)
    t0 = time.perf_counter()
    isolated = [score_text(item["statement"], item.get("verb"), nlp=nlp) for item in items]
    articles: list[str | None] = [None] * len(items)
    in_article = None
    if is_realistic(split):
        in_article = score_in_articles(split, items, gold_dir, nlp)
        scored = [in_article.placed[item["id"]].scores for item in items]
        articles = [in_article.placed[item["id"]].article for item in items]
    else:
        scored = list(isolated)
    counts, rule_counts, confusion, errors = _tally(items, scored, articles)
    seconds = time.perf_counter() - t0
    n = len(items)
    correct = sum(v for (g, p), v in confusion.items() if g == p)
    f1s = []
    for label in POLARITIES:
        tp = confusion.get((label, label), 0)
        fp = sum(v for (g, p), v in confusion.items() if p == label and g != label)
        fn = sum(v for (g, p), v in confusion.items() if g == label and p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    iso_flags: tuple[FlagEval, ...] = ()
    if in_article is not None:
        iso_counts = _tally(items, isolated, articles)[0]
        iso_flags = tuple(FlagEval(f, *iso_counts[f]) for f in FLAGS)
    return FramingEval(
        split=split,
        n_items=n,
        flags=tuple(FlagEval(f, *counts[f]) for f in FLAGS),
        polarity_accuracy=correct / n if n else 0.0,
        polarity_macro_f1=sum(f1s) / len(f1s),
        polarity_confusion=tuple(sorted((g, p, v) for (g, p), v in confusion.items())),
        errors=tuple(errors),
        seconds=seconds,
        rules_only=tuple(FlagEval(f, *rule_counts[f]) for f in LEARNED_FLAGS),
        learned_trained_on=split in learned_training_splits(),
        in_article=in_article is not None,
        n_articles=in_article.n_articles if in_article else 0,
        n_unmatched=in_article.n_unmatched if in_article else 0,
        n_unplaced=in_article.n_unplaced if in_article else 0,
        isolated=iso_flags,
    )


def learned_training_splits() -> frozenset[str]:
    """Splits the shipped learned model was trained on (empty when it is off or missing)."""
    from analysis.scoring.learned import learned_enabled

    if not learned_enabled():
        return frozenset()
    from analysis.framing_model import load_framing_model

    return frozenset(load_framing_model().train_splits.split(","))


def format_table(result: FramingEval) -> str:
    how = ""
    if result.in_article:
        how = (f"  scored in their articles: {result.n_articles} articles run, "
               f"{result.n_unmatched} items not extracted by the tool (no flag)"
               + (f", {result.n_unplaced} items not found in any gold article"
                  if result.n_unplaced else ""))
    lines = [
        f"split={result.split}  items={result.n_items}  ({result.seconds:.1f}s){how}",
        f"{'flag':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}{'tn':>5}",
    ]
    for f in result.flags:
        lines.append(f"{f.flag:<12}{f.precision:>7.3f}{f.recall:>7.3f}{f.f1:>7.3f}"
                     f"{f.tp:>5}{f.fp:>5}{f.fn:>5}{f.tn:>5}")
    lines.append(f"polarity    accuracy {result.polarity_accuracy:.3f}  "
                 f"macro-F1 {result.polarity_macro_f1:.3f}  (VADER compound, +/-{POLARITY_THRESHOLD})")
    if result.rules_only:
        parts = [f"{f.flag} P {f.precision:.3f} R {f.recall:.3f} F1 {f.f1:.3f}" for f in result.rules_only]
        lines.append("rules alone (no learned second opinion): " + "; ".join(parts))
    if result.isolated:
        parts = [f"{f.flag} P {f.precision:.3f} R {f.recall:.3f} F1 {f.f1:.3f}" for f in result.isolated]
        lines.append("isolated (old method: each statement alone): " + "; ".join(parts))
    if result.learned_trained_on:
        lines.append("note: the learned model was trained on this split's items, so its denial and "
                     "accusation figures here are not a fair measure of it")
    return "\n".join(lines)


def format_errors(result: FramingEval) -> str:
    lines = []
    for e in sorted(result.errors, key=lambda e: (e.field, e.id)):
        verb = f"[{e.verb}] " if e.verb else ""
        where = f" ({e.article}{', not extracted' if e.unmatched else ''})" if e.article else ""
        lines.append(f"{e.id} {e.field:<10} gold={e.gold:<8} pred={e.predicted:<8} {verb}{e.statement}"
                     f"{where}"
                     + (f"\n      cues: {e.cues}" if e.cues else ""))
    return "\n".join(lines)


@dataclass(frozen=True)
class SpeedResult:
    """Throughput of ``score_statement`` against the parse of the same articles."""

    n_articles: int
    n_statements: int
    parse_seconds: float
    score_seconds: float

    @property
    def statements_per_second(self) -> float:
        return self.n_statements / self.score_seconds if self.score_seconds else 0.0

    @property
    def score_to_parse(self) -> float:
        """Scoring time as a share of parsing time (lower is better)."""
        return self.score_seconds / self.parse_seconds if self.parse_seconds else 0.0


def measure_speed(folder: Path | None = None, repeats: int = 3) -> SpeedResult:
    """Parse the demo corpus once, extract its statements, and time scoring them."""
    import time

    from analysis.nlp import load_nlp
    from analysis.scores import score_statement
    from analysis.statements import extract_statements

    folder = folder or Path(__file__).resolve().parents[1] / "corpus" / "demo"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())
             if p.suffix in (".md", ".txt")]
    nlp = load_nlp()
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse = time.perf_counter() - t0
    pairs = [(st, doc) for doc in docs for st in extract_statements(doc)]
    for st, doc in pairs:  # warm the caches (lexicons, VADER) outside the timing
        score_statement(st, doc)
    t0 = time.perf_counter()
    for _ in range(repeats):
        for st, doc in pairs:
            score_statement(st, doc)
    score = (time.perf_counter() - t0) / repeats
    return SpeedResult(len(texts), len(pairs), parse, score)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Evaluate the framing flags against the gold set.")
    parser.add_argument("--split", choices=splits.CHOICES, default="all")
    parser.add_argument("--errors", action="store_true", help="list misclassified items (dev only)")
    parser.add_argument("--show-heldout-errors", action="store_true",
                        help="with --errors, list held-out errors too (only once tuning is over)")
    parser.add_argument("--speed", action="store_true",
                        help="also time score_statement on the demo corpus")
    args = parser.parse_args(argv)
    for k, split in enumerate(splits.expand(args.split)):
        if not load_items(split, GOLD_PATH):
            print(f"\nsplit={split}: no gold items")
            continue
        result = evaluate_framing(split, path=GOLD_PATH)
        if k:
            print()
        print(format_table(result))
        if result.errors and splits.may_show_errors(split, args.errors, args.show_heldout_errors):
            print(format_errors(result))
        elif args.errors and split in splits.HELDOUT:
            print("errors: hidden for a held-out split (--show-heldout-errors once tuning is over)")
    if args.speed:
        sp = measure_speed()
        print(f"\nscore_statement: {sp.statements_per_second:,.0f} statements/s "
              f"({sp.n_statements} statements, {sp.n_articles} articles); scoring takes "
              f"{sp.score_to_parse:.1%} of the parse time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
