"""The decision use cases on a real database, sending to a real SMTP server."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from sqlalchemy import event, select

from bot.bootstrap import build_wiring
from bot.clock import ScaledClock
from bot.config import Secret, Settings
from bot.db.models import OutboxRow, OutboxState
from bot.domain import DecisionKind, MessageState, RejectReason
from bot.errors import (
    AlreadyDecided,
    ComplianceBlocked,
    DecisionError,
    NotAuthorised,
    ReplyTooLong,
)
from bot.services import deciding
from bot.services.ingest import store_inbound
from bot.services.outbox import deliver_due
from bot.testing.net import free_port
from bot.testing.smtp import Recorder, running_smtp
from tests.services.helpers import T0, access_for, buyer_message

AGENT, OTHER = "U0AGENT", "U0OTHER"
AGENTS = access_for((AGENT, OTHER))
REPLY = "Hello Jane, your parcel is on its way with UPS. Order 111-2223334-4445556."


def make_services(engine, db_url, smtp_url: str | None):
    settings = Settings(
        database_url=db_url,
        smtp_url=Secret(smtp_url or ""),
        mail_from="Support <support@seller.example>" if smtp_url else "",
    )
    return build_wiring(settings, engine=engine, clock=lambda: T0)


@pytest.fixture
def services(engine, db_url, smtp_server):
    port, _ = smtp_server
    built = make_services(engine, db_url, f"smtp://127.0.0.1:{port}")
    yield built
    built.close()


def carded(services, draft: str = REPLY, **message) -> int:
    stored = store_inbound(services.uow_factory, b"raw", buyer_message(**message), arrived_at=T0)
    with services.uow_factory() as uow:
        uow.drafts.add_version(stored.message_pk, draft, now=T0, lang="en")
        uow.messages.transition(stored.message_pk, expected={MessageState.RECEIVED},
                                new=MessageState.CARDED, actor=None, now=T0)  # fmt: skip
        uow.commit()
    return stored.message_pk


def test_approve_sends_on_the_buyers_thread_and_is_audited(services, smtp_server):
    _, mails = smtp_server
    pk = carded(services, alias_case="A1B2C3")
    result = deciding.approve(services, pk, access=AGENTS, actor=AGENT, now=T0)
    assert result.conversation.state is MessageState.ANSWERED and result.notice == ""
    (mail,) = mails.received
    assert mail["To"] == "abc123xyz+A1B2C3@marketplace.amazon.com"  # the +case is kept
    assert mail["Subject"] == "Re: Where is my order? (Order: 111-2223334-4445556)"
    assert mail["In-Reply-To"] == "<buyer-1@marketplace.amazon.com>"
    assert mail["Message-ID"].endswith("@seller.example>")
    assert mail.get_content().strip() == REPLY
    with services.uow_factory() as uow:
        (decision,) = uow.decisions.for_message(pk)
    assert (decision.kind, decision.actor, decision.text) == (DecisionKind.APPROVE, AGENT, REPLY)
    assert decision.compliance["compliant"] is True


def test_the_second_decision_learns_who_won(services):
    pk = carded(services)
    deciding.approve(services, pk, access=AGENTS, actor=AGENT, now=T0)
    with pytest.raises(AlreadyDecided) as lost:
        deciding.reject(services, pk, RejectReason.SPAM, access=AGENTS, actor=OTHER, now=T0)
    assert lost.value.by == AGENT


def test_a_draft_that_fails_the_policy_now_is_refused_and_stays_open(services, smtp_server):
    _, mails = smtp_server
    pk = carded(services, draft="Hello, for 10% off next time visit mystore.com today!")
    with pytest.raises(ComplianceBlocked) as refused:
        deciding.approve(services, pk, access=AGENTS, actor=AGENT, now=T0)
    assert "mystore.com" in str(refused.value)
    assert mails.received == []
    conv = deciding.current(services, pk)
    assert conv.state is MessageState.CARDED  # the claim was undone: Edit still works
    assert conv.decision is not None and "mystore.com" in conv.decision.note
    with services.uow_factory() as uow:
        assert uow.outbox.for_message(pk) is None
    # ... and an edit without the link is sent
    fixed = deciding.submit_edit(
        services, pk, REPLY, access=AGENTS, actor=OTHER, now=T0 + timedelta(minutes=1)
    )
    assert fixed.conversation.state is MessageState.ANSWERED and len(mails.received) == 1


def test_submit_edit_keeps_the_agents_version(services):
    pk = carded(services)
    text = REPLY + " Thank you for waiting."
    deciding.submit_edit(services, pk, text, access=AGENTS, actor=AGENT, now=T0)
    with services.uow_factory() as uow:
        versions = uow.drafts.all_for(pk)
    assert [(v.version, v.created_by) for v in versions] == [(1, None), (2, AGENT)]
    assert versions[-1].text == text and versions[-1].compliance["compliant"] is True


def test_refused_recipient_fails_for_a_human_who_can_mark_it_answered(services, smtp_server):
    pk = carded(services)
    with services.uow_factory() as uow:
        uow.messages.get(pk).buyer_alias = "reject-me@marketplace.amazon.com"
        uow.commit()
    result = deciding.approve(services, pk, access=AGENTS, actor=AGENT, now=T0)
    assert result.conversation.state is MessageState.FAILED
    assert "refused" in result.conversation.outcome and "Seller Central" in result.notice
    done = deciding.mark_answered(
        services, pk, access=AGENTS, actor=OTHER, now=T0 + timedelta(hours=1)
    )
    assert done.conversation.state is MessageState.ANSWERED


def test_mail_server_down_keeps_the_reply_queued(engine, db_url):
    port = free_port()  # nothing listens there
    services = make_services(engine, db_url, f"smtp://127.0.0.1:{port}")
    try:
        pk = carded(services)
        result = deciding.approve(services, pk, access=AGENTS, actor=AGENT, now=T0)
        assert result.conversation.state is MessageState.SENDING
        assert result.conversation.outcome.startswith("not sent yet, retrying")
    finally:
        services.close()


def test_on_a_trial_clock_the_next_approval_does_not_hurry_a_queued_retry(engine, db_url):
    # 60x: the mail server's 30 s back-off is 30 simulated minutes, as in the worker.
    port = free_port()  # nothing listens there
    settings = Settings(
        database_url=db_url,
        smtp_url=Secret(f"smtp://127.0.0.1:{port}"),
        mail_from="Support <support@seller.example>",
    )
    clock = ScaledClock(T0, anchor=0.0, speed=60.0, real=lambda: 0.0)
    services = build_wiring(settings, engine=engine, clock=clock)
    try:
        first = carded(services)
        deciding.approve(services, first, access=AGENTS, actor=AGENT, now=T0)
        second = carded(services, message_id="<buyer-2@marketplace.amazon.com>")
        deciding.approve(
            services, second, access=AGENTS, actor=OTHER, now=T0 + timedelta(minutes=1)
        )
        with services.uow_factory() as uow:
            rows = {r.message_pk: r for r in uow.session.scalars(select(OutboxRow))}
        assert rows[first].attempts == 1  # one real second later: not tried again yet
        assert rows[first].next_attempt_at == T0 + timedelta(minutes=30)
    finally:
        services.close()


def test_without_smtp_the_reply_waits_and_the_agent_is_told(engine, db_url):
    services = make_services(engine, db_url, None)
    try:
        pk = carded(services)
        result = deciding.approve(services, pk, access=AGENTS, actor=AGENT, now=T0)
        assert result.conversation.state is MessageState.SENDING
        assert "SMTP_URL" in result.notice
    finally:
        services.close()


def test_without_smtp_a_click_is_one_transaction_and_shows_the_card_as_read_after(engine, db_url):
    services = make_services(engine, db_url, None)
    begun = []
    listener = lambda conn: begun.append(1)  # noqa: E731
    try:
        pk = carded(services)
        event.listen(engine, "begin", listener)
        result = deciding.approve(services, pk, access=AGENTS, actor=AGENT, now=T0)
        event.remove(engine, "begin", listener)
        assert len(begun) == 1  # nothing is sent: the card is read in the click's transaction
        assert result.conversation == deciding.current(services, pk)
        assert result.conversation.outcome == "SMTP_URL is not set: the reply waits in the outbox"
    finally:
        services.close()


def test_reject_reasons_move_the_message_and_other_needs_a_note(services):
    manual = carded(services, message_id="<m1@marketplace.amazon.com>")
    quiet = carded(services, message_id="<m2@marketplace.amazon.com>")
    other = carded(services, message_id="<m3@marketplace.amazon.com>")
    result = deciding.reject(
        services, manual, RejectReason.HANDLE_MANUALLY, access=AGENTS, actor=AGENT, now=T0
    )
    assert result.conversation.state is MessageState.MANUAL and result.conversation.open
    result = deciding.reject(
        services, quiet, RejectReason.NO_RESPONSE_NEEDED, access=AGENTS, actor=AGENT, now=T0
    )
    assert result.conversation.state is MessageState.NO_RESPONSE and not result.conversation.open
    assert "Seller Central" in result.notice
    with pytest.raises(DecisionError, match="note"):
        deciding.reject(
            services, other, RejectReason.OTHER, note=" ", access=AGENTS, actor=AGENT, now=T0
        )
    result = deciding.reject(services, other, RejectReason.OTHER, note="asked by phone",
                             access=AGENTS, actor=AGENT, now=T0)  # fmt: skip
    assert result.conversation.decision.note == "asked by phone"


def test_a_mail_without_a_relay_address_cannot_be_answered_by_mail(services):
    pk = carded(services, buyer_alias=None)
    with pytest.raises(DecisionError, match="Seller Central"):
        deciding.approve(services, pk, access=AGENTS, actor=AGENT, now=T0)
    assert deciding.current(services, pk).state is MessageState.CARDED


class CountingSender:
    """Records each mail, and how many transactions had begun when it was sent."""

    def __init__(self, engine) -> None:
        self.begun = 0
        self.sent: list[tuple[str, int]] = []
        event.listen(engine, "begin", self._on_begin)

    def _on_begin(self, conn) -> None:
        self.begun += 1

    def send(self, mail) -> None:
        self.sent.append((mail.to, self.begun))


@pytest.mark.parametrize("edited", [False, True], ids=["approve", "edit"])
def test_a_click_is_one_transaction_before_its_send(engine, db_url, edited):
    sender = CountingSender(engine)
    services = make_services(engine, db_url, None)
    services = dataclasses.replace(services, mailer=sender)
    try:
        pk = carded(services)
        sender.begun = 0
        if edited:
            result = deciding.submit_edit(
                services, pk, REPLY + " Thanks!", access=AGENTS, actor=AGENT, now=T0
            )
        else:
            result = deciding.approve(services, pk, access=AGENTS, actor=AGENT, now=T0)
        assert sender.sent == [("abc123xyz@marketplace.amazon.com", 1)]
        assert result.conversation.state is MessageState.ANSWERED
        with services.uow_factory() as uow:
            (row,) = uow.session.scalars(select(OutboxRow))
            assert row.state is OutboxState.SENT and row.attempts == 1
            kinds = [d.kind for d in uow.decisions.for_message(pk)]
        assert kinds == [DecisionKind.EDIT if edited else DecisionKind.APPROVE]
    finally:
        event.remove(engine, "begin", sender._on_begin)
        services.close()


def test_a_click_sends_its_own_reply_and_leaves_others_to_the_worker(engine, db_url):
    sender = CountingSender(engine)
    try:
        waiting = make_services(engine, db_url, None)  # no mail server yet: it waits
        queued = carded(waiting, message_id="<buyer-2@marketplace.amazon.com>",
                        buyer_alias="queued@marketplace.amazon.com")  # fmt: skip
        deciding.approve(waiting, queued, access=AGENTS, actor=OTHER, now=T0)
        services = dataclasses.replace(waiting, mailer=sender)
        pk = carded(services)
        deciding.approve(services, pk, access=AGENTS, actor=AGENT, now=T0 + timedelta(minutes=1))
        assert [to for to, _ in sender.sent] == ["abc123xyz@marketplace.amazon.com"]
        with services.uow_factory() as uow:
            states = {r.message_pk: r.state for r in uow.session.scalars(select(OutboxRow))}
        assert states == {queued: OutboxState.PENDING, pk: OutboxState.SENT}
    finally:
        event.remove(engine, "begin", sender._on_begin)
        waiting.close()


def test_a_refused_click_is_one_transaction_and_claims_nothing(engine, db_url):
    sender = CountingSender(engine)
    services = dataclasses.replace(make_services(engine, db_url, None), mailer=sender)
    try:
        pk = carded(services, draft=REPLY + " Order again at www.mystore.com")
        sender.begun = 0
        with pytest.raises(ComplianceBlocked):
            deciding.approve(services, pk, access=AGENTS, actor=AGENT, now=T0)
        assert sender.begun == 1 and sender.sent == []
        conv = deciding.current(services, pk)
        assert conv.state is MessageState.CARDED
        assert conv.decision is not None and conv.decision.actor == AGENT
    finally:
        event.remove(engine, "begin", sender._on_begin)
        services.close()


@pytest.mark.parametrize("use_case", ["approve", "edit", "reject", "mark answered", "open edit"])
def test_every_decision_refuses_a_non_agent_before_touching_anything(services, caplog, use_case):
    pk = carded(services)
    stranger = "U0STRANGER"
    calls = {
        "approve": lambda: deciding.approve(services, pk, access=AGENTS, actor=stranger, now=T0),
        "edit": lambda: deciding.submit_edit(
            services, pk, REPLY, access=AGENTS, actor=stranger, now=T0
        ),
        "reject": lambda: deciding.reject(
            services, pk, RejectReason.SPAM, access=AGENTS, actor=stranger, now=T0
        ),
        "mark answered": lambda: deciding.mark_answered(
            services, pk, access=AGENTS, actor=stranger, now=T0
        ),
        "open edit": lambda: deciding.editable(services, pk, access=AGENTS, actor=stranger),
    }
    caplog.set_level("INFO", logger="wismo.audit")
    with pytest.raises(NotAuthorised) as refused:
        calls[use_case]()
    assert refused.value.setting == "WISMO_AGENTS"
    conv = deciding.current(services, pk)
    assert conv.state is MessageState.CARDED and conv.decision is None
    what = "edit" if use_case == "open edit" else use_case
    audit = [r.getMessage() for r in caplog.records if r.name == "wismo.audit"]
    assert audit == [f"refused: {stranger} is not an agent (tried {what} on message {pk})"]


def _services_on(engine, db_url, sink: Recorder):
    """Services sending to their own SMTP server, with a short client timeout."""
    port = free_port()
    settings = Settings(
        database_url=db_url,
        smtp_url=Secret(f"smtp://127.0.0.1:{port}"),
        mail_from="Support <support@seller.example>",
        smtp_timeout_seconds=1.0,
    )
    return port, build_wiring(settings, engine=engine, clock=lambda: T0)


@pytest.mark.parametrize("after_data", ["hang", "close"])
def test_a_reply_the_server_took_but_never_confirmed_is_in_doubt_and_never_resent(
    engine, db_url, after_data
):
    sink = Recorder(after_data=after_data)
    port, services = _services_on(engine, db_url, sink)
    try:
        with running_smtp(port, recorder=sink):
            pk = carded(services)
            result = deciding.approve(services, pk, access=AGENTS, actor=AGENT, now=T0)
            assert result.conversation.send_in_doubt  # the card offers the two choices
            assert "sent folder" in result.conversation.outcome
            # Several worker ticks, well past any back-off: nothing goes out again.
            for minutes in (1, 2, 5, 30, 120):
                counts = deliver_due(
                    services.uow_factory, services.mailer, now=T0 + timedelta(minutes=minutes)
                )
                assert counts.sent == counts.retrying == 0
            assert len(sink.received) == 1
            with services.uow_factory() as uow:
                row = uow.outbox.for_message(pk)
                assert row is not None and row.state is OutboxState.STUCK
            assert deciding.current(services, pk).send_in_doubt
    finally:
        services.close()


def test_a_refusal_before_the_data_is_still_retried(engine, db_url):
    sink = Recorder(rcpt_reply="451 4.3.0 try again later")
    port, services = _services_on(engine, db_url, sink)
    try:
        with running_smtp(port, recorder=sink):
            pk = carded(services)
            result = deciding.approve(services, pk, access=AGENTS, actor=AGENT, now=T0)
            conv = result.conversation
            assert not conv.send_in_doubt
            assert "retrying" in conv.outcome and "451" in conv.outcome
            assert sink.received == []
            sink.rcpt_reply = None  # the server recovers
            counts = deliver_due(
                services.uow_factory, services.mailer, now=T0 + timedelta(minutes=1)
            )
            assert counts.sent == 1 and len(sink.received) == 1
            assert deciding.current(services, pk).state is MessageState.ANSWERED
    finally:
        services.close()


@pytest.mark.parametrize(
    "subject",
    [
        "Where is my order? write to me at jane.doe@example.com",
        "Order 111-2223334-4445556 see https://evil.example/x",
        "Where is my parcel? Call me +1 415 555 0134",
        "Where is my order 111-2223334-4445556\r\nBcc: victim@evil.example\r\nX-Injected: 1",
    ],
)
def test_a_buyer_subject_with_contact_details_cannot_block_the_reply(
    services, smtp_server, subject
):
    _, mails = smtp_server
    pk = carded(services, subject=subject)
    result = deciding.approve(services, pk, access=AGENTS, actor=AGENT, now=T0)
    assert result.conversation.state is MessageState.ANSWERED
    (mail,) = mails.received
    assert mail["Subject"] == "Re: Your order 111-2223334-4445556"
    assert mail["Bcc"] is None and mail["X-Injected"] is None


def test_without_an_order_the_safe_subject_still_sends(services, smtp_server):
    _, mails = smtp_server
    pk = carded(services, subject="mail me: jane.doe@example.com", order_id=None)
    result = deciding.approve(services, pk, access=AGENTS, actor=AGENT, now=T0)
    assert result.conversation.state is MessageState.ANSWERED
    (mail,) = mails.received
    assert mail["Subject"] == "Re: Your message"


def test_a_reply_over_the_limit_is_never_sent(services, smtp_server):
    _, mails = smtp_server
    pk = carded(services)
    with pytest.raises(ReplyTooLong, match="3,001 characters"):
        deciding.submit_edit(services, pk, "x" * 3001, access=AGENTS, actor=AGENT, now=T0)
    assert mails.received == []
    assert deciding.current(services, pk).state is MessageState.CARDED


def test_an_unreadable_mail_is_closed_with_mark_answered_and_its_clock_stops(services):
    from bot.slack.blocks import card

    stored = store_inbound(
        services.uow_factory, b"Subject: ?\r\n\r\n\x00", None, arrived_at=T0, problem="truncated"
    )
    open_card = str(card(deciding.current(services, stored.message_pk), now=T0)["blocks"])
    assert "left* to answer" in open_card and "Mark answered" in open_card
    done = deciding.mark_answered(
        services, stored.message_pk, access=AGENTS, actor=AGENT, now=T0 + timedelta(hours=1)
    )
    assert done.conversation.state is MessageState.ANSWERED and not done.conversation.open
    closed_card = str(card(done.conversation, now=T0 + timedelta(hours=1))["blocks"])
    assert "Deadline was" in closed_card and "Mark answered" not in closed_card


def test_a_long_subject_is_capped_on_a_word_and_still_falls_back_on_a_violation():
    """Adversary 16, L3: the echoed subject is at most 150 characters (and "Re: ")."""
    from bot.db.models import MessageRow
    from bot.services.deciding import SUBJECT_MAX_CHARS, reply_subject
    from compliance import Policy

    long = "Where is my parcel " + "please tell me " * 200
    subject = reply_subject(MessageRow(subject=long, order_id="113-1"), Policy())
    assert subject.startswith("Re: Where is my parcel please tell me")
    assert subject.endswith(("please…", "tell…", "me…"))  # a whole word, then the ellipsis
    assert len(subject) <= len("Re: ") + SUBJECT_MAX_CHARS
    spam = "Visit brightwaterhome.com " + "please " * 200
    assert reply_subject(MessageRow(subject=spam, order_id="113-1"), Policy()) == (
        "Re: Your order 113-1"
    )
    short = "Where is my parcel?"
    assert reply_subject(MessageRow(subject=short, order_id="113-1"), Policy()) == f"Re: {short}"
