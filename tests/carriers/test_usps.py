from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from carriers.errors import CarrierAuthFailed, TrackingNotFound
from carriers.model import StatusReason, TrackingStatus
from carriers.sandbox import demo_number
from carriers.usps import UspsClient, parse_usps, parse_usps_many

from .helpers import NOW, fast, load
from .status_cases import ALL_STATUSES, check_status


@pytest.fixture(params=["v3", "v3r2"])
def client(request, sandbox):
    c = UspsClient(fast(sandbox, "usps"), api=request.param)
    yield c
    c.close()


@pytest.mark.parametrize("status", ALL_STATUSES, ids=str)
def test_each_status_over_http(client, status):
    check_status(client, "usps", status)


def test_unknown_number_is_not_found(client):
    with pytest.raises(TrackingNotFound):
        client.track(demo_number("usps", TrackingStatus.NOT_FOUND), now=NOW)


def test_recorded_sample_out_for_delivery():
    t = parse_usps(load("usps", "out_for_delivery_v3"), now=NOW)
    assert t.status is TrackingStatus.OUT_FOR_DELIVERY
    assert t.estimated_delivery == date(2024, 11, 22)
    assert t.last_event is not None
    assert t.last_event.code == "OF"
    assert t.last_event.at == datetime(2024, 11, 22, 14, 10, 45, tzinfo=UTC)
    assert t.last_event.location == "HERNANDO, FL, 34442"
    assert t.status_text.startswith("Your item is out for delivery")
    # eventTimestamp without GMT fields is local time: the offset is applied.
    assert t.events[1].at == datetime(2024, 11, 22, 13, 59, tzinfo=UTC)


def test_tracking_3_2_list_shape_with_per_item_error():
    many = parse_usps_many(load("usps", "delivered_v3r2"), now=NOW)
    delivered = many["9400109104250532908587"]
    assert delivered.status is TrackingStatus.DELIVERED
    assert delivered.delivered_at == datetime(2024, 11, 22, 17, 51, 20, tzinfo=UTC)
    assert delivered.estimated_delivery is None
    assert many["9400111206206406260787"].status is TrackingStatus.NOT_FOUND


def test_error_envelope_is_not_found():
    assert parse_usps(load("usps", "not_found"), now=NOW).status is TrackingStatus.NOT_FOUND


def test_predicted_window_for_out_for_delivery(client):
    t = client.track(demo_number("usps", TrackingStatus.OUT_FOR_DELIVERY), now=NOW)
    assert t.estimated_window is not None
    assert (t.estimated_window.start.time(), t.estimated_window.end.time()) == (
        time(10, 15),
        time(14, 15),
    )


def test_notice_left_reason_is_recipient_unavailable(client):
    t = client.track(demo_number("usps", TrackingStatus.DELIVERY_ATTEMPTED), now=NOW)
    assert t.reason is StatusReason.RECIPIENT_UNAVAILABLE


def test_bad_credentials(sandbox):
    c = UspsClient(fast(sandbox, "usps", client_id="nobody"))
    with pytest.raises(CarrierAuthFailed, match="invalid_client"):
        c.track(demo_number("usps", TrackingStatus.IN_TRANSIT), now=NOW)
    c.close()
