"""Reads that only read do it in a read-only unit of work: on SQLite they do not queue
behind a writer for the write lock (``BEGIN IMMEDIATE``), so a long write never holds
up the metrics scrape or the autopilot's look for due holds."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import update

from bot.db.models import MessageRow
from bot.services.autopilot import send_due
from bot.services.stats import open_by_time_left, outbox_waiting
from tests.db.test_repositories import add_message
from tests.services.helpers import T0

BUCKETS = (("more than 1 h", timedelta(hours=1)), ("overdue", None))

READS: dict[str, Callable[..., object]] = {
    "open_by_time_left": lambda f: open_by_time_left(f, T0, BUCKETS),
    "outbox_waiting": outbox_waiting,
    "autopilot send_due": lambda f: send_due(SimpleNamespace(uow_factory=f), now=T0),
}


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("read", READS.values(), ids=READS.keys())
def test_a_read_does_not_wait_for_a_writer(uow_factory, read):
    with uow_factory() as uow:
        pk = add_message(uow, 1)
        uow.commit()
    done = threading.Event()

    def run() -> None:
        read(uow_factory)
        done.set()

    writer = uow_factory()
    with writer:
        # The writer's transaction holds SQLite's write lock until it ends.
        writer.session.execute(
            update(MessageRow).where(MessageRow.id == pk).values(buyer_name="Changed")
        )
        thread = threading.Thread(target=run)
        thread.start()
        waited = not done.wait(2.0)
        writer.commit()
    thread.join(timeout=30)
    assert done.is_set()
    assert not waited, "the read queued behind the writer"
