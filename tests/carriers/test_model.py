from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from carriers.model import (
    DeliveryWindow,
    StatusReason,
    Tracking,
    TrackingEvent,
    TrackingStatus,
)

NOW = datetime(2026, 3, 12, 12, 0, tzinfo=UTC)


def make(status: TrackingStatus, *, last_scan_days_ago: float | None = 1, **kw) -> Tracking:
    event = (
        TrackingEvent(NOW - timedelta(days=last_scan_days_ago), "scan", "Louisville KY", "X")
        if last_scan_days_ago is not None
        else None
    )
    return Tracking(
        carrier="ups",
        number="1Z5R89390357567127",
        status=status,
        fetched_at=NOW,
        last_event=event,
        events=(event,) if event else (),
        **kw,
    )


@pytest.mark.parametrize(
    "status",
    [TrackingStatus.DELIVERED, TrackingStatus.RETURNED_TO_SENDER, TrackingStatus.CANCELLED],
)
def test_terminal_statuses(status):
    assert make(status).terminal


@pytest.mark.parametrize(
    "status",
    [s for s in TrackingStatus if s not in {"delivered", "returned_to_sender", "cancelled"}],
)
def test_non_terminal_statuses(status):
    assert not make(status).terminal


@pytest.mark.parametrize(
    ("status", "attention"),
    [
        (TrackingStatus.EXCEPTION, True),
        (TrackingStatus.DELIVERY_ATTEMPTED, True),
        (TrackingStatus.RETURNED_TO_SENDER, True),
        (TrackingStatus.CANCELLED, True),
        (TrackingStatus.IN_TRANSIT, False),
        (TrackingStatus.OUT_FOR_DELIVERY, False),
        (TrackingStatus.DELIVERED, False),
        (TrackingStatus.LABEL_CREATED, False),
        (TrackingStatus.AVAILABLE_FOR_PICKUP, False),
    ],
)
def test_needs_attention_by_status(status, attention):
    assert make(status).needs_attention(NOW) is attention


def test_parcel_without_scan_for_a_week_is_stale_and_needs_attention():
    parcel = make(TrackingStatus.IN_TRANSIT, last_scan_days_ago=8)
    assert parcel.is_stale(NOW)
    assert parcel.needs_attention(NOW)
    assert not parcel.is_stale(NOW, stale_after=timedelta(days=10))


def test_delivered_long_ago_is_not_stale():
    assert not make(TrackingStatus.DELIVERED, last_scan_days_ago=40).is_stale(NOW)


def test_not_found_needs_attention_only_days_after_the_label():
    parcel = make(TrackingStatus.NOT_FOUND, last_scan_days_ago=None)
    assert not parcel.needs_attention(NOW)
    assert not parcel.needs_attention(NOW, label_created_at=NOW - timedelta(hours=20))
    assert parcel.needs_attention(NOW, label_created_at=NOW - timedelta(days=4))


def test_unavailable_keeps_number_and_link_but_claims_no_status():
    t = Tracking.unavailable("dhl", "1234567890", now=NOW, tracking_url="https://www.dhl.com/x")
    assert t.status is TrackingStatus.UNKNOWN
    assert not t.live
    assert t.tracking_url == "https://www.dhl.com/x"
    assert "unavailable" in t.note
    assert not t.needs_attention(NOW)


def test_naive_event_time_is_refused():
    with pytest.raises(ValueError, match="timezone"):
        TrackingEvent(datetime(2026, 3, 1, 10, 0), "scan")


def test_dict_round_trip_keeps_every_field():
    t = make(
        TrackingStatus.EXCEPTION,
        reason=StatusReason.WEATHER,
        status_text="Severe weather",
        estimated_delivery=date(2026, 3, 14),
        estimated_window=DeliveryWindow(NOW, NOW + timedelta(hours=4)),
        tracking_url="https://www.ups.com/track?loc=en_US&tracknum=1Z5R89390357567127",
    )
    data = t.to_dict()
    assert data["status"] == "exception" and data["reason"] == "weather"
    assert Tracking.from_dict(data) == t
