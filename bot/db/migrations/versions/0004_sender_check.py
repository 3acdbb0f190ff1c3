"""messages.sender_verified and sender_check: who really sent a buyer message.

Filled when a mail is stored (From and the trusted Authentication-Results) and completed
when its order is looked up (the order's buyer e-mail).  Rows stored before stay NULL:
their sender was never checked, and the autopilot treats them as not verified.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("messages", sa.Column("sender_verified", sa.Boolean(), nullable=True))
    op.add_column("messages", sa.Column("sender_check", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("messages", "sender_check")
    op.drop_column("messages", "sender_verified")
