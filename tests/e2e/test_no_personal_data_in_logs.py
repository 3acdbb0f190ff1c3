"""No buyer personal data in any log line, at any level, on the whole flow and its failures.

Mail arrives through the signed webhook, is drafted, posted as a card and approved; the
reply goes out over real SMTP.  Then the failure paths: the SMTP server refuses the
relay alias, the database refuses the insert, and a mail the parser cannot read.  Logging
runs at DEBUG through the deployment's own set-up (``bot.logs``), in text and in JSON,
and every line is searched for the buyer's name, alias, message text and address, with
whatever reached stdout and stderr outside logging.  The sandbox orders carry the mails'
aliases as their buyer e-mail, so the sender check verifies the buyer and the card offers
Approve: the send path really runs.
Records of our own code are also searched before the filter sees them: what we log is
fixed at the source, the filter is for what libraries log.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import text

from bot import logs
from bot.demo_data import Manifest
from bot.domain import MessageState
from bot.slack.ids import ActionId
from bot.testing.slack_requests import block_action
from tests.e2e.slack_harness import AGENT, CHANNEL, Bot, raw_mail, wait_until

NAME = "Zephyrine"  # replaces the demo buyer's first name in the mail
FULL_NAME = f"{NAME} Vantongeren"  # the order's buyer and recipient in SP-API
ALIAS = "zq7kx9qbuyer"
REFUSED_ALIAS = "rejectzq7kx9"  # the test SMTP server refuses recipients starting "reject"
ORDER = "113-4021576-1000001"  # the first demo mail's order
REFUSED_ORDER = "113-4021576-1000091"  # the same order again, bought by REFUSED_ALIAS
STREET, CITY = "17 Quarry Lane", "Wrenfield"
PHONE = "+1 503 555 0172"
TEXT = (
    "Hi, the teal lantern I bought for my grandmother Ottilie never came to Quarry Lane. "
    f"Call me on {PHONE}."
)
# Every buyer field the bot sees: the mail's name, alias and text; the order's buyer name,
# buyer e-mail (the alias), delivery address and phone from SP-API; the phone the buyer
# wrote in the message.
NEEDLES = (NAME, "Vantongeren", ALIAS, "zq7kx9", "teal lantern", "grandmother", "Ottilie",
           "Quarry Lane", CITY, "97201", "Cherri", "555 0172", "5550172")  # fmt: skip


@pytest.fixture
def buyer_orders(world, manifest: Manifest) -> None:
    """The sandbox orders behind the test's mails: their buyer e-mail is the mail's alias.

    The sender check compares the relay alias with SP-API's buyer e-mail; only when they
    match does the card offer Approve, and only then does the flow reach SMTP.
    """
    spec = next(s for s in manifest.orders if s["order_id"] == ORDER)
    spec = {**spec, "buyer": FULL_NAME, "city": CITY, "postal_code": "97201"}
    specs = (
        {**spec, "buyer_email": f"{ALIAS}@marketplace.amazon.com"},
        {**spec, "order_id": REFUSED_ORDER,
         "buyer_email": f"{REFUSED_ALIAS}@marketplace.amazon.com"},
    )  # fmt: skip
    for payload in replace(manifest, orders=specs).order_payloads():
        payload["order"]["recipient"]["deliveryAddress"]["addressLine1"] = STREET
        payload["order"]["recipient"]["deliveryAddress"]["phone"] = PHONE
        world.amazon.add_order(payload)


class Captured:
    def __init__(self) -> None:
        self.text = io.StringIO()
        self.json = io.StringIO()
        self.ours: list[str] = []  # our own records, before any filter


class _Raw(logging.Handler):
    def __init__(self, captured: Captured) -> None:
        super().__init__(logging.DEBUG)
        self.captured = captured

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith(("bot", "handlers", "carriers", "compliance")):
            exc = logging.Formatter().formatException(record.exc_info) if record.exc_info else ""
            self.captured.ours.append(f"{record.name} {record.getMessage()} {exc}")


@pytest.fixture
def captured() -> Iterator[Captured]:
    captured = Captured()
    root = logging.getLogger()
    level = root.level
    handlers = [
        _Raw(captured),
        logs.handler("text", captured.text),
        logs.handler("json", captured.json),
    ]
    for handler in handlers:
        root.addHandler(handler)  # the raw one first: the filter redacts records in place
    root.setLevel(logging.DEBUG)
    try:
        yield captured
    finally:
        for handler in handlers:
            root.removeHandler(handler)
        root.setLevel(level)


def buyer_mail(
    manifest, *, alias: str, message_id: str, body: str = TEXT, order: str = ORDER
) -> bytes:
    raw = raw_mail(manifest, body=body, message_id=message_id).decode()
    raw = raw.replace("Cherri", NAME).replace("demo01cherx7q2w9", alias)
    return raw.replace(ORDER, order).encode()


def arrive_and_approve(bot: Bot, raw: bytes) -> int:
    assert bot.deliver_mail(raw).status_code == 204
    bot.draft_and_post()
    with bot.services.uow_factory() as uow:
        pk = max(row.id for row in uow.messages.open_by_deadline({MessageState.CARDED}, limit=50))
    card = bot.card_of(pk)
    actions = [
        element.get("action_id")
        for block in card["blocks"]
        if block.get("type") == "actions"
        for element in block["elements"]
    ]
    assert ActionId.APPROVE in actions, "the sender check refused the buyer: no Approve"
    click = block_action(ActionId.APPROVE, str(pk), user=AGENT, ts=card["ts"], channel=CHANNEL)
    assert bot.sender.interactive(click).status_code == 200
    return pk


def _refuse_inserts(bot: Bot, on: bool) -> None:
    engine = bot.services.engine
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER IF EXISTS refuse_mail"))
            if on:
                conn.execute(text(
                    "CREATE TRIGGER refuse_mail BEFORE INSERT ON messages "
                    "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
                ))  # fmt: skip
        else:
            conn.execute(text("DROP TRIGGER IF EXISTS refuse_mail ON messages"))
            if on:
                conn.execute(text(
                    "CREATE OR REPLACE FUNCTION refuse_mail() RETURNS trigger AS $$ "
                    "BEGIN RAISE EXCEPTION 'refused by the test'; END $$ LANGUAGE plpgsql"
                ))  # fmt: skip
                conn.execute(text(
                    "CREATE TRIGGER refuse_mail BEFORE INSERT ON messages "
                    "FOR EACH ROW EXECUTE FUNCTION refuse_mail()"
                ))  # fmt: skip


def test_the_whole_flow_and_its_failures_log_no_buyer_data(
    bot, manifest, buyer_orders, captured, capfd
):
    # The flow: mail, card, approve, send.
    arrive_and_approve(bot, buyer_mail(manifest, alias=ALIAS, message_id="<pd-1@amazonses.com>"))
    sent = wait_until(bot.mails)
    assert ALIAS in sent[0]["To"]  # the buyer really was used
    assert "Quarry Lane" not in sent[0].get_content()  # the reply is ours, not the buyer's

    # SMTP refuses the alias: the send really is tried and fails for good.
    refused = buyer_mail(
        manifest, alias=REFUSED_ALIAS, message_id="<pd-2@amazonses.com>", order=REFUSED_ORDER
    )
    pk = arrive_and_approve(bot, refused)
    wait_until(lambda: bot.message_state(pk) is MessageState.FAILED, what="a refused send")
    assert len(bot.mails()) == 1

    # The database refuses the insert: the webhook answers 5xx so the sender retries.
    _refuse_inserts(bot, True)
    try:
        blocked = buyer_mail(manifest, alias=ALIAS, message_id="<pd-3@amazonses.com>")
        assert bot.deliver_mail(blocked).status_code >= 500
    finally:
        _refuse_inserts(bot, False)

    # A mail the parser cannot read (multipart without a boundary), NUL in the text too.
    broken = (
        f"From: {NAME} - Amazon Marketplace <{ALIAS}@marketplace.amazon.com>\r\n"
        "To: support@brightwater-home.example\r\nSubject: Order (Order: 113-4021576-1000001)\r\n"
        "Message-ID: <pd-4@amazonses.com>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/alternative\r\n\r\n"
        f"{TEXT}\x00\r\n"
    ).encode()
    assert bot.deliver_mail(broken).status_code == 204
    bot.draft_and_post()

    lines = captured.text.getvalue().splitlines()
    json_lines = captured.json.getvalue().splitlines()
    assert len(lines) > 50 and any(" DEBUG " in line for line in lines)  # really at DEBUG
    # The database's refusal was logged with its traceback: those lines are searched too.
    assert any(line.startswith("Traceback") for line in lines)
    entries = [json.loads(line) for line in json_lines]  # one object a line
    assert any("exception" in entry for entry in entries)
    # Anything written to stdout or stderr past logging (a thread's uncaught exception,
    # a server's own traceback print) counts as a log line too.
    out, err = capfd.readouterr()
    printed = (out + err).splitlines()
    leaks = [line for line in lines + json_lines + printed if any(n in line for n in NEEDLES)]
    assert not leaks, leaks[:5]
    ours = [record for record in captured.ours if any(n in record for n in NEEDLES)]
    assert not ours, ours[:5]
