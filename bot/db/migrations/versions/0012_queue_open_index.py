"""messages: a partial index for the queue's page, open rows by (account, due_at, id).

The queue reads ``WHERE state IN (open) AND account IN (...) ORDER BY due_at, id LIMIT
n``.  Without an index in that order PostgreSQL reads every open row and sorts them for
the first n; with this one it reads the first n and stops.  Partial (open rows only):
closed conversations keep their rows and have the earliest deadlines, so an index over
the whole table would walk past all of them first.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The open states as of this revision (bot.domain.OPEN_STATES; a test keeps them equal).
_OPEN = "state IN ('carded', 'drafted', 'failed', 'malformed', 'manual', 'received', 'sending')"


def upgrade() -> None:
    op.create_index(
        "ix_messages_open_account_due_at_id",
        "messages",
        ["account", "due_at", "id"],
        unique=False,
        postgresql_where=sa.text(_OPEN),
        sqlite_where=sa.text(_OPEN),
    )


def downgrade() -> None:
    op.drop_index("ix_messages_open_account_due_at_id", table_name="messages")
