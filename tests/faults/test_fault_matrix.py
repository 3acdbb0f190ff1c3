"""The fault matrix (bot/testing/fault_matrix.py) on PostgreSQL: every stage, three cut lengths.

Each cell is one test; the matrix is printed at the end of the run (terminal summary).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from bot.testing.fault_matrix import CI, STAGES, Matrix

PG_ENV = "WISMO_TEST_DATABASE_URL"
RESULTS: list = []  # read by the terminal summary hook in tests/faults/conftest.py

CELLS = [(stage, label, length) for stage in STAGES for label, length in CI.cuts]


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Matrix]:
    base = os.environ.get(PG_ENV, "")
    if not base:
        pytest.skip(f"{PG_ENV} not set: the fault matrix needs PostgreSQL behind a proxy")
    probe = create_engine(base, connect_args={"connect_timeout": 3})
    try:
        with probe.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable: {str(exc.orig or exc).splitlines()[0]}")
    finally:
        probe.dispose()
    with Matrix(base, CI, tmp_path_factory.mktemp("faults")) as running:
        yield running


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("stage", "label", "length"),
    CELLS,
    ids=[f"{stage}-{label.replace(' ', '')}" for stage, label, _ in CELLS],
)
def test_cell(matrix: Matrix, stage: str, label: str, length: timedelta) -> None:
    result = matrix.run(stage, label, length)
    RESULTS.append(result)
    if result.skipped:
        pytest.skip(result.skipped)
    assert result.ok, "; ".join(result.problems)
    assert (result.cards, result.sent) == (CI.mails, CI.mails)
    assert result.pings >= CI.mails  # at least one deadline ping per mail, none twice
