"""Notices the worker posts to the queue channel for a human to act on."""

from __future__ import annotations

from typing import Any

__all__ = ["stuck_reply_notice"]


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
