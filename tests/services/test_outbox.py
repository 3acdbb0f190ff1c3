from __future__ import annotations

import dataclasses
import threading
from datetime import timedelta

import pytest

from bot.db.models import OutboxState
from bot.domain import DecisionKind, MessageState, OutgoingMail
from bot.errors import AlreadyDecided, MailUnavailable, ResendTooSoon
from bot.mail.smtp import SmtpSender
from bot.services.claims import claim
from bot.services.outbox import (
    RESEND_GRACE,
    SENDING_TIMEOUT,
    Unsettled,
    deliver_due,
    enqueue,
    in_doubt_after,
    mark_stuck,
    report_stuck,
    resolve_stuck,
    retry_delay,
    stuck_rows,
)
from bot.testing.net import free_port
from bot.testing.smtp import running_smtp
from tests.concurrency import run_concurrently
from tests.services.helpers import T0, carded, reply_for, stored_buyer_message

NOW = T0 + timedelta(hours=2)
FROM = "support@seller.example"


def smtp(port: int) -> SmtpSender:
    return SmtpSender(f"smtp://127.0.0.1:{port}", mail_from=FROM, timeout=5, clock=lambda: NOW)


def approved(uow_factory, message_id="<buyer-1@marketplace.amazon.com>", mail=None) -> int:
    """A message approved by an agent: claimed to SENDING with its reply in the outbox."""
    pk = stored_buyer_message(uow_factory, message_id)
    carded(uow_factory, pk)
    with uow_factory() as uow:
        assert claim(
            uow, pk, expected={MessageState.CARDED}, new=MessageState.SENDING, actor="U1", now=NOW
        )
        enqueue(uow, pk, mail or reply_for(pk), NOW)
        uow.commit()
    return pk


def outbox_row(uow_factory, pk):
    with uow_factory() as uow:
        return uow.outbox.for_message(pk), uow.messages.get(pk)


class CrashAfterSending:
    """The process dies after the server accepted the mail, before 'sent' is recorded."""

    def __init__(self, inner):
        self.inner = inner

    def send(self, mail: OutgoingMail) -> None:
        self.inner.send(mail)
        raise SystemExit("killed")


class Recording:
    def __init__(self, fail_with: Exception | None = None):
        self.sent: list[OutgoingMail] = []
        self.fail_with = fail_with

    def send(self, mail: OutgoingMail) -> None:
        if self.fail_with is not None:
            raise self.fail_with
        self.sent.append(mail)


def test_an_approved_reply_is_sent_once_and_the_message_answered(uow_factory, smtp_server):
    port, server = smtp_server
    pk = approved(uow_factory)
    counts = deliver_due(uow_factory, smtp(port), now=NOW)
    assert (counts.sent, counts.retrying, counts.failed, counts.stuck) == (1, 0, 0, 0)
    [mail] = server.received
    assert mail["To"] == "abc123xyz@marketplace.amazon.com"
    assert mail["In-Reply-To"] == "<buyer-1@marketplace.amazon.com>"
    assert mail["Message-ID"] == f"<reply-{pk}@seller.example>"
    row, message = outbox_row(uow_factory, pk)
    assert row.state is OutboxState.SENT and row.sent_at == NOW and row.attempts == 1
    assert message.state is MessageState.ANSWERED
    assert message.answered_at == NOW and message.closed_at == NOW
    assert message.state_changed_by == "U1"  # the agent who approved, not the bot
    # Nothing left to do: a second run sends nothing.
    assert deliver_due(uow_factory, smtp(port), now=NOW + timedelta(minutes=5)).sent == 0
    assert len(server.received) == 1


def test_a_second_reply_for_the_same_message_is_refused(uow_factory):
    pk = approved(uow_factory)
    with pytest.raises(AlreadyDecided, match="reply already queued"), uow_factory() as uow:
        enqueue(uow, pk, reply_for(pk), NOW)


def test_a_crash_between_sending_and_sent_is_reported_and_never_resent(uow_factory, smtp_server):
    port, server = smtp_server
    pk = approved(uow_factory)
    with pytest.raises(SystemExit):
        deliver_due(uow_factory, CrashAfterSending(smtp(port)), now=NOW)
    assert len(server.received) == 1
    row, _ = outbox_row(uow_factory, pk)
    assert row.state is OutboxState.SENDING  # the claim was committed before sending

    # The worker restarts: it flags what it finds in 'sending', then delivers as usual.
    restart = NOW + timedelta(minutes=1)
    assert mark_stuck(uow_factory, now=restart, older_than=timedelta(0)) == [row.id]
    counts = deliver_due(uow_factory, smtp(port), now=restart)
    counts_later = deliver_due(uow_factory, smtp(port), now=restart + timedelta(days=1))
    assert counts.sent == counts_later.sent == 0
    assert len(server.received) == 1  # the buyer got exactly one reply

    with uow_factory() as uow:
        [stuck] = stuck_rows(uow)
    assert stuck.message_pk == pk
    assert stuck.mail_message_id == f"<reply-{pk}@seller.example>"  # what to search for
    assert "sent folder" in stuck.last_error
    _, message = outbox_row(uow_factory, pk)
    assert message.state is MessageState.SENDING  # not answered: the deadline still runs

    reports = []
    assert report_stuck(uow_factory, reports.append, now=restart) == 1
    assert report_stuck(uow_factory, reports.append, now=restart) == 0  # reported once
    assert [r.outbox_pk for r in reports] == [row.id]


def test_a_claim_whose_commit_went_unanswered_is_released_not_stuck(uow_factory, smtp_server):
    """The claim reached the database but its answer was lost in an outage: this worker
    knows it sent nothing, so once the database is back the row is simply due again."""
    port, server = smtp_server
    pk = approved(uow_factory)
    row, _ = outbox_row(uow_factory, pk)
    with uow_factory() as uow:  # the claim as it was committed
        assert uow.outbox.move(
            row.id,
            expected={OutboxState.PENDING},
            new=OutboxState.SENDING,
            sending_started_at=NOW,
            attempts=1,
        )
        uow.commit()
    unsettled = Unsettled()
    unsettled.unsent(row.id, NOW)
    later = NOW + timedelta(hours=1)  # far past the send timeout
    counts = deliver_due(uow_factory, smtp(port), now=later, unsettled=unsettled)
    assert (counts.sent, counts.stuck) == (1, 0)
    assert len(server.received) == 1 and len(unsettled) == 0


def test_a_send_left_hanging_past_the_timeout_is_flagged_not_resent(uow_factory):
    pk = approved(uow_factory)
    sender = Recording()
    with pytest.raises(KeyboardInterrupt):
        deliver_due(uow_factory, Recording(fail_with=KeyboardInterrupt()), now=NOW)
    # Another worker running shortly after leaves the row alone (it may still be sending) ...
    assert deliver_due(uow_factory, sender, now=NOW + timedelta(seconds=20)).stuck == 0
    # ... and flags it once the send timeout has passed, without sending it.
    counts = deliver_due(uow_factory, sender, now=NOW + SENDING_TIMEOUT)
    assert counts.stuck == 1 and counts.sent == 0 and sender.sent == []
    row, _ = outbox_row(uow_factory, pk)
    assert row.state is OutboxState.STUCK


def test_a_send_is_in_doubt_right_after_the_smtp_timeout_not_ten_minutes(uow_factory):
    pk = approved(uow_factory)
    with pytest.raises(KeyboardInterrupt):  # the worker dies mid-send
        deliver_due(uow_factory, Recording(fail_with=KeyboardInterrupt()), now=NOW)
    timeout = in_doubt_after(20.0)  # WISMO_SMTP_TIMEOUT=20
    assert timedelta(seconds=20) < timeout <= timedelta(seconds=40)
    sender = Recording()
    within = deliver_due(
        uow_factory, sender, now=NOW + timedelta(seconds=19), sending_timeout=timeout
    )
    after = deliver_due(uow_factory, sender, now=NOW + timeout, sending_timeout=timeout)
    assert (within.stuck, after.stuck) == (0, 1) and sender.sent == []
    row, _ = outbox_row(uow_factory, pk)
    assert row.state is OutboxState.STUCK


def test_an_unexpected_sender_error_is_stuck_at_once(uow_factory):
    pk = approved(uow_factory)
    counts = deliver_due(uow_factory, Recording(fail_with=ValueError("bug")), now=NOW)
    assert counts.stuck == 1
    row, _ = outbox_row(uow_factory, pk)
    assert row.state is OutboxState.STUCK
    assert "ValueError" in row.last_error


def test_a_failed_report_is_retried(uow_factory):
    approved(uow_factory)
    deliver_due(uow_factory, Recording(fail_with=ValueError("bug")), now=NOW)

    def slack_down(reply):
        raise RuntimeError("slack is down")

    assert report_stuck(uow_factory, slack_down, now=NOW) == 0
    reports = []
    assert report_stuck(uow_factory, reports.append, now=NOW) == 1


def test_the_server_down_is_retried_later_with_backoff(uow_factory):
    port = free_port()  # nothing listens there yet
    pk = approved(uow_factory)
    counts = deliver_due(uow_factory, smtp(port), now=NOW)
    assert counts.retrying == 1 and counts.sent == 0
    row, message = outbox_row(uow_factory, pk)
    assert row.state is OutboxState.PENDING
    assert row.next_attempt_at == NOW + retry_delay(1)
    assert "unavailable" in row.last_error
    assert message.state is MessageState.SENDING

    with running_smtp(port) as (_, recorder):
        # Not before the backoff has passed ...
        assert deliver_due(uow_factory, smtp(port), now=NOW + timedelta(seconds=10)).sent == 0
        # ... then it goes out, once.
        assert deliver_due(uow_factory, smtp(port), now=NOW + timedelta(minutes=1)).sent == 1
    assert len(recorder.received) == 1
    row, message = outbox_row(uow_factory, pk)
    assert row.state is OutboxState.SENT and row.attempts == 2
    assert message.state is MessageState.ANSWERED


def test_retries_give_up_after_the_last_attempt(uow_factory):
    pk = approved(uow_factory)
    down = Recording(fail_with=MailUnavailable("connection refused"))
    at = NOW
    for _ in range(3):
        deliver_due(uow_factory, down, now=at, max_attempts=3)
        at += timedelta(hours=1)
    row, message = outbox_row(uow_factory, pk)
    assert row.state is OutboxState.FAILED
    assert "after 3 attempts" in row.last_error
    assert message.state is MessageState.FAILED


def test_a_refused_reply_fails_with_the_reason(uow_factory, smtp_server):
    port, server = smtp_server
    mail = OutgoingMail(
        to="reject-me@marketplace.amazon.com",
        subject="Re: order",
        body="Hello",
        message_id="<r1@seller.example>",
    )
    pk = approved(uow_factory, "<buyer-2@marketplace.amazon.com>", mail=mail)
    counts = deliver_due(uow_factory, smtp(port), now=NOW)
    assert counts.failed == 1
    assert server.received == []
    row, message = outbox_row(uow_factory, pk)
    assert row.state is OutboxState.FAILED
    assert "550" in row.last_error
    assert message.state is MessageState.FAILED
    # A failed row is not retried.
    assert deliver_due(uow_factory, smtp(port), now=NOW + timedelta(hours=1)).sent == 0


def resolved(uow_factory, outbox_pk: int, **decision) -> bool:
    """What the in-doubt buttons' service does: the step, committed by its caller."""
    with uow_factory() as uow:
        changed = resolve_stuck(uow, outbox_pk, **decision)
        uow.commit()
    return changed


def test_a_human_confirms_a_stuck_reply_was_sent(uow_factory):
    pk = approved(uow_factory)
    deliver_due(uow_factory, Recording(fail_with=ValueError("bug")), now=NOW)
    row, _ = outbox_row(uow_factory, pk)
    later = NOW + timedelta(minutes=30)
    assert resolved(uow_factory, row.id, was_sent=True, actor="UCAROL", now=later)
    assert not resolved(uow_factory, row.id, was_sent=True, actor="UDAVE", now=later)
    row, message = outbox_row(uow_factory, pk)
    assert row.state is OutboxState.SENT and row.resolved_by == "UCAROL"
    assert message.state is MessageState.ANSWERED
    with uow_factory() as uow:
        kinds = [(d.kind, d.actor) for d in uow.decisions.for_message(pk)]
    assert kinds == [(DecisionKind.MARK_ANSWERED, "UCAROL")]


def test_a_human_finds_a_stuck_reply_missing_and_it_is_sent(uow_factory):
    pk = approved(uow_factory)
    deliver_due(uow_factory, Recording(fail_with=ValueError("bug")), now=NOW)
    row, _ = outbox_row(uow_factory, pk)
    later = NOW + timedelta(minutes=30)
    assert resolved(uow_factory, row.id, was_sent=False, actor="UCAROL", now=later)
    sender = Recording()
    assert deliver_due(uow_factory, sender, now=later).sent == 1
    assert [m.message_id for m in sender.sent] == [f"<reply-{pk}@seller.example>"]


def test_send_again_waits_out_the_grace_of_a_reply_flagged_by_its_timeout(uow_factory):
    # The sender claimed the row and went quiet: another worker flags it in doubt.  Its
    # sender may be alive and about to record "sent" (its database was away), so "send
    # again" is refused for the grace; "it was sent" is not.
    pk = approved(uow_factory)
    with pytest.raises(SystemExit):
        deliver_due(uow_factory, CrashAfterSending(Recording()), now=NOW)
    flagged = NOW + SENDING_TIMEOUT
    [outbox_pk] = mark_stuck(uow_factory, now=flagged, older_than=SENDING_TIMEOUT)
    with pytest.raises(ResendTooSoon, match="wait 20 s") as refused:
        resolved(uow_factory, outbox_pk, was_sent=False, actor="UCAROL", now=flagged)
    assert refused.value.wait == RESEND_GRACE.total_seconds()
    with pytest.raises(ResendTooSoon):
        resolved(
            uow_factory,
            outbox_pk,
            was_sent=False,
            actor="UCAROL",
            now=flagged + RESEND_GRACE - timedelta(seconds=1),
        )
    row, message = outbox_row(uow_factory, pk)
    assert row.state is OutboxState.STUCK and message.state is MessageState.SENDING
    with uow_factory() as uow:
        kinds = [d.kind for d in uow.decisions.for_message(pk)]
    assert DecisionKind.RESEND not in kinds  # a refused click records nothing

    # The late "sent" wins over "in doubt": the click after the grace finds nothing to do.
    late = Unsettled()
    late.sent(outbox_pk, NOW)
    assert late.settle(uow_factory) == 1
    after = flagged + RESEND_GRACE
    assert not resolved(uow_factory, outbox_pk, was_sent=False, actor="UCAROL", now=after)
    row, message = outbox_row(uow_factory, pk)
    assert row.state is OutboxState.SENT and message.state is MessageState.ANSWERED


def test_send_again_goes_once_the_grace_is_over(uow_factory):
    pk = approved(uow_factory)
    with pytest.raises(SystemExit):
        deliver_due(uow_factory, CrashAfterSending(Recording()), now=NOW)
    flagged = NOW + SENDING_TIMEOUT
    [outbox_pk] = mark_stuck(uow_factory, now=flagged, older_than=SENDING_TIMEOUT)
    after = flagged + RESEND_GRACE
    assert resolved(uow_factory, outbox_pk, was_sent=False, actor="UCAROL", now=after)
    sender = Recording()
    assert deliver_due(uow_factory, sender, now=after).sent == 1
    assert [m.message_id for m in sender.sent] == [f"<reply-{pk}@seller.example>"]


def test_two_workers_delivering_at_once_send_each_reply_once(uow_factory, smtp_server):
    port, server = smtp_server
    pks = [approved(uow_factory, f"<buyer-{i}@marketplace.amazon.com>") for i in range(6)]

    def worker(_: int) -> None:
        deliver_due(uow_factory, smtp(port), now=NOW)

    errors = run_concurrently(2, worker)
    assert errors == []
    ids = sorted(str(m["Message-ID"]) for m in server.received)
    assert ids == sorted(f"<reply-{pk}@seller.example>" for pk in pks)


def test_on_a_trial_clock_the_mail_server_back_off_is_real_time(uow_factory):
    """At 60x, the first retry's 30 s back-off is 30 simulated minutes."""
    pk = approved(uow_factory)
    down = Recording(fail_with=MailUnavailable("connection refused"))
    assert deliver_due(uow_factory, down, now=NOW, speed=60.0).retrying == 1
    row, _ = outbox_row(uow_factory, pk)
    assert row.next_attempt_at == NOW + retry_delay(1) * 60
    # Twenty simulated minutes later nothing is retried: twenty real seconds have passed.
    assert deliver_due(uow_factory, down, now=NOW + timedelta(minutes=20), speed=60.0).retrying == 0
    row, _ = outbox_row(uow_factory, pk)
    assert row.attempts == 1


def test_on_a_trial_clock_a_slow_send_is_not_taken_for_a_crash(uow_factory):
    pk = approved(uow_factory)
    with pytest.raises(KeyboardInterrupt):
        deliver_due(uow_factory, Recording(fail_with=KeyboardInterrupt()), now=NOW, speed=60.0)
    # Eleven simulated minutes are eleven real seconds: the send may still be under way.
    later = deliver_due(uow_factory, Recording(), now=NOW + timedelta(minutes=11), speed=60.0)
    assert later.stuck == 0
    assert (
        deliver_due(uow_factory, Recording(), now=NOW + timedelta(hours=11), speed=60.0).stuck == 1
    )
    row, _ = outbox_row(uow_factory, pk)
    assert row.state is OutboxState.STUCK


@pytest.mark.parametrize(
    ("to", "why"),
    [
        ("forger@gmail.example", "gmail.example is not an Amazon relay address"),
        ("abc123xyz@marketplace.amazon.com.evil.example", "is not an Amazon relay address"),
        (
            "abc123xyz@marketplace.amazon.de",
            "marketplace.amazon.de is not the relay domain of the order's marketplace "
            "(marketplace.amazon.com)",
        ),
    ],
)
def test_a_reply_to_anything_but_a_relay_address_of_the_orders_marketplace_is_refused(
    uow_factory, smtp_server, to, why
):
    port, server = smtp_server
    pk = approved(uow_factory, mail=dataclasses.replace(reply_for(0), to=to))
    counts = deliver_due(uow_factory, smtp(port), now=NOW)
    assert (counts.sent, counts.failed) == (0, 1)
    assert server.received == []  # the mail server never saw it
    row, message = outbox_row(uow_factory, pk)
    assert row.state is OutboxState.FAILED and row.attempts == 0
    assert row.last_error.startswith("refused before sending: ") and why in row.last_error
    assert message.state is MessageState.FAILED  # a human must act
    assert deliver_due(uow_factory, smtp(port), now=NOW + timedelta(hours=1)).sent == 0


def test_the_orders_marketplace_decides_over_the_messages(uow_factory):
    # The mail came through the .com relay, but Amazon says the order was placed on .de.
    pk = approved(uow_factory)
    with uow_factory() as uow:
        uow.orders.put(
            "111-2223334-4445556",
            {"order_id": "111-2223334-4445556", "marketplace_id": "A1PA6795UKMFR9"},
            fetched_at=NOW,
        )
        uow.commit()
    sender = Recording()
    assert deliver_due(uow_factory, sender, now=NOW).failed == 1
    assert sender.sent == []
    row, _ = outbox_row(uow_factory, pk)
    assert "(marketplace.amazon.de)" in row.last_error


def test_a_reply_queued_for_a_message_whose_sender_is_not_verified_never_leaves(
    uow_factory, smtp_server
):
    # Queued by an older version of the bot, or by any path that forgot to ask: the outbox
    # has the last word, for the worker and for a click's "send again" alike.
    port, server = smtp_server
    pk = approved(uow_factory)
    with uow_factory() as uow:
        uow.messages.get(pk).sender_verified = False
        uow.commit()
    assert deliver_due(uow_factory, smtp(port), now=NOW).failed == 1
    assert server.received == []
    row, message = outbox_row(uow_factory, pk)
    assert row.state is OutboxState.FAILED and "sender of this message is not verified" in (
        row.last_error
    )
    assert message.state is MessageState.FAILED


def test_each_wiring_remembers_only_its_own_unrecorded_sends(engine, db_url):
    """Two wirings in one process (the fault matrix's cells, a worker and a web app in one
    test) never share what an outage kept from their databases: the row ids of one mean
    nothing in the other, so one's leftovers must neither be counted nor settled there."""
    from bot.bootstrap import build_wiring
    from bot.config import Settings

    settings = Settings(database_url=db_url)
    first = build_wiring(settings, engine=engine, clock=lambda: NOW, mailer=None)
    second = build_wiring(settings, engine=engine, clock=lambda: NOW, mailer=None)
    try:
        before = set(threading.enumerate())
        first.unsettled.sent(1, NOW)
        first.unsettled.keep_trying(first.uow_factory)
        retrying = [t for t in threading.enumerate() if t not in before]
        assert first.unsettled is not second.unsettled
        assert len(first.unsettled) == 1 and len(second.unsettled) == 0
    finally:
        first.close()  # stops its retry thread: nothing keeps writing to a closed database
        second.close()
    assert [t.name for t in retrying] == ["wismo-unsettled"]
    assert not any(t.is_alive() for t in retrying)
