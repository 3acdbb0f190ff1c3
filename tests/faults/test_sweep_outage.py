"""The database lost in the middle of a worker's sweep: every due ping still fires, once.

The sweep commits its claims, then posts them one by one.  Here PostgreSQL goes away
(the proxy resets every connection) right after Slack took the first ping: the sweep can
neither record that post nor post the others.  Once the database is back, the worker's
next sweep must record the first (found in Slack, not posted again) and post the others:
they are its own claims, whose posts it knows are over, so it does not wait the
``retry_after`` meant for another worker's claims (on the field trial's 720x clock, a
simulated day).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import pytest
from slack_sdk import WebClient
from sqlalchemy import Engine

from bot.bootstrap import Wiring, build_wiring
from bot.config import Secret, Settings
from bot.db.models import EscalationRow
from bot.testing.db_proxy import CuttableProxy
from bot.testing.fake_slack import FakeSlack
from bot.worker import Worker
from tests.faults.helpers import ONLY_POSTGRES
from tests.jobs.helpers import CHANNEL, MANAGERS, SATURDAY_9, add_carded, card_ts, pings

pytestmark = ONLY_POSTGRES

DUE_12H = SATURDAY_9 + timedelta(hours=12)


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


class CutAfterFirstPing(WebClient):
    """Slack takes the ping; at that moment the database goes away (once)."""

    def __init__(self, proxy: CuttableProxy, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.db_proxy = proxy
        self.armed = False

    def chat_postMessage(self, **kwargs: Any) -> Any:
        answer = super().chat_postMessage(**kwargs)
        if self.armed and "metadata" in kwargs:  # a deadline ping, not a card
            self.armed = False
            self.db_proxy.cut()
        return answer


@dataclass
class Swept:
    services: Wiring
    worker: Worker
    client: CutAfterFirstPing
    proxy: CuttableProxy
    clock: Clock
    slack: FakeSlack


@pytest.fixture(params=[1.0, 720.0], ids=["wall-clock", "trial-clock-720x"])
def swept(request, cut_db, cut_engine: Engine) -> Iterator[Swept]:
    proxy, url = cut_db
    clock = Clock(DUE_12H)
    with FakeSlack() as slack:
        settings = Settings(
            database_url=url,
            channel=CHANNEL,
            managers=MANAGERS,
            slack_bot_token=Secret("xoxb-test"),
            slack_base_url=slack.base_url,
            post_interval_seconds=0.0,
            clock_speed=request.param,
        )
        services = build_wiring(settings, engine=cut_engine, clock=clock)
        client = CutAfterFirstPing(
            proxy, token="xoxb-test", base_url=slack.base_url, retry_handlers=[], timeout=5
        )
        try:
            yield Swept(services, Worker(services, client, poll_inbox=False), client, proxy,
                        clock, slack)  # fmt: skip
        finally:
            proxy.restore()
            services.close()


def _rows(services: Wiring) -> list[EscalationRow]:
    with services.uow_factory() as uow:
        return uow.session.query(EscalationRow).order_by(EscalationRow.message_pk).all()


def test_a_database_outage_mid_sweep_delays_the_pings_to_the_next_sweep_and_loses_none(
    swept: Swept,
) -> None:
    uow_factory = swept.services.uow_factory
    cards = [card_ts(uow_factory, add_carded(uow_factory, swept.client, n)) for n in range(3)]
    swept.client.armed = True

    swept.worker.jobs["sla_sweep"]()  # three claimed; the first posted, then the outage
    assert swept.proxy.is_cut
    assert [len(pings(swept.slack, ts)) for ts in cards] == [1, 0, 0]

    swept.proxy.restore()
    swept.clock.at += timedelta(minutes=1)  # the next sweep, as soon as a minute later
    swept.worker.jobs["sla_sweep"]()
    assert [len(pings(swept.slack, ts)) for ts in cards] == [1, 1, 1]
    rows = _rows(swept.services)
    assert [(r.threshold, r.posted_at is not None) for r in rows] == [("12h", True)] * 3

    # Later sweeps post nothing again.
    swept.clock.at += timedelta(minutes=5)
    swept.worker.jobs["sla_sweep"]()
    assert [len(pings(swept.slack, ts)) for ts in cards] == [1, 1, 1]
