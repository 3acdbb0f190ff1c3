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
:meth:`KeepAliveWebClient.webhook` does the same for the answers posted to a slash
command's ``response_url`` (slack_sdk's ``WebhookClient``, also one connection per call).
"""

from __future__ import annotations

import http.client
import io
import select
import ssl
import threading
import time
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.request import Request

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
from slack_sdk.webhook import WebhookClient, WebhookResponse

from bot import metrics
from bot.config import Settings

__all__ = [
    "Connections",
    "CountRateLimits",
    "KeepAliveWebClient",
    "KeepAliveWebhookClient",
    "background_client",
    "live_client",
]

DEFAULT_TIMEOUT = 10  # seconds; slack_sdk's own default is 30, too long behind a click
LIVE_TIMEOUT = 3
# An idle connection is dropped after this long, well inside the idle timeouts of Slack's
# front ends, so a request rarely meets a socket the server is closing.
KEEPALIVE_SECONDS = 15.0
# Idle connections kept per client: as many as calls usually in flight at once in one
# process; a burst beyond it opens connections and closes them afterwards.
KEEPALIVE_CONNECTIONS = 16


class Connections:
    """Idle HTTP/1.1 connections per host, reused by any thread (``http.client``).

    A call takes an idle connection of its host (or opens one), sends, reads the whole
    answer and gives the connection back unless the server said it closes it.  An idle
    connection the server has closed meanwhile (readable: its FIN or a stray byte) or
    older than ``expiry`` is dropped instead of used.  Errors are those of ``urlopen``:
    a failure to connect or send raises ``URLError``, one while reading the answer
    (``RemoteDisconnected``, ``ConnectionResetError``, ``TimeoutError``) itself.  A
    redirect is followed as ``urlopen`` follows it (Slack's Web API does not redirect).
    """

    def __init__(
        self,
        *,
        ssl_context: ssl.SSLContext | None = None,
        max_idle: int = KEEPALIVE_CONNECTIONS,
        expiry: float = KEEPALIVE_SECONDS,
    ) -> None:
        self._ssl = ssl_context
        self._max_idle = max_idle
        self._expiry = expiry
        self._idle: dict[tuple[str, str, int], list[tuple[float, http.client.HTTPConnection]]] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        """Close the idle connections (the process exiting does it too)."""
        with self._lock:
            idle, self._idle = self._idle, {}
        for connections in idle.values():
            for _, conn in connections:
                conn.close()

    def post(
        self, url: str, req: Request, timeout: float
    ) -> tuple[int, str, http.client.HTTPMessage, bytes]:
        """POST ``req`` to ``url``: status, reason, headers and body, as ``urlopen``
        answers (a 4xx/5xx raised as ``HTTPError`` with them)."""
        if not url.lower().startswith(("http://", "https://")):
            raise SlackRequestError(f"Invalid URL detected: {url}")
        parts = urlsplit(url)
        https = parts.scheme.lower() == "https"
        host = parts.hostname or ""
        key = ("https" if https else "http", host, parts.port or (443 if https else 80))
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        # http.client counts the body itself; slack_sdk's multipart path sets an int length.
        headers = {k: str(v) for k, v in req.header_items() if k.lower() != "content-length"}
        data = req.data if isinstance(req.data, bytes) else None
        conn = self._take(key, timeout)
        try:
            try:
                conn.request("POST", target, body=data, headers=headers)
            except OSError as exc:  # as urlopen: connecting and sending fail as URLError
                raise urllib.error.URLError(exc) from exc
            response = conn.getresponse()
            body = response.read()
        except BaseException:
            conn.close()
            raise
        if response.will_close:
            conn.close()
        else:
            self._give(key, conn)
        if response.status in _REDIRECTS:
            return _redirected(url, req, response, body, timeout, self._ssl)
        if response.status >= 400:
            raise urllib.error.HTTPError(
                url, response.status, response.reason, response.headers, io.BytesIO(body)
            )
        return response.status, response.reason, response.headers, body

    def _take(self, key: tuple[str, str, int], timeout: float) -> http.client.HTTPConnection:
        now = time.monotonic()
        with self._lock:
            idle = self._idle.get(key) or []
            while idle:
                since, conn = idle.pop()
                if now - since < self._expiry and not _readable(conn):
                    conn.timeout = timeout
                    if conn.sock is not None:
                        conn.sock.settimeout(timeout)
                    return conn
                conn.close()
        scheme, host, port = key
        if scheme == "https":
            return http.client.HTTPSConnection(
                host, port, timeout=timeout,
                context=self._ssl or ssl.create_default_context(),
            )  # fmt: skip
        return http.client.HTTPConnection(host, port, timeout=timeout)

    def _give(self, key: tuple[str, str, int], conn: http.client.HTTPConnection) -> None:
        with self._lock:
            idle = self._idle.setdefault(key, [])
            if len(idle) < self._max_idle:
                idle.append((time.monotonic(), conn))
                return
        conn.close()


_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def _readable(conn: http.client.HTTPConnection) -> bool:
    """True when an idle connection has something to read: the server closed it (or
    broke the protocol), so it must not carry a request."""
    sock = conn.sock
    if sock is None:
        return True
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)


def _redirected(
    url: str,
    req: Request,
    response: http.client.HTTPResponse,
    body: bytes,
    timeout: float,
    context: ssl.SSLContext | None,
) -> tuple[int, str, http.client.HTTPMessage, bytes]:
    """A redirect taken as ``urlopen`` takes it: urllib's own handler makes the next
    request (a POST becomes a GET after 301/302/303; a 307/308 raises ``HTTPError``),
    which ``urlopen`` sends, following any further redirect."""
    location = response.headers.get("location") or response.headers.get("uri")
    if not location:
        raise urllib.error.HTTPError(
            url, response.status, response.reason, response.headers, io.BytesIO(body)
        )
    follow = urllib.request.HTTPRedirectHandler().redirect_request(
        req, io.BytesIO(body), response.status, response.reason, response.headers,
        urljoin(url, location),
    )  # fmt: skip
    if follow is None:  # pragma: no cover - urllib's handler raises rather than decline
        raise urllib.error.HTTPError(
            url, response.status, response.reason, response.headers, io.BytesIO(body)
        )
    with urllib.request.urlopen(follow, context=context, timeout=timeout) as answer:
        return answer.status, answer.reason, answer.headers, answer.read()


class KeepAliveWebClient(WebClient):
    """A ``WebClient`` that reuses its connections (HTTP/1.1 keep-alive, :class:`Connections`).

    It replaces only slack_sdk's transport step, ``_perform_urllib_http_request_internal``,
    and answers as ``urllib.request.urlopen`` does: a 4xx/5xx raises ``HTTPError`` with
    the headers and body, a connection failure ``URLError`` or ``ConnectionResetError``, a
    read timeout ``TimeoutError``.  So slack_sdk's retry handlers, ``SlackApiError`` and the
    callers' ``except OSError`` see exactly what they saw before.  The connections are
    shared by every thread using this WebClient.  ``http.client`` rather than httpx: the
    same keep-alive for about a third of the CPU per call.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._connections = Connections(ssl_context=self.ssl)

    def close(self) -> None:
        """Close the idle connections (the process exiting does it too)."""
        self._connections.close()

    def _perform_urllib_http_request_internal(self, url: str, req: Request) -> dict[str, Any]:
        if self.proxy is not None:  # slack_sdk's own path knows the proxy options
            return super()._perform_urllib_http_request_internal(url, req)
        status, _, headers, content = self._connections.post(url, req, self.timeout)
        body: str | bytes = content
        if headers.get_content_type() != "application/gzip":  # admin.analytics.getFile
            body = content.decode(headers.get_content_charset() or "utf-8")
        return {"status": status, "headers": headers, "body": body}

    def webhook(self, url: str) -> KeepAliveWebhookClient:
        """A ``WebhookClient`` for ``url`` (a ``response_url``) over this client's
        connections (kept per host: Slack's hooks host gets its own)."""
        return KeepAliveWebhookClient(
            url=url, connections=self._connections, ssl=self.ssl, proxy=self.proxy
        )


class KeepAliveWebhookClient(WebhookClient):
    """slack_sdk's ``WebhookClient`` (``response_url`` answers) over shared connections.

    As :class:`KeepAliveWebClient`, only the transport step changes: a 4xx/5xx raises
    ``HTTPError``, a connection failure the ``urlopen`` error, so slack_sdk's retry
    handlers and ``WebhookResponse`` are as before.
    """

    def __init__(self, *, url: str, connections: Connections, **kwargs: Any) -> None:
        super().__init__(url=url, **kwargs)
        self._connections = connections

    def _perform_http_request_internal(self, url: str, req: Request) -> WebhookResponse:
        if self.proxy is not None:  # slack_sdk's own path knows the proxy options
            return super()._perform_http_request_internal(url, req)  # type: ignore[no-any-return]
        status, _, headers, content = self._connections.post(url, req, self.timeout)
        return WebhookResponse(
            url=url,
            status_code=status,
            body=content.decode(headers.get_content_charset() or "utf-8"),
            headers=headers,  # type: ignore[arg-type]  # as slack_sdk passes them
        )


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
