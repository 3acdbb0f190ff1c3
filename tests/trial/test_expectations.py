"""The trial's own rules, checked without the processes: which deadline pings must fire,
the simulated week's clock and rhythm, and the fault schedule."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from bench.trial.mails import MARKETS, TextPool, plan_mails, render
from bench.trial.metrics import expected_pings, peak_in_window, percentile
from bench.trial.run import TrialConfig
from bench.trial.timeline import Timeline, next_on_shift, on_shift
from bot.bootstrap import clock_from_settings
from bot.config import Settings
from bot.domain import MessageKind
from bot.mail.relay import parse_mail

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # a Monday
MIN = timedelta(minutes=1)
MARGIN = 54 * MIN  # 4.5 real seconds at 720x
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
    # 30 min left on arrival: the 1 h note (not the 12 h or 4 h ones), then the breach.
    exp = expected_pings(row(30 * MIN), end=NOW + 2 * H, margin=20 * MIN)
    assert exp.expected == {"1h", "0h"}
    assert not exp.possible
    # With sweeps up to 54 min apart, the 30 min before the breach may pass unseen.
    exp = expected_pings(row(30 * MIN), end=NOW + 2 * H, margin=MARGIN)
    assert exp.expected == {"0h"} and exp.possible == {"1h"}


def test_thresholds_crossed_as_the_simulated_day_passes_are_each_expected():
    exp = expected_pings(row(20 * H), end=NOW + 30 * H, margin=MARGIN)
    assert exp.expected == {"12h", "4h", "1h", "0h"}


def test_a_threshold_window_shorter_than_a_sweep_period_is_only_possible():
    # 5 h left on arrival: 1 h as the 12 h note is the most severe, 3 h for the 4 h one,
    # 1 h for the 1 h one; a sweep may be 90 simulated minutes late.
    exp = expected_pings(row(5 * H), end=NOW + 10 * H, margin=90 * MIN)
    assert exp.expected == {"4h", "0h"}
    assert exp.possible == {"12h", "1h"}
    exp = expected_pings(row(5 * H), end=NOW + 10 * H, margin=MARGIN)
    assert exp.expected == {"12h", "4h", "1h", "0h"}


def test_no_ping_is_expected_after_the_answer():
    answered = NOW + timedelta(minutes=30)
    exp = expected_pings(
        row(12 * H + 2 * H, state="answered", answered=answered), end=NOW + 30 * H, margin=MARGIN
    )
    assert exp.expected == set() and exp.possible == set()


def test_an_answer_racing_a_sweep_makes_the_ping_possible_not_wrong():
    # Answered 3 simulated minutes before the 12 h mark: at 720x that is a quarter of a
    # real second, so the sweep may have read the message before the answer committed.
    answered = NOW + H - timedelta(minutes=3)
    exp = expected_pings(
        row(13 * H, state="answered", answered=answered),
        end=NOW + 30 * H,
        margin=MARGIN,
        race=timedelta(minutes=24),
    )
    assert exp.possible == {"12h"} and exp.expected == set()


def test_a_window_inside_a_dead_worker_period_makes_the_ping_only_possible():
    blind = [(NOW - 5 * MIN, NOW + 10 * H)]  # PostgreSQL down, or no worker
    exp = expected_pings(row(14 * H), end=NOW + 30 * H, margin=MARGIN, blind=blind)
    assert exp.possible == {"12h"}  # its window, 2 h to 10 h from now, was blind
    assert exp.expected == {"4h", "1h", "0h"}


def test_a_ping_claimed_while_slack_failed_is_only_possible_until_its_retry():
    # Slack fails from 1 h to 4 h from now: the 12 h note (due in 2 h) is claimed while
    # it fails and waits for the sweep's retry; the 4 h one comes due after Slack is back.
    stalled = [(NOW + H, NOW + 4 * H)]
    exp = expected_pings(row(14 * H), end=NOW + 30 * H, margin=MARGIN, stalled=stalled)
    assert exp.possible == {"12h"}
    assert exp.expected == {"4h", "1h", "0h"}
    # Its window opened before Slack failed, with time enough for a sweep: expected.
    exp = expected_pings(row(11 * H), end=NOW + 30 * H, margin=MARGIN, stalled=stalled)
    assert "12h" in exp.expected


def test_system_mail_has_no_deadline():
    assert expected_pings(row(H, state="system"), end=NOW + H, margin=MARGIN).expected == set()


def test_the_trial_reads_the_same_simulated_instant_as_the_processes():
    line = Timeline(datetime(2026, 11, 22, tzinfo=UTC), 1_790_000_000.25, 720.0)
    settings = Settings.from_env(line.env())
    real = 1_790_000_123.5
    clock = clock_from_settings(settings, real=lambda: real)
    assert clock() == line.sim(real)
    assert line.real(line.sim(real)) == pytest.approx(real)


def test_a_short_simulated_fault_is_stretched_to_last_in_real_seconds():
    line = Timeline(NOW, 0.0, 720.0)
    assert line.fault_span(timedelta(minutes=10), min_real=15.0) == 15.0  # not 0.83 s
    assert line.fault_span(timedelta(hours=12), min_real=15.0) == 60.0


@pytest.mark.parametrize("config", [TrialConfig.reduced(), TrialConfig.full()])
def test_every_fault_falls_inside_the_simulated_window(config: TrialConfig) -> None:
    plan = config.faults
    line = Timeline(config.start, 0.0, config.speed)
    periods = [plan.carrier_down, plan.carrier_quota, plan.smtp, plan.slack]
    for offset, asked in periods:
        real = line.fault_span(asked, min_real=config.fault_min_real)
        assert real >= config.fault_min_real
        assert timedelta(0) < offset and config.start + offset + line.sim_span(real) < config.end
    slack_offset, slack_len = plan.slack  # 429, then 500 for as long again
    twice = 2 * line.fault_span(slack_len, min_real=config.fault_min_real)
    assert config.start + slack_offset + line.sim_span(twice) < config.end
    for at in (*plan.worker_kills, *plan.web_kill, plan.postgres):
        assert config.start < config.start + at < config.end
    # Agents are at work while replies are refused, so the mail server really is retried.
    assert next_on_shift(config.start + plan.smtp[0]) == config.start + plan.smtp[0]


def test_the_full_trial_is_a_week_within_the_hour_and_the_reduced_one_within_ci():
    full, reduced = TrialConfig.full(), TrialConfig.reduced()
    assert full.messages >= 2000 and full.days == 7
    assert full.days * 86400 / full.speed + full.startup + full.drain <= 55 * 60
    assert reduced.days * 86400 / reduced.speed + reduced.startup + reduced.drain <= 5 * 60
    assert reduced.messages >= 300


def test_mail_follows_the_day_and_the_week_over_five_marketplaces():
    config = TrialConfig.full()
    plan = plan_mails(count=2000, start=config.start, end=config.end, pool=TextPool.load())
    assert [m.arrive for m in plan] == sorted(m.arrive for m in plan)
    assert all(config.start <= m.arrive < config.end for m in plan)
    assert all(m.sent < m.arrive for m in plan)
    eu = [m.arrive.hour for m in plan if m.market in {"DE", "FR", "ES", "IT"}]
    by_hour = Counter(eu)
    # European buyers (UTC+1) write far more at 10:00-20:00 UTC than at 01:00-05:00.
    assert sum(by_hour[h] for h in range(10, 20)) > 5 * sum(by_hour[h] for h in range(1, 5))
    days = Counter(m.arrive.weekday() for m in plan)
    assert days[5] > 0 and days[6] > 0  # the weekend too
    assert days[0] > days[5]  # Monday brings the weekend's questions
    assert {m.market for m in plan if m.market} == set(MARKETS)
    kinds = Counter(m.kind for m in plan)
    assert kinds["system"] and kinds["malformed"]
    intents = Counter(m.intent for m in plan if m.intent)
    assert intents.most_common(1)[0][0] == "where_is_my_order" and len(intents) >= 5


def test_planned_mails_parse_as_what_they_were_planned_to_be():
    config = TrialConfig.reduced()
    plan = plan_mails(count=120, start=config.start, end=config.end, pool=TextPool.load(), seed=3)
    for mail in plan:
        parsed = parse_mail(render(mail), received_at=mail.arrive)
        if mail.kind == "buyer":
            assert parsed.kind is MessageKind.BUYER_MESSAGE, mail
            assert parsed.order_id == mail.order_id
            assert parsed.sent_at == mail.sent.replace(microsecond=0)
        elif mail.kind == "system":
            assert parsed.kind is MessageKind.SYSTEM, mail
        else:
            assert parsed.problems, mail


def test_nobody_works_at_night_and_someone_works_the_weekend():
    night = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)  # Tuesday 03:00
    assert next_on_shift(night) == night.replace(hour=7)
    saturday = datetime(2026, 11, 28, 11, 0, tzinfo=UTC)
    assert on_shift("UAGENTEMMA", saturday) and not on_shift("UAGENTAVA", saturday)


def test_percentile_nearest_rank():
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.5) == 50.0
    assert percentile(values, 0.99) == 99.0
    assert percentile([], 0.5) is None


def test_peak_in_window_counts_the_busiest_stretch():
    assert peak_in_window([0.0, 0.5, 1.0, 5.0, 20.0, 20.1, 20.2, 20.3], 1.0) == 4
    assert peak_in_window([], 10.0) == 0


def test_the_autopilot_week_sends_buyer_mail_authenticated_by_the_server_it_trusts():
    from bench.trial.mails import TRUSTED_SERVER
    from bench.trial.run import AUTOPILOT_ENV, worker_argv
    from bot.mail.sender import check_headers

    plan = plan_mails(count=40, start=NOW, end=NOW + 24 * H, seed=3, pool=TextPool.load())
    buyer = next(m for m in plan if m.kind == "buyer")
    raw = render(buyer, authenticated=True)
    parsed = parse_mail(raw, received_at=NOW)
    check = check_headers(raw, parsed, authserv_ids=(TRUSTED_SERVER,))
    assert check is not None and check.authentication.value == "pass", check
    assert render(buyer) != raw and b"Authentication-Results" not in render(buyer)
    settings = Settings.from_env(AUTOPILOT_ENV)  # the list the trial gives is one the bot takes
    assert "in_transit" in settings.autopilot_scenarios
    argv = worker_argv(TrialConfig.reduced(autopilot=True))
    assert "--autopilot-seconds" in argv
    assert "--autopilot-seconds" not in worker_argv(TrialConfig.reduced())
