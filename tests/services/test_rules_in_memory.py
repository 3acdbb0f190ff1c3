"""The decision and outbox rules on the in-memory unit of work: no database, milliseconds.

The same use cases as tests/services/test_deciding.py and test_outbox.py (which run
them on SQLite and PostgreSQL), here on :class:`bot.testing.fake_uow.FakeStore`, so each
rule is checked in isolation and fast: which states a card may decide, "Other" needs a
note, a message is claimed once, one outbox row per decision, no reply sent twice.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import timedelta

import pytest

from bot.config import Settings
from bot.db.models import DecisionRow, MessageRow, OutboxRow, OutboxState
from bot.domain import MessageKind, MessageState, OutgoingMail, RejectReason
from bot.errors import AlreadyDecided, RejectionIncomplete
from bot.services import deciding
from bot.services.outbox import Unsettled, deliver_due, enqueue
from bot.testing.fake_uow import FakeStore
from compliance import Policy
from tests.services.helpers import T0, access_for

AGENT, OTHER = "U0AGENT", "U0OTHER"
AGENTS = access_for((AGENT, OTHER))
REPLY = "Hello Jane, your parcel is on its way with UPS. Order 111-2223334-4445556."


class Mailbox:
    """The mail sender port: records what it was handed."""

    def __init__(self) -> None:
        self.sent: list[OutgoingMail] = []
        self._lock = threading.Lock()

    def send(self, mail: OutgoingMail) -> None:
        with self._lock:
            self.sent.append(mail)


@dataclass
class Deps:
    """What the decision use cases are handed (bot.services.deps.Deps), in memory."""

    store: FakeStore = field(default_factory=FakeStore)
    mailer: Mailbox | None = field(default_factory=Mailbox)
    settings: Settings = field(
        default_factory=lambda: Settings(mail_from="Support <support@seller.example>")
    )
    policy: Policy = field(default_factory=Policy)
    unsettled: Unsettled = field(default_factory=Unsettled)

    @property
    def uow_factory(self):
        return self.store.uow_factory

    def mailer_for(self, account):
        return self.mailer

    def clock(self):
        return T0


@pytest.fixture
def deps() -> Deps:
    return Deps()


def message(deps: Deps, state: MessageState = MessageState.CARDED, n: int = 1) -> int:
    with deps.uow_factory() as uow:
        row = uow.messages.add(
            MessageRow(
                message_id=f"<b{n}@marketplace.amazon.com>",
                kind=MessageKind.BUYER_MESSAGE,
                state=state,
                received_at=T0,
                arrived_at=T0,
                due_at=T0 + timedelta(hours=24),
                buyer_alias="abc123xyz@marketplace.amazon.com",
                language="en",
                marketplace="US",
                subject="Where is my order?",
                order_id="111-2223334-4445556",
            )
        )
        uow.drafts.add_version(row.id, REPLY, now=T0, lang="en")
        uow.commit()
    return row.id


def approve(deps: Deps, pk: int, actor: str = AGENT):
    return deciding.approve(deps, pk, access=AGENTS, actor=actor, now=T0)


@pytest.mark.parametrize("state", [MessageState.DRAFTED, MessageState.CARDED])
def test_a_drafted_or_carded_message_may_be_decided(deps, state):
    pk = message(deps, state)
    assert approve(deps, pk).conversation.state is MessageState.ANSWERED
    assert [m.body for m in deps.mailer.sent] == [REPLY]


@pytest.mark.parametrize(
    "state",
    sorted(set(MessageState) - deciding.DECIDABLE, key=lambda s: s.value),
)
def test_no_other_state_may_be_decided_and_nothing_is_written(deps, state):
    pk = message(deps, state)
    commits = deps.store.commits
    for decide in (
        lambda: approve(deps, pk),
        lambda: deciding.reject(deps, pk, RejectReason.SPAM, access=AGENTS, actor=AGENT, now=T0),
        lambda: deciding.editable(deps, pk, access=AGENTS, actor=AGENT),
    ):
        with pytest.raises(AlreadyDecided):
            decide()
    assert deps.store.commits == commits and deps.mailer.sent == []
    assert deps.store.rows(OutboxRow) == [] and deps.store.rows(DecisionRow) == []


@pytest.mark.parametrize("note", ["", "   "])
def test_other_needs_a_note(deps, note):
    pk = message(deps)
    with pytest.raises(RejectionIncomplete) as missing:
        deciding.reject(deps, pk, RejectReason.OTHER, note=note, access=AGENTS, actor=AGENT,
                        now=T0)  # fmt: skip
    assert missing.value.field == "note"
    assert deps.store.rows(MessageRow)[0].state is MessageState.CARDED
    with pytest.raises(RejectionIncomplete):
        deciding.check_rejection(AGENTS, pk, "other", note, actor=AGENT)
    done = deciding.reject(deps, pk, RejectReason.OTHER, note="asked by phone", access=AGENTS,
                           actor=AGENT, now=T0)  # fmt: skip
    assert done.conversation.state is MessageState.MANUAL  # the deadline keeps running
    assert done.conversation.decision.note == "asked by phone"


def test_a_message_is_claimed_once_and_the_loser_is_told_who_won(deps):
    pk = message(deps)
    approve(deps, pk, AGENT)
    with pytest.raises(AlreadyDecided) as lost:
        deciding.reject(deps, pk, RejectReason.SPAM, access=AGENTS, actor=OTHER, now=T0)
    assert lost.value.by == AGENT
    assert [d.actor for d in deps.store.rows(DecisionRow)] == [AGENT]


def test_of_many_simultaneous_clicks_exactly_one_wins(deps):
    pk = message(deps)
    outcomes: list[str] = []
    start = threading.Barrier(8)

    def click(n: int) -> None:
        start.wait()
        try:
            approve(deps, pk, AGENT if n % 2 else OTHER)
            outcomes.append("won")
        except AlreadyDecided:
            outcomes.append("lost")

    threads = [threading.Thread(target=click, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["lost"] * 7 + ["won"]
    assert len(deps.mailer.sent) == 1 and len(deps.store.rows(OutboxRow)) == 1


def test_a_decision_is_one_transaction_then_its_own_send(deps):
    pk = message(deps)
    other = message(deps, n=2)
    with deps.uow_factory() as uow:  # another reply, due: the worker's, not this click's
        enqueue(uow, other, OutgoingMail(to="x@marketplace.amazon.com", subject="Re: x",
                                         body="Hello", message_id="<r2@x>"), T0)  # fmt: skip
        uow.commit()
    before = deps.store.commits
    approve(deps, pk)
    # Claim, audit row and outbox row in one commit; the send's outcome in a second.
    assert deps.store.commits - before == 2
    assert [m.body for m in deps.mailer.sent] == [REPLY]
    pending = {o.message_pk: o.state for o in deps.store.rows(OutboxRow)}
    assert pending == {pk: OutboxState.SENT, other: OutboxState.PENDING}


def test_one_outbox_row_per_message_whatever_is_decided_after(deps):
    pk = message(deps)
    approve(deps, pk)
    mail = OutgoingMail(to="x@marketplace.amazon.com", subject="Re: x", body="Hi", message_id="<r>")
    with deps.uow_factory() as uow, pytest.raises(AlreadyDecided):
        enqueue(uow, pk, mail, T0)
    with pytest.raises(AlreadyDecided):
        deciding.submit_edit(deps, pk, REPLY + " Thanks!", access=AGENTS, actor=OTHER, now=T0)
    assert len(deps.store.rows(OutboxRow)) == 1


def test_a_sent_reply_is_never_sent_again(deps):
    pk = message(deps)
    approve(deps, pk)
    later = T0 + timedelta(hours=1)
    assert deliver_due(deps.uow_factory, deps.mailer, now=later).sent == 0
    assert deliver_due(deps.uow_factory, deps.mailer, now=later + timedelta(days=1)).sent == 0
    assert len(deps.mailer.sent) == 1


def test_without_a_mailer_the_reply_waits_for_the_worker_which_sends_it_once():
    deps = Deps(mailer=None)
    pk = message(deps)
    result = approve(deps, pk)
    assert result.conversation.state is MessageState.SENDING and "SMTP_URL" in result.notice
    mailbox = Mailbox()
    assert deliver_due(deps.uow_factory, mailbox, now=T0).sent == 1
    assert deliver_due(deps.uow_factory, mailbox, now=T0 + timedelta(hours=1)).sent == 0
    assert [m.body for m in mailbox.sent] == [REPLY]
    assert deps.store.rows(MessageRow)[0].state is MessageState.ANSWERED
