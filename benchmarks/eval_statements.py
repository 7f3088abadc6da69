"""Score statement extraction and attribution against the hand-labelled gold set.

``evaluate_statements("dev")`` parses every ``benchmarks/gold/statements/<split>/*.txt``, runs
``extract_statements`` and matches predictions to gold one-to-one by token overlap (Jaccard of
lower-cased word tokens; greedy, best overlap first). It reports precision/recall/F1 at the
thresholds 0.5 (primary), 0.3 and 0.8, then over the matched pairs: speaker accuracy (the
resolved speaker equals one of the gold strings after normalising, or shares its head noun /
last name), group accuracy, kind accuracy and anonymous-source P/R/F1, plus recall per
construction tag. Importing this module has no side effects.

Usage: python -m benchmarks.eval_statements [--split dev|heldout|heldout2|heldout3|heldout4|all] [--errors] [--speed]
"""

from __future__ import annotations

import argparse
import re
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from benchmarks import splits

GOLD_DIR = Path(__file__).resolve().parent / "gold" / "statements"
THRESHOLDS = (0.3, 0.5, 0.8)
PRIMARY = 0.5
_WORD = re.compile(r"\w+", re.UNICODE)
_DETS = ("the ", "a ", "an ")
_PREPS = frozenset({"of", "for", "at", "in", "from", "on", "with", "to", "by"})


@dataclass(frozen=True)
class GoldStatement:
    article: str
    content: tuple[int, int]
    text: str
    kind: str
    cue: str
    speakers: tuple[str, ...]
    group: str
    group_country: str | None
    group_type: str
    anonymous: bool
    constructions: tuple[str, ...] = ()


@dataclass(frozen=True)
class EvalError:
    """One error for ``--errors``: what went wrong, where, and the text involved."""

    kind: str  # 'false_positive' | 'miss' | 'speaker' | 'group' | 'kind' | 'anonymous' | 'non_statement'
    article: str
    text: str
    detail: str = ""


@dataclass(frozen=True)
class ThresholdScore:
    threshold: float
    precision: float
    recall: float
    f1: float
    matched: int


@dataclass(frozen=True)
class StatementEval:
    """Figures for one split (see module docstring)."""

    split: str
    n_articles: int
    n_gold: int
    n_pred: int
    precision: float
    recall: float
    f1: float
    by_threshold: tuple[ThresholdScore, ...]
    speaker_accuracy: float
    group_accuracy: float
    kind_accuracy: float
    anonymous_precision: float
    anonymous_recall: float
    anonymous_f1: float
    construction_recall: tuple[tuple[str, int, float], ...]
    non_statement_hits: int
    errors: tuple[EvalError, ...] = field(default_factory=tuple)
    # why matched statements got the wrong group (counts only: safe to print for held-out splits)
    group_error_types: tuple[tuple[str, int], ...] = ()
    group_error_details: tuple[tuple[str, int], ...] = ()
    # group accuracy when an acronym the article defines and its full name count as one group
    # (annotators differ on which of the two is the organisation's "own short name"), and so do
    # two ways of writing the group's own country ("Botswanan" / "Botswana government")
    group_accuracy_either_name: float = 0.0
    problems: tuple[str, ...] = field(default_factory=tuple)

    def error_counts(self) -> Counter:
        return Counter(e.kind for e in self.errors)


def words(text: str) -> set[str]:
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    return set(_WORD.findall(text))


def jaccard(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def _norm_speaker(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    s = " ".join(s.split())
    for det in _DETS:
        if s.startswith(det):
            s = s[len(det):]
    return s


def _head(s: str) -> str:
    toks = _norm_speaker(s).split()
    head = ""
    for t in toks:
        if t in _PREPS or t == "who":
            break
        head = t
    if len(head) > 3 and head.endswith("s"):
        head = head[:-1]
    return head


def speaker_matches(pred: str | None, gold: tuple[str, ...]) -> bool:
    """Normalised equality, or the same head noun / last name."""
    if not pred:
        return False
    p = _norm_speaker(pred)
    ph = _head(pred)
    for g in gold:
        if p == _norm_speaker(g):
            return True
        if ph and ph == _head(g):
            return True
    return False


def _nth(text: str, sub: str, n: int) -> int:
    pos = -1
    for _ in range(max(1, n)):
        pos = text.find(sub, pos + 1)
        if pos < 0:
            return -1
    return pos


# the outlet country of each article loaded last (ISO alpha-2 or None), as the pipeline
# passes ``articles.country``
outlets: dict[str, str | None] = {}


def load_gold(split: str, gold_dir: Path = GOLD_DIR) -> tuple[dict[str, str], list[GoldStatement],
                                                              dict[str, list[str]], list[str]]:
    """(texts by article, gold statements, non-statements by article, problems)."""
    folder = gold_dir / split
    texts: dict[str, str] = {}
    outlets.clear()
    gold: list[GoldStatement] = []
    nons: dict[str, list[str]] = {}
    problems: list[str] = []
    for yml in sorted(folder.glob("*.yaml")):
        txt = yml.with_suffix(".txt")
        if not txt.exists():
            problems.append(f"{yml.name}: no .txt beside it")
            continue
        text = txt.read_text(encoding="utf-8")
        art = yml.stem
        texts[art] = text
        data = yaml.safe_load(yml.read_text(encoding="utf-8")) or {}
        for i, st in enumerate(data.get("statements") or []):
            content = str(st.get("content", ""))
            pos = _nth(text, content, int(st.get("occurrence", 1) or 1))
            if not content or pos < 0:
                problems.append(f"{yml.name}: statements[{i}] content not found in the text")
                continue
            sp = st.get("speaker") or []
            if isinstance(sp, str):
                sp = [sp]
            gold.append(GoldStatement(
                article=art, content=(pos, pos + len(content)), text=content,
                kind=str(st.get("kind", "")), cue=str(st.get("cue", "")),
                speakers=tuple(str(x) for x in sp), group=str(st.get("group", "unknown")),
                group_country=st.get("group_country"), group_type=str(st.get("group_type", "unknown")),
                anonymous=bool(st.get("anonymous", False)),
                constructions=tuple(str(c) for c in st.get("constructions") or ()),
            ))
        nons[art] = [str(x) for x in data.get("non_statements") or []]
        outlets[art] = data.get("country") or _outlet_country(str(data.get("outlet") or ""))
    return texts, gold, nons, problems


_LANGUAGE_WORDS = frozenset({"language", "edition", "service", "typography", "version"})


def _outlet_country(outlet: str) -> str | None:
    """The outlet's country when the gold ``outlet`` names exactly one ("invented Kenyan
    daily"); a language ("Persian-language", "English edition") or a region ("Gulf") names
    none."""
    from analysis.registry import load_registry, tokenize

    toks = tokenize(outlet.replace("-language", " language"))
    codes = {code for pos, n, code, _ in load_registry().countries.scan(toks)
             if not (pos + n < len(toks) and toks[pos + n].norm in _LANGUAGE_WORDS)}
    return codes.pop() if len(codes) == 1 else None


def _match(preds: list, golds: list[GoldStatement], threshold: float) -> list[tuple[int, int, float]]:
    pw = [words(p.content_text) for p in preds]
    gw = [words(g.text) for g in golds]
    pairs = []
    for i, a in enumerate(pw):
        for j, b in enumerate(gw):
            if not (a & b):
                continue
            score = jaccard(a, b)
            if score >= threshold:
                pairs.append((score, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for score, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j, score))
    return out


def same_body(a: str, b: str, text: str) -> bool:
    """``a`` and ``b`` name one organisation because the article defines one as the other's
    acronym ("Yacimientos de Litio Bolivianos (YLB)"): then which of the two is the group's
    name is a labelling convention, not a placement."""
    if a == b or "unknown" in (a, b):
        return False
    for long, short in ((a, b), (b, a)):
        if short.isupper() and " " not in short and re.search(
                rf"{re.escape(long)}\s*\(\s*{re.escape(short)}\s*\)", text):
            return True
    return False


def same_country_word(a: str, b: str, country: str | None) -> bool:
    """``a`` and ``b`` differ only in how they write the group's own country ("Botswanan
    government" / "Botswana government", "Trinidadian public" / "Trinidad and Tobago public"):
    which form names the group is a labelling convention, not a placement."""
    if a == b or not country or "unknown" in (a, b):
        return False
    from analysis.registry import load_registry

    c = load_registry().countries.countries.get(country)
    if c is None:
        return False
    forms = sorted({c.adjective, *c.names, *c.demonyms}, key=len, reverse=True)

    def rest(group: str) -> str | None:
        for form in forms:
            if group == form or group.startswith(form + " "):
                return group[len(form):]
        return None

    ra, rb = rest(a), rest(b)
    return ra is not None and ra == rb


def group_error_type(actor, gold: GoldStatement, speaker_ok: bool) -> str:
    """Why a matched statement's group is wrong, as one of a few coarse types.

    ``speaker`` (the speaker itself is wrong), ``unplaced`` (predicted unknown), ``overplaced``
    (gold is unknown), ``country`` (another country), ``type`` (right country, other group
    type), ``name`` (same country and type: another organisation or naming).
    """
    if not speaker_ok:
        return "speaker"
    if actor is None or actor.group == "unknown":
        return "unplaced"
    if gold.group == "unknown":
        return "overplaced"
    if (actor.group_country or None) != (gold.group_country or None):
        return "country"
    if actor.group_type != gold.group_type:
        return "type"
    return "name"


def group_error_detail(actor, gold: GoldStatement, kind: str) -> str | None:
    """A finer, still aggregate, reading of a ``country`` or ``type`` error: whether the country
    was missing, extra or another one, and which type was given for which (no text, so it can
    be printed for held-out splits without showing an error)."""
    if kind == "country":
        pred = (actor.group_country or None) if actor else None
        if pred is None:
            return "country missing"
        if not gold.group_country:
            return "country extra"
        return "country other"
    if kind == "type" and actor is not None:
        return f"type {actor.group_type}->{gold.group_type}"
    return None


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate_statements(split: str, gold_dir: Path = GOLD_DIR) -> StatementEval:
    """Score ``extract_statements`` on one gold split (see benchmarks/splits.py)."""
    from analysis.nlp import load_nlp
    from analysis.statements import extract_statements

    texts, gold, nons, problems = load_gold(split, gold_dir)
    nlp = load_nlp()
    arts = list(texts)
    preds_by: dict[str, list] = {}
    for art, doc in zip(arts, nlp.pipe([texts[a] for a in arts]), strict=True):
        preds_by[art] = extract_statements(doc, outlet_country=outlets.get(art))
    gold_by: dict[str, list[GoldStatement]] = {a: [] for a in arts}
    for g in gold:
        gold_by[g.article].append(g)

    n_pred = sum(len(v) for v in preds_by.values())
    n_gold = len(gold)
    by_thr = []
    errors: list[EvalError] = []
    sp_ok = grp_ok = kind_ok = matched_n = 0
    a_tp = a_fp = a_fn = 0
    cons_total: Counter = Counter()
    cons_hit: Counter = Counter()
    non_hits = 0
    grp_why: Counter = Counter()
    grp_detail: Counter = Counter()
    grp_either = 0
    for thr in THRESHOLDS:
        tp = 0
        for art in arts:
            preds, golds = preds_by[art], gold_by[art]
            pairs = _match(preds, golds, thr)
            tp += len(pairs)
            if thr != PRIMARY:
                continue
            hit_p = {i for i, _, _ in pairs}
            hit_g = {j for _, j, _ in pairs}
            for i, p in enumerate(preds):
                if i not in hit_p:
                    errors.append(EvalError("false_positive", art, p.content_text,
                                            f"{p.method} cue={p.cue!r}"))
            for j, g in enumerate(golds):
                cons_total.update(g.constructions)
                if j in hit_g:
                    cons_hit.update(g.constructions)
                else:
                    errors.append(EvalError("miss", art, g.text, f"cue={g.cue!r} "
                                            f"constructions={','.join(g.constructions)}"))
            for i, j, _ in pairs:
                p, g = preds[i], golds[j]
                matched_n += 1
                resolved = p.speaker.resolved_text if p.speaker else None
                if speaker_matches(resolved, g.speakers):
                    sp_ok += 1
                else:
                    errors.append(EvalError("speaker", art, g.text,
                                            f"pred={resolved!r} gold={list(g.speakers)}"))
                group = p.speaker.actor.group if p.speaker else "unknown"
                if group == g.group or same_body(group, g.group, texts[art]) or (
                        p.speaker and p.speaker.actor.group_country == g.group_country
                        and same_country_word(group, g.group, g.group_country)):
                    grp_either += 1
                if group == g.group:
                    grp_ok += 1
                else:
                    actor = p.speaker.actor if p.speaker else None
                    why = group_error_type(actor, g, speaker_matches(resolved, g.speakers))
                    grp_why[why] += 1
                    detail = group_error_detail(actor, g, why)
                    if detail:
                        grp_detail[detail] += 1
                    errors.append(EvalError("group", art, g.text, f"pred={group!r} gold={g.group!r} "
                                            f"speaker={resolved!r}"))
                if p.kind == g.kind:
                    kind_ok += 1
                else:
                    errors.append(EvalError("kind", art, g.text, f"pred={p.kind} gold={g.kind}"))
                anon = bool(p.speaker and p.speaker.actor.anonymous)
                if anon and g.anonymous:
                    a_tp += 1
                elif anon:
                    a_fp += 1
                    errors.append(EvalError("anonymous", art, g.text, f"pred=True gold=False "
                                            f"speaker={resolved!r}"))
                elif g.anonymous:
                    a_fn += 1
                    errors.append(EvalError("anonymous", art, g.text, f"pred=False gold=True "
                                            f"speaker={resolved!r}"))
            for ns in nons.get(art, []):
                nw = words(ns)
                for p in preds:
                    if nw and jaccard(words(p.content_text), nw) >= PRIMARY:
                        non_hits += 1
                        errors.append(EvalError("non_statement", art, p.content_text,
                                                f"labelled not a statement: {ns!r}"))
        p_, r_, f_ = _prf(tp, n_pred, n_gold)
        by_thr.append(ThresholdScore(thr, p_, r_, f_, tp))
    prim = next(s for s in by_thr if s.threshold == PRIMARY)
    ap, ar, af = _prf(a_tp, a_tp + a_fp, a_tp + a_fn)
    cons = tuple(sorted((c, n, cons_hit[c] / n) for c, n in cons_total.items()))
    return StatementEval(
        split=split, n_articles=len(arts), n_gold=n_gold, n_pred=n_pred,
        precision=prim.precision, recall=prim.recall, f1=prim.f1, by_threshold=tuple(by_thr),
        speaker_accuracy=sp_ok / matched_n if matched_n else 0.0,
        group_accuracy=grp_ok / matched_n if matched_n else 0.0,
        kind_accuracy=kind_ok / matched_n if matched_n else 0.0,
        anonymous_precision=ap, anonymous_recall=ar, anonymous_f1=af,
        construction_recall=cons, non_statement_hits=non_hits,
        errors=tuple(errors), problems=tuple(problems),
        group_error_types=tuple(grp_why.most_common()),
        group_error_details=tuple(grp_detail.most_common()),
        group_accuracy_either_name=grp_either / matched_n if matched_n else 0.0,
    )


def measure_speed(split: str = "dev", repeat: int = 5, gold_dir: Path = GOLD_DIR,
                  texts: list[str] | None = None) -> dict[str, float]:
    """Words/s of ``nlp.pipe`` (bare parse) and of ``extract_statements`` on the parsed docs."""
    from analysis.nlp import load_nlp
    from analysis.statements import extract_statements

    if texts is None:
        texts = list(load_gold(split, gold_dir)[0].values())
    texts = texts * repeat
    n_words = sum(len(t.split()) for t in texts)
    nlp = load_nlp()
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse = time.perf_counter() - t0
    extract_statements(docs[0])  # warm the caches (registry, lexicon)
    t0 = time.perf_counter()
    for d in docs:
        extract_statements(d)
    extract = time.perf_counter() - t0
    return {
        "words": float(n_words),
        "parse_words_per_s": n_words / parse,
        "extract_words_per_s": n_words / extract,
        "end_to_end_vs_parse": parse / (parse + extract),
    }


def _print(ev: StatementEval, show_errors: bool) -> None:
    print(f"\n== statements: {ev.split} ({ev.n_articles} articles, {ev.n_gold} gold, "
          f"{ev.n_pred} predicted)")
    print(f"{'threshold':>10} {'P':>6} {'R':>6} {'F1':>6} {'matched':>8}")
    for s in ev.by_threshold:
        mark = " *" if s.threshold == PRIMARY else ""
        print(f"{s.threshold:>10.1f} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.matched:8d}{mark}")
    print(f"speaker accuracy {ev.speaker_accuracy:.3f}   group accuracy {ev.group_accuracy:.3f}   "
          f"kind accuracy {ev.kind_accuracy:.3f}")
    print(f"group accuracy counting naming variants as one group (an acronym the article "
          f"defines and its full name; 'Botswanan'/'Botswana'): {ev.group_accuracy_either_name:.3f}")
    if ev.group_error_types:
        print("group errors by type: " + ", ".join(f"{k} {n}" for k, n in ev.group_error_types))
    if ev.group_error_details:
        print("  in detail: " + ", ".join(f"{k} {n}" for k, n in ev.group_error_details))
    print(f"anonymous source P {ev.anonymous_precision:.3f} R {ev.anonymous_recall:.3f} "
          f"F1 {ev.anonymous_f1:.3f}   non-statements extracted: {ev.non_statement_hits}")
    if ev.construction_recall:
        print("recall by construction:")
        for c, n, r in ev.construction_recall:
            print(f"  {c:<24} {n:4d}  {r:.3f}")
    for p in ev.problems:
        print(f"gold problem: {p}")
    if show_errors:
        print("errors:", dict(ev.error_counts()))
        for e in ev.errors:
            print(f"  [{e.kind}] {e.article}: {e.text[:100]!r}  {e.detail}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=splits.CHOICES, default="all")
    ap.add_argument("--errors", action="store_true", help="list every error (dev only)")
    ap.add_argument("--show-heldout-errors", action="store_true",
                    help="with --errors, list held-out errors too (only once tuning is over)")
    ap.add_argument("--speed", action="store_true", help="also measure words/s vs the bare parse")
    args = ap.parse_args(argv)
    for split in splits.expand(args.split):
        if not any((GOLD_DIR / split).glob("*.yaml")):
            print(f"\n== statements: {split}: no gold files")
            continue
        show = splits.may_show_errors(split, args.errors, args.show_heldout_errors)
        _print(evaluate_statements(split, GOLD_DIR), show)
        if args.errors and not show:
            print("errors: hidden for a held-out split (--show-heldout-errors once tuning is over)")
    if args.speed:
        s = measure_speed("dev")
        print(f"\nspeed on {int(s['words'])} words: parse {s['parse_words_per_s']:.0f} words/s, "
              f"extract_statements {s['extract_words_per_s']:.0f} words/s, "
              f"end-to-end = {s['end_to_end_vs_parse']:.2f} x bare parse")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
