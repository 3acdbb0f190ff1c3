"""PostgreSQL only: the fault tests cut a database connection, which a file database has not."""

from __future__ import annotations

import pytest

ONLY_POSTGRES = pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
