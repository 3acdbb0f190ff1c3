"""Read-only units of work: no write lock, and nothing written through them."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import update
from sqlalchemy.exc import DBAPIError

from bot.db.models import MessageRow
from tests.db.test_repositories import add_message


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_read_does_not_wait_for_a_writer_holding_the_lock(uow_factory):
    with uow_factory() as uow:
        pk = add_message(uow, 1)
        uow.commit()
    writer = uow_factory()
    with writer:
        # The writer's transaction holds SQLite's write lock until it ends.
        writer.session.execute(
            update(MessageRow).where(MessageRow.id == pk).values(buyer_name="Changed")
        )
        started = time.monotonic()
        with uow_factory().read_only() as reader:
            row = reader.messages.get(pk)
            assert row is not None and row.buyer_name == "Jane"  # the committed snapshot
        assert time.monotonic() - started < 1.0

        # A unit of work that may write queues behind the writer (BEGIN IMMEDIATE).
        done = threading.Event()

        def write_too() -> None:
            with uow_factory() as other:
                other.messages.get(pk)
            done.set()

        thread = threading.Thread(target=write_too)
        thread.start()
        assert not done.wait(0.5)
        writer.commit()
    thread.join(timeout=10)
    assert done.is_set()


def test_a_read_only_unit_of_work_refuses_to_write(uow_factory):
    with uow_factory() as uow:
        pk = add_message(uow, 1)
        uow.commit()
    with uow_factory().read_only() as uow:
        row = uow.messages.get(pk)
        assert row is not None
        row.buyer_name = "Changed"
        with pytest.raises(RuntimeError, match="read-only"):
            uow.session.flush()
        with pytest.raises(RuntimeError, match="read-only"):
            uow.commit()
    with uow_factory().read_only() as uow:
        row = uow.messages.get(pk)
        assert row is not None and row.buyer_name == "Jane"


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_postgres_runs_the_read_only_transaction_read_only(uow_factory):
    with uow_factory() as uow:
        pk = add_message(uow, 1)
        uow.commit()
    with uow_factory().read_only() as uow, pytest.raises(DBAPIError, match="read-only"):
        uow.session.execute(update(MessageRow).where(MessageRow.id == pk).values(buyer_name="X"))
    # The connection goes back to the pool writable again.
    with uow_factory() as uow:
        uow.session.execute(update(MessageRow).where(MessageRow.id == pk).values(buyer_name="Y"))
        uow.commit()
    with uow_factory().read_only() as uow:
        row = uow.messages.get(pk)
        assert row is not None and row.buyer_name == "Y"


def test_marking_an_open_unit_of_work_read_only_is_refused(uow_factory):
    uow = uow_factory()
    with uow, pytest.raises(RuntimeError):
        uow.read_only()
