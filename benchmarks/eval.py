"""`make eval`: score statement extraction and framing flags against the hand-labelled gold sets.

Both gold sets were written and labelled by hand before the rules were tuned; the held-out
splits (``heldout4``, ``heldout5``, ``heldout6``, ``heldout7``; ``heldout``, ``heldout2`` and ``heldout3`` are retired
into tuning data: see benchmarks/splits.py) is never read while tuning, and every split is reported separately.
"""

from __future__ import annotations

import argparse
import sys

from benchmarks import splits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=splits.CHOICES, default="all")
    parser.add_argument("--errors", action="store_true", help="list the errors too (dev only)")
    parser.add_argument("--show-heldout-errors", action="store_true",
                        help="with --errors, list held-out errors too (only once tuning is over)")
    args = parser.parse_args(argv)

    from benchmarks import eval_framing, eval_statements

    forwarded = ["--split", args.split] + (["--errors"] if args.errors else [])
    forwarded += ["--show-heldout-errors"] if args.show_heldout_errors else []
    print("== Statements, speakers and groups ==")
    rc = eval_statements.main(forwarded)
    print()
    print("== Framing flags ==")
    rc |= eval_framing.main(forwarded)
    return rc


if __name__ == "__main__":
    sys.exit(main())
