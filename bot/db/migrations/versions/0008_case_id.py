"""messages.case_id: the claim, chargeback or case id an Amazon mail states.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("messages", sa.Column("case_id", sa.String(length=64), nullable=True))


def downgrade() -> None:
    op.drop_column("messages", "case_id")
