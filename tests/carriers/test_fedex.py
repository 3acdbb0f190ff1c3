from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from carriers.errors import CarrierAuthFailed, TrackingNotFound
from carriers.fedex import FedexClient, parse_fedex, parse_fedex_many
from carriers.model import StatusReason, TrackingStatus
from carriers.sandbox import DEMO_NUMBERS, demo_number

from .helpers import NOW, fast, load
from .status_cases import ALL_STATUSES, check_status


@pytest.fixture
def client(sandbox):
    c = FedexClient(fast(sandbox, "fedex"))
    yield c
    c.close()


@pytest.mark.parametrize("status", ALL_STATUSES, ids=str)
def test_each_status_over_http(client, status):
    check_status(client, "fedex", status)


def test_unknown_number_is_not_found(client):
    with pytest.raises(TrackingNotFound):
        client.track(demo_number("fedex", TrackingStatus.NOT_FOUND), now=NOW)


def test_track_many_batches_thirty_numbers_a_request(client, sandbox):
    known = list(DEMO_NUMBERS["fedex"].values())
    numbers = known + [f"7704883{i:05d}" for i in range(40)]  # 51 numbers
    result = client.track_many(numbers, now=NOW)
    assert set(result) == set(numbers)
    assert sandbox.count("fedex") == 2  # 30 + 21
    assert result[demo_number("fedex", TrackingStatus.DELIVERED)].status is TrackingStatus.DELIVERED
    assert result["770488300000"].status is TrackingStatus.NOT_FOUND


def test_documented_example_out_for_delivery_with_window():
    many = parse_fedex_many(load("fedex", "out_for_delivery"), now=NOW)
    t = many["738488882438"]
    # derivedCode says IT; the code says OD, which is what the buyer cares about.
    assert t.status is TrackingStatus.OUT_FOR_DELIVERY
    assert t.estimated_delivery == date(2024, 8, 20)
    edt = timezone(timedelta(hours=-4))
    assert t.estimated_window is not None
    assert t.estimated_window.start == datetime(2024, 8, 20, 9, 0, tzinfo=edt)
    assert t.last_event is not None
    assert t.last_event.description == "On FedEx vehicle for delivery"
    assert t.last_event.location == "HOLBROOK, NY, US"
    assert many["123456789012"].status is TrackingStatus.NOT_FOUND


def test_reused_number_takes_the_newest_shipment():
    t = parse_fedex(load("fedex", "running_late_then_delivered"), now=NOW)
    assert t.status is TrackingStatus.DELIVERED
    assert t.delivered_at == datetime(2024, 5, 3, 10, 41, tzinfo=timezone(timedelta(hours=-7)))
    assert t.estimated_delivery is None


def test_running_late_is_a_delay_reason():
    payload = load("fedex", "running_late_then_delivered")
    results = payload["output"]["completeTrackResults"][0]["trackResults"]
    del results[1]
    t = parse_fedex(payload, now=NOW)
    assert t.status is TrackingStatus.IN_TRANSIT
    assert t.reason is StatusReason.DELAYED


def test_delivery_exception_split_into_attempt_and_exception(client):
    attempt = client.track(demo_number("fedex", TrackingStatus.DELIVERY_ATTEMPTED), now=NOW)
    assert attempt.reason is StatusReason.RECIPIENT_UNAVAILABLE
    problem = client.track(demo_number("fedex", TrackingStatus.EXCEPTION), now=NOW)
    assert problem.reason is StatusReason.WEATHER


def test_bad_credentials(sandbox):
    c = FedexClient(fast(sandbox, "fedex", client_secret="nope"))
    with pytest.raises(CarrierAuthFailed, match=r"NOT\.AUTHORIZED"):
        c.track(demo_number("fedex", TrackingStatus.IN_TRANSIT), now=NOW)
    c.close()
