"""Scenario choice and reply composition, with plain values (no servers, no database)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.domain import FulfilledBy, InboundMessage, Intent, MessageKind, Order, OrderStatus, Package
from bot.replies import Scenario
from bot.services.choice import ALL_IS_WELL, choose_scenario
from bot.services.drafting import Enrichment, compose, reply_language
from carriers.model import StatusReason, Tracking, TrackingEvent, TrackingStatus
from compliance import Policy

NOW = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)
LANGS = ("en", "de", "fr", "es", "it", "ja")
PACKAGE = Package("UPS", "1Z5R89390357567127", ship_time=NOW - timedelta(days=2))
ORDER = Order(
    order_id="113-4021576-1000001",
    status=OrderStatus.SHIPPED,
    fulfilled_by=FulfilledBy.MERCHANT,
    ship_by_latest=NOW - timedelta(days=2),
    deliver_by_earliest=NOW - timedelta(days=1),
    deliver_by_latest=NOW + timedelta(days=3),
    packages=(PACKAGE,),
)


def tracking(status: TrackingStatus, *, last_scan_ago=timedelta(hours=2), **kw) -> Tracking:
    values = dict(
        carrier="ups",
        number=PACKAGE.tracking_number,
        status=status,
        fetched_at=NOW,
        last_event=TrackingEvent(NOW - last_scan_ago, "Departed from Facility", "Louisville, KY"),
        tracking_url="https://www.ups.com/track?tracknum=1Z5R89390357567127",
    )
    if status is TrackingStatus.DELIVERED:
        values["delivered_at"] = NOW - timedelta(hours=3)
    values.update(kw)
    return Tracking(**values)


def choose(order=ORDER, parcels=None, intent=Intent.WHERE_IS_MY_ORDER, error=None, now=NOW):
    return choose_scenario(
        intent=intent,
        order=order,
        order_error=error,
        parcels=parcels if parcels is not None else (),
        now=now,
        has_order_id=True,
    )


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (TrackingStatus.LABEL_CREATED, Scenario.LABEL_CREATED),
        (TrackingStatus.IN_TRANSIT, Scenario.IN_TRANSIT),
        (TrackingStatus.OUT_FOR_DELIVERY, Scenario.OUT_FOR_DELIVERY),
        (TrackingStatus.AVAILABLE_FOR_PICKUP, Scenario.AVAILABLE_FOR_PICKUP),
        (TrackingStatus.DELIVERY_ATTEMPTED, Scenario.DELIVERY_ATTEMPTED),
        (TrackingStatus.DELIVERED, Scenario.DELIVERED),
        (TrackingStatus.EXCEPTION, Scenario.DELAYED),
        (TrackingStatus.RETURNED_TO_SENDER, Scenario.RETURNED_TO_SENDER),
        (TrackingStatus.UNKNOWN, Scenario.TRACKING_UNAVAILABLE),
        (TrackingStatus.NOT_FOUND, Scenario.LABEL_CREATED),  # label two days old: not yet
    ],
)
def test_tracking_status_picks_the_scenario(status, expected):
    assert choose(parcels=[(PACKAGE, tracking(status))]).scenario is expected


def test_attention_never_gets_a_reassuring_reply():
    stale = tracking(TrackingStatus.IN_TRANSIT, last_scan_ago=timedelta(days=9))
    old_label = replace(PACKAGE, ship_time=NOW - timedelta(days=6))
    cases = [
        [(PACKAGE, stale)],
        [(old_label, tracking(TrackingStatus.NOT_FOUND))],
        [(PACKAGE, tracking(TrackingStatus.IN_TRANSIT, reason=StatusReason.WEATHER))],
        [(PACKAGE, tracking(TrackingStatus.CANCELLED))],
        # two parcels: one fine, one returned -> the reply is about the returned one
        [
            (PACKAGE, tracking(TrackingStatus.DELIVERED)),
            (
                Package("UPS", "1Z5R89390342715048"),
                tracking(TrackingStatus.RETURNED_TO_SENDER, number="1Z5R89390342715048"),
            ),
        ],
    ]
    for parcels in cases:
        choice = choose(parcels=parcels)
        assert choice.scenario not in ALL_IS_WELL, parcels
    assert choose(parcels=cases[0]).scenario is Scenario.DELAYED
    assert choose(parcels=cases[1]).scenario is Scenario.TRACKING_UNAVAILABLE
    assert choose(parcels=cases[4]).scenario is Scenario.RETURNED_TO_SENDER


def test_past_promised_delivery_is_a_delay_not_in_transit():
    late = replace(ORDER, deliver_by_latest=NOW - timedelta(hours=1))
    assert (
        choose(late, [(PACKAGE, tracking(TrackingStatus.IN_TRANSIT))]).scenario is Scenario.DELAYED
    )


def test_order_states():
    unshipped = replace(ORDER, status=OrderStatus.UNSHIPPED, packages=())
    assert choose(replace(unshipped, ship_by_latest=NOW + timedelta(hours=3))).scenario is (
        Scenario.NOT_SHIPPED
    )
    assert choose(unshipped).scenario is Scenario.NOT_SHIPPED_LATE
    assert choose(replace(unshipped, ship_by_latest=None)).scenario is Scenario.ACKNOWLEDGE
    assert choose(replace(ORDER, status=OrderStatus.CANCELLED)).scenario is Scenario.CANCELLED
    fba = replace(ORDER, fulfilled_by=FulfilledBy.AMAZON, packages=())
    assert choose(fba).scenario is Scenario.AMAZON_FULFILLED
    assert choose(replace(ORDER, packages=())).scenario is Scenario.ACKNOWLEDGE


def test_no_order_and_other_intents():
    assert choose(order=None, error="not_found").scenario is None
    assert choose(order=None, error="unavailable").scenario is Scenario.ACKNOWLEDGE
    parcels = [(PACKAGE, tracking(TrackingStatus.DELIVERED))]
    assert choose(parcels=parcels, intent=Intent.OTHER).scenario is Scenario.ACKNOWLEDGE
    presale = choose_scenario(
        intent=Intent.PRODUCT_QUESTION,
        order=None,
        order_error=None,
        parcels=(),
        now=NOW,
        has_order_id=False,
    )
    assert presale.scenario is Scenario.PRODUCT_QUESTION  # the agent writes, order or not


def message(**kw) -> InboundMessage:
    values = dict(
        kind=MessageKind.BUYER_MESSAGE,
        message_id="<m1@marketplace.amazon.de>",
        subject="Wo ist meine Bestellung?",
        body="Wo ist mein Paket?",
        sent_at=NOW,
        order_id=ORDER.order_id,
        buyer_name="Jonas",
        marketplace="DE",
        language="de",
        intent=Intent.WHERE_IS_MY_ORDER,
    )
    values.update(kw)
    return InboundMessage(**values)


def test_reply_language_follows_the_buyer_then_the_marketplace():
    assert reply_language(message(language="en"), LANGS) == "en"
    assert reply_language(message(language="nl"), LANGS) == "de"  # no Dutch templates
    assert reply_language(message(language=None, marketplace="NL"), LANGS) == "en"


def test_compose_renders_facts_in_the_buyers_language_and_checks_them():
    enrichment = Enrichment(ORDER, None, ((PACKAGE, tracking(TrackingStatus.IN_TRANSIT)),))
    composed = compose(
        message(),
        enrichment,
        now=NOW,
        seller_name="Brightwater Home",
        policy=Policy(),
        languages=LANGS,
    )
    assert (composed.scenario, composed.language) == ("in_transit", "de")
    assert "Jonas" in composed.text and PACKAGE.tracking_number in composed.text
    assert "Brightwater Home" in composed.text and "November" in composed.text
    assert composed.report.compliant


def test_compose_without_a_fitting_template_leaves_the_reply_to_the_agent():
    # Delivered, but the carrier gave no time: the reply must not invent one.
    no_time = tracking(TrackingStatus.DELIVERED, delivered_at=None)
    composed = compose(
        message(),
        Enrichment(ORDER, None, ((PACKAGE, no_time),)),
        now=NOW,
        seller_name="Brightwater Home",
        policy=Policy(),
        languages=LANGS,
    )
    assert composed.scenario == "tracking_unavailable"
    empty = compose(
        message(order_id=None, intent=Intent.PRODUCT_QUESTION),
        Enrichment(None, None),
        now=NOW,
        seller_name="Brightwater Home",
        policy=Policy(),
        languages=LANGS,
    )
    assert (empty.text, empty.scenario) == ("", "product_question") and empty.report.compliant


@pytest.mark.parametrize(
    ("carrier", "service", "number", "code", "shown", "hidden"),
    [
        # Amazon's feed code, as SP-API hands it back
        ("SagawaExpress", None, "444413758703", "sagawa", "Sagawa Express", "SagawaExpress"),
        # carrier missing from Amazon's menu: "Other", the real one in the service
        ("Other", "PostNL Pakket", "3SDEVC748859096", "postnl", "PostNL", "Other"),
    ],
)
def test_the_reply_names_the_carrier_as_the_buyer_knows_it(
    carrier, service, number, code, shown, hidden
):
    from carriers.link_only import link_only_tracking

    package = Package(carrier, number, shipping_service=service, ship_time=NOW - timedelta(days=2))
    order = replace(ORDER, packages=(package,))
    parcel = link_only_tracking(code, number, now=NOW)
    composed = compose(
        message(language="en"),
        Enrichment(order, None, ((package, parcel),)),
        now=NOW,
        seller_name="Brightwater Home",
        policy=Policy(),
        languages=LANGS,
    )
    assert composed.scenario == "tracking_unavailable" and composed.report.compliant
    assert shown in composed.text and hidden not in composed.text
    assert parcel.tracking_url and parcel.tracking_url in composed.text


# Round 8, class F4: the buyer's display name is their own text.  Only a clean personal
# name is greeted with; anything else gives the neutral greeting of the language, for the
# Approve and the autopilot alike (both send the drafted text).


@pytest.mark.parametrize(
    "name",
    [
        "<!channel> Ann",
        "*Ann* ~x~ `y`",
        "Ann gmail annshop",
        "ann@gmail.com",
        "https://evil.example/x",
        "Ann myshop.com",
        "Ann www.myshop.com",
        "Ann skype annshop",
        "Ann \uff4d\uff59\uff53\uff48\uff4f\uff50",
        "Ann\u202emoc.elpmaxe",
        "Ann\nBcc: x@evil.example",
        "\u0410nn",  # a Cyrillic A
        "Ann Five Stars",  # the policy check flags it
    ],
)
def test_a_name_that_is_no_plain_personal_name_is_never_greeted_with(name):
    enrichment = Enrichment(ORDER, None, ((PACKAGE, tracking(TrackingStatus.IN_TRANSIT)),))
    for lang, neutral in (("en", "Hello,"), ("de", "Guten Tag,")):
        composed = compose(
            message(buyer_name=name, language=lang),
            enrichment,
            now=NOW,
            seller_name="Brightwater Home",
            policy=Policy(),
            languages=LANGS,
        )
        first = composed.text.splitlines()[0]
        assert first == neutral, first
        assert "Ann" not in composed.text and "\u0410nn" not in composed.text
        assert composed.report.compliant


@pytest.mark.parametrize("name", ["Cherri Lee", "Jean-Luc", "O'Brien", "Zoë", "山田 太郎"])
def test_a_plain_personal_name_is_still_greeted_with(name):
    enrichment = Enrichment(ORDER, None, ((PACKAGE, tracking(TrackingStatus.IN_TRANSIT)),))
    composed = compose(
        message(buyer_name=name, language="en"),
        enrichment,
        now=NOW,
        seller_name="Brightwater Home",
        policy=Policy(),
        languages=LANGS,
    )
    assert name in composed.text.splitlines()[0]
