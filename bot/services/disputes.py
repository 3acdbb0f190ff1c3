"""A-to-z Guarantee claims and chargebacks: a card with a deadline, evidence, and pings.

A claim is answered in Seller Central, not by mail, so it is never drafted; it is stored
as a conversation of its own (state RECEIVED, then DRAFTED and CARDED like a buyer
message) so that it sits in the same queue, by deadline, and the same SLA sweep pings
about it.  Its deadline is the one the mail states (``respond_by``), else Amazon's
published response window (:data:`RESPONSE_WINDOWS`).  Losing a claim costs the order's
amount and counts against the Order Defect Rate, so every threshold pings the managers.

The evidence Seller Central's claim form asks for (shipping method, tracking, proof of
delivery, the correspondence with the buyer) is gathered for the card and given as
plain text by "Copy evidence" (:func:`evidence_text`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from bot.db.models import OutboxState
from bot.db.uow import SqlUnitOfWork
from bot.domain import (
    CLAIM_KINDS,
    Conversation,
    EvidenceEntry,
    InboundMessage,
    MessageKind,
    SystemKind,
)
from bot.errors import DecisionError
from bot.services.access import Access, Role
from bot.services.conversations import load_conversation
from bot.services.deps import Deps
from carriers.model import Tracking

__all__ = [
    "CLAIM_KINDS",
    "RESPONSE_WINDOWS",
    "deadline_of",
    "evidence_for",
    "evidence_text",
    "is_claim",
    "with_evidence",
]

RESPONSE_WINDOWS = {
    # Amazon's older help text gives 7 days to respond to a claim notification
    # (Seller Central help on A-to-z Guarantee claims); claim mails and current
    # guides name 72 hours.  The stricter reading wins.
    SystemKind.A_TO_Z_CLAIM: timedelta(hours=72),
    # "You must respond to any chargeback claim within seven calendar days of the email
    # date." (Seller Central help G202145040)
    SystemKind.CHARGEBACK: timedelta(days=7),
}
"""Amazon's published response window, when the mail states no deadline."""

_LABELS = {SystemKind.A_TO_Z_CLAIM: "A-to-z Guarantee claim", SystemKind.CHARGEBACK: "Chargeback"}


def is_claim(message: InboundMessage) -> bool:
    return message.kind is MessageKind.SYSTEM and message.system_kind in CLAIM_KINDS


def deadline_of(message: InboundMessage, received_at: datetime) -> datetime:
    """The mail's own deadline, else the published window from when Amazon sent it."""
    if message.respond_by is not None:
        return message.respond_by
    kind = message.system_kind or SystemKind.A_TO_Z_CLAIM
    return received_at + RESPONSE_WINDOWS.get(kind, RESPONSE_WINDOWS[SystemKind.A_TO_Z_CLAIM])


def with_evidence(uow: SqlUnitOfWork, conv: Conversation) -> Conversation:
    """A claim's conversation with the buyer's messages about its order and our replies."""
    order_id = conv.message.order_id
    if not is_claim(conv.message) or not order_id:
        return conv
    buyer = [
        row
        for row in uow.messages.by_order(order_id)
        if row.kind is MessageKind.BUYER_MESSAGE and row.purged_at is None
    ]
    entries = [EvidenceEntry(row.received_at, True, row.body or "") for row in buyer]
    for row in buyer:
        reply = uow.outbox.for_message(row.id)
        if reply is not None and reply.state is OutboxState.SENT and reply.sent_at is not None:
            entries.append(EvidenceEntry(reply.sent_at, False, reply.body))
    return replace(conv, evidence=tuple(sorted(entries, key=lambda e: e.at)))


def evidence_for(services: Deps, pk: int, *, access: Access, actor: str) -> str:
    """ "Copy evidence": the claim's evidence as plain text, for those who may read it."""
    access.require(actor, Role.READ, what="copy the evidence", subject=pk)
    with services.uow_factory().read_only() as uow:
        conv = load_conversation(uow, pk, policy=services.policy)
        if not is_claim(conv.message):
            raise DecisionError("this card is not an A-to-z claim or a chargeback")
        return evidence_text(with_evidence(uow, conv))


def evidence_text(conv: Conversation) -> str:
    """The claim's evidence as plain text for Seller Central's claim form."""
    msg = conv.message
    label = _LABELS.get(msg.system_kind or SystemKind.OTHER, "Claim")
    lines = [f"{label} on order {msg.order_id or '(no order id)'}"]
    if msg.case_id:
        lines.append(f"Claim/case id: {msg.case_id}")
    order = conv.order
    if order is not None:
        lines += ["", "ORDER", f"Order {order.order_id}, status {order.status.value}"]
        if order.created_at:
            lines.append(f"Ordered: {order.created_at:%Y-%m-%d}")
        lines += [f"Item: {title}" for title in order.items]
        for package in order.packages:
            carrier = package.carrier or "carrier unknown"
            service = f" ({package.shipping_service})" if package.shipping_service else ""
            lines.append(
                f"Package: {carrier}{service} {package.tracking_number or '(no tracking number)'}"
                + (f", shipped {package.ship_time:%Y-%m-%d}" if package.ship_time else "")
            )
    elif conv.order_problem:
        lines += ["", f"ORDER: {conv.order_problem}"]
    for tracking in conv.trackings:
        lines += ["", *_tracking_lines(tracking)]
    if conv.evidence:
        lines += ["", "CORRESPONDENCE WITH THE BUYER"]
        for entry in conv.evidence:
            who = "Buyer" if entry.by_buyer else "Seller"
            lines.append(f"{entry.at:%Y-%m-%d %H:%M} UTC, {who}:")
            lines += ["  " + line for line in entry.text.strip().splitlines()]
    else:
        lines += ["", "CORRESPONDENCE WITH THE BUYER: none about this order"]
    return "\n".join(lines)


def _tracking_lines(tracking: Tracking) -> list[str]:
    lines = [
        f"TRACKING {tracking.carrier.upper()} {tracking.number}: {tracking.status.value}"
        + (f" ({tracking.status_text})" if tracking.status_text else "")
    ]
    if tracking.delivered_at is not None:
        lines.append(f"Delivered: {tracking.delivered_at:%Y-%m-%d %H:%M %Z}".rstrip())
    proof = tracking.proof
    if proof:
        if proof.signed_by:
            lines.append(f"Signed by: {proof.signed_by}")
        if proof.place:
            lines.append(f"Left at: {proof.place}")
        if proof.photo_url:
            lines.append(f"Delivery photo: {proof.photo_url}")
        if proof.latitude is not None and proof.longitude is not None:
            lines.append(f"Delivery location: {proof.latitude:.5f}, {proof.longitude:.5f}")
    if tracking.tracking_url:
        lines.append(f"Tracking page: {tracking.tracking_url}")
    events = tracking.events or ((tracking.last_event,) if tracking.last_event else ())
    for event in events:
        place = f", {event.location}" if event.location else ""
        lines.append(f"  {event.at:%Y-%m-%d %H:%M} {event.description}{place}")
    return lines
