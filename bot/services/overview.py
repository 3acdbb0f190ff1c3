"""What viewers read: the queue of open buyer messages, and App Home.

Both are read-only units of work (no write lock, so a read never waits behind a click)
that load in a fixed number of queries however many conversations are open: one
statement for the page of queue lines and the counts of all open ones
(:meth:`~bot.db.conversation_reads.ConversationReads.queue_page`, only what a line
shows), and for App Home the team's response figures.
Both check first that the user is a viewer (:class:`~bot.services.access.Access`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.db.uow import SqlUnitOfWork, UowFactory
from bot.domain import OPEN_STATES, QueueEntry, ResponseFigures
from bot.services.access import Access, Role
from bot.services.stats import response_figures

__all__ = [
    "DUE_SOON",
    "HOME_LIMIT",
    "QUEUE_LIMIT",
    "HomeView",
    "QueueView",
    "read_home",
    "read_queue",
    "warm_up",
]

# Lines in the ephemeral /wismo queue answer: the most urgent ones, then the totals and a
# pointer to App Home.  It is answered in the ack, so it stays short to render and send.
QUEUE_LIMIT = 15
HOME_LIMIT = 95  # App Home holds 100 blocks: the header, buttons and figures take the rest
DUE_SOON = timedelta(hours=4)


@dataclass(frozen=True, slots=True)
class QueueView:
    entries: tuple[QueueEntry, ...]  # the most urgent first, at most the limit
    open_total: int  # every open buyer message, shown or not
    due_soon: int  # ... of which due within DUE_SOON or already late


@dataclass(frozen=True, slots=True)
class HomeView:
    queue: QueueView
    figures: ResponseFigures


def read_queue(
    uow_factory: UowFactory,
    access: Access,
    *,
    user: str,
    now: datetime,
    limit: int = QUEUE_LIMIT,
) -> QueueView:
    """The open buyer messages by deadline, for a viewer (``/wismo queue``)."""
    access.require(user, Role.READ, what="/wismo queue")
    accounts = access.accounts(user, Role.READ)
    with uow_factory().read_only() as uow:
        return _queue(uow, now=now, limit=limit, accounts=accounts)


def read_home(uow_factory: UowFactory, access: Access, *, user: str, now: datetime) -> HomeView:
    """App Home: the queue and the team's last seven days, for a viewer (of the seller
    accounts they are a viewer of)."""
    access.require(user, Role.READ, what="App Home")
    return _home(uow_factory, now=now, accounts=access.accounts(user, Role.READ))


def _home(uow_factory: UowFactory, *, now: datetime, accounts: tuple[str, ...]) -> HomeView:
    with uow_factory().read_only() as uow:
        queue = _queue(uow, now=now, limit=HOME_LIMIT, accounts=accounts)
        figures = response_figures(uow, now=now, account=accounts)
        return HomeView(queue=queue, figures=figures)


def _queue(
    uow: SqlUnitOfWork, *, now: datetime, limit: int, accounts: tuple[str, ...]
) -> QueueView:
    """The queue of the seller ``accounts`` (a user sees only those they may read)."""
    entries, counts = uow.conversations.queue_page(
        OPEN_STATES, limit=limit, due_by=now + DUE_SOON, accounts=accounts
    )
    return QueueView(entries=tuple(entries), open_total=counts.total, due_soon=counts.due_by)


def warm_up(uow_factory: UowFactory, *, now: datetime, accounts: tuple[str, ...]) -> HomeView:
    """App Home's reads for the seller ``accounts``, for a process warming up, never for
    a user.

    A new web process pays for its first reads (statements compiled for its own engine,
    first connections, lazily imported modules) on the first requests it answers; under a
    team that starts work together those first answers took 0.3 to 0.9 s (bench/
    slack_bench.py).  ``wismo serve`` calls this before a process takes requests, and
    shows the result to nobody: no access check, so never hand it to a listener.
    """
    return _home(uow_factory, now=now, accounts=accounts)
