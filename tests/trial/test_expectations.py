"""The trial's rules for which deadline pings must fire: checked without the processes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bench.trial.mails import Group, TextPool, plan_mails, render
from bench.trial.metrics import expected_pings, peak_in_window, percentile
from bot.amazon.relay import parse_mail
from bot.domain import MessageKind

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
MARGIN = timedelta(seconds=25)
H = timedelta(hours=1)


def row(left: timedelta, *, state: str = "carded", answered: datetime | None = None) -> dict:
    return {
        "state": state,
        "due_at": NOW + left,
        "arrived_at": NOW,
        "answered_at": answered,
        "closed_at": answered,
        "state_changed_at": answered,
    }


def test_mail_read_late_expects_only_the_most_severe_threshold_passed():
    exp = expected_pings(
        row(30 * timedelta(minutes=1)), end=NOW + 5 * timedelta(minutes=1), margin=MARGIN
    )
    assert exp.expected == {"1h"}
    assert not exp.possible


def test_threshold_crossing_during_the_trial_is_expected_after_the_one_on_arrival():
    exp = expected_pings(
        row(4 * H + timedelta(minutes=2)), end=NOW + timedelta(minutes=10), margin=MARGIN
    )
    assert exp.expected == {"12h", "4h"}


def test_no_ping_is_expected_after_the_answer():
    answered = NOW + timedelta(minutes=1)
    exp = expected_pings(
        row(12 * H + timedelta(minutes=5), state="answered", answered=answered),
        end=NOW + timedelta(minutes=20),
        margin=MARGIN,
    )
    assert exp.expected == set() and exp.possible == set()


def test_a_window_inside_a_dead_worker_period_makes_the_ping_only_possible():
    blind = [(NOW - timedelta(seconds=5), NOW + timedelta(minutes=3))]
    exp = expected_pings(
        row(4 * H + timedelta(minutes=2)),
        end=NOW + timedelta(minutes=10),
        margin=MARGIN,
        blind=blind,
    )
    assert exp.expected == {"4h"}
    assert exp.possible == {"12h"}  # 4 h may have passed before any sweep saw the 12 h one


def test_system_mail_has_no_deadline():
    assert expected_pings(row(H, state="system"), end=NOW + H, margin=MARGIN).expected == set()


def test_percentile_nearest_rank():
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.5) == 50.0
    assert percentile(values, 0.99) == 99.0
    assert percentile([], 0.5) is None


def test_planned_mails_parse_as_what_they_were_planned_to_be():
    plan = plan_mails(count=120, duration=300, pool=TextPool.load(), seed=3)
    assert {m.group for m in plan} == {Group.FRESH, Group.RACE, Group.AGED, Group.CROSSING}
    assert {m.market for m in plan if m.market} == {"US", "DE", "FR", "ES", "IT"}
    for mail in plan:
        parsed = parse_mail(render(mail, sent_at=NOW - mail.age), received_at=NOW)
        if mail.kind == "buyer":
            assert parsed.kind is MessageKind.BUYER_MESSAGE, mail
            assert parsed.order_id == mail.order_id
            assert parsed.sent_at == (NOW - mail.age).replace(microsecond=0)
        elif mail.kind == "system":
            assert parsed.kind is MessageKind.SYSTEM, mail
        else:
            assert parsed.problems, mail


def test_peak_in_window_counts_the_busiest_stretch():
    assert peak_in_window([0.0, 0.5, 1.0, 5.0, 20.0, 20.1, 20.2, 20.3], 1.0) == 4
    assert peak_in_window([], 10.0) == 0
