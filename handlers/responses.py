"""Telling people things: the card after a decision, ephemeral notes, error texts."""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from slack_bolt import BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.errors import (
    AlreadyDecided,
    ComplianceBlocked,
    DatabaseUnavailable,
    DecisionError,
    MessageGone,
    NotAuthorised,
    OtherWorkspace,
    SlackError,
    WismoError,
)
from bot.services.deciding import DecisionResult
from bot.slack.after_response import after_response
from bot.slack.blocks import card
from handlers.context import AUDIT, Wismo

__all__ = [
    "Rest",
    "ack_first",
    "ack_then",
    "card_location",
    "guarded",
    "refuse_other_workspace",
    "report_error",
    "say_privately",
    "show_result",
    "user_text",
]

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


def user_text(error: Exception) -> str:
    """What the person who clicked reads when ``error`` stopped their action."""
    if isinstance(error, OtherWorkspace):
        return (
            f":lock: This bot serves the Slack workspace {error.ours}; your request came from "
            f"workspace {error.team}, so it was refused. Only the agents of that workspace "
            "may decide on buyer messages or read them."
        )
    if isinstance(error, NotAuthorised) and error.setting == "WISMO_MANAGERS":
        return (
            ":lock: Only the managers configured in WISMO_MANAGERS may switch the autopilot "
            "or see its status. Ask whoever runs the bot to add you."
        )
    if isinstance(error, NotAuthorised) and error.setting != "WISMO_AGENTS":
        return (
            f":lock: Only the people in {error.setting} (by default the agents and managers) "
            "may read buyer messages and orders. Ask whoever runs the bot to add you."
        )
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
    if isinstance(error, DatabaseUnavailable):
        return (
            ":hourglass: The bot cannot reach its database right now, so this was not done. "
            "Try again in a minute (a second click never sends a reply twice)."
        )
    if isinstance(error, MessageGone):
        return ":warning: This message is no longer in the bot's store (purged or deleted)."
    if isinstance(error, DecisionError | SlackError):
        message = str(error)
        return f":warning: {message[:1].upper()}{message[1:]}"
    if isinstance(error, SlackApiError) and error.response.get("error") == "expired_trigger_id":
        return ":hourglass: Slack gave up waiting to open the form: press the button again."
    if isinstance(error, LookupError):
        return (
            ":warning: The bot could not find what this button refers to any more; the card "
            "shows where the message stands now."
        )
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
            w.slack.update(channel, ts, card(conv, now=w.now()), wait=False)
        except SlackError as exc:
            log.warning("card of message %s not updated: %s", conv.pk, exc)
    if result.notice:
        say_privately(client, channel=channel or w.services.settings.accounts[0].channel, user=user,
                      text=result.notice)  # fmt: skip


def report_error(error: Exception, body: dict[str, Any], client: WebClient, channel: str) -> None:
    """Log ``error`` and tell the user who caused it, privately, what to do."""
    if isinstance(error, ComplianceBlocked):
        # Its reasons quote the reply, which may quote the buyer: the user sees them, not the log.
        log.info("refused by the policy check")
    elif isinstance(error, WismoError | LookupError):
        log.info("refused: %s", error)
    elif isinstance(error, SlackApiError):
        # Slack's answer, not our bug: an expired trigger id, a view that moved on.
        log.warning("Slack refused a call: %s", error.response.get("error"))
    else:
        log.error("listener failed", exc_info=error)
    user = (body.get("user") or {}).get("id") or body.get("user_id")
    where = card_location(body)[0] or body.get("channel_id") or channel
    say_privately(client, channel=where, user=user, text=user_text(error))


def refuse_other_workspace(
    body: dict[str, Any], ours: str | None, client: WebClient, channel: str
) -> BoltResponse | None:
    """The answer to a request from another workspace than ``ours`` (the bot's team, from
    ``auth.test``), audited and told privately; None for a request of ours, or when the
    bot does not know its team (then the user id check stands alone).

    Every team the request names must be ours: ``team.id`` (or ``team_id``) is where it
    was made, ``user.team_id`` the user's home workspace (adversary 16, L1: a click with
    an agent's user id from team TEVIL was taken as the agent's decision)."""
    if not ours:
        return None
    other = next((team for team in _request_teams(body) if team != ours), None)
    if other is None:
        return None
    user = _request_user(body)
    what = str(body.get("command") or body.get("type") or "a request")
    AUDIT.warning("refused: %s of workspace %s is not in workspace %s (tried %s)",
                  user, other, ours, what)  # fmt: skip
    text = user_text(OtherWorkspace(user, other, ours))
    if body.get("command"):  # a slash command's answer is shown to its user only
        return BoltResponse(status=200, body={"response_type": "ephemeral", "text": text})
    if user != "?" and body.get("type") != "event_callback":
        where = card_location(body)[0] or body.get("channel_id") or channel
        say_privately(client, channel=where, user=user, text=text)
    return BoltResponse(status=200, body="")


def _request_teams(body: dict[str, Any]) -> list[str]:
    teams: list[Any] = []
    team = body.get("team")
    teams.append(team.get("id") if isinstance(team, dict) else team)
    teams.append(body.get("team_id"))
    user = body.get("user")
    if isinstance(user, dict):
        teams.append(user.get("team_id"))
    return [str(t) for t in teams if t]


def _request_user(body: dict[str, Any]) -> str:
    user = body.get("user")
    found = user.get("id") if isinstance(user, dict) else user or body.get("user_id")
    return str(found) if found else "?"


ACK_WAIT = 2.5  # seconds: Slack gives up on an unanswered request after 3


def _no_ack(*args: Any, **kwargs: Any) -> None:
    """The ack of a listener the wrapper already acknowledged."""


def ack_first(listener: F) -> F:
    """:func:`guarded` for a listener whose first act is a plain ``ack()`` (buttons,
    keystrokes): the request thread acks itself, so the answer to Slack never waits for
    a free thread in the pool, however busy the pool is with earlier clicks."""
    return guarded(listener, ack_at_once=True)


Rest = Callable[[], None] | None
"""What a listener wrapped by :func:`ack_then` returns: the work left after its ack."""


def ack_then(first: F) -> F:
    """:func:`guarded` for a listener split in two (slash commands): ``first`` runs on the
    request thread, acks (quickly: parse, check the input, a static word) and returns
    the rest of the work, or None; the rest runs on the app's pool once Slack has the
    answer, so it neither delays the answer nor takes the interpreter lock from it.
    What ``first`` raises goes to the app's error handler; what the rest raises is
    reported to the user as :func:`guarded` reports an error after the ack."""

    @functools.wraps(first)
    def run(**kwargs: Any) -> Any:
        rest: Rest = first(**kwargs)
        if rest is not None:
            pool = kwargs["context"]["wismo"].pool
            acked = threading.Event()
            acked.set()
            work = {**kwargs, "ack": _no_ack}
            after_response(lambda: pool.submit(_run_reporting, _call(rest), work, acked))
        return None

    return run  # type: ignore[return-value]


def _call(rest: Callable[[], None]) -> Callable[..., None]:
    def listener(**_: Any) -> None:
        rest()

    return listener


def guarded(listener: F, *, ack_at_once: bool = False) -> F:
    """Run ``listener`` on the app's pool; answer Slack the moment it acks.

    The app runs Bolt with ``process_before_response=True``, so Bolt calls this wrapper on
    the request thread and sends whatever ``ack()`` said once it returns.  The wrapper
    hands the listener to the pool and returns as soon as the listener acks (an event,
    not Bolt's own 10 ms polling, which costs every request 10 ms and, with dozens of
    keystrokes in flight, a storm of wake-ups).  The rest of the listener runs on after
    the response.  What it raises after the ack is reported to the user here, through the
    same words as the app's error handler; before the ack it goes to that handler.  An
    event's listener (no ack: Bolt acknowledges it) starts once that answer is written.
    """

    @functools.wraps(listener)
    def run(**kwargs: Any) -> Any:
        context = kwargs["context"]
        pool = context["wismo"].pool
        ack = kwargs.get("ack")
        acked = threading.Event()
        if ack is not None and ack_at_once:
            ack()
            acked.set()
            # started once Slack has the answer: the rest must not delay the answer
            after_response(
                lambda: pool.submit(_run_reporting, listener, {**kwargs, "ack": _no_ack}, acked)
            )
            return None
        if ack is not None:

            def ack_then_signal(*args: Any, **kw: Any) -> Any:
                try:
                    return ack(*args, **kw)
                finally:
                    acked.set()

            kwargs = {**kwargs, "ack": ack_then_signal}
        if ack is None:  # an event: Bolt acknowledges it; the listener starts after that
            after_response(lambda: pool.submit(_run_reporting, listener, kwargs, acked))
            return None
        future = pool.submit(_run_reporting, listener, kwargs, acked)
        deadline = time.monotonic() + ACK_WAIT
        while not acked.wait(0.05):
            if future.done() or time.monotonic() > deadline:
                break
        if not acked.is_set() and future.done():
            error = future.exception()
            if error is not None:
                raise error
        return None

    return run  # type: ignore[return-value]


def _run_reporting(
    listener: Callable[..., Any], kwargs: dict[str, Any], acked: threading.Event
) -> None:
    try:
        listener(**kwargs)
    except Exception as exc:
        if not acked.is_set() and kwargs.get("ack") is not None:
            raise  # the request thread re-raises it: Bolt's error handler answers Slack
        context = kwargs.get("context") or {}
        channel = (
            context["wismo"].services.settings.accounts[0].channel if "wismo" in context else ""
        )
        client = kwargs.get("client")
        if client is None:
            log.error("listener failed after its ack", exc_info=exc)
        else:
            report_error(exc, kwargs.get("body") or {}, client, channel)
