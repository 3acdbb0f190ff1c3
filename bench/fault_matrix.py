"""The fault matrix with the production intervals: the database cut at every stage.

The same cells as ``tests/faults`` (bot/testing/fault_matrix.py): the bot in this process,
PostgreSQL reached through a TCP proxy on 127.0.0.1 that resets every connection and
refuses new ones for the cut's length, mail arriving by folder, Maildir and IMAP (the CI
Dovecot on 127.0.0.1:10143; those cells skip without it), drafting, posting, the deadline
sweep, an agent's click and sending.  Afterwards each cell checks that every mail has
exactly one card, every decided reply was sent exactly once, every due deadline ping
fired once and nothing was set aside, and the matrix is printed.

By default it runs in real time with the worker's production intervals (inbox polled every
30 s, drafting 5 s, poster 2 s, outbox 10 s, sweep 60 s) and cuts of 30 s, 3 min and
15 min: each cell takes about as long as its cut plus a few quiet minutes, the whole
matrix most of a working day.  ``--quick`` runs the CI profile instead (small intervals on
a clock the run advances; a few minutes).  ``--stage`` and ``--cut`` pick cells.

    WISMO_TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/test \\
        .venv/bin/python bench/fault_matrix.py [--quick] [--stage posting] [--cut "3 min"]
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.testing.fault_matrix import CI, PRODUCTION, STAGES, Matrix, format_matrix


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the CI profile (minutes)")
    parser.add_argument("--stage", action="append", choices=sorted(STAGES), help="only these")
    parser.add_argument("--cut", action="append", help="only these cut lengths (labels)")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("WISMO_TEST_DATABASE_URL", ""),
        help="PostgreSQL to use (a scratch schema per cell); default WISMO_TEST_DATABASE_URL",
    )
    args = parser.parse_args()
    if not args.database_url.startswith("postgresql"):
        parser.error("needs PostgreSQL: set WISMO_TEST_DATABASE_URL or --database-url")
    profile = CI if args.quick else PRODUCTION
    logging.basicConfig(level=logging.ERROR)  # the outage's warnings are expected
    with (
        tempfile.TemporaryDirectory() as work,
        Matrix(args.database_url, profile, Path(work)) as matrix,
    ):
        for stage, label, length in matrix.cells():
            if (args.stage and stage not in args.stage) or (args.cut and label not in args.cut):
                continue
            result = matrix.run(stage, label, length)
            print(
                f"{STAGES[stage]:<24} {label:>10}: {result.cell_text():<14}"
                f" {result.clock} of clock in {result.seconds:.1f} s",
                flush=True,
            )
        print()
        print(format_matrix(matrix.results, profile))
        return 0 if all(r.ok or r.skipped for r in matrix.results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
