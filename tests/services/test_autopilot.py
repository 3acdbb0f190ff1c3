"""Who qualifies for the autopilot, the hold's length, the hours and the start refusal."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.config import Settings, parse_hours
from bot.domain import InboundMessage, Intent, MessageKind
from bot.errors import ConfigError
from bot.services.autopilot import Candidate, hold_until, qualifies

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)  # a Monday
SETTINGS = Settings(autopilot_scenarios=("in_transit", "delivered"))

CLEAN = Candidate(
    message=InboundMessage(
        kind=MessageKind.BUYER_MESSAGE,
        message_id="<m1@email.amazonses.com>",
        subject="Where is my order?",
        body="Hi, where is my order?",
        sent_at=NOW,
        order_id="113-4021576-1000001",
        intent=Intent.WHERE_IS_MY_ORDER,
    ),
    scenario="in_transit",
    text="Hello, your parcel is on its way with UPS.",
    next_step="send_reply",
    findings=0,
    sender_verified=True,
    authenticated=True,
    order_fresh=True,
    tracking_live=True,
    tracking_fetched_at=NOW - timedelta(minutes=1),
)


def test_a_clean_in_transit_message_qualifies():
    assert qualifies(SETTINGS, CLEAN, now=NOW) is None


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"findings": 1}, "the policy check has findings"),
        ({"sender_verified": False}, "the sender is not verified"),
        ({"authenticated": False}, "the sender is not verified"),
        ({"order_fresh": False}, "the order is not current"),
        ({"tracking_live": False}, "no live carrier status"),
        ({"tracking_fetched_at": NOW - timedelta(hours=1)}, "the tracking is not current"),
        ({"scenario": "out_for_delivery"}, "not in WISMO_AUTOPILOT"),
        ({"scenario": "delayed"}, "not in WISMO_AUTOPILOT"),
        ({"next_step": "agent_action_then_reply"}, "not ready to send"),
        ({"text": " "}, "not ready to send"),
    ],
)
def test_anything_less_than_clean_does_not_qualify(change, why):
    assert why in (qualifies(SETTINGS, dataclasses.replace(CLEAN, **change), now=NOW) or "")


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"follow_up": True}, "a follow-up"),
        ({"intent": Intent.CANCEL}, "intent is not where_is_my_order"),
        ({"kind": MessageKind.SYSTEM}, "not a buyer message"),
    ],
)
def test_only_a_first_where_is_my_order_qualifies(change, why):
    message = dataclasses.replace(CLEAN.message, **change)
    assert qualifies(SETTINGS, dataclasses.replace(CLEAN, message=message), now=NOW) == why


def test_nothing_qualifies_while_autopilot_is_not_configured():
    assert qualifies(Settings(), CLEAN, now=NOW) == "autopilot not configured"


def test_the_hold_never_outlasts_the_last_warning_before_the_deadline():
    settings = dataclasses.replace(SETTINGS, autopilot_hold=timedelta(minutes=10))
    far = NOW + timedelta(hours=20)
    assert hold_until(settings, now=NOW, due_at=far) == NOW + timedelta(minutes=10)
    near = NOW + timedelta(hours=1, minutes=5)  # the 1-hour ping is 5 minutes away
    assert hold_until(settings, now=NOW, due_at=near) == NOW + timedelta(minutes=5)
    late = NOW + timedelta(minutes=30)
    assert hold_until(settings, now=NOW, due_at=late) == NOW


def test_settings_read_the_autopilot():
    settings = Settings.from_env(
        {
            "WISMO_AUTOPILOT": "in_transit, Out_For_Delivery,delivered,available_for_pickup",
            "WISMO_AUTOPILOT_HOLD": "90s",
            "WISMO_AUTOPILOT_DAILY_CAP": "50",
            "WISMO_AUTOPILOT_HOURS": "Mon-Fri 18:00-08:00, Sat-Sun all",
            "WISMO_TIMEZONE": "Europe/Berlin",
        }
    )
    assert settings.autopilot_scenarios == (
        "in_transit",
        "out_for_delivery",
        "delivered",
        "available_for_pickup",
    )
    assert settings.autopilot_hold == timedelta(seconds=90)
    assert settings.autopilot_daily_cap == 50 and settings.time_zone == "Europe/Berlin"
    defaults = Settings.from_env({})
    assert defaults.autopilot_scenarios == () and defaults.autopilot_hold == timedelta(minutes=10)
    assert defaults.autopilot_daily_cap == 200 and defaults.autopilot_hours is None
    assert Settings.from_env({"WISMO_AUTOPILOT_HOLD": "1h"}).autopilot_hold == timedelta(hours=1)


@pytest.mark.parametrize(
    ("local", "inside"),
    [
        ("2026-11-02T07:59", True),  # Monday early morning
        ("2026-11-02T08:00", False),
        ("2026-11-02T17:59", False),
        ("2026-11-02T18:00", True),
        ("2026-11-06T23:30", True),  # Friday night
        ("2026-11-07T12:00", True),  # Saturday
        ("2026-11-08T23:59", True),  # Sunday
    ],
)
def test_hours_cover_nights_and_weekends(local, inside):
    hours = parse_hours("Mon-Fri 18:00-08:00, Sat-Sun all")
    assert hours.contains(datetime.fromisoformat(local)) is inside


def test_a_list_with_other_scenarios_is_refused_naming_them():
    with pytest.raises(ConfigError) as caught:
        Settings.from_env(
            {
                "WISMO_AUTOPILOT": "in_transit,not_shipped,acknowledge",
                "WISMO_AUTOPILOT_HOLD": "ten minutes",
                "WISMO_AUTOPILOT_HOURS": "weekdays",
            }
        )
    text = str(caught.value)
    assert "WISMO_AUTOPILOT: not_shipped, acknowledge may not be sent automatically" in text
    assert "only tracking scenarios with live carrier data" in text
    assert "WISMO_AUTOPILOT_HOLD" in text and "WISMO_AUTOPILOT_HOURS" in text


@pytest.mark.parametrize("program", ["worker", "serve"])
def test_the_bot_refuses_to_start_with_a_bad_autopilot_list(program, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WISMO_", "SLACK_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET="secret",
        WISMO_CHANNEL="C0QUEUE",
        DATABASE_URL=f"sqlite:///{tmp_path / 'w.db'}",
        WISMO_AUTOPILOT="in_transit,cancel_shipped",
    )
    result = subprocess.run(
        [sys.executable, "-m", "bot", program],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert "WISMO_AUTOPILOT: cancel_shipped may not be sent automatically" in result.stderr
