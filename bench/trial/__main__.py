"""``python -m bench.trial [--full]``: run the field trial and write its report.

Exit 0 when everything that had to hold held, 1 when something did not, 2 when the
trial could not run (no PostgreSQL).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .metrics import Sample
from .report import render_text, write_report
from .run import DEFAULT_ADMIN_URL, TrialConfig, postgres_available, run_trial


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.trial", description=__doc__)
    parser.add_argument(
        "--full",
        action="store_true",
        help="the full week: 2,000 mails over 45 minutes (plus draining), two workers",
    )
    parser.add_argument("--messages", type=int, help="number of mails (default 200, full 2000)")
    parser.add_argument("--duration", type=float, help="seconds (default 300, full 2700)")
    parser.add_argument("--workers", type=int, help="worker processes (default 1, full 2)")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("bench/trial/out"),
        help="where trial.json, trial.html and the logs go",
    )
    parser.add_argument(
        "--database",
        default=DEFAULT_ADMIN_URL,
        help="PostgreSQL URL the trial may CREATE/DROP a database from",
    )
    parser.add_argument(
        "--no-postgres-restart", action="store_true", help="skip the PostgreSQL restart fault"
    )
    args = parser.parse_args(argv)
    problem = postgres_available(args.database)
    if problem:
        print(f"field trial: {problem}; start PostgreSQL or pass --database", file=sys.stderr)
        return 2
    overrides = {
        k: v
        for k, v in {
            "messages": args.messages,
            "duration": args.duration,
            "workers": args.workers,
        }.items()
        if v is not None
    }
    common = dict(
        seed=args.seed,
        out=args.out,
        admin_url=args.database,
        restart_postgres=not args.no_postgres_restart,
    )
    config = (TrialConfig.full if args.full else TrialConfig.reduced)(**common, **overrides)
    print(
        f"field trial ({config.mode}): {config.messages} mails, {config.duration:.0f} s, "
        f"{config.webs} web + {config.workers} worker processes",
        flush=True,
    )
    report = run_trial(config)
    samples: list[Sample] = report.pop("samples")
    paths = write_report(config.out, report, samples)
    print(render_text(report))
    print("\nreport: " + ", ".join(str(p) for p in paths))
    return 0 if all(report["figures"]["held"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
