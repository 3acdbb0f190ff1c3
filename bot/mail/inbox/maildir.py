"""A Maildir as an inbox (``WISMO_INBOX=maildir:///var/mail/support``).

New mail is whatever sits in ``new/`` (the MDA writes to ``tmp/`` and renames into
``new/``, so a file there is complete).  A stored mail is moved to ``cur/`` with the Seen
flag (``:2,S``), as a mail client would.  A poison mail goes to the ``.Failed`` Maildir++
subfolder, flagged (``:2,F``), where any mail client shows it, with why beside it in
``.Failed/reasons/``; to retry it, move it back into ``new/``.
"""

from __future__ import annotations

from pathlib import Path

from bot.errors import InboxUnavailable
from bot.mail.inbox.files import FileInbox, free_name

__all__ = ["FAILED_FOLDER", "MaildirSource"]

FAILED_FOLDER = ".Failed"


def _unique(name: str) -> str:
    """The unique part of a Maildir file name, without the ``:2,FLAGS`` info."""
    return name.split(":", 1)[0]


class MaildirSource(FileInbox):
    @property
    def name(self) -> str:
        return f"maildir://{self.root}"

    def _check(self) -> None:
        missing = [sub for sub in ("new", "cur", "tmp") if not (self.root / sub).is_dir()]
        if missing:
            raise InboxUnavailable(
                f"{self.name} is not a Maildir (no {', '.join(missing)}/ inside); "
                "point WISMO_INBOX at the Maildir your mail server delivers to"
            )

    def _pending(self) -> list[Path]:
        # Maildir names start with the delivery time, so sorting by name is arrival order.
        new = self.root / "new"
        return sorted(
            (p for p in new.iterdir() if not p.name.startswith(".") and p.is_file()),
            key=lambda p: p.name,
        )

    def _source_id(self, path: Path) -> str:
        return f"maildir:{_unique(path.name)}"

    def _mark_done(self, path: Path) -> None:
        self._rename(path, self.root / "cur" / f"{_unique(path.name)}:2,S")

    def _set_aside(self, path: Path, reason: str) -> None:
        failed = self.root / FAILED_FOLDER
        for sub in ("new", "cur", "tmp"):
            (failed / sub).mkdir(parents=True, exist_ok=True)
        # Marks it a Maildir++ subfolder for Dovecot, Courier and mail clients.
        (failed / "maildirfolder").touch()
        target = free_name(failed / "cur", f"{_unique(path.name)}:2,F")
        self._rename(path, target)
        reasons = failed / "reasons"
        reasons.mkdir(exist_ok=True)
        (reasons / (_unique(target.name) + ".txt")).write_text(reason + "\n", encoding="utf-8")
