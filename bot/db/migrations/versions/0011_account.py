"""messages, decisions, outbox: the seller account each row belongs to.

Several Seller Central accounts may share one deployment (``WISMO_ACCOUNTS_FILE``).
Rows of a database that served one account get the implicit account ``default``, the
one the single-account variables describe.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("messages", "decisions", "outbox")


def upgrade() -> None:
    for table in _TABLES:
        op.add_column(
            table,
            sa.Column("account", sa.String(length=32), server_default="default", nullable=False),
        )
    op.create_index(
        "ix_messages_account_state_due_at",
        "messages",
        ["account", "state", "due_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_messages_account_state_due_at", table_name="messages")
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("account")
