"""The daily summary job: queue the team's figures for the channel, once a day.

With several seller accounts each gets its own summary, of its own messages, in its own
channel (``summary:<account>:<date>``).

The worker runs :func:`queue_summary` once a day at ``WISMO_SUMMARY_TIME`` (UTC) for
``WISMO_SUMMARY_CHANNEL`` (default: the queue channel).  The post is not sent from here:
it goes into the ``slack_posts`` queue under the key ``summary:<date>``, so however many
worker replicas fire the job, one summary is queued a day, and the paced poster sends it
once, within Slack's per-channel rate, retrying while Slack is down.  The post itself
is built by :mod:`bot.slack.team_summary`.
"""

from __future__ import annotations

from datetime import datetime

from bot.db.uow import UowFactory
from bot.domain import DEFAULT_ACCOUNT
from bot.services.stats import team_figures
from bot.slack.team_summary import summary_message

__all__ = ["SUMMARY", "queue_summary"]

SUMMARY = "summary"  # the slack_posts purpose


def queue_summary(
    uow_factory: UowFactory,
    *,
    now: datetime,
    channel: str,
    account: str = DEFAULT_ACCOUNT,
    title: str | None = None,
) -> bool:
    """Queue today's summary of seller ``account`` for ``channel``; False when it was
    queued already today.  ``title`` names the seller in the post (several accounts)."""
    if not channel:
        raise ValueError("no channel for the daily summary: set WISMO_SUMMARY_CHANNEL")
    with uow_factory() as uow:
        message = summary_message(team_figures(uow, now=now, account=account), seller=title)
        # The implicit account keeps the key summary:<date> of a single-account database.
        key = f"{SUMMARY}:{now.date().isoformat()}"
        if account != DEFAULT_ACCOUNT:
            key = f"{SUMMARY}:{account}:{now.date().isoformat()}"
        queued = uow.slack_posts.enqueue(
            dedupe_key=key,
            purpose=SUMMARY,
            channel=channel,
            priority_at=now,
            now=now,
            payload=message,
        )
        uow.commit()
    return queued
