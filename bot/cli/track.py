"""``wismo track NUMBER [--carrier C] [--json]``: live tracking through the carrier's API.

Exit 0 with a carrier answer, 1 when the carrier does not know the number (or no
carrier could be told from it), 3 when no live answer could be had (carrier down,
slow, over quota, not configured, or a carrier without an API such as Amazon
Logistics: the number and tracking link are still printed), 2 on a usage or
configuration error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TextIO

from bot.config import Settings
from bot.errors import ConfigError
from carriers.model import Tracking, TrackingStatus

__all__ = ["EXIT_NOT_FOUND", "EXIT_OK", "EXIT_UNAVAILABLE", "exit_code", "main", "render"]

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_USAGE = 2
EXIT_UNAVAILABLE = 3


def exit_code(tracking: Tracking) -> int:
    if tracking.status is TrackingStatus.NOT_FOUND or tracking.carrier == "unknown":
        return EXIT_NOT_FOUND
    if not tracking.live:
        return EXIT_UNAVAILABLE
    return EXIT_OK


def _when(at: datetime) -> str:
    """As the carrier gave it: local time with its offset (UTC written as such)."""
    offset = at.utcoffset()
    if offset is None:
        return f"{at:%Y-%m-%d %H:%M}"
    return f"{at:%Y-%m-%d %H:%M} UTC" if not offset else f"{at:%Y-%m-%d %H:%M %z}"


def render(tracking: Tracking, now: datetime) -> str:
    """The human-readable answer, one fact a line."""
    status = tracking.status.value.replace("_", " ")
    if not tracking.live:
        status = "no live status"
    elif tracking.reason is not None:
        status = f"{status} ({tracking.reason.value.replace('_', ' ')})"
    lines = [f"{tracking.carrier.upper()} {tracking.number}", f"status:     {status}"]
    if tracking.status_text:
        lines.append(f"carrier:    {tracking.status_text}")
    if tracking.note:
        lines.append(f"note:       {tracking.note}")
    if tracking.carrier == "unknown":
        lines.append("hint:       name the carrier (e.g. --carrier ups)")
    if tracking.estimated_delivery is not None:
        expected = tracking.estimated_delivery.strftime("%a %d %b %Y")
        window = tracking.estimated_window
        if window is not None:
            expected += f", {window.start:%H:%M}-{window.end:%H:%M}"
        lines.append(f"expected:   {expected}")
    if tracking.delivered_at is not None:
        lines.append(f"delivered:  {_when(tracking.delivered_at)}")
    event = tracking.last_event
    if event is not None:
        where = f" ({event.location})" if event.location else ""
        lines.append(f"last scan:  {_when(event.at)}{where}: {event.description}")
    if tracking.live and tracking.needs_attention(now):
        lines.append("attention:  yes, a person should look before replying")
    lines.append(f"link:       {tracking.tracking_url or '-'}")
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wismo track",
        description="Track a parcel live through the carrier's API (UPS, USPS, FedEx, DHL); "
        "other carriers get their tracking link.",
    )
    parser.add_argument("number", metavar="NUMBER", help="tracking number (quote it if spaced)")
    parser.add_argument(
        "--carrier",
        metavar="C",
        help="carrier code or name as on the order (ups, USPS, FedEx, DHL Express, ...); "
        "default: detected from the number",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    stdout = out or sys.stdout
    try:
        args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    from bot.bootstrap import tracking_from_settings, utc_now

    try:
        settings = Settings.from_env(os.environ)
        service = tracking_from_settings(settings, clock=utc_now)
    except ConfigError as exc:
        print(f"wismo track: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        tracking = service.track(args.number, carrier=args.carrier)
    except ValueError as exc:
        print(f"wismo track: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        service.close()
    now = datetime.now(UTC)
    if args.json:
        data = tracking.to_dict()
        data["stale"] = tracking.is_stale(now)
        data["needs_attention"] = tracking.live and tracking.needs_attention(now)
        json.dump(data, stdout, ensure_ascii=False)
        stdout.write("\n")
    else:
        print(render(tracking, now), file=stdout)
    return exit_code(tracking)
