"""Shared per-status checks for the four carrier test modules."""

from __future__ import annotations

from datetime import timedelta

from carriers.model import TrackingStatus
from carriers.sandbox import demo_number, expected_delivery

from .helpers import NOW

ALL_STATUSES = [s for s in TrackingStatus if s is not TrackingStatus.NOT_FOUND]
TERMINAL = {
    TrackingStatus.DELIVERED,
    TrackingStatus.RETURNED_TO_SENDER,
    TrackingStatus.CANCELLED,
}


def check_status(client, carrier: str, status: TrackingStatus) -> None:
    """Track the sandbox's demo number for ``status`` and check what a user would see."""
    number = demo_number(carrier, status)
    tracking = client.track(number, now=NOW)
    assert tracking.status is status
    assert tracking.carrier == carrier
    assert tracking.number == number
    assert tracking.live
    # The sandbox announces delivery in two days (today when out for delivery);
    # finished parcels carry no estimate.
    assert tracking.estimated_delivery == expected_delivery(status, NOW)
    if status in TERMINAL:
        assert tracking.estimated_delivery is None
    # The newest scan (two hours ago) is the last event, whatever order the API used.
    assert tracking.last_event is not None
    assert tracking.last_event.at == NOW - timedelta(hours=2)
    assert tracking.last_event.description
    assert tracking.events[0] == tracking.last_event
    if status is TrackingStatus.DELIVERED:
        assert tracking.delivered_at == NOW - timedelta(hours=2)
    else:
        assert tracking.delivered_at is None
    assert tracking.tracking_url is not None and tracking.tracking_url.startswith("https://")
    assert number in tracking.tracking_url
