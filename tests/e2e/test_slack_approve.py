"""A buyer message becomes a card; Approve sends exactly one e-mail and updates the card.

Everything over real HTTP: the signed mail webhook and Slack requests to the bot served
by the HTTP front, the bot to the fake Slack Web API, the reply to a real SMTP server.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.domain import MessageState
from bot.testing.slack_requests import block_action
from tests.e2e.slack_harness import (
    AGENT,
    CHANNEL,
    GROUPIE,
    OTHER_AGENT,
    STRANGER,
    Bot,
    raw_mail,
    wait_until,
)


def _card_text(card: dict) -> str:
    import json

    return json.dumps(card["blocks"], ensure_ascii=False)


def arrive(bot: Bot, manifest, **kw) -> int:
    """A relay mail arrives through the webhook; the worker drafts it and posts its card."""
    response = bot.deliver_mail(raw_mail(manifest, **kw))
    assert response.status_code == 204, response.text
    bot.draft_and_post()
    with bot.services.uow_factory() as uow:
        rows = uow.messages.open_by_deadline({MessageState.CARDED}, limit=50)
        return max(row.id for row in rows)


def approve(bot: Bot, pk: int, user: str = AGENT):
    card = bot.card_of(pk)
    return bot.sender.interactive(
        block_action("wismo.approve", str(pk), user=user, ts=card["ts"], channel=CHANNEL)
    )


def test_message_to_card_to_approve_sends_one_mail_and_updates_the_card(bot, manifest):
    pk = arrive(bot, manifest)
    posted = bot.slack.calls_to("chat.postMessage")
    assert len(posted) == 1 and posted[0].args["channel"] == CHANNEL
    card = bot.card_of(pk)
    assert "wismo.approve" in _card_text(card) and "113-4021576-1000001" in _card_text(card)
    assert bot.message_state(pk) is MessageState.CARDED

    response = approve(bot, pk)
    assert response.status_code == 200

    update = bot.slack.wait_for("chat.update")[0]
    assert update.args["ts"] == card["ts"]
    text = _card_text(bot.card_of(pk))
    assert "Sent" in text and f"<@{AGENT}>" in text and "wismo.approve" not in text
    mails = wait_until(bot.mails)
    assert len(mails) == 1
    mail = mails[0]
    assert mail["To"].endswith("@marketplace.amazon.com")
    assert mail["Subject"].startswith("Re: ")
    assert mail["In-Reply-To"] == "<demo-01.7000000001@email.amazonses.com>"
    assert "113-4021576-1000001" in mail.get_content()
    assert bot.message_state(pk) is MessageState.ANSWERED


def test_ten_concurrent_approvals_send_exactly_one_mail(bot, manifest):
    pk = arrive(bot, manifest)
    users = [AGENT, OTHER_AGENT] * 5
    with ThreadPoolExecutor(10) as pool:
        statuses = list(pool.map(lambda u: approve(bot, pk, u).status_code, users))
    assert statuses == [200] * 10
    losers = bot.slack.wait_for("chat.postEphemeral", 9)
    assert len(losers) == 9
    assert all("Already handled by" in c.args["text"] for c in losers)
    wait_until(lambda: bot.message_state(pk) is MessageState.ANSWERED)
    bot.slack.wait_for("chat.update")
    assert len(bot.mails()) == 1
    assert len(bot.slack.calls_to("chat.update")) == 1
    with bot.services.uow_factory() as uow:
        decisions = uow.decisions.for_message(pk)
    assert [d.kind.value for d in decisions] == ["approve"]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_member_of_the_agents_user_group_may_decide(bot, manifest):
    pk = arrive(bot, manifest)
    assert approve(bot, pk, GROUPIE).status_code == 200
    wait_until(lambda: bot.message_state(pk) is MessageState.ANSWERED)
    assert bot.slack.calls_to("usergroups.users.list")


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_someone_who_is_not_an_agent_cannot_decide(bot, manifest, caplog):
    pk = arrive(bot, manifest)
    caplog.set_level("INFO", logger="wismo.audit")
    assert approve(bot, pk, STRANGER).status_code == 200
    refusal = bot.slack.wait_for("chat.postEphemeral")[0]
    assert refusal.args["user"] == STRANGER and "WISMO_AGENTS" in refusal.args["text"]
    audit = [r.getMessage() for r in caplog.records if r.name == "wismo.audit"]
    assert audit == [f"refused: {STRANGER} is not an agent (tried approve on message {pk})"]
    assert bot.message_state(pk) is MessageState.CARDED
    assert bot.mails() == [] and bot.slack.calls_to("chat.update") == []


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_buyer_text_that_tries_to_ping_or_fake_a_link_is_shown_inert(bot, manifest):
    body = "Hello <!channel> see <https://evil.example|amazon.com> and <@U0BOSS> now"
    pk = arrive(bot, manifest, body=body, message_id="<inert-1@email.amazonses.com>")
    text = _card_text(bot.card_of(pk))
    assert "<!channel>" not in text and "<https://evil" not in text and "<@U0BOSS>" not in text
    assert "&lt;!channel&gt;" in text and "&lt;https://evil.example|amazon.com&gt;" in text
