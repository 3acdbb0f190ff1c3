"""Behaviour under failure, the same for every carrier, over real HTTP to the sandbox."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from carriers._http import CarrierConfig, parse_retry_after
from carriers.breaker import BreakerState
from carriers.dhl import DhlClient
from carriers.errors import CarrierRateLimited, CarrierUnavailable
from carriers.fedex import FedexClient
from carriers.model import TrackingStatus
from carriers.sandbox import demo_number
from carriers.service import TrackingService
from carriers.ups import UpsClient
from carriers.usps import UspsClient

from .helpers import NOW, fast

CLIENTS = {"ups": UpsClient, "usps": UspsClient, "fedex": FedexClient, "dhl": DhlClient}
CARRIERS = list(CLIENTS)
OAUTH = ["ups", "usps", "fedex"]
IN_TRANSIT = TrackingStatus.IN_TRANSIT


def make(sandbox, carrier, **overrides):
    return CLIENTS[carrier](fast(sandbox, carrier, **overrides))


@pytest.mark.parametrize("carrier", OAUTH)
def test_token_fetched_once_and_reused(sandbox, carrier):
    client = make(sandbox, carrier)
    for status in (IN_TRANSIT, TrackingStatus.DELIVERED, TrackingStatus.OUT_FOR_DELIVERY):
        client.track(demo_number(carrier, status), now=NOW)
    assert sandbox.count(carrier, "token") == 1
    assert sandbox.count(carrier, "track") == 3
    client.close()


@pytest.mark.parametrize("carrier", OAUTH)
def test_revoked_token_is_replaced_once(sandbox, carrier):
    client = make(sandbox, carrier)
    client.track(demo_number(carrier, IN_TRANSIT), now=NOW)
    sandbox.revoke_tokens(carrier)
    t = client.track(demo_number(carrier, TrackingStatus.DELIVERED), now=NOW)
    assert t.status is TrackingStatus.DELIVERED
    assert sandbox.count(carrier, "token") == 2
    client.close()


@pytest.mark.parametrize("carrier", OAUTH)
def test_token_expiring_soon_is_refreshed_before_use(clock, sandbox, carrier):
    sandbox.token_ttl = 0.2  # shorter than the refresh margin: used for half its life
    client = make(sandbox, carrier)
    client.track(demo_number(carrier, IN_TRANSIT), now=NOW)
    client.track(demo_number(carrier, IN_TRANSIT), now=NOW)
    assert sandbox.count(carrier, "token") == 1
    time.sleep(0.15)
    client.track(demo_number(carrier, IN_TRANSIT), now=NOW)
    assert sandbox.count(carrier, "token") == 2
    client.close()


@pytest.mark.parametrize("carrier", CARRIERS)
def test_429_is_retried_after_retry_after(sandbox, carrier):
    client = make(sandbox, carrier)
    client.track(demo_number(carrier, IN_TRANSIT), now=NOW)  # token in hand
    sandbox.fail(carrier, status=429, times=1, retry_after=0.2)
    started = time.monotonic()
    t = client.track(demo_number(carrier, TrackingStatus.DELIVERED), now=NOW)
    waited = time.monotonic() - started
    assert t.status is TrackingStatus.DELIVERED
    assert waited >= 0.2
    assert sandbox.count(carrier) == 3
    client.close()


@pytest.mark.parametrize("carrier", CARRIERS)
def test_429_asking_for_longer_than_the_cap_is_not_waited_for(sandbox, carrier):
    client = make(sandbox, carrier, max_retry_after=1.0)
    sandbox.fail(carrier, status=429, times=1, retry_after=3600)
    started = time.monotonic()
    with pytest.raises(CarrierRateLimited) as info:
        client.track(demo_number(carrier, IN_TRANSIT), now=NOW)
    assert info.value.retry_after == 3600
    assert time.monotonic() - started < 0.5
    client.close()


@pytest.mark.parametrize("carrier", CARRIERS)
def test_one_500_is_retried(sandbox, carrier):
    client = make(sandbox, carrier)
    sandbox.fail(carrier, status=500, times=1)
    assert client.track(demo_number(carrier, IN_TRANSIT), now=NOW).status is IN_TRANSIT
    assert sandbox.count(carrier) == 2
    client.close()


@pytest.mark.parametrize("carrier", OAUTH)
def test_token_endpoint_500_is_retried(sandbox, carrier):
    client = make(sandbox, carrier)
    sandbox.fail(carrier, status=503, times=1, route="token")
    assert client.track(demo_number(carrier, IN_TRANSIT), now=NOW).status is IN_TRANSIT
    assert sandbox.count(carrier, "token") == 2
    client.close()


@pytest.mark.parametrize("carrier", CARRIERS)
def test_500_storm_opens_the_circuit_and_it_closes_again(clock, sandbox, carrier):
    client = make(sandbox, carrier, retries=1)
    service = TrackingService(
        {carrier: client}, clock=clock, quotas={}, breaker_threshold=3, breaker_cooldown=0.15
    )
    sandbox.fail(carrier, status=500, times=1000)
    numbers = [demo_number(carrier, s) for s in TrackingStatus][:4]
    for number in numbers[:3]:
        t = service.track(number, carrier=carrier)
        assert not t.live and t.status is TrackingStatus.UNKNOWN
        assert t.tracking_url is not None  # the draft can still give the link
    assert service.breaker(carrier).state is BreakerState.OPEN
    before = sandbox.count(carrier)
    t = service.track(numbers[3], carrier=carrier)
    assert "circuit open" in t.note
    assert sandbox.count(carrier) == before  # the carrier was not asked

    sandbox.reset()  # the carrier recovers
    time.sleep(0.2)
    assert service.breaker(carrier).state is BreakerState.HALF_OPEN
    t = service.track(demo_number(carrier, IN_TRANSIT), carrier=carrier)
    assert t.live and t.status is IN_TRANSIT
    assert service.breaker(carrier).state is BreakerState.CLOSED
    service.close()


@pytest.mark.parametrize("carrier", CARRIERS)
def test_timeout_yields_unavailable_within_the_bound(clock, sandbox, carrier):
    client = make(sandbox, carrier, timeout=0.2)
    sandbox.delay(carrier, 1.0)
    started = time.monotonic()
    with pytest.raises(CarrierUnavailable, match=r"no answer within 0\.2 s"):
        client.track(demo_number(carrier, IN_TRANSIT), now=NOW)
    assert time.monotonic() - started < 0.45

    service = TrackingService({carrier: client}, clock=clock, quotas={})
    started = time.monotonic()
    t = service.track(demo_number(carrier, TrackingStatus.DELIVERED), carrier=carrier)
    assert time.monotonic() - started < 0.45
    assert not t.live and t.status is TrackingStatus.UNKNOWN
    assert "no answer" in t.note
    sandbox.delay(carrier, 0)
    service.close()


@pytest.mark.parametrize("carrier", CARRIERS)
def test_retries_never_overrun_the_budget(sandbox, carrier):
    client = make(sandbox, carrier, timeout=0.4, retries=10, backoff=0.1)
    sandbox.fail(carrier, status=500, times=100)
    sandbox.fail(carrier, status=500, times=100, route="token")
    started = time.monotonic()
    with pytest.raises(CarrierUnavailable):
        client.track(demo_number(carrier, IN_TRANSIT), now=NOW)
    assert time.monotonic() - started < 0.6
    client.close()


def test_connection_refused_is_unavailable_not_an_httpx_error():
    config = CarrierConfig(base_url="http://127.0.0.1:9", api_key="k", timeout=1, backoff=0.01)
    client = DhlClient(config)
    with pytest.raises(CarrierUnavailable, match="cannot connect"):
        client.track("4185500045", now=NOW)
    client.close()


def test_retry_after_accepts_seconds_and_http_dates():
    now = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)
    assert parse_retry_after("2", now=now) == 2
    assert parse_retry_after("0.25", now=now) == 0.25
    assert parse_retry_after("Tue, 10 Mar 2026 15:00:30 GMT", now=now) == 30
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after(None, now=now) is None
    assert parse_retry_after("Tue, 10 Mar 2026 14:00:00 GMT", now=now) == 0
    assert timedelta(seconds=parse_retry_after("60", now=now) or 0) == timedelta(minutes=1)
