"""Pure Block Kit builders: domain snapshots in, dicts out; no Slack calls, no I/O.

Buyer text and anything else that came from outside is escaped with
:func:`bot.slack.mrkdwn.escape` before it enters mrkdwn, and every builder keeps to
Slack's limits (50 blocks a message, 3,000 characters a section, 150 a header), so a
long buyer message is cut with a note instead of making Slack refuse the card.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.domain import (
    CLAIM_KINDS,
    MAX_REPLY_CHARS,
    REPLY_FILE_EXTENSIONS,
    REPLY_FILE_TYPES,
    REPLY_FILES_MAX_BYTES,
    Attachment,
    AuthOutcome,
    AutopilotHold,
    AutopilotStatus,
    BuyerMatch,
    Conversation,
    DecisionKind,
    Exchange,
    HoldState,
    Intent,
    MessageKind,
    MessageState,
    Order,
    QueueEntry,
    RejectReason,
    ResponseFigures,
    SenderCheck,
    SystemKind,
    TeamFigures,
)
from bot.printable import visible_name
from bot.slack.ids import ActionId, BlockId, CallbackId
from bot.slack.mrkdwn import escape, inert, truncate
from carriers.model import ProofOfDelivery, Tracking, TrackingStatus
from carriers.names import display_name
from compliance import Finding, Report

__all__ = [
    "REJECT_REASON_LABELS",
    "Block",
    "card",
    "claim_card",
    "deadline_badge",
    "edit_modal",
    "escalation_text",
    "figures_text",
    "findings_block_id",
    "findings_blocks",
    "follow_up_note",
    "history_blocks",
    "home_view",
    "notice_home",
    "notice_modal",
    "order_lookup_blocks",
    "queue_blocks",
    "reject_modal",
    "reply_block_id",
    "ship_date_modal",
    "shown_verdict",
    "slack_date",
    "tracking_lookup_blocks",
    "verdict_key",
    "with_findings",
]

Block = dict[str, Any]

SENDING_KINDS = frozenset({DecisionKind.APPROVE, DecisionKind.EDIT, DecisionKind.RESEND})
"""Decisions that send a reply (their refusal by the policy check is shown on the card)."""
SECTION_LIMIT = 3000
HEADER_LIMIT = 150
MESSAGE_BLOCK_LIMIT = 50
VIEW_BLOCK_LIMIT = 100
HISTORY_SHOWN = 3
"""Earlier steps of a conversation a card lists; the rest are folded into one line."""
HISTORY_EXCERPT = 600

INTENT_LABELS: dict[Intent, str] = {
    Intent.WHERE_IS_MY_ORDER: "Where is my order?",
    Intent.CANCEL: "Cancellation request",
    Intent.RETURN: "Return request",
    Intent.DAMAGED_OR_WRONG: "Damaged or wrong item",
    Intent.ADDRESS_CHANGE: "Address change",
    Intent.INVOICE: "Invoice request",
    Intent.THANKS: "Thanks (no response needed)",
    Intent.PRODUCT_QUESTION: "Product question",
    Intent.OTHER: "Buyer message",
}

STATUS_LABELS: dict[TrackingStatus, str] = {
    TrackingStatus.UNKNOWN: "No live status",
    TrackingStatus.NOT_FOUND: "Not found at the carrier",
    TrackingStatus.LABEL_CREATED: "Label created, not yet scanned",
    TrackingStatus.IN_TRANSIT: "In transit",
    TrackingStatus.OUT_FOR_DELIVERY: "Out for delivery",
    TrackingStatus.AVAILABLE_FOR_PICKUP: "Available for pickup",
    TrackingStatus.DELIVERY_ATTEMPTED: "Delivery attempted",
    TrackingStatus.DELIVERED: "Delivered",
    TrackingStatus.EXCEPTION: "Exception",
    TrackingStatus.RETURNED_TO_SENDER: "Returned to sender",
    TrackingStatus.CANCELLED: "Cancelled",
}

REJECT_REASON_LABELS: dict[RejectReason, str] = {
    RejectReason.HANDLE_MANUALLY: "Handle manually in Seller Central (deadline keeps running)",
    RejectReason.NO_RESPONSE_NEEDED: "No response needed (stops the deadline)",
    RejectReason.SPAM: "Spam",
    RejectReason.OTHER: "Other",
}


# -- small pieces ---------------------------------------------------------------------


def _text(text: str, *, kind: str = "mrkdwn") -> dict[str, Any]:
    if kind != "mrkdwn":
        return {"type": kind, "text": truncate(text, HEADER_LIMIT)}
    # verbatim: Slack leaves bare URLs, #channels and @here in buyer text as text; only
    # our own <url|label> links and <@U…> mentions are live.
    return {"type": kind, "text": truncate(text, SECTION_LIMIT), "verbatim": True}


def _section(text: str, **extra: Any) -> Block:
    return {"type": "section", "text": _text(text), **extra}


def _context(*parts: str) -> Block:
    return {"type": "context", "elements": [_text(p) for p in parts[:10] if p]}


def _button(
    text: str,
    action: ActionId,
    value: str,
    *,
    style: str | None = None,
    url: str | None = None,
    confirm: dict[str, Any] | None = None,
) -> dict[str, Any]:
    button: dict[str, Any] = {
        "type": "button",
        "text": {"type": "plain_text", "text": text[:75]},
        "action_id": action,
        "value": value[:2000],
    }
    if style:
        button["style"] = style
    if url:
        button["url"] = url
    if confirm:
        button["confirm"] = confirm
    return button


def _confirm(title: str, text: str, yes: str, no: str = "Cancel") -> dict[str, Any]:
    """Slack's own "are you sure?" dialog on a button (no round trip to the bot)."""
    return {
        "title": {"type": "plain_text", "text": title[:100]},
        "text": {"type": "mrkdwn", "text": text[:300], "verbatim": True},
        "confirm": {"type": "plain_text", "text": yes[:30]},
        "deny": {"type": "plain_text", "text": no[:30]},
        "style": "danger",
    }


def _in_doubt_actions(conv: Conversation) -> Block:
    pk = str(conv.pk)
    again = _confirm(
        "Send the reply again?",
        "The buyer may get this reply *twice* if the first one did arrive. Only send it "
        "again if it is not in the sent folder.",
        "Send again",
    )
    return {
        "type": "actions",
        "elements": [
            _button("I checked: it was sent", ActionId.DOUBT_WAS_SENT, pk, style="primary"),
            _button("Send again", ActionId.DOUBT_SEND_AGAIN, pk, style="danger", confirm=again),
        ],
    }


def _quote(text: str, limit: int) -> str:
    """Quote ``text`` as inert characters so it fits ``limit`` characters of mrkdwn."""
    cut = text
    while True:
        quoted = "\n".join("> " + line for line in inert(cut).splitlines() or [""])
        if len(quoted) <= limit:
            if cut is not text:
                quoted += f"\n_… message cut: {len(text) - len(cut):,} more characters_"
            return quoted
        cut = cut[: max(len(cut) - (len(quoted) - limit) - 60, 0)]


def slack_date(at: datetime, fmt: str = "{date_short_pretty} {time}") -> str:
    """Slack date formatting: shown in each reader's own time zone."""
    fallback = at.strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{int(at.timestamp())}^{fmt}|{fallback}>"


def _hours(delta: timedelta) -> str:
    minutes = int(abs(delta).total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


def deadline_badge(due_at: datetime, now: datetime, *, open_: bool = True) -> str:
    """The deadline line: colour changes as the 12 h, 4 h and 1 h marks pass."""
    left = due_at - now
    if not open_:
        return f":white_check_mark: Deadline was {slack_date(due_at)}"
    if left <= timedelta(0):
        return f":rotating_light: *Deadline missed* {_hours(left)} ago ({slack_date(due_at)})"
    if left <= timedelta(hours=1):
        emoji = ":red_circle:"
    elif left <= timedelta(hours=4):
        emoji = ":large_orange_circle:"
    elif left <= timedelta(hours=12):
        emoji = ":large_yellow_circle:"
    else:
        emoji = ":large_green_circle:"
    return f"{emoji} *{_hours(left)} left* to answer (due {slack_date(due_at)})"


# -- the card ---------------------------------------------------------------------------


def _attachment_line(file: Attachment) -> str:
    """One file of the buyer's mail: name, type, size, and where it is (or why not)."""
    # Names stored before they were cleaned at parsing are cleaned here too.
    name = visible_name(file.filename) or "(unnamed)"
    line = f"{escape(name)} ({escape(visible_name(file.content_type))}, {file.size:,} bytes)"
    if file.mismatch:
        line += f" :warning: {escape(file.mismatch)}"
    if file.stored:
        return line + ": in the thread"
    if file.refused:
        return f"{line}: {escape(file.refused)}"
    return line


def _title(conv: Conversation) -> str:
    msg = conv.message
    if msg.kind is MessageKind.SYSTEM and msg.answerable:
        label = "Amazon customer service asks about an order: answer by mail"
    elif msg.kind is MessageKind.OTHER and conv.state is MessageState.SYSTEM:
        label = "Mail not from Amazon or a buyer: read it"
    elif msg.kind is MessageKind.SYSTEM and msg.system_kind in (None, SystemKind.OTHER):
        label = "Amazon mail we don't recognise: read it"
    elif msg.kind is MessageKind.SYSTEM:
        label = f"Amazon notice: {msg.system_kind}"
    elif conv.state is MessageState.MALFORMED and any("relay address" in p for p in msg.problems):
        label = "Mail not from a known relay address: needs a human"
    elif conv.state is MessageState.MALFORMED:
        label = "Unreadable mail: needs a human"
    else:
        label = INTENT_LABELS.get(msg.intent or Intent.OTHER, "Buyer message")
    who = f" from {msg.buyer_name}" if msg.buyer_name else ""
    where = f" ({msg.marketplace})" if msg.marketplace else ""
    return f"{label}{who}{where}"


def _order_text(order: Order | None, problem: str, order_id: str | None) -> str:
    if order is None:
        what = escape(problem) if problem else "No order id in the message (pre-sale question?)."
        head = f"*Order* `{escape(order_id)}`\n" if order_id else "*Order*\n"
        return f"{head}:warning: {what}"
    lines = [f"*Order* `{order.order_id}` · {order.status.value.replace('_', ' ').lower()}"]
    if order.fulfilled_by.value == "AMAZON":
        lines.append("Fulfilled by Amazon: Amazon handles delivery questions.")
    if order.ship_by_latest:
        lines.append(f"Ship by {slack_date(order.ship_by_latest, '{date_short}')}")
    if order.deliver_by_latest:
        lines.append(f"Promised delivery by {slack_date(order.deliver_by_latest, '{date_short}')}")
    if order.items:
        lines.append("Items: " + escape(", ".join(order.items))[:500])
    return "\n".join(lines)


def _sender_block(check: SenderCheck) -> Block:
    """What the bot knows about who sent the mail; a loud section when it is not verified."""
    if not check.verified:
        reasons = "\n".join("• " + inert(p) for p in check.problems)
        return _section(
            ":no_entry: *Sender not verified*\n"
            f"{reasons}\n"
            "No suggested reply and no tracking on this card, and the bot sends nothing for "
            "it: a reply could reach whoever forged the mail. Answer from Seller Central "
            "(Orders > the order > Contact buyer), then press *Answered in Seller Central*."
        )
    if check.authentication is AuthOutcome.PASS:
        auth = ":lock: Sender authenticated (" + escape(check.detail)[:1000] + ")"
    else:
        auth = ":grey_question: Sender authentication not checked (WISMO_AUTHSERV_ID is not set)"
    buyer = {
        BuyerMatch.MATCH: "relay alias is the order's buyer",
        BuyerMatch.UNKNOWN: "relay alias not compared (no order, or Amazon gave no buyer e-mail)",
        BuyerMatch.PENDING: "relay alias not yet compared with the order's buyer",
        BuyerMatch.MISMATCH: "relay alias is not the order's buyer",
    }[check.buyer]
    return _context(f"{auth} · {buyer}")


def _carrier_names(order: Order | None) -> dict[str, str]:
    """The carrier each parcel's number was shipped with, as the order names it."""
    if order is None:
        return {}
    return {p.tracking_number: p.carrier for p in order.packages if p.tracking_number and p.carrier}


def _tracking_text(tracking: Tracking, now: datetime, named: str | None = None) -> str:
    status = STATUS_LABELS.get(tracking.status, tracking.status.value)
    if tracking.reason:
        status += f" ({tracking.reason.value.replace('_', ' ')})"
    if tracking.source == "amazon":
        status += " (Amazon's status)"
    flag = " :warning: needs attention" if tracking.needs_attention(now) else ""
    carrier = display_name(named, tracking.carrier, tracking.number) or "Carrier not recognised"
    head = f"*{escape(carrier)}* `{escape(tracking.number)}` · {status}{flag}"
    lines = [head]
    if tracking.source == "amazon":
        # Amazon's word, never the carrier's: the card says whose status it shows.
        lines.append(escape(tracking.status_text or "Amazon reports a status"))
        lines.append("_" + escape(tracking.note) + "_")
    elif not tracking.live:
        lines.append("_No live status: " + escape(tracking.note or "carrier not asked") + "_")
    if tracking.estimated_delivery:
        lines.append(f"Estimated delivery {tracking.estimated_delivery:%a %d %b %Y}")
    if tracking.delivered_at:
        lines.append(f"Delivered {slack_date(tracking.delivered_at)}")
    if tracking.proof:
        lines.append(_proof_text(tracking.proof))
    if tracking.last_event:
        event = tracking.last_event
        where = f", {escape(event.location)}" if event.location else ""
        lines.append(f"Last scan {slack_date(event.at)}: {escape(event.description)}{where}")
    if tracking.tracking_url:
        lines.append(f"<{tracking.tracking_url}|Tracking page>")
    return "\n".join(lines)


def _proof_text(proof: ProofOfDelivery) -> str:
    """The carrier's proof of delivery: who signed, where it was left, photo, geo."""
    parts = []
    if proof.signed_by:
        parts.append(f"signed by {escape(proof.signed_by)}")
    if proof.place:
        parts.append(f"left at {escape(proof.place)}")
    if proof.photo_url:
        parts.append(f"<{proof.photo_url}|delivery photo>")
    if proof.latitude is not None and proof.longitude is not None:
        parts.append(f"at {proof.latitude:.5f}, {proof.longitude:.5f}")
    return ":receipt: Proof of delivery: " + ", ".join(parts)


def _verdict(report: Report) -> str:
    if report.compliant and not report.findings:
        return ":white_check_mark: Passes Amazon's messaging policy"
    if report.compliant:
        warns = ", ".join(sorted({f.rule for f in report.findings}))
        return f":large_yellow_circle: Passes, with warnings: {warns}"
    rules = ", ".join(sorted({f.rule for f in report.blocking}))
    return f":no_entry: *Cannot be sent as is*: {rules}. Use Edit to fix it."


def card(conv: Conversation, *, now: datetime) -> dict[str, Any]:
    """The queue card: ``{"text": fallback, "blocks": [...]}`` for chat.postMessage/update."""
    msg = conv.message
    if msg.kind is MessageKind.SYSTEM and msg.system_kind in CLAIM_KINDS:
        return claim_card(conv, now=now)
    blocks: list[Block] = [
        {"type": "header", "text": _text(_title(conv), kind="plain_text")},
        _context(
            f"Received {slack_date(conv.received_at)}",
            deadline_badge(conv.due_at, now, open_=conv.open),
            f"Language: {msg.language or '?'}",
        ),
    ]
    if msg.subject:
        blocks.append(_context("Subject: " + inert(msg.subject)[:1000]))
    blocks.append(_section(_quote(msg.body or "(empty message)", SECTION_LIMIT - 100)))
    if msg.attachments:
        names = ", ".join(_attachment_line(a) for a in msg.attachments)
        blocks.append(_context(":paperclip: " + names[:2900]))
    if msg.problems:
        blocks.append(_context(":warning: " + inert("; ".join(msg.problems))[:2900]))
    blocks.extend(history_blocks(conv.history))
    if msg.kind is MessageKind.BUYER_MESSAGE and conv.sender is not None:
        blocks.append(_sender_block(conv.sender))
    elif msg.kind is MessageKind.SYSTEM and conv.sender_not_verified and conv.sender:
        # Anybody can write an Amazon notice: this one drove nothing.
        why = inert("; ".join(conv.sender.problems))
        effect = "it changed nothing in the queue"
        if msg.system_kind is SystemKind.POLICY_WARNING:
            effect = (
                "the managers were not alerted. Amazon's real warnings are also in Seller "
                "Central (Performance > Account Health)"
            )
        blocks.append(
            _section(
                f":warning: *Notice not verified*: it may not come from Amazon, so {effect}. {why}"[
                    :SECTION_LIMIT
                ]
            )
        )
    if msg.kind is MessageKind.BUYER_MESSAGE and conv.sender_not_verified:
        # Only the order id: dates, items and parcels stay off a card anyone could be
        # tempted to answer from.
        order_id = conv.order.order_id if conv.order is not None else msg.order_id
        head = f"*Order* `{escape(order_id)}`" if order_id else "*Order*: none named"
        blocks.append(_section(head + "\n_Details hidden until the sender is verified._"))
    elif msg.answerable:
        blocks.append(_section(_order_text(conv.order, conv.order_problem, msg.order_id)))
        named = _carrier_names(conv.order)
        for tracking in conv.trackings[:5]:
            blocks.append(_section(_tracking_text(tracking, now, named.get(tracking.number))))
    blocks.extend(_decision_area(conv, now=now))
    fallback = f"{_title(conv)}: {msg.order_id or 'no order id'}"
    return {"text": escape(fallback), "blocks": blocks[:MESSAGE_BLOCK_LIMIT]}


def _exchange_text(exchange: Exchange) -> str:
    when = slack_date(exchange.at)
    if exchange.no_response:
        who = f"<@{exchange.actor}>" if exchange.actor else "an agent"
        return f":zipper_mouth_face: *No response needed*, decided by {who} · {when}"
    if exchange.by_buyer:
        head = f":bust_in_silhouette: *Buyer* · {when}"
    else:
        who = f" by <@{exchange.actor}>" if exchange.actor else ""
        head = f":outbox_tray: *Our reply*{who} · {when}"
    return head + "\n" + _quote(exchange.text or "(empty)", HISTORY_EXCERPT)


def history_blocks(history: Sequence[Exchange]) -> list[Block]:
    """The conversation so far, newest first; folded after :data:`HISTORY_SHOWN`."""
    if not history:
        return []
    head = f":speech_balloon: *Earlier in this conversation* ({len(history)})"
    blocks: list[Block] = [_context(head)]
    blocks += [_section(_exchange_text(e)) for e in history[:HISTORY_SHOWN]]
    folded = len(history) - HISTORY_SHOWN
    if folded > 0:
        blocks.append(_context(f"…and {folded} earlier, folded: see the thread and /order"))
    return blocks


def file_skipped_note(filename: str, reason: str) -> dict[str, Any]:
    """The thread post naming a buyer's file that is not in the thread, and why."""
    name = escape(visible_name(filename) or "(unnamed)")
    text = f":paperclip: The buyer's file *{name}* is not in this thread: {escape(reason)}"
    return {"text": text[:SECTION_LIMIT]}


def follow_up_note(conv: Conversation) -> dict[str, Any]:
    """The thread post of a buyer's new message in a conversation that has a card."""
    msg = conv.message
    # A mail that failed the sender checks may be anybody's: the thread says so first.
    unverified = conv.sender is not None and not conv.sender.verified
    who = ":speech_balloon: *The buyer wrote again*"
    if unverified:
        who = ":warning: *Sender not verified*: a mail claiming to be the buyer"
    text = (
        f"{who} ({slack_date(conv.received_at)}): the card "
        f"above needs an answer again, due {slack_date(conv.due_at)}.\n"
        + _quote(msg.body or "(empty message)", SECTION_LIMIT - 300)
    )
    said = "A mail whose sender is not verified came" if unverified else "The buyer wrote again"
    return {"text": escape(f"{said} about {msg.order_id or 'their order'}"),
            "blocks": [_section(text)]}  # fmt: skip


def _decision_area(conv: Conversation, *, now: datetime) -> list[Block]:
    blocks: list[Block] = [{"type": "divider"}]
    if conv.state not in {MessageState.CARDED, MessageState.DRAFTED}:
        blocks.append(_section(_outcome_text(conv), block_id=BlockId.DECISION))
        if conv.send_in_doubt:
            blocks.append(_in_doubt_actions(conv))
        elif conv.state in {MessageState.MANUAL, MessageState.FAILED, MessageState.MALFORMED}:
            elements = [_button("Mark answered", ActionId.MARK_ANSWERED, str(conv.pk))]
            if conv.state is MessageState.FAILED and conv.message.answerable:
                elements.insert(
                    0,
                    _button(
                        "Edit and send again", ActionId.SEND_AGAIN, str(conv.pk), style="primary"
                    ),
                )
            blocks.append({"type": "actions", "elements": elements})
        return blocks
    draft = conv.draft
    refused = conv.decision
    if refused is not None and refused.kind in SENDING_KINDS:
        # Still open after a decision: the policy check refused the text at sending.
        blocks.append(
            _context(
                f":no_entry: Sending refused for <@{refused.actor}> at "
                f"{slack_date(refused.at, '{time}')}: {escape(refused.note)[:2500]}"
            )
        )
    unverified = conv.sender_not_verified
    if unverified:
        blocks.append(
            _section("*No reply from the bot*: sender not verified. Answer from Seller Central.")
        )
    elif draft and draft.text:
        blocks.append(_section("*Suggested reply*\n" + _quote(draft.text, SECTION_LIMIT - 40)))
        blocks.append(_context(_verdict(draft.report)))
    elif conv.message.answerable:
        blocks.append(_section("*No suggested reply*: press Edit to write one."))
    if conv.message.kind is MessageKind.BUYER_MESSAGE and not unverified:
        blocks.extend(choice_blocks(conv))
    hold = conv.autopilot
    holding = hold is not None and hold.state is HoldState.HOLDING
    if hold is not None:
        blocks.append(_hold_block(hold, conv.time_zone))
    value = str(conv.pk)
    elements = []
    if holding:
        elements.append(_button("Stop", ActionId.STOP_AUTOPILOT, value, style="danger"))
    thanks = conv.message.intent is Intent.THANKS or (
        draft is not None and draft.next_step == "no_response_needed"
    )
    buyer = conv.message.answerable
    if buyer and thanks:
        elements.append(_no_response_button(conv, primary=True))
    if draft and draft.waits_for == "new_ship_date" and not unverified:
        label = "Change the ship date" if draft.text else (draft.action or "Enter new ship date")
        style = None if draft.text else "primary"
        elements.append(_button(label, ActionId.SHIP_DATE, value, style=style))
    if draft and draft.text and draft.report.compliant and not unverified:
        elements.append(_approve_button(conv, draft.action))
    if buyer and unverified:
        elements.append(_button("Answered in Seller Central", ActionId.MARK_ANSWERED, value))
    elif buyer:
        elements.append(_button("Edit", ActionId.EDIT, value))
    elements.append(_button("Reject", ActionId.REJECT, value, style="danger"))
    if buyer and not thanks:
        elements.append(_no_response_button(conv, primary=False))
    blocks.append({"type": "actions", "block_id": f"act-{conv.pk}", "elements": elements})
    return blocks


def local_time(at: datetime, zone: str) -> str:
    """``14:32`` in the workspace's time zone, with the date when it is not today's there."""
    tz = ZoneInfo(zone)
    return at.astimezone(tz).strftime("%H:%M")


def _hold_block(hold: AutopilotHold, zone: str) -> Block:
    """What the card says of its autopilot hold."""
    if hold.state is HoldState.HOLDING:
        return _section(
            f":robot_face: *Sends automatically at {local_time(hold.send_at, zone)}* "
            f"({escape(zone)}) unless someone presses *Stop* or decides first."
        )
    when = local_time(hold.ended_at, zone) if hold.ended_at is not None else ""
    if hold.state is HoldState.STOPPED:
        who = f"<@{hold.ended_by}>" if hold.ended_by else "an agent"
        text = f":raised_hand: Autopilot stopped by {who} at {when}: answer it as usual."
    elif hold.state is HoldState.REFUSED:
        text = f":no_entry: The autopilot did not send this reply at {when}: {escape(hold.reason)}."
    elif hold.state is HoldState.CANCELLED:
        text = f":information_source: Not sent by the autopilot: {escape(hold.reason)}."
    else:
        text = f":robot_face: Sent by autopilot at {when}."
    return _context(text[:2900])


CHOICE_LABELS: dict[str, str] = {
    "damaged_replacement": "Replacement",
    "damaged_refund": "Refund",
    "damaged_return": "Return",
    "lost_reship": "Reship",
    "lost_refund": "Refund",
}
"""The card's buttons for the agent's choice after a damaged or lost parcel."""


def choice_action_id(scenario: str) -> str:
    """``wismo.choose.damaged_refund``: the button of one choice."""
    return f"{ActionId.CHOOSE_REPLY}.{scenario}"


def choice_blocks(conv: Conversation) -> list[Block]:
    """The agent's choices for the reply (replacement, refund, return; reship, refund):
    a click renders the reply with that choice.  The one the reply says now is marked."""
    draft = conv.draft
    if draft is None or not draft.choices:
        return []
    elements = []
    for scenario in draft.choices:
        label = CHOICE_LABELS.get(scenario, scenario.replace("_", " ").capitalize())
        chosen = scenario == draft.scenario
        elements.append(
            _button(
                ("✓ " if chosen else "") + label,
                ActionId.CHOOSE_REPLY,
                str(conv.pk),
                style="primary" if chosen else None,
            )
            | {"action_id": choice_action_id(scenario)}
        )
    return [
        _context("*Your choice*: the reply says what you chose, once you have done it"),
        {"type": "actions", "block_id": f"choose-{conv.pk}", "elements": elements},
    ]


def _approve_button(conv: Conversation, action: str | None) -> dict[str, Any]:
    if not action:
        return _button("Approve and send", ActionId.APPROVE, str(conv.pk), style="primary")
    # The reply reports the action as done: Slack asks before it goes.
    confirm = _confirm(
        "Done in Seller Central?",
        f"The reply tells the buyer it is done: *{escape(action)}*. Send it only once you have.",
        "Send",
    )
    confirm["style"] = "primary"
    return _button(action, ActionId.APPROVE, str(conv.pk), style="primary", confirm=confirm)


def _no_response_button(conv: Conversation, *, primary: bool) -> dict[str, Any]:
    """Records the decision; with Amazon's URL the same click opens its page to mark it
    there too (Slack sends the action and opens the URL)."""
    url = conv.message.no_response_url
    label = "No response needed" + (" (Amazon)" if url else "")
    return _button(
        label, ActionId.NO_RESPONSE, str(conv.pk), style="primary" if primary else None, url=url
    )


def _outcome_text(conv: Conversation) -> str:
    decision = conv.decision
    who = f"<@{decision.actor}>" if decision else "the bot"
    when = slack_date(decision.at, "{time}") if decision else ""
    autopilot = decision is not None and decision.kind is DecisionKind.AUTOPILOT
    if autopilot:
        who = "the autopilot"
    if conv.state is MessageState.ANSWERED and autopilot:
        head = f":robot_face: *Sent by autopilot* at {when}, without a click"
    elif conv.state is MessageState.ANSWERED:
        head = f":white_check_mark: *Sent* by {who} at {when}"
        if decision and decision.kind is DecisionKind.EDIT:
            head += " (edited)"
        if decision and decision.kind is DecisionKind.RESEND:
            head += " (sent again)"
        if decision and decision.kind is DecisionKind.MARK_ANSWERED:
            head = f":white_check_mark: *Answered in Seller Central*, marked by {who} at {when}"
    elif conv.state is MessageState.SENDING and conv.send_in_doubt:
        head = (
            f":warning: *Sent or not? In doubt* (approved by {who} at {when}): "
            f"{escape(conv.outcome)}. Then say what you found."
        )
    elif conv.state is MessageState.SENDING:
        head = f":outbox_tray: *Sending* (approved by {who} at {when})"
    elif conv.state is MessageState.MANUAL:
        head = (
            f":hand: *Handled manually* by {who} at {when}: answer in Seller Central, "
            "then press Mark answered. The deadline keeps running."
        )
    elif conv.state is MessageState.NO_RESPONSE:
        head = (
            f":zipper_mouth_face: *No response needed*, decided by {who} at {when}; the "
            "deadline is stopped. Mark it so in Seller Central too, if Amazon's page did not open."
        )
    elif conv.state is MessageState.SUPERSEDED:
        head = ":speech_balloon: The buyer wrote again: the later message carries this on."
    elif conv.state is MessageState.SPAM:
        head = f":wastebasket: *Marked as spam* by {who} at {when}"
    elif conv.state is MessageState.FAILED:
        head = f":x: *Not sent*: {escape(conv.outcome) or 'sending failed'}. A human must act."
    elif conv.state is MessageState.SYSTEM:
        head = ":information_source: Amazon notice: nothing to answer."
    elif conv.state is MessageState.MALFORMED:
        head = (
            ":warning: This mail could not be read; open it in the support mailbox. If it is "
            "a buyer's, answer in Seller Central before the deadline, then press Mark answered."
        )
    else:
        head = f"State: {conv.state.value}"
    if decision and decision.note:
        head += "\n_Note:_ " + escape(decision.note)
    if conv.outcome and conv.state is not MessageState.FAILED:
        head += "\n" + escape(conv.outcome)
    return head


# -- modals ------------------------------------------------------------------------------


def verdict_key(report: Report) -> str:
    """A short digest of what the findings block shows, kept in its ``block_id``.

    The keystroke listener compares it with the block of the view Slack sent, so it
    calls views.update only when the verdict changes, without any server-side state.
    A finding that grows as the agent types (``mystore.c`` -> ``mystore.com``) keeps
    its key: rule, severity and where it starts.
    """
    parts = sorted({f"{f.rule}/{f.severity}/{f.start}" for f in report.findings})
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]


def findings_block_id(report: Report) -> str:
    return f"{BlockId.FINDINGS}:{verdict_key(report)}"


def shown_verdict(view: dict[str, Any]) -> str | None:
    """The verdict key of the findings block in ``view`` (as Slack sent it back)."""
    for block in view.get("blocks") or ():
        block_id = str(block.get("block_id") or "")
        if block_id.startswith(f"{BlockId.FINDINGS}:"):
            return block_id.partition(":")[2]
    return None


def findings_blocks(report: Report) -> list[Block]:
    """The live verdict under the edit box: rule, excerpt, what to write instead."""
    block_id = findings_block_id(report)
    if not report.findings:
        return [
            {
                "type": "context",
                "block_id": block_id,
                "elements": [_text(":white_check_mark: Passes Amazon's messaging policy")],
            }
        ]
    lines = [_finding_line(f) for f in report.findings[:12]]
    more = len(report.findings) - 12
    if more > 0:
        lines.append(f"…and {more} more")
    return [{"type": "section", "block_id": block_id, "text": _text("\n".join(lines))}]


_VIEW_KEYS = ("type", "callback_id", "private_metadata", "title", "submit", "close")


def with_findings(view: dict[str, Any], report: Report) -> dict[str, Any]:
    """``view`` (as Slack sent it in a payload) with its findings replaced by ``report``'s.

    Input blocks keep their ids and lose ``initial_value``, so Slack keeps what the agent
    is typing; every other block is kept as it is.
    """
    blocks: list[Block] = []
    replaced = False
    for block in view.get("blocks") or ():
        block_id = str(block.get("block_id") or "")
        if block_id.startswith(f"{BlockId.FINDINGS}:") or block_id == BlockId.FINDINGS:
            if not replaced:
                blocks.extend(findings_blocks(report))
                replaced = True
            continue
        if block.get("type") == "input":
            element = {k: v for k, v in block["element"].items() if k != "initial_value"}
            block = {**block, "element": element}
        blocks.append(block)
    if not replaced:
        blocks.extend(findings_blocks(report))
    out = {k: view[k] for k in _VIEW_KEYS if k in view}
    out["blocks"] = blocks
    return out


def notice_modal(title: str, text: str) -> dict[str, Any]:
    """A modal that only says something (not authorised, already handled...)."""
    return {
        "type": "modal",
        "title": {"type": "plain_text", "text": title[:24]},
        "close": {"type": "plain_text", "text": "Close"},
        "blocks": [_section(text)],
    }


def _finding_line(finding: Finding) -> str:
    icon = ":no_entry:" if finding.severity == "block" else ":warning:"
    excerpt = escape(finding.excerpt[:80])
    tip = f" {escape(finding.suggestion)}" if finding.suggestion else ""
    return f"{icon} *{finding.rule}* `{excerpt}`: {escape(finding.message)}{tip}"


def reply_block_id(view: dict[str, Any]) -> str:
    """The block id of the edit modal's reply input, as it stands in ``view``."""
    for block in view.get("blocks") or ():
        block_id = str(block.get("block_id") or "")
        if block.get("type") == "input" and (
            block_id == BlockId.REPLY or block_id.startswith(f"{BlockId.REPLY}.")
        ):
            return block_id
    return BlockId.REPLY


def _scenario_select(options: Sequence[tuple[str, str]], picked: str | None) -> Block:
    choices = [
        {"text": {"type": "plain_text", "text": label[:75]}, "value": value[:150]}
        for value, label in options[:100]
    ]
    select: dict[str, Any] = {
        "type": "static_select",
        "action_id": ActionId.SCENARIO,
        "placeholder": {"type": "plain_text", "text": "Another reply"},
        "options": choices,
    }
    initial = next((c for c in choices if c["value"] == picked), None)
    if initial is not None:
        select["initial_option"] = initial
    return {
        "type": "section",
        "block_id": BlockId.SCENARIO,
        "text": _text("*Reply template*: pick another to start from its text"),
        "accessory": select,
    }


def edit_modal(
    conv: Conversation | None,
    text: str,
    report: Report | None,
    *,
    loading: bool = False,
    again: bool = False,
    options: Sequence[tuple[str, str]] = (),
    picked: str | None = None,
    note: str = "",
    generation: int = 0,
) -> dict[str, Any]:
    """The Edit modal.  The input block keeps its ids in every update (Slack keeps the
    agent's text) and ``initial_value`` only matters the first time.  ``again``: the
    reply failed and is sent once more (its own callback, the same checks).

    ``options`` (scenario, label) fill the "switch the reply" select, ``picked`` is the
    scenario the text comes from.  Switching replaces the text: the input then gets a
    new block id (``generation``), since Slack keeps what was typed in a block it knows.
    """
    lang = (conv.draft.language if conv and conv.draft else "") or (
        conv.message.language if conv else ""
    )
    if picked is None and conv is not None and conv.draft is not None:
        picked = conv.draft.scenario or None
    pk = conv.pk if conv else None
    meta = json.dumps({"pk": pk, "lang": lang or None, "scenario": picked, "gen": generation})
    blocks: list[Block] = []
    view: dict[str, Any] = {
        "type": "modal",
        "callback_id": CallbackId.SEND_AGAIN if again else CallbackId.EDIT_REPLY,
        "private_metadata": meta,
        "title": {"type": "plain_text", "text": "Send again" if again else "Edit reply"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": blocks,
    }
    if conv is not None:
        order = conv.message.order_id or "no order id"
        blocks.append(_section(f"*Reply to the buyer* · order `{escape(order)}`"))
        if again and conv.outcome:
            blocks.append(_context(f":x: {escape(conv.outcome)[:2900]}"))
    if loading:
        # No input block yet: Slack would keep an empty input's value over the
        # initial_value of the filled view, which reuses the same block id.
        blocks.append(_section("Loading the suggested reply…"))
        return view
    if options:
        blocks.append(_scenario_select(options, picked))
    if note:
        blocks.append(_context(":information_source: " + escape(note)[:2900]))
    element: dict[str, Any] = {
        "type": "plain_text_input",
        "action_id": ActionId.REPLY_TEXT,
        "multiline": True,
        "max_length": MAX_REPLY_CHARS,
        "dispatch_action_config": {"trigger_actions_on": ["on_character_entered"]},
    }
    if text:
        element["initial_value"] = text[:MAX_REPLY_CHARS]
    blocks.append(
        {
            "type": "input",
            "block_id": BlockId.REPLY if not generation else f"{BlockId.REPLY}.{generation}",
            "dispatch_action": True,
            "label": {"type": "plain_text", "text": "Reply"},
            "hint": {
                "type": "plain_text",
                "text": "Checked against Amazon's policy as you type: no own links, "
                "e-mail addresses, phone numbers, review requests or marketing.",
            },
            "element": element,
        }
    )
    blocks.append(_files_input())
    if report is not None:
        blocks.extend(findings_blocks(report))
    return {**view, "submit": {"type": "plain_text", "text": "Send"}}


def _either(words: Iterable[str]) -> str:
    *first, last = words
    return f"{', '.join(first)} or {last}"


_FILE_KINDS = _either(REPLY_FILE_TYPES.values())


def _files_input() -> Block:
    """Files to send with the reply: Slack's file input, checked again on submit by what
    the bytes are (bot.services.reply_files)."""
    return {
        "type": "input",
        "block_id": BlockId.REPLY_FILES,
        "optional": True,
        "label": {"type": "plain_text", "text": "Attach files"},
        "hint": {
            "type": "plain_text",
            "text": "Only when the order needs it (invoice, return label, instructions): "
            f"{_FILE_KINDS}, at most {REPLY_FILES_MAX_BYTES // (1024 * 1024)} MB in all.",
        },
        "element": {
            "type": "file_input",
            "action_id": ActionId.REPLY_FILES,
            "filetypes": list(REPLY_FILE_EXTENSIONS),
            "max_files": 5,
        },
    }


def ship_date_modal(pk: int, *, earliest: str, ship_by: str | None = None) -> dict[str, Any]:
    """The agent gives the new ship date of a late order (``earliest``: today, ISO)."""
    text = "*When will the order ship?* The reply gives the buyer this date; nothing else does."
    if ship_by:
        text += f"\nAmazon's ship-by date was {escape(ship_by)}."
    return {
        "type": "modal",
        "callback_id": CallbackId.SHIP_DATE,
        "private_metadata": json.dumps({"pk": pk}),
        "title": {"type": "plain_text", "text": "New ship date"},
        "submit": {"type": "plain_text", "text": "Write the reply"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            _section(text),
            {
                "type": "input",
                "block_id": BlockId.SHIP_DATE,
                "label": {"type": "plain_text", "text": "New ship date"},
                "element": {
                    "type": "datepicker",
                    "action_id": ActionId.SHIP_DATE_PICK,
                    "initial_date": earliest,
                },
            },
        ],
    }


def reject_modal(pk: int) -> dict[str, Any]:
    options = [
        {"text": {"type": "plain_text", "text": label[:75]}, "value": reason.value}
        for reason, label in REJECT_REASON_LABELS.items()
    ]
    return {
        "type": "modal",
        "callback_id": CallbackId.REJECT,
        "private_metadata": json.dumps({"pk": pk}),
        "title": {"type": "plain_text", "text": "Reject suggestion"},
        "submit": {"type": "plain_text", "text": "Reject"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            {
                "type": "input",
                "block_id": BlockId.REJECT_REASON,
                "label": {"type": "plain_text", "text": "Why?"},
                "element": {
                    "type": "radio_buttons",
                    "action_id": ActionId.REJECT_REASON,
                    "options": options,
                },
            },
            {
                "type": "input",
                "block_id": BlockId.REJECT_NOTE,
                "optional": True,
                "label": {"type": "plain_text", "text": "Note (required for Other)"},
                "element": {
                    "type": "plain_text_input",
                    "action_id": ActionId.REJECT_NOTE,
                    "max_length": 500,
                },
            },
        ],
    }


# -- lookups, queue, escalations -----------------------------------------------------------


def order_lookup_blocks(
    order_id: str, order: Order | None, problem: str, trackings: Sequence[Tracking], now: datetime
) -> list[Block]:
    blocks = [_section(_order_text(order, problem, order_id))]
    named = _carrier_names(order)
    blocks += [_section(_tracking_text(t, now, named.get(t.number))) for t in trackings[:10]]
    return blocks


def tracking_lookup_blocks(tracking: Tracking, now: datetime) -> list[Block]:
    return [_section(_tracking_text(tracking, now))]


def _queue_line(entry: QueueEntry, now: datetime) -> str:
    who = inert(entry.buyer_name or "buyer")
    order = escape(entry.order_id or "no order id")
    intent = INTENT_LABELS.get(entry.intent or Intent.OTHER, "")
    link = ""
    if entry.slack_channel and entry.slack_ts:
        ts = entry.slack_ts.replace(".", "")
        link = f" · <https://slack.com/archives/{entry.slack_channel}/p{ts}|card>"
    badge = deadline_badge(entry.due_at, now)
    on_it = ""
    if entry.decided_by:
        on_it = f" · on it: <@{entry.decided_by}>"
    elif entry.edited_by:
        on_it = f" · edited by <@{entry.edited_by}>"
    state = _STATE_WORDS.get(entry.state, entry.state.value)
    return f"{badge}\n{intent} · `{order}` · {who} · {state}{on_it}{link}"


_STATE_WORDS: dict[MessageState, str] = {
    MessageState.RECEIVED: "looking up the order",
    MessageState.DRAFTED: "card being posted",
    MessageState.CARDED: "waiting for a decision",
    MessageState.SENDING: "reply being sent",
    MessageState.MANUAL: "handled manually in Seller Central",
    MessageState.FAILED: "reply failed: needs a human",
}


def queue_blocks(
    convs: Sequence[QueueEntry | Conversation],
    now: datetime,
    *,
    limit: int = 40,
    total: int | None = None,
    due_soon: int | None = None,
    more_hint: str = "",
) -> list[Block]:
    """Open conversations, most urgent first.

    ``total`` and ``due_soon`` count every open one when ``convs`` is only the first page;
    ``more_hint`` says where to see the rest, after "…and N more".
    """
    if not convs:
        return [_section(":tada: Nothing waiting: every buyer message is answered.")]
    shown = [c if isinstance(c, QueueEntry) else QueueEntry.of(c) for c in convs]
    shown = sorted(shown, key=lambda c: c.due_at)[:limit]
    if total is None:
        total = len(convs)
    if due_soon is None:
        due_soon = sum(1 for c in convs if c.due_at - now <= timedelta(hours=4))
    blocks = [_section(f"*{total} open* · {due_soon} due within 4 hours or late")]
    blocks += [_section(_queue_line(c, now)) for c in shown]
    if total > len(shown):
        blocks.append(_context(f"…and {total - len(shown)} more{more_hint}"))
    return blocks


def autopilot_status_blocks(status: AutopilotStatus) -> list[Block]:
    """``/wismo autopilot status`` (and the answer to ``on`` and ``off``)."""
    if not status.scenarios:
        return [
            _section(
                ":robot_face: *Autopilot: not configured.* Set `WISMO_AUTOPILOT` to the "
                "scenarios it may send (e.g. `in_transit,out_for_delivery,delivered`) and "
                "restart the bot."
            )
        ]
    state = "ON" if status.on else "OFF"
    lines = [f":robot_face: *Autopilot is {state}*"]
    if status.changed_by and status.changed_at is not None:
        lines[0] += f" (switched by <@{status.changed_by}>, {slack_date(status.changed_at)})"
    seconds = int(status.hold.total_seconds())
    hold = f"{seconds} s" if seconds < 60 else _hours(status.hold)
    hours = status.hours or "at any hour"
    if status.hours and not status.in_hours_now:
        hours += " (outside them now)"
    lines += [
        f"• Scenarios: {', '.join(f'`{s}`' for s in status.scenarios)}",
        f"• Hold before sending: {hold}",
        f"• Sent today: *{status.sent_today}* of {status.daily_cap} a day",
        f"• Cards on hold now: *{status.holding}*",
        f"• Hours: {escape(hours)} ({escape(status.time_zone)})",
    ]
    return [_section("\n".join(lines))]


def figures_text(figures: ResponseFigures | TeamFigures) -> str:
    """The team's last seven days: answered in time and the median time to answer."""
    head = "*Last 7 days*"
    if not figures.answered:
        text = f"{head}: nothing answered yet"
    else:
        share = round(100 * figures.answered_in_time / figures.answered)
        med = _hours(figures.median_response) if figures.median_response is not None else "?"
        text = (
            f"{head}: {figures.answered} answered, *{figures.answered_in_time} in time* "
            f"({share} %) · median response time *{med}*"
        )
    if figures.breaches:
        text += f" · :rotating_light: {figures.breaches} deadline(s) missed"
    return text


def home_view(
    convs: Sequence[QueueEntry | Conversation],
    now: datetime,
    figures: str = "",
    *,
    total: int | None = None,
    due_soon: int | None = None,
) -> dict[str, Any]:
    blocks: list[Block] = [
        {"type": "header", "text": _text("Buyer messages by deadline", kind="plain_text")},
        {
            "type": "actions",
            "elements": [_button("Refresh", ActionId.HOME_REFRESH, "refresh")],
        },
    ]
    if figures:
        blocks.append(_section(figures))
    blocks += queue_blocks(convs, now, limit=VIEW_BLOCK_LIMIT - 5, total=total, due_soon=due_soon)
    return {"type": "home", "blocks": blocks[:VIEW_BLOCK_LIMIT]}


def notice_home(text: str) -> dict[str, Any]:
    """App Home for someone who may not see the queue: the reason, nothing else."""
    header = {"type": "header", "text": _text("Buyer messages", kind="plain_text")}
    return {"type": "home", "blocks": [header, _section(text)]}


def escalation_text(
    conv: Conversation, threshold: timedelta, now: datetime, mentions: Sequence[str] = ()
) -> str:
    who = " ".join(mentions)
    order = escape(conv.message.order_id or "no order id")
    if threshold <= timedelta(0):
        return (
            f":rotating_light: {who} *Deadline missed* for order `{order}`: "
            f"Amazon's 24-hour reply window closed {slack_date(conv.due_at)}."
        ).strip()
    return (
        f"{who} :hourglass_flowing_sand: {_hours(conv.due_at - now)} left to answer "
        f"order `{order}` (due {slack_date(conv.due_at)})."
    ).strip()


# -- A-to-z claims and chargebacks --------------------------------------------------------

_CLAIM_TITLES = {
    SystemKind.A_TO_Z_CLAIM: "A-to-z Guarantee claim",
    SystemKind.CHARGEBACK: "Chargeback",
}
_CLAIM_PAGES = {
    SystemKind.A_TO_Z_CLAIM: "Performance → A-to-z Guarantee claims",
    SystemKind.CHARGEBACK: "Performance → Chargeback claims",
}


def claim_card(conv: Conversation, *, now: datetime) -> dict[str, Any]:
    """An A-to-z claim's or chargeback's card: deadline, next step and the evidence panel
    (order, every package's tracking with its scans and delivery, the buyer conversation)."""
    msg = conv.message
    kind = msg.system_kind or SystemKind.A_TO_Z_CLAIM
    title = _CLAIM_TITLES.get(kind, "Claim") + (f" ({msg.marketplace})" if msg.marketplace else "")
    facts = [
        f"Received {slack_date(conv.received_at)}",
        deadline_badge(conv.due_at, now, open_=conv.open),
    ]
    if msg.case_id:
        facts.append(f"Case `{escape(msg.case_id)}`")
    blocks: list[Block] = [
        {"type": "header", "text": _text(":scales: " + title, kind="plain_text")},
        _context(*facts),
    ]
    if msg.subject:
        blocks.append(_context("Subject: " + inert(msg.subject)[:1000]))
    blocks.append(_section(_quote(msg.body or "(empty mail)", 1500)))
    if conv.open:
        blocks.append(
            _section(
                f"*Next step*: respond in Seller Central ({_CLAIM_PAGES.get(kind, '')}) before "
                f"the deadline with the evidence below (*Copy evidence* gives it as text), "
                "then press *Responded in Seller Central*. Unanswered, Amazon decides for the "
                "buyer and the claim counts against the Order Defect Rate."
            )
        )
    blocks.append({"type": "divider"})
    blocks.append(
        _section("*Evidence*\n" + _order_text(conv.order, conv.order_problem, msg.order_id))
    )
    for tracking in conv.trackings[:5]:
        blocks.append(_section(_claim_tracking_text(tracking, now)))
    blocks.append(_section(_exchanges_text(conv)))
    elements = [_button("Copy evidence", ActionId.COPY_EVIDENCE, str(conv.pk))]
    if conv.open:
        elements.append(
            _button(
                "Responded in Seller Central",
                ActionId.MARK_ANSWERED,
                str(conv.pk),
                style="primary",
            )
        )
    else:
        blocks.append(_section(_outcome_text(conv), block_id=BlockId.DECISION))
    blocks.append({"type": "actions", "block_id": f"act-{conv.pk}", "elements": elements})
    fallback = f"{title}: {msg.order_id or 'no order id'}"
    return {"text": escape(fallback), "blocks": blocks[:MESSAGE_BLOCK_LIMIT]}


def _claim_tracking_text(tracking: Tracking, now: datetime) -> str:
    lines = [_tracking_text(tracking, now)]
    events = tracking.events[:8]
    for event in events:
        where = f", {escape(event.location)}" if event.location else ""
        lines.append(f"• {slack_date(event.at)}: {escape(event.description)}{where}")
    if len(tracking.events) > len(events):
        lines.append(f"_… {len(tracking.events) - len(events)} earlier scans in Copy evidence_")
    return "\n".join(lines)[: SECTION_LIMIT - 10]


def _exchanges_text(conv: Conversation) -> str:
    if not conv.evidence:
        return "*Conversation with the buyer*: no message from the buyer about this order."
    lines = ["*Conversation with the buyer*"]
    for entry in conv.evidence[-6:]:
        who = "Buyer" if entry.by_buyer else "We"
        text = " ".join(entry.text.split())
        lines.append(f"• {slack_date(entry.at)} {who}: {inert(truncate(text, 300))}")
    return "\n".join(lines)[: SECTION_LIMIT - 10]
