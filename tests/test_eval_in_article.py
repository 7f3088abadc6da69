"""The framing evaluator scores realistic items in their articles (round 10, engineer C).

``dev6``, ``realheld`` and ``heldout9`` are gold statements labelled in their gold articles:
:mod:`benchmarks.in_article` runs the tool on the article, places each item on its gold
statement and matches it to the statement the tool extracted there. The article and its gold
here were written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import yaml

# --------------------------------------------------------------------------- the evaluator


class _Gold:
    def __init__(self, text: str, content: tuple[int, int]) -> None:
        self.text = text
        self.content = content


def test_items_take_their_gold_statement_in_article_order() -> None:
    from benchmarks.in_article import place_items

    golds = [_Gold("we deny it", (0, 10)), _Gold("prices rose", (20, 31)),
             _Gold("we deny it", (40, 50))]
    items = [{"statement": "we deny it"}, {"statement": "prices rose"},
             {"statement": "we deny it"}, {"statement": "nobody said this"}]
    assert place_items(items, golds) == [0, 1, 2, None]


def test_matching_needs_overlap_and_enough_shared_words_one_to_one() -> None:
    from benchmarks.in_article import match_statements

    golds = [((0, 30), "the ward was closed within hours"), ((40, 60), "we are sorry"),
             ((70, 90), "the river is safe")]
    preds = [((0, 30), "the ward was closed within hours"),
             ((0, 30), "the ward was closed"),               # same place, a worse match
             ((100, 120), "we are sorry"),                   # same words, elsewhere: no match
             ((70, 95), "the river is safe, they said today and yesterday again")]  # too long
    assert match_statements(preds, golds) == {0: 0}


ARTICLE = (
    "Ferry firm accused over late rescue\n\n"
    "SPLIT — Passengers accused the ferry firm Adria Link of a slow rescue after its boat "
    "ran aground on Friday.\n\n"
    "\u201cThe accusation is completely false,\u201d a company spokesman said.\n\n"
    "The firm said it would pay for the passengers' hotels.\n"
)


def _write_realistic(root: Path, folder: str, split: str) -> None:
    d = root / "statements" / folder
    d.mkdir(parents=True)
    (d / "01_ferry.txt").write_text(ARTICLE, encoding="utf-8")
    base = {"kind": "reported", "cue": "said", "speaker": ["x"], "group": "unknown",
            "group_country": None, "group_type": "unknown", "anonymous": False}
    gold = {"article": "01_ferry", "statements": [
        {**base, "content": "The accusation is completely false", "kind": "direct"},
        {**base, "content": "it would pay for the passengers' hotels"},
        # a statement no extractor finds (the headline's gist): scored as no flag
        {**base, "content": "Ferry firm accused over late rescue"},
    ]}
    (d / "01_ferry.yaml").write_text(yaml.safe_dump(gold), encoding="utf-8")
    flags = {"hedged": False, "boosted": False, "accusation": False, "polarity": "neutral"}
    items = [
        {"id": "r1", "split": split, "statement": gold["statements"][0]["content"],
         "verb": "said", "denial": True, **flags},
        {"id": "r2", "split": split, "statement": gold["statements"][1]["content"],
         "verb": "said", "denial": False, **flags},
        {"id": "r3", "split": split, "statement": gold["statements"][2]["content"],
         "verb": "said", "denial": True, **flags},
    ]
    (root / "framing.yaml").write_text(yaml.safe_dump({"items": items}), encoding="utf-8")


def test_realistic_items_are_scored_in_their_articles(nlp, tmp_path: Path) -> None:
    from benchmarks import eval_framing

    _write_realistic(tmp_path, "dev", "dev6")
    ev = eval_framing.evaluate_framing("dev6", nlp=nlp, path=tmp_path / "framing.yaml",
                                       gold_dir=tmp_path / "statements")
    assert ev.in_article and ev.n_articles == 1
    assert ev.n_unmatched == 1 and ev.n_unplaced == 0
    d = ev.flag("denial")
    # in its article the denial is found; the headline item the tool does not extract is a miss
    assert (d.tp, d.fp, d.fn, d.tn) == (1, 0, 1, 1)
    # the isolated method is kept beside it (alone, each item is scored as written)
    iso = next(f for f in ev.isolated if f.flag == "denial")
    assert (iso.tp, iso.fp, iso.fn, iso.tn) == (1, 0, 1, 1)
    table = eval_framing.format_table(ev)
    assert "scored in their articles" in table and "isolated (old method" in table
    assert "not extracted" in eval_framing.format_errors(ev)


def test_held_out_realistic_errors_stay_hidden(nlp, tmp_path: Path, monkeypatch, capsys) -> None:
    from benchmarks import eval_framing, eval_statements

    _write_realistic(tmp_path, "heldout7", "realheld")
    monkeypatch.setattr(eval_statements, "GOLD_DIR", tmp_path / "statements")
    monkeypatch.setattr(eval_framing, "GOLD_PATH", tmp_path / "framing.yaml")
    eval_framing.main(["--split", "realheld", "--errors"])
    out = capsys.readouterr().out
    assert "split=realheld" in out and "scored in their articles" in out
    assert "hidden for a held-out split" in out
    assert "completely false" not in out and "01_ferry" not in out


def test_every_realistic_split_is_a_known_split_with_known_folders() -> None:
    from benchmarks import splits
    from benchmarks.in_article import REALISTIC_SOURCES

    assert set(REALISTIC_SOURCES) <= set(splits.SPLITS)
    for folders in REALISTIC_SOURCES.values():
        assert set(folders) <= set(splits.SPLITS)
    # the held-out realistic splits keep their errors hidden like every held-out split
    assert {"realheld", "heldout9", "heldout10", "heldout11", "heldout12",
            "heldout13"} <= splits.HELDOUT
