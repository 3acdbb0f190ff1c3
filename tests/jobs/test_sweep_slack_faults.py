"""Slack failing at the moment a deadline ping is due: the worker's next sweep posts it, once.

A claim whose post failed waits ``retry_after`` before *another* worker may retry it (the
first might still be posting).  The worker that failed knows its own post is over, so its
own next sweep retries at once: on a trial clock ``retry_after`` is two real minutes,
which is a simulated day at 720x, and the ping used to miss its whole window
(``tests/trial``: "every expected escalation ping").
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from bot.bootstrap import build_wiring
from bot.config import Secret, Settings
from bot.worker import Worker
from tests.jobs.helpers import CHANNEL, MANAGERS, SATURDAY_9, add_carded, card_ts, pings

H = timedelta(hours=1)
DUE_12H = SATURDAY_9 + 12 * H  # the 12 h note of a message received at SATURDAY_9


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


# The worker's sweep interval on each clock: a minute in production, and 1.5 real seconds
# on the field trial's 720x clock (18 simulated minutes).
SPEEDS = pytest.mark.parametrize(
    ("speed", "interval"),
    [(1.0, timedelta(minutes=1)), (720.0, timedelta(minutes=18))],
    ids=["wall-clock", "trial-clock-720x"],
)


@pytest.fixture
def worker_at(db_url, engine, slack, client):
    """``worker_at(speed)``: a worker on a clock the test moves, and that clock."""
    built = []

    def make(speed: float) -> tuple[Worker, Clock]:
        clock = Clock(DUE_12H)
        settings = Settings(
            database_url=db_url,
            channel=CHANNEL,
            managers=MANAGERS,
            slack_bot_token=Secret("xoxb-test"),
            slack_base_url=slack.base_url,
            post_interval_seconds=0.0,
        )
        settings = replace(settings, clock_speed=speed)
        services = build_wiring(settings, engine=engine, clock=clock)
        built.append(services)
        return Worker(services, client, poll_inbox=False), clock

    yield make
    for services in built:
        services.close()


def _labels(slack, ts: str) -> Counter[str]:
    """How often each threshold pinged in the card's thread."""
    out: Counter[str] = Counter()
    for args in pings(slack, ts):
        text = args["text"]
        label = (
            "0h" if "Deadline missed" in text
            else "1h" if "<@UMGR0001>" in text
            else "4h" if "<!here>" in text
            else "12h"
        )  # fmt: skip
        out[label] += 1
    return out


def _carded(worker: Worker, client, n: int) -> list[str]:
    """``n`` carded messages received at SATURDAY_9; their cards' ts."""
    uow_factory = worker.services.uow_factory
    return [card_ts(uow_factory, add_carded(uow_factory, client, i)) for i in range(n)]


def _sweep_until(worker: Worker, clock: Clock, end: datetime, interval: timedelta) -> None:
    while clock.at <= end:
        worker.jobs["sla_sweep"]()
        clock.at += interval


@SPEEDS
@pytest.mark.parametrize("status", [500, 503])
def test_a_ping_slack_failed_is_posted_by_the_workers_next_sweep(
    worker_at, client, slack, speed, interval, status
):
    worker, clock = worker_at(speed)
    pk = add_carded(worker.services.uow_factory, client, 1)
    ts = card_ts(worker.services.uow_factory, pk)
    slack.fail_next("chat.postMessage", status=status, error="internal_error", retry_after=None)

    worker.jobs["sla_sweep"]()  # the 12 h note is claimed, Slack fails it
    assert pings(slack, ts) == []
    clock.at += interval
    worker.jobs["sla_sweep"]()
    assert _labels(slack, ts) == {"12h": 1}

    # The rest of the day: every threshold once, the one that failed included.
    _sweep_until(worker, clock, SATURDAY_9 + 25 * H, interval)
    assert _labels(slack, ts) == {"12h": 1, "4h": 1, "1h": 1, "0h": 1}


@SPEEDS
def test_pings_a_429_held_back_are_posted_by_the_workers_next_sweep(
    worker_at, client, slack, speed, interval
):
    worker, clock = worker_at(speed)
    cards = _carded(worker, client, 3)
    slack.fail_next("chat.postMessage", status=429, error="ratelimited", retry_after=1)

    worker.jobs["sla_sweep"]()  # three claimed, the first post refused, the others held
    assert sum(len(pings(slack, ts)) for ts in cards) == 0
    time.sleep(1.1)  # the Retry-After Slack asked for, in real seconds
    clock.at += interval
    worker.jobs["sla_sweep"]()
    assert [_labels(slack, ts) for ts in cards] == [{"12h": 1}] * 3


@SPEEDS
def test_while_slack_keeps_failing_a_sweep_stops_at_the_first_failure(
    worker_at, client, slack, speed, interval
):
    """Each failed post costs the client's timeout and retries: a sweep that went on
    through every claim would run on past the outage and miss the next thresholds."""
    worker, clock = worker_at(speed)
    cards = _carded(worker, client, 3)
    slack.fail_next("*", status=500, error="internal_error", retry_after=None, times=10**9)
    before = len(slack.calls)

    for _ in range(3):
        worker.jobs["sla_sweep"]()
        clock.at += interval
    tried = slack.calls[before:]
    assert len(tried) == 3, [c.method for c in tried]  # one call a sweep, not one a claim

    slack.clear_faults()
    worker.jobs["sla_sweep"]()
    assert [_labels(slack, ts) for ts in cards] == [{"12h": 1}] * 3
