"""The one paced writer to Slack: every card, update, ping, summary and notice.

Slack allows about one message a second per channel.  One :class:`SlackWriter` per
process holds one :class:`Pacer`, so the card poster's cards, card updates and
summaries and the worker's notices share one pace per channel however many jobs write at
once.  A 429 holds the channel for the ``Retry-After`` Slack sent, for every writer in
the process.  Two kinds of write pass ``wait=False`` and are not queued behind that
pace: the card answering an agent's click, and the deadline pings with their card
refresh (a ping must not wait behind a backlog of new cards; the sweep stops at the
first 429 instead, and the next sweep retries what it could not post).

Slack's answers are translated into :mod:`bot.errors` here, so nothing above this module
knows ``slack_sdk``: :class:`~bot.errors.SlackRateLimited`, :class:`~bot.errors.SlackRefused`
(``permanent`` when the same payload can never pass) and
:class:`~bot.errors.SlackUnreachable`.  It implements :class:`bot.ports.SlackSender`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from slack_sdk.errors import SlackApiError, SlackRequestError

from bot.errors import SlackError, SlackRateLimited, SlackRefused, SlackUnreachable
from bot.slack.lookup import HistoryReader, find_post, post_metadata

__all__ = ["PERMANENT_ERRORS", "Pacer", "SlackWriter", "WebApi", "slack_error"]

PERMANENT_ERRORS = frozenset(
    {"invalid_blocks", "invalid_blocks_format", "msg_too_long", "invalid_arguments", "no_text"}
)
"""Slack refuses this payload as such: retrying the same bytes cannot help."""

DEFAULT_RETRY_AFTER = 30.0
"""Seconds to keep away from a channel after a 429 that named no ``Retry-After``."""


class WebApi(HistoryReader, Protocol):
    """The Web API methods the writer calls (``slack_sdk.WebClient`` has them)."""

    def chat_postMessage(self, *, channel: str, **kwargs: Any) -> Any: ...

    def chat_update(self, *, channel: str, ts: str, **kwargs: Any) -> Any: ...

    def files_upload_v2(self, **kwargs: Any) -> Any: ...


class Pacer:
    """At most one write per ``interval`` seconds per channel, shared by threads."""

    def __init__(
        self,
        interval: float = 1.1,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._next: dict[str, float] = {}
        self._held: dict[str, float] = {}  # until when a 429 told us to keep away
        self._lock = threading.Lock()

    def blocked(self, channel: str) -> bool:
        """True while a 429 told us to keep away from ``channel``.

        Only a 429 blocks: writers queued behind the pace (the poster's cards, the
        outbox's card updates) are not Slack refusing.  Read from the pace's own queue,
        two such writers in line made the deadline sweep defer every ping as if Slack
        had said 429 (the field trial's sweeps deferred up to 223 at a time).
        """
        with self._lock:
            return self._held.get(channel, 0.0) > self._clock()

    def wait(self, channel: str) -> None:
        with self._lock:
            now = self._clock()
            at = max(self._next.get(channel, now), now)
            self._next[channel] = at + self.interval
        if at > now:
            self._sleep(at - now)

    def hold(self, channel: str, seconds: float) -> None:
        with self._lock:
            until = self._clock() + seconds
            self._next[channel] = max(self._next.get(channel, 0.0), until)
            self._held[channel] = max(self._held.get(channel, 0.0), until)


class SlackWriter:
    """Posts and updates through one client, paced per channel; see the module docstring."""

    def __init__(self, client: WebApi, *, pacer: Pacer | None = None) -> None:
        self.client = client
        self.pacer = pacer or Pacer()

    def post(
        self,
        channel: str,
        message: Mapping[str, Any],
        *,
        thread_ts: str | None = None,
        broadcast: bool = False,
        key: str | None = None,
        wait: bool = True,
    ) -> str:
        # Buyer text may hold URLs: never let Slack fetch and preview them in the channel.
        args: dict[str, Any] = {
            "channel": channel,
            "unfurl_links": False,
            "unfurl_media": False,
            **message,
        }
        if key is not None:
            args["metadata"] = post_metadata(key)
        if thread_ts:
            args["thread_ts"] = thread_ts
            if broadcast:
                args["reply_broadcast"] = True  # in the channel too, linked to the thread
        if wait:
            self.pacer.wait(channel)
        response = self._call(channel, lambda: self.client.chat_postMessage(**args))
        return str(response.get("ts") or "")

    def update(
        self, channel: str, ts: str, message: Mapping[str, Any], *, wait: bool = True
    ) -> None:
        if wait:
            self.pacer.wait(channel)
        self._call(channel, lambda: self.client.chat_update(channel=channel, ts=ts, **message))

    def find_post(self, channel: str, key: str, *, thread_ts: str | None = None) -> str | None:
        return self._call(  # type: ignore[no-any-return]
            channel, lambda: find_post(self.client, channel, key, thread_ts=thread_ts)
        )

    def blocked(self, channel: str) -> bool:
        return self.pacer.blocked(channel)

    def upload_file(
        self,
        channel: str,
        *,
        thread_ts: str,
        filename: str,
        data: bytes,
        title: str,
        alt_text: str | None = None,
    ) -> str:
        # files.getUploadURLExternal, the bytes to the URL it gives, then
        # files.completeUploadExternal sharing the file into the thread.
        upload: dict[str, Any] = {"file": data, "filename": filename, "title": title}
        if alt_text:
            upload["alt_txt"] = alt_text[:1000]
        self.pacer.wait(channel)
        response = self._call(
            channel,
            lambda: self.client.files_upload_v2(
                file_uploads=[upload], channel=channel, thread_ts=thread_ts
            ),
        )
        files = response.get("files") or []
        return str(files[0].get("id") or "") if files else ""

    def _call(self, channel: str, call: Callable[[], Any]) -> Any:
        try:
            return call()
        except SlackApiError as exc:
            error = slack_error(exc)
            if isinstance(error, SlackRateLimited):
                self.pacer.hold(channel, error.retry_after)
            raise error from exc
        except OSError as exc:  # refused, reset, timed out: Slack is unreachable
            raise SlackUnreachable(f"Slack unreachable: {exc}") from exc
        except SlackRequestError as exc:  # the upload URL refused the bytes
            raise SlackUnreachable(f"Slack upload failed: {exc}") from exc


def slack_error(exc: SlackApiError) -> SlackError:
    """The :mod:`bot.errors` kind of what Slack answered."""
    response = exc.response
    if response is None:
        return SlackUnreachable(str(exc))
    status = int(response.status_code)
    error = str(response.get("error") or f"HTTP {status}")
    if status == 429:
        return SlackRateLimited(_retry_after(response.headers), error)
    return SlackRefused(error, status=status, permanent=status < 500 and error in PERMANENT_ERRORS)


def _retry_after(headers: Mapping[str, Any]) -> float:
    for key, value in headers.items():
        if key.lower() == "retry-after":
            raw = value[0] if isinstance(value, list | tuple) else value
            try:
                return max(float(raw), 1.0)
            except (TypeError, ValueError):
                break
    return DEFAULT_RETRY_AFTER
