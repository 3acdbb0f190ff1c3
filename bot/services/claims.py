"""Deciding on a message: exactly one decision wins, and every decision is audited.

``claim`` is a single conditional UPDATE, so among any number of concurrent clicks (in
threads, processes or replicas) the database lets exactly one move the message on.  Run
it inside the caller's unit of work together with :func:`record_decision` (and the
outbox ``enqueue`` for an approval), then commit once.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any

from bot import metrics
from bot.db.models import DecisionRow
from bot.db.uow import SqlUnitOfWork
from bot.domain import DEFAULT_ACCOUNT, DecisionKind, MessageState, RejectReason
from bot.errors import AlreadyDecided, MessageGone

__all__ = ["claim", "claim_or_raise", "record_decision"]


def claim(
    uow: SqlUnitOfWork,
    message_pk: int,
    *,
    expected: Collection[MessageState],
    new: MessageState,
    actor: str | None,
    now: datetime,
) -> bool:
    """Move the message from one of ``expected`` to ``new``; False if another claim won.

    ``UPDATE messages SET state=:new, version=version+1, ... WHERE id=:id AND state IN
    (...)``: the database serialises concurrent claims on the row.  Does not commit.
    """
    values: dict[str, Any] = {}
    if new is MessageState.ANSWERED:
        values["answered_at"] = now
    if new in {MessageState.ANSWERED, MessageState.NO_RESPONSE, MessageState.SPAM}:
        values["closed_at"] = now  # the conversation is over: the retention clock starts
    return uow.messages.transition(
        message_pk, expected=expected, new=new, actor=actor, now=now, **values
    )


def claim_or_raise(
    uow: SqlUnitOfWork,
    message_pk: int,
    *,
    expected: Collection[MessageState],
    new: MessageState,
    actor: str | None,
    now: datetime,
) -> None:
    """:func:`claim`, raising :class:`AlreadyDecided` naming who won when it loses."""
    if claim(uow, message_pk, expected=expected, new=new, actor=actor, now=now):
        return
    row = uow.messages.get(message_pk)
    if row is None:
        raise MessageGone(message_pk)
    uow.messages.refresh(row)
    raise AlreadyDecided(row.state_changed_by, row.state.value)


def record_decision(
    uow: SqlUnitOfWork,
    message_pk: int,
    *,
    kind: DecisionKind,
    actor: str | None,
    now: datetime,
    reason: RejectReason | None = None,
    outcome: str | None = None,
    text: str | None = None,
    note: str | None = None,
    compliance: dict[str, Any] | None = None,
) -> DecisionRow:
    """Append an audit row (who, what, when, which text, which verdict), and return it.
    Does not commit."""
    message = uow.messages.get(message_pk)
    row = uow.decisions.add(
        DecisionRow(
            message_pk=message_pk,
            account=message.account if message is not None else DEFAULT_ACCOUNT,
            kind=kind,
            reason=reason,
            actor=actor,
            outcome=outcome,
            text=text,
            note=note,
            compliance=compliance,
            at=now,
        )
    )
    if not (outcome or "").startswith(("refused", "not sent")):  # a refusal is no decision
        metrics.get().decisions.labels(kind=kind.value).inc()
    return row
