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
    queued already or there is no channel."""
    channel = services.settings.channel
    if notice.system_kind is not SystemKind.POLICY_WARNING or not channel:
        return False
    with services.uow_factory() as uow:
        sent_text = None
        if notice.order_id:
            replies = [
                reply
                for row in uow.messages.by_order(notice.order_id)
                if (reply := uow.outbox.for_message(row.id)) is not None
                and reply.state is OutboxState.SENT
                and reply.sent_at is not None
                and reply.sent_at <= now
            ]
            if replies:
                sent_text = max(replies, key=lambda r: r.sent_at or now).body
        payload = policy_warning_notice(
            tuple(mention(m) for m in services.settings.managers),
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
