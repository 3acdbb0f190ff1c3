"""The rows behind conversation views, loaded in a fixed number of queries.

The queue, App Home, ``/order`` and a card each show whole conversations: the message,
its order snapshot, its tracking snapshots, its latest draft and its latest decision.
Loading them one conversation at a time costs about five queries each; these methods
load any number of conversations in four (messages with their orders, then the
tracking snapshots, the latest drafts and the latest decisions of all of them at once),
so a view costs the same whether ten or a thousand buyers are waiting.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session, defer

from bot.db.models import DecisionRow, DraftRow, MessageRow, OrderRow, TrackingSnapshotRow
from bot.domain import MessageState

__all__ = ["ConversationReads", "ConversationRows", "OpenCounts"]


@dataclass(frozen=True, slots=True)
class ConversationRows:
    """Everything stored about one buyer message that a view shows."""

    message: MessageRow
    order: OrderRow | None
    trackings: Sequence[TrackingSnapshotRow]  # oldest first
    draft: DraftRow | None  # the latest version
    decision: DecisionRow | None  # the latest


@dataclass(frozen=True, slots=True)
class OpenCounts:
    total: int
    due_by: int  # of which due at or before the given time (late or nearly so)


class ConversationReads:
    def __init__(self, session: Session) -> None:
        self.session = session

    def open_by_deadline(
        self, states: Collection[MessageState], *, limit: int
    ) -> list[ConversationRows]:
        """Conversations in ``states``, most urgent deadline first (ix (state, due_at))."""
        query = self._messages().where(MessageRow.state.in_(list(states)))
        return self._complete(query.order_by(MessageRow.due_at, MessageRow.id).limit(limit))

    def by_order(self, order_id: str) -> list[ConversationRows]:
        """Every stored message about ``order_id``, by deadline."""
        query = self._messages().where(MessageRow.order_id == order_id)
        return self._complete(query.order_by(MessageRow.due_at, MessageRow.id))

    def by_ids(self, pks: Collection[int]) -> list[ConversationRows]:
        """The conversations of ``pks`` that exist, by deadline."""
        if not pks:
            return []
        query = self._messages().where(MessageRow.id.in_(list(pks)))
        return self._complete(query.order_by(MessageRow.due_at, MessageRow.id))

    def count_open(self, states: Collection[MessageState], *, due_by: datetime) -> OpenCounts:
        """How many conversations are in ``states``, and how many of them are due by then."""
        total, due = self.session.execute(
            select(
                func.count(MessageRow.id),
                func.coalesce(func.sum(case((MessageRow.due_at <= due_by, 1), else_=0)), 0),
            ).where(MessageRow.state.in_(list(states)))
        ).one()
        return OpenCounts(total=int(total or 0), due_by=int(due or 0))

    # -- the fixed set of queries ------------------------------------------------------

    @staticmethod
    def _messages() -> Select[MessageRow, OrderRow]:
        # The raw MIME of a malformed mail is never shown: leave it in the database.
        return (
            select(MessageRow, OrderRow)
            .outerjoin(OrderRow, OrderRow.order_id == MessageRow.order_id)
            .options(defer(MessageRow.raw_mime))
        )

    def _complete(self, query: Select[MessageRow, OrderRow]) -> list[ConversationRows]:
        pairs = [(m, o) for m, o in self.session.execute(query).all()]
        if not pairs:
            return []
        pks = [m.id for m, _ in pairs]
        trackings: dict[int, list[TrackingSnapshotRow]] = {}
        for row in self.session.scalars(
            select(TrackingSnapshotRow)
            .where(TrackingSnapshotRow.message_pk.in_(pks))
            .order_by(TrackingSnapshotRow.fetched_at, TrackingSnapshotRow.id)
        ):
            if row.message_pk is not None:
                trackings.setdefault(row.message_pk, []).append(row)
        drafts = {row.message_pk: row for row in self.session.scalars(_latest_drafts(pks))}
        decisions = {row.message_pk: row for row in self.session.scalars(_latest_decisions(pks))}
        return [
            ConversationRows(
                message=m,
                order=o,
                trackings=trackings.get(m.id, []),
                draft=drafts.get(m.id),
                decision=decisions.get(m.id),
            )
            for m, o in pairs
        ]


def _latest_drafts(pks: Sequence[int]) -> Select[DraftRow]:
    newest = (
        select(DraftRow.message_pk, func.max(DraftRow.version).label("version"))
        .where(DraftRow.message_pk.in_(pks))
        .group_by(DraftRow.message_pk)
        .subquery()
    )
    return select(DraftRow).join(
        newest,
        (DraftRow.message_pk == newest.c.message_pk) & (DraftRow.version == newest.c.version),
    )


def _latest_decisions(pks: Sequence[int]) -> Select[DecisionRow]:
    # "Latest" as DecisionRepository.for_message orders them: by time, then by id.
    ranked = (
        select(
            DecisionRow.id,
            func.row_number()
            .over(
                partition_by=DecisionRow.message_pk,
                order_by=(DecisionRow.at.desc(), DecisionRow.id.desc()),
            )
            .label("rank"),
        )
        .where(DecisionRow.message_pk.in_(pks))
        .subquery()
    )
    return select(DecisionRow).join(ranked, DecisionRow.id == ranked.c.id).where(ranked.c.rank == 1)
