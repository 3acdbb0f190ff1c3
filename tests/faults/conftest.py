"""Fixtures for the fault tests: PostgreSQL reached through a proxy the test can cut.

``cut_db`` gives ``(proxy, url)``: ``url`` is the test's own schema (``db_url``, migrated
by ``engine``) reached through :class:`~bot.testing.db_proxy.CuttableProxy`.  Everything
here needs PostgreSQL (a file database cannot be cut off from its process): modules select
it with :data:`tests.faults.helpers.ONLY_POSTGRES`, and without
``WISMO_TEST_DATABASE_URL`` they skip saying so.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from bot.db import create_db_engine
from bot.testing.db_proxy import CuttableProxy, through


@pytest.fixture
def cut_db(db_url: str, engine: Engine) -> Iterator[tuple[CuttableProxy, str]]:
    with through(db_url) as (proxy, url):
        yield proxy, url


@pytest.fixture
def cut_engine(cut_db: tuple[CuttableProxy, str]) -> Iterator[Engine]:
    eng = create_db_engine(cut_db[1])
    try:
        yield eng
    finally:
        eng.dispose()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the fault matrix when its cells ran."""
    from bot.testing.fault_matrix import CI, format_matrix
    from tests.faults import test_fault_matrix

    if test_fault_matrix.RESULTS:
        terminalreporter.write_sep("=", "fault matrix")
        terminalreporter.write_line(format_matrix(test_fault_matrix.RESULTS, CI))
