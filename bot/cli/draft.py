"""``wismo draft FILE.eml [--order F] [--tracking F] [--now ISO] [--json]``: one reply, offline.

Runs what the worker runs on a mail, without a database, Slack or any network: parsing,
intent, scenario choice, rendering in the buyer's language and the policy gate.
``--order`` is a getOrder response body of SP-API Orders v2026-01-01, ``--tracking`` what
``wismo track --json`` prints; either may be a JSON list (several orders: the one the mail
names is used; several parcels: each is matched to its package by tracking number).
``--ship-date`` stands in for the date an agent enters when a late order gets one.

An Amazon customer-service contact is drafted too: its reply is addressed to Amazon's team.

Exit 0 with a draft (an empty text when the agent writes or must act first), 1 when the
mail is neither an Amazon buyer message nor Amazon customer service asking the seller,
2 on a usage error (unreadable file or JSON).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from bot.amazon.orders_parse import OrderPayloadError, parse_get_order
from bot.bootstrap import policy_from_settings
from bot.config import Settings
from bot.domain import FulfilledBy, InboundMessage, Order, OrderStatus, Package
from bot.errors import ConfigError
from bot.mail.relay import parse_mail
from bot.replies.environment import TEMPLATE_SUFFIX, get_environment
from bot.services.drafting import Composed, Enrichment, compose
from carriers.links import normalise_number
from carriers.model import Tracking

__all__ = ["main", "to_json"]

EXIT_OK = 0
EXIT_NOT_BUYER = 1
EXIT_USAGE = 2


class _UsageError(Exception):
    """A file or value on the command line that cannot be used."""


def to_json(message: InboundMessage, composed: Composed) -> dict[str, Any]:
    """The object DESIGN.md §3 specifies for ``wismo draft --json``."""
    return {
        "intent": (message.intent.value if message.intent else None),
        "scenario": composed.scenario or None,
        "language": composed.language,
        "text": composed.text,
        "compliant": composed.report.compliant,
        "findings": [finding.to_json() for finding in composed.report.findings],
        "next_step": composed.next_step.value,
    }


def _read_json(path: str) -> Any:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise _UsageError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _UsageError(f"{path} is not JSON: {exc}") from exc


def _order(path: str | None, order_id: str | None) -> Order | None:
    if path is None:
        return None
    data = _read_json(path)
    bodies = data if isinstance(data, list) else [data]
    try:
        orders = [parse_get_order(body) for body in bodies]
    except OrderPayloadError as exc:
        raise _UsageError(f"{path}: {exc}") from exc
    if not orders:
        raise _UsageError(f"{path}: an empty list holds no order")
    return next((o for o in orders if o.order_id == order_id), orders[0])


def _trackings(path: str | None) -> list[Tracking]:
    if path is None:
        return []
    data = _read_json(path)
    items = data if isinstance(data, list) else [data]
    try:
        return [Tracking.from_dict(item) for item in items]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _UsageError(f"{path}: not what `wismo track --json` prints ({exc})") from exc


def _parcels(
    order: Order | None, trackings: Sequence[Tracking]
) -> tuple[tuple[Package, Tracking], ...]:
    """Each tracking beside its package; a tracking the order does not list gets one."""
    packages = {
        normalise_number(p.tracking_number): p
        for p in (order.packages if order is not None else ())
        if p.tracking_number
    }
    pairs = []
    for tracking in trackings:
        package = packages.get(normalise_number(tracking.number))
        pairs.append((package or Package(None, tracking.number), tracking))
    return tuple(pairs)


def _shipped_order(message: InboundMessage, parcels: Sequence[tuple[Package, Tracking]]) -> Order:
    """No order given but parcels are: the order has shipped, and that is all we know."""
    return Order(
        order_id=message.order_id or "",
        status=OrderStatus.SHIPPED,
        fulfilled_by=FulfilledBy.MERCHANT,
        packages=tuple(package for package, _ in parcels),
    )


def _languages() -> frozenset[str]:
    env = get_environment(None)
    assert env.loader is not None
    return frozenset(
        name.split("/", 1)[0]
        for name in env.loader.list_templates()
        if name.endswith(TEMPLATE_SUFFIX) and "/" in name
    )


def _now(value: str | None) -> datetime:
    if value is None:
        return datetime.now(UTC)  # the edge of the program: the one place the clock is read
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise _UsageError(f"--now {value!r} is not an ISO date and time") from exc
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _ship_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise _UsageError(f"--ship-date {value!r} is not a date (YYYY-MM-DD)") from exc


def _human(message: InboundMessage, composed: Composed) -> str:
    step = composed.next_step.value.replace("_", " ")
    if composed.action:
        step += f' (button: "{composed.action}")'
    verdict = "passes the policy check" if composed.report.compliant else "BLOCKED by the policy"
    lines = [
        f"intent:     {message.intent.value if message.intent else 'other'}"
        + ("  (follow-up)" if message.follow_up else ""),
        f"scenario:   {composed.scenario or '(none: the agent writes)'}  - {composed.choice.why}",
        f"language:   {composed.language}",
        f"next step:  {step}",
    ]
    if composed.text:
        lines.append(f"policy:     {verdict}")
        lines += [f"  {f.rule} ({f.severity}): {f.message}" for f in composed.report.findings]
        lines += ["", composed.text.rstrip()]
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wismo draft",
        description="The suggested reply for one Amazon relay e-mail, offline.",
    )
    parser.add_argument("file", metavar="FILE.eml", help="the mail; - reads standard input")
    parser.add_argument("--order", metavar="ORDER.json", help="SP-API getOrder response body")
    parser.add_argument(
        "--tracking", metavar="TRACKING.json", help="output of `wismo track --json`, or a list"
    )
    parser.add_argument("--now", metavar="ISO", help="the time to draft at (default: now)")
    parser.add_argument(
        "--ship-date", metavar="YYYY-MM-DD", help="new ship date an agent entered (late orders)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env(os.environ)
        policy = policy_from_settings(settings)
    except ConfigError as exc:
        print(f"wismo draft: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        now = _now(args.now)
        raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
        message = parse_mail(raw, received_at=now, seller_names=(settings.seller_name,))
        order = _order(args.order, message.order_id)
        parcels = _parcels(order, _trackings(args.tracking))
        ship_date = _ship_date(args.ship_date)
    except OSError as exc:
        print(f"wismo draft: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except _UsageError as exc:
        print(f"wismo draft: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not message.answerable:
        kind = message.system_kind.value if message.system_kind else message.kind.value
        print(
            f"wismo draft: not an Amazon buyer message ({kind}): nothing to draft", file=sys.stderr
        )
        return EXIT_NOT_BUYER
    if order is None and parcels and message.order_id:
        order = _shipped_order(message, parcels)
    composed = compose(
        message,
        Enrichment(order, None if order is not None else "not_given", parcels),
        now=now,
        seller_name=settings.seller_name,
        policy=policy,
        languages=_languages(),
        new_ship_date=ship_date,
    )
    if args.json:
        print(json.dumps(to_json(message, composed), ensure_ascii=False, indent=2))
    else:
        print(_human(message, composed))
    return EXIT_OK
