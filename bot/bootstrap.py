"""The composition root: settings in, every long-lived collaborator out.

The Slack app, the worker and ``wismo demo`` all start here, so a deployment is wired
the same way everywhere::

    services = build_wiring(Settings.from_env(os.environ))
    try:
        ...  # hand ``services`` to the use cases
    finally:
        services.close()

Start-up refuses to run on a database schema older than the code (``wismo db upgrade``)
and on a reply template that fails the policy check, each with a message saying what to
do.  Remote services that are not configured are ``None`` (orders, mail) or link-only
(carriers), never a crash at the first buyer message.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from bot import metrics
from bot.amazon.spapi import orders_client_for
from bot.clock import Clock, ScaledClock, utc_now
from bot.config import Settings
from bot.db import check_schema_current, create_db_engine, sql_uow_factory
from bot.db.uow import UowFactory
from bot.domain import Account
from bot.errors import ConfigError, DatabaseUnavailable, WismoError
from bot.mail.smtp import smtp_sender_for
from bot.ports import MailSender, OrderSource
from bot.replies.library import load_library
from bot.replies.remembered import remembered_check
from bot.replies.report import LibraryReport
from bot.services.outbox import Unsettled
from bot.services.stats import open_by_time_left, outbox_waiting
from carriers import CarrierConfig, TrackingService, build_service
from compliance import Policy, PolicyError, warm_up

__all__ = [
    "AccountPorts",
    "DatabaseUnavailable",
    "Wiring",
    "build_wiring",
    "carrier_configs",
    "clock_from_settings",
    "describe",
    "metrics_collectors",
    "policy_from_settings",
    "tracking_from_settings",
    "utc_now",
    "wiring_from_env",
]

log = logging.getLogger("wismo.bootstrap")


@dataclass(frozen=True, slots=True)
class Wiring:
    """Everything a use case may need, built once per process and shared by threads.

    It satisfies :class:`bot.services.deps.Deps`, the protocol every use case takes, so
    the use cases never import this module.
    """

    settings: Settings
    engine: Engine
    uow_factory: UowFactory
    orders: OrderSource | None  # the first account's; None: SP-API not configured
    tracking: TrackingService
    policy: Policy
    library: LibraryReport  # the template library's passing report, checked at start-up
    mailer: MailSender | None  # the first account's; None: no SMTP, replies cannot be sent
    clock: Clock = field(default=utc_now)
    # Sends whose outcome this wiring's database could not record during an outage; its
    # own, as the outbox row ids it holds are this database's.
    unsettled: Unsettled = field(default_factory=Unsettled)
    # The order source and mail sender of every account after the first, by account id.
    more_accounts: Mapping[str, AccountPorts] = field(default_factory=dict)

    def orders_for(self, account: str) -> OrderSource | None:
        """The SP-API client of ``account`` (None: not configured, or no such account)."""
        return self._ports(account).orders

    def mailer_for(self, account: str) -> MailSender | None:
        """The SMTP sender, with its approved From address, of ``account``."""
        return self._ports(account).mailer

    def _ports(self, account: str) -> AccountPorts:
        if account == self.settings.accounts[0].id:
            return AccountPorts(orders=self.orders, mailer=self.mailer)
        return self.more_accounts.get(account) or _NO_PORTS

    def close(self) -> None:
        """Release connections and worker threads (safe to call more than once)."""
        self.unsettled.close()
        self.tracking.close()
        for orders in (self.orders, *(p.orders for p in self.more_accounts.values())):
            if orders is not None:
                orders.close()
        self.engine.dispose()


@dataclass(frozen=True, slots=True)
class AccountPorts:
    """What one seller account talks to: its SP-API and its mail server."""

    orders: OrderSource | None
    mailer: MailSender | None


_NO_PORTS = AccountPorts(orders=None, mailer=None)


def account_ports(
    settings: Settings,
    account: Account,
    *,
    clock: Clock,
    policy: Policy,
    orders: OrderSource | None = None,
    mailer: MailSender | None = None,
) -> AccountPorts:
    """The SP-API client and SMTP sender ``account``'s credentials configure, but for
    those handed in (``orders``, ``mailer``), which are used as they are."""
    if orders is None and account.spapi_refresh_token:
        orders = orders_client_for(
            account,
            base_url=settings.spapi_base_url,
            token_url=settings.lwa_token_url,
            clock=clock,
        )
    if mailer is None and account.smtp_url:
        mailer = smtp_sender_for(account, timeout=settings.smtp_timeout_seconds, policy=policy)
    return AccountPorts(orders=orders, mailer=mailer)


def policy_from_settings(settings: Settings) -> Policy:
    """The compliance policy a deployment checks replies against."""
    try:
        return Policy.from_lists(
            link_domains=settings.allowed_link_domains,
            phone_numbers=settings.allowed_phone_numbers,
            max_length=settings.max_reply_chars,
        )
    except PolicyError as exc:
        raise ConfigError([f"WISMO_MAX_REPLY_CHARS: {exc}"]) from exc


def clock_from_settings(settings: Settings, *, real: Callable[[], float] = time.time) -> Clock:
    """The wall clock, or the simulated one a trial asked for with ``WISMO_CLOCK_*``."""
    if settings.clock_start is None:
        return utc_now
    anchor = settings.clock_anchor if settings.clock_anchor is not None else real()
    return ScaledClock(settings.clock_start, anchor, settings.clock_speed, real)


def carrier_configs(settings: Settings) -> tuple[dict[str, CarrierConfig], dict[str, str]]:
    """API configs of the carriers with credentials, and why the others are link-only."""
    timeout = settings.carrier_timeout_seconds
    configs: dict[str, CarrierConfig] = {}
    missing: dict[str, str] = {}
    oauth = (
        ("ups", "UPS", settings.ups_client_id, settings.ups_client_secret.reveal(),
         settings.ups_base_url),
        ("usps", "USPS", settings.usps_client_id, settings.usps_client_secret.reveal(),
         settings.usps_base_url),
        ("fedex", "FEDEX", settings.fedex_client_id, settings.fedex_client_secret.reveal(),
         settings.fedex_base_url),
    )  # fmt: skip
    for code, env, client_id, secret, base_url in oauth:
        if client_id and secret:
            configs[code] = CarrierConfig(
                base_url=base_url, client_id=client_id, client_secret=secret, timeout=timeout
            )
        else:
            missing[code] = (
                f"{env}_CLIENT_ID and {env}_CLIENT_SECRET not set: "
                "status only on the carrier's page"
            )
    if settings.dhl_api_key:
        configs["dhl"] = CarrierConfig(
            base_url=settings.dhl_base_url, api_key=settings.dhl_api_key.reveal(), timeout=timeout
        )
    else:
        missing["dhl"] = "DHL_API_KEY not set: status only on the carrier's page"
    return configs, missing


def tracking_from_settings(settings: Settings, *, clock: Clock = utc_now) -> TrackingService:
    """Live tracking for every carrier with credentials; the rest get number and link."""
    configs, missing = carrier_configs(settings)
    try:
        return build_service(
            configs,
            clock=clock,
            fresh_for=settings.tracking_fresh_for,
            unconfigured_note=missing,
            observer=metrics.CarrierMetrics(),
        )
    except ValueError as exc:
        raise ConfigError([f"carrier settings: {exc}"]) from exc


@lru_cache(maxsize=4)
def _checked_library(policy: Policy) -> LibraryReport:
    # Once per process and policy, and a web worker forked after the check inherits its
    # master's result.  It takes 9 s of CPU: a passing verdict is remembered on disk for
    # exactly these templates, policy and rules (bot.replies.remembered), so a restart
    # does not pay it again.
    started = time.perf_counter()
    report, remembered = remembered_check(policy, lambda: load_library(policy))
    # A remembered verdict checks no reply, so nothing has compiled the checker's tables:
    # do it here, before web workers fork, or each would on its agents' first keystrokes.
    warm_up(policy)
    log.info(
        "reply templates %s: %d templates, %d renderings in %.1f s",
        "passed (verdict remembered for these templates and rules)" if remembered else "checked",
        len(report.statuses),
        sum(status.renderings for status in report.statuses),
        time.perf_counter() - started,
    )
    return report


def build_wiring(
    settings: Settings,
    *,
    clock: Clock = utc_now,
    engine: Engine | None = None,
    orders: OrderSource | None = None,
    tracking: TrackingService | None = None,
    mailer: MailSender | None = None,
    check_schema: bool = True,
) -> Wiring:
    """Wire the application from ``settings``.

    Raises :class:`~bot.errors.SchemaOutOfDate` (run ``wismo db upgrade``),
    :class:`DatabaseUnavailable`, :class:`~bot.replies.LibraryRefused` (a template breaks
    the policy: run ``wismo templates check``) or :class:`~bot.errors.ConfigError`.
    ``engine``, ``orders``, ``tracking`` and ``mailer`` replace what the settings would
    build (tests, the demo); :meth:`Wiring.close` closes them all.
    """
    policy = policy_from_settings(settings)
    library = _checked_library(policy)
    engine = engine or create_db_engine(settings.database_url)
    try:
        if check_schema:
            check_schema_current(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        reason = str(exc.orig if isinstance(exc, DBAPIError) else exc).strip().splitlines()[0]
        where = settings.describe()["database_url"]
        raise DatabaseUnavailable(
            f"cannot use the database at {where}: {reason}. "
            "Check DATABASE_URL and that the database server is running."
        ) from exc
    except WismoError:
        engine.dispose()
        raise
    first, *others = settings.accounts
    ports = account_ports(settings, first, clock=clock, policy=policy, orders=orders, mailer=mailer)
    return Wiring(
        more_accounts={
            account.id: account_ports(settings, account, clock=clock, policy=policy)
            for account in others
        },
        settings=settings,
        engine=engine,
        uow_factory=sql_uow_factory(engine),
        orders=ports.orders,
        tracking=tracking or tracking_from_settings(settings, clock=clock),
        policy=policy,
        library=library,
        mailer=ports.mailer,
        clock=clock,
    )


def describe(services: Wiring) -> Mapping[str, str]:
    """What is connected, for the start-up log line (no secrets)."""
    return {
        "database": services.settings.describe()["database_url"],
        "accounts": ", ".join(a.id for a in services.settings.accounts),
        "orders": "SP-API" if services.orders is not None else "not configured",
        "carriers": ", ".join(sorted(services.tracking.carriers)) or "links only",
        "mail": "SMTP" if services.mailer is not None else "not configured",
        "clock": services.clock.describe() if isinstance(services.clock, ScaledClock) else "wall",
    }


def wiring_from_env(
    env: Mapping[str, str], problems: Callable[[Settings], list[str]]
) -> tuple[Settings, Wiring]:
    """Settings read from ``env``, then the services: the start of every long-running command.

    ``problems`` names what the command in particular needs set; all of them are raised
    together as one :class:`~bot.errors.ConfigError` before anything is built.
    """
    settings = Settings.from_env(env)
    missing = problems(settings)
    if missing:
        raise ConfigError(missing)
    return settings, build_wiring(settings, clock=clock_from_settings(settings))


def metrics_collectors(services: Wiring) -> list[metrics.Collector]:
    """What a scrape counts in the database: the open messages by time left, and the
    replies waiting in the outbox."""

    def count(now: datetime) -> dict[str, int]:
        return open_by_time_left(services.uow_factory, now, metrics.TIME_LEFT)

    return [
        metrics.OpenMessages(count, services.clock),
        metrics.OutboxWaiting(lambda: outbox_waiting(services.uow_factory), services.clock),
    ]
