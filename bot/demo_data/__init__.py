"""The bundled sample inbox of ``wismo demo``: relay e-mails and the orders behind them.

``manifest.json`` lists, for a fixed demo clock, the orders the fake SP-API answers
(times in hours from ``now``; each package either names a sandbox status, which picks
the carrier sandbox's demo number for it (with a UPS exception's ``reason``: lost,
damaged or held), or carries its own tracking number; the
buyer's relay e-mail is the alias its mail comes from) and, for each ``.eml`` file, the
reply scenario and language it should get.  The mails are written for this project in
Amazon's current relay format; no real buyer data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from importlib import resources
from typing import Any

from bot.amazon.sandbox import order_payload, package
from bot.domain import MARKETPLACES
from carriers.model import StatusReason, TrackingStatus
from carriers.names import carrier_code
from carriers.sandbox import demo_number

__all__ = ["DemoMail", "Manifest", "load_manifest"]


@dataclass(frozen=True, slots=True)
class DemoMail:
    file: str
    raw: bytes
    scenario: str  # expected reply scenario, "" when the agent writes the reply
    language: str
    intent: str


@dataclass(frozen=True, slots=True)
class Manifest:
    now: datetime
    seller_name: str
    mails: tuple[DemoMail, ...]
    orders: tuple[dict[str, Any], ...]  # specs, see order_payloads()

    def order_payloads(self) -> list[dict[str, Any]]:
        """getOrder answers for the fake SP-API, dated relative to :attr:`now`."""
        return [_payload(spec, self.now) for spec in self.orders]


def _at(now: datetime, hours: float) -> str:
    return (now + timedelta(hours=hours)).isoformat().replace("+00:00", "Z")


def _tracking_number(spec: dict[str, Any]) -> str:
    if spec.get("tracking_number"):
        return str(spec["tracking_number"])
    code = carrier_code(spec["carrier"])
    if code is None:
        raise ValueError(f"demo package carrier {spec['carrier']!r} is unknown")
    reason = StatusReason(spec["reason"]) if spec.get("reason") else None
    return demo_number(code, TrackingStatus(spec["status"]), reason)


def _payload(spec: dict[str, Any], now: datetime) -> dict[str, Any]:
    ship_time = _at(now, -72)
    packages = [
        package(p["carrier"], _tracking_number(p), ship_time=ship_time) for p in spec["packages"]
    ]
    return order_payload(
        spec["order_id"],
        status=spec["status"],
        fulfilled_by=spec["fulfilled_by"],
        marketplace_id=MARKETPLACES[spec["marketplace"]].marketplace_id,
        created=_at(now, spec["created"]),
        ship_by=(_at(now, spec["ship_by"][0]), _at(now, spec["ship_by"][1])),
        deliver_by=(_at(now, spec["deliver_by"][0]), _at(now, spec["deliver_by"][1])),
        title=spec["title"],
        packages=packages,
        buyer_name=spec["buyer"],
        buyer_email=spec.get("buyer_email"),
        city=spec["city"],
        postal_code=spec["postal_code"],
        country_code=spec["country"],
    )


def load_manifest() -> Manifest:
    """The bundled inbox, read from the installed package."""
    root = resources.files(__name__)
    data = json.loads(root.joinpath("manifest.json").read_text(encoding="utf-8"))
    mails = tuple(
        DemoMail(
            file=entry["file"],
            raw=root.joinpath(entry["file"]).read_bytes(),
            scenario=entry["expect"]["scenario"],
            language=entry["expect"]["language"],
            intent=entry["expect"]["intent"],
        )
        for entry in data["mails"]
    )
    return Manifest(
        now=datetime.fromisoformat(data["now"]),
        seller_name=data["seller_name"],
        mails=mails,
        orders=tuple(data["orders"]),
    )
