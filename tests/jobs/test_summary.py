"""The daily summary's wording, and that a day gets one summary."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.db.models import SlackPostRow
from bot.jobs.summary import queue_summary
from bot.services.stats import TeamFigures
from bot.slack.team_summary import summary_message
from tests.jobs.helpers import CHANNEL, SATURDAY_9

H = timedelta(hours=1)


def figures(**kw) -> TeamFigures:
    values = dict(
        since=SATURDAY_9 - timedelta(days=7),
        until=SATURDAY_9,
        answered=5,
        answered_in_time=4,
        median_response=3 * H + timedelta(minutes=5),
        p90_response=timedelta(minutes=45) + 29 * H,
        breaches=2,
        open_now=3,
        overdue_now=1,
        top_reject_reasons=(("handle_manually", 2), ("spam", 1)),
        top_refusal_rules=(("link", 2),),
    )
    values.update(kw)
    return TeamFigures(**values)


def test_summary_states_the_figures():
    message = summary_message(figures())
    body = message["blocks"][2]["text"]["text"]
    assert "Answered within 24 h: *4 of 5 (80%)*" in body
    assert "median *3 h 05 min*, 90th percentile *29 h 45 min*" in body
    assert "Deadlines missed: *2*" in body
    assert "Open now: *3* (1 past the deadline)" in body
    assert "handle manually (2), spam (1)" in body and "link (2)" in body
    assert message["text"].startswith("Buyer messages, last 7 days")


def test_a_quiet_week_reads_plainly():
    body = summary_message(
        figures(
            answered=0,
            answered_in_time=0,
            median_response=None,
            p90_response=None,
            breaches=0,
            open_now=0,
            overdue_now=0,
            top_reject_reasons=(),
            top_refusal_rules=(),
        )
    )["blocks"][2]["text"]["text"]
    assert "no message answered" in body and "median *–*" in body
    assert "Top reject reasons: none" in body and "past the deadline" not in body


def test_one_summary_is_queued_a_day(uow_factory):
    assert queue_summary(uow_factory, now=SATURDAY_9, channel=CHANNEL)
    assert not queue_summary(uow_factory, now=SATURDAY_9 + H, channel=CHANNEL)
    assert queue_summary(uow_factory, now=SATURDAY_9 + 24 * H, channel=CHANNEL)
    with uow_factory() as uow:
        keys = sorted(r.dedupe_key for r in uow.session.query(SlackPostRow).all())
    assert keys == ["summary:2026-03-07", "summary:2026-03-08"]
    with pytest.raises(ValueError, match="WISMO_SUMMARY_CHANNEL"):
        queue_summary(uow_factory, now=SATURDAY_9, channel="")
