"""The rows behind conversation views, loaded in a fixed number of queries.

``/order`` and a card each show whole conversations: the message, its order snapshot,
its tracking snapshots, its latest draft and its latest decision.  Loading them one
conversation at a time costs about five queries each; these methods load any number of
conversations in four (messages with their orders, then the tracking snapshots, the
latest drafts and the latest decisions of all of them at once), so a view costs the same
whether ten or a thousand buyers are waiting.

The queue (``/wismo queue``, App Home) shows far less of each: one line naming the buyer,
the order, the deadline and who is on it.  :meth:`ConversationReads.queue_page` reads
just those columns, and the counts of all open ones, in one statement (the latest
decision's actor and draft's author, and the counts, as subqueries), without building
rows, orders or tracking it would not show.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import BindParameter, Integer, Select, and_, bindparam, func, select
from sqlalchemy.orm import Session, defer

from bot.db.models import DecisionRow, DraftRow, MessageRow, OrderRow, TrackingSnapshotRow
from bot.db.types import UtcDateTime
from bot.domain import Intent, MessageState, QueueEntry

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
        return self._complete(_BY_IDS, {"pks": list(pks)})

    def trackings_of(self, pk: int) -> Sequence[TrackingSnapshotRow]:
        """Message ``pk``'s tracking snapshots, oldest first (as a loaded conversation's)."""
        return self.session.scalars(_TRACKINGS, {"pks": [pk]}).all()

    def queue_page(
        self,
        states: Collection[MessageState],
        *,
        limit: int,
        due_by: datetime,
        accounts: Collection[str],
    ) -> tuple[list[QueueEntry], OpenCounts]:
        """The queue lines of conversations of the seller ``accounts`` in ``states``, most
        urgent deadline first, at most ``limit``; and how many are in ``states``, and of
        them due by ``due_by`` (index ``(account, state, due_at)``).

        One statement: every statement costs a thread a wait for the GIL when it comes
        back from SQLite or the server, and under load those waits are most of the time.
        """
        params = {
            "states": list(states),
            "limit": limit,
            "due_by": due_by,
            "accounts": list(accounts) or [""],  # none given: no row
        }
        if self.session.get_bind().dialect.name == "sqlite":
            # One row holding the page as JSON: Python's sqlite3 lets go of the GIL for
            # every row it steps through, and under load each hand-back waits behind
            # the busy threads (about 5 ms), so 40 rows cost 200 ms of waiting.
            page, total, due = self.session.execute(_QUEUE_PAGE_AS_JSON, params).one()
            entries = sorted(map(_entry_from_json, json.loads(page or "[]")), key=_by_deadline)
            return entries, OpenCounts(total=int(total or 0), due_by=int(due or 0))
        rows = self.session.execute(_QUEUE_PAGE_COUNTED, params).all()
        if not rows:  # nothing open (the page and the counts read the same rows)
            return [], OpenCounts(total=0, due_by=0)
        counts = OpenCounts(total=int(rows[0][-2] or 0), due_by=int(rows[0][-1] or 0))
        return [QueueEntry(*row[:-2]) for row in rows], counts  # the fields' order

    def order_lines(self, order_id: str) -> list[QueueEntry]:
        """The queue lines of every stored message about ``order_id``, open or not (of
        every seller account: each line names its own)."""
        return [QueueEntry(*row) for row in self.session.execute(_ORDER_LINES, {"order": order_id})]

    # -- the fixed set of queries ------------------------------------------------------

    @staticmethod
    def _messages() -> Select[MessageRow, OrderRow]:
        # The raw MIME of a malformed mail is never shown: leave it in the database.
        return (
            select(MessageRow, OrderRow)
            .outerjoin(OrderRow, OrderRow.order_id == MessageRow.order_id)
            .options(defer(MessageRow.raw_mime))
        )

    def _complete(
        self, query: Select[MessageRow, OrderRow], params: dict[str, Any] | None = None
    ) -> list[ConversationRows]:
        pairs = [(m, o) for m, o in self.session.execute(query, params).all()]
        if not pairs:
            return []
        of_pks = {"pks": [m.id for m, _ in pairs]}
        trackings: dict[int, list[TrackingSnapshotRow]] = {}
        for row in self.session.scalars(_TRACKINGS, of_pks):
            if row.message_pk is not None:
                trackings.setdefault(row.message_pk, []).append(row)
        drafts = {row.message_pk: row for row in self.session.scalars(_LATEST_DRAFTS, of_pks)}
        decisions = {row.message_pk: row for row in self.session.scalars(_LATEST_DECISIONS, of_pks)}
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


# A conversation view's statements are built once, like the queue's below: building
# them anew (two of them with a subquery) took about a third of an Approve's CPU.
_PKS: BindParameter[list[int]] = bindparam("pks", expanding=True)


def _latest_drafts(pks: Any) -> Select[DraftRow]:
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


def _latest_decisions(pks: Any) -> Select[DecisionRow]:
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


_LATEST_DRAFTS = _latest_drafts(_PKS)
_LATEST_DECISIONS = _latest_decisions(_PKS)
_TRACKINGS = (
    select(TrackingSnapshotRow)
    .where(TrackingSnapshotRow.message_pk.in_(_PKS))
    .order_by(TrackingSnapshotRow.fetched_at, TrackingSnapshotRow.id)
)
_BY_IDS = (
    ConversationReads._messages()
    .where(MessageRow.id.in_(_PKS))
    .order_by(MessageRow.due_at, MessageRow.id)
)


# The queue's statements are built once: building them anew took a quarter of a
# queue read's CPU, and the queue is the read people repeat most.
_DECIDED_BY = (
    select(DecisionRow.actor)
    .where(DecisionRow.message_pk == MessageRow.id)
    .order_by(DecisionRow.at.desc(), DecisionRow.id.desc())
    .limit(1)
    .scalar_subquery()
)
_EDITED_BY = (
    select(DraftRow.created_by)
    .where(DraftRow.message_pk == MessageRow.id)
    .order_by(DraftRow.version.desc())
    .limit(1)
    .scalar_subquery()
)
_QUEUE_LINE = select(  # QueueEntry's fields, in their order
    MessageRow.id,
    MessageRow.state,
    MessageRow.due_at,
    MessageRow.order_id,
    MessageRow.buyer_name,
    MessageRow.intent,
    _DECIDED_BY,
    _EDITED_BY,
    MessageRow.slack_channel,
    MessageRow.slack_ts,
    MessageRow.account,
).order_by(MessageRow.due_at, MessageRow.id)
_OF_ACCOUNTS = MessageRow.account.in_(bindparam("accounts", expanding=True))
_QUEUE_PAGE = (
    _QUEUE_LINE.where(MessageRow.state.in_(bindparam("states", expanding=True)))
    .where(_OF_ACCOUNTS)
    .limit(bindparam("limit", type_=Integer))
)
_ORDER_LINES = _QUEUE_LINE.where(MessageRow.order_id == bindparam("order"))
_OPEN = and_(MessageRow.state.in_(bindparam("states", expanding=True)), _OF_ACCOUNTS)
_OPEN_TOTAL = select(func.count(MessageRow.id)).where(_OPEN).scalar_subquery()
_OPEN_DUE = (
    select(func.count(MessageRow.id))
    .where(_OPEN, MessageRow.due_at <= bindparam("due_by", type_=UtcDateTime()))
    .scalar_subquery()
)
_PAGE = _QUEUE_PAGE.subquery()
_QUEUE_PAGE_AS_JSON = select(  # SQLite: the page as one JSON array, then the two counts
    func.json_group_array(func.json_array(*_PAGE.c)), _OPEN_TOTAL, _OPEN_DUE
)
_QUEUE_PAGE_COUNTED = _QUEUE_PAGE.add_columns(_OPEN_TOTAL, _OPEN_DUE)  # PostgreSQL


def _entry_from_json(values: list[Any]) -> QueueEntry:
    """A queue line from SQLite's JSON of one page row (times as stored: naive UTC text)."""
    pk, state, due_at, order_id, buyer, intent, decided_by, edited_by, channel, ts, account = values
    return QueueEntry(
        pk=int(pk),
        state=MessageState(state),
        due_at=datetime.fromisoformat(due_at).replace(tzinfo=UTC),
        order_id=order_id,
        buyer_name=buyer,
        intent=Intent(intent) if intent else None,
        decided_by=decided_by,
        edited_by=edited_by,
        slack_channel=channel,
        slack_ts=ts,
        account=account,
    )


def _by_deadline(entry: QueueEntry) -> tuple[datetime, int]:
    return entry.due_at, entry.pk
