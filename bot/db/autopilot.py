"""The autopilot's tables: holds, the per-day count (the cap) and the on/off switch."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from bot.db.models import AutopilotDayRow, AutopilotHoldRow, MessageRow, SwitchRow
from bot.db.repositories import one_row_changed
from bot.domain import HoldState, MessageState

__all__ = ["AUTOPILOT_SWITCH", "AutopilotRepository"]

AUTOPILOT_SWITCH = "autopilot"


# Read for every card (after every click): built once.
_HOLD_OF = select(AutopilotHoldRow).where(AutopilotHoldRow.message_pk == bindparam("message_pk"))


class AutopilotRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- holds ---------------------------------------------------------------------
    def add_hold(self, row: AutopilotHoldRow) -> AutopilotHoldRow:
        self.session.add(row)
        self.session.flush()
        return row

    def hold_for(self, message_pk: int) -> AutopilotHoldRow | None:
        return self.session.scalars(_HOLD_OF, {"message_pk": message_pk}).one_or_none()

    def get(self, pk: int) -> AutopilotHoldRow | None:
        return self.session.get(AutopilotHoldRow, pk)

    def due(self, *, now: datetime, limit: int) -> list[int]:
        """Holds whose time has come and whose card is in the channel, earliest first
        (ix (state, send_at)).  A hold whose card is not posted yet waits: nobody could
        have seen it, let alone stopped it."""
        return list(
            self.session.scalars(
                select(AutopilotHoldRow.id)
                .join(MessageRow, MessageRow.id == AutopilotHoldRow.message_pk)
                .where(
                    AutopilotHoldRow.state == HoldState.HOLDING,
                    AutopilotHoldRow.send_at <= now,
                    MessageRow.state != MessageState.DRAFTED,
                )
                .order_by(AutopilotHoldRow.send_at, AutopilotHoldRow.id)
                .limit(limit)
            ).all()
        )

    def holding(self) -> Sequence[AutopilotHoldRow]:
        return self.session.scalars(
            select(AutopilotHoldRow).where(AutopilotHoldRow.state == HoldState.HOLDING)
        ).all()

    def end(
        self,
        pk: int,
        *,
        new: HoldState,
        now: datetime,
        by: str | None = None,
        reason: str | None = None,
        expected: Collection[HoldState] = (HoldState.HOLDING,),
        due_by: datetime | None = None,
    ) -> bool:
        """Move a hold out of ``holding`` (conditional UPDATE: one mover wins); ``due_by``:
        only when its ``send_at`` has come.  Bumps the message's version, so its card is
        redrawn."""
        query = update(AutopilotHoldRow).where(
            AutopilotHoldRow.id == pk, AutopilotHoldRow.state.in_(list(expected))
        )
        if due_by is not None:
            query = query.where(AutopilotHoldRow.send_at <= due_by)
        result = self.session.execute(
            query.values(state=new, ended_at=now, ended_by=by, reason=reason).execution_options(
                synchronize_session=False
            )
        )
        moved = one_row_changed(result)
        if moved:
            row = self.session.get(AutopilotHoldRow, pk)
            assert row is not None
            self.session.refresh(row)
            self._touch(row.message_pk)
        return moved

    def _touch(self, message_pk: int) -> None:
        """Bump the message's version: its card is redrawn (card updates are keyed by it)."""
        self.session.execute(
            update(MessageRow)
            .where(MessageRow.id == message_pk)
            .values(version=MessageRow.version + 1)
            .execution_options(synchronize_session=False)
        )
        message = self.session.get(MessageRow, message_pk)
        if message is not None:
            self.session.refresh(message)

    def shorten(self, *, margin: timedelta, now: datetime) -> list[int]:
        """Pull the send time of holds forward to ``due_at - margin`` (never before ``now``):
        a hold must not outlast the deadline's last warning.  The messages whose hold moved."""
        moved: list[int] = []
        for row in self.holding():
            target = max(row.due_at - margin, now)
            if target >= row.send_at:
                continue
            result = self.session.execute(
                update(AutopilotHoldRow)
                .where(
                    AutopilotHoldRow.id == row.id,
                    AutopilotHoldRow.state == HoldState.HOLDING,
                    AutopilotHoldRow.send_at > target,
                )
                .values(send_at=target)
                .execution_options(synchronize_session=False)
            )
            if one_row_changed(result):
                self._touch(row.message_pk)
                moved.append(row.message_pk)
        return moved

    # -- the daily cap -------------------------------------------------------------
    def sent_on(self, day: str) -> int:
        row = self.session.get(AutopilotDayRow, day)
        return row.sent if row is not None else 0

    def count_send(self, day: str, *, cap: int) -> bool:
        """Count one send on ``day`` unless ``cap`` is reached (False then)."""
        dialect = self.session.get_bind().dialect.name
        insert: Any = pg_insert if dialect == "postgresql" else sqlite_insert
        self.session.execute(
            insert(AutopilotDayRow).values(day=day, sent=0).on_conflict_do_nothing()
        )
        result = self.session.execute(
            update(AutopilotDayRow)
            .where(AutopilotDayRow.day == day, AutopilotDayRow.sent < cap)
            .values(sent=AutopilotDayRow.sent + 1)
            .execution_options(synchronize_session=False)
        )
        return one_row_changed(result)

    # -- the switch ----------------------------------------------------------------
    def switch(self, name: str = AUTOPILOT_SWITCH) -> SwitchRow | None:
        return self.session.get(SwitchRow, name)

    def set_switch(self, on: bool, *, by: str, now: datetime, name: str = AUTOPILOT_SWITCH) -> None:
        row = self.session.get(SwitchRow, name)
        if row is None:
            self.session.add(SwitchRow(name=name, enabled=on, changed_by=by, changed_at=now))
        else:
            row.enabled, row.changed_by, row.changed_at = on, by, now
        self.session.flush()
