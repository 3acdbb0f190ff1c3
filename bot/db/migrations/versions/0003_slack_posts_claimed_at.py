"""slack_posts.claimed_at: a post whose poster stopped mid-call is looked up, not re-sent.

Set when a poster claims the row, cleared when the outcome is recorded.  A row found
claimed by a later poster was perhaps posted already: that poster first looks for it in
the channel (by the message metadata every post carries) before posting again.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("slack_posts", sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    op.drop_column("slack_posts", "claimed_at")
