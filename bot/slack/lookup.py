"""Find a post we may have made already, before making it again.

A worker killed between Slack's answer and the database commit (or a request that timed
out after Slack took it) leaves a post whose outcome we never recorded.  Every post the
worker makes carries message metadata ``{"event_type": "wismo_post", "event_payload":
{"key": ...}}`` with the key of the queue row it came from, so the next attempt first
looks for that key in the channel (or the card's thread) and records the post it finds.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from slack_sdk.errors import SlackApiError

__all__ = ["HISTORY_PAGES", "POST_EVENT", "HistoryReader", "find_post", "post_metadata"]

log = logging.getLogger(__name__)

POST_EVENT = "wismo_post"

HISTORY_PAGES = 5
"""How far back (x 200 messages) to look: a lease's worth of posts at Slack's pace."""


class HistoryReader(Protocol):
    """The two Web API methods a lookup calls (``slack_sdk.WebClient`` has them)."""

    def conversations_history(self, *, channel: str, **kwargs: Any) -> Any: ...

    def conversations_replies(self, *, channel: str, ts: str, **kwargs: Any) -> Any: ...


def post_metadata(key: str) -> dict[str, Any]:
    return {"event_type": POST_EVENT, "event_payload": {"key": key}}


def find_post(
    client: HistoryReader, channel: str, key: str, *, thread_ts: str | None = None
) -> str | None:
    """The ts of the post ``key`` in ``channel`` (in the thread of ``thread_ts``), if any.

    Slack rate-limiting or failing raises (the caller retries later, as for a failed
    post); a bot without the history scopes cannot look, and the caller posts again.
    """
    cursor: str | None = None
    try:
        for _ in range(HISTORY_PAGES):
            common: dict[str, Any] = {"include_all_metadata": True, "limit": 200, "cursor": cursor}
            if thread_ts:
                page = client.conversations_replies(channel=channel, ts=thread_ts, **common)
            else:
                page = client.conversations_history(channel=channel, **common)
            for message in page.get("messages") or []:
                meta = message.get("metadata") or {}
                payload = meta.get("event_payload") or {}
                if meta.get("event_type") == POST_EVENT and payload.get("key") == key:
                    ts = str(message["ts"])
                    log.info("%s is in Slack already (ts %s): not posting it again", key, ts)
                    return ts
            cursor = (page.get("response_metadata") or {}).get("next_cursor") or None
            if cursor is None:
                break
    except SlackApiError as exc:
        status = exc.response.status_code
        if status == 429 or status >= 500:
            raise
        log.warning(
            "cannot look for %s in %s (Slack says %s; the app needs channels:history and "
            "groups:history, see manifest.json): posting it, perhaps twice",
            key,
            channel,
            exc.response.get("error"),
        )
    return None
