"""Slack Web API clients, built from settings (the base URL too, so tests use a fake).

Two kinds, on purpose:

- :func:`background_client` retries a 429 after its ``Retry-After`` and a 5xx with
  backoff.  Those retries *sleep in the calling thread*, which is right for the card
  poster and for the work a listener does after it acknowledged a click.
- :func:`live_client` never sleeps: it serves ``views.update`` while an agent types in
  the edit modal, where a dropped update costs nothing (the next keystroke or the submit
  checks again) but a sleeping thread would hold up the listener pool.
"""

from __future__ import annotations

from slack_sdk import WebClient
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

__all__ = ["CountRateLimits", "background_client", "live_client"]

DEFAULT_TIMEOUT = 10  # seconds; slack_sdk's own default is 30, too long behind a click
LIVE_TIMEOUT = 3


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
) -> WebClient:
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
    return WebClient(
        token=settings.slack_bot_token.reveal() or None,
        base_url=_base_url(settings),
        timeout=DEFAULT_TIMEOUT,
        retry_handlers=handlers,
    )


def live_client(settings: Settings) -> WebClient:
    """A client that fails fast: no retry handler sleeps on a keystroke's thread."""
    return WebClient(
        token=settings.slack_bot_token.reveal() or None,
        base_url=_base_url(settings),
        timeout=LIVE_TIMEOUT,
        retry_handlers=[CountRateLimits()],  # counts, never retries
    )


def _base_url(settings: Settings) -> str:
    url = settings.slack_base_url
    return url if url.endswith("/") else url + "/"
