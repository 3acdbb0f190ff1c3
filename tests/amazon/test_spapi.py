"""The Orders client against the local SP-API sandbox, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from bot.amazon.sandbox import (
    EXAMPLE_ORDERS,
    NOT_FOUND_ORDER_ID,
    SpApiSandbox,
    order_payload,
    package,
)
from bot.amazon.spapi import OrdersClient, SpApiConfig, orders_client_for
from bot.config import Secret, Settings
from bot.domain import FulfilledBy, Order, OrderStatus
from bot.errors import (
    AmazonAuthFailed,
    AmazonRateLimited,
    AmazonUnavailable,
    OrderNotFound,
)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def amazon() -> Iterator[SpApiSandbox]:
    with SpApiSandbox() as sandbox:
        yield sandbox


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def client(amazon: SpApiSandbox, clock: Clock, sleeps: list[float]) -> Iterator[OrdersClient]:
    with OrdersClient(amazon.config(timeout=5.0), clock=clock, sleep=sleeps.append) as c:
        yield c


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text)


# scenario -> status, fulfilled by, latest ship date, latest delivery date, (carrier, number)...
EXPECTED = {
    "unshipped": (
        OrderStatus.UNSHIPPED,
        FulfilledBy.MERCHANT,
        "2024-12-27T23:59:59Z",
        "2024-12-31T23:59:59Z",
        [],
    ),
    "shipped_ups": (
        OrderStatus.SHIPPED,
        FulfilledBy.MERCHANT,
        "2025-03-17T23:59:59Z",
        "2025-03-21T23:59:59Z",
        [("UPS", "1Z999AA10123456784", "IN_TRANSIT")],
    ),
    "two_packages": (
        OrderStatus.SHIPPED,
        FulfilledBy.MERCHANT,
        "2024-12-27T23:59:59Z",
        "2024-12-31T23:59:59Z",
        [
            ("UPS", "1Z5R89390357567127", "DELIVERED"),
            ("USPS", "9400111206206406260787", "IN_TRANSIT"),
        ],
    ),
    "royal_mail": (
        OrderStatus.SHIPPED,
        FulfilledBy.MERCHANT,
        "2024-12-26T23:59:59Z",
        "2024-12-30T23:59:59Z",
        [("Royal Mail", "RR123456789GB", "IN_TRANSIT")],
    ),
    "dpd": (
        OrderStatus.SHIPPED,
        FulfilledBy.MERCHANT,
        "2024-12-27T23:59:59Z",
        "2024-12-31T23:59:59Z",
        [("DPD", "15501234567890123456", "IN_TRANSIT")],
    ),
    "fedex": (
        OrderStatus.SHIPPED,
        FulfilledBy.MERCHANT,
        "2024-12-27T23:59:59Z",
        "2024-12-31T23:59:59Z",
        [("FedEx", "986578788855", "IN_TRANSIT")],
    ),
    "dhl": (
        OrderStatus.SHIPPED,
        FulfilledBy.MERCHANT,
        "2024-12-27T23:59:59Z",
        "2024-12-31T23:59:59Z",
        [("DHL", "3318810025", "IN_TRANSIT")],
    ),
    "amazon_fulfilled": (
        OrderStatus.SHIPPED,
        FulfilledBy.AMAZON,
        "2024-12-27T23:59:59Z",
        "2024-12-31T23:59:59Z",
        [],
    ),
    "cancelled": (
        OrderStatus.CANCELLED,
        FulfilledBy.MERCHANT,
        "2024-12-27T23:59:59Z",
        "2024-12-31T23:59:59Z",
        [],
    ),
}


@pytest.mark.parametrize("scenario", sorted(EXPECTED))
def test_each_example_order_reads_right(client: OrdersClient, scenario: str) -> None:
    status, by, ship_latest, deliver_latest, packages = EXPECTED[scenario]
    order = client.get_order(EXAMPLE_ORDERS[scenario])
    assert order.order_id == EXAMPLE_ORDERS[scenario]
    assert order.status is status
    assert order.fulfilled_by is by
    assert order.ship_by_latest == utc(ship_latest)
    assert order.deliver_by_latest == utc(deliver_latest)
    assert [(p.carrier, p.tracking_number, p.status) for p in order.packages] == packages
    assert order.items  # product titles come along for the card
    assert order.ship_to is not None and order.ship_to.country_code


def test_every_example_is_covered() -> None:
    assert set(EXPECTED) == set(EXAMPLE_ORDERS)


def test_request_carries_token_and_included_data(
    client: OrdersClient, amazon: SpApiSandbox
) -> None:
    client.get_order(EXAMPLE_ORDERS["royal_mail"])
    token_call, order_call = amazon.requests
    assert token_call.form["grant_type"] == ["refresh_token"]
    assert token_call.form["refresh_token"] == [amazon.refresh_token]
    assert order_call.path == "/orders/2026-01-01/orders/202-1234567-8901234"
    included = order_call.query["includedData"][0].split(",")
    assert {"PACKAGES", "FULFILLMENT"} <= set(included)
    assert order_call.headers["x-amz-access-token"].startswith("Atza|")


def test_packages_only_come_when_asked_for(amazon: SpApiSandbox, clock: Clock) -> None:
    config = amazon.config(included_data=("FULFILLMENT",))
    with OrdersClient(config, clock=clock) as c:
        order = c.get_order(EXAMPLE_ORDERS["shipped_ups"])
    assert order.status is OrderStatus.SHIPPED
    assert order.packages == ()


def test_token_is_reused_then_refreshed_after_expiry(
    client: OrdersClient, amazon: SpApiSandbox, clock: Clock
) -> None:
    client.get_order(EXAMPLE_ORDERS["unshipped"])
    client.get_order(EXAMPLE_ORDERS["shipped_ups"])
    clock.advance(minutes=50)
    client.get_order(EXAMPLE_ORDERS["royal_mail"])
    assert amazon.token_requests == 1
    clock.advance(minutes=9, seconds=30)  # 59.5 min: inside the refresh margin
    client.get_order(EXAMPLE_ORDERS["dpd"])
    assert amazon.token_requests == 2
    assert amazon.order_requests == 4
    first, second = {r.headers["x-amz-access-token"] for r in amazon.requests if r.method == "GET"}
    assert first != second


def test_a_burst_on_one_order_makes_one_call(client: OrdersClient, amazon: SpApiSandbox) -> None:
    amazon.delay = 0.2  # every look-up overlaps the first one
    results: list[Order] = []

    def look_up() -> None:
        results.append(client.get_order(EXAMPLE_ORDERS["shipped_ups"]))

    threads = [threading.Thread(target=look_up) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert len(results) == 8 and len(set(results)) == 1
    assert amazon.order_requests == 1
    assert amazon.token_requests == 1


def test_cached_order_is_fetched_again_after_five_minutes(
    client: OrdersClient, amazon: SpApiSandbox, clock: Clock
) -> None:
    order_id = EXAMPLE_ORDERS["unshipped"]
    assert client.get_order(order_id).status is OrderStatus.UNSHIPPED
    amazon.add_order(
        order_payload(order_id, packages=[package("UPS", "1Z999AA10123456784")])
    )  # the seller shipped it meanwhile
    clock.advance(minutes=4)
    assert client.get_order(order_id).status is OrderStatus.UNSHIPPED
    clock.advance(minutes=2)
    shipped = client.get_order(order_id)
    assert shipped.status is OrderStatus.SHIPPED
    assert shipped.packages[0].tracking_number == "1Z999AA10123456784"
    assert amazon.order_requests == 2


def test_throttled_then_served_honours_retry_after(
    client: OrdersClient, amazon: SpApiSandbox, sleeps: list[float]
) -> None:
    amazon.fail_next(429, retry_after=2)
    order = client.get_order(EXAMPLE_ORDERS["royal_mail"])
    assert order.packages[0].tracking_number == "RR123456789GB"
    assert sleeps == [2.0]
    assert amazon.order_requests == 2


def test_throttle_without_retry_after_waits_one_rate_interval(
    client: OrdersClient, amazon: SpApiSandbox, sleeps: list[float]
) -> None:
    amazon.fail_next(429, rate_limit="0.5")
    client.get_order(EXAMPLE_ORDERS["royal_mail"])
    assert sleeps == [2.0]  # 0.5 requests a second: one request every 2 s


def test_lasting_throttle_gives_up_after_bounded_attempts(
    client: OrdersClient, amazon: SpApiSandbox, sleeps: list[float]
) -> None:
    amazon.fail_next(429, times=10, retry_after=1)
    with pytest.raises(AmazonRateLimited) as info:
        client.get_order(EXAMPLE_ORDERS["royal_mail"])
    assert info.value.retry_after == 1.0
    assert amazon.order_requests == 3
    assert sleeps == [1.0, 1.0]


def test_long_retry_after_is_not_slept_inside_a_call(
    client: OrdersClient, amazon: SpApiSandbox, sleeps: list[float]
) -> None:
    amazon.fail_next(429, retry_after=60)
    with pytest.raises(AmazonRateLimited) as info:
        client.get_order(EXAMPLE_ORDERS["royal_mail"])
    assert info.value.retry_after == 60.0
    assert sleeps == []


def test_server_errors_are_retried_then_unavailable(
    client: OrdersClient, amazon: SpApiSandbox, sleeps: list[float]
) -> None:
    amazon.fail_next(500)
    assert client.get_order(EXAMPLE_ORDERS["dpd"]).order_id == EXAMPLE_ORDERS["dpd"]
    assert sleeps == [0.5]
    amazon.fail_next(503, times=5)
    with pytest.raises(AmazonUnavailable, match="503"):
        client.get_order(EXAMPLE_ORDERS["unshipped"])


def test_unknown_order_is_not_found(client: OrdersClient, amazon: SpApiSandbox) -> None:
    with pytest.raises(OrderNotFound) as info:
        client.get_order(NOT_FOUND_ORDER_ID)
    assert info.value.order_id == NOT_FOUND_ORDER_ID
    assert amazon.order_requests == 1


def test_not_an_order_id_costs_no_call(client: OrdersClient, amazon: SpApiSandbox) -> None:
    with pytest.raises(OrderNotFound):
        client.get_order("../../auth/o2/token")
    assert amazon.requests == []


def test_sandbox_404_has_the_sp_api_error_shape(amazon: SpApiSandbox) -> None:
    token = httpx.post(
        amazon.token_url,
        data={
            "grant_type": "refresh_token",
            "refresh_token": amazon.refresh_token,
            "client_id": amazon.client_id,
            "client_secret": amazon.client_secret,
        },
    ).json()["access_token"]
    response = httpx.get(
        f"{amazon.base_url}/orders/2026-01-01/orders/{NOT_FOUND_ORDER_ID}",
        headers={"x-amz-access-token": token},
    )
    assert response.status_code == 404
    assert response.json()["errors"][0]["code"] == "NotFound"
    assert response.headers["x-amzn-RateLimit-Limit"] == "0.5"


def test_bad_refresh_token_is_auth_failed(amazon: SpApiSandbox, clock: Clock) -> None:
    config = amazon.config(refresh_token="Atzr|revoked-by-the-seller")
    with OrdersClient(config, clock=clock) as c, pytest.raises(AmazonAuthFailed) as info:
        c.get_order(EXAMPLE_ORDERS["shipped_ups"])
    assert "SPAPI_REFRESH_TOKEN" in str(info.value)
    assert "invalid_grant" in str(info.value)
    assert "revoked-by-the-seller" not in str(info.value)
    assert amazon.order_requests == 0


def test_bad_client_secret_is_auth_failed(amazon: SpApiSandbox, clock: Clock) -> None:
    with (
        OrdersClient(amazon.config(client_secret="wrong"), clock=clock) as c,
        pytest.raises(AmazonAuthFailed, match="invalid_client"),
    ):
        c.get_order(EXAMPLE_ORDERS["shipped_ups"])


def test_revoked_access_token_is_renewed_once(client: OrdersClient, amazon: SpApiSandbox) -> None:
    client.get_order(EXAMPLE_ORDERS["unshipped"])
    amazon.revoke_tokens()  # e.g. Amazon expired it earlier than announced
    assert client.get_order(EXAMPLE_ORDERS["shipped_ups"]).packages
    assert amazon.token_requests == 2


def test_lasting_403_says_what_to_check(client: OrdersClient, amazon: SpApiSandbox) -> None:
    amazon.fail_next(403, times=2)
    with pytest.raises(AmazonAuthFailed, match="SPAPI_REGION") as info:
        client.get_order(EXAMPLE_ORDERS["unshipped"])
    assert "Unauthorized" in str(info.value)


def test_token_endpoint_down_is_unavailable(client: OrdersClient, amazon: SpApiSandbox) -> None:
    amazon.fail_token_next(503)
    with pytest.raises(AmazonUnavailable, match="Login with Amazon"):
        client.get_order(EXAMPLE_ORDERS["unshipped"])


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_server_down_is_unavailable_quickly(clock: Clock) -> None:
    base = f"http://127.0.0.1:{closed_port()}"
    config = SpApiConfig("r", "c", "s", base_url=base, token_url=base + "/auth/o2/token")
    started = time.monotonic()
    with OrdersClient(config, clock=clock) as c, pytest.raises(AmazonUnavailable):
        c.get_order(EXAMPLE_ORDERS["unshipped"])
    assert time.monotonic() - started < 2


def test_slow_answer_times_out_as_unavailable(amazon: SpApiSandbox, clock: Clock) -> None:
    amazon.delay = 2.0
    started = time.monotonic()
    with (
        OrdersClient(amazon.config(timeout=0.3), clock=clock) as c,
        pytest.raises(AmazonUnavailable, match="did not answer"),
    ):
        c.get_order(EXAMPLE_ORDERS["unshipped"])
    assert time.monotonic() - started < 1.5


def test_regional_endpoints_and_override() -> None:
    assert SpApiConfig("r", "c", "s", region="eu").endpoint == (
        "https://sellingpartnerapi-eu.amazon.com"
    )
    assert SpApiConfig("r", "c", "s", region="fe").endpoint == (
        "https://sellingpartnerapi-fe.amazon.com"
    )
    assert SpApiConfig("r", "c", "s").endpoint == "https://sellingpartnerapi-na.amazon.com"
    assert SpApiConfig("r", "c", "s", base_url="http://127.0.0.1:9/").endpoint == (
        "http://127.0.0.1:9"
    )
    assert "secret" not in repr(SpApiConfig("secret-refresh", "c", "secret-client"))


def test_factory_from_settings_reaches_the_sandbox(amazon: SpApiSandbox, clock: Clock) -> None:
    settings = Settings(
        spapi_refresh_token=Secret(amazon.refresh_token),
        spapi_client_id=amazon.client_id,
        spapi_client_secret=Secret(amazon.client_secret),
        spapi_region="eu",
        spapi_base_url=amazon.base_url,
        lwa_token_url=amazon.token_url,
    )
    # As the wiring builds it: the account's credentials, the deployment's endpoints.
    client = orders_client_for(
        settings.accounts[0],
        base_url=settings.spapi_base_url,
        token_url=settings.lwa_token_url,
        clock=clock,
    )
    try:
        assert client.get_order(EXAMPLE_ORDERS["dhl"]).packages[0].carrier == "DHL"
    finally:
        client.close()
    env = Settings.from_env(amazon.env())
    from_env = orders_client_for(
        env.accounts[0], base_url=env.spapi_base_url, token_url=env.lwa_token_url, clock=clock
    )
    with from_env:
        assert from_env.get_order(EXAMPLE_ORDERS["cancelled"]).status is OrderStatus.CANCELLED
