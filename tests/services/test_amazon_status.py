"""Amazon's packageStatus stands in for a carrier that gave no status, marked as Amazon's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.domain import FulfilledBy, Intent, Order, OrderStatus, Package
from bot.replies import Scenario
from bot.services.amazon_status import with_amazon_status
from bot.services.choice import choose_scenario
from carriers.link_only import link_only_tracking
from carriers.model import StatusReason, Tracking, TrackingStatus

NOW = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)
NUMBER = "3SABCD1234567"


def postnl(status: str | None, detailed: str | None = None) -> Package:
    return Package("PostNL", NUMBER, "PostNL Pakket", NOW - timedelta(days=2), status, detailed)


def no_api() -> Tracking:
    return link_only_tracking("postnl", NUMBER, now=NOW)


@pytest.mark.parametrize(
    ("status", "detailed", "expected", "reason", "words"),
    [
        ("IN_TRANSIT", None, TrackingStatus.IN_TRANSIT, None, "in transit"),
        ("SHIPPED", "AT_ORIGIN_FC", TrackingStatus.IN_TRANSIT, None, "in transit"),
        ("PENDING", "PENDING_PICK_UP", TrackingStatus.LABEL_CREATED, None, "label created"),
        ("IN_TRANSIT", "OUT_FOR_DELIVERY", TrackingStatus.OUT_FOR_DELIVERY, None, "out for"),
        ("DELIVERED", "DELIVERED", TrackingStatus.DELIVERED, None, "delivered"),
        ("UNDELIVERABLE", "LOST", TrackingStatus.EXCEPTION, StatusReason.LOST, "lost"),
        ("UNDELIVERABLE", "RETURNING_TO_SELLER", TrackingStatus.RETURNED_TO_SENDER, None, "ret"),
    ],
)
def test_a_carrier_without_an_api_takes_amazons_status(status, detailed, expected, reason, words):
    found = with_amazon_status(postnl(status, detailed), no_api())
    assert (found.status, found.reason, found.source) == (expected, reason, "amazon")
    assert found.status_text.startswith("Amazon reports: " + words)
    assert found.tracking_url == f"https://postnl.nl/tracktrace/?B={NUMBER}"
    assert status in found.note and "no tracking API for postnl" in found.note


def test_a_carriers_own_answer_always_wins():
    live = Tracking("ups", "1Z5R89390357567127", TrackingStatus.DELIVERED, NOW)
    assert with_amazon_status(postnl("IN_TRANSIT"), live) is live


@pytest.mark.parametrize(("status", "detailed"), [(None, None), ("SOMETHING_NEW", "ODD")])
def test_no_or_an_unreadable_amazon_status_changes_nothing(status, detailed):
    tracking = no_api()
    assert with_amazon_status(postnl(status, detailed), tracking) is tracking


def _choice(package: Package):
    order = Order(
        "403-8815502-1167031",
        OrderStatus.SHIPPED,
        FulfilledBy.MERCHANT,
        deliver_by_latest=NOW + timedelta(days=2),
        packages=(package,),
    )
    tracking = with_amazon_status(package, no_api())
    return choose_scenario(
        intent=Intent.WHERE_IS_MY_ORDER,
        order=order,
        order_error=None,
        parcels=((package, tracking),),
        now=NOW,
        has_order_id=True,
    )


def test_in_transit_by_amazons_word_gets_the_in_transit_reply():
    assert _choice(postnl("IN_TRANSIT", "PICKED_UP")).scenario is Scenario.IN_TRANSIT


@pytest.mark.parametrize("detailed", ["OUT_FOR_DELIVERY", "DELIVERED", "LOST", "DAMAGED"])
def test_a_reply_never_quotes_the_carrier_for_what_only_amazon_said(detailed):
    # Those templates say "According to PostNL, ..."; Amazon's word gets number and link.
    assert _choice(postnl("IN_TRANSIT", detailed)).scenario is Scenario.TRACKING_UNAVAILABLE
