"""The facade the bot calls: carrier choice, cache, quota guard, fallbacks, concurrency."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest

from carriers.cache import Quota, TrackingCache
from carriers.detect import best
from carriers.model import Tracking, TrackingStatus
from carriers.sandbox import CARRIERS, DEMO_NUMBERS, demo_number
from carriers.service import TrackingService, build_service

from .helpers import NOW, fast

S = TrackingStatus


@pytest.fixture
def service(sandbox, clock):
    svc = build_service(
        {c: fast(sandbox, c) for c in CARRIERS},
        clock=clock,
        fresh_for=timedelta(minutes=15),
        unconfigured_note={},
    )
    yield svc
    svc.close()


def test_every_demo_number_is_detected_as_its_carrier():
    for carrier, table in DEMO_NUMBERS.items():
        for number in table.values():
            match = best(number)
            assert match is not None and match.carrier == carrier, number


def test_detection_is_the_fallback_when_no_carrier_is_named(service):
    t = service.track(demo_number("ups", S.DELIVERED))
    assert (t.carrier, t.status) == ("ups", S.DELIVERED)


def test_carrier_named_on_the_order_wins_over_detection(service, sandbox):
    # A FedEx-looking number that the order says went with UPS: UPS is asked.
    number = demo_number("fedex", S.IN_TRANSIT)
    t = service.track(number, carrier="UPS")
    assert t.carrier == "ups"
    assert t.status is S.NOT_FOUND
    assert sandbox.count("ups") == 1 and sandbox.count("fedex") == 0


def test_carrier_names_as_written_on_orders(service):
    t = service.track(demo_number("fedex", S.OUT_FOR_DELIVERY), carrier="Fed Ex")
    assert (t.carrier, t.status) == ("fedex", S.OUT_FOR_DELIVERY)


def test_numbers_with_spaces_and_lower_case(service):
    number = demo_number("ups", S.IN_TRANSIT)
    spaced = " ".join([number[:2].lower(), number[2:8], number[8:]])
    t = service.track(spaced)
    assert t.number == number and t.status is S.IN_TRANSIT


def test_amazon_logistics_is_link_only(service):
    t = service.track("TBA123456789000")
    assert t.carrier == "amazon"
    assert not t.live and t.status is S.UNKNOWN
    assert t.tracking_url == "https://track.amazon.com/tracking/TBA123456789000"
    assert "no tracking API" in t.note


def test_unrecognised_number_says_so_without_a_command_line_hint(service):
    # The note reaches Slack cards: the command-line hint is the CLI's own (wismo track).
    t = service.track("HELLO")
    assert t.carrier == "unknown" and not t.live
    assert "not recognised" in t.note and "--carrier" not in t.note


def test_empty_number_is_refused(service):
    with pytest.raises(ValueError, match="empty tracking number"):
        service.track("  ")


def test_carrier_without_credentials_is_link_only_with_a_hint(sandbox, clock):
    svc = build_service(
        {"ups": fast(sandbox, "ups")},
        clock=clock,
        unconfigured_note={"dhl": "DHL tracking not configured: set DHL_API_KEY"},
    )
    t = svc.track(demo_number("dhl", S.IN_TRANSIT), carrier="dhl")
    assert not t.live and "DHL_API_KEY" in t.note
    assert t.tracking_url is not None and "dhl.com" in t.tracking_url
    svc.close()


def test_fresh_result_is_served_from_cache_then_refetched(service, sandbox, clock):
    number = demo_number("usps", S.IN_TRANSIT)
    first = service.track(number)
    clock.advance(minutes=10)
    assert service.track(number) is first
    assert sandbox.count("usps") == 1
    clock.advance(minutes=6)
    again = service.track(number)
    assert again.fetched_at == clock.now
    assert sandbox.count("usps") == 2


def test_delivered_is_final_and_never_refetched(service, sandbox, clock):
    number = demo_number("dhl", S.DELIVERED)
    service.track(number)
    clock.advance(days=5)
    assert service.track(number).status is S.DELIVERED
    assert sandbox.count("dhl") == 1


def test_not_found_is_an_answer_and_cached(service, sandbox):
    number = demo_number("fedex", S.NOT_FOUND)
    t = service.track(number)
    assert t.live and t.status is S.NOT_FOUND
    service.track(number)
    assert sandbox.count("fedex") == 1


def test_quota_guard_keeps_within_budget(sandbox, clock):
    svc = build_service(
        {"usps": fast(sandbox, "usps")}, clock=clock, quotas={"usps": Quota(2, timedelta(hours=1))}
    )
    a, b, c = (demo_number("usps", s) for s in (S.IN_TRANSIT, S.LABEL_CREATED, S.EXCEPTION))
    assert svc.track(a).live and svc.track(b).live
    over = svc.track(c)
    assert not over.live and "budget" in over.note
    assert sandbox.count("usps") == 2
    # Past fresh_for, an over-budget lookup serves the last known status, not nothing.
    clock.advance(minutes=20)
    stale = svc.track(a)
    assert stale.live and stale.status is S.IN_TRANSIT and stale.fetched_at == NOW
    assert sandbox.count("usps") == 2
    # The window slides: an hour later the budget is back.
    clock.advance(hours=1)
    assert svc.track(c).status is S.EXCEPTION
    svc.close()


def test_carrier_down_serves_last_known_status(service, sandbox, clock):
    number = demo_number("ups", S.OUT_FOR_DELIVERY)
    service.track(number)
    clock.advance(minutes=30)
    sandbox.fail("ups", status=503, times=10)
    t = service.track(number)
    assert t.live and t.status is S.OUT_FOR_DELIVERY and t.fetched_at == NOW


def test_track_many_runs_lookups_concurrently(service, sandbox):
    sandbox.delay("ups", 0.3)
    numbers = [demo_number("ups", s) for s in S]
    started = time.monotonic()
    result = service.track_many(numbers)
    elapsed = time.monotonic() - started
    assert set(result) == set(numbers)
    assert result[demo_number("ups", S.CANCELLED)].status is S.CANCELLED
    # 11 lookups of 0.3 s each (plus one token fetch) would take 3.6 s one by one.
    assert elapsed < 1.5
    assert sandbox.count("ups", "token") == 1  # concurrent lookups shared one token


def test_track_many_accepts_carrier_pairs(service):
    number = demo_number("dhl", S.AVAILABLE_FOR_PICKUP)
    result = service.track_many([(number, "DHL Express"), ("TBA123456789000", None)])
    assert result[number].status is S.AVAILABLE_FOR_PICKUP
    assert not result["TBA123456789000"].live


def test_concurrent_lookups_of_one_number_make_one_request(service, sandbox):
    sandbox.delay("dhl", 0.2)
    number = demo_number("dhl", S.IN_TRANSIT)
    results: list[Tracking] = []
    threads = [
        threading.Thread(target=lambda: results.append(service.track(number))) for _ in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=5)
    assert len(results) == 8 and all(r.status is S.IN_TRANSIT for r in results)
    assert sandbox.count("dhl") == 1


def test_cache_keeps_delivered_over_a_later_non_terminal_answer():
    cache = TrackingCache(timedelta(minutes=15))
    delivered = Tracking("ups", "1Z", S.DELIVERED, fetched_at=NOW)
    cache.put(delivered)
    cache.put(Tracking("ups", "1Z", S.IN_TRANSIT, fetched_at=NOW + timedelta(minutes=1)))
    assert cache.fresh("ups", "1Z", NOW + timedelta(days=3)) is delivered


def test_cache_never_stores_unavailable_results():
    cache = TrackingCache()
    cache.put(Tracking.unavailable("ups", "1Z", now=NOW, tracking_url=None))
    assert cache.last("ups", "1Z") is None


def test_cache_is_bounded():
    cache = TrackingCache(max_entries=3)
    for i in range(5):
        cache.put(Tracking("ups", str(i), S.IN_TRANSIT, fetched_at=NOW))
    assert len(cache) == 3 and cache.last("ups", "0") is None


def test_service_used_as_context_manager_closes_clients(sandbox, clock):
    with TrackingService({}, clock=clock) as svc:
        assert svc.carriers == frozenset()


def test_rate_limited_carrier_is_left_alone_until_retry_after(service, sandbox, clock):
    sandbox.fail("dhl", status=429, times=1, retry_after=600)
    first = service.track(demo_number("dhl", S.IN_TRANSIT))
    assert not first.live and "rate limit" in first.note
    asked = sandbox.count("dhl")
    clock.advance(minutes=5)
    paused = service.track(demo_number("dhl", S.DELIVERED))
    assert not paused.live and "retry in 300 s" in paused.note
    assert sandbox.count("dhl") == asked
    clock.advance(minutes=6)
    assert service.track(demo_number("dhl", S.DELIVERED)).status is S.DELIVERED


def test_refused_credentials_open_the_circuit(sandbox, clock):
    svc = build_service(
        {"ups": fast(sandbox, "ups", client_secret="revoked")},
        clock=clock,
        breaker_threshold=2,
    )
    for status in (S.IN_TRANSIT, S.DELIVERED):
        t = svc.track(demo_number("ups", status))
        assert not t.live and "UPS_CLIENT_SECRET" in t.note
    assert sandbox.count("ups", "token") == 2
    t = svc.track(demo_number("ups", S.EXCEPTION))
    assert "circuit open" in t.note
    assert sandbox.count("ups", "token") == 2
    svc.close()


def test_track_many_asks_fedex_once_for_many_numbers(service, sandbox):
    numbers = list(DEMO_NUMBERS["fedex"].values())
    ups = demo_number("ups", S.IN_TRANSIT)
    result = service.track_many([*numbers, ups])
    assert sandbox.count("fedex") == 1
    for status, number in DEMO_NUMBERS["fedex"].items():
        assert result[number].status is status
    assert result[ups].status is S.IN_TRANSIT
    # Batched answers are cached like single ones.
    service.track(numbers[0])
    assert sandbox.count("fedex") == 1


def test_fedex_down_during_a_batch_is_one_failure_not_many(service, sandbox):
    sandbox.fail("fedex", status=500, times=100)
    numbers = list(DEMO_NUMBERS["fedex"].values())
    result = service.track_many(numbers)
    assert all(not t.live for t in result.values())
    assert sandbox.count("fedex") == 3  # one request and its two retries


def test_half_open_breaker_lets_one_trial_through():
    from carriers.breaker import BreakerState, CircuitBreaker
    from carriers.errors import CarrierUnavailable, CircuitOpen

    ticks = [0.0]
    breaker = CircuitBreaker("ups", threshold=2, cooldown=10, monotonic=lambda: ticks[0])

    def down():
        raise CarrierUnavailable("ups", "500")

    for _ in range(2):
        with pytest.raises(CarrierUnavailable):
            breaker.call(down)
    with pytest.raises(CircuitOpen):
        breaker.call(lambda: "never called")
    ticks[0] = 10.0
    trial = breaker.acquire()
    assert trial and breaker.state is BreakerState.HALF_OPEN
    with pytest.raises(CircuitOpen):  # a second caller waits for the trial's outcome
        breaker.acquire()
    breaker.failure(trial)  # the trial failed: open for another cool-down
    assert breaker.state is BreakerState.OPEN
    ticks[0] = 20.0
    assert breaker.call(lambda: "up") == "up"
    assert breaker.state is BreakerState.CLOSED


@pytest.mark.parametrize(
    ("number", "carrier", "host"),
    [
        ("RB123456785NL", "postnl", "postnl.nl"),
        ("EJ123456785JP", "japan_post", "trackings.post.japanpost.jp"),
        ("RB123456785CV", "s10", None),  # a post we know no page of
    ],
)
def test_an_s10_item_without_a_named_carrier_goes_to_its_countrys_post(number, carrier, host):
    from urllib.parse import urlsplit

    with TrackingService({}, clock=lambda: NOW) as service:
        tracking = service.track(number)
    assert tracking.carrier == carrier
    assert (urlsplit(tracking.tracking_url).hostname if tracking.tracking_url else None) == host


def test_an_s10_item_from_the_us_is_asked_of_the_usps_api(service):
    tracking = service.track("RB123456785US")
    assert tracking.carrier == "usps"
    assert tracking.status is S.NOT_FOUND  # the USPS fake's answer, not a link-only guess
