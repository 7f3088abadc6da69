"""The gold splits every evaluator knows, and the rule that keeps held-out errors hidden.

``dev`` is read freely while tuning. ``heldout`` (written with the first gold set) and
``heldout2`` (written later by a fresh annotator) were each held out until the end of a
round of tuning and scored once; their figures are recorded in benchmarks/RESULTS.md and
the issue notes. After that they were **retired** into tuning data: their errors may be
read like dev's. ``heldout3`` (a third annotator's batch, written before the third round of
tuning) and ``heldout4`` (a fourth annotator's batch, articles 67-76 and framing items
f616-f735, written without reading the rules) are the held-out splits now, so ``--errors``
lists their errors only when asked for by name with ``--show-heldout-errors``. Each is scored
once, for final figures, and never read while tuning.
"""

from __future__ import annotations

SPLITS: tuple[str, ...] = ("dev", "heldout", "heldout2", "heldout3", "heldout4")
# Scored once each while still held out, then opened for tuning (see the module note).
RETIRED: frozenset[str] = frozenset({"heldout", "heldout2"})
HELDOUT: frozenset[str] = frozenset({"heldout3", "heldout4"})
CHOICES: tuple[str, ...] = (*SPLITS, "all")


def expand(choice: str) -> tuple[str, ...]:
    """The splits a ``--split`` choice stands for (``all``: every split, dev first)."""
    if choice == "all":
        return SPLITS
    if choice not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(CHOICES)}, not {choice!r}")
    return (choice,)


def may_show_errors(split: str, errors: bool, show_heldout: bool) -> bool:
    """Whether ``--errors`` may print this split's errors (held-out: only on explicit request)."""
    return errors and (split not in HELDOUT or show_heldout)
