"""Conversation snapshots: everything a card shows about one buyer message, from the store.

Rows never leave the store; builders, slash commands and the queue get a frozen
:class:`~bot.domain.Conversation` rebuilt from the message row, the stored order
snapshot, the tracking snapshots, the latest draft and the latest decision.  The draft's
policy verdict is re-checked on load, so a card always shows the verdict of today's
policy on exactly the stored text.

The order snapshot format (:func:`order_to_snapshot` / :func:`order_from_snapshot`) is
plain JSON, written by the drafting service and read here.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from datetime import datetime
from typing import Any

from bot.db.conversation_reads import ConversationRows
from bot.db.models import DecisionRow, DraftRow, MessageRow, OrderRow, TrackingSnapshotRow
from bot.db.uow import SqlUnitOfWork
from bot.domain import (
    DEFAULT_ACCOUNT,
    OPEN_STATES,
    Address,
    Attachment,
    AuthOutcome,
    AutopilotHold,
    BuyerMatch,
    Conversation,
    Decision,
    DecisionKind,
    Draft,
    Exchange,
    FulfilledBy,
    InboundMessage,
    MessageKind,
    MessageState,
    Order,
    OrderStatus,
    Package,
    SenderCheck,
)
from bot.errors import MessageGone
from bot.replies import CHOICES, STEPS, NextStep, Scenario
from bot.services.verdict import check_reply
from carriers.model import Tracking
from compliance import Policy, Report

__all__ = [
    "ORDER_PROBLEMS",
    "conversation_from_rows",
    "conversation_head",
    "conversation_of",
    "conversations_for_order",
    "draft_step",
    "history",
    "load_conversation",
    "open_conversations",
    "order_from_snapshot",
    "order_problem_text",
    "order_to_snapshot",
    "sender_from_json",
    "sender_to_json",
    "with_message_row",
]

_DEFAULT_POLICY = Policy()

ORDER_PROBLEMS: Mapping[str, str] = {
    "not_found": "Amazon does not know order {order_id}: check the order id with the buyer "
    "or in Seller Central.",
    "unavailable": "Amazon's order service did not answer, so the order could not be "
    "looked up; the tracking below may be incomplete. It is retried on the next message.",
    "rate_limited": "Amazon's order service is busy (rate limit); the order could not be "
    "looked up this time.",
    "auth_failed": "Amazon refused access to the order: check the SP-API authorisation "
    "(SPAPI_* settings).",
    "not_configured": "SP-API is not configured (SPAPI_* settings), so the order was not "
    "looked up.",
    "invalid": "Amazon answered with an order the bot cannot read.",
}
"""``orders.error`` codes -> what the card says to the agent."""


def order_problem_text(code: str | None, order_id: str | None) -> str:
    if not code:
        return ""
    template = ORDER_PROBLEMS.get(code, "The order could not be looked up ({code}).")
    return template.format(order_id=order_id or "?", code=code)


# -- order snapshots -------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def order_to_snapshot(order: Order) -> dict[str, Any]:
    """JSON-ready form of an order (dates as ISO 8601)."""
    return {
        "order_id": order.order_id,
        "status": order.status.value,
        "fulfilled_by": order.fulfilled_by.value,
        "marketplace_id": order.marketplace_id,
        "created_at": _iso(order.created_at),
        "ship_by_earliest": _iso(order.ship_by_earliest),
        "ship_by_latest": _iso(order.ship_by_latest),
        "deliver_by_earliest": _iso(order.deliver_by_earliest),
        "deliver_by_latest": _iso(order.deliver_by_latest),
        "service_level": order.service_level,
        "items": list(order.items),
        "packages": [
            {
                "carrier": p.carrier,
                "tracking_number": p.tracking_number,
                "shipping_service": p.shipping_service,
                "ship_time": _iso(p.ship_time),
                "status": p.status,
                "detailed_status": p.detailed_status,
            }
            for p in order.packages
        ],
        "ship_to": asdict(order.ship_to) if order.ship_to is not None else None,
        "buyer_email": order.buyer_email,
    }


def order_from_snapshot(data: Mapping[str, Any]) -> Order:
    """Inverse of :func:`order_to_snapshot`."""
    ship_to = data.get("ship_to")
    return Order(
        order_id=str(data["order_id"]),
        status=OrderStatus(data["status"]),
        fulfilled_by=FulfilledBy(data["fulfilled_by"]),
        marketplace_id=data.get("marketplace_id"),
        created_at=_dt(data.get("created_at")),
        ship_by_earliest=_dt(data.get("ship_by_earliest")),
        ship_by_latest=_dt(data.get("ship_by_latest")),
        deliver_by_earliest=_dt(data.get("deliver_by_earliest")),
        deliver_by_latest=_dt(data.get("deliver_by_latest")),
        service_level=data.get("service_level"),
        items=tuple(str(i) for i in data.get("items") or ()),
        packages=tuple(
            Package(
                carrier=p.get("carrier"),
                tracking_number=p.get("tracking_number"),
                shipping_service=p.get("shipping_service"),
                ship_time=_dt(p.get("ship_time")),
                status=p.get("status"),
                detailed_status=p.get("detailed_status"),
            )
            for p in data.get("packages") or ()
        ),
        ship_to=Address(**ship_to) if isinstance(ship_to, Mapping) else None,
        buyer_email=data.get("buyer_email"),
    )


# -- sender checks ----------------------------------------------------------------------


def sender_to_json(check: SenderCheck) -> dict[str, Any]:
    return {
        "authentication": check.authentication.value,
        "buyer": check.buyer.value,
        "problems": list(check.problems),
        "detail": check.detail,
    }


def sender_from_json(data: Mapping[str, Any] | None) -> SenderCheck | None:
    """Inverse of :func:`sender_to_json`; None for a row that was never checked."""
    if not data:
        return None
    return SenderCheck(
        authentication=AuthOutcome(data["authentication"]),
        buyer=BuyerMatch(data.get("buyer") or BuyerMatch.PENDING),
        problems=tuple(str(p) for p in data.get("problems") or ()),
        detail=str(data.get("detail") or ""),
    )


# -- rows -> conversation --------------------------------------------------------------


def _message(row: MessageRow) -> InboundMessage:
    return InboundMessage(
        kind=row.kind or MessageKind.OTHER,
        message_id=row.message_id,
        subject=row.subject or "",
        body=row.body or "",
        sent_at=row.received_at,
        order_id=row.order_id,
        buyer_name=row.buyer_name,
        buyer_alias=row.buyer_alias,
        alias_case=row.alias_case,
        marketplace=row.marketplace,
        language=row.language,
        intent=row.intent,
        system_kind=row.system_kind,
        case_id=row.case_id,
        in_reply_to=row.in_reply_to,
        comm_mgr_token=row.comm_mgr_token,
        no_response_url=row.no_response_url,
        reply_to=row.reply_to,
        attachments=tuple(
            Attachment(
                filename=str(a.get("filename") or ""),
                content_type=str(a.get("content_type") or ""),
                size=int(a.get("size") or 0),
                stored=a.get("file_pk") is not None and not a.get("refused"),
                refused=str(a["refused"]) if a.get("refused") else None,
                mismatch=str(a["mismatch"]) if a.get("mismatch") else None,
            )
            for a in row.attachments
            if isinstance(a, dict)
        ),
        problems=tuple(str(p) for p in row.problems),
    )


@functools.lru_cache(maxsize=2048)
def _stored_verdict(text: str, lang: str | None, policy: Policy) -> Report:
    # Pure and frozen: the queue and App Home re-show the same drafts on every load, and
    # re-checking each one was a quarter of their CPU time.
    return check_reply(text, lang, policy)


def _draft(row: DraftRow, policy: Policy) -> Draft:
    report = _stored_verdict(row.text, row.lang, policy)
    step, action, waits_for = draft_step(row.scenario, row.text)
    return Draft(
        text=row.text,
        version=row.version,
        scenario=row.scenario or "",
        language=row.lang or "",
        report=report,
        created_by=row.created_by,
        next_step=step.value,
        action=action,
        waits_for=waits_for,
        choices=reply_choices(row.scenario),
    )


def reply_choices(scenario: str | None) -> tuple[str, ...]:
    """The scenarios the agent may choose instead of ``scenario`` with one click."""
    try:
        chosen = Scenario(scenario) if scenario else None
    except ValueError:
        return ()
    return tuple(s.value for s in CHOICES.get(chosen, ())) if chosen else ()


def draft_step(scenario: str | None, text: str) -> tuple[NextStep, str | None, str | None]:
    """What the agent does with a stored draft: the next step, the button naming the
    action to take first, and the fact only the agent can give (if the scenario waits
    for one).  A fact still missing means an empty text: the action comes first."""
    try:
        chosen = Scenario(scenario) if scenario else None
    except ValueError:  # a scenario retired since the draft was stored
        chosen = None
    if chosen is None:
        return NextStep.AGENT_WRITES, None, None
    step = STEPS[chosen]
    if step.waits_for is not None:
        if not text.strip():
            return NextStep.AGENT_ACTION_THEN_REPLY, step.action, step.waits_for
        return step.next_step, None, step.waits_for
    if step.next_step is NextStep.SEND_REPLY and not text.strip():
        return NextStep.AGENT_WRITES, None, None
    return step.next_step, step.action, None


def _decision(row: DecisionRow) -> Decision:
    return Decision(
        kind=row.kind, actor=row.actor or "", at=row.at, reason=row.reason, note=row.note or ""
    )


def _trackings(rows: Sequence[TrackingSnapshotRow]) -> tuple[Tracking, ...]:
    """The latest snapshot of each parcel, in the order the parcels were first seen."""
    latest: dict[tuple[str, str], TrackingSnapshotRow] = {}
    for row in rows:  # oldest first: a later snapshot replaces an earlier one
        latest[(row.carrier, row.number)] = row
    return tuple(Tracking.from_dict(row.payload) for row in latest.values())


def conversation_from_rows(
    row: MessageRow,
    *,
    order_row: OrderRow | None,
    tracking_rows: Sequence[TrackingSnapshotRow],
    draft_row: DraftRow | None,
    decision_row: DecisionRow | None,
    policy: Policy = _DEFAULT_POLICY,
) -> Conversation:
    order = None
    problem = ""
    if order_row is not None:
        if order_row.snapshot is not None:
            order = order_from_snapshot(order_row.snapshot)
        problem = order_problem_text(order_row.error, row.order_id)
    return Conversation(
        account=row.account or DEFAULT_ACCOUNT,
        pk=row.id,
        message=_message(row),
        state=row.state,
        received_at=row.received_at,
        due_at=row.due_at,
        order=order,
        order_problem=problem,
        sender=sender_from_json(row.sender_check),
        trackings=_trackings(tracking_rows),
        draft=_draft(draft_row, policy) if draft_row is not None else None,
        decision=_decision(decision_row) if decision_row is not None else None,
        answered_at=row.answered_at,
        outcome=(decision_row.outcome or "") if decision_row is not None else "",
        slack_channel=row.slack_channel,
        slack_ts=row.slack_ts,
    )


def _from(rows: ConversationRows, policy: Policy) -> Conversation:
    return conversation_from_rows(
        rows.message,
        order_row=rows.order,
        tracking_rows=rows.trackings,
        draft_row=rows.draft,
        decision_row=rows.decision,
        policy=policy,
    )


def load_conversation(
    uow: SqlUnitOfWork, pk: int, *, policy: Policy = _DEFAULT_POLICY
) -> Conversation:
    """The conversation of message ``pk`` (inside the caller's ``with uow:``), with its
    history: what a card shows.

    Raises :class:`LookupError` when there is no such message.
    """
    found = uow.conversations.by_ids([pk])
    if not found:
        raise MessageGone(pk)
    conv = _from(found[0], policy)
    return dataclasses.replace(
        conv, history=history(uow, found[0].message), autopilot=_hold(uow, pk)
    )


def conversation_of(
    uow: SqlUnitOfWork,
    row: MessageRow,
    *,
    order_row: OrderRow | None,
    draft_row: DraftRow | None,
    decision_row: DecisionRow | None,
    policy: Policy = _DEFAULT_POLICY,
) -> Conversation:
    """:func:`load_conversation` of a message whose rows the caller's unit of work holds:
    the message row, its order's row (None when it has none), its latest draft and its
    latest decision (the ones a decision just read or wrote).  Reads only what a decision
    never writes: the tracking snapshots, the earlier messages and the autopilot hold.
    """
    conv = conversation_from_rows(
        row,
        order_row=order_row,
        tracking_rows=uow.conversations.trackings_of(row.id),
        draft_row=draft_row,
        decision_row=decision_row,
        policy=policy,
    )
    return dataclasses.replace(conv, history=history(uow, row), autopilot=_hold(uow, row.id))


def with_message_row(conv: Conversation, row: MessageRow) -> Conversation:
    """``conv`` with what message ``row`` says now (its state, when it was answered, where
    its card is): a conversation rebuilt after a step that changed only the message row."""
    return dataclasses.replace(
        conv,
        account=row.account or DEFAULT_ACCOUNT,
        message=_message(row),
        state=row.state,
        received_at=row.received_at,
        due_at=row.due_at,
        sender=sender_from_json(row.sender_check),
        answered_at=row.answered_at,
        slack_channel=row.slack_channel,
        slack_ts=row.slack_ts,
    )


def _hold(uow: SqlUnitOfWork, pk: int) -> AutopilotHold | None:
    """What the card shows of message ``pk``'s autopilot hold, if it had one."""
    row = uow.autopilot.hold_for(pk)
    if row is None:
        return None
    return AutopilotHold(
        state=row.state,
        send_at=row.send_at,
        ended_at=row.ended_at,
        ended_by=row.ended_by,
        reason=row.reason or "",
    )


def history(uow: SqlUnitOfWork, row: MessageRow) -> tuple[Exchange, ...]:
    """The buyer's earlier messages in ``row``'s conversation and what we did about each
    (the reply sent, or *No response needed*), newest first.  Three queries."""
    if row.thread_pk is None:
        return ()
    earlier = [
        other
        for other in uow.messages.in_thread(row.thread_pk)
        if (other.received_at, other.id) < (row.received_at, row.id)
    ]
    pks = [other.id for other in earlier]
    exchanges = [
        Exchange(at=other.received_at, by_buyer=True, text=other.body or "") for other in earlier
    ]
    decisions = uow.decisions.for_messages(pks)
    senders = {
        d.message_pk: d.actor
        for d in decisions
        if (d.kind in {DecisionKind.APPROVE, DecisionKind.EDIT} and d.outcome == "queued")
        or (d.kind is DecisionKind.RESEND and d.outcome == "queued again")
    }
    for sent in uow.outbox.sent_for(pks):
        at = sent.sent_at or sent.created_at
        exchanges.append(
            Exchange(at=at, by_buyer=False, text=sent.body, actor=senders.get(sent.message_pk))
        )
    states = {other.id: other.state for other in earlier}
    for d in decisions:
        if states.get(d.message_pk) is MessageState.NO_RESPONSE and d.kind is DecisionKind.REJECT:
            exchanges.append(
                Exchange(at=d.at, by_buyer=False, text="", actor=d.actor, no_response=True)
            )
    return tuple(sorted(exchanges, key=lambda e: (e.at, not e.by_buyer), reverse=True))


def conversation_head(uow: SqlUnitOfWork, pk: int) -> int:
    """The message that carries ``pk``'s conversation now (its latest): the one its card
    shows.  ``pk`` itself when it is alone or the latest."""
    row = uow.messages.get(pk)
    if row is None or row.thread_pk is None:
        return pk
    thread = uow.messages.in_thread(row.thread_pk)
    rows = [r for r in thread if r.state is not MessageState.SUPERSEDED]
    return rows[-1].id if rows else pk


def open_conversations(
    uow: SqlUnitOfWork, *, limit: int = 50, policy: Policy = _DEFAULT_POLICY
) -> list[Conversation]:
    """Conversations whose 24-hour clock still runs, most urgent deadline first.

    A fixed number of queries however many there are (:class:`ConversationReads`).
    """
    rows = uow.conversations.open_by_deadline(OPEN_STATES, limit=limit)
    return [_from(r, policy) for r in rows]


def conversations_for_order(
    uow: SqlUnitOfWork, order_id: str, *, policy: Policy = _DEFAULT_POLICY
) -> list[Conversation]:
    """Every stored message about ``order_id``, by deadline."""
    return [_from(r, policy) for r in uow.conversations.by_order(order_id.strip())]
