"""Follow-ups: recognised in every language, and they carry the earlier message's intent."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.domain import Intent
from bot.mail.intent import inherit, is_follow_up, recognise
from bot.services.ingest import store_inbound
from tests.services.helpers import T0, buyer_message

W, C, D, T, OTHER = (
    Intent.WHERE_IS_MY_ORDER,
    Intent.CANCEL,
    Intent.DAMAGED_OR_WRONG,
    Intent.THANKS,
    Intent.OTHER,
)


@pytest.mark.parametrize(
    "text",
    [
        "still nothing??",
        "the label was created three days ago, where is it?",
        "Immer noch nichts??",
        "Toujours rien ??",
        "¿¿Sigo sin nada??",
        "Ancora niente??",
        "まだですか？？",
    ],
)
def test_the_issues_follow_ups_are_recognised(text):
    found = recognise("", text)
    assert found.follow_up
    assert found.intent is W  # with no earlier message: the usual question


def test_a_reply_subject_marks_a_follow_up():
    assert is_follow_up("Re: Your message about order 111-2223334-4445556", "ok?")
    assert not is_follow_up("Order delivery inquiry", "Where is my parcel?")


def test_a_first_message_is_not_a_follow_up():
    assert not recognise("", "Where is my order? It was due on Monday.").follow_up


@pytest.mark.parametrize(
    ("own", "follow_up", "earlier", "expected"),
    [
        (W, True, C, C),  # "still nothing??" after "please cancel": still the cancellation
        (OTHER, True, D, D),
        (D, True, C, D),  # its own words ask something else
        (T, True, C, T),  # a thank-you closes, whatever came before
        (W, False, C, W),  # not a follow-up: its own intent
        (W, True, None, W),
    ],
)
def test_inherit(own, follow_up, earlier, expected):
    assert inherit(own, follow_up, earlier) is expected


def test_a_stored_follow_up_takes_the_intent_of_the_buyers_earlier_message(uow_factory):
    alias = "same-buyer@marketplace.amazon.com"  # one buyer: one conversation
    first = buyer_message(
        "<first@marketplace.amazon.com>",
        body="Please cancel my order.",
        intent=C,
        buyer_alias=alias,
    )
    store_inbound(uow_factory, b"1", first, arrived_at=T0)
    text = "Still nothing?? I asked you yesterday."
    found = recognise("", text)
    later = buyer_message(
        "<second@marketplace.amazon.com>",
        body=text,
        intent=found.intent,
        follow_up=found.follow_up,
        sent_at=T0 + timedelta(days=1),
        buyer_alias=alias,
    )
    result = store_inbound(uow_factory, b"2", later, arrived_at=T0 + timedelta(days=1))
    with uow_factory() as uow:
        assert uow.messages.get(result.message_pk).intent is C


def test_another_buyers_message_about_the_order_is_not_inherited(uow_factory):
    first = buyer_message(
        "<first@marketplace.amazon.com>",
        body="Please cancel my order.",
        intent=C,
        buyer_alias="someone-else@marketplace.amazon.com",
    )
    store_inbound(uow_factory, b"1", first, arrived_at=T0)
    later = buyer_message(
        "<second@marketplace.amazon.com>",
        body="still nothing??",
        follow_up=True,
        sent_at=T0 + timedelta(days=1),
    )
    result = store_inbound(uow_factory, b"2", later, arrived_at=T0 + timedelta(days=1))
    with uow_factory() as uow:
        assert uow.messages.get(result.message_pk).intent is W
