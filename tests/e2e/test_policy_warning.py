"""Amazon's policy warning reaches the managers at once, with our reply concerned."""

from __future__ import annotations

import json
from email.utils import format_datetime

import pytest

from bot.domain import MessageState
from bot.jobs.poster import post_due
from bot.slack.writer import Pacer, SlackWriter
from tests.e2e.slack_harness import running_bot, wait_until
from tests.e2e.test_slack_approve import approve, arrive

MANAGER = "U0MANAGER"


@pytest.fixture
def bot(world, engine, slack, smtp):
    with running_bot(world, engine, slack, smtp, managers=(MANAGER,)) as running:
        yield running


def warning_mail(order_id: str, sent) -> bytes:
    return (
        'From: "Seller Performance" <seller-performance@amazon.com>\r\n'
        "To: support@brightwater-home.example\r\n"
        "Subject: Policy Warning: Buyer-Seller Messaging\r\n"
        f"Date: {format_datetime(sent)}\r\n"
        "Message-ID: <pw-e2e-1@amazon.com>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        f"A message you sent to a buyer about order {order_id} violates our Communication\r\n"
        "Guidelines.\r\n"
    ).encode()


def test_a_policy_warning_pings_the_managers_with_the_reply_concerned(bot, manifest):
    pk = arrive(bot, manifest)
    assert approve(bot, pk).status_code == 200
    wait_until(lambda: bot.message_state(pk) is MessageState.ANSWERED, what="answered")
    [sent] = bot.mails()
    with bot.services.uow_factory() as uow:
        row = uow.messages.get(pk)
        assert row is not None and row.order_id
        order_id = row.order_id
    now = bot.services.clock()

    assert bot.deliver_mail(warning_mail(order_id, now.replace(microsecond=0))).status_code == 204
    post_due(bot.services, SlackWriter(bot.bg_client(), pacer=Pacer(0.0)), now=now)

    alerts = [
        c.args["text"]
        for c in bot.slack.calls_to("chat.postMessage")
        if "Amazon policy warning" in str(c.args.get("text"))
    ]
    assert len(alerts) == 1
    assert f"<@{MANAGER}>" in alerts[0] and order_id in alerts[0]
    first_line = sent.get_content().strip().splitlines()[0]
    assert first_line[:40] in alerts[0]


TRUSTED = "mx.brightwater-home.example"


@pytest.fixture
def checked_bot(world, engine, slack, smtp):
    with running_bot(
        world, engine, slack, smtp, managers=(MANAGER,), authserv_ids=(TRUSTED,)
    ) as running:
        yield running


def _alerts(bot) -> list[str]:
    return [
        json.dumps(c.args, ensure_ascii=False)
        for c in bot.slack.calls_to("chat.postMessage")
        if "Amazon policy warning" in json.dumps(c.args, ensure_ascii=False)
    ]


def _mentions_the_manager(bot) -> bool:
    return any(
        f"<@{MANAGER}>" in json.dumps(c.args) for c in bot.slack.calls_to("chat.postMessage")
    )


@pytest.mark.parametrize(
    "verdict",
    [
        "",  # nobody vouches for it: anybody can write From: ...@amazon.com
        f"Authentication-Results: {TRUSTED};\r\n\tspf=fail smtp.mailfrom=x@evil.example;\r\n"
        "\tdmarc=fail (p=reject) header.from=amazon.com\r\n",
    ],
    ids=["no_verdict", "dmarc_fail"],
)
def test_an_unverified_policy_warning_alerts_nobody_and_is_shown_as_unverified(
    checked_bot, verdict
):
    bot = checked_bot
    now = bot.services.clock().replace(microsecond=0)
    raw = verdict.encode() + warning_mail("113-4021576-1000001", now)
    assert bot.deliver_mail(raw).status_code == 204
    post_due(bot.services, SlackWriter(bot.bg_client(), pacer=Pacer(0.0)), now=now)

    assert _alerts(bot) == [] and not _mentions_the_manager(bot)
    with bot.services.uow_factory() as uow:
        [row] = [r for r in uow.messages.by_order("113-4021576-1000001")]
        assert row.state is MessageState.SYSTEM and row.sender_verified is False
        pk = row.id
    bot.draft_and_post()
    shown = json.dumps(bot.card_of(pk)["blocks"], ensure_ascii=False)
    assert "Notice not verified" in shown and "managers were not alerted" in shown


def test_a_policy_warning_the_trusted_server_authenticated_still_alerts_the_managers(
    checked_bot,
):
    bot = checked_bot
    now = bot.services.clock().replace(microsecond=0)
    verdict = (
        f"Authentication-Results: {TRUSTED};\r\n\tdkim=pass header.d=amazon.com;\r\n"
        "\tdmarc=pass (p=quarantine) header.from=amazon.com\r\n"
    )
    raw = verdict.encode() + warning_mail("113-4021576-1000001", now)
    assert bot.deliver_mail(raw).status_code == 204
    post_due(bot.services, SlackWriter(bot.bg_client(), pacer=Pacer(0.0)), now=now)
    [alert] = _alerts(bot)
    assert f"<@{MANAGER}>" in alert
