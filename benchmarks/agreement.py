"""Inter-annotator agreement on the framing flags: how far two careful readers agree.

The first labels are the gold set's (``benchmarks/gold/framing.yaml``); the second are a
second annotator's blind labels of some of the same items (``framing_second.yaml``: id and
the four flags). For each flag the script prints Cohen's kappa and the F1 of the second
annotator against the first, per split and overall, so the tool's F1 can be read against what
two humans reach on the same items.

    python -m benchmarks.agreement [--second FILE]
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import yaml

GOLD = Path(__file__).resolve().parent / "gold"
FLAGS = ("hedged", "boosted", "denial", "accusation")


@dataclass(frozen=True)
class Agreement:
    n: int
    both: int  # both annotators flag the item
    first_only: int
    second_only: int

    @property
    def f1(self) -> float:
        """F1 of the second annotator, taking the first as the reference."""
        flagged = 2 * self.both + self.first_only + self.second_only
        return 2 * self.both / flagged if flagged else 1.0

    @property
    def kappa(self) -> float:
        """Cohen's kappa: observed agreement corrected for the agreement chance gives."""
        n = self.n
        if n == 0:
            return 1.0
        neither = n - self.both - self.first_only - self.second_only
        observed = (self.both + neither) / n
        first_yes = (self.both + self.first_only) / n
        second_yes = (self.both + self.second_only) / n
        chance = first_yes * second_yes + (1 - first_yes) * (1 - second_yes)
        return 1.0 if chance == 1 else (observed - chance) / (1 - chance)


def agreement(first: list[bool], second: list[bool]) -> Agreement:
    """Counts of two parallel label lists."""
    if len(first) != len(second):
        raise ValueError("the two label lists differ in length")
    pairs = list(zip(first, second, strict=True))
    return Agreement(len(pairs), sum(a and b for a, b in pairs),
                     sum(a and not b for a, b in pairs), sum(b and not a for a, b in pairs))


def _items(path: Path) -> dict[str, dict]:
    return {str(it["id"]): it for it in yaml.safe_load(path.read_text(encoding="utf-8"))["items"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--second", type=Path, default=GOLD / "framing_second.yaml")
    args = ap.parse_args(argv)
    first = _items(GOLD / "framing.yaml")
    second = _items(args.second)
    missing = sorted(set(second) - set(first))
    if missing:
        raise SystemExit(f"{args.second}: ids not in framing.yaml: {', '.join(missing[:5])}")
    splits = sorted({first[i]["split"] for i in second})
    print(f"{len(second)} items labelled twice ({', '.join(splits)})")
    print(f"{'split':10} " + "  ".join(f"{f:>18}" for f in FLAGS))
    for split in (*splits, "all"):
        ids = [i for i in second if split == "all" or first[i]["split"] == split]
        cells = []
        for flag in FLAGS:
            a = agreement([bool(first[i][flag]) for i in ids], [bool(second[i][flag]) for i in ids])
            cells.append(f"F1 {a.f1:.3f} k {a.kappa:.2f}")
        print(f"{split:10} " + "  ".join(f"{c:>18}" for c in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
