"""The agent changes the suggested reply: another scenario's template, or a late order's
new ship date.  Either way the text is rendered again from the facts stored with the
conversation (order snapshot, tracking snapshots), never looked up anew, so the agent
sees the same order and parcel the card shows.

A date only the agent knows (when a late order will ship) is never made up: the reply
of a late order stays empty until the agent enters it, and the date entered must not be
in the past.  Who may do either is checked here, like every decision.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from bot.domain import MARKETPLACES, Conversation, Package
from bot.errors import AlreadyDecided, DecisionError, MessageGone, ShipDateRefused
from bot.replies import TEMPLATED, Scenario
from bot.services.access import Access
from bot.services.deciding import DECIDABLE, DecisionResult, authorise, current, editable
from bot.services.deps import Deps
from bot.services.drafting import Composed, Enrichment, compose, seller_name, store_draft
from carriers.model import Tracking

__all__ = [
    "SCENARIO_LABELS",
    "choose_reply",
    "enter_ship_date",
    "local_today",
    "parse_ship_date",
    "redraft",
    "ship_date_form",
    "ship_date_problem",
    "switch_options",
    "switch_reply",
]

SCENARIO_LABELS: Final[dict[Scenario, str]] = {
    Scenario.NOT_SHIPPED: "Not shipped yet, on time",
    Scenario.NOT_SHIPPED_LATE: "Not shipped, late: new ship date",
    Scenario.LABEL_CREATED: "Label created, not yet scanned",
    Scenario.IN_TRANSIT: "In transit",
    Scenario.OUT_FOR_DELIVERY: "Out for delivery",
    Scenario.AVAILABLE_FOR_PICKUP: "Available for pickup",
    Scenario.DELIVERY_ATTEMPTED: "Delivery attempted",
    Scenario.DELIVERED: "Delivered",
    Scenario.DELAYED: "Delayed",
    Scenario.RETURNED_TO_SENDER: "Returned to sender",
    Scenario.CANCELLED: "Order cancelled",
    Scenario.AMAZON_FULFILLED: "Fulfilled by Amazon: see Your Orders",
    Scenario.TRACKING_UNAVAILABLE: "Tracking number and link only",
    Scenario.ACKNOWLEDGE: "Acknowledge: we are looking into it",
    Scenario.CANCEL_UNSHIPPED: "Cancellation confirmed (cancel in Seller Central first)",
    Scenario.CANCEL_SHIPPED: "Cancellation after shipping: refuse or return",
    Scenario.RETURN: "Return: Amazon's returns centre",
    Scenario.DAMAGED_OR_WRONG: "Damaged or wrong item: apologise, photo",
    Scenario.DAMAGED_REPLACEMENT: "Damaged: replacement sent",
    Scenario.DAMAGED_REFUND: "Damaged: refunded",
    Scenario.DAMAGED_RETURN: "Damaged: return through Your Orders",
    Scenario.INVOICE: "Invoice: where to find it",
    Scenario.ADDRESS_CHANGE_UNSHIPPED: "Address change before shipping",
    Scenario.ADDRESS_CHANGE_SHIPPED: "Address change after shipping: carrier redirect",
    Scenario.EXCEPTION_ADDRESS: "Address problem: confirm the address",
    Scenario.EXCEPTION_CUSTOMS: "Held in customs",
    Scenario.LOST_RESHIP: "Lost: reshipped",
    Scenario.LOST_REFUND: "Lost: refunded",
    Scenario.EXCEPTION_DAMAGED: "Damaged in transit: replacement",
    Scenario.EXCEPTION_HELD: "Held at a depot",
}
"""What the Edit modal's select calls each scenario with a template."""


_SWITCHABLE: Final[tuple[Scenario, ...]] = tuple(s for s in SCENARIO_LABELS if s in TEMPLATED)


def switch_options() -> list[tuple[str, str]]:
    """``(scenario, label)`` of every scenario the agent may switch to, in a fixed order."""
    return [(s.value, SCENARIO_LABELS[s]) for s in _SWITCHABLE]


def _number(value: str | None) -> str:
    return re.sub(r"\s+", "", value or "").upper()


def _enrichment(conv: Conversation) -> Enrichment:
    """What the stored snapshots say: the same facts the card shows."""
    order = conv.order
    if order is None:
        return Enrichment(None, None, sender=conv.sender)
    tracked = {_number(t.number): t for t in conv.trackings}
    parcels: list[tuple[Package, Tracking]] = [
        (p, tracked[_number(p.tracking_number)])
        for p in order.packages
        if _number(p.tracking_number) in tracked
    ]
    return Enrichment(order, None, tuple(parcels), True, conv.sender)


def redraft(
    services: Deps,
    conv: Conversation,
    *,
    now: datetime,
    scenario: Scenario | None = None,
    new_ship_date: date | None = None,
) -> Composed:
    """The reply of ``conv`` rendered again from its stored facts (and checked)."""
    lang = conv.draft.language if conv.draft and conv.draft.language else None
    message = conv.message
    if lang:
        # The language of the draft the agent saw, not a new guess.
        message = replace(message, language=lang)
    return compose(
        message,
        _enrichment(conv),
        now=now,
        seller_name=seller_name(services, conv),
        policy=services.policy,
        languages=services.library.languages,
        new_ship_date=new_ship_date,
        scenario=scenario,
    )


def switch_reply(
    services: Deps, pk: int, scenario: str, *, access: Access, actor: str, now: datetime
) -> Composed:
    """The text of another scenario for message ``pk`` (nothing stored: the agent sends
    it, or not, from the Edit modal).  ``missing`` names the facts it lacks, if any."""
    authorise(access, pk, actor=actor, what="switch the reply")
    try:
        picked = Scenario(scenario)
    except ValueError:
        raise DecisionError(f"there is no reply template {scenario!r}") from None
    if picked not in _SWITCHABLE:
        # Only what the modal offers: Amazon customer service's template, say, is not a
        # reply to a buyer, whatever a tampered payload asks for.
        raise DecisionError(f"{scenario} is not a reply the agent can switch to: write the reply")
    conv = editable(services, pk, access=access, actor=actor)
    return redraft(services, conv, now=now, scenario=picked)


def local_today(conv: Conversation, now: datetime) -> date:
    """Today where the buyer's marketplace is (the date a ship date is compared with)."""
    market = MARKETPLACES.get(conv.message.marketplace or "") or MARKETPLACES["US"]
    return now.astimezone(ZoneInfo(market.timezone)).date()


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_ship_date(value: object) -> date | None:
    """A date picker's ``YYYY-MM-DD``, or None for anything else: ``fromisoformat``
    alone also takes week dates (``2026-W50``), ``20261210`` and other digits."""
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:  # 2026-02-30
        return None


def ship_date_problem(day: date | None, today: date, *, horizon_days: int = 60) -> str | None:
    """Why ``day`` cannot be the new ship date; None when it can.  ``horizon_days``
    (``WISMO_SHIP_DATE_HORIZON_DAYS``): a promise further out invites an A-to-z claim
    and is more likely a slip of the picker than a plan."""
    if day is None:
        return "Pick the date the order will ship (a calendar date, YYYY-MM-DD)."
    if day < today:
        return f"{day:%d %b %Y} has passed: pick today or a later date."
    last = today + timedelta(days=horizon_days)
    if day > last:
        return (
            f"{day:%d %b %Y} is more than {horizon_days} days away: pick a date up to "
            f"{last:%d %b %Y}, or write the reply yourself with Edit."
        )
    return None


def ship_date_form(
    services: Deps, pk: int, *, access: Access, actor: str, now: datetime
) -> tuple[Conversation, date]:
    """What the ship date modal needs: the conversation (an agent's, still open) and the
    earliest date it may give (today in the buyer's marketplace)."""
    authorise(access, pk, actor=actor, what="enter the new ship date")
    conv = editable(services, pk, access=access, actor=actor)
    return conv, local_today(conv, now)


def enter_ship_date(
    services: Deps, pk: int, day: date, *, access: Access, actor: str, now: datetime
) -> DecisionResult:
    """The agent's new ship date for a late order: the reply is rendered with it and
    stored as a new draft version by that agent; the card then offers to send it."""
    authorise(access, pk, actor=actor, what="enter the new ship date")
    conv = editable(services, pk, access=access, actor=actor)
    horizon = services.settings.ship_date_horizon_days
    problem = ship_date_problem(day, local_today(conv, now), horizon_days=horizon)
    if problem:
        raise ShipDateRefused(problem)
    scenario = Scenario.NOT_SHIPPED_LATE
    if conv.draft is not None and conv.draft.waits_for != "new_ship_date":
        raise DecisionError("this reply does not need a ship date")
    composed = redraft(services, conv, now=now, scenario=scenario, new_ship_date=day)
    if not composed.text:
        raise DecisionError("the reply could not be written with that date: write it with Edit")
    return _store(services, pk, composed, actor=actor, now=now)


def choose_reply(
    services: Deps, pk: int, scenario: str, *, access: Access, actor: str, now: datetime
) -> DecisionResult:
    """The agent's choice after a damaged item or a lost parcel (a button on the card):
    the reply is rendered with it from the stored facts and stored as a new draft
    version by that agent; the card then offers to send it with the choice's action."""
    authorise(access, pk, actor=actor, what="choose the reply")
    conv = editable(services, pk, access=access, actor=actor)
    draft = conv.draft
    if draft is None or scenario not in draft.choices:
        raise DecisionError(f"{scenario} is not one of this reply's choices: use Edit")
    if draft.scenario == scenario:
        return DecisionResult(conv)
    composed = redraft(services, conv, now=now, scenario=Scenario(scenario))
    if not composed.text:
        lacks = ", ".join(f.replace("_", " ") for f in composed.missing) or "facts"
        raise DecisionError(f"that reply needs {lacks}, which this order does not give: use Edit")
    return _store(services, pk, composed, actor=actor, now=now)


def _store(
    services: Deps, pk: int, composed: Composed, *, actor: str, now: datetime
) -> DecisionResult:
    """The agent's new draft, stored while the message is still open to a decision."""
    with services.uow_factory() as uow:
        row = uow.messages.get(pk)
        if row is None:
            raise MessageGone(pk)
        if row.state not in DECIDABLE:
            raise AlreadyDecided(row.state_changed_by, row.state.value)
        store_draft(uow, pk, composed, now=now, by=actor)
        uow.commit()
    return DecisionResult(current(services, pk))
