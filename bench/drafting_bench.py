"""Drafting throughput: buyer messages drafted a second, stored message to stored draft.

Targets: 100 a second on one core with zero-latency fakes; 20 a second when every
carrier answer takes 300 ms (lookups must overlap: ``draft_pending`` drafts several
messages at once in threads).  Run:

    .venv/bin/python bench/drafting_bench.py [--messages 400] [--slow-messages 200]

Case 1 ("zero latency"): in-process order source and carrier client that answer at
once, one worker thread, so the figure is the bot's own cost per message: reading the
message, choosing the scenario, rendering, the policy check and the SQLite transaction
that stores order snapshot, tracking snapshot, draft and state.
Case 2 ("300 ms carriers"): the fake SP-API and carrier servers over real HTTP on
127.0.0.1, every carrier request (token and tracking) delayed 300 ms, 16 worker threads.
Every message has its own order and tracking number, so no cache flatters the figure.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine

from bot.amazon.sandbox import order_payload, package
from bot.bootstrap import Wiring, build_wiring
from bot.config import Settings
from bot.db import create_db_engine, upgrade
from bot.demo import demo_world
from bot.domain import (
    FulfilledBy,
    InboundMessage,
    Intent,
    MessageKind,
    Order,
    OrderStatus,
    Package,
)
from bot.errors import OrderNotFound
from bot.services.ingest import store_inbound
from bot.services.pipeline import draft_pending
from carriers.model import Tracking, TrackingEvent, TrackingStatus
from carriers.service import TrackingService

NOW = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)
LANGS = [("US", "en"), ("DE", "de"), ("FR", "fr"), ("ES", "es"), ("IT", "it")]


def ups_number(seq: int) -> str:
    serial = f"5R893903{5000000 + seq:07d}"
    total = sum(int(c) if c.isdigit() else (ord(c) - 3) % 10 for c in serial[::2])
    total += 2 * sum(int(c) if c.isdigit() else (ord(c) - 3) % 10 for c in serial[1::2])
    return f"1Z{serial}{(10 - total % 10) % 10}"


def order_id(seq: int) -> str:
    return f"113-{4000000 + seq:07d}-{seq:07d}"


class InstantOrders:
    def __init__(self, orders: dict[str, Order]) -> None:
        self._orders = orders

    def get_order(self, order_id: str) -> Order:
        try:
            return self._orders[order_id]
        except KeyError:
            raise OrderNotFound(order_id) from None

    def close(self) -> None:
        pass


class InstantUps:
    carrier = "ups"

    def track(self, number: str, *, now: datetime) -> Tracking:
        event = TrackingEvent(now - timedelta(hours=3), "Departed from Facility", "Louisville, KY")
        return Tracking(
            carrier="ups",
            number=number,
            status=TrackingStatus.IN_TRANSIT,
            fetched_at=now,
            estimated_delivery=(now + timedelta(days=2)).date(),
            last_event=event,
            events=(event,),
            tracking_url=f"https://www.ups.com/track?tracknum={number}",
        )

    def close(self) -> None:
        pass


def store_messages(services: Wiring, count: int) -> None:
    for seq in range(count):
        market, lang = LANGS[seq % len(LANGS)]
        message = InboundMessage(
            kind=MessageKind.BUYER_MESSAGE,
            message_id=f"<bench-{seq}@marketplace.amazon.com>",
            subject=f"Where is my order? (Order: {order_id(seq)})",
            body="Hi, where is my parcel?",
            sent_at=NOW - timedelta(minutes=seq % 600),
            order_id=order_id(seq),
            buyer_name="Alex",
            marketplace=market,
            language=lang,
            intent=Intent.WHERE_IS_MY_ORDER,
        )
        store_inbound(services.uow_factory, b"bench", message, arrived_at=NOW)


def drafted_per_second(services: Wiring, count: int, workers: int) -> tuple[float, float]:
    store_messages(services, count)
    started = time.perf_counter()
    run = draft_pending(services, now=NOW, limit=count, workers=workers)
    elapsed = time.perf_counter() - started
    if len(run.drafted) != count or run.failed:
        raise SystemExit(f"only {len(run.drafted)} of {count} drafted; failed: {run.failed[:3]}")
    return count / elapsed, elapsed


def fresh_engine(folder: str) -> tuple[str, Engine]:
    url = f"sqlite:///{Path(folder) / 'bench.db'}"
    engine = create_db_engine(url)
    upgrade(engine)
    return url, engine


def zero_latency(count: int) -> tuple[float, float]:
    orders = {
        order_id(seq): Order(
            order_id=order_id(seq),
            status=OrderStatus.SHIPPED,
            fulfilled_by=FulfilledBy.MERCHANT,
            ship_by_latest=NOW - timedelta(days=2),
            deliver_by_latest=NOW + timedelta(days=3),
            packages=(Package("UPS", ups_number(seq), ship_time=NOW - timedelta(days=2)),),
        )
        for seq in range(count)
    }
    clock: Callable[[], datetime] = lambda: NOW  # noqa: E731
    with tempfile.TemporaryDirectory() as folder:
        url, engine = fresh_engine(folder)
        services = build_wiring(
            Settings(database_url=url, seller_name="Brightwater Home"),
            clock=clock,
            engine=engine,
            orders=InstantOrders(orders),
            tracking=TrackingService({"ups": InstantUps()}, clock=clock, quotas={}),
        )
        try:
            return drafted_per_second(services, count, workers=1)
        finally:
            services.close()


def slow_carriers(count: int, delay: float, workers: int) -> tuple[float, float]:
    payloads = [
        order_payload(
            order_id(seq),
            created=(NOW - timedelta(days=4)).isoformat(),
            ship_by=((NOW - timedelta(days=3)).isoformat(), (NOW - timedelta(days=2)).isoformat()),
            deliver_by=(
                (NOW + timedelta(days=1)).isoformat(),
                (NOW + timedelta(days=3)).isoformat(),
            ),
            packages=[
                package("UPS", ups_number(seq), ship_time=(NOW - timedelta(days=2)).isoformat())
            ],
        )
        for seq in range(count)
    ]
    with tempfile.TemporaryDirectory() as folder:
        url, engine = fresh_engine(folder)
        with demo_world(Settings(), database_url=url, now=NOW, orders=payloads) as world:
            world.carriers.delay("ups", delay)
            settings = replace(world.settings, seller_name="Brightwater Home")
            services = build_wiring(settings, clock=world.clock, engine=engine)
            try:
                return drafted_per_second(services, count, workers=workers)
            finally:
                services.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=400)
    parser.add_argument("--slow-messages", type=int, default=200)
    parser.add_argument("--delay", type=float, default=0.3, help="carrier latency, seconds")
    parser.add_argument("--workers", type=int, default=16)
    args = parser.parse_args()
    rate, elapsed = zero_latency(args.messages)
    print(
        f"zero-latency fakes, 1 worker : {rate:7.1f} messages drafted a second "
        f"({args.messages} in {elapsed:.2f} s; target 100)"
    )
    rate, elapsed = slow_carriers(args.slow_messages, args.delay, args.workers)
    print(
        f"{args.delay * 1000:.0f} ms carriers, {args.workers} workers: {rate:7.1f} messages "
        f"drafted a second ({args.slow_messages} in {elapsed:.2f} s; target 20)"
    )


if __name__ == "__main__":
    main()
