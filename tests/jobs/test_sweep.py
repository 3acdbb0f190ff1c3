"""The deadline sweep with a controlled clock, on SQLite and PostgreSQL, against a fake Slack."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.db.models import EscalationRow
from bot.domain import MessageState
from bot.jobs.sla import manager_mention, sweep
from bot.services.escalations import Stage, thresholds_from
from bot.slack.writer import Pacer, SlackWriter
from tests.jobs.helpers import CHANNEL, CONFIG, SATURDAY_9, add_carded, card_ts, pings, set_state

H = timedelta(hours=1)


def run_until(sweep_at, slack, *, start, end, step=timedelta(minutes=10)):
    """Sweep every ``step``; {ping text: first sweep time it appeared}."""
    seen: dict[str, object] = {}
    now = start
    while now <= end:
        sweep_at(now)
        for args in pings(slack):
            seen.setdefault(args["text"], now)
        now += step
    return seen


def test_saturday_message_gets_each_ping_once_at_its_time(uow_factory, client, slack, sweep_at):
    pk = add_carded(uow_factory, client, 1)
    ts = card_ts(uow_factory, pk)

    now = SATURDAY_9
    times = {}
    while now <= SATURDAY_9 + 26 * H:
        before = len(pings(slack, ts))
        sweep_at(now)
        for args in pings(slack, ts)[before:]:
            times[now] = args
        now += timedelta(minutes=10)

    # 12 h, 4 h and 1 h before Sunday 09:00, and the breach alert at 09:00: once each.
    assert sorted(times) == [
        SATURDAY_9 + 12 * H,
        SATURDAY_9 + 20 * H,
        SATURDAY_9 + 23 * H,
        SATURDAY_9 + 24 * H,
    ]
    note, channel, managers, breach = (times[t] for t in sorted(times))
    assert note["channel"] == CHANNEL and note["thread_ts"] == ts
    assert "reply_broadcast" not in note and "<!here>" not in note["text"]
    assert "12 h 00 min left" in note["text"]
    assert channel["text"].startswith("<!here>") and channel["reply_broadcast"] is True
    assert "4 h 00 min left" in channel["text"]
    assert "<@UMGR0001>" in managers["text"] and "<!subteam^SMGRGRP1>" in managers["text"]
    assert "<!here>" not in managers["text"]
    assert "Deadline missed" in breach["text"] and "<!here>" in breach["text"]
    assert "<@UMGR0001>" in breach["text"]

    # The card was re-rendered at each threshold: its deadline line is now the breach one.
    assert len(slack.calls_to("chat.update")) == 4
    blocks_text = str(slack.messages[(CHANNEL, ts)]["blocks"])
    assert "Deadline missed" in blocks_text


def test_no_ping_after_the_message_is_answered(uow_factory, client, slack, sweep_at):
    answered = add_carded(uow_factory, client, 1)
    manual = add_carded(uow_factory, client, 2)
    skipped = add_carded(uow_factory, client, 3)
    a_ts, m_ts, s_ts = (card_ts(uow_factory, pk) for pk in (answered, manual, skipped))

    run_until(sweep_at, slack, start=SATURDAY_9, end=SATURDAY_9 + 21 * H)
    # After the 4 h ping: one is answered, one handled manually, one needs no response.
    set_state(uow_factory, answered, MessageState.ANSWERED, now=SATURDAY_9 + 21 * H)
    set_state(uow_factory, manual, MessageState.MANUAL, now=SATURDAY_9 + 21 * H)
    set_state(uow_factory, skipped, MessageState.NO_RESPONSE, now=SATURDAY_9 + 21 * H)
    run_until(sweep_at, slack, start=SATURDAY_9 + 21 * H, end=SATURDAY_9 + 30 * H)

    assert len(pings(slack, a_ts)) == 2  # 12 h and 4 h, nothing after the answer
    assert len(pings(slack, s_ts)) == 2
    # "Handle manually" keeps the clock running until an agent marks it answered.
    manual_pings = pings(slack, m_ts)
    assert len(manual_pings) == 4
    assert "Deadline missed" in manual_pings[-1]["text"]


def test_late_mail_pings_only_the_current_threshold(uow_factory, client, slack, sweep_at):
    # Sent Saturday 09:00, read Sunday 06:00 after an outage: 3 h left.
    pk = add_carded(uow_factory, client, 1, arrived=SATURDAY_9 + 21 * H)
    ts = card_ts(uow_factory, pk)

    report = sweep_at(SATURDAY_9 + 21 * H)

    assert (report.claimed, report.skipped, report.posted) == (1, 1, 1)
    [ping] = pings(slack, ts)
    assert ping["text"].startswith("<!here>")  # the 4 h stage, not a "12 h left" note
    with uow_factory() as uow:
        rows = uow.session.query(EscalationRow).filter_by(message_pk=pk).all()
        by_label = {r.threshold: r for r in rows}
    assert set(by_label) == {"12h", "4h"}
    assert by_label["12h"].slack_ts is None and "found late" in by_label["12h"].last_error
    # The later thresholds still come, once each.
    run_until(sweep_at, slack, start=SATURDAY_9 + 21 * H, end=SATURDAY_9 + 25 * H)
    assert len(pings(slack, ts)) == 3


def test_a_message_read_after_its_deadline_gets_the_breach_alert_at_once(
    uow_factory, client, slack, sweep_at
):
    pk = add_carded(uow_factory, None, 1, arrived=SATURDAY_9 + 30 * H)  # no card yet
    report = sweep_at(SATURDAY_9 + 30 * H)
    assert (report.claimed, report.skipped, report.posted) == (1, 3, 1)
    [alert] = pings(slack)
    assert alert["channel"] == CHANNEL and "thread_ts" not in alert
    assert "Deadline missed" in alert["text"]
    assert sweep_at(SATURDAY_9 + 31 * H).claimed == 0
    assert pk


def test_a_failed_post_is_retried_by_a_later_sweep_once(uow_factory, client, slack, sweep_at):
    pk = add_carded(uow_factory, client, 1)
    ts = card_ts(uow_factory, pk)
    at = SATURDAY_9 + 12 * H
    slack.fail_next("chat.postMessage", status=500, error="internal_error", retry_after=None)

    first = sweep_at(at)
    assert (first.claimed, first.posted, first.failed) == (1, 0, 1)
    assert "internal_error" in first.errors[0]
    # Too soon to retry: a live worker might still be posting it.
    soon = sweep_at(at + timedelta(minutes=1))
    assert (soon.claimed, soon.retried, soon.posted) == (0, 0, 0)
    later = sweep_at(at + timedelta(minutes=3))
    assert (later.claimed, later.retried, later.posted) == (0, 1, 1)
    again = sweep_at(at + timedelta(minutes=10))
    assert (again.retried, again.posted) == (0, 0)
    assert len(pings(slack, ts)) == 1
    with uow_factory() as uow:
        [row] = uow.session.query(EscalationRow).filter_by(message_pk=pk).all()
    assert row.posted_at is not None and row.last_error is None


def test_a_rate_limited_sweep_leaves_the_rest_for_the_next(uow_factory, client, slack, sweep_at):
    cards = [add_carded(uow_factory, client, n) for n in range(3)]
    at = SATURDAY_9 + 12 * H
    slack.fail_next("chat.postMessage", status=429, error="ratelimited", retry_after=1)

    first = sweep_at(at)
    assert (first.claimed, first.posted, first.failed, first.deferred) == (3, 0, 1, 2)
    later = sweep_at(at + timedelta(minutes=3))
    assert (later.retried, later.posted) == (3, 3)
    assert sorted(len(pings(slack, card_ts(uow_factory, pk))) for pk in cards) == [1, 1, 1]


def test_a_ping_claimed_before_the_answer_is_not_posted_after_it(
    uow_factory, client, slack, sweep_at
):
    pk = add_carded(uow_factory, client, 1)
    at = SATURDAY_9 + 12 * H
    slack.fail_next("chat.postMessage", status=500, error="internal_error", retry_after=None)
    sweep_at(at)  # claimed, post failed
    set_state(uow_factory, pk, MessageState.ANSWERED, now=at + timedelta(minutes=1))

    report = sweep_at(at + timedelta(minutes=5))
    assert (report.retried, report.posted, report.not_needed) == (1, 0, 1)
    assert pings(slack) == []


@pytest.mark.parametrize(
    ("hours", "stages"),
    [
        ([12, 4, 1, 0], [Stage.THREAD_NOTE, Stage.CHANNEL, Stage.MANAGERS, Stage.BREACH]),
        ([0, 4, 1], [Stage.CHANNEL, Stage.MANAGERS, Stage.BREACH]),
        (
            [20, 12, 4, 1, 0],
            [Stage.THREAD_NOTE] * 2 + [Stage.CHANNEL, Stage.MANAGERS, Stage.BREACH],
        ),
        ([2], [Stage.MANAGERS]),
    ],
)
def test_thresholds_get_their_stages_from_the_end(hours, stages):
    thresholds = thresholds_from([timedelta(hours=h) for h in hours])
    assert [t.stage for t in thresholds] == stages
    assert [t.left for t in thresholds] == sorted((timedelta(hours=h) for h in hours), reverse=True)


def test_threshold_labels_and_mentions():
    [half, breach] = thresholds_from([timedelta(minutes=90), timedelta(0)])
    assert (half.label, breach.label) == ("90m", "0h")
    assert manager_mention("U123ABC") == "<@U123ABC>"
    assert manager_mention("S0GROUP1") == "<!subteam^S0GROUP1>"
    with pytest.raises(ValueError, match="negative"):
        thresholds_from([timedelta(hours=-1)])


def test_on_a_trial_clock_a_failed_ping_waits_real_minutes_before_its_retry(
    uow_factory, client, slack, sweep_at
):
    """At 60x the two-minute guard against a live post is two simulated hours."""
    from dataclasses import replace

    from bot.config import Settings
    from bot.jobs.sla import SweepConfig

    trial = SweepConfig.from_settings(
        Settings.from_env({"WISMO_CLOCK_START": "2026-03-07T09:00Z", "WISMO_CLOCK_SPEED": "60"})
    )
    config = replace(CONFIG, retry_after=trial.retry_after)
    pk = add_carded(uow_factory, client, 1)
    at = SATURDAY_9 + 12 * H
    slack.fail_next("chat.postMessage", status=500, error="internal_error", retry_after=None)
    assert sweep_at(at, config=config).failed == 1
    # Three simulated minutes are three real seconds: the first post might still be live.
    assert sweep_at(at + timedelta(minutes=3), config=config).retried == 0
    assert sweep_at(at + 2 * H + timedelta(minutes=1), config=config).posted == 1
    assert len(pings(slack, card_ts(uow_factory, pk))) == 1


class DiesAfterPosting:
    """A worker SIGKILLed after Slack took the ping, before the sweep recorded it."""

    def __init__(self, client):
        self.client = client

    def chat_postMessage(self, **kwargs):
        self.client.chat_postMessage(**kwargs)
        raise KeyboardInterrupt("killed")

    def __getattr__(self, name):
        return getattr(self.client, name)


def test_a_ping_slack_took_before_the_worker_died_is_found_not_repeated(
    uow_factory, client, slack, sweep_at
):
    pk = add_carded(uow_factory, client, 1)
    ts = card_ts(uow_factory, pk)
    at = SATURDAY_9 + 12 * H
    with pytest.raises(KeyboardInterrupt):
        sweep(
            uow_factory,
            SlackWriter(DiesAfterPosting(client), pacer=Pacer(0.0)),
            now=at,
            config=CONFIG,
        )
    assert len(pings(slack, ts)) == 1
    later = sweep_at(at + timedelta(minutes=3))
    assert (later.retried, later.posted) == (1, 1)
    assert len(pings(slack, ts)) == 1  # found in the card's thread, not posted again
    with uow_factory() as uow:
        [row] = uow.session.query(EscalationRow).filter_by(message_pk=pk).all()
    assert row.posted_at is not None
    # The next threshold is posted as usual, once.
    sweep_at(SATURDAY_9 + 20 * H)
    assert len(pings(slack, ts)) == 2


def test_an_unreadable_mail_keeps_its_deadline_is_queued_and_gets_the_pings(
    uow_factory, client, slack, sweep_at
):
    # Mail the parser could not read may be a buyer's "where is my order": the 24 h run.
    from bot.services.access import Access
    from bot.services.authorise import Authoriser
    from bot.services.conversations import conversation_from_rows
    from bot.services.ingest import store_inbound
    from bot.services.overview import read_queue
    from bot.slack.blocks import deadline_badge

    raw = b"From: Smith, Eve <\r\nSubject: Order delivery inquiry (Order: 113-4021576-2000220)\r\n"
    stored = store_inbound(
        uow_factory, raw, None, arrived_at=SATURDAY_9, problem="truncated MIME: no end boundary"
    )
    assert stored.state is MessageState.MALFORMED
    assert stored.due_at == SATURDAY_9 + 24 * H
    posted = client.chat_postMessage(channel=CHANNEL, text="Unreadable mail: needs a human")
    with uow_factory() as uow:
        row = uow.messages.get(stored.message_pk)
        row.slack_channel, row.slack_ts = CHANNEL, posted["ts"]
        uow.commit()
    with uow_factory() as uow:
        row = uow.messages.get(stored.message_pk)
        conv = conversation_from_rows(
            row, order_row=None, tracking_rows=(), draft_row=None, decision_row=None
        )
    badge = deadline_badge(conv.due_at, SATURDAY_9 + H, open_=conv.open)
    assert "23 h 00 min left" in badge and "Deadline was" not in badge

    viewer = Authoriser(("U0VIEWER",), lambda group: [])
    queue = read_queue(uow_factory, Access(viewer, viewer), user="U0VIEWER", now=SATURDAY_9 + H)
    assert [e.pk for e in queue.entries] == [stored.message_pk] and queue.open_total == 1

    run_until(sweep_at, slack, start=SATURDAY_9, end=SATURDAY_9 + 12 * H)
    in_thread = [args["text"] for args in pings(slack, posted["ts"])]
    assert len(in_thread) == 1 and "12 h 00 min left" in in_thread[0]
