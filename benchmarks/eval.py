"""`make eval`: score statement extraction and framing flags against the hand-labelled gold sets.

Both gold sets were written and labelled by hand before the rules were tuned; the ``heldout``
split is never read while tuning and is reported separately.
"""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=["dev", "heldout", "all"], default="all")
    parser.add_argument("--errors", action="store_true", help="list the errors too")
    args = parser.parse_args(argv)

    from benchmarks import eval_framing, eval_statements

    forwarded = ["--split", args.split] + (["--errors"] if args.errors else [])
    print("== Statements, speakers and groups ==")
    rc = eval_statements.main(forwarded)
    print()
    print("== Framing flags ==")
    rc |= eval_framing.main(forwarded)
    return rc


if __name__ == "__main__":
    sys.exit(main())
