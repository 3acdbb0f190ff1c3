"""Inbox sources: where raw buyer mail comes from before it is stored.

Every source (IMAP folder, Maildir, folder of ``.eml`` files) implements
:class:`InboxSource`: ``poll(handle)`` hands each new :class:`RawMail` to ``handle`` and
marks it done only after ``handle`` returned.  :func:`run_poller` drives a source;
:func:`source_from_settings` builds the one ``WISMO_INBOX`` names.  The signed HTTP
webhook lives in :mod:`bot.mail.inbox.webhook`.
"""

from __future__ import annotations

from bot.mail.inbox.folder import FolderSource
from bot.mail.inbox.from_settings import source_from_settings, source_from_url
from bot.mail.inbox.imap import ImapAddress, ImapSource
from bot.mail.inbox.maildir import MaildirSource
from bot.mail.inbox.poller import run_poller
from bot.mail.inbox.source import (
    Attempts,
    Handler,
    InboxSource,
    PoisonHandler,
    RawMail,
    WaitsForMail,
)
from bot.mail.inbox.state import JsonFileState, MemoryState, StateStore

__all__ = [
    "Attempts",
    "FolderSource",
    "Handler",
    "ImapAddress",
    "ImapSource",
    "InboxSource",
    "JsonFileState",
    "MaildirSource",
    "MemoryState",
    "PoisonHandler",
    "RawMail",
    "StateStore",
    "WaitsForMail",
    "run_poller",
    "source_from_settings",
    "source_from_url",
]
