"""messages.content_digest: a Message-ID reused by another mail no longer hides it.

The store deduplicates on the Message-ID together with a digest of the mail's content
(``bot.mail.content_digest``).  Rows stored before have no digest: a mail arriving
again under their Message-ID is taken as their redelivery, as before.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("messages", sa.Column("content_digest", sa.String(length=64), nullable=True))


def downgrade() -> None:
    op.drop_column("messages", "content_digest")
