"""A sweep process for the crash and replica tests: ``python -m tests.sla.sweeper``.

    python -m tests.sla.sweeper DB_URL SLACK_BASE_URL START STEP_SECONDS COUNT

Sweeps ``COUNT`` times at ``START``, ``START + STEP``, ... (ISO 8601 times: the clock is
passed in, never read) and prints one line per sweep with its counts.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta

from slack_sdk import WebClient

from bot.db import create_db_engine, sql_uow_factory
from bot.sla import sweep
from tests.sla.conftest import CONFIG


def main(argv: list[str]) -> int:
    db_url, slack_url, start, step, count = argv
    engine = create_db_engine(db_url)
    uow_factory = sql_uow_factory(engine)
    client = WebClient(token="xoxb-test", base_url=slack_url, retry_handlers=[], timeout=30)
    now = datetime.fromisoformat(start)
    for _ in range(int(count)):
        report = sweep(uow_factory, client, now=now, config=CONFIG)
        print(now.isoformat(), report, flush=True)
        now += timedelta(seconds=float(step))
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
