from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from carriers.errors import CarrierAuthFailed, TrackingNotFound
from carriers.model import StatusReason, TrackingStatus
from carriers.sandbox import demo_number
from carriers.ups import STATUS_CODES, UpsClient, parse_ups

from .helpers import NOW, fast, load
from .status_cases import ALL_STATUSES, check_status


@pytest.fixture
def client(sandbox):
    c = UpsClient(fast(sandbox, "ups"))
    yield c
    c.close()


@pytest.mark.parametrize("status", ALL_STATUSES, ids=str)
def test_each_status_over_http(client, status):
    check_status(client, "ups", status)


def test_unknown_number_is_not_found(client, sandbox):
    with pytest.raises(TrackingNotFound):
        client.track(demo_number("ups", TrackingStatus.NOT_FOUND), now=NOW)


def test_documented_example_in_transit_with_eta():
    t = parse_ups(load("ups", "in_transit"), now=NOW)
    assert t.status is TrackingStatus.IN_TRANSIT
    assert t.status_text == "Departed from Facility"
    assert t.estimated_delivery == date(2026, 3, 12)
    assert t.estimated_window is None  # "EOD" is a deadline, not a window
    assert t.last_event is not None
    assert t.last_event.at == datetime(2026, 3, 10, 9, 30, tzinfo=UTC)  # gmtDate/gmtTime
    assert t.last_event.location == "Louisville, KY, US"
    assert [e.code for e in t.events] == ["005", "038", "003"]


def test_rescheduled_date_wins_and_window_is_local_time():
    t = parse_ups(load("ups", "rescheduled_window"), now=NOW)
    assert t.status is TrackingStatus.OUT_FOR_DELIVERY
    assert t.estimated_delivery == date(2026, 3, 13)  # RDD over the first SDD
    assert t.estimated_window is not None
    cst = timezone(timedelta(hours=-6))
    assert t.estimated_window.start == datetime(2026, 3, 13, 12, 0, tzinfo=cst)
    assert t.estimated_window.end == datetime(2026, 3, 13, 16, 0, tzinfo=cst)
    # Local date/time with gmtOffset when UPS sends no GMT fields.
    assert t.last_event is not None
    assert t.last_event.at == datetime(2026, 3, 13, 12, 12, tzinfo=UTC)


def test_warning_tw0001_means_not_found():
    t = parse_ups(load("ups", "not_found"), now=NOW)
    assert t.status is TrackingStatus.NOT_FOUND
    assert t.number == "1Z410E7W0392751591"


@pytest.mark.parametrize(
    ("code", "status"),
    [
        ("003", "label_created"),
        ("038", "in_transit"),
        ("072", "out_for_delivery"),
        ("017", "available_for_pickup"),
        ("066", "delivery_attempted"),
        ("026", "delivered"),
        ("068", "exception"),
        ("067", "returned_to_sender"),
        ("007", "cancelled"),
    ],
)
def test_status_table_follows_reference(code, status):
    assert STATUS_CODES[code] == status


def test_weather_exception_carries_reason(client):
    t = client.track(demo_number("ups", TrackingStatus.EXCEPTION), now=NOW)
    assert t.reason is StatusReason.WEATHER
    assert t.needs_attention(NOW)


def test_bad_credentials_say_which_settings_to_fix(sandbox):
    c = UpsClient(fast(sandbox, "ups", client_secret="wrong"))
    with pytest.raises(CarrierAuthFailed, match="UPS_CLIENT_ID"):
        c.track(demo_number("ups", TrackingStatus.IN_TRANSIT), now=NOW)
    c.close()
