"""Pure parsing of Orders v2026-01-01 getOrder answers into domain orders."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.amazon.orders_parse import OrderPayloadError, parse_get_order, parse_order
from bot.amazon.sandbox import example_payloads
from bot.domain import Address, FulfilledBy, OrderStatus, Package
from bot.errors import AmazonError

PAYLOADS = Path(__file__).parent / "spapi_payloads"


def load(name: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((PAYLOADS / name).read_text(encoding="utf-8"))
    return body


def test_full_official_shape_reads_the_facts_and_ignores_the_rest() -> None:
    order = parse_get_order(load("uk_royal_mail_full.json"))
    assert order.order_id == "202-1234567-8901234"
    assert order.status is OrderStatus.SHIPPED
    assert order.fulfilled_by is FulfilledBy.MERCHANT
    assert order.marketplace_id == "A1F83G8C2ARO7P"
    assert order.created_at == datetime(2024, 12, 25, 9, 15, tzinfo=UTC)
    assert order.ship_by_earliest == datetime(2024, 12, 25, tzinfo=UTC)
    assert order.ship_by_latest == datetime(2024, 12, 26, 23, 59, 59, tzinfo=UTC)
    assert order.deliver_by_earliest == datetime(2024, 12, 27, tzinfo=UTC)
    assert order.deliver_by_latest == datetime(2024, 12, 30, 23, 59, 59, tzinfo=UTC)
    assert order.service_level == "STANDARD"
    assert order.items == ("Echo Dot (4th Gen) | Smart speaker with Alexa | Charcoal",)
    assert order.packages == (
        Package(
            carrier="Royal Mail",
            tracking_number="RR123456789GB",
            shipping_service="Royal Mail Tracked 48",
            ship_time=datetime(2024, 12, 26, 14, tzinfo=UTC),
            status="IN_TRANSIT",
            detailed_status="OUT_FOR_DELIVERY",
        ),
    )
    # Town, postcode and country only: no street, name or phone is kept.
    assert order.ship_to == Address(city="Manchester", postal_code="M1 2AB", country_code="GB")


def test_partial_shipment_with_a_pending_package() -> None:
    order = parse_get_order(load("us_partial_two_packages.json"))
    assert order.status is OrderStatus.PARTIALLY_SHIPPED
    assert order.deliver_by_latest == datetime(2026, 11, 27, 7, 59, 59, tzinfo=UTC)
    assert order.items == ("Cast iron skillet, 26 cm", "Lid for skillet")  # blank title dropped
    delivered, pending = order.packages
    assert delivered.tracking_number == "9400111206206406260787"  # stray spaces trimmed
    assert delivered.status == "DELIVERED"
    assert (pending.carrier, pending.tracking_number, pending.ship_time) == ("FedEx", None, None)
    assert pending.detailed_status == "PENDING_PICK_UP"
    assert order.ship_to is None  # RECIPIENT not granted: no address, no error


@pytest.mark.parametrize("name", sorted(example_payloads()))
def test_every_sandbox_payload_parses(name: str) -> None:
    order = parse_get_order(example_payloads()[name])
    assert order.order_id == example_payloads()[name]["order"]["orderId"]


def test_amazon_fulfilled_order_has_no_packages() -> None:
    order = parse_get_order(example_payloads()["amazon_fulfilled"])
    assert order.fulfilled_by is FulfilledBy.AMAZON
    assert order.packages == ()


def broken(change: Any) -> dict[str, Any]:
    body = copy.deepcopy(load("uk_royal_mail_full.json"))
    change(body["order"])
    return body


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda o: o.pop("orderId"), "no orderId"),
        (lambda o: o.pop("fulfillment"), "includedData=FULFILLMENT"),
        (lambda o: o["fulfillment"].update(fulfillmentStatus="LOST_IN_SPACE"), "LOST_IN_SPACE"),
        (lambda o: o["fulfillment"].update(fulfilledBy=None), "fulfilledBy"),
        (lambda o: o.update(packages={"trackingNumber": "x"}), "'packages' is not a list"),
        (lambda o: o["packages"].append("1Z..."), "package is not an object"),
        (lambda o: o.update(createdTime="yesterday"), "'createdTime' is not an ISO 8601"),
        (lambda o: o.update(createdTime="2024-12-25T09:15:00"), "no time zone"),
        (lambda o: o["fulfillment"].update(shipByWindow="soon"), "'shipByWindow' is not"),
    ],
)
def test_broken_payload_names_the_field(change: Any, message: str) -> None:
    with pytest.raises(OrderPayloadError, match=message.replace("(", r"\(")) as info:
        parse_get_order(broken(change))
    assert isinstance(info.value, AmazonError)  # callers catch one tree


@pytest.mark.parametrize("body", [None, [], {"orders": []}, {"order": "202-1234567-8901234"}])
def test_not_a_get_order_answer(body: Any) -> None:
    with pytest.raises(OrderPayloadError, match="no 'order' object"):
        parse_get_order(body)


def test_parse_order_takes_the_inner_object() -> None:
    inner = load("uk_royal_mail_full.json")["order"]
    assert parse_order(inner) == parse_get_order({"order": inner})


def test_the_buyer_relay_email_is_read_when_amazon_gives_it() -> None:
    order = parse_get_order(load("uk_royal_mail_full.json"))
    assert order.buyer_email == "buyer-email@marketplace.amazon.co.uk"
    # Without the PII role Amazon leaves the buyer out: nothing to compare, no error.
    body = load("uk_royal_mail_full.json")
    del body["order"]["buyer"]
    assert parse_get_order(body).buyer_email is None
