"""Slash commands: ``/order``, ``/track``, ``/wismo queue`` and ``/wismo check``.

Every answer is ephemeral.  Bad input is answered in the ack itself with what to type;
a lookup that calls Amazon or a carrier acks with "Looking up…" first and answers
through the ``response_url`` (the 3-second window is not enough for a slow carrier).
``/wismo queue`` acks with nothing and answers through the ``response_url`` too: the
agent sees the same one ephemeral message, and the database read and the blocks no
longer hold up the answer to Slack (nor, run in the same process, other agents'
answers).  Each listener acks on the request thread and returns the rest of its work
(:func:`handlers.responses.ack_then`), started once Slack has its answer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

from slack_bolt import Ack, App, BoltContext, Respond

from bot.domain import MAX_REPLY_CHARS
from bot.errors import DecisionError, NotAuthorised
from bot.services import autopilot
from bot.services.deciding import check_reply
from bot.services.order_lookup import OrderLookup, look_up_order, look_up_parcel
from bot.services.overview import HOME_LIMIT, QUEUE_LIMIT, read_queue
from bot.slack.blocks import (
    Block,
    autopilot_status_blocks,
    findings_blocks,
    order_lookup_blocks,
    queue_blocks,
    tracking_lookup_blocks,
)
from bot.slack.ids import Command
from bot.slack.mrkdwn import escape
from carriers.detect import detect
from handlers.context import Wismo, wismo
from handlers.responses import Rest, ack_then, user_text

__all__ = [
    "COMMAND_MAX_CHARS",
    "ORDER_ID",
    "QUEUE_MORE",
    "order",
    "order_blocks",
    "register",
    "too_long",
    "track",
    "wismo_command",
]

F = TypeVar("F", bound=Callable[..., Any])

ORDER_ID = re.compile(r"\d{3}-\d{7}-\d{7}")

ORDER_USAGE = (
    "Usage: `/order 123-1234567-1234567`: an Amazon order id is 3, 7 and 7 digits "
    "with dashes, as in Seller Central."
)
TRACK_USAGE = "Usage: `/track NUMBER`: the tracking number printed on the label."
WISMO_USAGE = (
    f"Usage:\n• `/wismo queue`: the {QUEUE_LIMIT} most urgent open buyer messages, who is on "
    "them, and how many are open\n"
    "• `/wismo check TEXT`: check any reply text against Amazon's messaging policy\n"
    "• `/wismo autopilot on|off|status`: replies sent without a click (managers only)\n"
    "• `/order 123-1234567-1234567` and `/track NUMBER` look up orders and parcels"
)

QUEUE_MORE = f": the app's Home tab lists the first {HOME_LIMIT} by deadline"


# The longest command text read: a reply to check is at most MAX_REPLY_CHARS (the bot sends
# none longer; the policy check then says it is too long), an order id or tracking number is
# far shorter.  A longer text (400 KB, adversary 16 L2) kept the check from acking within
# Slack's 3 seconds, which was answered 404 "unhandled request": now it is told at once.
COMMAND_MAX_CHARS = 4000


def register(app: App) -> None:
    app.command(Command.ORDER)(ack_then(_bounded(order)))
    app.command(Command.TRACK)(ack_then(_bounded(track)))
    app.command(Command.WISMO)(ack_then(_bounded(wismo_command)))


def _bounded(listener: F) -> F:
    """``listener``, except that a command text over :data:`COMMAND_MAX_CHARS` is answered
    "text too long" in the ack, before any work."""

    @functools.wraps(listener)
    def run(**kwargs: Any) -> Any:
        text = str(kwargs["command"].get("text") or "")
        if len(text) > COMMAND_MAX_CHARS:
            _private(kwargs["ack"], too_long(len(text)))
            return None
        return listener(**kwargs)

    return run  # type: ignore[return-value]


def too_long(length: int) -> str:
    return (
        f":warning: Text too long: a command takes at most {COMMAND_MAX_CHARS:,} characters "
        f"(this one has {length:,}); a reply the bot sends is at most {MAX_REPLY_CHARS:,}."
    )


def _private(ack: Ack, text: str, blocks: list[Block] | None = None) -> None:
    ack(response_type="ephemeral", text=text, blocks=blocks)


def order(ack: Ack, command: dict[str, Any], respond: Respond, context: BoltContext) -> Rest:
    text = (command.get("text") or "").strip()
    if not ORDER_ID.fullmatch(text):
        shown = f" (`{escape(text[:60])}` is not one)" if text else ""
        _private(ack, ORDER_USAGE + shown)
        return None
    _private(ack, f"Looking up order `{text}`…")
    w = wismo(context)

    def look_up() -> None:
        try:
            found = look_up_order(
                text,
                user=str(command.get("user_id") or ""),
                access=w.access,
                orders=w.services.orders_for,
                tracking=w.services.tracking,
                uow_factory=w.services.uow_factory,
            )
        except NotAuthorised as exc:
            respond(text=user_text(exc), response_type="ephemeral", replace_original=True)
            return
        respond(text=f"Order {text}", blocks=order_blocks(found, w.now()),
                response_type="ephemeral", replace_original=True)  # fmt: skip

    return look_up


def order_blocks(found: OrderLookup, now: datetime) -> list[Block]:
    blocks = order_lookup_blocks(found.order_id, found.order, found.problem, found.trackings, now)
    open_ = found.open_messages
    if open_:
        blocks.append({"type": "divider"})
        blocks += queue_blocks(open_, now, limit=10)
    elif found.messages:
        count = len(found.messages)
        blocks.append(_context(f"{count} earlier message(s) about this order, all closed."))
    else:
        blocks.append(_context("No buyer message about this order in the bot."))
    return blocks[:50]


def _context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text, "verbatim": True}]}


def track(ack: Ack, command: dict[str, Any], respond: Respond, context: BoltContext) -> Rest:
    number = "".join((command.get("text") or "").split())
    if not number or len(number) > 64:
        _private(ack, TRACK_USAGE)
        return None
    _private(ack, f"Tracking `{escape(number)}`…")
    w = wismo(context)
    return lambda: _track(number, command, respond, w)


def _track(number: str, command: dict[str, Any], respond: Respond, w: Wismo) -> None:
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
        tracking = look_up_parcel(
            number,
            user=str(command.get("user_id") or ""),
            access=w.access,
            tracking=w.services.tracking,
        )
    except NotAuthorised as exc:
        respond(text=user_text(exc), response_type="ephemeral", replace_original=True)
        return
    except ValueError as exc:
        respond(text=str(exc), response_type="ephemeral", replace_original=True)
        return
    blocks = [_context(line), *tracking_lookup_blocks(tracking, w.now())]
    respond(text=f"Tracking {number}", blocks=blocks, response_type="ephemeral",
            replace_original=True)  # fmt: skip


def wismo_command(
    ack: Ack, command: dict[str, Any], context: BoltContext, respond: Respond | None = None
) -> Rest:
    text = (command.get("text") or "").strip()
    sub, _, rest = text.partition(" ")
    w = wismo(context)
    if sub == "queue":
        user = str(command.get("user_id") or "")
        if not _answers_later(respond):  # answered in the ack, as Slack allows
            _queue(lambda text, blocks=None: _private(ack, text, blocks), user, w)
            return None
        ack()
        assert respond is not None

        def answer(text: str, blocks: list[Block] | None = None) -> None:
            respond(text=text, blocks=blocks, response_type="ephemeral")

        return lambda: _queue(answer, user, w)
    if sub == "check":
        reply = rest.strip()
        if not reply:
            _private(ack, "Usage: `/wismo check TEXT`: paste the reply you want to send.")
            return None
        report = check_reply(reply, None, w.services.policy)
        verdict = "passes" if report.compliant else "would be refused"
        _private(ack, f"This text {verdict}", findings_blocks(report))
    elif sub == "autopilot":
        _autopilot(ack, rest.strip().lower(), str(command.get("user_id") or ""), w)
    else:
        _private(ack, WISMO_USAGE)
    return None


def _answers_later(respond: Respond | None) -> bool:
    """True when ``respond`` can post to a ``response_url`` (Slack always gives one; a
    request without one, or with one that is no web address, is answered in the ack)."""
    url = getattr(respond, "response_url", None)
    return isinstance(url, str) and urlsplit(url).scheme in {"http", "https"}


def _queue(answer: Callable[..., None], user: str, w: Wismo) -> None:
    """``/wismo queue``'s answer: ``answer(text, blocks)``, or ``answer(refusal)``."""
    now = w.now()
    try:
        view = read_queue(w.services.uow_factory, w.access, user=user, now=now)
    except NotAuthorised as exc:
        answer(user_text(exc))
        return
    blocks = queue_blocks(view.entries, now, limit=QUEUE_LIMIT, total=view.open_total,
                          due_soon=view.due_soon, more_hint=QUEUE_MORE)  # fmt: skip
    answer(f"{view.open_total} open buyer message(s)", blocks)


AUTOPILOT_USAGE = (
    "Usage: `/wismo autopilot on`, `/wismo autopilot off` or `/wismo autopilot status`."
)


def _autopilot(ack: Ack, what: str, user: str, w: Wismo) -> None:
    """``/wismo autopilot on|off|status``: managers only; the answer is the status."""
    if what not in {"on", "off", "status", ""}:
        _private(ack, AUTOPILOT_USAGE)
        return
    now = w.now()
    try:
        if what in {"on", "off"}:
            status = autopilot.switch(w.services, what == "on", access=w.access, actor=user,
                                      now=now)  # fmt: skip
        else:
            status = autopilot.status(w.services, access=w.access, actor=user, now=now)
    except DecisionError as exc:  # NotAuthorised included
        _private(ack, user_text(exc))
        return
    _private(ack, f"Autopilot is {'on' if status.on else 'off'}", autopilot_status_blocks(status))
