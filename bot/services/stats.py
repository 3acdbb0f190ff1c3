"""The team's figures: how fast buyers got an answer, breaches, why replies were stopped.

Pure read-only queries taking ``now``; App Home, ``/wismo queue`` and the daily summary
show them.  "This week" is the seven days up to ``now`` (a rolling window, so Monday's
summary is not a near-empty week and no time zone has to be guessed).

- *Response time* is ``answered_at - received_at`` of buyer messages answered in the
  window (a reply sent, or marked answered after manual handling).
- *In time* means answered no later than ``due_at`` (received + 24 h).
- A *breach* is a buyer message whose deadline fell in the window and which was not
  closed (answered, no response needed, spam) by then, whether it was answered late or
  is still open.
- *Reject reasons* count the agents' rejections by reason; *compliance refusals* count
  the blocking policy rules of decisions whose text the policy check refused.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, func, select

from bot.db.models import OPEN_STATES, MessageRow, OutboxRow, OutboxState
from bot.db.uow import SqlUnitOfWork, UowFactory
from bot.domain import ResponseFigures, TeamFigures

__all__ = [
    "WEEK",
    "ResponseFigures",
    "TeamFigures",
    "open_by_time_left",
    "outbox_waiting",
    "percentile",
    "response_figures",
    "team_figures",
]

WEEK = timedelta(days=7)
_TOP = 3


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (``share`` in (0, 1]): always one of the values."""
    if not values:
        raise ValueError("percentile of no values")
    ordered = sorted(values)
    rank = max(math.ceil(share * len(ordered)), 1)
    return ordered[rank - 1]


def response_figures(
    uow: SqlUnitOfWork,
    *,
    now: datetime,
    window: timedelta = WEEK,
    account: str | tuple[str, ...] | None = None,
) -> ResponseFigures:
    """Answers and breaches of the ``window`` up to ``now`` (two queries; inside the
    caller's ``with uow:``).  App Home shows only these: reading every decision's verdict
    for the refusal rules would make each opening cost more as the week fills.
    ``account``: one seller account's figures, or those of a tuple of accounts (None:
    every account's)."""
    since = now - window
    answered = uow.figures.answered(since=since, until=now, account=account)
    seconds = [(a - r).total_seconds() for r, a, _ in answered]
    return ResponseFigures(
        since=since,
        until=now,
        answered=len(seconds),
        answered_in_time=sum(1 for _, a, d in answered if a <= d),
        median_response=timedelta(seconds=statistics.median(seconds)) if seconds else None,
        p90_response=timedelta(seconds=percentile(seconds, 0.9)) if seconds else None,
        breaches=uow.figures.breaches(since=since, until=now, account=account),
    )


def team_figures(
    uow: SqlUnitOfWork,
    *,
    now: datetime,
    window: timedelta = WEEK,
    account: str | None = None,
) -> TeamFigures:
    """The figures of the ``window`` up to ``now`` (inside the caller's ``with uow:``),
    of one seller ``account`` when given."""
    since = now - window
    response = response_figures(uow, now=now, window=window, account=account)
    rejects = uow.figures.reject_reasons(since=since, until=now, account=account)
    reject_counts = Counter(dict(rejects))
    refusals: Counter[str] = Counter()
    for verdict in uow.figures.verdicts(since=since, until=now, account=account):
        refusals.update(_blocking_rules(verdict))

    return TeamFigures(
        since=since,
        until=now,
        answered=response.answered,
        answered_in_time=response.answered_in_time,
        median_response=response.median_response,
        p90_response=response.p90_response,
        breaches=response.breaches,
        open_now=uow.figures.open_buyer_messages(account=account),
        overdue_now=uow.figures.open_buyer_messages(due_by=now, account=account),
        top_reject_reasons=_top(reject_counts),
        top_refusal_rules=_top(refusals),
        answered_by_autopilot=uow.figures.answered_by_autopilot(
            since=since, until=now, account=account
        ),
        mail_for_a_look=tuple(
            sorted(uow.figures.mail_for_a_look(since=since, until=now, account=account).items())
        ),
        delivery_failures=tuple(
            sorted(
                uow.delivery_failures.counts_by_reason(
                    since=since, until=now, account=account
                ).items(),
                key=lambda pair: (-pair[1], pair[0]),
            )
        ),
    )


def _blocking_rules(verdict: Any) -> set[str]:
    """Rule ids that blocked a refused text (``wismo check --json`` shape); else empty."""
    if not isinstance(verdict, dict) or verdict.get("compliant") is not False:
        return set()
    return {
        str(v["rule"])
        for v in verdict.get("violations") or ()
        if isinstance(v, dict) and v.get("severity") == "block" and v.get("rule")
    }


def _top(counts: Counter[str]) -> tuple[tuple[str, int], ...]:
    # Ties broken by name so the summary reads the same on every replica.
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(ranked[:_TOP])


def open_by_time_left(
    uow_factory: UowFactory, now: datetime, buckets: Sequence[tuple[str, timedelta | None]]
) -> dict[str, int]:
    """Open messages by time left before their deadline, one grouped query (index
    ``(state, due_at)``).  ``buckets``: (label, at least this much left), longest first;
    the last (None) takes the overdue."""
    whens = [
        (MessageRow.due_at >= now + left, label) for label, left in buckets if left is not None
    ]
    overdue = next(label for label, left in buckets if left is None)
    bucket = case(*whens, else_=overdue)
    query = select(bucket, func.count()).where(MessageRow.state.in_(OPEN_STATES)).group_by(bucket)
    with uow_factory().read_only() as uow:
        return {str(label): int(count) for label, count in uow.session.execute(query).all()}


def outbox_waiting(uow_factory: UowFactory) -> dict[str, tuple[int, datetime | None]]:
    """Replies not (yet) out, by outbox state (pending, sending, stuck): how many, and
    when the oldest was queued; one grouped query (index ``(state, next_attempt_at)``)."""
    waiting = (OutboxState.PENDING, OutboxState.SENDING, OutboxState.STUCK)
    query = (
        select(OutboxRow.state, func.count(), func.min(OutboxRow.created_at))
        .where(OutboxRow.state.in_(waiting))
        .group_by(OutboxRow.state)
    )
    with uow_factory().read_only() as uow:
        rows = uow.session.execute(query).all()
    return {str(state): (int(count), oldest) for state, count, oldest in rows}
