"""Recorded delivery failures of our replies (see :class:`DeliveryFailureRow`)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.db.models import DeliveryFailureRow, MessageRow, OutboxRow, OutboxState

__all__ = ["DeliveryFailureRepository"]


class DeliveryFailureRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: DeliveryFailureRow) -> DeliveryFailureRow:
        self.session.add(row)
        self.session.flush()
        return row

    def for_notice(self, notice_pk: int) -> DeliveryFailureRow | None:
        return self.session.scalars(
            select(DeliveryFailureRow).where(DeliveryFailureRow.notice_pk == notice_pk)
        ).one_or_none()

    def of_mail(self, mail_message_id: str) -> DeliveryFailureRow | None:
        return self.session.scalars(
            select(DeliveryFailureRow).where(DeliveryFailureRow.mail_message_id == mail_message_id)
        ).first()

    def latest_for(self, message_pk: int) -> DeliveryFailureRow | None:
        return self.session.scalars(
            select(DeliveryFailureRow)
            .where(DeliveryFailureRow.message_pk == message_pk)
            .order_by(DeliveryFailureRow.at.desc(), DeliveryFailureRow.id.desc())
        ).first()

    def sent_replies_by_mail_id(self, mail_ids: Collection[str]) -> Sequence[OutboxRow]:
        if not mail_ids:
            return []
        return self.session.scalars(
            select(OutboxRow).where(
                OutboxRow.mail_message_id.in_(list(mail_ids)),
                OutboxRow.state == OutboxState.SENT,
            )
        ).all()

    def sent_replies_between(
        self, *, since: datetime, until: datetime, order_id: str | None
    ) -> Sequence[OutboxRow]:
        """Sent replies in the window, latest first (narrowed to an order when given)."""
        query = (
            select(OutboxRow)
            .join(MessageRow, MessageRow.id == OutboxRow.message_pk)
            .where(
                OutboxRow.state == OutboxState.SENT,
                OutboxRow.sent_at >= since,
                OutboxRow.sent_at <= until,
            )
            .order_by(OutboxRow.sent_at.desc(), OutboxRow.id.desc())
            .limit(200)
        )
        if order_id:
            query = query.where(MessageRow.order_id == order_id)
        return self.session.scalars(query).all()

    def counts_by_reason(
        self, *, since: datetime, until: datetime, account: str | None = None
    ) -> dict[str, int]:
        """Failures in the window by reason (of the replies of ``account``, when given)."""
        query = select(DeliveryFailureRow.reason, func.count()).where(
            DeliveryFailureRow.at >= since, DeliveryFailureRow.at < until
        )
        if account is not None:
            query = query.join(MessageRow, MessageRow.id == DeliveryFailureRow.message_pk).where(
                MessageRow.account == account
            )
        rows = self.session.execute(query.group_by(DeliveryFailureRow.reason)).all()
        return {reason: int(count) for reason, count in rows}

    def notice_pks(self) -> Sequence[int]:
        return self.session.scalars(select(DeliveryFailureRow.notice_pk)).all()
