"""The gold splits every evaluator knows, and the rule that keeps held-out errors hidden.

``dev`` is read freely while tuning. ``heldout`` (written with the first gold set) and
``heldout2`` (written later by a fresh annotator) were each held out until the end of a
round of tuning and scored once; their figures are recorded in benchmarks/RESULTS.md and
the issue notes. After that they were **retired** into tuning data: their errors may be
read like dev's. ``heldout3`` (a third annotator's batch, written before the third round of
tuning) was scored once at the end of that round (statement F1 .967, speaker .936, group
.691; hedged .972, denial .771, accusation .789) and then retired the same way.
``heldout4`` (a fourth annotator's batch, articles 67-76 and framing items f616-f735,
written during the third round without reading the rules) is the held-out split now:
``--errors`` lists its errors only when asked for by name with ``--show-heldout-errors``,
and nobody tuning reads them. Its aggregate figures were taken at the end of the third
round's main tuning and once more after a short final round (both in the issue notes).
``heldout5`` (a fifth annotator's batch, articles 77-86 and framing items f736-f855, written
at the start of the fourth round, before any of that round's changes were judged) is held
out the same way: both are scored for final figures only. ``dev2`` (articles 87-96, a
tuning batch weighted to hard attribution, written by an annotator who read no rules) was
scored once before any tuning on it, then read like dev. ``dev3`` (articles 97-106 and
framing items f1156-f1305, written at the start of the fifth round by annotators who read no
rules) is scored once, fresh, before any tuning on it; its second half (articles 102-106,
framing f1231-f1305) stays unread while tuning, as a check that the round's rules carry.
``heldout6`` (articles 107-114 and framing items f1306-f1405, written at the start of the sixth
round by an annotator who read no rules) is held out like heldout4 and heldout5: scored for
final figures only, its errors never read. ``heldout7`` (articles 115-122 and framing items
f1406-f1505, written at the start of the seventh round by an annotator who read no rules) is held
out the same way, and so is ``heldout8`` (articles 123-130 and framing items f1506-f1605, written
at the start of the eighth round). ``dev4`` (framing items f2001-f2400, written in the eighth
round by two annotators who read no rules) is training data for the learned framing model
(benchmarks/framing_model/) and is read freely; so is ``dev5`` (f2401-f2900, neutral deed and
event statements with accusation/denial twins, written after the first model was found to call
most past-tense deeds accusations), and ``dev6`` (f3001-f3928: the 928 gold statements of the
tuning articles, labelled for framing in their articles, so that the flags are also measured
on statements as real articles mix them, mostly plain). ``realheld`` (f4001-f4318: the 318 gold
statements of the held-out articles 115-130, labelled for framing in their articles by two
annotators who read no rules) is held out like heldout4-8: the realistic held-out framing set.
``heldout9`` (articles 131-138 and framing items f4401-f4558, written at the start of the ninth
round by an annotator who read no rules) is held out the same way; its framing items are the
whole-article labels of its own gold statements, realistic like realheld. ``heldout10``
(articles 139-146, framing items f4601-f4761, written at the start of the tenth round the same
way, seven of its eight articles with voices of two or more countries) is held out likewise.
``heldout11`` (articles 147-154, framing items f4801-f4979, written at the start of the eleventh
round the same way, in the style of mainstream international copy on rival claims between major
powers: wire, broadcaster, state agency, live blog) is held out likewise. ``heldout12`` (articles
155-162, framing items f5001-f5174, written at the start of the twelfth round the same way, in the
style of national outlets' English editions outside the U.S./UK mainstream on contested events:
Pakistani, Indian, Ukrainian, Israeli, Hong Kong, Kenyan, South Atlantic and Gulf copy) is held out
likewise. ``heldout13`` (articles 163-170, framing items f5201-f5379, written at the start of the
thirteenth round the same way, half in the style of state media's English services, half
international broadcasters' web copy and a fact-check) is held out likewise.
"""

from __future__ import annotations

SPLITS: tuple[str, ...] = ("dev", "dev2", "dev3", "heldout", "heldout2", "heldout3", "heldout4",
                           "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10",
                           "heldout11", "heldout12", "heldout13", "dev4", "dev5", "dev6",
                           "realheld")
# Scored once each while still held out, then opened for tuning (see the module note).
RETIRED: frozenset[str] = frozenset({"heldout", "heldout2", "heldout3"})
HELDOUT: frozenset[str] = frozenset({"heldout4", "heldout5", "heldout6", "heldout7",
                                      "heldout8", "heldout9", "heldout10", "heldout11",
                                      "heldout12", "heldout13", "realheld"})
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
