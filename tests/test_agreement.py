"""Inter-annotator agreement (benchmarks/agreement.py) against answers worked out by hand."""

from __future__ import annotations

import pytest

from benchmarks.agreement import agreement, main


def test_kappa_and_f1_on_a_worked_example():
    # 10 items: both flag 4, first only 1, second only 1, neither 4
    first = [True] * 5 + [False] * 5
    second = [True] * 4 + [False] + [True] + [False] * 4
    a = agreement(first, second)
    assert (a.both, a.first_only, a.second_only) == (4, 1, 1)
    assert a.f1 == pytest.approx(0.8)
    # observed 0.8; chance 0.5*0.5 + 0.5*0.5 = 0.5; kappa (0.8 - 0.5) / 0.5
    assert a.kappa == pytest.approx(0.6)


def test_perfect_and_chance_agreement():
    assert agreement([True, False, True], [True, False, True]).kappa == pytest.approx(1.0)
    # the second annotator flags everything: agreement is what chance gives
    assert agreement([True, False, True, False], [True] * 4).kappa == pytest.approx(0.0)


def test_lists_of_different_length_are_an_error():
    with pytest.raises(ValueError):
        agreement([True], [True, False])


def test_the_committed_second_labels_score(capsys):
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "labelled twice" in out and "accusation" in out
