"""A running world for end-to-end tests: fake SP-API and carrier servers on 127.0.0.1
serving the bundled demo orders, settings pointing at them, and the application's
services on the ``db_url`` database (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.bootstrap import Wiring, build_wiring
from bot.config import Settings
from bot.demo import DemoWorld, demo_world
from bot.demo_data import Manifest, load_manifest


@pytest.fixture(scope="session")
def manifest() -> Manifest:
    return load_manifest()


@pytest.fixture
def world(manifest: Manifest, db_url: str) -> Iterator[DemoWorld]:
    with demo_world(
        Settings(),
        database_url=db_url,
        now=manifest.now,
        orders=manifest.order_payloads(),
        seller_name=manifest.seller_name,
    ) as running:
        yield running


@pytest.fixture
def services(world: DemoWorld, engine) -> Iterator[Wiring]:
    built = build_wiring(world.settings, clock=world.clock, engine=engine)
    try:
        yield built
    finally:
        built.close()
