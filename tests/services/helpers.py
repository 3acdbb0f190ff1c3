"""Sample buyer mail and replies for the use-case tests, at a fixed time."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from bot.domain import InboundMessage, Intent, MessageKind, MessageState, OutgoingMail
from bot.services.access import Access
from bot.services.authorise import Authoriser
from bot.services.claims import claim, record_decision
from bot.services.ingest import store_inbound

T0 = datetime(2026, 3, 7, 9, 0, tzinfo=UTC)  # a Saturday morning


def no_groups(group: str) -> list[str]:
    raise AssertionError("no user group is configured")


def access_for(agents: tuple[str, ...] = (), viewers: tuple[str, ...] = ()) -> Access:
    """Who may decide and who may read: user ids only (no Slack call for groups)."""
    return Access(Authoriser(agents, no_groups), Authoriser(agents + viewers, no_groups))


def buyer_message(message_id: str = "<buyer-1@marketplace.amazon.com>", **kw) -> InboundMessage:
    """A buyer's message; each Message-ID is another buyer (messages of one buyer about one
    order are one conversation), unless ``buyer_alias`` says otherwise."""
    values = dict(
        kind=MessageKind.BUYER_MESSAGE,
        message_id=message_id,
        subject="Where is my order? (Order: 111-2223334-4445556)",
        body="Hi, my parcel has not arrived yet. Can you check?",
        sent_at=T0,
        order_id="111-2223334-4445556",
        buyer_name="Jane",
        buyer_alias=alias_for(message_id),
        marketplace="US",
        language="en",
        intent=Intent.WHERE_IS_MY_ORDER,
    )
    values.update(kw)
    return InboundMessage(**values)


def alias_for(message_id: str) -> str:
    """``abc123xyz@…`` for the first buyer, another relay alias for each other Message-ID."""
    if message_id == "<buyer-1@marketplace.amazon.com>":
        return "abc123xyz@marketplace.amazon.com"
    return f"b{hashlib.sha1(message_id.encode()).hexdigest()[:10]}@marketplace.amazon.com"


def stored_buyer_message(uow_factory, message_id="<buyer-1@marketplace.amazon.com>") -> int:
    result = store_inbound(
        uow_factory, b"raw", buyer_message(message_id), arrived_at=T0 + timedelta(minutes=1)
    )
    return result.message_pk


def decided(uow_factory, pk: int, *, expected, new: MessageState, actor: str | None, now,
            kind=None, **audit) -> None:  # fmt: skip
    """Move message ``pk`` on as a decision does: the claim and, given a ``kind``, its
    audit row, in one transaction."""
    with uow_factory() as uow:
        assert claim(uow, pk, expected=expected, new=new, actor=actor, now=now)
        if kind is not None:
            record_decision(uow, pk, kind=kind, actor=actor, now=now, **audit)
        uow.commit()


def carded(uow_factory, pk: int) -> None:
    with uow_factory() as uow:
        assert uow.messages.transition(
            pk, expected={MessageState.RECEIVED}, new=MessageState.CARDED, actor=None, now=T0
        )
        uow.commit()


def reply_for(pk: int) -> OutgoingMail:
    return OutgoingMail(
        to="abc123xyz@marketplace.amazon.com",
        subject="Re: Where is my order? (Order: 111-2223334-4445556)",
        body="Hello Jane, your parcel is on its way with UPS. Order 111-2223334-4445556.",
        message_id=f"<reply-{pk}@seller.example>",
        in_reply_to="<buyer-1@marketplace.amazon.com>",
        references=("<buyer-1@marketplace.amazon.com>",),
    )
