from __future__ import annotations

import pytest

from tests.mail.helpers import (
    MAIL_DIR,
)


@pytest.fixture
def mail_bytes():
    def read(name: str) -> bytes:
        return (MAIL_DIR / name).read_bytes()

    return read
