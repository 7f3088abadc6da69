"""``framelens compare`` end to end on the fixture database of tests/test_compare.py."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from app.cli import cli, main
from corpus.store import Store
from tests.test_compare import build_compare_db

FAST = ["--resamples", "199"]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_compare_db(tmp_path_factory.mktemp("cli_compare") / "fixture.duckdb")


@pytest.fixture(scope="module")
def frame(db: Path):
    with Store.open(db, read_only=True) as store:
        return store.statements_arrow(full=True).to_pandas()


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, ["compare", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_json_has_mean_interval_and_n_per_score_per_group(db, frame):
    doc = json.loads(run("--db", str(db), "--format", "json", *FAST))
    assert doc["by"] == "group"
    names = [g["name"] for g in doc["groups"]]
    assert set(names) == set(frame["group"])
    for name in names:
        rows = frame[frame["group"] == name]
        for score in ("sentiment", "denial", "hedged", "anonymous_source"):
            cell = doc["profiles"][name][score]
            assert set(cell) >= {"mean", "ci_low", "ci_high", "n"}
            assert cell["n"] == len(rows)
            assert cell["mean"] == pytest.approx(float(rows[score].mean()))
    nato = doc["profiles"]["NATO"]["sentiment"]
    assert nato["status"] == "too_few" and nato["ci_low"] is None and nato["ci_high"] is None
    rm = doc["profiles"]["Russian military"]["denial"]
    assert rm["ci_low"] <= rm["mean"] <= rm["ci_high"]
    statuses = {d["status"] for d in doc["differences"]}
    assert statuses == {"ok", "too_few", "constant"}
    tested = [d for d in doc["differences"] if d["status"] == "ok"]
    assert doc["settings"]["tests_in_family"] == len(tested)
    assert all(d["p_adjusted"] >= d["p_value"] for d in tested)
    assert set(doc["similarity"]) == {"tfidf", "profile", "stance", "cues"}
    assert doc["similarity"]["tfidf"]["labels"] == names
    vocab = {v["group"]: v for v in doc["vocabulary"]}
    assert "propaganda" in [t["term"] for t in vocab["Russian military"]["terms"]]
    assert doc["voices"] is None  # only for --by outlet or country


def test_groups_scores_and_seed(db):
    args = ["--db", str(db), "--format", "json", "--groups", "Russian military,U.S. government",
            "--scores", "denial,sentiment", *FAST]
    doc = json.loads(run(*args))
    assert [g["name"] for g in doc["groups"]] == ["Russian military", "U.S. government"]
    assert set(doc["profiles"]["Russian military"]) == {"denial", "sentiment"}
    denial = next(d for d in doc["differences"] if d["measure"] == "denial")
    assert denial["p_value"] == pytest.approx(1 / 200)  # clearly separated: at the floor
    assert json.loads(run(*args)) == doc
    other = json.loads(run(*args, "--seed", "5"))
    assert other["profiles"] != doc["profiles"]
    assert doc["settings"]["stop_after"] == 50
    fixed = json.loads(run(*args, "--stop-after", "0"))
    assert fixed["settings"]["stop_after"] is None
    sentiment = next(d for d in fixed["differences"] if d["measure"] == "sentiment")
    assert sentiment["p_value"] * 200 == pytest.approx(round(sentiment["p_value"] * 200))


def test_by_outlet_includes_voices(db):
    doc = json.loads(run("--db", str(db), "--format", "json", "--by", "outlet", *FAST))
    voices = {v["outlet"]: v for v in doc["voices"]}
    assert voices["Reuters"]["n"] == 60
    assert voices["Reuters"]["shares"]["U.S. government"] == pytest.approx(20 / 60)
    assert voices["Fars News"]["anonymous_share"] == pytest.approx(5 / 35)


def test_csv_is_one_tidy_table(db):
    out = run("--db", str(db), "--format", "csv", "--groups", "Russian military,NATO",
              "--scores", "sentiment,hedged", "--words", "2", *FAST)
    rows = list(csv.DictReader(io.StringIO(out)))
    sections = {r["section"] for r in rows}
    assert sections >= {"profile", "difference", "vocabulary", "similarity:tfidf",
                        "similarity:profile"}
    profiles = [r for r in rows if r["section"] == "profile"]
    assert len(profiles) == 4
    nato = next(r for r in profiles if r["group_a"] == "NATO" and r["measure"] == "sentiment")
    assert nato["status"] == "too_few" and nato["ci_low"] == "" and nato["n_a"] == "3"
    diffs = [r for r in rows if r["section"] == "difference"]
    assert {r["status"] for r in diffs} == {"too_few"}


def test_table_output_reads_well(db):
    out = run("--db", str(db), "--groups", "Russian military,NATO", "--scores", "denial",
              *FAST)
    assert "Russian military" in out and "n=55" in out
    assert "too few statements" in out
    assert "Distinctive words" in out and "Similarity (tfidf)" in out


def test_top_limits_groups_and_names_the_rest(db):
    doc = json.loads(run("--db", str(db), "--format", "json", "--top", "2", *FAST))
    assert [g["name"] for g in doc["groups"]] == ["Russian military", "Iranian media"]
    assert doc["omitted_groups"] == ["U.S. government", "unknown", "NATO"]


def _fail(capsys, *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exc:
        main(["compare", *args])
    return exc.value.code, capsys.readouterr().err


def test_errors_are_one_line(db, tmp_path, capsys):
    code, err = _fail(capsys, "--db", str(db), "--groups", "Russian military,Martians")
    assert code == 1 and "Martians" in err and "Traceback" not in err
    code, err = _fail(capsys, "--db", str(db), "--scores", "bravery")
    assert code == 2 and "bravery" in err
    code, err = _fail(capsys, "--db", str(db), "--groups", "NATO")
    assert code == 2 and "at least two" in err
    empty = tmp_path / "empty.duckdb"
    Store.open(empty).close()
    code, err = _fail(capsys, "--db", str(empty))
    assert code == 1 and "import articles first" in err
