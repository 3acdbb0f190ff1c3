"""``wismo track`` end to end: environment -> settings -> service -> sandbox over HTTP."""

from __future__ import annotations

import json
import os

import pytest

from bot.cli import main as wismo
from carriers.model import TrackingStatus as S
from carriers.sandbox import SANDBOX_API_KEY, CarrierSandbox, demo_number

ENV_PREFIXES = ("UPS_", "USPS_", "FEDEX_", "DHL_", "WISMO_")


@pytest.fixture
def sandbox(monkeypatch):
    with CarrierSandbox() as sb:
        for name in list(os.environ):
            if name.startswith(ENV_PREFIXES):
                monkeypatch.delenv(name)
        for name, value in sb.env().items():
            monkeypatch.setenv(name, value)
        monkeypatch.setenv("WISMO_CARRIER_TIMEOUT", "0.6")
        yield sb


def test_in_transit_prints_status_eta_and_link(sandbox, capsys):
    number = demo_number("ups", S.IN_TRANSIT)
    assert wismo(["track", number]) == 0
    out = capsys.readouterr().out
    assert f"UPS {number}" in out
    assert "status:     in transit" in out
    assert "expected:" in out
    assert "Departed from Facility" in out
    assert f"https://www.ups.com/track?loc=en_US&tracknum={number}" in out


def test_json_output(sandbox, capsys):
    number = demo_number("fedex", S.DELIVERED)
    assert wismo(["track", number, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["carrier"] == "fedex" and data["status"] == "delivered"
    assert data["terminal"] is True and data["live"] is True
    assert data["delivered_at"] and data["last_event"]["description"] == "Delivered"
    assert data["needs_attention"] is False


def test_exception_is_flagged_for_a_person(sandbox, capsys):
    assert wismo(["track", demo_number("usps", S.EXCEPTION)]) == 0
    out = capsys.readouterr().out
    assert "exception (address issue)" in out
    assert "attention:  yes" in out


def test_not_found_exits_1(sandbox, capsys):
    assert wismo(["track", demo_number("dhl", S.NOT_FOUND)]) == 1
    assert "not found" in capsys.readouterr().out


def test_carrier_option_wins_over_detection(sandbox, capsys):
    # A FedEx-shaped number that the order says is UPS: UPS is asked, and knows nothing.
    assert wismo(["track", demo_number("fedex", S.IN_TRANSIT), "--carrier", "UPS"]) == 1
    assert sandbox.count("fedex") == 0 and sandbox.count("ups") == 1


def test_carrier_down_exits_3_and_still_gives_the_link(sandbox, capsys):
    sandbox.fail("dhl", status=500, times=50)
    number = demo_number("dhl", S.IN_TRANSIT)
    assert wismo(["track", number, "--carrier", "dhl"]) == 3
    out = capsys.readouterr().out
    assert "no live status" in out and "dhl.com" in out and number in out


def test_link_only_carrier_exits_3(sandbox, capsys):
    assert wismo(["track", "TBA123456789000"]) == 3
    assert "https://track.amazon.com/tracking/TBA123456789000" in capsys.readouterr().out


def test_unconfigured_carrier_says_which_setting_is_missing(sandbox, monkeypatch, capsys):
    monkeypatch.delenv("DHL_API_KEY")
    assert wismo(["track", demo_number("dhl", S.DELIVERED)]) == 3
    assert "DHL_API_KEY" in capsys.readouterr().out
    assert sandbox.count("dhl") == 0


def test_bad_configuration_is_reported_not_raised(sandbox, monkeypatch, capsys):
    monkeypatch.setenv("UPS_BASE_URL", "ftp://example.invalid")
    monkeypatch.setenv("WISMO_CARRIER_TIMEOUT", "soon")
    assert wismo(["track", demo_number("ups", S.DELIVERED)]) == 2
    err = capsys.readouterr().err
    assert "UPS_BASE_URL" in err and "WISMO_CARRIER_TIMEOUT" in err
    assert "Traceback" not in err


def test_secrets_never_printed(sandbox, monkeypatch, capsys):
    monkeypatch.setenv("UPS_CLIENT_SECRET", "wrong-secret-value")
    assert wismo(["track", demo_number("ups", S.IN_TRANSIT), "--json"]) == 3
    captured = capsys.readouterr()
    assert "UPS_CLIENT_ID" in captured.out  # says what to fix
    for secret in ("wrong-secret-value", SANDBOX_API_KEY):
        assert secret not in captured.out + captured.err


def test_usage_errors_exit_2(sandbox, capsys):
    assert wismo(["track"]) == 2
    assert wismo(["track", "  ", "--carrier", "ups"]) == 2
    assert "empty tracking number" in capsys.readouterr().err


def test_an_unrecognised_number_gets_the_command_line_hint_on_the_command_line(sandbox, capsys):
    assert wismo(["track", "HELLO"]) == 1
    out = capsys.readouterr().out
    assert "not recognised" in out and "--carrier" in out
