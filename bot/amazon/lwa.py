"""Login with Amazon: trade the seller's refresh token for short-lived SP-API access tokens.

``POST {LWA_TOKEN_URL}`` with ``grant_type=refresh_token`` answers
``{"access_token": "Atza|...", "token_type": "bearer", "expires_in": 3600}``.  The token is
cached until shortly before it expires and shared by every thread, so a burst of order
look-ups costs one token request, not one each.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import httpx

from bot.errors import AmazonAuthFailed, AmazonRateLimited, AmazonUnavailable

__all__ = ["Clock", "LwaTokenProvider"]

Clock = Callable[[], datetime]

_CHECK = "check SPAPI_REFRESH_TOKEN, SPAPI_CLIENT_ID and SPAPI_CLIENT_SECRET"


class LwaTokenProvider:
    """Thread-safe cache of one LWA access token for one refresh token."""

    def __init__(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        refresh_token: str,
        http: httpx.Client,
        clock: Clock,
        refresh_margin: timedelta = timedelta(minutes=1),
    ) -> None:
        self._token_url = token_url
        self._form = {
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
            "client_id": client_id,
            "client_secret": client_secret,
        }
        self._http = http
        self._clock = clock
        self._margin = refresh_margin
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at: datetime | None = None

    def __repr__(self) -> str:
        return f"LwaTokenProvider({self._token_url!r})"

    def access_token(self) -> str:
        """A token valid for at least ``refresh_margin`` more; fetched only when needed."""
        with self._lock:  # one refresh at a time: the others wait and reuse its result
            now = self._clock()
            if self._token and self._expires_at and now < self._expires_at - self._margin:
                return self._token
            token, lifetime = self._fetch()
            self._token, self._expires_at = token, now + lifetime
            return token

    def invalidate(self, token: str) -> None:
        """SP-API refused ``token``: forget it (unless another thread already replaced it)."""
        with self._lock:
            if self._token == token:
                self._token = self._expires_at = None

    def _fetch(self) -> tuple[str, timedelta]:
        try:
            response = self._http.post(
                self._token_url, data=self._form, headers={"Accept": "application/json"}
            )
        except httpx.TimeoutException as exc:
            raise AmazonUnavailable(
                f"Login with Amazon ({self._token_url}) did not answer in time"
            ) from exc
        except httpx.HTTPError as exc:
            raise AmazonUnavailable(
                f"cannot reach Login with Amazon at {self._token_url} ({type(exc).__name__})"
            ) from exc
        body = _json(response)
        if response.status_code == 429:
            raise AmazonRateLimited(_retry_after(response))
        if response.status_code in (400, 401, 403):
            error = str(body.get("error") or response.status_code)
            detail = str(body.get("error_description") or "").strip()
            raise AmazonAuthFailed(
                f"Login with Amazon refused the credentials ({error}"
                f"{': ' + detail if detail else ''}): {_CHECK}; a refresh token stops "
                "working when the seller revokes the app's authorisation"
            )
        if response.status_code >= 300:
            raise AmazonUnavailable(
                f"Login with Amazon answered HTTP {response.status_code}: will retry"
            )
        token = body.get("access_token")
        if not isinstance(token, str) or not token:
            raise AmazonUnavailable("Login with Amazon answered without an access_token")
        try:
            seconds = float(body.get("expires_in", 3600))
        except (TypeError, ValueError):
            seconds = 3600.0  # the lifetime LWA documents for access tokens
        return token, timedelta(seconds=seconds)


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _retry_after(response: httpx.Response) -> float | None:
    try:
        return max(0.0, float(response.headers.get("Retry-After", "")))
    except ValueError:
        return None
