"""What a use case is handed: the ports and settings, as one read-only protocol.

Every service and job takes its collaborators as this one argument (or, for a step inside
a caller's transaction, the open unit of work).  :class:`bot.bootstrap.Wiring` satisfies
it in production; a test may hand in any object with these attributes.  Services never
import the composition root.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from sqlalchemy import Engine

from bot.clock import Clock
from bot.config import Settings
from bot.db.uow import UowFactory
from bot.ports import MailSender, OrderSource
from bot.replies.report import LibraryReport
from carriers import TrackingService
from compliance import Policy

if TYPE_CHECKING:
    from bot.services.outbox import Unsettled

__all__ = ["Deps"]


class Deps(Protocol):
    @property
    def settings(self) -> Settings: ...

    @property
    def engine(self) -> Engine: ...

    @property
    def uow_factory(self) -> UowFactory: ...

    @property
    def orders(self) -> OrderSource | None:
        """None: SP-API is not configured (cards say so)."""
        ...

    @property
    def tracking(self) -> TrackingService: ...

    @property
    def policy(self) -> Policy: ...

    @property
    def library(self) -> LibraryReport:
        """The template library's passing report, checked at start-up."""
        ...

    @property
    def mailer(self) -> MailSender | None:
        """None: SMTP_URL is not set, replies cannot be sent."""
        ...

    @property
    def clock(self) -> Clock: ...

    @property
    def unsettled(self) -> Unsettled:
        """Sends this process made whose outcome an outage kept from the database."""
        ...

    def orders_for(self, account: str) -> OrderSource | None:
        """The SP-API client of a seller account (a message row's ``account``)."""
        ...

    def mailer_for(self, account: str) -> MailSender | None:
        """The SMTP sender, with its own From address, of a seller account."""
        ...
