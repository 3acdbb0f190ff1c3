"""Slack Web API clients, built from settings (the base URL too, so tests use a fake).

Two kinds, on purpose:

- :func:`background_client` retries a 429 after its ``Retry-After`` and a 5xx with
  backoff.  Those retries *sleep in the calling thread*, which is right for the card
  poster and for the work a listener does after it acknowledged a click.
- :func:`live_client` never sleeps: it serves ``views.update`` while an agent types in
  the edit modal, where a dropped update costs nothing (the next keystroke or the submit
  checks again) but a sleeping thread would hold up the listener pool.

Both send over :class:`KeepAliveWebClient`: slack_sdk's ``WebClient`` opens a new
connection (TCP, and TLS against Slack) for every call through ``urllib``, which costs
about a millisecond per call on loopback and a round trip or two to Slack; an Approve
makes two calls and App Home one.  Only the transport changes: slack_sdk still builds the
request, runs the retry handlers (429 after ``Retry-After``) and parses the answer.
"""

from __future__ import annotations

import http.client
import io
import urllib.error
from typing import Any
from urllib.request import Request

import httpx
from slack_sdk import WebClient
from slack_sdk.errors import SlackRequestError
from slack_sdk.http_retry import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    RetryHandler,
)
from slack_sdk.http_retry.builtin_handlers import ServerErrorRetryHandler
from slack_sdk.http_retry.builtin_interval_calculators import (
    BackoffRetryIntervalCalculator,
)
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

from bot import metrics
from bot.config import Settings

__all__ = ["CountRateLimits", "KeepAliveWebClient", "background_client", "live_client"]

DEFAULT_TIMEOUT = 10  # seconds; slack_sdk's own default is 30, too long behind a click
LIVE_TIMEOUT = 3
# An idle connection is dropped after this long, well inside the idle timeouts of Slack's
# front ends, so a request rarely meets a socket the server is closing.
KEEPALIVE_SECONDS = 15.0
# Idle connections kept per client: as many as calls usually in flight at once in one
# process; a burst beyond it opens connections and closes them afterwards.
KEEPALIVE_CONNECTIONS = 16


class KeepAliveWebClient(WebClient):
    """A ``WebClient`` that reuses its connections (HTTP/1.1 keep-alive over httpx).

    It replaces only slack_sdk's transport step, ``_perform_urllib_http_request_internal``,
    and answers as ``urllib.request.urlopen`` does: a 4xx/5xx raises ``HTTPError`` with
    the headers and body, a connection failure ``URLError`` or ``ConnectionResetError``, a
    read timeout ``TimeoutError``.  So slack_sdk's retry handlers, ``SlackApiError`` and the
    callers' ``except OSError`` see exactly what they saw before.  The httpx client is
    thread-safe and shared by every thread using this WebClient.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._http = httpx.Client(
            verify=self.ssl if self.ssl is not None else True,
            timeout=self.timeout,
            follow_redirects=True,  # as urlopen does
            limits=httpx.Limits(
                max_connections=None,  # urllib had no cap: never wait for a free connection
                max_keepalive_connections=KEEPALIVE_CONNECTIONS,
                keepalive_expiry=KEEPALIVE_SECONDS,
            ),
        )

    def close(self) -> None:
        """Close the idle connections (the process exiting does it too)."""
        self._http.close()

    def _perform_urllib_http_request_internal(self, url: str, req: Request) -> dict[str, Any]:
        if self.proxy is not None:  # slack_sdk's own path knows the proxy options
            return super()._perform_urllib_http_request_internal(url, req)
        if not url.lower().startswith(("http://", "https://")):
            raise SlackRequestError(f"Invalid URL detected: {url}")
        # httpx counts the body itself; slack_sdk's multipart path sets an int length.
        headers = {k: str(v) for k, v in req.header_items() if k.lower() != "content-length"}
        data = req.data if isinstance(req.data, bytes) else None
        try:
            response = self._http.post(url, content=data, headers=headers)
        except httpx.TransportError as exc:
            raise _as_urllib_error(exc) from exc
        message = http.client.HTTPMessage()
        for name, value in response.headers.multi_items():
            message[name] = value
        if response.status_code >= 400:
            raise urllib.error.HTTPError(
                url, response.status_code, response.reason_phrase, message,
                io.BytesIO(response.content),
            )  # fmt: skip
        body: str | bytes = response.content
        if message.get_content_type() != "application/gzip":  # admin.analytics.getFile
            body = response.content.decode(message.get_content_charset() or "utf-8")
        return {"status": response.status_code, "headers": message, "body": body}


def _as_urllib_error(exc: httpx.TransportError) -> OSError:
    """What ``urlopen`` raises for the same failure (slack_sdk's retry handlers and our
    callers match on these)."""
    if isinstance(exc, httpx.RemoteProtocolError):
        # The server closed the connection without answering (a keep-alive socket it was
        # closing): ConnectionErrorRetryHandler retries this, as it does with urllib.
        return http.client.RemoteDisconnected(str(exc))
    if isinstance(exc, httpx.ReadTimeout | httpx.PoolTimeout):
        return TimeoutError(str(exc))
    if isinstance(exc, httpx.ReadError):
        return ConnectionResetError(str(exc))
    # Connect and send failures: urlopen wraps these in URLError.
    return urllib.error.URLError(exc)


class CountRateLimits(RetryHandler):
    """Counts every 429 Slack answers (``wismo_slack_rate_limited{method}``); never retries
    itself, so the handlers after it decide."""

    def __init__(self) -> None:
        super().__init__(max_retry_count=1_000_000)

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if response is not None and response.status_code == 429:
            method = request.url.rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0]
            metrics.get().slack_rate_limited.labels(method=method).inc()
        return False


def background_client(
    settings: Settings, *, rate_limit_retries: int = 2, server_error_retries: int = 2
) -> KeepAliveWebClient:
    """A client for work that may wait: 429 retried after Retry-After, 5xx with backoff."""
    handlers: list[RetryHandler] = [
        CountRateLimits(),
        ConnectionErrorRetryHandler(max_retry_count=1),
    ]
    if rate_limit_retries:
        handlers.append(RateLimitErrorRetryHandler(max_retry_count=rate_limit_retries))
    if server_error_retries:
        handlers.append(
            ServerErrorRetryHandler(
                max_retry_count=server_error_retries,
                interval_calculator=BackoffRetryIntervalCalculator(backoff_factor=0.5),
            )
        )
    return KeepAliveWebClient(
        token=settings.slack_bot_token.reveal() or None,
        base_url=_base_url(settings),
        timeout=DEFAULT_TIMEOUT,
        retry_handlers=handlers,
    )


def live_client(settings: Settings) -> KeepAliveWebClient:
    """A client that fails fast: no retry handler sleeps on a keystroke's thread."""
    return KeepAliveWebClient(
        token=settings.slack_bot_token.reveal() or None,
        base_url=_base_url(settings),
        timeout=LIVE_TIMEOUT,
        retry_handlers=[CountRateLimits()],  # counts, never retries
    )


def _base_url(settings: Settings) -> str:
    url = settings.slack_base_url
    return url if url.endswith("/") else url + "/"
