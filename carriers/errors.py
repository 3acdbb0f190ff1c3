"""The carrier library's exception tree.

httpx errors and carrier error bodies are translated into these at the HTTP boundary
(``carriers._http``) with ``raise ... from exc``; callers never see a raw httpx error.

    CarrierError
    ├── CarrierAuthFailed     credentials refused: fix the CARRIER_* settings
    ├── TrackingNotFound      the carrier has no record of this number
    ├── CarrierRateLimited    429 or our own quota guard (retry_after seconds, if known)
    └── CarrierUnavailable    timeout, connection refused, 5xx, unreadable answer
        └── CircuitOpen       too many failures in a row: not asked for a while
"""

from __future__ import annotations

__all__ = [
    "CarrierAuthFailed",
    "CarrierError",
    "CarrierRateLimited",
    "CarrierUnavailable",
    "CircuitOpen",
    "TrackingNotFound",
]


class CarrierError(Exception):
    """Base of every error the carrier library raises on purpose."""

    def __init__(self, carrier: str, message: str) -> None:
        self.carrier = carrier
        super().__init__(f"{carrier}: {message}")


class CarrierAuthFailed(CarrierError):
    def __init__(self, carrier: str, detail: str = "") -> None:
        hint = f"check {carrier.upper()}_CLIENT_ID / {carrier.upper()}_CLIENT_SECRET"
        if carrier == "dhl":
            hint = "check DHL_API_KEY"
        super().__init__(carrier, f"credentials refused{f' ({detail})' if detail else ''}: {hint}")


class TrackingNotFound(CarrierError):
    def __init__(self, carrier: str, number: str) -> None:
        self.number = number
        super().__init__(
            carrier,
            f"no record of {number} (new labels take up to 30 minutes to appear; "
            "check the number and the carrier)",
        )


class CarrierRateLimited(CarrierError):
    def __init__(self, carrier: str, retry_after: float | None = None, detail: str = "") -> None:
        self.retry_after = retry_after
        wait = f"retry after {retry_after:g} s" if retry_after is not None else "retry later"
        super().__init__(carrier, f"rate limit reached{f' ({detail})' if detail else ''}: {wait}")


class CarrierUnavailable(CarrierError):
    pass


class CircuitOpen(CarrierUnavailable):
    def __init__(self, carrier: str, retry_in: float) -> None:
        self.retry_in = retry_in
        super().__init__(
            carrier, f"failing repeatedly, not asked again for {retry_in:.0f} s (circuit open)"
        )
