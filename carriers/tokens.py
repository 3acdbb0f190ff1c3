"""OAuth client-credentials tokens, fetched once and shared until shortly before expiry.

Carriers throttle their token endpoints (FedEx by IP), and their guidance is to cache
the token until it expires or a 401 says otherwise.  One lock per carrier makes a burst
of concurrent lookups wait for a single token request instead of racing for many.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from carriers._http import CarrierConfig, CarrierHttp
from carriers.errors import CarrierAuthFailed, CarrierUnavailable

__all__ = [
    "AccessToken",
    "OAuthCarrierClient",
    "TokenCache",
    "fetch_client_credentials",
    "send_authorised",
]

# Refresh this long before the carrier's stated expiry, so a token never dies in flight.
REFRESH_MARGIN = 60.0


@dataclass(frozen=True, slots=True)
class AccessToken:
    value: str
    expires_in: float  # seconds, as the carrier stated when issuing it


class TokenCache:
    """Holds one carrier's access token; thread-safe."""

    def __init__(
        self,
        fetch: Callable[[float], AccessToken],
        *,
        refresh_margin: float = REFRESH_MARGIN,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch = fetch
        self._margin = refresh_margin
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._value: str | None = None
        self._refresh_at = 0.0

    def get(self, deadline: float) -> str:
        """A valid access token, fetched (within ``deadline``) only when needed."""
        with self._lock:
            if self._value is None or self._monotonic() >= self._refresh_at:
                token = self._fetch(deadline)
                self._value = token.value
                # A token shorter-lived than the margin is used for half its life.
                margin = min(self._margin, token.expires_in / 2)
                self._refresh_at = self._monotonic() + token.expires_in - margin
            return self._value

    def invalidate(self, value: str) -> None:
        """Forget ``value`` after the API refused it (revoked or expired early)."""
        with self._lock:
            if self._value == value:
                self._value = None


def fetch_client_credentials(
    http: CarrierHttp,
    path: str,
    *,
    deadline: float,
    style: Literal["basic", "form", "json"],
    extra: Mapping[str, str] | None = None,
) -> AccessToken:
    """Ask ``path`` for a client-credentials token.

    ``basic`` sends the id and secret as HTTP Basic auth (UPS); ``form`` puts them in a
    form body (FedEx); ``json`` in a JSON body (USPS).
    """
    cfg = http.config
    if not cfg.client_id or not cfg.client_secret:
        raise CarrierAuthFailed(http.carrier, "client id or secret is empty")
    body: dict[str, str] = {"grant_type": "client_credentials", **(extra or {})}
    if style == "basic":
        response = http.send(
            "POST", path, deadline=deadline, form=body, auth=(cfg.client_id, cfg.client_secret)
        )
    else:
        body |= {"client_id": cfg.client_id, "client_secret": cfg.client_secret}
        if style == "form":
            response = http.send("POST", path, deadline=deadline, form=body)
        else:
            response = http.send("POST", path, deadline=deadline, json_body=body)
    if response.status_code in {400, 401, 403}:
        raise CarrierAuthFailed(http.carrier, _oauth_error(response.content))
    if response.status_code != 200:
        raise CarrierUnavailable(http.carrier, f"token endpoint answered {response.status_code}")
    data = http.json(response)
    token = data.get("access_token") if isinstance(data, dict) else None
    if not isinstance(token, str) or not token:
        raise CarrierUnavailable(http.carrier, "token endpoint answered without access_token")
    try:
        # UPS sends expires_in as a string ("14399"), the others as a number.
        expires_in = float(data.get("expires_in", 3600))
    except (TypeError, ValueError):
        expires_in = 3600.0
    return AccessToken(token, expires_in)


def _oauth_error(content: bytes) -> str:
    """The carrier's short reason, from any of the error shapes the three APIs use."""
    try:
        data: Any = json.loads(content)
    except ValueError:
        return ""
    if not isinstance(data, dict):
        return ""
    if isinstance(data.get("error"), str):  # RFC 6749 (USPS)
        return str(data["error"])
    errors = data.get("errors") or (data.get("response") or {}).get("errors")  # FedEx, UPS
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        return str(errors[0].get("code") or errors[0].get("message") or "")
    return ""


def send_authorised(
    http: CarrierHttp,
    tokens: TokenCache,
    method: str,
    path: str,
    *,
    deadline: float,
    headers: Mapping[str, str] | None = None,
    **kwargs: Any,
) -> Any:
    """Send with a bearer token; on 401 fetch a new token once, then give up.

    Returns the :class:`httpx.Response`; a second 401 raises :class:`CarrierAuthFailed`.
    """
    for attempt in range(2):
        token = tokens.get(deadline)
        response = http.send(
            method,
            path,
            deadline=deadline,
            headers={**(headers or {}), "Authorization": f"Bearer {token}"},
            **kwargs,
        )
        if response.status_code == 403:
            raise CarrierAuthFailed(http.carrier, "access forbidden (HTTP 403)")
        if response.status_code != 401:
            return response
        tokens.invalidate(token)
        if attempt == 1:
            break
    raise CarrierAuthFailed(http.carrier, "access token refused twice")


class OAuthCarrierClient:
    """What the client-credentials carriers (UPS, USPS, FedEx) share: one HTTP client and
    one cached token per carrier. Subclasses name the carrier and their token endpoint."""

    carrier: str
    token_path: ClassVar[str]
    token_style: ClassVar[Literal["basic", "form", "json"]]

    def __init__(self, config: CarrierConfig, *, http: CarrierHttp | None = None) -> None:
        self._http = http or CarrierHttp(self.carrier, config)
        self._tokens = TokenCache(
            lambda deadline: fetch_client_credentials(
                self._http, self.token_path, deadline=deadline, style=self.token_style
            )
        )

    def close(self) -> None:
        self._http.close()
