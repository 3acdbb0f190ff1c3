"""Telling people things: the card after a decision, ephemeral notes, error texts."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.errors import (
    AlreadyDecided,
    ComplianceBlocked,
    DecisionError,
    NotAuthorised,
    SlackError,
    WismoError,
)
from bot.services.deciding import DecisionResult
from handlers.blocks import card
from handlers.context import AUDIT, Wismo

__all__ = [
    "card_location",
    "guarded",
    "report_error",
    "say_privately",
    "show_result",
    "user_text",
]

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


def user_text(error: Exception) -> str:
    """What the person who clicked reads when ``error`` stopped their action."""
    if isinstance(error, NotAuthorised):
        return (
            ":lock: Only the support agents configured in WISMO_AGENTS may decide on buyer "
            "messages. Ask whoever runs the bot to add you (or your user group)."
        )
    if isinstance(error, AlreadyDecided):
        who = f"<@{error.by}>" if error.by else "someone else"
        return f":information_source: Already handled by {who} ({error.outcome})."
    if isinstance(error, ComplianceBlocked):
        return (
            ":no_entry: Not sent: the reply breaks Amazon's messaging policy: "
            + "; ".join(error.reasons)
            + ". Press Edit to fix it."
        )
    if isinstance(error, DecisionError | SlackError):
        message = str(error)
        return f":warning: {message[:1].upper()}{message[1:]}"
    if isinstance(error, SlackApiError) and error.response.get("error") == "expired_trigger_id":
        return ":hourglass: Slack gave up waiting to open the form: press the button again."
    if isinstance(error, LookupError):
        return ":warning: This message is no longer in the bot's store (purged or deleted)."
    if isinstance(error, WismoError):
        return f":warning: {error}"
    return ":warning: Something went wrong on the bot's side; it is logged. Try again."


def card_location(body: dict[str, Any]) -> tuple[str | None, str | None]:
    """``(channel, ts)`` of the message a button sat on, when it was a message."""
    container = body.get("container") or {}
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
    ts = container.get("message_ts") or (body.get("message") or {}).get("ts")
    return channel, ts


def say_privately(client: WebClient, *, channel: str | None, user: str | None, text: str) -> None:
    """An ephemeral note to ``user`` in ``channel``; logged when Slack will not take it."""
    if not channel or not user:
        log.info("cannot tell %s privately (no channel): %s", user, text)
        return
    try:
        client.chat_postEphemeral(channel=channel, user=user, text=text)
    except SlackApiError as exc:
        log.warning("ephemeral note to %s failed: %s", user, exc.response.get("error"))


def show_result(
    client: WebClient,
    w: Wismo,
    result: DecisionResult,
    *,
    user: str,
    fallback: tuple[str | None, str | None] = (None, None),
) -> None:
    """Replace the card by the outcome, and tell the agent what is left to do."""
    conv = result.conversation
    channel = conv.slack_channel or fallback[0]
    ts = conv.slack_ts or fallback[1]
    AUDIT.info(
        "message %s: %s by %s -> %s",
        conv.pk,
        conv.decision and conv.decision.kind,
        user,
        conv.state,
    )
    if channel and ts:
        try:
            client.chat_update(channel=channel, ts=ts, **card(conv, now=w.now()))
        except SlackApiError as exc:
            log.warning("card of message %s not updated: %s", conv.pk, exc.response.get("error"))
    if result.notice:
        say_privately(client, channel=channel or w.services.settings.channel, user=user,
                      text=result.notice)  # fmt: skip


def report_error(error: Exception, body: dict[str, Any], client: WebClient, channel: str) -> None:
    """Log ``error`` and tell the user who caused it, privately, what to do."""
    if isinstance(error, WismoError | LookupError):
        log.info("refused: %s", error)
    else:
        log.error("listener failed", exc_info=error)
    user = (body.get("user") or {}).get("id") or body.get("user_id")
    where = card_location(body)[0] or body.get("channel_id") or channel
    say_privately(client, channel=where, user=user, text=user_text(error))


def guarded(listener: F) -> F:
    """Report what a listener raises *after* its ack itself, as the app's error handler
    would: in slack-bolt 1.30 an exception raised within ~10 ms of the ack can reset the
    ack before the request thread sees it, and Slack then gets 404 "unhandled request"
    (``thread_runner.run_ack_function_asynchronously`` sets ``ack.response = None``).
    """

    @functools.wraps(listener)
    def run(**kwargs: Any) -> Any:
        try:
            return listener(**kwargs)
        except Exception as exc:
            ack = kwargs.get("ack")
            if ack is None or getattr(ack, "response", None) is None:
                raise  # not acknowledged yet: Bolt's error handler answers Slack
            context = kwargs.get("context") or {}
            wismo_ctx = context.get("wismo") if hasattr(context, "get") else None
            channel = wismo_ctx.services.settings.channel if wismo_ctx is not None else ""
            client = kwargs.get("client")
            if client is None:
                log.error("listener failed after its ack", exc_info=exc)
            else:
                report_error(exc, kwargs.get("body") or {}, client, channel)
            return None

    return run  # type: ignore[return-value]
