"""A delivery failure of our reply reopens the conversation it belongs to, and only that."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.db.models import OutboxState
from bot.domain import InboundMessage, MessageKind, MessageState, SystemKind
from bot.mail.relay import parse_mail
from bot.services.delivery_failures import reopen_after_failure, reopen_in
from bot.services.ingest import store_inbound
from bot.services.outbox import deliver_due
from bot.services.stats import team_figures
from bot.slack.team_summary import summary_message
from bot.testing.smtp import running_smtp
from tests.services.helpers import T0
from tests.services.test_outbox import NOW, approved, smtp

LATER = NOW + timedelta(minutes=20)


def _sent(uow_factory, message_id: str) -> int:
    pk = approved(uow_factory, message_id)
    with running_smtp() as (port, _):
        assert deliver_due(uow_factory, smtp(port), now=NOW).sent == 1
    return pk


def _notice(uow_factory, raw: bytes, at=LATER) -> tuple[int, InboundMessage]:
    parsed = parse_mail(raw, received_at=at)
    assert parsed.system_kind is SystemKind.DELIVERY_FAILURE, parsed
    stored = store_inbound(uow_factory, raw, parsed, arrived_at=at)
    return stored.message_pk, parsed


BOUNCE = (
    b"From: Mail Delivery System <MAILER-DAEMON@mx.seller.example>\n"
    b"To: support@seller.example\n"
    b"Subject: Undelivered Mail Returned to Sender\n"
    b"Date: Sat, 07 Mar 2026 11:10:00 +0000\n"
    b"Message-ID: <bounce-1@mx.seller.example>\n"
    b"Content-Type: text/plain; charset=us-ascii\n"
    b"\n"
    b"Your message could not be delivered to one or more recipients.\n"
    b"\n"
    b"<abc123xyz+case7@marketplace.amazon.com>: host inbound-smtp said: 550 5.7.1 sender "
    b"not authorised\n"
)


def test_a_bounce_without_message_ids_is_matched_by_alias_and_time(uow_factory):
    pk = _sent(uow_factory, "<buyer-1@marketplace.amazon.com>")
    notice_pk, parsed = _notice(uow_factory, BOUNCE)

    reopened = reopen_after_failure(uow_factory, notice_pk, parsed, now=LATER)

    assert reopened is not None and reopened.message_pk == pk
    assert (reopened.reason, reopened.matched_by) == ("sender_not_approved", "alias_time")
    with uow_factory() as uow:
        row = uow.messages.get(pk)
        outbox = uow.outbox.for_message(pk)
        assert row is not None and outbox is not None
        assert row.state is MessageState.FAILED and row.closed_at is None
        assert row.due_at == T0 + timedelta(hours=24)  # the original deadline
        assert row.next_escalation_at == LATER  # the sweep looks at it again now
        assert outbox.state is OutboxState.FAILED
        assert outbox.last_error is not None
        assert outbox.last_error.startswith("Amazon did not deliver our reply: the From address")
    # The same notice again: nothing more.
    assert reopen_after_failure(uow_factory, notice_pk, parsed, now=LATER) is None


def test_a_failure_about_nothing_we_sent_reopens_nothing(uow_factory):
    pk = _sent(uow_factory, "<buyer-1@marketplace.amazon.com>")
    other = BOUNCE.replace(b"abc123xyz+case7", b"zzz999other")
    notice_pk, parsed = _notice(uow_factory, other)

    assert reopen_after_failure(uow_factory, notice_pk, parsed, now=LATER) is None
    with uow_factory() as uow:
        row = uow.messages.get(pk)
        assert row is not None and row.state is MessageState.ANSWERED


def test_a_failure_days_after_the_reply_is_not_guessed_onto_it(uow_factory):
    _sent(uow_factory, "<buyer-1@marketplace.amazon.com>")
    late = LATER + timedelta(days=5)
    raw = BOUNCE.replace(b"Sat, 07 Mar 2026", b"Thu, 12 Mar 2026")
    notice_pk, parsed = _notice(uow_factory, raw, at=late)

    assert reopen_after_failure(uow_factory, notice_pk, parsed, now=late) is None


def test_the_summary_counts_failures_by_reason(uow_factory):
    _sent(uow_factory, "<buyer-1@marketplace.amazon.com>")
    notice_pk, parsed = _notice(uow_factory, BOUNCE)
    reopen_after_failure(uow_factory, notice_pk, parsed, now=LATER)

    with uow_factory() as uow:
        figures = team_figures(uow, now=LATER + timedelta(hours=1))
    assert figures.delivery_failures == (("sender_not_approved", 1),)
    body = summary_message(figures)["blocks"][2]["text"]["text"]
    assert "Replies Amazon did not deliver: *1* (sender not approved (1))" in body


def test_a_buyer_message_is_never_taken_for_a_failure(uow_factory):
    parsed = parse_mail(BOUNCE, received_at=LATER)
    buyer = InboundMessage(
        kind=MessageKind.BUYER_MESSAGE, message_id="<b@x>", subject="", body="", sent_at=LATER
    )
    assert reopen_after_failure(uow_factory, 1, buyer, now=LATER) is None
    assert parsed.kind is MessageKind.SYSTEM


def test_a_crash_while_matching_leaves_neither_the_notice_nor_half_a_match(uow_factory):
    pk = _sent(uow_factory, "<buyer-1@marketplace.amazon.com>")
    parsed = parse_mail(BOUNCE, received_at=LATER)

    def dies_after_matching(uow, notice_pk):
        assert reopen_in(uow, notice_pk, parsed, now=LATER) is not None
        raise SystemExit("worker killed before the commit")

    with pytest.raises(SystemExit):
        store_inbound(uow_factory, BOUNCE, parsed, arrived_at=LATER, then=dies_after_matching)
    with uow_factory() as uow:
        assert uow.messages.by_message_id(parsed.message_id) is None  # still in the inbox
        row = uow.messages.get(pk)
        assert row is not None and row.state is MessageState.ANSWERED

    # The mail is read again: stored and matched in one transaction.
    stored = store_inbound(
        uow_factory,
        BOUNCE,
        parsed,
        arrived_at=LATER,
        then=lambda uow, notice_pk: reopen_in(uow, notice_pk, parsed, now=LATER),
    )
    with uow_factory() as uow:
        row = uow.messages.get(pk)
        assert row is not None and row.state is MessageState.FAILED
        assert uow.delivery_failures.for_notice(stored.message_pk) is not None


# Round 8 (F1): a failure notice affects only the reply it cites AND whose recipient or
# order it names; a reply the mail server accepted is never sent again on less.


def _amazon_notice(*, cites: str, order: str, alias: str = "") -> bytes:
    named = f"The buyer's address: {alias}\n" if alias else ""
    return (
        "From: Amazon Marketplace <donotreply@amazon.com>\n"
        "To: support@seller.example\n"
        f"Subject: We were unable to deliver the message you sent (Order: {order})\n"
        "Date: Sat, 07 Mar 2026 11:10:00 +0000\n"
        "Message-ID: <dsn-r8@amazon.com>\n"
        f"In-Reply-To: {cites}\nReferences: {cites}\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        f"We were unable to deliver the message you sent to the buyer of order {order}.\n"
        f"{named}Reason: the message contains a link that is not allowed.\n"
    ).encode()


def _state_of(uow_factory, pk):
    with uow_factory() as uow:
        row, out = uow.messages.get(pk), uow.outbox.for_message(pk)
        return row.state, out.state


def test_a_notice_citing_our_reply_but_naming_another_order_reopens_nothing(uow_factory):
    pk = _sent(uow_factory, "<buyer-1@marketplace.amazon.com>")
    notice_pk, parsed = _notice(
        uow_factory,
        _amazon_notice(cites=f"<reply-{pk}@seller.example>", order="999-0000000-0000001"),
    )

    assert reopen_after_failure(uow_factory, notice_pk, parsed, now=LATER) is None
    assert _state_of(uow_factory, pk) == (MessageState.ANSWERED, OutboxState.SENT)


def test_a_notice_citing_our_reply_but_naming_another_buyer_reopens_nothing(uow_factory):
    pk = _sent(uow_factory, "<buyer-1@marketplace.amazon.com>")
    raw = _amazon_notice(
        cites=f"<reply-{pk}@seller.example>",
        order="111-2223334-4445556",
        alias="someoneelse@marketplace.amazon.com",
    )
    notice_pk, parsed = _notice(uow_factory, raw)

    assert reopen_after_failure(uow_factory, notice_pk, parsed, now=LATER) is None
    assert _state_of(uow_factory, pk) == (MessageState.ANSWERED, OutboxState.SENT)


def test_a_notice_citing_our_reply_and_naming_its_order_reopens_it(uow_factory):
    pk = _sent(uow_factory, "<buyer-1@marketplace.amazon.com>")
    raw = _amazon_notice(cites=f"<reply-{pk}@seller.example>", order="111-2223334-4445556")
    notice_pk, parsed = _notice(uow_factory, raw)

    reopened = reopen_after_failure(uow_factory, notice_pk, parsed, now=LATER)
    assert reopened is not None and reopened.matched_by == "references"
    assert _state_of(uow_factory, pk) == (MessageState.FAILED, OutboxState.FAILED)


def test_the_order_and_the_time_alone_are_no_match(uow_factory):
    pk = _sent(uow_factory, "<buyer-1@marketplace.amazon.com>")
    raw = _amazon_notice(cites="<unknown@elsewhere.example>", order="111-2223334-4445556")
    notice_pk, parsed = _notice(uow_factory, raw)

    assert reopen_after_failure(uow_factory, notice_pk, parsed, now=LATER) is None
    assert _state_of(uow_factory, pk) == (MessageState.ANSWERED, OutboxState.SENT)


def test_a_buyer_alias_forging_a_failure_for_another_buyers_reply_is_a_buyer_message(
    uow_factory,
):
    pk = _sent(uow_factory, "<buyer-1@marketplace.amazon.com>")
    raw = _amazon_notice(cites=f"<reply-{pk}@seller.example>", order="111-2223334-4445556")
    raw = raw.replace(
        b"Amazon Marketplace <donotreply@amazon.com>", b"Eve <eve77@marketplace.amazon.com>"
    )
    parsed = parse_mail(raw, received_at=LATER)

    assert parsed.kind is MessageKind.BUYER_MESSAGE and parsed.system_kind is None
    stored = store_inbound(uow_factory, raw, parsed, arrived_at=LATER)
    assert stored.state is MessageState.RECEIVED  # a card asks for an answer
    assert reopen_after_failure(uow_factory, stored.message_pk, parsed, now=LATER) is None
    assert _state_of(uow_factory, pk) == (MessageState.ANSWERED, OutboxState.SENT)


def test_send_again_refuses_a_reply_the_server_accepted_without_a_credible_failure(
    uow_factory,
):
    from bot.errors import DecisionError
    from bot.services.outbox import rearm
    from tests.services.helpers import reply_for

    pk = _sent(uow_factory, "<buyer-1@marketplace.amazon.com>")
    with uow_factory() as uow:
        out = uow.outbox.for_message(pk)
        # However it got there (an old guess, a hand edit): failed, but accepted by SMTP.
        assert uow.outbox.move(out.id, expected={OutboxState.SENT}, new=OutboxState.FAILED)
        uow.commit()
    with uow_factory() as uow, pytest.raises(DecisionError, match="answer the buyer twice"):
        rearm(uow, pk, reply_for(pk), LATER)


def test_send_again_after_a_credible_failure_is_allowed(uow_factory):
    from bot.services.outbox import rearm
    from tests.services.helpers import reply_for

    pk = _sent(uow_factory, "<buyer-1@marketplace.amazon.com>")
    raw = _amazon_notice(cites=f"<reply-{pk}@seller.example>", order="111-2223334-4445556")
    notice_pk, parsed = _notice(uow_factory, raw)
    assert reopen_after_failure(uow_factory, notice_pk, parsed, now=LATER) is not None
    with uow_factory() as uow:
        assert rearm(uow, pk, reply_for(pk), LATER)
