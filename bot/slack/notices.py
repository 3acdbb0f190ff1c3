"""Notices the worker posts to the queue channel for a human to act on."""

from __future__ import annotations

from typing import Any

from bot.slack.mrkdwn import escape, inert

__all__ = ["mention", "policy_warning_notice", "stuck_reply_notice"]


def mention(slack_id: str) -> str:
    """``<!subteam^S…>`` for a user group, ``<@U…>`` for a person."""
    return f"<!subteam^{slack_id}>" if slack_id.startswith("S") else f"<@{slack_id}>"


def stuck_reply_notice(message_pk: int, mail_message_id: str, *, on_card: bool) -> dict[str, Any]:
    """A reply the mail server did not confirm in time: nobody knows whether the buyer got
    it.  ``on_card``: posted in the card's thread, where the two buttons are."""
    where = "on the card" if on_card else f"on the card of message {message_pk}"
    return {
        "text": (
            ":warning: A reply may or may not have reached the buyer (message "
            f"{message_pk}): the mail server did not confirm it in time. Search the sent "
            f"folder for Message-ID `{mail_message_id}`, then press *I checked: it "
            f"was sent* or *Send again* {where}. It is not resent automatically."
        )
    }


def policy_warning_notice(
    mentions: tuple[str, ...], order_id: str | None, subject: str, sent_text: str | None
) -> dict[str, Any]:
    """Amazon says a message of ours broke its messaging guidelines: the managers at once,
    with the reply concerned when it could be matched (plain text, escaped)."""
    who = " ".join(mentions) or "<!here>"
    order = f" (order `{escape(order_id)}`)" if order_id else ""
    lines = [
        f"{who} :rotating_light: *Amazon policy warning*{order}: {escape(subject)[:300]}",
        "Repeated warnings can cost the account its messaging permissions. Read the warning "
        "in the support mailbox and check the reply templates.",
    ]
    if sent_text:
        lines.append("*Our reply concerned*:\n" + _quote(sent_text))
    return {"text": "\n".join(lines)}


def _quote(text: str) -> str:
    return "\n".join("> " + inert(line) for line in text.strip().splitlines()[:40])[:2500]
