"""Round 8, unclear item L01: our own reply come back into the inbox is a sent copy of
ours, not an "unreadable mail: needs a human" card with a deadline."""

from __future__ import annotations

import pytest

from bot.bootstrap import build_wiring
from bot.config import Secret, Settings
from bot.db.models import OutboxState
from bot.domain import MessageState, SystemKind
from bot.jobs.poster import post_due
from bot.services.ingest import store_inbound
from bot.services.outbox import enqueue
from bot.services.pipeline import store_raw
from bot.slack.client import background_client
from bot.slack.writer import Pacer, SlackWriter
from bot.testing.fake_slack import FakeSlack
from tests.mail.adversaries.helpers import round8
from tests.services.helpers import T0, buyer_message, reply_for

LOOPED = round8("L01_own_reply_looped_back.eml")
OUR_ID = "<179657306315.4497.14818862513611943802.wismo.29@brightwater-home.example>"


@pytest.fixture
def slack():
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def services(engine, db_url, slack):
    settings = Settings(
        slack_bot_token=Secret("xoxb-test"),
        slack_base_url=slack.base_url,
        channel="C0QUEUE",
        database_url=db_url,
        mail_from="Brightwater Support <support@brightwater-home.example>",
    )
    built = build_wiring(settings, engine=engine, clock=lambda: T0)
    yield built
    built.close()


def _sent_reply(services, mail_id: str) -> None:
    pk = store_inbound(services.uow_factory, b"q", buyer_message(), arrived_at=T0).message_pk
    with services.uow_factory() as uow:
        row_id = enqueue(uow, pk, reply_for(pk), T0)
        row = uow.outbox.get(row_id)
        row.mail_message_id, row.sent_at, row.state = mail_id, T0, OutboxState.SENT
        uow.commit()


def test_our_reply_looped_back_is_recorded_as_a_sent_copy_with_no_card(services, slack):
    _sent_reply(services, OUR_ID)
    stored = store_raw(services, LOOPED, arrived_at=T0)

    assert stored.state is MessageState.SYSTEM
    with services.uow_factory() as uow:
        row = uow.messages.get(stored.message_pk)
        assert row is not None and row.system_kind is SystemKind.SENT_COPY
        assert row.next_escalation_at is None
    client = background_client(services.settings, rate_limit_retries=0, server_error_retries=0)
    post_due(services, SlackWriter(client, pacer=Pacer(0.0)), now=T0)
    assert slack.calls_to("chat.postMessage") == []


def test_our_from_on_a_mail_we_never_sent_still_gets_a_card(services):
    stored = store_raw(services, LOOPED, arrived_at=T0)  # no such reply in the outbox
    assert stored.state is MessageState.MALFORMED
