"""Every buyer request gets its own next step, after Amazon's guidance, in every language."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from babel.dates import format_date

from bot.domain import (
    Attachment,
    FulfilledBy,
    InboundMessage,
    Intent,
    MessageKind,
    Order,
    OrderStatus,
    Package,
)
from bot.replies import NextStep
from bot.services.drafting import Enrichment, compose
from carriers.model import StatusReason, Tracking, TrackingEvent, TrackingStatus
from compliance import Policy, check

NOW = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)
LANGS = ("en", "de", "fr", "es", "it", "ja")
MARKET = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "ja": "JP"}
LOCALE = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "ja": "ja_JP"}
PACKAGE = Package("USPS", "9400111206206406260787", ship_time=NOW - timedelta(days=3))
SHIPPED = Order(
    order_id="113-4021576-1000001",
    status=OrderStatus.SHIPPED,
    fulfilled_by=FulfilledBy.MERCHANT,
    ship_by_latest=NOW - timedelta(days=3),
    deliver_by_earliest=NOW - timedelta(days=1),
    deliver_by_latest=NOW + timedelta(days=2),
    packages=(PACKAGE,),
)
UNSHIPPED = replace(
    SHIPPED, status=OrderStatus.UNSHIPPED, packages=(), ship_by_latest=NOW + timedelta(days=1)
)
LATE = replace(UNSHIPPED, ship_by_latest=NOW - timedelta(days=2))
ESTIMATE = date(2026, 11, 4)
# What "delayed" is in each language, and the words buyers read as a delay.
DELAY = re.compile(r"delay|verspät|verzög|retard|retras|ritard|遅れ|遅延", re.I)


def tracking(status=TrackingStatus.EXCEPTION, reason=None, **kw) -> Tracking:
    values = dict(
        carrier="usps",
        number=PACKAGE.tracking_number,
        status=status,
        reason=reason,
        fetched_at=NOW,
        status_text="Undeliverable as Addressed",
        estimated_delivery=ESTIMATE,
        last_event=TrackingEvent(NOW - timedelta(hours=5), "Alert", "Memphis, TN"),
        tracking_url=f"https://tools.usps.com/go/TrackConfirmAction?tLabels={PACKAGE.tracking_number}",
    )
    values.update(kw)
    return Tracking(**values)


def message(lang="en", intent=Intent.WHERE_IS_MY_ORDER, **kw) -> InboundMessage:
    values = dict(
        kind=MessageKind.BUYER_MESSAGE,
        message_id="<m1@marketplace.amazon.com>",
        subject="Question",
        body="?",
        sent_at=NOW,
        order_id=SHIPPED.order_id,
        buyer_name="Sam",
        marketplace=MARKET[lang],
        language=lang,
        intent=intent,
    )
    values.update(kw)
    return InboundMessage(**values)


def draft(lang="en", intent=Intent.WHERE_IS_MY_ORDER, order=SHIPPED, parcels=(), **kw):
    return compose(
        message(lang, intent, **kw.pop("message", {})),
        Enrichment(order, None, tuple(parcels)),
        now=NOW,
        seller_name="Brightwater Home",
        policy=Policy(),
        languages=LANGS,
        **kw,
    )


@pytest.mark.parametrize("lang", LANGS)
def test_an_address_problem_asks_to_confirm_the_address_never_a_delay_or_a_date(lang):
    composed = draft(lang, parcels=[(PACKAGE, tracking(reason=StatusReason.ADDRESS_ISSUE))])
    assert composed.scenario == "exception_address"
    assert composed.next_step is NextStep.SEND_REPLY
    assert composed.report.compliant, composed.report.findings
    text = composed.text
    assert not DELAY.search(text), text
    locale = LOCALE[lang]
    for shown in {ESTIMATE, SHIPPED.deliver_by_latest.date(), NOW.date()}:
        for fmt in ("long", "medium", "short", "full"):
            assert format_date(shown, fmt, locale=locale) not in text
    assert not re.search(r"\b\d{1,2}[./]\d{1,2}\b|\d{4}-\d{2}-\d{2}|\d+月\d+日", text), text
    assert PACKAGE.tracking_number in text


@pytest.mark.parametrize(
    ("reason", "scenario", "step"),
    [
        (StatusReason.ADDRESS_ISSUE, "exception_address", NextStep.SEND_REPLY),
        (StatusReason.CUSTOMS, "exception_customs", NextStep.SEND_REPLY),
        (StatusReason.LOST, "lost_reship", NextStep.AGENT_ACTION_THEN_REPLY),
        (StatusReason.DAMAGED, "exception_damaged", NextStep.AGENT_ACTION_THEN_REPLY),
        (StatusReason.HELD, "exception_held", NextStep.SEND_REPLY),
        (StatusReason.WEATHER, "delayed", NextStep.SEND_REPLY),
    ],
)
def test_tracking_exceptions_are_split_by_the_carriers_reason(reason, scenario, step):
    composed = draft(parcels=[(PACKAGE, tracking(reason=reason))])
    assert (composed.scenario, composed.next_step) == (scenario, step)
    assert composed.text and composed.report.compliant
    # An address problem reported on a parcel still moving is no delay either.
    moving = draft(parcels=[(PACKAGE, tracking(TrackingStatus.IN_TRANSIT, reason=reason))])
    assert moving.scenario == scenario


def test_a_cancellation_before_shipping_waits_for_the_agent_to_cancel_in_seller_central():
    composed = draft(intent=Intent.CANCEL, order=UNSHIPPED)
    assert composed.scenario == "cancel_unshipped"
    assert composed.next_step is NextStep.AGENT_ACTION_THEN_REPLY
    assert composed.action == "Cancelled in Seller Central: send confirmation"
    assert "cancelled your order" in composed.text


@pytest.mark.parametrize("lang", LANGS)
def test_a_cancellation_after_shipping_offers_refusal_or_return_never_a_cancel_request(lang):
    composed = draft(lang, Intent.CANCEL, parcels=[(PACKAGE, tracking(TrackingStatus.IN_TRANSIT))])
    assert composed.scenario == "cancel_shipped"
    assert composed.next_step is NextStep.SEND_REPLY and composed.action is None
    report = check(composed.text, lang=lang)
    assert report.compliant, report.findings
    assert not [f for f in report.findings if f.rule == "cancellation-request"]


@pytest.mark.parametrize(
    ("intent", "order", "scenario"),
    [
        (Intent.RETURN, SHIPPED, "return"),
        (Intent.DAMAGED_OR_WRONG, SHIPPED, "damaged_or_wrong"),
        (Intent.INVOICE, SHIPPED, "invoice"),
        (Intent.ADDRESS_CHANGE, UNSHIPPED, "address_change_unshipped"),
        (Intent.ADDRESS_CHANGE, SHIPPED, "address_change_shipped"),
        (Intent.CANCEL, replace(SHIPPED, status=OrderStatus.CANCELLED), "cancelled"),
        (Intent.CANCEL, replace(SHIPPED, fulfilled_by=FulfilledBy.AMAZON), "amazon_fulfilled"),
    ],
)
def test_each_request_has_its_reply(intent, order, scenario):
    parcels = [(PACKAGE, tracking(TrackingStatus.IN_TRANSIT))] if order.packages else []
    for lang in LANGS:
        composed = draft(lang, intent, order=order, parcels=parcels)
        assert composed.scenario == scenario
        assert composed.next_step is NextStep.SEND_REPLY
        assert composed.text and composed.report.compliant, (lang, composed.report.findings)


def test_thanks_needs_no_reply():
    composed = draft(intent=Intent.THANKS)
    assert (composed.scenario, composed.text) == ("thanks", "")
    assert composed.next_step is NextStep.NO_RESPONSE_NEEDED


def test_a_product_question_is_for_the_agent_to_answer():
    composed = draft(intent=Intent.PRODUCT_QUESTION, message={"order_id": None})
    assert (composed.scenario, composed.text) == ("product_question", "")
    assert composed.next_step is NextStep.AGENT_WRITES


def test_a_photo_is_asked_for_only_when_the_buyer_sent_none():
    asked = draft(intent=Intent.DAMAGED_OR_WRONG)
    assert "photo of the item" in asked.text
    photo = Attachment("IMG_0042.jpg", "image/jpeg", 200_000)
    sent = draft(intent=Intent.DAMAGED_OR_WRONG, message={"attachments": (photo,)})
    assert "Thank you for the photo" in sent.text and "photo of the item" not in sent.text


@pytest.mark.parametrize("lang", LANGS)
def test_a_late_order_never_gets_an_invented_ship_date(lang):
    waiting = draft(lang, order=LATE)
    assert waiting.scenario == "not_shipped_late"
    assert waiting.text == ""
    assert waiting.next_step is NextStep.AGENT_ACTION_THEN_REPLY
    assert waiting.action == "Enter the new ship date"
    entered = draft(lang, order=LATE, new_ship_date=date(2026, 11, 6))
    assert entered.next_step is NextStep.SEND_REPLY and entered.action is None
    assert format_date(date(2026, 11, 6), "long", locale=LOCALE[lang]) in entered.text
    assert entered.report.compliant, entered.report.findings
