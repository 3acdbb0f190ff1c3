"""The team's figures over a week of messages, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.db.models import AutopilotHoldRow, DecisionRow, MessageRow
from bot.domain import DecisionKind, HoldState, MessageKind, MessageState, RejectReason
from bot.services.stats import percentile, team_figures
from tests.services.helpers import T0

NOW = T0 + timedelta(days=3)
H = timedelta(hours=1)


def _message(uow, n: int, *, received, state=MessageState.CARDED, answered=None, closed=None,
             kind=MessageKind.BUYER_MESSAGE) -> int:  # fmt: skip
    row = uow.messages.add(
        MessageRow(
            message_id=f"<m{n}@marketplace.amazon.com>",
            state=state,
            kind=kind,
            received_at=received,
            arrived_at=received,
            due_at=received + 24 * H,
            answered_at=answered,
            closed_at=closed if closed is not None else answered,
            attachments=[],
            problems=[],
        )
    )
    return row.id


def _decision(uow, pk, kind, *, at, reason=None, compliance=None) -> None:
    uow.decisions.add(
        DecisionRow(
            message_pk=pk, kind=kind, reason=reason, actor="U1", at=at, compliance=compliance
        )
    )


def refused(*rules: str) -> dict:
    return {
        "compliant": False,
        "violations": [
            {"rule": r, "severity": "block", "start": 0, "end": 1, "excerpt": "x", "message": "m"}
            for r in rules
        ]
        + [{"rule": "too-long", "severity": "warn", "start": 0, "end": 1}],
    }  # fmt: skip


def test_figures_of_a_week(uow_factory):
    with uow_factory() as uow:
        # Answered after 1 h, 2 h, 3 h, 4 h and 30 h (the last one late).
        for n, hours in enumerate([1, 2, 3, 4, 30]):
            received = NOW - timedelta(days=2) + n * H
            _message(uow, n, received=received, state=MessageState.ANSWERED,
                     answered=received + hours * H)  # fmt: skip
        # Answered before the window: not counted.
        _message(uow, 10, received=NOW - timedelta(days=9), state=MessageState.ANSWERED,
                 answered=NOW - timedelta(days=8, hours=23))  # fmt: skip
        # Still open and past its deadline: a breach and overdue now.
        manual = _message(uow, 11, received=NOW - 30 * H, state=MessageState.MANUAL)
        # Open, deadline ahead.
        carded = _message(uow, 12, received=NOW - 2 * H)
        # No response needed in time: the clock stopped, no breach.
        nr = _message(uow, 13, received=NOW - 40 * H, state=MessageState.NO_RESPONSE,
                      closed=NOW - 39 * H)  # fmt: skip
        # System mail never counts.
        _message(uow, 14, received=NOW - 30 * H, state=MessageState.SYSTEM,
                 kind=MessageKind.SYSTEM)  # fmt: skip
        _decision(uow, nr, DecisionKind.REJECT, at=NOW - 39 * H,
                  reason=RejectReason.NO_RESPONSE_NEEDED)  # fmt: skip
        for _ in range(2):
            _decision(uow, manual, DecisionKind.REJECT, at=NOW - 5 * H,
                      reason=RejectReason.HANDLE_MANUALLY)  # fmt: skip
        _decision(
            uow, carded, DecisionKind.APPROVE, at=NOW - H, compliance=refused("link", "emoji")
        )
        _decision(uow, carded, DecisionKind.EDIT, at=NOW - H, compliance=refused("link"))
        _decision(uow, carded, DecisionKind.APPROVE, at=NOW - H,
                  compliance={"compliant": True, "violations": []})  # fmt: skip
        uow.commit()

    with uow_factory() as uow:
        figures = team_figures(uow, now=NOW)

    assert figures.answered == 5
    assert figures.answered_in_time == 4
    assert figures.in_time_share == pytest.approx(0.8)
    assert figures.median_response == 3 * H
    assert figures.p90_response == 30 * H
    # The late answer (deadline inside the window) and the open overdue one.
    assert figures.breaches == 2
    assert (figures.open_now, figures.overdue_now) == (2, 1)
    assert figures.top_reject_reasons == (("handle_manually", 2), ("no_response_needed", 1))
    assert figures.top_refusal_rules == (("link", 2), ("emoji", 1))


def test_an_empty_week_has_no_averages(uow_factory):
    with uow_factory() as uow:
        figures = team_figures(uow, now=NOW)
    assert figures.answered == 0
    assert figures.median_response is None and figures.p90_response is None
    assert figures.in_time_share is None
    assert figures.breaches == 0


def test_percentile_is_nearest_rank():
    values = [float(v) for v in range(1, 11)]
    assert percentile(values, 0.9) == 9.0
    assert percentile(values, 0.5) == 5.0
    assert percentile([7.0], 0.9) == 7.0
    with pytest.raises(ValueError):
        percentile([], 0.5)


def test_autopilot_answers_are_counted_per_seller_account(uow_factory):
    # Two sellers on one bot: each daily summary counts only its own automatic replies.
    with uow_factory() as uow:
        for n, account in enumerate(["eu", "eu", "us"]):
            received = NOW - timedelta(days=1) + n * H
            pk = _message(uow, n, received=received, answered=received + H)
            uow.session.get(MessageRow, pk).account = account
            uow.session.add(
                AutopilotHoldRow(
                    message_pk=pk,
                    state=HoldState.SENT,
                    send_at=received + H,
                    due_at=received + 24 * H,
                    created_at=received,
                    ended_at=received + H,
                )
            )
        uow.commit()
    with uow_factory() as uow:
        assert team_figures(uow, now=NOW, account="eu").answered_by_autopilot == 2
        assert team_figures(uow, now=NOW, account="us").answered_by_autopilot == 1
        assert team_figures(uow, now=NOW).answered_by_autopilot == 3
