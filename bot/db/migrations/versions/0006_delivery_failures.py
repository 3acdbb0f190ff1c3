"""delivery_failures: Amazon did not deliver one of our replies.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "delivery_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notice_pk", sa.Integer(), nullable=False),
        sa.Column("message_pk", sa.Integer(), nullable=False),
        sa.Column("mail_message_id", sa.String(length=512), nullable=False),
        sa.Column("matched_by", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["notice_pk"],
            ["messages.id"],
            name=op.f("fk_delivery_failures_notice_pk_messages"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["message_pk"],
            ["messages.id"],
            name=op.f("fk_delivery_failures_message_pk_messages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery_failures")),
        sa.UniqueConstraint("notice_pk", name=op.f("uq_delivery_failures_notice_pk")),
    )
    op.create_index("ix_delivery_failures_at", "delivery_failures", ["at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_delivery_failures_at", table_name="delivery_failures")
    op.drop_table("delivery_failures")
