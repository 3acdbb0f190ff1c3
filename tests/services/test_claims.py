from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from bot.domain import DecisionKind, MessageState, RejectReason
from bot.errors import AlreadyDecided
from bot.services.claims import claim, claim_or_raise, record_decision
from tests.services.helpers import T0, carded, decided, stored_buyer_message

NOW = T0 + timedelta(hours=2)


def test_ten_concurrent_claims_exactly_one_wins(uow_factory):
    pk = stored_buyer_message(uow_factory)
    carded(uow_factory, pk)
    barrier = threading.Barrier(10)
    outcomes: dict[str, bool] = {}
    errors = []

    def click(user: str):
        try:
            with uow_factory() as uow:
                barrier.wait(timeout=10)
                won = claim(
                    uow,
                    pk,
                    expected={MessageState.CARDED},
                    new=MessageState.SENDING,
                    actor=user,
                    now=NOW,
                )
                if won:
                    record_decision(uow, pk, kind=DecisionKind.APPROVE, actor=user, now=NOW)
                uow.commit()
            outcomes[user] = won
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=click, args=(f"U{i:03d}",)) for i in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    winners = [user for user, won in outcomes.items() if won]
    assert len(outcomes) == 10 and len(winners) == 1
    with uow_factory() as uow:
        row = uow.messages.get(pk)
        assert row.state is MessageState.SENDING
        assert row.state_changed_by == winners[0]
        assert row.version == 3  # stored, carded, claimed once
        decisions = uow.decisions.for_message(pk)
        assert [(d.kind, d.actor) for d in decisions] == [(DecisionKind.APPROVE, winners[0])]


def test_the_loser_learns_who_won(uow_factory):
    pk = stored_buyer_message(uow_factory)
    carded(uow_factory, pk)
    with uow_factory() as uow:
        claim_or_raise(
            uow, pk, expected={MessageState.CARDED}, new=MessageState.SPAM, actor="UALICE", now=NOW
        )
        uow.commit()
    with pytest.raises(AlreadyDecided, match="<@UALICE>") as info, uow_factory() as uow:
        claim_or_raise(
            uow, pk, expected={MessageState.CARDED}, new=MessageState.SENDING, actor="UBOB", now=NOW
        )
    assert info.value.by == "UALICE"
    assert info.value.outcome == "spam"


def test_a_claim_that_is_not_committed_leaves_the_message_claimable(uow_factory):
    pk = stored_buyer_message(uow_factory)
    carded(uow_factory, pk)
    with uow_factory() as uow:
        assert claim(
            uow, pk, expected={MessageState.CARDED}, new=MessageState.SENDING, actor="U1", now=NOW
        )
        # no commit: e.g. the compliance gate refused the text
    with uow_factory() as uow:
        assert uow.messages.get(pk).state is MessageState.CARDED


def test_closing_states_start_the_retention_clock(uow_factory):
    pk = stored_buyer_message(uow_factory)
    carded(uow_factory, pk)
    decided(uow_factory, pk, expected={MessageState.CARDED}, new=MessageState.NO_RESPONSE,
            actor="U1", now=NOW, kind=DecisionKind.REJECT,
            reason=RejectReason.NO_RESPONSE_NEEDED)  # fmt: skip
    with uow_factory() as uow:
        row = uow.messages.get(pk)
        assert row.closed_at == NOW
        assert row.answered_at is None
        [decision] = uow.decisions.for_message(pk)
        assert decision.reason is RejectReason.NO_RESPONSE_NEEDED
        assert decision.at == NOW
