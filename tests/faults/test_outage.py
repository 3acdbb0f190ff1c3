"""A database outage is never the mail's fault, at any stage (PostgreSQL through a cut proxy).

Each test cuts the real connection between the bot and PostgreSQL at one point and checks
what a seller would notice: the mail is still in the inbox, the webhook's sender is told to
retry, a reply the mail server took is recorded as sent once the database is back and is
never sent again.
"""

from __future__ import annotations

import dataclasses
import http.client
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from slack_sdk import WebClient
from sqlalchemy import Engine

from bot.bootstrap import Wiring, build_wiring
from bot.config import Secret, Settings
from bot.db.models import OutboxState
from bot.domain import MessageState, OutgoingMail
from bot.errors import AlreadyDecided, DatabaseUnavailable, MailInDoubt, ResendTooSoon
from bot.mail.inbox import source_from_url
from bot.mail.inbox.webhook import sign
from bot.services import deciding
from bot.services.outbox import (
    RESEND_GRACE,
    MailSender,
    StuckReply,
    Unsettled,
    deliver_due,
    enqueue,
    report_stuck,
)
from bot.slack_app import build_app
from bot.testing.db_proxy import CuttableProxy
from bot.testing.fake_slack import FakeSlack
from bot.testing.smtp import Recorder, running_smtp
from bot.testing.wsgi_thread import served
from bot.web import web_app
from bot.worker import Worker
from tests.faults.helpers import ONLY_POSTGRES
from tests.mail.inbox.helpers import make_mail
from tests.services.helpers import access_for, carded, reply_for, stored_buyer_message

pytestmark = ONLY_POSTGRES

NOW = datetime(2026, 11, 29, 6, 0, tzinfo=UTC)
CHANNEL = "C0QUEUE"
WEBHOOK_SECRET = "webhook-secret-for-the-outage-test"
AGENT = "U0AGENT"
REPLY = "Hello Jane, your parcel is on its way with UPS. Order 111-2223334-4445556."


@dataclass
class Bot:
    services: Wiring
    proxy: CuttableProxy
    slack: FakeSlack
    client: WebClient


@pytest.fixture
def bot(cut_db, cut_engine: Engine) -> Iterator[Bot]:
    proxy, url = cut_db
    with FakeSlack() as slack:
        settings = Settings(
            database_url=url,
            channel=CHANNEL,
            slack_bot_token=Secret("xoxb-test"),
            slack_signing_secret=Secret("signing-secret"),
            slack_base_url=slack.base_url,
            webhook_secret=Secret(WEBHOOK_SECRET),
        )
        services = build_wiring(settings, engine=cut_engine, clock=lambda: NOW)
        client = WebClient(token="xoxb-test", base_url=slack.base_url, retry_handlers=[])
        try:
            yield Bot(services, proxy, slack, client)
        finally:
            proxy.restore()
            services.close()


@pytest.fixture
def smtp_server() -> Iterator[tuple[int, Recorder]]:
    with running_smtp() as server:
        yield server


def test_the_unit_of_work_says_database_unavailable_and_recovers(bot: Bot) -> None:
    with bot.services.uow_factory() as uow:
        assert uow.messages.get(1) is None  # a pooled connection now exists
    bot.proxy.cut()
    for _ in range(2):  # the pooled connection is dead, then new ones are refused
        with (
            pytest.raises(DatabaseUnavailable, match="the database did not answer"),
            bot.services.uow_factory() as uow,
        ):
            uow.messages.get(1)
    bot.proxy.restore()
    with bot.services.uow_factory() as uow:
        assert uow.messages.get(1) is None


def test_an_outage_longer_than_five_polls_leaves_every_mail_in_the_folder(
    bot: Bot, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n in range(3):
        (inbox / f"{n}.eml").write_bytes(make_mail(n))
    worker = Worker(bot.services, bot.client, poll_inbox=False)
    source = source_from_url(f"dir://{inbox}", on_poison=worker.record_unreadable)

    bot.proxy.cut()
    for _ in range(8):  # the five failures that used to set a mail aside, and more
        assert source.poll(worker.store_mail) == 0
    assert sorted(p.name for p in inbox.glob("*.eml")) == ["0.eml", "1.eml", "2.eml"]
    assert not (inbox / "failed").exists()

    bot.proxy.restore()
    assert source.poll(worker.store_mail) == 3
    assert not list(inbox.glob("*.eml")) and not (inbox / "failed").exists()
    with bot.services.uow_factory() as uow:
        rows = uow.messages.open_by_deadline({MessageState.RECEIVED}, limit=10)
        assert len(rows) == 3
        assert all(not row.problems for row in rows)  # stored normally, not as unreadable


def _post_mail(port: int, body: bytes) -> tuple[int, dict[str, str], str]:
    ts = int(time.time())
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request(
            "POST",
            "/inbound/mail",
            body=body,
            headers={
                "Content-Type": "message/rfc822",
                "X-Wismo-Timestamp": str(ts),
                "X-Wismo-Signature": sign(WEBHOOK_SECRET, body, ts),
            },
        )
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode()
    finally:
        conn.close()


def test_the_webhook_answers_503_with_retry_after_while_the_database_is_down(bot: Bot) -> None:
    app = build_app(bot.services, client=bot.client, live=bot.client, token_verification=False)
    try:
        with served(web_app(bot.services, app), threads=4) as port:
            mail = make_mail(42)
            bot.proxy.cut()
            status, headers, text = _post_mail(port, mail)
            assert status == 503, text
            assert headers.get("Retry-After") == "30"
            assert "retry" in text

            bot.proxy.restore()  # the gateway retries, signing afresh: stored once
            status, _, text = _post_mail(port, mail)
            assert status == 204, text
    finally:
        app.listener_runner.listener_executor.shutdown(wait=True)
    with bot.services.uow_factory() as uow:
        assert len(uow.messages.open_by_deadline({MessageState.RECEIVED}, limit=10)) == 1


class CutAfterSending:
    """The mail server takes the reply, then the database goes away before it is recorded."""

    def __init__(self, inner: MailSender, proxy: CuttableProxy) -> None:
        self.inner, self.proxy = inner, proxy

    def send(self, mail: OutgoingMail) -> None:
        self.inner.send(mail)
        self.proxy.cut()


def _queued_reply(services: Wiring) -> int:
    pk = stored_buyer_message(services.uow_factory)
    carded(services.uow_factory, pk)
    with services.uow_factory() as uow:
        enqueue(uow, pk, reply_for(pk), NOW)
        uow.commit()
    return pk


def test_a_reply_sent_just_before_an_outage_is_recorded_after_it_never_resent(
    bot: Bot, smtp_server: tuple[int, Recorder]
) -> None:
    from bot.mail.smtp import SmtpSender

    port, recorder = smtp_server
    smtp = SmtpSender(f"smtp://127.0.0.1:{port}", mail_from="support@shop.example")
    pk = _queued_reply(bot.services)
    unsettled = Unsettled()
    factory = bot.services.uow_factory

    with pytest.raises(DatabaseUnavailable):
        deliver_due(factory, CutAfterSending(smtp, bot.proxy), now=NOW, unsettled=unsettled)
    assert len(recorder.received) == 1 and len(unsettled) == 1
    # Longer than the send timeout: still not "stuck", because this worker knows.
    later = NOW + timedelta(minutes=30)
    with pytest.raises(DatabaseUnavailable):
        deliver_due(factory, smtp, now=later, unsettled=unsettled)

    bot.proxy.restore()
    deliver_due(factory, smtp, now=later, unsettled=unsettled)
    deliver_due(factory, smtp, now=later + timedelta(minutes=5), unsettled=unsettled)
    assert len(recorder.received) == 1  # sent exactly once
    with factory() as uow:
        row = uow.outbox.for_message(pk)
        assert row is not None and row.state is OutboxState.SENT
        message = uow.messages.get(pk)
        assert message is not None and message.state is MessageState.ANSWERED


def test_an_outage_before_the_claim_delays_the_reply_and_sends_it_once(
    bot: Bot, smtp_server: tuple[int, Recorder]
) -> None:
    from bot.mail.smtp import SmtpSender

    port, recorder = smtp_server
    smtp = SmtpSender(f"smtp://127.0.0.1:{port}", mail_from="support@shop.example")
    pk = _queued_reply(bot.services)
    unsettled = Unsettled()
    factory = bot.services.uow_factory
    bot.proxy.cut()
    for minutes in (0, 11, 30):  # past the send timeout and several back-offs
        with pytest.raises(DatabaseUnavailable):
            deliver_due(factory, smtp, now=NOW + timedelta(minutes=minutes), unsettled=unsettled)
    assert recorder.received == [] and len(unsettled) == 0
    bot.proxy.restore()
    deliver_due(factory, smtp, now=NOW + timedelta(minutes=31), unsettled=unsettled)
    deliver_due(factory, smtp, now=NOW + timedelta(minutes=45), unsettled=unsettled)
    assert len(recorder.received) == 1
    with factory() as uow:
        row = uow.outbox.for_message(pk)
        assert row is not None and row.state is OutboxState.SENT


class InDoubtThenCut:
    """The mail server takes the reply to its end and never confirms it (or the send ends
    in an error that says nothing), and the database goes away at that very moment."""

    def __init__(self, inner: MailSender, proxy: CuttableProxy, error: Exception) -> None:
        self.inner, self.proxy, self.error = inner, proxy, error

    def send(self, mail: OutgoingMail) -> None:
        self.inner.send(mail)  # the buyer may well have it
        self.proxy.cut()
        raise self.error


IN_DOUBT = [
    MailInDoubt("no answer after the end of the message"),
    ConnectionResetError("connection reset by peer"),  # an error nobody foresaw
]


@pytest.mark.parametrize("error", IN_DOUBT, ids=["no_confirmation", "unknown_error"])
def test_a_send_in_doubt_during_an_outage_is_marked_in_doubt_as_soon_as_the_database_is_back(
    bot: Bot, smtp_server: tuple[int, Recorder], error: Exception
) -> None:
    from bot.mail.smtp import SmtpSender

    port, recorder = smtp_server
    smtp = SmtpSender(f"smtp://127.0.0.1:{port}", mail_from="support@shop.example")
    pk = _queued_reply(bot.services)
    factory, unsettled = bot.services.uow_factory, bot.services.unsettled

    with pytest.raises(DatabaseUnavailable):
        deliver_due(factory, InDoubtThenCut(smtp, bot.proxy, error), now=NOW, unsettled=unsettled)
    assert len(recorder.received) == 1 and len(unsettled) == 1

    bot.proxy.restore()
    # The same instant: no send timeout has passed, yet the row is in doubt, with why.
    assert deliver_due(factory, smtp, now=NOW, unsettled=unsettled).sent == 0
    with factory() as uow:
        row = uow.outbox.for_message(pk)
        assert row is not None and row.state is OutboxState.STUCK
        assert str(error) in (row.last_error or "")
        message = uow.messages.get(pk)
        assert message is not None and message.state is not MessageState.ANSWERED
    reported: list[StuckReply] = []
    assert report_stuck(factory, reported.append, now=NOW) == 1 and reported[0].outbox_pk == row.id
    # Never resent by itself, however long the worker keeps delivering.
    for minutes in (1, 30, 240):
        deliver_due(factory, smtp, now=NOW + timedelta(minutes=minutes), unsettled=unsettled)
    assert len(recorder.received) == 1 and len(unsettled) == 0


@pytest.mark.parametrize("outcome", ["sent", "in_doubt"])
def test_a_click_whose_send_ends_in_an_outage_is_recorded_by_the_web_process_itself(
    bot: Bot, smtp_server: tuple[int, Recorder], outcome: str
) -> None:
    from bot.mail.smtp import SmtpSender

    port, recorder = smtp_server
    smtp = SmtpSender(f"smtp://127.0.0.1:{port}", mail_from="support@shop.example")
    mailer: MailSender = (
        CutAfterSending(smtp, bot.proxy)
        if outcome == "sent"
        else InDoubtThenCut(smtp, bot.proxy, IN_DOUBT[0])
    )
    serve = dataclasses.replace(bot.services, mailer=mailer)  # ``wismo serve``: no worker
    pk = stored_buyer_message(serve.uow_factory)
    carded(serve.uow_factory, pk)

    result = deciding.submit_edit(
        serve, pk, REPLY, access=access_for((AGENT,)), actor=AGENT, now=NOW
    )
    assert "database went away while the reply was being sent" in result.notice
    assert len(recorder.received) == 1

    bot.proxy.restore()

    def recorded() -> bool:
        with serve.uow_factory() as uow:
            row = uow.outbox.for_message(pk)
            return row is not None and row.state is not OutboxState.SENDING

    deadline = time.monotonic() + 20
    while not recorded() and time.monotonic() < deadline:
        time.sleep(0.2)
    with serve.uow_factory() as uow:
        row = uow.outbox.for_message(pk)
        message = uow.messages.get(pk)
    assert row is not None and message is not None
    if outcome == "sent":
        assert row.state is OutboxState.SENT and message.state is MessageState.ANSWERED
    else:
        assert row.state is OutboxState.STUCK and message.state is MessageState.SENDING
        card = deciding.current(serve, pk)
        assert card.send_in_doubt  # the card offers "I checked: it was sent" / "Send again"
    assert len(serve.unsettled) == 0
    # The worker (another process, its own memory) delivers later: nothing goes twice.
    worker = Unsettled()
    deliver_due(serve.uow_factory, smtp, now=NOW + timedelta(hours=1), unsettled=worker)
    assert len(recorder.received) == 1


def test_send_again_in_the_gap_before_a_late_sent_is_recorded_mails_the_buyer_once(
    bot: Bot, smtp_server: tuple[int, Recorder]
) -> None:
    # The web process sends a click's reply and the database goes away before it records
    # "sent".  When it is back, a worker (another process, its own memory) flags the reply
    # in doubt, its lease long gone, before the web process's next retry (every 5 s)
    # records it; an agent presses "Send again" in that gap.
    from bot.mail.smtp import SmtpSender

    port, recorder = smtp_server
    smtp = SmtpSender(f"smtp://127.0.0.1:{port}", mail_from="support@shop.example")
    serve = dataclasses.replace(bot.services, mailer=CutAfterSending(smtp, bot.proxy))
    pk = stored_buyer_message(serve.uow_factory)
    carded(serve.uow_factory, pk)
    result = deciding.submit_edit(
        serve, pk, REPLY, access=access_for((AGENT,)), actor=AGENT, now=NOW
    )
    assert "database went away while the reply was being sent" in result.notice
    assert len(recorder.received) == 1 and len(serve.unsettled) == 1

    bot.proxy.restore()
    later = NOW + timedelta(minutes=30)
    assert deliver_due(serve.uow_factory, smtp, now=later, unsettled=Unsettled()).stuck == 1
    assert deciding.current(serve, pk).send_in_doubt and len(serve.unsettled) == 1  # the gap
    clicks = dataclasses.replace(serve, mailer=smtp)
    agent = access_for((AGENT,))
    with pytest.raises(ResendTooSoon):
        deciding.resolve_in_doubt(clicks, pk, was_sent=False, access=agent, actor=AGENT, now=later)
    assert len(recorder.received) == 1

    def recorded() -> bool:
        with serve.uow_factory() as uow:
            row = uow.outbox.for_message(pk)
            return row is not None and row.state is OutboxState.SENT

    deadline = time.monotonic() + 20
    while not recorded() and time.monotonic() < deadline:
        time.sleep(0.2)
    card = deciding.current(serve, pk)
    assert card.state is MessageState.ANSWERED and not card.send_in_doubt
    # The agent presses again once the grace is over: nothing is in doubt any more.
    with pytest.raises(AlreadyDecided):
        deciding.resolve_in_doubt(
            clicks, pk, was_sent=False, access=agent, actor=AGENT, now=later + RESEND_GRACE
        )
    deliver_due(serve.uow_factory, smtp, now=later + timedelta(hours=1), unsettled=Unsettled())
    assert len(recorder.received) == 1  # the buyer got exactly one reply
