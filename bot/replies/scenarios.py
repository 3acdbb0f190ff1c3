"""Reply scenarios and the facts each one needs.

The drafting service picks the scenario; the template of that scenario (in the buyer's
language) states the same facts in its header, and the library check keeps the two in
step.  A fact in ``needs`` must be known (not None) to render; an ``optional`` fact
may be None and the template then says less.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

__all__ = [
    "LANGUAGES",
    "REQUIREMENTS",
    "Requirements",
    "Scenario",
    "parse_scenario",
    "requirements",
]

# Languages every scenario must exist in (the European marketplaces plus English).
LANGUAGES: Final[tuple[str, ...]] = ("en", "de", "fr", "es", "it")


class Scenario(StrEnum):
    NOT_SHIPPED = "not_shipped"  # not shipped yet, still within the promised ship date
    NOT_SHIPPED_LATE = "not_shipped_late"  # not shipped and the ship date has passed
    LABEL_CREATED = "label_created"  # label printed, carrier has not scanned it
    IN_TRANSIT = "in_transit"
    OUT_FOR_DELIVERY = "out_for_delivery"
    AVAILABLE_FOR_PICKUP = "available_for_pickup"
    DELIVERY_ATTEMPTED = "delivery_attempted"
    DELIVERED = "delivered"
    DELAYED = "delayed"  # carrier reports a delay or an exception
    RETURNED_TO_SENDER = "returned_to_sender"
    CANCELLED = "cancelled"
    AMAZON_FULFILLED = "amazon_fulfilled"  # Amazon ships it: point to Your Orders
    TRACKING_UNAVAILABLE = "tracking_unavailable"  # carrier down: number and link only
    ACKNOWLEDGE = "acknowledge"  # other intents: thank, say we look into it, promise nothing


@dataclass(frozen=True, slots=True)
class Requirements:
    needs: frozenset[str]
    optional: frozenset[str]

    @property
    def facts(self) -> frozenset[str]:
        return self.needs | self.optional


def _req(needs: str = "", optional: str = "") -> Requirements:
    # Every reply names its order, signs with the seller's name and greets the buyer
    # by name when known.
    return Requirements(
        needs=frozenset({"order_id", "seller_name", *needs.split()}),
        optional=frozenset({"buyer_name", *optional.split()}),
    )


_SHIPMENT = "carrier_name tracking_number"

REQUIREMENTS: Final[dict[Scenario, Requirements]] = {
    Scenario.NOT_SHIPPED: _req("ship_by", "promised_window deliver_by"),
    Scenario.NOT_SHIPPED_LATE: _req("", "ship_by"),
    Scenario.LABEL_CREATED: _req(_SHIPMENT, "tracking_url estimated_delivery estimated_window"),
    Scenario.IN_TRANSIT: _req(
        _SHIPMENT,
        "tracking_url estimated_delivery estimated_window last_event_place last_event_at",
    ),
    Scenario.OUT_FOR_DELIVERY: _req(_SHIPMENT, "tracking_url"),
    Scenario.AVAILABLE_FOR_PICKUP: _req(_SHIPMENT, "tracking_url last_event_place"),
    Scenario.DELIVERY_ATTEMPTED: _req(_SHIPMENT, "tracking_url last_event_at"),
    Scenario.DELIVERED: _req(f"{_SHIPMENT} delivered_at", "tracking_url"),
    Scenario.DELAYED: _req(_SHIPMENT, "tracking_url estimated_delivery estimated_window"),
    Scenario.RETURNED_TO_SENDER: _req(_SHIPMENT, "tracking_url"),
    Scenario.CANCELLED: _req(),
    Scenario.AMAZON_FULFILLED: _req(),
    Scenario.TRACKING_UNAVAILABLE: _req(_SHIPMENT, "tracking_url"),
    Scenario.ACKNOWLEDGE: _req(),
}


def parse_scenario(value: Scenario | str) -> Scenario:
    """``"in_transit"`` -> Scenario.IN_TRANSIT; ValueError names the known scenarios."""
    try:
        return Scenario(value)
    except ValueError:
        known = ", ".join(s.value for s in Scenario)
        raise ValueError(f"unknown reply scenario {value!r}; known: {known}") from None


def requirements(scenario: Scenario | str) -> Requirements:
    """The facts ``scenario`` needs."""
    return REQUIREMENTS[parse_scenario(scenario)]
