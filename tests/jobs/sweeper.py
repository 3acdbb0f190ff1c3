"""A sweep process for the crash and replica tests: ``python -m tests.jobs.sweeper``.

    python -m tests.jobs.sweeper DB_URL SLACK_BASE_URL [--no-refresh] [--batch N] [ISO_TIME ...]

Sweeps once at each ``ISO_TIME`` given; without any, reads one ISO time per line from
stdin, sweeps at it and answers one line, so a test can keep several processes on the
same clock (as replicas share wall time).  The clock is passed in, never read.  Each
answer line is the sweep's report.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterable
from datetime import datetime

from slack_sdk import WebClient

from bot.db import create_db_engine, sql_uow_factory
from bot.jobs.sla import sweep
from bot.slack.writer import Pacer, SlackWriter
from tests.jobs.helpers import CONFIG


def main(argv: list[str]) -> int:
    db_url, slack_url, *rest = argv
    config = CONFIG
    if rest[:1] == ["--no-refresh"]:
        config, rest = dataclasses.replace(config, refresh_cards=False), rest[1:]
    if rest[:1] == ["--batch"]:  # small claim batches make replicas interleave
        config, rest = dataclasses.replace(config, batch=int(rest[1])), rest[2:]
    engine = create_db_engine(db_url)
    uow_factory = sql_uow_factory(engine)
    client = WebClient(token="xoxb-test", base_url=slack_url, retry_handlers=[], timeout=30)
    times: Iterable[str] = rest or (line.strip() for line in sys.stdin)
    for at in times:
        report = sweep(
            uow_factory,
            SlackWriter(client, pacer=Pacer(0.0)),
            now=datetime.fromisoformat(at),
            config=config,
        )
        print(report, flush=True)
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
