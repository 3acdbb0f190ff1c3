"""The queue, App Home, /order and the daily summary: what viewers read, and its cost.

Each view loads in a fixed number of queries however many conversations are open,
counted here with an event listener on the engine for 10 and for 1,000 of them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, event, select

from bot.db.models import DecisionRow, MessageRow
from bot.domain import DecisionKind, MessageState
from bot.errors import NotAuthorised
from bot.jobs.summary import summary_message
from bot.services.access import Access, Role
from bot.services.authorise import Authoriser
from bot.services.conversations import order_to_snapshot
from bot.services.order_lookup import look_up_order
from bot.services.overview import QUEUE_LIMIT, read_home, read_queue, warm_up
from bot.services.stats import team_figures
from bot.slack.blocks import queue_blocks
from bot.testing.open_queue import seed_open_conversations
from carriers.model import Tracking, TrackingStatus
from tests.services.test_conversations import ORDER

NOW = datetime(2026, 3, 7, 12, 0, tzinfo=UTC)
VIEWER, STRANGER = "U0VIEWER", "U0STRANGER"


def no_groups(group: str) -> list[str]:
    raise AssertionError("no user group is configured")


ACCESS = Access(Authoriser(("U0AGENT",), no_groups), Authoriser((VIEWER,), no_groups))


class Carriers:
    """The tracking service's face for /order: answers from what it was given."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def track_many(self, items):
        self.asked += [n for n, _ in items]
        return {
            n: Tracking(carrier="ups", number=n, status=TrackingStatus.IN_TRANSIT, fetched_at=NOW)
            for n, _ in items
        }


def seed(uow_factory, count: int, *, start: int = 0) -> None:
    """``count`` open conversations about ORDER: everything a queue line or a card shows."""
    seed_open_conversations(uow_factory, count, now=NOW, start=start, order=ORDER,
                            snapshot=order_to_snapshot(ORDER))  # fmt: skip


@contextmanager
def counting(engine: Engine) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def queries(engine: Engine, view) -> int:
    with counting(engine) as statements:
        view()
    return len(statements)


def views(uow_factory):
    return {
        "queue": lambda: read_queue(uow_factory, ACCESS, user=VIEWER, now=NOW),
        "home": lambda: read_home(uow_factory, ACCESS, user=VIEWER, now=NOW),
        "order": lambda: look_up_order(
            ORDER.order_id,
            user=VIEWER,
            access=ACCESS,
            orders=lambda account: None,
            tracking=Carriers(),
            uow_factory=uow_factory,
        ),
        "summary": lambda: _summary(uow_factory),
    }


def _summary(uow_factory) -> None:
    with uow_factory().read_only() as uow:
        summary_message(team_figures(uow, now=NOW))


def test_each_view_costs_the_same_queries_for_10_and_for_1000_open(engine, uow_factory):
    seed(uow_factory, 10)
    small = {name: queries(engine, view) for name, view in views(uow_factory).items()}
    seed(uow_factory, 990, start=10)
    large = {name: queries(engine, view) for name, view in views(uow_factory).items()}
    print("queries per view, 10 and 1,000 open:", small, large)
    assert large == small
    # The queue: one statement for the page of queue lines and the counts of all open
    # ones (and SQLite's BEGIN).
    assert small["queue"] <= 2, small


def test_the_queue_shows_the_most_urgent_and_counts_every_open_one(uow_factory):
    seed(uow_factory, 60)
    view = read_queue(uow_factory, ACCESS, user=VIEWER, now=NOW)
    assert view.open_total == 60 and len(view.entries) == QUEUE_LIMIT == 15
    dues = [e.due_at for e in view.entries]
    assert dues == sorted(dues) and dues[0] == NOW + timedelta(hours=24) - timedelta(minutes=59)
    first = view.entries[0]
    assert (first.buyer_name, first.order_id) == ("Buyer 59", ORDER.order_id)
    assert first.decided_by == "U0AGENT" and first.state is MessageState.CARDED
    assert view.due_soon == 0
    later = read_queue(uow_factory, ACCESS, user=VIEWER, now=NOW + timedelta(hours=19, minutes=30))
    assert later.due_soon == 30  # due by 23:30 from now: the 30 received 30+ min before


def test_a_queue_line_names_the_latest_decider_else_the_latest_editor(uow_factory):
    seed(uow_factory, 2)
    with uow_factory() as uow:
        decided, edited = sorted(uow.session.scalars(select(MessageRow.id)))
        later = NOW + timedelta(minutes=5)
        uow.session.add(DecisionRow(message_pk=decided, kind=DecisionKind.EDIT,
                                    actor="U0SECOND", at=later))  # fmt: skip
        uow.session.query(DecisionRow).filter_by(message_pk=edited).delete()
        uow.drafts.add_version(edited, "Mine now.", now=later, created_by="U0EDITOR")
        uow.commit()
    entries = {e.pk: e for e in read_queue(uow_factory, ACCESS, user=VIEWER, now=NOW).entries}
    assert entries[decided].decided_by == "U0SECOND"
    assert (entries[edited].decided_by, entries[edited].edited_by) == (None, "U0EDITOR")
    lines = str(queue_blocks(list(entries.values()), NOW))
    assert "on it: <@U0SECOND>" in lines and "edited by <@U0EDITOR>" in lines


def test_order_lookup_shows_stored_order_tracking_and_conversations(uow_factory):
    seed(uow_factory, 3)
    carriers = Carriers()
    found = look_up_order(
        ORDER.order_id,
        user=VIEWER,
        access=ACCESS,
        orders=lambda account: None,
        tracking=carriers,
        uow_factory=uow_factory,
    )
    assert found.order == ORDER and "SP-API is not configured" in found.problem
    assert carriers.asked == ["1Z5R89390357567127"]
    assert [t.number for t in found.trackings] == ["1Z5R89390357567127"]
    assert len(found.open_messages) == 3


@pytest.mark.parametrize("view", ["queue", "home", "order"])
def test_a_stranger_is_refused_audited_and_sees_nothing(uow_factory, caplog, view):
    seed(uow_factory, 2)
    stranger_views = {
        "queue": lambda: read_queue(uow_factory, ACCESS, user=STRANGER, now=NOW),
        "home": lambda: read_home(uow_factory, ACCESS, user=STRANGER, now=NOW),
        "order": lambda: look_up_order(
            ORDER.order_id,
            user=STRANGER,
            access=ACCESS,
            orders=lambda account: None,
            tracking=Carriers(),
            uow_factory=uow_factory,
        ),
    }
    caplog.set_level(logging.INFO, logger="wismo.audit")
    with pytest.raises(NotAuthorised) as refused:
        stranger_views[view]()
    assert refused.value.setting == "WISMO_VIEWERS"
    audit = [r.getMessage() for r in caplog.records if r.name == "wismo.audit"]
    what = {"queue": "/wismo queue", "home": "App Home", "order": "/order"}[view]
    assert audit == [f"refused: {STRANGER} is not a viewer (tried {what})"]
    assert "Buyer" not in str(refused.value) and ORDER.order_id not in audit[0]


def test_the_warm_up_reads_app_home_as_a_viewer_would_and_writes_nothing(engine, uow_factory):
    seed(uow_factory, 20)
    with counting(engine) as statements:
        warmed = warm_up(uow_factory, now=NOW, accounts=ACCESS.accounts(VIEWER, Role.READ))
    assert warmed == read_home(uow_factory, ACCESS, user=VIEWER, now=NOW)
    assert not [s for s in statements if s.split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}]
    assert "BEGIN IMMEDIATE" not in statements  # no write lock taken on SQLite
