from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy.exc import StatementError

from bot.db.models import MessageRow
from bot.domain import MessageState

T0 = datetime(2026, 3, 7, 9, 0, tzinfo=UTC)


def _row(message_id: str = "<a@example>", received_at: datetime = T0) -> MessageRow:
    return MessageRow(
        message_id=message_id,
        state=MessageState.RECEIVED,
        received_at=received_at,
        arrived_at=received_at,
        due_at=received_at + timedelta(hours=24),
    )


def test_committed_work_is_kept(uow_factory):
    with uow_factory() as uow:
        pk = uow.messages.add(_row()).id
        uow.commit()
    with uow_factory() as uow:
        row = uow.messages.get(pk)
        assert row is not None
        assert row.state is MessageState.RECEIVED


def test_leaving_without_commit_rolls_back(uow_factory):
    with uow_factory() as uow:
        uow.messages.add(_row())
    with uow_factory() as uow:
        assert uow.messages.by_message_id("<a@example>") is None


def test_an_exception_rolls_back_and_propagates(uow_factory):
    with pytest.raises(RuntimeError, match="boom"), uow_factory() as uow:
        uow.messages.add(_row())
        raise RuntimeError("boom")
    with uow_factory() as uow:
        assert uow.messages.by_message_id("<a@example>") is None


def test_timestamps_come_back_aware_utc_whatever_zone_went_in(uow_factory):
    berlin_morning = datetime(2026, 3, 7, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    with uow_factory() as uow:
        pk = uow.messages.add(_row(received_at=berlin_morning)).id
        uow.commit()
    with uow_factory() as uow:
        row = uow.messages.get(pk)
        assert row.received_at == T0
        assert row.received_at.tzinfo is not None
        assert row.received_at.utcoffset() == timedelta(0)
        # Ordering and comparison in SQL follow real time, not the text of the offset.
        due = uow.messages.open_by_deadline(
            {MessageState.RECEIVED}, due_before=T0 + timedelta(hours=24), limit=10
        )
        assert [r.id for r in due] == [pk]


def test_a_naive_timestamp_is_refused(uow_factory):
    with pytest.raises(StatementError, match="naive datetime"), uow_factory() as uow:
        uow.messages.add(_row(received_at=datetime(2026, 3, 7, 9, 0)))


def test_a_unit_of_work_outside_its_block_says_how_to_use_it(uow_factory):
    uow = uow_factory()
    with pytest.raises(RuntimeError, match="inside `with uow:`"):
        uow.commit()


def test_rows_read_in_a_block_stay_readable_after_it(uow_factory):
    with uow_factory() as uow:
        pk = uow.messages.add(_row()).id
        uow.commit()
    with uow_factory() as uow:
        row = uow.messages.get(pk)
    assert row.message_id == "<a@example>"
    assert row.due_at == T0 + timedelta(hours=24)
