"""What a card's click costs the database: its statements, counted, on each backend.

A click is one transaction before its send (claim, audit row, outbox row, and the card
as it then stands, built from the rows the transaction just read or wrote rather than
read again), then the send's own record of how it went.  The counts are pinned: a
statement added to a click fails here, which is the point (each costs a thread a wait
for the GIL under load, and the Approve click is the bot's most frequent write).
"""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import event

from bot.domain import MessageState, RejectReason
from bot.services import deciding
from tests.services.helpers import T0
from tests.services.test_deciding import AGENT, AGENTS, REPLY, carded, make_services


class Recorder:
    """Every statement the engine runs (SQLite's ``BEGIN IMMEDIATE`` included), and how
    many had run when the one mail was sent."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.statements: list[str] = []
        self.at_send: list[int] = []
        event.listen(engine, "before_cursor_execute", self._on_statement)

    def _on_statement(self, conn, cursor, statement, parameters, context, executemany) -> None:
        self.statements.append(" ".join(statement.split())[:80])

    def send(self, mail) -> None:
        self.at_send.append(len(self.statements))

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._on_statement)


# (statements before the send: the click's one transaction; statements in all).  SQLite
# counts its BEGIN IMMEDIATE / BEGIN as statements, PostgreSQL's driver does not.
EXPECTED = {
    "approve": {"sqlite": (12, 18), "postgresql": (11, 15)},
    "edit": {"sqlite": (15, 21), "postgresql": (14, 18)},
    "reject": {"sqlite": (11, 11), "postgresql": (9, 9)},
}


def _click(services, pk: int, what: str):
    if what == "approve":
        return deciding.approve(services, pk, access=AGENTS, actor=AGENT, now=T0)
    if what == "edit":
        return deciding.submit_edit(
            services, pk, REPLY + " Thanks!", access=AGENTS, actor=AGENT, now=T0
        )
    return deciding.reject(services, pk, RejectReason.SPAM, access=AGENTS, actor=AGENT, now=T0)


@pytest.mark.parametrize("what", ["approve", "edit", "reject"])
def test_a_click_runs_a_pinned_number_of_statements(engine, db_url, what):
    recorder = Recorder(engine)
    services = dataclasses.replace(make_services(engine, db_url, None), mailer=recorder)
    try:
        pk = carded(services)
        recorder.statements.clear()
        result = _click(services, pk, what)
        expected_state = MessageState.SPAM if what == "reject" else MessageState.ANSWERED
        assert result.conversation.state is expected_state
        before_send = recorder.at_send[0] if recorder.at_send else len(recorder.statements)
        counts = (before_send, len(recorder.statements))
        shown = "\n".join(recorder.statements)
        assert counts == EXPECTED[what][engine.dialect.name], shown
    finally:
        recorder.close()
        services.close()
