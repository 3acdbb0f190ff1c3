"""A plain folder of ``.eml`` files as an inbox (``WISMO_INBOX=dir:///srv/wismo/inbox``).

Every ``*.eml`` file directly in the folder is a new mail.  A stored one is moved into
``done/``; a poison one into ``failed/`` beside a ``<name>.reason.txt`` saying why.  To
retry a failed mail, move it back.  Only names ending in ``.eml`` are read, so whoever
drops mail here should write ``x.eml.part`` and rename it to ``x.eml`` when complete.
"""

from __future__ import annotations

from pathlib import Path

from bot.errors import InboxUnavailable
from bot.mail.inbox.files import FileInbox, free_name

__all__ = ["DONE_FOLDER", "FAILED_FOLDER", "FolderSource"]

DONE_FOLDER = "done"
FAILED_FOLDER = "failed"


class FolderSource(FileInbox):
    @property
    def name(self) -> str:
        return f"dir://{self.root}"

    def _check(self) -> None:
        if not self.root.is_dir():
            raise InboxUnavailable(
                f"{self.name} is not a folder; create it or fix WISMO_INBOX (dir:///path)"
            )

    def _pending(self) -> list[Path]:
        return sorted(
            (p for p in self.root.iterdir() if p.suffix.lower() == ".eml" and p.is_file()),
            key=lambda p: p.name,
        )

    def _source_id(self, path: Path) -> str:
        return f"dir:{path.name}"

    def _mark_done(self, path: Path) -> None:
        done = self.root / DONE_FOLDER
        done.mkdir(exist_ok=True)
        self._rename(path, free_name(done, path.name))

    def _set_aside(self, path: Path, reason: str) -> None:
        failed = self.root / FAILED_FOLDER
        failed.mkdir(exist_ok=True)
        target = free_name(failed, path.name)
        self._rename(path, target)
        target.with_name(target.name + ".reason.txt").write_text(reason + "\n", encoding="utf-8")
