"""Slash commands: ``/order``, ``/track``, ``/wismo queue`` and ``/wismo check``.

Every answer is ephemeral.  Bad input is answered in the ack itself with what to type;
a lookup that calls Amazon or a carrier acks with "Looking up…" first and answers
through the ``response_url`` (the 3-second window is not enough for a slow carrier).
"""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from bot.domain import Order
from bot.errors import AmazonAuthFailed, AmazonError, OrderNotFound
from bot.services.conversations import conversations_for_order, open_conversations
from bot.services.deciding import check_reply
from bot.slack.blocks import (
    Block,
    findings_blocks,
    order_lookup_blocks,
    queue_blocks,
    tracking_lookup_blocks,
)
from bot.slack.ids import Command
from bot.slack.mrkdwn import escape
from carriers.detect import detect
from carriers.model import Tracking
from carriers.names import order_carrier
from handlers.context import Wismo, wismo
from handlers.responses import guarded

__all__ = ["ORDER_ID", "order", "register", "track", "wismo_command"]

log = logging.getLogger(__name__)

ORDER_ID = re.compile(r"\d{3}-\d{7}-\d{7}")

ORDER_USAGE = (
    "Usage: `/order 123-1234567-1234567`: an Amazon order id is 3, 7 and 7 digits "
    "with dashes, as in Seller Central."
)
TRACK_USAGE = "Usage: `/track NUMBER`: the tracking number printed on the label."
WISMO_USAGE = (
    "Usage:\n• `/wismo queue`: open buyer messages by deadline, and who is on them\n"
    "• `/wismo check TEXT`: check any reply text against Amazon's messaging policy\n"
    "• `/order 123-1234567-1234567` and `/track NUMBER` look up orders and parcels"
)


def register(app: App) -> None:
    app.command(Command.ORDER)(guarded(order))
    app.command(Command.TRACK)(guarded(track))
    app.command(Command.WISMO)(guarded(wismo_command))


def _private(ack: Ack, text: str, blocks: list[Block] | None = None) -> None:
    ack(response_type="ephemeral", text=text, blocks=blocks)


def order(ack: Ack, command: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    text = (command.get("text") or "").strip()
    if not ORDER_ID.fullmatch(text):
        shown = f" (`{escape(text[:60])}` is not one)" if text else ""
        _private(ack, ORDER_USAGE + shown)
        return
    _private(ack, f"Looking up order `{text}`…")
    blocks = order_answer(wismo(context), text)
    respond(text=f"Order {text}", blocks=blocks, response_type="ephemeral", replace_original=True)


def order_answer(w: Wismo, order_id: str) -> list[Block]:
    services = w.services
    now = w.now()
    live: Order | None = None
    problem = ""
    if services.orders is None:
        problem = "SP-API is not configured (SPAPI_* settings): showing what the bot stored."
    else:
        try:
            live = services.orders.get_order(order_id)
        except OrderNotFound:
            problem = (
                f"Amazon does not know order {order_id} for this seller account: check the "
                "id (an order of another seller is not visible to the bot)."
            )
        except AmazonAuthFailed:
            problem = (
                f"Amazon refused access to order {order_id}: it belongs to another seller "
                "account, or the SP-API authorisation (SPAPI_* settings) needs renewing."
            )
        except AmazonError as exc:
            problem = f"Amazon's order service did not answer ({exc}); try again in a minute."
    with services.uow_factory() as uow:
        convs = conversations_for_order(uow, order_id, policy=services.policy)
    shown = live or next((c.order for c in convs if c.order is not None), None)
    trackings = _trackings(w, shown) if shown is not None else []
    blocks = order_lookup_blocks(order_id, shown, problem, trackings, now)
    open_ = [c for c in convs if c.open]
    if open_:
        blocks.append({"type": "divider"})
        blocks += queue_blocks(open_, now, limit=10)
    elif convs:
        blocks.append(_context(f"{len(convs)} earlier message(s) about this order, all closed."))
    else:
        blocks.append(_context("No buyer message about this order in the bot."))
    return blocks[:50]


def _trackings(w: Wismo, order: Order) -> list[Tracking]:
    found: list[Tracking] = []
    for package in order.packages[:10]:
        if not package.tracking_number:
            continue
        try:
            found.append(
                w.services.tracking.track(
                    package.tracking_number,
                    carrier=order_carrier(package.carrier, package.shipping_service),
                )
            )
        except Exception:  # one broken carrier must not hide the order
            log.exception("tracking %s failed", package.tracking_number)
    return found


def _context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}


def track(ack: Ack, command: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    number = "".join((command.get("text") or "").split())
    if not number or len(number) > 64:
        _private(ack, TRACK_USAGE)
        return
    _private(ack, f"Tracking `{escape(number)}`…")
    w = wismo(context)
    matches = detect(number)
    if matches:
        best = matches[0]
        others = ", ".join(m.carrier_name for m in matches[1:4])
        line = f"Recognised as *{escape(best.carrier_name)}* ({escape(best.service)})"
        if others:
            line += f"; could also be {escape(others)}"
    else:
        line = (
            ":grey_question: No carrier's number format matches: check for a typo, or the "
            "carrier may use a format the bot does not know."
        )
    try:
        tracking = w.services.tracking.track(number)
    except ValueError as exc:
        respond(text=str(exc), response_type="ephemeral", replace_original=True)
        return
    blocks = [_context(line), *tracking_lookup_blocks(tracking, w.now())]
    respond(text=f"Tracking {number}", blocks=blocks, response_type="ephemeral",
            replace_original=True)  # fmt: skip


def wismo_command(ack: Ack, command: dict[str, Any], context: BoltContext) -> None:
    text = (command.get("text") or "").strip()
    sub, _, rest = text.partition(" ")
    w = wismo(context)
    if sub == "queue":
        with w.services.uow_factory() as uow:
            convs = open_conversations(uow, limit=40, policy=w.services.policy)
        _private(ack, f"{len(convs)} open buyer message(s)", queue_blocks(convs, w.now()))
    elif sub == "check":
        reply = rest.strip()
        if not reply:
            _private(ack, "Usage: `/wismo check TEXT`: paste the reply you want to send.")
            return
        report = check_reply(reply, None, w.services.policy)
        verdict = "passes" if report.compliant else "would be refused"
        _private(ack, f"This text {verdict}", findings_blocks(report))
    else:
        _private(ack, WISMO_USAGE)
