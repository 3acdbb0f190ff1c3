from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from carriers.dhl import DhlClient, parse_dhl
from carriers.errors import CarrierAuthFailed, TrackingNotFound
from carriers.model import StatusReason, TrackingStatus
from carriers.sandbox import demo_number

from .helpers import NOW, fast, load
from .status_cases import ALL_STATUSES, check_status


@pytest.fixture
def client(sandbox):
    c = DhlClient(fast(sandbox, "dhl"))
    yield c
    c.close()


@pytest.mark.parametrize("status", ALL_STATUSES, ids=str)
def test_each_status_over_http(client, status):
    check_status(client, "dhl", status)


def test_unknown_number_is_not_found(client):
    with pytest.raises(TrackingNotFound):
        client.track(demo_number("dhl", TrackingStatus.NOT_FOUND), now=NOW)


def test_documented_example_in_transit():
    t = parse_dhl(load("dhl", "in_transit"), now=NOW)
    assert t.status is TrackingStatus.IN_TRANSIT
    assert t.estimated_delivery == date(2026, 3, 12)
    assert t.estimated_window is not None
    assert t.estimated_window.start == datetime(2026, 3, 12, 9, 0)
    # Events arrive oldest first here; the newest is still the last event.
    assert t.last_event is not None
    assert t.last_event.at == datetime(2026, 3, 10, 8, 12, tzinfo=timezone(timedelta(hours=1)))
    assert t.last_event.location == "LEIPZIG - GERMANY"


def test_problem_json_is_not_found():
    assert parse_dhl(load("dhl", "not_found"), now=NOW).status is TrackingStatus.NOT_FOUND


def test_customs_hold_is_an_exception_with_reason(client):
    t = client.track(demo_number("dhl", TrackingStatus.EXCEPTION), now=NOW)
    assert t.reason is StatusReason.CUSTOMS


def test_missing_or_wrong_api_key(sandbox):
    for key in ("", "wrong"):
        c = DhlClient(fast(sandbox, "dhl", api_key=key))
        with pytest.raises(CarrierAuthFailed, match="DHL_API_KEY"):
            c.track(demo_number("dhl", TrackingStatus.IN_TRANSIT), now=NOW)
        c.close()
