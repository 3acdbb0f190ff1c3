"""Deadline escalations in the store: which threshold fires for which message, exactly once.

A threshold is "time left before the 24-hour deadline" (12 h, 4 h, 1 h, 0 h = breached).
Two steps, so that a crash or a second replica neither loses nor repeats a ping:

1. :func:`claim_due` finds the open messages whose ``next_escalation_at`` has come (index
   (state, next_escalation_at)), records the threshold that fires as an escalation row
   (``INSERT ... ON CONFLICT DO NOTHING`` on the unique (message, threshold) pair) and
   moves ``next_escalation_at`` on, all in one committed transaction.  On PostgreSQL the
   message rows are taken ``FOR UPDATE SKIP LOCKED``, so replicas split the work instead
   of queueing behind each other; the unique pair alone already makes a second claim
   impossible.
2. The claimer posts, outside any transaction (a transaction held over an HTTP call
   would hold SQLite's only write lock), and :func:`record_delivery` stores the
   outcome.  A post that failed, or that a killed worker never made, stays ``posted_at
   IS NULL``; :func:`unposted` offers it to a later sweep once it is ``retry_after``
   old, and :func:`take_for_retry` lets exactly one worker retry it (a conditional
   UPDATE of ``fired_at``, the time of the latest attempt).  The worker whose attempt
   failed need not wait: :func:`take_back` retakes its own claim at once, unless another
   worker took it over meanwhile.  At-least-once posting, with the claim recorded once.

A message discovered late (mail read after downtime, or the sweep was down) may have
passed several thresholds at once.  Only the most severe one is posted; the earlier
ones are recorded as fired without a post, so they never fire later either.  Three
pings in one minute for one message ("12 h left", "4 h left", "1 h left") would be noise
and the first two would be false.

On SQLite (one worker) the row locks are no-ops and SQLite's single writer serialises
the claims; several replicas need PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import Select

from bot.db.repositories import due_escalations_query
from bot.db.uow import SqlUnitOfWork, UowFactory

__all__ = [
    "Claimed",
    "Delivery",
    "Stage",
    "Threshold",
    "claim_due",
    "due_query",
    "record_delivery",
    "take_back",
    "take_for_retry",
    "thresholds_from",
    "unposted",
]


class Stage(StrEnum):
    """Who hears about a threshold, from the mildest to the loudest."""

    THREAD_NOTE = "thread_note"  # a note in the card's thread
    CHANNEL = "channel"  # a channel mention
    MANAGERS = "managers"  # the managers are mentioned
    BREACH = "breach"  # the deadline passed: an alert


@dataclass(frozen=True, slots=True)
class Threshold:
    left: timedelta  # time left before the deadline when it fires (0 = breached)
    stage: Stage

    @property
    def label(self) -> str:
        """The stored name: ``12h``, ``90m``, ``0h``."""
        minutes = int(self.left.total_seconds() // 60)
        return f"{minutes // 60}h" if minutes % 60 == 0 else f"{minutes}m"


def thresholds_from(lefts: Iterable[timedelta]) -> tuple[Threshold, ...]:
    """Thresholds by time left, largest first, each with its stage.

    ``0h`` is the breach alert; the last threshold before it goes to the managers, the
    one before that to the channel, and any earlier ones are thread notes.  The
    default ``12h,4h,1h,0h`` gives note, channel, managers, breach.
    """
    ordered = sorted(set(lefts), reverse=True)
    if any(left < timedelta(0) for left in ordered):
        raise ValueError("a threshold is time left before the deadline: it cannot be negative")
    warnings = [left for left in ordered if left > timedelta(0)]
    by_rank = {1: Stage.MANAGERS, 2: Stage.CHANNEL}  # rank 1 = the last warning
    result = [
        Threshold(left, by_rank.get(len(warnings) - i, Stage.THREAD_NOTE))
        for i, left in enumerate(warnings)
    ]
    if timedelta(0) in ordered:
        result.append(Threshold(timedelta(0), Stage.BREACH))
    return tuple(result)


@dataclass(frozen=True, slots=True)
class Claimed:
    """An escalation this process won, to be posted (or retried)."""

    escalation_pk: int
    message_pk: int
    threshold: Threshold


@dataclass(frozen=True, slots=True)
class ClaimResult:
    claimed: tuple[Claimed, ...]
    skipped: int  # earlier thresholds recorded without a post (message found late)
    rows: int  # messages looked at


def due_query(*, now: datetime, limit: int) -> Select[int, datetime]:
    """The sweep's query for what is due (for benches that explain its plan)."""
    return due_escalations_query(now=now, limit=limit)


def claim_due(
    uow_factory: UowFactory,
    *,
    now: datetime,
    thresholds: Sequence[Threshold],
    batch: int = 200,
    max_rows: int = 5000,
) -> ClaimResult:
    """Claim every escalation due at ``now``; committed batch by batch."""
    by_label = {t.label: t for t in thresholds}
    claimed: list[Claimed] = []
    skipped = rows = 0
    while rows < max_rows:
        with uow_factory() as uow:
            due = uow.escalations.due(now=now, limit=min(batch, max_rows - rows))
            if not due:
                return ClaimResult(tuple(claimed), skipped, rows)
            fired = uow.escalations.fired_for([pk for pk, _ in due])
            for pk, due_at in due:
                won, n_skipped = _claim_one(uow, pk, due_at, fired[pk], thresholds, now=now)
                claimed += [Claimed(esc_pk, pk, by_label[label]) for esc_pk, label in won]
                skipped += n_skipped
            uow.commit()
            rows += len(due)
            if len(due) < batch:
                break
    return ClaimResult(tuple(claimed), skipped, rows)


def _claim_one(
    uow: SqlUnitOfWork,
    pk: int,
    due_at: datetime,
    fired: set[str],
    thresholds: Sequence[Threshold],
    *,
    now: datetime,
) -> tuple[list[tuple[int, str]], int]:
    reached = [t for t in thresholds if due_at - t.left <= now]
    ahead = [t for t in thresholds if due_at - t.left > now and t.label not in fired]
    won: list[tuple[int, str]] = []
    skipped = 0
    if reached:
        current = min(reached, key=lambda t: t.left)  # the most severe threshold passed
        for threshold in reached:
            if threshold.label in fired:
                continue
            if not uow.escalations.claim(pk, threshold.label, now=now):
                continue  # another replica won it (possible on SQLite without row locks)
            esc_pk = uow.escalations.id_of(pk, threshold.label)
            assert esc_pk is not None
            if threshold is current:
                won.append((esc_pk, threshold.label))
            else:
                uow.escalations.settle(
                    esc_pk, now=now, note=f"not posted: found late, {current.label} posted", ts=None
                )
                skipped += 1
    next_at = min((due_at - t.left for t in ahead), default=None)
    uow.escalations.schedule_next(pk, next_at)
    return won, skipped


@dataclass(frozen=True, slots=True)
class Delivery:
    """What a post attempt came to; ``posted`` False with ``retry`` True is tried again."""

    ts: str | None = None
    note: str | None = None  # why nothing was posted (the message was answered meanwhile)
    error: str | None = None  # why the post failed: retried by a later sweep

    @property
    def retry(self) -> bool:
        return self.error is not None


def take_for_retry(
    uow_factory: UowFactory, claim: Claimed, *, now: datetime, retry_after: timedelta
) -> bool:
    """Take an unposted claim over for one more attempt; False if another worker did.

    A conditional UPDATE moves ``fired_at`` (the time of the latest attempt) to ``now``,
    so the other workers leave the claim alone for another ``retry_after``.
    """
    with uow_factory() as uow:
        taken = uow.escalations.take_for_retry(
            claim.escalation_pk, now=now, idle_since=now - retry_after
        )
        uow.commit()
        return taken


def take_back(
    uow_factory: UowFactory, claim: Claimed, *, attempt_at: datetime, now: datetime
) -> bool:
    """Take back a claim this worker attempted at ``attempt_at`` and left unposted, for
    another attempt now; False if it was posted since or another worker took it over.

    The worker knows its own attempt is over, so it need not wait ``retry_after``.
    """
    with uow_factory() as uow:
        taken = uow.escalations.take_back(claim.escalation_pk, attempt_at=attempt_at, now=now)
        uow.commit()
        return taken


def record_delivery(
    uow_factory: UowFactory, claim: Claimed, outcome: Delivery, *, now: datetime
) -> None:
    """Store what the attempt came to: posted (or not needed), or the error to retry on."""
    with uow_factory() as uow:
        if outcome.error is not None:
            uow.escalations.failed(claim.escalation_pk, error=outcome.error)
        else:
            uow.escalations.settle(claim.escalation_pk, now=now, note=outcome.note, ts=outcome.ts)
        uow.commit()


def unposted(
    uow_factory: UowFactory,
    *,
    now: datetime,
    thresholds: Sequence[Threshold],
    retry_after: timedelta,
    limit: int = 100,
) -> list[Claimed]:
    """Claims fired at least ``retry_after`` ago and never posted (failed or crashed)."""
    by_label = {t.label: t for t in thresholds}
    with uow_factory() as uow:
        rows = uow.escalations.unposted(fired_before=now - retry_after, limit=limit)
        return [
            Claimed(row.id, row.message_pk, by_label.get(row.threshold) or _stray(row.threshold))
            for row in rows
        ]


def _stray(label: str) -> Threshold:
    """A claimed threshold no longer in the settings: still posted, as a channel mention."""
    amount, unit = int(label[:-1]), label[-1]
    left = timedelta(hours=amount) if unit == "h" else timedelta(minutes=amount)
    return Threshold(left, Stage.BREACH if left <= timedelta(0) else Stage.CHANNEL)
