"""Reply scenarios, the facts each one needs, and what the agent does next.

The drafting service picks the scenario; the template of that scenario (in the buyer's
language) states the same facts in its header, and the library check keeps the two in
step.  A fact in ``needs`` must be known (not None) to render; an ``optional`` fact
may be None and the template then says less.

Each scenario also says what happens next (:class:`NextStep`): the reply can go as it is,
an agent must first do something the reply reports as done (cancel in Seller Central,
issue a refund, enter a new ship date) and the card's button says so, nothing needs an
answer, or the agent writes the reply.  Two scenarios have no template at all: a buyer's
thanks (Amazon's advice is to mark it *No response needed*) and a product question (only
the agent knows the answer).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

__all__ = [
    "CHOICES",
    "LANGUAGES",
    "REQUIREMENTS",
    "STEPS",
    "TEMPLATED",
    "NextStep",
    "Requirements",
    "Scenario",
    "Step",
    "next_step",
    "parse_scenario",
    "requirements",
]

# Languages every scenario must exist in (the European marketplaces plus English).
LANGUAGES: Final[tuple[str, ...]] = ("en", "de", "fr", "es", "it", "nl", "pl", "sv", "tr")


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
    # Buyer requests, after Amazon's own guidance.
    CANCEL_UNSHIPPED = "cancel_unshipped"  # agent cancels in Seller Central, reply confirms
    CANCEL_SHIPPED = "cancel_shipped"  # refuse the delivery or return it through Your Orders
    RETURN = "return"  # Amazon's returns centre
    DAMAGED_OR_WRONG = "damaged_or_wrong"  # apologise, a photo through Amazon messaging
    DAMAGED_REPLACEMENT = "damaged_replacement"  # agent sent a replacement
    DAMAGED_REFUND = "damaged_refund"  # agent refunded in Seller Central
    DAMAGED_RETURN = "damaged_return"  # return through Your Orders, our fault
    INVOICE = "invoice"  # where the invoice is: Your Orders
    ADDRESS_CHANGE_UNSHIPPED = "address_change_unshipped"  # what Amazon allows
    ADDRESS_CHANGE_SHIPPED = "address_change_shipped"  # the carrier's redirect options
    THANKS = "thanks"  # no reply: No response needed
    PRODUCT_QUESTION = "product_question"  # the agent writes, the card shows the product
    # Tracking exceptions, by the carrier's reason.
    EXCEPTION_ADDRESS = "exception_address"  # ask the buyer to confirm the address
    EXCEPTION_CUSTOMS = "exception_customs"
    LOST_RESHIP = "lost_reship"  # agent reshipped
    LOST_REFUND = "lost_refund"  # agent refunded
    EXCEPTION_DAMAGED = "exception_damaged"  # damaged in transit: agent sends a replacement
    EXCEPTION_HELD = "exception_held"  # held at a depot
    # Amazon customer service asking the seller about an order: addressed to Amazon's
    # team, never to the buyer; the parcel's state is the fact ``parcel_status``.
    AMAZON_CS_REPLY = "amazon_cs_reply"


class NextStep(StrEnum):
    """What the agent does with a draft (``wismo draft --json`` prints it)."""

    SEND_REPLY = "send_reply"
    AGENT_ACTION_THEN_REPLY = "agent_action_then_reply"  # the reply reports an action as done
    NO_RESPONSE_NEEDED = "no_response_needed"
    AGENT_WRITES = "agent_writes"


@dataclass(frozen=True, slots=True)
class Step:
    """The next step of a scenario and, for an agent action, the card's button label."""

    next_step: NextStep
    action: str | None = None  # "Cancelled in Seller Central: send confirmation"
    waits_for: str | None = None  # a fact only the agent can give: until then, an action


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
    Scenario.NOT_SHIPPED_LATE: _req("new_ship_date", "ship_by"),
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
    Scenario.CANCEL_UNSHIPPED: _req(),
    Scenario.CANCEL_SHIPPED: _req("", "carrier_name tracking_number tracking_url"),
    Scenario.RETURN: _req(),
    Scenario.DAMAGED_OR_WRONG: _req("", "photo_attached"),
    Scenario.DAMAGED_REPLACEMENT: _req(),
    Scenario.DAMAGED_REFUND: _req(),
    Scenario.DAMAGED_RETURN: _req(),
    Scenario.INVOICE: _req(),
    Scenario.ADDRESS_CHANGE_UNSHIPPED: _req(),
    Scenario.ADDRESS_CHANGE_SHIPPED: _req(_SHIPMENT, "tracking_url"),
    Scenario.THANKS: _req(),
    Scenario.PRODUCT_QUESTION: _req(),
    Scenario.EXCEPTION_ADDRESS: _req(_SHIPMENT, "tracking_url"),
    Scenario.EXCEPTION_CUSTOMS: _req(_SHIPMENT, "tracking_url"),
    Scenario.LOST_RESHIP: _req(_SHIPMENT),
    Scenario.LOST_REFUND: _req(_SHIPMENT),
    Scenario.EXCEPTION_DAMAGED: _req(_SHIPMENT),
    Scenario.EXCEPTION_HELD: _req(_SHIPMENT, "tracking_url last_event_place"),
    Scenario.AMAZON_CS_REPLY: _req(
        "",
        "parcel_status carrier_name tracking_number tracking_url delivered_at "
        "estimated_delivery last_event_at last_event_place ship_by",
    ),
}

TEMPLATED: Final = frozenset(Scenario) - {Scenario.THANKS, Scenario.PRODUCT_QUESTION}
"""Scenarios with a reply template in every language."""

_REFUNDED = "Refunded in Seller Central: send confirmation"

STEPS: Final[dict[Scenario, Step]] = {
    **{scenario: Step(NextStep.SEND_REPLY) for scenario in Scenario},
    Scenario.NOT_SHIPPED_LATE: Step(
        NextStep.SEND_REPLY, "Enter the new ship date", waits_for="new_ship_date"
    ),
    Scenario.CANCEL_UNSHIPPED: Step(
        NextStep.AGENT_ACTION_THEN_REPLY, "Cancelled in Seller Central: send confirmation"
    ),
    Scenario.DAMAGED_REPLACEMENT: Step(
        NextStep.AGENT_ACTION_THEN_REPLY, "Replacement shipped: send confirmation"
    ),
    Scenario.DAMAGED_REFUND: Step(NextStep.AGENT_ACTION_THEN_REPLY, _REFUNDED),
    Scenario.LOST_RESHIP: Step(NextStep.AGENT_ACTION_THEN_REPLY, "Reshipped: send confirmation"),
    Scenario.LOST_REFUND: Step(NextStep.AGENT_ACTION_THEN_REPLY, _REFUNDED),
    Scenario.EXCEPTION_DAMAGED: Step(
        NextStep.AGENT_ACTION_THEN_REPLY, "Replacement shipped: send confirmation"
    ),
    Scenario.THANKS: Step(NextStep.NO_RESPONSE_NEEDED),
    Scenario.PRODUCT_QUESTION: Step(NextStep.AGENT_WRITES),
}
"""What happens after the draft, per scenario (see :func:`next_step`)."""


_DAMAGE_CHOICES = (Scenario.DAMAGED_REPLACEMENT, Scenario.DAMAGED_REFUND, Scenario.DAMAGED_RETURN)
_LOST_CHOICES = (Scenario.LOST_RESHIP, Scenario.LOST_REFUND)
CHOICES: Final[dict[Scenario, tuple[Scenario, ...]]] = {
    **{s: _DAMAGE_CHOICES for s in (Scenario.DAMAGED_OR_WRONG, *_DAMAGE_CHOICES)},
    **{s: _LOST_CHOICES for s in _LOST_CHOICES},
}
"""The agent's choices after a damaged item (replacement, refund, return) or a lost parcel
(reship, refund): each is a button on the card that renders the reply with it."""


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


def next_step(scenario: Scenario | str | None, facts: object = None) -> NextStep:
    """What happens after the draft of ``scenario``; no scenario: the agent writes.

    A step that waits for a fact (a late order's new ship date) stays an agent action
    until ``facts`` (a :class:`~bot.replies.ReplyFacts`) carries it: no date is invented.
    """
    if scenario is None:
        return NextStep.AGENT_WRITES
    step = STEPS[parse_scenario(scenario)]
    if step.waits_for is not None and getattr(facts, step.waits_for, None) is None:
        return NextStep.AGENT_ACTION_THEN_REPLY
    return step.next_step
