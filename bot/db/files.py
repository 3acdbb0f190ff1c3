"""Stored files of mail (see :class:`bot.db.models.FileRow`)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, defer

from bot.db.models import FileRow

__all__ = ["FileRepository"]


class FileRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: FileRow) -> FileRow:
        self.session.add(row)
        self.session.flush()
        return row

    def of_message(self, message_pk: int, direction: str) -> Sequence[FileRow]:
        """The files of one message, in the mail's order, bytes included."""
        return self.session.scalars(
            select(FileRow)
            .where(FileRow.message_pk == message_pk, FileRow.direction == direction)
            .order_by(FileRow.position, FileRow.id)
        ).all()

    def listing(self, message_pk: int, direction: str) -> Sequence[FileRow]:
        """As :meth:`of_message`, without loading the bytes."""
        return self.session.scalars(
            select(FileRow)
            .options(defer(FileRow.data))
            .where(FileRow.message_pk == message_pk, FileRow.direction == direction)
            .order_by(FileRow.position, FileRow.id)
        ).all()

    def get(self, pk: int) -> FileRow | None:
        return self.session.get(FileRow, pk)

    def mark_in_slack(self, pk: int, slack_file_id: str) -> None:
        self.session.execute(
            update(FileRow).where(FileRow.id == pk).values(slack_file_id=slack_file_id)
        )

    def replace_out(self, message_pk: int, rows: Sequence[FileRow]) -> None:
        """The files of our reply to ``message_pk`` become ``rows`` (none: no files)."""
        self.session.execute(
            delete(FileRow).where(FileRow.message_pk == message_pk, FileRow.direction == "out")
        )
        for row in rows:
            self.session.add(row)
        self.session.flush()
