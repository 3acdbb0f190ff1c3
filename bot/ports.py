"""The ports: what the use cases need from the world, as protocols.

Services and jobs are written against these; :mod:`bot.bootstrap` plugs in the adapters
(SQLAlchemy, SP-API, SMTP, the paced Slack writer) and tests plug in fakes.  Nothing here
imports an adapter, so a service that needs a port never drags Slack, SMTP or HTTP in.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Any, Protocol, Self

from bot.domain import Order, OutgoingMail

__all__ = ["MailSender", "OrderSource", "SlackSender", "UnitOfWork"]


class UnitOfWork(Protocol):
    """One transaction (``bot.db.uow.SqlUnitOfWork`` in production).

    Leaving the ``with`` block without :meth:`commit` rolls back.  The service that opens
    a unit of work commits it; a function handed an open one never does.
    """

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...


class OrderSource(Protocol):
    """Looks up one order (``bot.amazon.spapi.OrdersClient`` in production).

    Raises :class:`~bot.errors.OrderNotFound` and the other ``AmazonError`` kinds.
    """

    def get_order(self, order_id: str) -> Order: ...

    def close(self) -> None: ...


class MailSender(Protocol):
    """Sends one reply (``bot.mail.smtp.SmtpSender`` in production).

    Raises :class:`~bot.errors.MailUnavailable` when it may be retried,
    :class:`~bot.errors.MailRejected` when the server refused this mail,
    :class:`~bot.errors.MailInDoubt` when it took the whole mail without confirming it.
    Any other exception leaves the outcome unknown too.
    """

    def send(self, mail: OutgoingMail) -> None: ...


class SlackSender(Protocol):
    """Writes to Slack (``bot.slack.writer.SlackWriter`` in production), paced per channel.

    ``message`` holds ``text`` and optionally ``blocks``, as Block Kit builders return it.
    Raises :class:`~bot.errors.SlackRateLimited` (the channel is held for
    ``retry_after`` seconds), :class:`~bot.errors.SlackRefused` (Slack answered with an
    error; ``permanent`` when the same payload can never pass) or
    :class:`~bot.errors.SlackUnreachable`.
    """

    def post(
        self,
        channel: str,
        message: Mapping[str, Any],
        *,
        thread_ts: str | None = None,
        broadcast: bool = False,
        key: str | None = None,
        wait: bool = True,
    ) -> str:
        """Post a new message (after the channel's pace unless not ``wait``); its ``ts``.

        ``key`` is stored in the message's metadata so :meth:`find_post` finds it again.
        """
        ...

    def update(
        self, channel: str, ts: str, message: Mapping[str, Any], *, wait: bool = True
    ) -> None:
        """Replace the message at ``ts``, after the channel's pace unless not ``wait``.

        A card answering an agent's click does not wait behind the channel's posts
        (``chat.update`` is not held to one a second per channel as posts are)."""
        ...

    def find_post(self, channel: str, key: str, *, thread_ts: str | None = None) -> str | None:
        """The ``ts`` of a post made earlier with ``key``, when it is in Slack."""
        ...

    def blocked(self, channel: str) -> bool:
        """True while Slack told us to keep away from ``channel`` (a 429)."""
        ...

    def upload_file(
        self,
        channel: str,
        *,
        thread_ts: str,
        filename: str,
        data: bytes,
        title: str,
        alt_text: str | None = None,
    ) -> str:
        """Put one file into the thread at ``thread_ts`` (Slack's external upload: a URL,
        the bytes, then completion); the file's Slack id."""
        ...
