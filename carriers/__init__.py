"""Parcel tracking: number detection, carrier clients, a normalised model.

A library: imports nothing from ``bot`` or ``handlers``.  Its public face::

    from carriers import CarrierConfig, build_service, detect
    service = build_service({"ups": CarrierConfig(base_url=..., client_id=..., ...)},
                            clock=utc_now)
    service.track("1Z...", now=utc_now())     # -> Tracking, never raises for a carrier fault

Modules whose names start with ``_`` are private to the library.  Local fake carrier
APIs for tests and the demo are in :mod:`carriers.sandbox`.
"""

from __future__ import annotations

from carriers.detect import Match, detect
from carriers.errors import (
    CarrierAuthFailed,
    CarrierError,
    CarrierRateLimited,
    CarrierUnavailable,
    CircuitOpen,
    TrackingNotFound,
)
from carriers.links import tracking_url
from carriers.model import DeliveryWindow, Tracking, TrackingEvent, TrackingStatus
from carriers.service import CarrierConfig, TrackingService, build_service

__all__ = [
    "CarrierAuthFailed",
    "CarrierConfig",
    "CarrierError",
    "CarrierRateLimited",
    "CarrierUnavailable",
    "CircuitOpen",
    "DeliveryWindow",
    "Match",
    "Tracking",
    "TrackingEvent",
    "TrackingNotFound",
    "TrackingService",
    "TrackingStatus",
    "build_service",
    "detect",
    "tracking_url",
]
