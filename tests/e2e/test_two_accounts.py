"""Two seller accounts in one deployment, configured by an accounts file.

Two inbox folders, two queue channels in the fake Slack, one real SMTP server: the From
address of each reply says which account sent it.  Clicks, slash commands and App Home
go over really signed HTTP to the bot served by the HTTP front.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from bot.bootstrap import build_wiring
from bot.config import Settings
from bot.domain import MessageState
from bot.testing.slack_requests import block_action
from bot.worker import Worker
from tests.e2e.slack_harness import SECRET, Bot, serving, wait_until

US_CHANNEL, EU_CHANNEL = "C0USQUEUE", "C0EUQUEUE"
US_AGENT, EU_AGENT, EU_BOSS = "U0USAGENT", "U0EUAGENT", "U0EUBOSS"
US_FROM = "Brightwater US <us@brightwater-home.example>"
EU_FROM = "Brightwater Europe <eu@brightwater-europe.example>"


def accounts_toml(tmp_path: Path, smtp_port: int, world) -> Path:
    """The accounts file: the EU account gives its secrets as ``*_file`` paths."""
    spapi = world.amazon
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    (secrets / "eu_smtp").write_text(f"smtp://127.0.0.1:{smtp_port}\n")
    (secrets / "eu_token").write_text(spapi.refresh_token + "\n")
    (secrets / "eu_client_secret").write_text(spapi.client_secret)
    for name in ("us", "eu"):
        (tmp_path / f"inbox-{name}").mkdir()
    path = tmp_path / "accounts.toml"
    path.write_text(
        f"""
[[accounts]]
id = "us"
seller_name = "Brightwater Home"
channel = "{US_CHANNEL}"
agents = ["{US_AGENT}"]
mail_from = "{US_FROM}"
smtp_url = "smtp://127.0.0.1:{smtp_port}"
inboxes = ["dir://{tmp_path}/inbox-us"]
marketplaces = ["US", "CA"]
spapi_region = "na"
spapi_client_id = "{spapi.client_id}"
spapi_client_secret = "{spapi.client_secret}"
spapi_refresh_token = "{spapi.refresh_token}"

[[accounts]]
id = "eu"
seller_name = "Brightwater Europe"
channel = "{EU_CHANNEL}"
agents = ["{EU_AGENT}"]
managers = ["{EU_BOSS}"]
mail_from = "{EU_FROM}"
smtp_url_file = "{secrets}/eu_smtp"
inboxes = ["dir://{tmp_path}/inbox-eu"]
marketplaces = ["DE", "FR", "UK"]
spapi_region = "eu"
spapi_client_id = "{spapi.client_id}"
spapi_client_secret_file = "{secrets}/eu_client_secret"
spapi_refresh_token_file = "{secrets}/eu_token"
"""
    )
    return path


@contextmanager
def two_account_bot(world, engine, slack, smtp, tmp_path: Path) -> Iterator[Bot]:
    port, recorder = smtp
    env = {
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_BASE_URL": slack.base_url,
        "WISMO_ACCOUNTS_FILE": str(accounts_toml(tmp_path, port, world)),
        "SPAPI_BASE_URL": world.amazon.base_url,
        "LWA_TOKEN_URL": world.amazon.token_url,
        **world.carriers.env(),
    }
    settings = Settings.from_env(env)
    services = build_wiring(settings, clock=world.clock, engine=engine)
    with serving(services, slack, recorder, threads=8) as bot:
        yield bot


@pytest.fixture
def bot(world, engine, slack, smtp, tmp_path) -> Iterator[Bot]:
    with two_account_bot(world, engine, slack, smtp, tmp_path) as running:
        yield running


@pytest.fixture
def worker(bot) -> Worker:
    return Worker(bot.services, bot.bg_client(), poll_inbox=False)


def receive(worker: Worker, tmp_path: Path, manifest) -> dict[str, int]:
    """The US mail lands in the US inbox, the German one in the EU inbox; the worker
    reads both folders, drafts, and posts the cards.  The message pk of each account."""
    us_mail, de_mail = manifest.mails[0], manifest.mails[1]
    (tmp_path / "inbox-us" / "us.eml").write_bytes(us_mail.raw)
    (tmp_path / "inbox-eu" / "de.eml").write_bytes(de_mail.raw)
    for account, source in worker.open_inboxes():
        assert source.poll(lambda mail, account=account: worker.store_mail(mail, account)) == 1
    worker.draft()
    worker.post()
    with worker.services.uow_factory() as uow:
        rows = uow.messages.open_by_deadline({MessageState.CARDED}, limit=10)
        return {row.account: row.id for row in rows}


def click(bot: Bot, action: str, pk: int, user: str, trigger: str = "t-1") -> httpx.Response:
    with bot.services.uow_factory() as uow:
        row = uow.messages.get(pk)
        assert row is not None and row.slack_channel and row.slack_ts
        channel, ts = row.slack_channel, row.slack_ts
    payload = block_action(action, str(pk), user=user, ts=ts, channel=channel, trigger_id=trigger)
    return bot.sender.interactive(payload)


def order_of(bot: Bot, pk: int) -> str:
    with bot.services.uow_factory() as uow:
        row = uow.messages.get(pk)
        assert row is not None and row.order_id
        return row.order_id


def test_mail_to_each_inbox_is_carded_in_its_channel_and_answered_from_its_address(
    bot, worker, tmp_path, manifest
):
    pks = receive(worker, tmp_path, manifest)
    assert set(pks) == {"us", "eu"}
    posted = {c.args["channel"] for c in bot.slack.calls_to("chat.postMessage")}
    assert posted == {US_CHANNEL, EU_CHANNEL}
    with bot.services.uow_factory() as uow:
        eu, us = uow.messages.get(pks["eu"]), uow.messages.get(pks["us"])
        assert eu is not None and us is not None
        assert (eu.slack_channel, us.slack_channel) == (EU_CHANNEL, US_CHANNEL)
        # The German mail is signed by the EU seller, not by the US one.
        eu_draft = uow.drafts.latest(eu.id)
        assert eu_draft is not None and "Brightwater Europe" in eu_draft.text

    assert click(bot, "wismo.approve", pks["eu"], EU_AGENT).status_code == 200
    mails = wait_until(bot.mails, what="the EU reply")
    assert [m["From"] for m in mails] == [EU_FROM]
    wait_until(lambda: bot.message_state(pks["eu"]) is MessageState.ANSWERED, what="answered")

    assert click(bot, "wismo.approve", pks["us"], US_AGENT).status_code == 200
    wait_until(lambda: len(bot.mails()) == 2, what="the US reply")
    assert [m["From"] for m in bot.mails()] == [EU_FROM, US_FROM]
    with bot.services.uow_factory() as uow:
        for account, pk in pks.items():
            outbox = uow.outbox.for_message(pk)
            assert outbox is not None and outbox.account == account
            assert {d.account for d in uow.decisions.for_message(pk)} == {account}


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_an_agent_of_one_account_is_refused_on_every_surface_of_the_other(
    bot, worker, tmp_path, manifest, caplog
):
    pks = receive(worker, tmp_path, manifest)
    eu_pk, eu_order, us_order = pks["eu"], order_of(bot, pks["eu"]), order_of(bot, pks["us"])
    caplog.set_level("INFO", logger="wismo.audit")

    # Buttons on the EU card: Approve, Edit, Reject.
    for n, action in enumerate(("wismo.approve", "wismo.edit", "wismo.reject")):
        assert click(bot, action, eu_pk, US_AGENT, trigger=f"t-{n}").status_code == 200
    (refusal,) = bot.slack.wait_for("chat.postEphemeral")
    assert refusal.args["user"] == US_AGENT and "WISMO_AGENTS" in refusal.args["text"]
    # Edit and Reject open a modal at once (Slack's trigger expires); it turns into the
    # refusal, with no input and nothing of the buyer's message.
    modals = [c.args["view"] for c in bot.slack.wait_for("views.update", count=2)]
    for modal in modals:
        text = json.dumps(modal)
        assert "WISMO_AGENTS" in text and '"input"' not in text
        assert eu_order not in text
    audit = [r.getMessage() for r in caplog.records if r.name == "wismo.audit"]
    # The three clicks' listeners run side by side after their acks: any order.
    assert sorted(audit) == sorted(
        f"refused: {US_AGENT} is not an agent (tried {what} on message {eu_pk})"
        for what in ("approve", "edit", "reject")
    )
    assert bot.message_state(eu_pk) is MessageState.CARDED and bot.mails() == []

    # /wismo queue: the US agent's queue holds the US order only.
    url = bot.slack.response_url("q")
    bot.sender.command("/wismo", "queue", user=US_AGENT, response_url=url)
    queue = wait_until(lambda: list(bot.slack.responses), what="/wismo queue")[0]
    bot.slack.responses.clear()
    blocks = json.dumps(queue["blocks"])
    assert "1 open" in queue["text"] and us_order in blocks and eu_order not in blocks

    # /order of the EU order: nothing about it, not even Amazon's status.
    url = bot.slack.response_url("o")
    bot.sender.command("/order", eu_order, user=US_AGENT, response_url=url)
    answer = json.dumps(wait_until(lambda: list(bot.slack.responses), what="/order")[0])
    assert "seller account you are not a viewer of" in answer
    assert "waiting for a decision" not in answer and "Shipped" not in answer

    # App Home: the US queue only.
    event = {"type": "app_home_opened", "user": US_AGENT, "channel": "D0HOME", "tab": "home"}
    assert bot.sender.event(event, event_id="Ev-us").status_code == 200
    bot.slack.wait_for("views.publish")
    home = json.dumps(bot.slack.views[f"HOME-{US_AGENT}"]["blocks"])
    assert us_order in home and eu_order not in home

    # The EU agent may do what the US agent may not.
    assert click(bot, "wismo.approve", eu_pk, EU_AGENT).status_code == 200
    wait_until(lambda: bot.message_state(eu_pk) is MessageState.ANSWERED, what="EU approval")


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_daily_summary_is_one_per_account_in_its_own_channel(bot, worker, tmp_path, manifest):
    pks = receive(worker, tmp_path, manifest)
    assert click(bot, "wismo.approve", pks["eu"], EU_AGENT).status_code == 200
    wait_until(lambda: bot.message_state(pks["eu"]) is MessageState.ANSWERED, what="sent")

    worker.summary()
    worker.summary()  # a second run the same day queues nothing more
    worker.post()
    summaries = {
        c.args["channel"]: c.args["text"]
        for c in bot.slack.calls_to("chat.postMessage")
        if "last 7 days" in c.args["text"]
    }
    assert set(summaries) == {US_CHANNEL, EU_CHANNEL}
    eu, us = summaries[EU_CHANNEL], summaries[US_CHANNEL]
    assert eu.startswith("Brightwater Europe:") and "answered within 24 h 1 of 1" in eu
    assert us.startswith("Brightwater Home:") and "no message answered" in us
    posts = bot.slack.calls_to("chat.postMessage")
    assert len([c for c in posts if "last 7 days" in c.args["text"]]) == 2
