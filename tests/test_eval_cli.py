"""`make eval`'s entry points: every split choice reaches both evaluators, the evaluator counts
hits and misses, and held-out errors stay hidden unless asked for by name.

Runs on a tiny gold set written here by hand (not the project's gold set), so the figures are
known in advance."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from benchmarks import eval as eval_cli
from benchmarks import eval_framing, eval_statements, splits

ARTICLE = (
    "MOSCOW — Officials in the capital said on Monday that the convoy had turned back.\n\n"
    "\u201cNothing crossed the border,\u201d said Pavel Orlov, a spokesman for the regional "
    "governor.\n\n"
    "The convoy left the depot at dawn.\n"
)


def _statement(content: str, kind: str, cue: str, speaker: list[str]) -> dict:
    return {"content": content, "kind": kind, "cue": cue, "speaker": speaker,
            "group": "Russian government", "group_country": "RU",
            "group_type": "government", "anonymous": False}


def _write_gold(root: Path, split: str) -> None:
    folder = root / split
    folder.mkdir(parents=True)
    (folder / "01_convoy.txt").write_text(ARTICLE, encoding="utf-8")
    gold = {"article": "01_convoy", "statements": [
        _statement("the convoy had turned back", "reported", "said", ["Officials in the capital"]),
        _statement("Nothing crossed the border", "direct", "said", ["Pavel Orlov"]),
        # Not a statement at all: a gold label the extractor must miss, so recall is 2/3.
        _statement("The convoy left the depot at dawn", "reported", "said", ["nobody"]),
    ]}
    (folder / "01_convoy.yaml").write_text(yaml.safe_dump(gold), encoding="utf-8")


@pytest.fixture
def tiny_gold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for split in ("dev", "heldout4"):
        _write_gold(tmp_path / "statements", split)
    items = [
        {"id": f"t{i}", "split": split, "statement": text, "verb": "said", "hedged": hedged,
         "boosted": False, "denial": False, "accusation": False, "polarity": "neutral"}
        for i, (split, text, hedged) in enumerate([
            ("dev", "The talks may possibly resume next week", True),
            ("dev", "The talks resume on Tuesday", False),
            ("heldout4", "The bridge might perhaps reopen in spring", True),
        ])
    ]
    (tmp_path / "framing.yaml").write_text(yaml.safe_dump({"items": items}), encoding="utf-8")
    monkeypatch.setattr(eval_statements, "GOLD_DIR", tmp_path / "statements")
    monkeypatch.setattr(eval_framing, "GOLD_PATH", tmp_path / "framing.yaml")
    return tmp_path


def test_every_split_choice_expands_to_known_splits() -> None:
    assert splits.expand("all") == splits.SPLITS
    for choice in splits.SPLITS:
        assert splits.expand(choice) == (choice,)
    with pytest.raises(ValueError):
        splits.expand("both")


def test_evaluator_counts_the_miss(nlp, tiny_gold: Path) -> None:
    ev = eval_statements.evaluate_statements("dev", tiny_gold / "statements")
    assert ev.n_gold == 3
    assert ev.recall == pytest.approx(2 / 3)
    assert ev.precision == pytest.approx(1.0)
    assert [e.text for e in ev.errors if e.kind == "miss"] == ["The convoy left the depot at dawn"]


def test_make_eval_runs_every_split_and_hides_heldout_errors(nlp, tiny_gold: Path, capsys) -> None:
    assert eval_cli.main(["--split", "all", "--errors"]) == 0
    out = capsys.readouterr().out
    # both evaluators ran on both splits that exist; the retired ones have no files here
    assert out.count("== statements: dev ") == 1 and out.count("== statements: heldout4 ") == 1
    assert "heldout2: no gold files" in out
    assert "split=dev " in out and "split=heldout4 " in out
    # dev errors listed, held-out ones hidden
    assert out.count("The convoy left the depot at dawn") == 1
    assert out.count("hidden for a held-out split") == 2


def test_heldout_errors_shown_on_request(nlp, tiny_gold: Path, capsys) -> None:
    eval_statements.main(["--split", "heldout4", "--errors", "--show-heldout-errors"])
    assert "The convoy left the depot at dawn" in capsys.readouterr().out


def test_retired_heldout_splits_show_their_errors(nlp, tiny_gold: Path, capsys) -> None:
    # heldout, heldout2 and heldout3 were scored once while held out and then opened for tuning
    (tiny_gold / "statements" / "heldout4").rename(tiny_gold / "statements" / "heldout2")
    eval_statements.main(["--split", "heldout2", "--errors"])
    out = capsys.readouterr().out
    assert "The convoy left the depot at dawn" in out and "hidden for a held-out split" not in out
    assert splits.may_show_errors("heldout", True, False)
    assert splits.may_show_errors("heldout3", True, False)
    assert not splits.may_show_errors("heldout4", True, False)


def test_an_acronym_the_article_defines_and_its_full_name_are_one_body() -> None:
    from benchmarks.eval_statements import same_body

    text = "The state firm Yacimientos de Litio Bolivianos (YLB) signed. YLB said it was pleased."
    assert same_body("YLB", "Yacimientos de Litio Bolivianos", text)
    assert same_body("Yacimientos de Litio Bolivianos", "YLB", text)
    assert not same_body("YLB", "Bolivian government", text)
    assert not same_body("ABC", "Yacimientos de Litio Bolivianos", text)  # not defined here


def test_country_word_variants_name_one_group():
    from benchmarks.eval_statements import same_country_word

    assert same_country_word("Botswanan government", "Botswana government", "BW")
    assert same_country_word("Trinidadian public", "Trinidad and Tobago public", "TT")
    # another body, another country, or no country: not a naming variant
    assert not same_country_word("Botswanan government", "Botswana police", "BW")
    assert not same_country_word("Botswanan government", "Namibian government", "BW")
    assert not same_country_word("Experts", "Botswana experts", None)
    assert not same_country_word("unknown", "Botswana government", "BW")


def _gold(country: str | None, group_type: str) -> eval_statements.GoldStatement:
    return eval_statements.GoldStatement(
        article="01", content=(0, 1), text="x", kind="reported", cue="said", speakers=("X",),
        group="G", group_country=country, group_type=group_type, anonymous=False)


def test_group_error_detail_splits_country_and_type_errors() -> None:
    from analysis.types import ActorRef

    def actor(country: str | None, group_type: str) -> ActorRef:
        return ActorRef("a", "P", country, group_type, False, "rule")

    detail = eval_statements.group_error_detail
    assert detail(actor(None, "government"), _gold("RU", "government"), "country") == "country missing"
    assert detail(actor("RU", "government"), _gold(None, "organisation"), "country") == "country extra"
    assert detail(actor("UA", "government"), _gold("RU", "government"), "country") == "country other"
    assert detail(actor("RU", "government"), _gold("RU", "military"), "type") == "type government->military"
    assert detail(actor("RU", "government"), _gold("RU", "government"), "name") is None
