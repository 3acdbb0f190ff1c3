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
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select

from bot.db.models import DecisionRow, MessageRow
from bot.db.uow import SqlUnitOfWork
from bot.domain import OPEN_STATES, DecisionKind, MessageKind, MessageState

__all__ = ["WEEK", "TeamFigures", "percentile", "team_figures"]

WEEK = timedelta(days=7)
_TOP = 3


@dataclass(frozen=True, slots=True)
class TeamFigures:
    since: datetime
    until: datetime
    answered: int  # buyer messages answered in the window
    answered_in_time: int  # ... of which within 24 h of the buyer's message
    median_response: timedelta | None  # None when nothing was answered
    p90_response: timedelta | None
    breaches: int
    open_now: int  # buyer messages whose clock runs at ``until``
    overdue_now: int  # ... of which already past the deadline
    top_reject_reasons: tuple[tuple[str, int], ...]  # most frequent first
    top_refusal_rules: tuple[tuple[str, int], ...]  # compliance rule ids, most frequent first

    @property
    def in_time_share(self) -> float | None:
        """Answered in time / answered (None when nothing was answered)."""
        return self.answered_in_time / self.answered if self.answered else None


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (``share`` in (0, 1]): always one of the values."""
    if not values:
        raise ValueError("percentile of no values")
    ordered = sorted(values)
    rank = max(math.ceil(share * len(ordered)), 1)
    return ordered[rank - 1]


def team_figures(uow: SqlUnitOfWork, *, now: datetime, window: timedelta = WEEK) -> TeamFigures:
    """The figures of the ``window`` up to ``now`` (inside the caller's ``with uow:``)."""
    since = now - window
    session = uow.session
    buyer = and_(
        MessageRow.kind == MessageKind.BUYER_MESSAGE,
        MessageRow.state.not_in([MessageState.SYSTEM, MessageState.MALFORMED]),
    )
    answered = session.execute(
        select(MessageRow.received_at, MessageRow.answered_at, MessageRow.due_at).where(
            buyer,
            MessageRow.answered_at.is_not(None),
            MessageRow.answered_at > since,
            MessageRow.answered_at <= now,
        )
    ).all()
    seconds = [(a - r).total_seconds() for r, a, _ in answered if a is not None]
    in_time = sum(1 for _, a, d in answered if a is not None and a <= d)

    breaches = session.scalar(
        select(func.count(MessageRow.id)).where(
            buyer,
            MessageRow.due_at > since,
            MessageRow.due_at <= now,
            or_(MessageRow.closed_at.is_(None), MessageRow.closed_at > MessageRow.due_at),
        )
    )
    open_now = select(func.count(MessageRow.id)).where(
        buyer, MessageRow.state.in_(list(OPEN_STATES))
    )

    reasons = session.execute(
        select(DecisionRow.reason, func.count(DecisionRow.id))
        .where(
            DecisionRow.kind == DecisionKind.REJECT,
            DecisionRow.at > since,
            DecisionRow.at <= now,
        )
        .group_by(DecisionRow.reason)
    ).all()
    reject_counts = Counter({(r.value if r is not None else "other"): n for r, n in reasons})

    verdicts = session.scalars(
        select(DecisionRow.compliance).where(
            DecisionRow.compliance.is_not(None), DecisionRow.at > since, DecisionRow.at <= now
        )
    ).all()
    refusals: Counter[str] = Counter()
    for verdict in verdicts:
        refusals.update(_blocking_rules(verdict))

    return TeamFigures(
        since=since,
        until=now,
        answered=len(seconds),
        answered_in_time=in_time,
        median_response=timedelta(seconds=statistics.median(seconds)) if seconds else None,
        p90_response=timedelta(seconds=percentile(seconds, 0.9)) if seconds else None,
        breaches=int(breaches or 0),
        open_now=int(session.scalar(open_now) or 0),
        overdue_now=int(session.scalar(open_now.where(MessageRow.due_at <= now)) or 0),
        top_reject_reasons=_top(reject_counts),
        top_refusal_rules=_top(refusals),
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
