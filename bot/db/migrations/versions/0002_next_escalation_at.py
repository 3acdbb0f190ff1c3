"""messages.next_escalation_at: the SLA sweep selects only rows with a threshold due.

Existing open rows get their received_at, so the first sweep after the upgrade looks at
each of them once (already fired thresholds are skipped by the escalations' unique key).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OPEN = ("received", "drafted", "carded", "sending", "manual", "failed")


def upgrade() -> None:
    op.add_column(
        "messages", sa.Column("next_escalation_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.create_index(
        "ix_messages_state_next_escalation_at",
        "messages",
        ["state", "next_escalation_at"],
        unique=False,
    )
    messages = sa.table(
        "messages",
        sa.column("state", sa.String),
        sa.column("received_at", sa.DateTime(timezone=True)),
        sa.column("next_escalation_at", sa.DateTime(timezone=True)),
    )
    op.execute(
        messages.update()
        .where(messages.c.state.in_(_OPEN))
        .values(next_escalation_at=messages.c.received_at)
    )


def downgrade() -> None:
    op.drop_index("ix_messages_state_next_escalation_at", table_name="messages")
    op.drop_column("messages", "next_escalation_at")
