"""Amazon warns that a message of ours broke its messaging guidelines: the managers hear
of it at once (not at a threshold: repeated warnings cost the messaging permissions),
with our reply concerned when one about the order it names was sent."""

from __future__ import annotations

from datetime import datetime

from bot.db.models import OutboxState
from bot.domain import InboundMessage, SystemKind
from bot.services.deps import Deps
from bot.slack.notices import mention, policy_warning_notice

__all__ = ["alert_managers"]

PURPOSE = "policy_warning"


def alert_managers(
    services: Deps, notice_pk: int, notice: InboundMessage, *, now: datetime
) -> bool:
    """Queue the managers' alert for the paced poster (once per notice); False when it was
    queued already or there is no channel.  The alert goes to the channel and managers of
    the seller account the warning came to."""
    if notice.system_kind is not SystemKind.POLICY_WARNING:
        return False
    with services.uow_factory() as uow:
        row = uow.messages.get(notice_pk)
        account = services.settings.account(row.account) if row is not None else None
        if account is None or not account.channel:
            return False
        channel = account.channel
        sent_text = None
        if notice.order_id:
            replies = [
                reply
                for row in uow.messages.by_order(notice.order_id)
                if row.account == account.id
                and (reply := uow.outbox.for_message(row.id)) is not None
                and reply.state is OutboxState.SENT
                and reply.sent_at is not None
                and reply.sent_at <= now
            ]
            if replies:
                sent_text = max(replies, key=lambda r: r.sent_at or now).body
        payload = policy_warning_notice(
            tuple(mention(m) for m in account.managers),
            notice.order_id,
            notice.subject,
            sent_text,
        )
        queued = uow.slack_posts.enqueue(
            dedupe_key=f"{PURPOSE}:{notice_pk}",
            purpose=PURPOSE,
            channel=channel,
            priority_at=now,
            now=now,
            payload=payload,
        )
        uow.commit()
    return queued
