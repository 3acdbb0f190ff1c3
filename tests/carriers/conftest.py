from __future__ import annotations

import pytest

from carriers.sandbox import CarrierSandbox
from tests.carriers.helpers import (
    Clock,
)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sandbox(clock):
    with CarrierSandbox(clock=clock) as sb:
        yield sb
