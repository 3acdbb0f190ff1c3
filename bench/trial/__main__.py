"""``python -m bench.trial [--full]``: run the field trial and write its report.

Exit 0 when everything that had to hold held, 1 when something did not, 2 when the
trial could not run (no PostgreSQL).

By default the trial starts a PostgreSQL cluster of its own (:mod:`.cluster`: ``initdb``
into a temporary folder, a free port) and restarts only that one.  ``--database URL``
runs it on an existing server instead, which it never restarts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cluster import PrivateCluster, cluster_unavailable, private_cluster
from .metrics import Sample
from .report import render_text, write_report
from .run import TrialConfig, postgres_available, run_trial


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.trial", description=__doc__)
    parser.add_argument(
        "--full",
        action="store_true",
        help="the full week: 2,000 mails, Monday to Sunday at 210x (about 50 minutes), two workers",
    )
    parser.add_argument("--messages", type=int, help="number of mails (default 300, full 2000)")
    parser.add_argument("--speed", type=float, help="simulated seconds per real second")
    parser.add_argument("--workers", type=int, help="worker processes (default 1, full 2)")
    parser.add_argument(
        "--post-interval",
        type=float,
        help="real seconds between two posts to the channel (default 0.2, full 0.3)",
    )
    parser.add_argument(
        "--autopilot",
        action="store_true",
        help="the autopilot week: tracking answers sent without a click after a 10-minute hold",
    )
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("bench/out/trial"),
        help="where trial.json, trial.html and the logs go",
    )
    parser.add_argument(
        "--database",
        help="an existing PostgreSQL the trial may CREATE/DROP a database on (never "
        "restarted); by default the trial starts a cluster of its own and restarts that",
    )
    parser.add_argument(
        "--no-postgres-restart", action="store_true", help="skip the PostgreSQL restart fault"
    )
    parser.add_argument(
        "--code-from",
        metavar="REV",
        help="run the code of this git revision (say HEAD) instead of the working tree",
    )
    args = parser.parse_args(argv)
    if args.database:
        problem = postgres_available(args.database)
        if problem:
            print(f"field trial: {problem}", file=sys.stderr)
            return 2
        return _run(args, args.database, None)
    problem = cluster_unavailable()
    if problem:
        print(f"field trial: {problem}; install PostgreSQL or pass --database", file=sys.stderr)
        return 2
    with private_cluster() as cluster:
        return _run(args, cluster.admin_url, None if args.no_postgres_restart else cluster)


def _run(args: argparse.Namespace, admin_url: str, cluster: PrivateCluster | None) -> int:
    overrides = {
        k: v
        for k, v in {
            "messages": args.messages,
            "speed": args.speed,
            "workers": args.workers,
            "post_interval": args.post_interval,
        }.items()
        if v is not None
    }
    common = dict(
        seed=args.seed,
        out=args.out,
        admin_url=admin_url,
        cluster=cluster,
        code_from=args.code_from,
        autopilot=args.autopilot,
    )
    config = (TrialConfig.full if args.full else TrialConfig.reduced)(**common, **overrides)
    real = config.days * 86400 / config.speed
    print(
        f"field trial ({config.mode}): {config.messages} mails from {config.start:%a %Y-%m-%d} "
        f"over {config.days:g} simulated days at {config.speed:g}x ({real:.0f} s real, "
        f"plus start-up and up to {config.drain:.0f} s of draining), "
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
