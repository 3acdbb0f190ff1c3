"""Builds the inbox source that ``WISMO_INBOX`` names.

``imap://``/``imaps://`` → :class:`ImapSource` (its progress kept in ``state_file``),
``maildir:///path`` → :class:`MaildirSource`, ``dir:///path`` → :class:`FolderSource`.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bot.config import Settings
from bot.errors import ConfigError
from bot.mail.inbox.folder import FolderSource
from bot.mail.inbox.imap import DEFAULT_IDLE_RENEW, ImapAddress, ImapSource
from bot.mail.inbox.maildir import MaildirSource
from bot.mail.inbox.source import DEFAULT_BATCH_SIZE, Attempts, InboxSource, PoisonHandler
from bot.mail.inbox.state import JsonFileState

__all__ = ["DEFAULT_STATE_FILE", "source_from_settings", "source_from_url"]

DEFAULT_STATE_FILE = Path("wismo-inbox-state.json")


def source_from_url(
    url: str,
    *,
    state_file: Path = DEFAULT_STATE_FILE,
    on_poison: PoisonHandler | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    ssl_context: ssl.SSLContext | None = None,
    idle: bool = True,
    idle_renew: float = DEFAULT_IDLE_RENEW,
) -> InboxSource:
    """The source for an inbox URL; :class:`ConfigError` names what is wrong with it.

    An IMAP source waits in IDLE between polls unless ``idle`` is false."""
    attempts = Attempts(on_poison=on_poison)
    scheme = urlsplit(url).scheme
    if scheme in {"imap", "imaps"}:
        try:
            address = ImapAddress.parse(url)
        except ValueError as exc:
            raise ConfigError([f"WISMO_INBOX: {exc}"]) from None
        return ImapSource(
            address,
            state=JsonFileState(state_file),
            batch_size=batch_size,
            attempts=attempts,
            ssl_context=ssl_context,
            idle=idle,
            idle_renew=idle_renew,
        )
    if scheme in {"maildir", "dir"}:
        parts = urlsplit(url)
        path = unquote(parts.netloc + parts.path)
        if not path:
            raise ConfigError([f"WISMO_INBOX: {scheme}:// needs a path, e.g. {scheme}:///srv/mail"])
        cls = MaildirSource if scheme == "maildir" else FolderSource
        return cls(Path(path), batch_size=batch_size, attempts=attempts)
    raise ConfigError(
        ["WISMO_INBOX: must start with imap://, imaps://, maildir:// or dir:// (a folder of .eml)"]
    )


def source_from_settings(
    settings: Settings,
    *,
    state_file: Path = DEFAULT_STATE_FILE,
    on_poison: PoisonHandler | None = None,
) -> InboxSource:
    """The source for ``settings.inbox``; raises :class:`ConfigError` when it is unset.

    A deployment fed only by the webhook leaves ``WISMO_INBOX`` empty and does not call this.
    """
    if not settings.inbox:
        raise ConfigError(["WISMO_INBOX: not set; name the mailbox to poll (see README)"])
    return source_from_url(
        settings.inbox,
        state_file=state_file,
        on_poison=on_poison,
        idle=settings.imap_idle,
        idle_renew=settings.imap_idle_renew.total_seconds(),
    )
