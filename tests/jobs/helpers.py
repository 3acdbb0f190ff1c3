"""Carded messages for the deadline sweep, on a Saturday, and the pings it posted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from slack_sdk import WebClient

from bot.domain import AuthOutcome, MessageState, SenderCheck
from bot.jobs.sla import SweepConfig
from bot.services.escalations import thresholds_from
from bot.services.ingest import store_inbound
from bot.testing.fake_slack import FakeSlack
from tests.services.helpers import buyer_message

SATURDAY_9 = datetime(2026, 3, 7, 9, 0, tzinfo=UTC)  # a Saturday
CHANNEL = "CQUEUE01"
MANAGERS = ("UMGR0001", "SMGRGRP1")
CONFIG = SweepConfig(
    thresholds=thresholds_from(
        [timedelta(hours=12), timedelta(hours=4), timedelta(hours=1), timedelta(0)]
    ),
    channel=CHANNEL,
    managers=MANAGERS,
)


def add_carded(
    uow_factory,
    client: WebClient | None,
    n: int,
    *,
    received: datetime = SATURDAY_9,
    arrived: datetime | None = None,
) -> int:
    """A buyer message sent at ``received`` whose card is in the channel (when a client).

    A mail ``arrived`` hours after its Date is one our receiving server authenticated as
    Amazon's: only such a mail keeps a Date more than 12 hours before its arrival.
    """
    message = buyer_message(f"<buyer-{n}@marketplace.amazon.com>", sent_at=received)
    result = store_inbound(
        uow_factory,
        b"raw",
        message,
        arrived_at=arrived or received + timedelta(minutes=1),
        sender=SenderCheck(AuthOutcome.PASS) if arrived else None,
    )
    values: dict = {}
    if client is not None:
        posted = client.chat_postMessage(channel=CHANNEL, text=f"card {n}")
        values = {"slack_channel": CHANNEL, "slack_ts": posted["ts"]}
    with uow_factory() as uow:
        assert uow.messages.transition(
            result.message_pk,
            expected={MessageState.RECEIVED},
            new=MessageState.CARDED,
            actor=None,
            now=received,
            **values,
        )
        uow.commit()
    return result.message_pk


def set_state(uow_factory, pk: int, state: MessageState, *, now: datetime) -> None:
    from bot.domain import OPEN_STATES
    from bot.services.claims import claim

    with uow_factory() as uow:
        assert claim(uow, pk, expected=OPEN_STATES, new=state, actor="UAGENT01", now=now)
        uow.commit()


def card_ts(uow_factory, pk: int) -> str:
    with uow_factory() as uow:
        row = uow.messages.get(pk)
        assert row is not None and row.slack_ts
        return row.slack_ts


def pings(slack: FakeSlack, ts: str | None = None) -> list[dict]:
    """Successful pings (thread replies or top-level posts that are not cards)."""
    out = []
    for call in slack.calls_to("chat.postMessage"):
        text = str(call.args.get("text", ""))
        if text.startswith("card "):
            continue
        if ts is None or call.args.get("thread_ts") == ts:
            out.append(call.args)
    return out
