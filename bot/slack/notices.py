"""Notices the worker posts to the queue channel for a human to act on."""

from __future__ import annotations

from typing import Any

__all__ = ["stuck_reply_notice"]


def stuck_reply_notice(message_pk: int, mail_message_id: str) -> dict[str, Any]:
    """A reply whose sending was cut off: nobody knows whether the buyer got it."""
    return {
        "text": (
            ":warning: A reply may or may not have reached the buyer (message "
            f"{message_pk}): the worker stopped while sending it. Search the sent "
            f"folder for Message-ID `{mail_message_id}` and record what you find; "
            "it is not resent automatically."
        )
    }
