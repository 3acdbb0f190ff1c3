"""The files an agent attaches to a reply: which may go, and why the others may not.

Amazon takes PDF, JPEG, PNG, GIF and plain text with a message, 10 MB in all
(:data:`bot.mail.files.ALLOWED_OUT`, :data:`bot.mail.files.OUT_TOTAL_LIMIT`).  A file's
type is what its bytes are (a ``.pdf`` that is a zip is refused), and its name passes the
same policy gate as the reply's text (a name can carry a link, an address or a review
ask).  Every problem is named, so the modal can say what to change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.domain import OutgoingFile
from bot.mail.files import ALLOWED_OUT, OUT_TOTAL_LIMIT, safe_filename, sniff
from bot.services.verdict import check_reply
from compliance import Policy

__all__ = ["TOTAL_LIMIT", "FileVetting", "precheck_sizes", "vet_files"]

TOTAL_LIMIT = OUT_TOTAL_LIMIT


@dataclass(frozen=True, slots=True)
class FileVetting:
    files: tuple[OutgoingFile, ...]
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MB"


def precheck_sizes(sizes: Sequence[int]) -> str | None:
    """Before anything is downloaded: the sizes Slack states, against the 10 MB in all."""
    total = sum(max(int(s), 0) for s in sizes)
    if total > OUT_TOTAL_LIMIT:
        return (
            f"The files are {_mb(total)} together; Amazon takes at most "
            f"{_mb(OUT_TOTAL_LIMIT)} with one message. Remove one."
        )
    return None


def vet_files(
    given: Sequence[tuple[str, bytes]], *, lang: str | None, policy: Policy
) -> FileVetting:
    """``given`` (name, bytes) as MIME parts of a reply, or the reasons they cannot go."""
    problems: list[str] = []
    files: list[OutgoingFile] = []
    allowed = ", ".join(ALLOWED_OUT.values())
    for raw_name, data in given:
        kind = sniff(data)
        name = safe_filename(raw_name, content_type=kind)
        if kind is None:
            problems.append(
                f"{name}: this type of file cannot go to a buyer (allowed: {allowed}; the "
                "content decides, not the name)"
            )
            continue
        report = check_reply(name, lang, policy)
        if not report.compliant:
            rules = ", ".join(sorted({f.rule for f in report.blocking}))
            problems.append(f"{name}: the file name breaks Amazon's messaging policy ({rules})")
            continue
        files.append(OutgoingFile(name, kind, data))
    total = sum(len(data) for _, data in given)
    if total > OUT_TOTAL_LIMIT:
        problems.append(precheck_sizes([total]) or "")
    return FileVetting(tuple(files), tuple(problems))
