"""Conversations, not cards: one buyer's messages about one order are one conversation.

Real database (SQLite and PostgreSQL), a real SMTP server for the reply in between.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.domain import Intent, MessageState
from bot.errors import AlreadyDecided, NotAuthorised
from bot.services import deciding
from bot.services.conversations import conversation_head, load_conversation
from bot.services.ingest import store_inbound
from tests.services.helpers import T0, access_for, buyer_message
from tests.services.test_deciding import REPLY, make_services

AGENT, STRANGER = "U0AGENT", "U0STRANGER"
ALIAS = "jane42@marketplace.amazon.com"
ORDER = "111-2223334-4445556"
AT_9 = T0  # 09:00
AGENTS = access_for((AGENT,))


@pytest.fixture
def services(engine, db_url, smtp_server):
    port, _ = smtp_server
    built = make_services(engine, db_url, f"smtp://127.0.0.1:{port}")
    yield built
    built.close()


def arrive(services, key: str, at, *, alias: str = ALIAS, order: str = ORDER, arrived=None, **kw):
    parsed = buyer_message(
        f"<{key}@marketplace.amazon.com>", sent_at=at, buyer_alias=alias, order_id=order, **kw
    )
    return store_inbound(services.uow_factory, b"raw", parsed, arrived_at=arrived or at)


def carded(services, pk: int, at) -> None:
    with services.uow_factory() as uow:
        uow.drafts.add_version(pk, REPLY, now=at, lang="en")
        assert uow.messages.transition(
            pk,
            expected={MessageState.RECEIVED},
            new=MessageState.CARDED,
            actor=None,
            now=at,
            slack_channel="C0QUEUE",
            slack_ts="1.000100",
        )
        uow.commit()


def row(services, pk: int):
    with services.uow_factory() as uow:
        found = uow.messages.get(pk)
        assert found is not None
        uow.session.expunge(found)
        return found


def test_a_follow_up_after_our_reply_joins_the_conversation_and_needs_an_answer(services):
    first = arrive(services, "m1", AT_9)
    carded(services, first.message_pk, AT_9)
    deciding.approve(
        services, first.message_pk, access=AGENTS, actor=AGENT, now=AT_9 + timedelta(hours=1)
    )
    assert row(services, first.message_pk).state is MessageState.ANSWERED

    at_15 = AT_9 + timedelta(hours=6)
    text = "The label was created three days ago, where is it?"
    follow = arrive(services, "m2", at_15, body=text)
    again = row(services, follow.message_pk)
    assert again.thread_pk == first.message_pk == row(services, first.message_pk).thread_pk
    assert again.state is MessageState.RECEIVED  # needs an answer again
    assert follow.due_at == at_15 + timedelta(hours=24)  # from the latest unanswered message
    assert row(services, first.message_pk).state is MessageState.ANSWERED  # answered stays so

    with services.uow_factory() as uow:
        conv = load_conversation(uow, follow.message_pk)
        assert conversation_head(uow, first.message_pk) == follow.message_pk
    assert [(e.by_buyer, e.actor) for e in conv.history] == [(False, AGENT), (True, None)]
    assert conv.history[0].text == REPLY and conv.history[0].at == AT_9 + timedelta(hours=1)
    assert conv.history[1].text.startswith("Hi, my parcel")


def test_a_second_message_before_any_answer_takes_over_the_clock(services):
    first = arrive(services, "m1", AT_9)
    carded(services, first.message_pk, AT_9)
    later = arrive(services, "m2", AT_9 + timedelta(hours=2), body="Hello??")
    old = row(services, first.message_pk)
    assert old.state is MessageState.SUPERSEDED
    assert old.next_escalation_at is None  # no pings for it: the clock runs on the new one
    assert later.due_at == AT_9 + timedelta(hours=26)
    # A click on what the old card showed cannot decide a message nobody needs to answer.
    with pytest.raises(AlreadyDecided):
        deciding.approve(
            services, first.message_pk, access=AGENTS, actor=AGENT, now=AT_9 + timedelta(hours=3)
        )


def test_a_case_suffix_keeps_the_conversation_another_buyer_or_order_starts_one(services):
    first = arrive(services, "m1", AT_9)
    same = arrive(services, "m2", AT_9 + timedelta(hours=1), alias_case="A1B2")
    zed = "zed@marketplace.amazon.com"
    other_buyer = arrive(services, "m3", AT_9 + timedelta(hours=2), alias=zed)
    other_order = arrive(services, "m4", AT_9 + timedelta(hours=3), order="222-3334445-5566677")
    stored = (first, same, other_buyer, other_order)
    threads = [row(services, r.message_pk).thread_pk for r in stored]
    assert threads == [
        first.message_pk,
        first.message_pk,
        other_buyer.message_pk,
        other_order.message_pk,
    ]
    assert row(services, other_buyer.message_pk).state is MessageState.RECEIVED
    assert row(services, other_order.message_pk).state is MessageState.RECEIVED


def test_mail_read_out_of_order_does_not_take_the_conversation_back(services):
    later = arrive(services, "m2", AT_9 + timedelta(hours=2), arrived=AT_9 + timedelta(hours=3))
    earlier = arrive(services, "m1", AT_9, arrived=AT_9 + timedelta(hours=4))
    assert row(services, earlier.message_pk).state is MessageState.SUPERSEDED
    assert row(services, later.message_pk).state is MessageState.RECEIVED
    with services.uow_factory() as uow:
        assert conversation_head(uow, earlier.message_pk) == later.message_pk


def test_no_response_needed_is_an_agents_audited_decision_and_a_new_message_reopens(services):
    thanks = arrive(services, "m1", AT_9, body="Thanks, all arrived!")
    carded(services, thanks.message_pk, AT_9)
    with pytest.raises(NotAuthorised):
        deciding.no_response_needed(
            services, thanks.message_pk, access=AGENTS, actor=STRANGER, now=AT_9
        )
    assert row(services, thanks.message_pk).state is MessageState.CARDED
    result = deciding.no_response_needed(
        services, thanks.message_pk, access=AGENTS, actor=AGENT, now=AT_9 + timedelta(minutes=5)
    )
    assert result.conversation.state is MessageState.NO_RESPONSE
    assert result.conversation.decision.actor == AGENT
    assert result.conversation.decision.at == AT_9 + timedelta(minutes=5)
    assert "Seller Central" in result.notice  # the mail carried no Amazon link to open
    closed = row(services, thanks.message_pk)
    assert closed.closed_at == AT_9 + timedelta(minutes=5)
    with services.uow_factory() as uow:
        kinds = [
            (d.kind.value, d.reason.value, d.actor)
            for d in uow.decisions.for_message(thanks.message_pk)
        ]
    assert kinds == [("reject", "no_response_needed", AGENT)]
    with pytest.raises(AlreadyDecided):
        deciding.no_response_needed(
            services, thanks.message_pk, access=AGENTS, actor=AGENT, now=AT_9
        )

    reopened = arrive(services, "m2", AT_9 + timedelta(days=2), body="One more question")
    assert row(services, reopened.message_pk).state is MessageState.RECEIVED
    assert row(services, reopened.message_pk).thread_pk == thanks.message_pk
    with services.uow_factory() as uow:
        conv = load_conversation(uow, reopened.message_pk)
    assert conv.history[0].no_response and conv.history[0].actor == AGENT
    assert conv.history[1].text == "Thanks, all arrived!"


def test_with_amazons_link_the_button_did_it_all_so_no_extra_notice(services):
    url = "https://sellercentral.amazon.com/messaging/reply?noResponseNeeded=1"
    thanks = arrive(services, "m1", AT_9, body="Thanks!", no_response_url=url)
    carded(services, thanks.message_pk, AT_9)
    result = deciding.no_response_needed(
        services, thanks.message_pk, access=AGENTS, actor=AGENT, now=AT_9
    )
    assert result.notice == ""


def test_words_that_name_no_topic_take_the_conversations_intent(services):
    first = arrive(services, "m1", AT_9, body="Please cancel my order.", intent=Intent.CANCEL)
    # no follow-up word, no topic: a detail added to the cancellation ("other" on its own)
    later = arrive(
        services,
        "m2",
        AT_9 + timedelta(hours=1),
        body="My name on the order is Jane Roe.",
        intent=Intent.OTHER,
        follow_up=False,
    )
    assert row(services, later.message_pk).thread_pk == first.message_pk
    assert row(services, later.message_pk).intent is Intent.CANCEL
    # a new topic in the same conversation keeps its own intent
    third = arrive(
        services,
        "m3",
        AT_9 + timedelta(hours=2),
        body="Could I have the invoice for it?",
        intent=Intent.INVOICE,
        follow_up=False,
    )
    assert row(services, third.message_pk).intent is Intent.INVOICE
