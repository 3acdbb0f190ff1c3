"""Round 8, class F1: a buyer's relay mail whose subject imitates an Amazon notice is the
buyer's message, whatever the language and whatever the authentication says."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.domain import MessageKind
from bot.mail.relay import parse_mail
from tests.mail.adversaries.helpers import round8

AT = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("name", "imitates"),
    [
        ("C08_buyer_fakes_deliveryfail.eml", "delivery failure"),
        ("C09_buyer_fakes_optout.eml", "opt-out notice"),
        ("C17_buyer_forges_failure_for_other_thread.eml", "delivery failure"),
        ("C22_buyer_subject_delivery_failure_de.eml", "delivery failure"),
        ("W2_C08_authpass_buyer_fake_failure.eml", "delivery failure"),
        ("W2_C17_forged_failure_autopilot_thread.eml", "delivery failure"),
    ],
)
def test_a_relay_alias_with_a_notice_subject_is_the_buyers_message(name, imitates):
    parsed = parse_mail(round8(name), received_at=AT)

    assert parsed.kind is MessageKind.BUYER_MESSAGE
    assert parsed.system_kind is None
    assert parsed.buyer_alias and parsed.buyer_alias.endswith("@marketplace.amazon.com")
    assert any(imitates in p and "buyer's message" in p for p in parsed.problems)


def test_the_same_subject_from_amazons_system_sender_is_a_notice():
    raw = round8("C08_buyer_fakes_deliveryfail.eml").replace(
        b"Cherri - Amazon Marketplace <adv41buyerx7q2w9@marketplace.amazon.com>",
        b"Amazon Marketplace <donotreply@amazon.com>",
    )
    parsed = parse_mail(raw, received_at=AT)
    assert parsed.kind is MessageKind.SYSTEM
    assert parsed.system_kind is not None and parsed.system_kind.value == "delivery_failure"
