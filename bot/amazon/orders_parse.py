"""Orders API v2026-01-01 ``getOrder`` JSON -> :class:`bot.domain.Order`, without I/O.

Only what a "where is my order?" answer needs is read: fulfilment status and channel,
ship and delivery windows, packages (carrier, tracking number, package status), item
titles, the delivery town, and the buyer's relay e-mail (to check who writes about the
order).  Unknown extra fields are ignored, so Amazon adding data does not break us; a
missing or unknown *required* value raises :class:`OrderPayloadError` naming the field,
so a changed contract is noticed instead of guessed around.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, TypeVar

from bot.domain import Address, FulfilledBy, Order, OrderStatus, Package
from bot.errors import AmazonError

__all__ = ["OrderPayloadError", "parse_get_order", "parse_order"]

E = TypeVar("E", OrderStatus, FulfilledBy)


class OrderPayloadError(AmazonError):
    """SP-API answered with an order we cannot read (its contract changed or is broken)."""


def parse_get_order(body: Any) -> Order:
    """The whole ``getOrder`` response body, ``{"order": {...}}``."""
    if not isinstance(body, Mapping) or not isinstance(body.get("order"), Mapping):
        raise OrderPayloadError("SP-API getOrder answer has no 'order' object")
    return parse_order(body["order"])


def parse_order(order: Mapping[str, Any]) -> Order:
    """One ``Order`` object of the v2026-01-01 model."""
    order_id = _text(order, "orderId")
    if not order_id:
        raise OrderPayloadError("SP-API order has no orderId")
    fulfillment = _object(order, "fulfillment", order_id)
    if not fulfillment:
        raise OrderPayloadError(
            f"SP-API order {order_id} has no 'fulfillment' data: request includedData=FULFILLMENT"
        )
    status = _enum(OrderStatus, fulfillment, "fulfillmentStatus", order_id)
    fulfilled_by = _enum(FulfilledBy, fulfillment, "fulfilledBy", order_id)
    ship_by = _object(fulfillment, "shipByWindow", order_id)
    deliver_by = _object(fulfillment, "deliverByWindow", order_id)
    sales_channel = _object(order, "salesChannel", order_id)
    buyer = _object(order, "buyer", order_id)
    return Order(
        order_id=order_id,
        status=status,
        fulfilled_by=fulfilled_by,
        marketplace_id=_text(sales_channel, "marketplaceId"),
        created_at=_time(order, "createdTime", order_id),
        ship_by_earliest=_time(ship_by, "earliestDateTime", order_id),
        ship_by_latest=_time(ship_by, "latestDateTime", order_id),
        deliver_by_earliest=_time(deliver_by, "earliestDateTime", order_id),
        deliver_by_latest=_time(deliver_by, "latestDateTime", order_id),
        service_level=_text(fulfillment, "fulfillmentServiceLevel"),
        items=tuple(_titles(order, order_id)),
        packages=tuple(_package(p, order_id) for p in _list(order, "packages", order_id)),
        ship_to=_address(order, order_id),
        buyer_email=_text(buyer, "buyerEmail"),
    )


def _package(raw: Any, order_id: str) -> Package:
    if not isinstance(raw, Mapping):
        raise OrderPayloadError(f"SP-API order {order_id}: a package is not an object")
    status = _object(raw, "packageStatus", order_id)
    return Package(
        carrier=_text(raw, "carrier"),
        tracking_number=_text(raw, "trackingNumber"),
        shipping_service=_text(raw, "shippingService"),
        ship_time=_time(raw, "shipTime", order_id),
        status=_text(status, "status"),
        detailed_status=_text(status, "detailedStatus"),
    )


def _titles(order: Mapping[str, Any], order_id: str) -> list[str]:
    titles = []
    for item in _list(order, "orderItems", order_id):
        product = item.get("product") if isinstance(item, Mapping) else None
        title = _text(product, "title") if isinstance(product, Mapping) else None
        if title:
            titles.append(title)
    return titles


def _address(order: Mapping[str, Any], order_id: str) -> Address | None:
    # Only the town, postcode and country: enough to say where a parcel goes, and less
    # personal data to hold (street and name are not kept).
    recipient = _object(order, "recipient", order_id)
    address = _object(recipient, "deliveryAddress", order_id)
    if not address:
        return None
    return Address(
        city=_text(address, "city"),
        postal_code=_text(address, "postalCode"),
        country_code=_text(address, "countryCode"),
    )


def _text(obj: Mapping[str, Any] | None, key: str) -> str | None:
    value = obj.get(key) if obj else None
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _object(obj: Mapping[str, Any] | None, key: str, order_id: str) -> Mapping[str, Any] | None:
    value = obj.get(key) if obj else None
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise OrderPayloadError(f"SP-API order {order_id}: '{key}' is not an object")
    return value


def _list(obj: Mapping[str, Any], key: str, order_id: str) -> list[Any]:
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise OrderPayloadError(f"SP-API order {order_id}: '{key}' is not a list")
    return value


def _time(obj: Mapping[str, Any] | None, key: str, order_id: str) -> datetime | None:
    text = _text(obj, key)
    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError as exc:
        raise OrderPayloadError(
            f"SP-API order {order_id}: '{key}' is not an ISO 8601 time: {text!r}"
        ) from exc
    if value.tzinfo is None:  # the model promises UTC ("...Z"); never guess a local zone
        raise OrderPayloadError(f"SP-API order {order_id}: '{key}' has no time zone: {text!r}")
    return value


def _enum(kind: type[E], obj: Mapping[str, Any], key: str, order_id: str) -> E:
    text = _text(obj, key)
    try:
        return kind(text or "")
    except ValueError as exc:
        known = ", ".join(m.value for m in kind)
        raise OrderPayloadError(
            f"SP-API order {order_id}: {key} {text!r} is not one of {known}"
        ) from exc
