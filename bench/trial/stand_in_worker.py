"""A stand-in for ``wismo worker``, used by the trial only while ``bot.worker`` is missing.

It wires the library functions the real worker runs (inbox poller, drafting, paced card
poster, outbox, SLA sweep) in one loop, configured from the environment like the real
one, so the harness can be exercised before the worker lands.  The report says when it
was used; its figures then say nothing about the real worker.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from bot.bootstrap import build_services
from bot.config import Settings
from bot.inbox.from_settings import source_from_url
from bot.inbox.poller import run_poller
from bot.inbox.source import RawMail
from bot.services.outbox import deliver_due
from bot.services.pipeline import draft_pending, process_raw
from bot.services.poster import Pacer, post_due
from bot.sla import SweepConfig, sweep
from bot.slack_client import background_client

SWEEP_SECONDS = 15.0


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    settings = Settings.from_env(os.environ)
    services = build_services(settings)
    client = background_client(settings)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())

    def now() -> datetime:
        return datetime.now(UTC)

    def handle(mail: RawMail) -> None:
        process_raw(services, mail.data, arrived_at=mail.received_at or now())

    source = source_from_url(settings.inbox, state_file=Path.cwd() / "imap.json")
    poller = threading.Thread(
        target=run_poller,
        args=(source, handle),
        kwargs={"interval": settings.inbox_poll_seconds, "stop_event": stop},
        daemon=True,
    )
    poller.start()
    pacer = Pacer()
    config = SweepConfig.from_settings(settings)

    def posting() -> None:
        while not stop.is_set():
            try:
                post_due(services, client, now=now(), pacer=pacer)
            except Exception:
                logging.exception("poster")
                time.sleep(1)
            stop.wait(0.2)

    threading.Thread(target=posting, daemon=True).start()
    last_sweep = 0.0
    while not stop.is_set():
        try:
            draft_pending(services, now=now())
            if services.mailer is not None:
                deliver_due(services.uow_factory, services.mailer, now=now())
            if time.monotonic() - last_sweep >= SWEEP_SECONDS:
                last_sweep = time.monotonic()
                sweep(
                    services.uow_factory, client, now=now(), config=config, policy=services.policy
                )
        except Exception:
            logging.exception("stand-in worker step")
            time.sleep(1)
        stop.wait(0.5)
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
