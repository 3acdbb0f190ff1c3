"""Amazon did not deliver one of our replies: the conversation opens again.

A delivery-failure notice (only ever from Amazon's system senders or a mail server's
bounce, never from a buyer alias: :mod:`bot.mail.system_mail`) is matched to the reply it
is about:

1. by the Message-IDs it refers to (``In-Reply-To``, ``References``, a returned
   original's ``Message-ID``): every reply we send carries its own, kept in the outbox.
   A Message-ID alone proves nothing (every buyer sees ours in the reply they got), so
   the notice must also name that reply's recipient alias or its order, and no other;
2. else, when it cites none of our Message-IDs, by the buyer's relay alias named in the
   notice and the time: the latest reply sent to that alias in the :data:`MATCH_WINDOW`
   before the notice (about the notice's order, when it names one).

The order and the time alone are a guess: such a notice stays a notice card.

The matched message goes back from ANSWERED to FAILED, with "Amazon did not deliver our
reply: <reason>" on its card; its deadline stays the original one (``due_at`` is never
moved), the sweep looks at it again at once, and its card is redrawn with *Edit and send
again*.  The notice itself gets no card of its own: the conversation's card says it all.
A notice that matches nothing stays an ordinary notice card.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.db.models import DeliveryFailureRow, OutboxRow, OutboxState
from bot.db.uow import SqlUnitOfWork, UowFactory
from bot.domain import InboundMessage, MessageState, SystemKind
from bot.mail.relay import relay_alias
from bot.mail.system_mail import failure_reason

__all__ = ["MATCH_WINDOW", "Reopened", "failure_text", "reopen_after_failure", "reopen_in"]

log = logging.getLogger(__name__)

MATCH_WINDOW = timedelta(days=3)
"""How long after a reply a failure notice without Message-IDs may still be about it."""

_ALIAS_IN_TEXT = re.compile(r"[a-z0-9][a-z0-9._+-]*@marketplace\.amazon\.[a-z.]+", re.I)


@dataclass(frozen=True, slots=True)
class Reopened:
    message_pk: int
    reason: str  # the code (failure_reason)
    matched_by: str


def failure_text(label: str, detail: str) -> str:
    """The visible reason on the card."""
    text = f"Amazon did not deliver our reply: {label}"
    return f"{text} ({detail})" if detail and detail.lower() not in label.lower() else text


def reopen_after_failure(
    uow_factory: UowFactory, notice_pk: int, notice: InboundMessage, *, now: datetime
) -> Reopened | None:
    """Match a stored delivery-failure notice to our reply and reopen its conversation
    (one transaction).  None when it matches no sent reply, or was matched before."""
    if notice.system_kind is not SystemKind.DELIVERY_FAILURE:
        return None
    with uow_factory() as uow:
        reopened = reopen_in(uow, notice_pk, notice, now=now)
        uow.commit()
    return reopened


def reopen_in(
    uow: SqlUnitOfWork, notice_pk: int, notice: InboundMessage, *, now: datetime
) -> Reopened | None:
    """:func:`reopen_after_failure` inside the caller's transaction (the one that stores
    the notice: a crash then leaves neither the notice nor its match, and the mail is
    read again).  Does not commit.  Idempotent: a notice matched before changes nothing."""
    if notice.system_kind is not SystemKind.DELIVERY_FAILURE:
        return None
    if uow.delivery_failures.for_notice(notice_pk) is not None:
        return None  # the same notice again
    found = _match(uow, notice, now=now)
    if found is None:
        log.info("delivery failure %s: no sent reply matches it", notice_pk)
        return None
    reply, matched_by = found
    code, label, detail = failure_reason(f"{notice.subject}\n{notice.body}")
    if not uow.outbox.move(
        reply.id,
        expected={OutboxState.SENT},
        new=OutboxState.FAILED,
        last_error=failure_text(label, detail),
    ):
        return None  # sent again meanwhile
    reopened = uow.messages.transition(
        reply.message_pk,
        expected={MessageState.ANSWERED},
        new=MessageState.FAILED,
        actor=None,
        now=now,
        answered_at=None,
        closed_at=None,
        # The sweep looks again now: thresholds not yet fired fire against the
        # original deadline; those that fired before stay fired.
        next_escalation_at=now,
    )
    uow.delivery_failures.add(
        DeliveryFailureRow(
            notice_pk=notice_pk,
            message_pk=reply.message_pk,
            mail_message_id=reply.mail_message_id,
            matched_by=matched_by,
            reason=code,
            detail=detail or None,
            at=now,
        )
    )
    if reopened:
        _queue_card_refresh(uow, reply.message_pk, now=now)
    log.info(
        "delivery failure %s: reply of message %s not delivered (%s, matched by %s)",
        notice_pk,
        reply.message_pk,
        code,
        matched_by,
    )
    return Reopened(reply.message_pk, code, matched_by)


def _match(
    uow: SqlUnitOfWork, notice: InboundMessage, *, now: datetime
) -> tuple[OutboxRow, str] | None:
    aliases = {
        found[0]
        for found in map(relay_alias, _ALIAS_IN_TEXT.findall(f"{notice.subject}\n{notice.body}"))
        if found
    }
    ids = {i for i in (notice.in_reply_to, *notice.references) if i}
    for reply in uow.delivery_failures.sent_replies_by_mail_id(ids):
        # A Message-ID is quoted in every reply the buyer got: the notice must also name
        # that reply's recipient or order, and no other, before it is about that reply.
        if _corroborated(uow, reply, notice, aliases):
            return reply, "references"
    until = min(notice.sent_at or now, now) + timedelta(minutes=5)  # clocks disagree
    recent = uow.delivery_failures.sent_replies_between(
        since=until - MATCH_WINDOW, until=until, order_id=notice.order_id
    )
    for reply in recent:
        to = relay_alias(reply.to_addr)
        if to is not None and to[0] in aliases:
            return reply, "alias_time"
    # The order and the time alone name no recipient: a guess, never acted on.
    return None


def _corroborated(
    uow: SqlUnitOfWork, reply: OutboxRow, notice: InboundMessage, aliases: set[str]
) -> bool:
    to = relay_alias(reply.to_addr)
    recipient = to[0] if to is not None else reply.to_addr.strip().lower()
    message = uow.messages.get(reply.message_pk)
    order = message.order_id if message is not None else None
    if aliases and recipient not in aliases:
        return False  # the notice is about another buyer
    if notice.order_id and order and notice.order_id != order:
        return False  # the notice is about another order
    return bool(aliases) or (bool(notice.order_id) and notice.order_id == order)


def _queue_card_refresh(uow: SqlUnitOfWork, pk: int, *, now: datetime) -> None:
    row = uow.messages.get(pk)
    if row is None or not row.slack_channel or not row.slack_ts:
        return  # no card yet: the poster posts it with the reason
    uow.slack_posts.enqueue(
        dedupe_key=f"card_update:{pk}:{row.version}",
        purpose="card_update",
        channel=row.slack_channel,
        priority_at=row.due_at,
        now=now,
        message_pk=pk,
    )
