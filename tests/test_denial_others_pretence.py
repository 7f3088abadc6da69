"""Denial cues that are another party's words or a charge's description, not the speaker's
rebuttal: a negation under a verb of pretence said of someone else ('The police can't pretend
it didn't happen'), and 'never' / 'not' in a relative clause describing the charge ('approved
payments for work that was never carried out'). Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from analysis.scores import score_text


def _denial(text: str, verb: str = "said"):
    return score_text(text, verb=verb).denial


@pytest.mark.parametrize("text", [
    "The guards cannot pretend it did not happen. We all saw it",
    "The mayor's office pretends nothing was ever found in the water",
    "Management will pretend nobody was warned",
])
def test_a_denial_given_as_another_partys_pretence_is_not_the_speakers(text: str) -> None:
    assert _denial(text).value == 0


@pytest.mark.parametrize("text", [
    "We maintain that nothing was hidden from the inspectors",
    "The shipment never left the port",
    "That meeting never took place",
])
def test_the_speakers_own_denial_still_counts(text: str) -> None:
    assert _denial(text).value > 0


def test_whatever_they_claim_is_still_the_speakers_rebuttal() -> None:
    fs = _denial("We settled every bill in March, and the receipts prove it, whatever the "
                 "inspectors now claim")
    assert fs.value > 0


@pytest.mark.parametrize("text", [
    "He billed the council for repairs that were never carried out",
    "The agency paid a contractor for bridges that never existed",
])
def test_never_in_a_relative_clause_describes_the_charge(text: str) -> None:
    assert _denial(text, verb="alleged").value == 0


def test_a_claim_that_was_never_proven_is_still_rebutted() -> None:
    assert _denial("These are claims that were never proven").value > 0


def test_a_cleft_with_a_correction_is_still_a_denial() -> None:
    fs = _denial("It was our own artillery that hit the depot, not an enemy rocket")
    assert fs.value > 0
