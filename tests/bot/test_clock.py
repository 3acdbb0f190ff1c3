"""The business clock a deployment runs on: the wall clock, or a trial's simulated one."""

from datetime import UTC, datetime, timedelta

import pytest

from bot.bootstrap import clock_from_settings, utc_now
from bot.clock import ScaledClock, on_clock
from bot.config import Settings
from bot.errors import ConfigError

MONDAY = datetime(2026, 11, 23, tzinfo=UTC)


class Wall:
    """A wall clock the test moves."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_production_runs_on_the_wall_clock():
    assert clock_from_settings(Settings.from_env({})) is utc_now


def test_a_simulated_week_passes_in_an_hour_at_speed_168():
    wall = Wall(1_800_000_000.0)
    settings = Settings.from_env(
        {
            "WISMO_CLOCK_START": "2026-11-23T00:00:00Z",
            "WISMO_CLOCK_ANCHOR": str(wall.now),
            "WISMO_CLOCK_SPEED": "168",
        }
    )
    clock = clock_from_settings(settings, real=wall)
    assert clock() == MONDAY
    wall.now += 3600
    assert clock() == MONDAY + timedelta(days=7)


def test_processes_started_at_different_times_agree_through_the_anchor():
    env = {
        "WISMO_CLOCK_START": "2026-11-23T00:00Z",
        "WISMO_CLOCK_ANCHOR": "1000",
        "WISMO_CLOCK_SPEED": "60",
    }
    wall = Wall(1005.0)
    first = clock_from_settings(Settings.from_env(env), real=wall)
    wall.now = 1010.0  # a worker restarted after a crash reads the same instant
    restarted = clock_from_settings(Settings.from_env(env), real=wall)
    assert first() == restarted() == MONDAY + timedelta(minutes=10)


def test_without_an_anchor_the_clock_starts_when_the_process_does():
    wall = Wall(5000.0)
    clock = clock_from_settings(
        Settings.from_env({"WISMO_CLOCK_START": "2026-11-23T00:00+01:00"}), real=wall
    )
    assert clock() == MONDAY - timedelta(hours=1)
    wall.now += 30
    assert clock() == MONDAY - timedelta(hours=1) + timedelta(seconds=30)


def test_mailbox_arrival_times_map_onto_the_simulated_clock():
    clock = ScaledClock(MONDAY, anchor=1000.0, speed=100.0, real=Wall(2000.0))
    arrived = datetime.fromtimestamp(1500.0, UTC)  # waited 500 real seconds in the mailbox
    assert on_clock(clock, arrived) == MONDAY + timedelta(seconds=50_000)
    assert on_clock(utc_now, arrived) == arrived


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"WISMO_CLOCK_START": "2026-11-23 00:00"}, "has no UTC offset"),
        ({"WISMO_CLOCK_START": "next monday"}, "is not an ISO 8601 instant"),
        ({"WISMO_CLOCK_SPEED": "168"}, "WISMO_CLOCK_START: required"),
        ({"WISMO_CLOCK_START": "2026-11-23T00:00Z", "WISMO_CLOCK_SPEED": "0"}, "positive"),
        ({"WISMO_POST_INTERVAL": "-1"}, "WISMO_POST_INTERVAL"),
    ],
)
def test_bad_clock_and_pace_settings_say_what_to_write(env, named):
    with pytest.raises(ConfigError) as err:
        Settings.from_env(env)
    assert named in str(err.value)


def test_the_poster_pace_is_a_setting():
    assert Settings.from_env({}).post_interval_seconds == pytest.approx(1.1)
    assert Settings.from_env({"WISMO_POST_INTERVAL": "0.25"}).post_interval_seconds == 0.25
