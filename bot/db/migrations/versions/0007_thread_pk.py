"""messages.thread_pk: messages of one buyer about one order are one conversation.

Existing buyer messages are grouped as new ones will be: same relay alias (without its
``+case``), same order id; each group points at its first message.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("messages", sa.Column("thread_pk", sa.Integer(), nullable=True))
    op.create_index("ix_messages_thread_pk", "messages", ["thread_pk"], unique=False)
    messages = sa.table(
        "messages",
        sa.column("id", sa.Integer),
        sa.column("kind", sa.String),
        sa.column("buyer_alias", sa.String),
        sa.column("order_id", sa.String),
        sa.column("thread_pk", sa.Integer),
    )
    first = sa.alias(messages, "earliest")
    root = (
        sa.select(sa.func.min(first.c.id))
        .where(
            first.c.kind == "buyer_message",
            first.c.buyer_alias == messages.c.buyer_alias,
            first.c.order_id == messages.c.order_id,
        )
        .scalar_subquery()
    )
    op.execute(
        messages.update()
        .where(
            messages.c.kind == "buyer_message",
            messages.c.buyer_alias.is_not(None),
            messages.c.order_id.is_not(None),
        )
        .values(thread_pk=root)
    )


def downgrade() -> None:
    op.drop_index("ix_messages_thread_pk", table_name="messages")
    op.drop_column("messages", "thread_pk")
