"""Message in, draft out: order, tracking, scenario, reply, policy verdict, stored.

:func:`draft_message` does the remote work first (SP-API, carriers: no transaction is
held while a carrier takes its time), then stores everything in one unit of work: the
order snapshot, one tracking snapshot per parcel, draft version 1 and the move from
RECEIVED to DRAFTED.  That move is a conditional UPDATE, so when two workers draft the
same message only one stores its draft; the other's work is dropped.

Buyer text never becomes template source: the buyer's name reaches the renderer as a
value in :class:`~bot.replies.ReplyFacts`, printed literally.

Every draft says what happens next (:class:`~bot.replies.NextStep`): send it, act first
(the card's button names the action), mark *No response needed*, or write the reply.
A fact only the agent can give (a late order's new ship date) is never made up: until
it is entered the draft is empty and the next step is the agent's action.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final
from zoneinfo import ZoneInfo

from bot.amazon.orders_parse import OrderPayloadError
from bot.db.models import TrackingSnapshotRow
from bot.db.uow import SqlUnitOfWork
from bot.domain import (
    DEFAULT_ACCOUNT,
    MARKETPLACES,
    AuthOutcome,
    Conversation,
    InboundMessage,
    MessageState,
    Order,
    Package,
    SenderCheck,
    SystemKind,
)
from bot.errors import (
    AmazonAuthFailed,
    AmazonError,
    AmazonRateLimited,
    OrderNotFound,
)
from bot.mail.intent import is_follow_up
from bot.mail.sender import check_buyer
from bot.printable import personal_name
from bot.replies import (
    STEPS,
    TEMPLATED,
    DateWindow,
    MissingFact,
    NextStep,
    ReplyFacts,
    Scenario,
    TemplateError,
    next_step,
    render,
)
from bot.services import autopilot
from bot.services.amazon_status import with_amazon_status
from bot.services.choice import Choice, choose_scenario, primary_parcel
from bot.services.conversations import (
    load_conversation,
    order_from_snapshot,
    order_to_snapshot,
    sender_to_json,
)
from bot.services.deps import Deps
from bot.services.disputes import is_claim
from bot.services.verdict import check_reply
from carriers.model import Tracking
from carriers.names import display_name, order_carrier
from compliance import Policy, Report, check

__all__ = [
    "Composed",
    "Enrichment",
    "compose",
    "draft_message",
    "enrich",
    "reply_language",
    "seller_name",
    "store_draft",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Enrichment:
    """What the remote services said about one message's order."""

    order: Order | None
    order_error: str | None  # orders.error code: not_found, unavailable, ...
    parcels: tuple[tuple[Package, Tracking], ...] = ()
    order_fresh: bool = True  # False: served from the stored snapshot (Amazon did not answer)
    sender: SenderCheck | None = None  # completed with the order's buyer; None: not checked

    @property
    def sender_not_verified(self) -> bool:
        return self.sender is not None and not self.sender.verified


@dataclass(frozen=True, slots=True)
class Composed:
    """The suggested reply and its verdict; ``text`` empty when the agent must write it."""

    text: str
    scenario: str
    language: str
    report: Report
    choice: Choice
    next_step: NextStep = NextStep.SEND_REPLY
    action: str | None = None  # the card's button when the agent must act first
    missing: tuple[str, ...] = ()  # facts the scenario needs that the order does not give


def store_draft(
    uow: SqlUnitOfWork, pk: int, composed: Composed, *, now: datetime, by: str | None = None
) -> None:
    """``composed`` as the next draft version of message ``pk`` (inside the caller's unit
    of work): its text, scenario, language and verdict; ``by`` the agent whose choice it
    was, None for the bot's own draft."""
    uow.drafts.add_version(
        pk,
        composed.text,
        now=now,
        scenario=composed.scenario or None,
        lang=composed.language,
        compliance=composed.report.to_json(),
        created_by=by,
    )


def _order_error(exc: AmazonError) -> str:
    if isinstance(exc, OrderNotFound):
        return "not_found"
    if isinstance(exc, AmazonRateLimited):
        return "rate_limited"
    if isinstance(exc, AmazonAuthFailed):
        return "auth_failed"
    if isinstance(exc, OrderPayloadError):
        return "invalid"
    return "unavailable"


def enrich(
    services: Deps,
    message: InboundMessage,
    *,
    stored_order: Order | None = None,
    sender: SenderCheck | None = None,
    account: str = DEFAULT_ACCOUNT,
) -> Enrichment:
    """Look up the order and the tracking of each parcel.  Never raises a remote error.

    ``stored_order`` (the last snapshot) stands in when Amazon does not answer now.
    The order is asked of ``account``'s SP-API (the seller account the message came to).
    ``sender`` (the check of the mail's headers) is completed with the order's buyer; a
    sender that is not verified gets no tracking looked up: nothing of it may reach a reply.
    """
    if not message.order_id:
        checked = check_buyer(sender, message, None) if sender is not None else None
        return Enrichment(None, None, sender=checked)
    order: Order | None = None
    error: str | None = None
    fresh = True
    orders = services.orders_for(account)
    if orders is None:
        error = "not_configured"
    else:
        try:
            order = orders.get_order(message.order_id)
        except AmazonError as exc:
            error = _order_error(exc)
            log.warning("order %s not looked up: %s", message.order_id, exc)
    if order is None and error != "not_found" and stored_order is not None:
        order, fresh = stored_order, False
    checked = check_buyer(sender, message, order) if sender is not None else None
    if order is None:
        return Enrichment(None, error, (), fresh, checked)
    if checked is not None and not checked.verified:
        return Enrichment(order, None if fresh else error, (), fresh, checked)
    packages = [p for p in order.packages if p.tracking_number and p.tracking_number.strip()]
    # The carrier Amazon names comes first; the service detects from the number only
    # when the name is missing or unknown.  All parcels are asked at once.
    found = services.tracking.track_many(
        (p.tracking_number or "", order_carrier(p.carrier, p.shipping_service)) for p in packages
    )
    parcels = tuple((p, with_amazon_status(p, found[p.tracking_number or ""])) for p in packages)
    return Enrichment(order, None if fresh else error, parcels, fresh, checked)


def reply_language(message: InboundMessage, available: Collection[str]) -> str:
    """The buyer's language when we have templates in it, else the marketplace's, else en."""
    if message.language and message.language in available:
        return message.language
    market = MARKETPLACES.get(message.marketplace or "")
    if market is not None and market.language in available:
        return market.language
    return "en"


def _marketplace(message: InboundMessage, order: Order | None) -> str:
    if message.marketplace in MARKETPLACES:
        return message.marketplace or "US"
    if order is not None and order.marketplace_id:
        for code, market in MARKETPLACES.items():
            if market.marketplace_id == order.marketplace_id:
                return code
    return "US"


def _local_date(value: datetime | None, zone: ZoneInfo) -> date | None:
    return value.astimezone(zone).date() if value is not None else None


# The buyer reply's scenario -> the parcel's state as a reply to Amazon customer service
# tells it (templates/<lang>/amazon_cs_reply.txt.j2).  Everything that needs a person's
# attention says the carrier reports a problem and we are checking it: never "all is well".
_CS_STATUS: Final[dict[Scenario, str]] = {
    Scenario.DELIVERED: "delivered",
    Scenario.OUT_FOR_DELIVERY: "out_for_delivery",
    Scenario.LABEL_CREATED: "in_transit",
    Scenario.IN_TRANSIT: "in_transit",
    Scenario.AVAILABLE_FOR_PICKUP: "in_transit",
    Scenario.NOT_SHIPPED: "not_shipped",
    Scenario.NOT_SHIPPED_LATE: "not_shipped",
    Scenario.CANCEL_UNSHIPPED: "not_shipped",
    Scenario.ADDRESS_CHANGE_UNSHIPPED: "not_shipped",
    Scenario.CANCELLED: "cancelled",
}


_CS_CHECKING: Final = frozenset(
    {
        Scenario.DELAYED,
        Scenario.DELIVERY_ATTEMPTED,
        Scenario.RETURNED_TO_SENDER,
        Scenario.EXCEPTION_ADDRESS,
        Scenario.EXCEPTION_CUSTOMS,
        Scenario.EXCEPTION_DAMAGED,
        Scenario.EXCEPTION_HELD,
        Scenario.LOST_RESHIP,
        Scenario.LOST_REFUND,
    }
)


def _cs_status(choice: Choice) -> str | None:
    """The parcel's state for Amazon's team; None: no state line, the facts only."""
    if choice.scenario in _CS_STATUS:
        return _CS_STATUS[choice.scenario]
    if choice.attention or choice.scenario in _CS_CHECKING:
        return "checking"
    return None


def _facts(
    message: InboundMessage,
    order: Order | None,
    choice: Choice,
    *,
    seller_name: str,
    new_ship_date: date | None = None,
    parcel_status: str | None = None,
    policy: Policy | None = None,
) -> ReplyFacts:
    marketplace = _marketplace(message, order)
    zone = ZoneInfo(MARKETPLACES[marketplace].timezone)
    order_id = order.order_id if order is not None else (message.order_id or "")
    values: dict[str, Any] = {}
    if order is not None:
        values["ship_by"] = _local_date(order.ship_by_latest, zone)
        values["deliver_by"] = _local_date(order.deliver_by_latest, zone)
        start = _local_date(order.deliver_by_earliest, zone)
        end = _local_date(order.deliver_by_latest, zone)
        if start is not None and end is not None and start <= end:
            values["promised_window"] = DateWindow(start, end)
    if choice.parcel is not None:
        package, tracking = choice.parcel
        # Amazon may hand back its own codes ("SagawaExpress", "AMZL_US"); the buyer
        # reads the carrier's name, an S10 item's national post when none was named.
        values["carrier_name"] = (
            display_name(
                order_carrier(package.carrier, package.shipping_service),
                tracking.carrier,
                tracking.number,
            )
            or None
        )
        values["tracking_number"] = tracking.number
        values["tracking_url"] = tracking.tracking_url
        values["status_text"] = tracking.status_text or None
        values["estimated_delivery"] = tracking.estimated_delivery
        window = tracking.estimated_window
        if window is not None:
            first, last = _local_date(window.start, zone), _local_date(window.end, zone)
            if first is not None and last is not None and first < last:
                values["estimated_window"] = DateWindow(first, last)
            elif first is not None and values["estimated_delivery"] is None:
                values["estimated_delivery"] = first
        values["delivered_at"] = tracking.delivered_at
        if tracking.last_event is not None:
            values["last_event_at"] = tracking.last_event.at
            values["last_event_place"] = tracking.last_event.location or None
    photo = any(a.content_type.lower().startswith("image/") for a in message.attachments)
    return ReplyFacts(
        order_id=order_id,
        seller_name=seller_name,
        marketplace=marketplace,
        buyer_name=greeting_name(message.buyer_name, policy),
        new_ship_date=new_ship_date,
        photo_attached=photo,
        parcel_status=parcel_status,
        **values,
    )


def greeting_name(name: str | None, policy: Policy | None = None) -> str | None:
    """The buyer's name for "Hello <name>,": a clean personal name the policy check finds
    nothing in (:func:`bot.printable.personal_name`), else None (the neutral greeting).
    The name is the buyer's own text (the From display name): checked again here, for
    the Approve and the autopilot alike, whatever was stored."""
    clean = personal_name(name)
    if clean is None:
        return None
    greeting = f"Hello {clean},"
    report = check(greeting, policy=policy) if policy is not None else check(greeting)
    return None if report.findings else clean


def compose(
    message: InboundMessage,
    enrichment: Enrichment,
    *,
    now: datetime,
    seller_name: str,
    policy: Policy,
    languages: Collection[str],
    new_ship_date: date | None = None,
    scenario: Scenario | None = None,
) -> Composed:
    """Choose the scenario, render it in the buyer's language and check it.  Pure.

    ``new_ship_date`` is the date the agent entered for a late order, when they have.  A
    sender that is not verified gets no suggested reply: the agent writes one by hand.
    ``scenario`` is the agent's pick instead of the bot's (rendered with the same facts).
    """
    if enrichment.sender_not_verified:
        lang = reply_language(message, languages)
        return Composed(
            text="",
            scenario="",
            language=lang,
            report=check_reply("", lang, policy),
            choice=Choice(None, "sender not verified: the agent writes the reply"),
            next_step=NextStep.AGENT_WRITES,
        )
    if scenario is not None:
        tracked = [p for p in enrichment.parcels if p[0].tracking_number]
        choice = Choice(scenario, "picked by the agent", primary_parcel(tracked, now))
    else:
        choice = choose_scenario(
            intent=message.intent,
            order=enrichment.order,
            order_error=enrichment.order_error,
            parcels=enrichment.parcels,
            now=now,
            has_order_id=bool(message.order_id),
        )
    lang = reply_language(message, languages)
    text = ""
    parcel_status: str | None = None
    if (
        message.system_kind is SystemKind.AMAZON_CS_CONTACT
        and choice.scenario is not None
        and choice.scenario is not Scenario.AMAZON_CS_REPLY
    ):
        # Amazon's team asked, not the buyer: the reply gives them the order, the carrier,
        # the tracking and the state the buyer's reply would have told.
        parcel_status = _cs_status(choice)
        choice = dataclasses.replace(
            choice,
            scenario=Scenario.AMAZON_CS_REPLY,
            why=f"Amazon customer service asks about the order ({choice.why})",
        )
    scenario = choice.scenario
    facts: ReplyFacts | None = None
    missing: tuple[str, ...] = ()
    if scenario in TEMPLATED:
        try:
            facts = _facts(
                message,
                enrichment.order,
                choice,
                seller_name=seller_name,
                new_ship_date=new_ship_date,
                parcel_status=parcel_status,
                policy=policy,
            )
            text = render(scenario, lang, facts)
        except MissingFact as exc:
            missing = exc.facts
            if STEPS[scenario].waits_for not in exc.facts:
                log.warning("no suggested reply for %s (%s): %s", message.message_id, scenario, exc)
                scenario = None
            # else: the agent gives the missing fact; the scenario stays, the text waits.
        except (TemplateError, ValueError) as exc:
            # No template or a fact missing: the card still shows the facts, the agent writes.
            log.warning("no suggested reply for %s (%s): %s", message.message_id, scenario, exc)
            text, scenario = "", None
    step = next_step(scenario, facts)
    if step is NextStep.SEND_REPLY and not text:
        step = NextStep.AGENT_WRITES
    action = STEPS[scenario].action if scenario is not None else None
    return Composed(
        text=text,
        scenario=scenario.value if scenario is not None else "",
        language=lang,
        report=check_reply(text, lang, policy),
        choice=choice,
        next_step=step,
        action=action if step is NextStep.AGENT_ACTION_THEN_REPLY else None,
        missing=missing,
    )


def _snapshot_rows(
    pk: int, order_id: str | None, parcels: Sequence[tuple[Package, Tracking]]
) -> list[TrackingSnapshotRow]:
    return [
        TrackingSnapshotRow(
            message_pk=pk,
            order_id=order_id,
            carrier=tracking.carrier,
            number=tracking.number,
            status=tracking.status.value,
            payload=tracking.to_dict(),
            fetched_at=tracking.fetched_at,
        )
        for _, tracking in parcels
    ]


def seller_name(services: Deps, conv: Conversation) -> str:
    """The signature of the seller account the message came to."""
    account = services.settings.account(conv.account)
    return account.seller_name if account is not None else services.settings.seller_name


def draft_message(services: Deps, pk: int, *, now: datetime) -> Conversation | None:
    """Draft one RECEIVED message; None when it is not (or no longer) waiting for a draft.

    Raises :class:`LookupError` when there is no such message.
    """
    with services.uow_factory() as uow:
        conv = load_conversation(uow, pk, policy=services.policy)
        stored_row = uow.orders.get(conv.message.order_id) if conv.message.order_id else None
        stored = (
            order_from_snapshot(stored_row.snapshot)
            if stored_row is not None and stored_row.snapshot is not None
            else None
        )
    if conv.state is not MessageState.RECEIVED:
        return None
    message = conv.message

    # remote calls, no transaction
    enrichment = enrich(
        services, message, stored_order=stored, sender=conv.sender, account=conv.account
    )
    # A claim is answered in Seller Central: its card gets the order and tracking as
    # evidence, never a reply to send.
    composed = (
        None
        if is_claim(message)
        else compose(
            message,
            enrichment,
            now=now,
            seller_name=seller_name(services, conv),
            policy=services.policy,
            languages=services.library.languages,
        )
    )

    sender: dict[str, Any] = {}
    if enrichment.sender is not None:
        sender = {
            "sender_verified": enrichment.sender.verified,
            "sender_check": sender_to_json(enrichment.sender),
        }
    with services.uow_factory() as uow:
        if not uow.messages.transition(
            pk,
            expected={MessageState.RECEIVED},
            new=MessageState.DRAFTED,
            actor=None,
            now=now,
            **sender,
        ):
            return None  # another worker drafted it first
        order_id = message.order_id
        if order_id and enrichment.order_fresh:
            if enrichment.order is not None:
                uow.orders.put(order_id, order_to_snapshot(enrichment.order), fetched_at=now)
            elif enrichment.order_error is not None:
                uow.orders.put(order_id, None, fetched_at=now, error=enrichment.order_error)
        for row in _snapshot_rows(pk, order_id, enrichment.parcels):
            uow.tracking.add(row)

        if composed is not None:
            store_draft(uow, pk, composed, now=now)
            _maybe_hold(services, uow, pk, message, enrichment, composed, now=now)
        conv = load_conversation(uow, pk, policy=services.policy)
        uow.commit()
    return conv


def _maybe_hold(
    services: Deps,
    uow: SqlUnitOfWork,
    pk: int,
    message: InboundMessage,
    enrichment: Enrichment,
    composed: Composed,
    *,
    now: datetime,
) -> None:
    """Put the message on the autopilot's hold when it qualifies (same transaction as the
    draft, so its card is posted with the hold)."""
    settings = services.settings
    if not settings.autopilot_scenarios:
        return
    tracking = composed.choice.parcel[1] if composed.choice.parcel is not None else None
    sender = enrichment.sender
    # The flag is not stored with the message: read it again from the buyer's words.
    follow_up = message.follow_up or is_follow_up(message.subject, message.body)
    candidate = autopilot.Candidate(
        message=dataclasses.replace(message, follow_up=follow_up),
        scenario=composed.scenario,
        text=composed.text,
        next_step=composed.next_step.value,
        findings=len(composed.report.findings),
        sender_verified=sender is not None and sender.verified,
        authenticated=sender is not None and sender.authentication is AuthOutcome.PASS,
        order_fresh=enrichment.order is not None
        and enrichment.order_fresh
        and enrichment.order_error is None,
        tracking_live=tracking is not None and tracking.source == "carrier",
        tracking_fetched_at=tracking.fetched_at if tracking is not None else None,
    )
    why_not = autopilot.qualifies(settings, candidate, now=now)
    if why_not is not None:
        log.debug("message %s not for the autopilot: %s", pk, why_not)
        return
    hold = autopilot.place_hold(uow, settings, pk, now=now)
    if hold is not None:
        log.info("message %s on autopilot hold until %s", pk, hold.send_at.isoformat())
