"""Carriers we have no API for: the number and the carrier's own page, honestly unlabelled.

Amazon Logistics (TBA...) shares tracking only on Amazon's page, and regional carriers
(Royal Mail, DPD, OnTrac, ...) would each need their own contract; a reply can still
give the buyer the number and a working link, so the result says ``live=False`` and
``status=unknown`` instead of guessing.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from carriers.links import tracking_url
from carriers.model import Tracking

__all__ = ["API_CARRIERS", "link_only_tracking", "unrecognised_tracking"]

# Carriers with a live API client in this package.
API_CARRIERS: Final = frozenset({"ups", "usps", "fedex", "dhl"})


def link_only_tracking(carrier: str, number: str, *, now: datetime, note: str = "") -> Tracking:
    """No status, only what the buyer can use: the number and the carrier's page."""
    tracking = Tracking.link_only(
        carrier, number, now=now, tracking_url=tracking_url(carrier, number)
    )
    if note:
        return Tracking.unavailable(
            carrier, number, now=now, tracking_url=tracking.tracking_url, note=note
        )
    return tracking


def unrecognised_tracking(number: str, *, now: datetime) -> Tracking:
    """A number no known format matches and no carrier was named for."""
    return Tracking.unavailable(
        "unknown",
        number,
        now=now,
        tracking_url=None,
        note="carrier not recognised from the number",
    )
