"""One typed settings object, built once from the environment at start-up.

Nothing else in the code base reads ``os.environ``: the entry point calls
``Settings.from_env(os.environ)`` and passes the result in.  Every problem in the
environment is collected and reported together, so a deployment is fixed in one
round trip, and secrets are wrapped in :class:`Secret` so they never appear in a
``repr()``, a log line or a traceback.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, time, timedelta
from typing import TypeVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.domain import (
    AUTOPILOT_SCENARIOS,
    DEFAULT_ACCOUNT,
    DEFAULT_SELLER_NAME,
    MARKETPLACES,
    Account,
    AutopilotHours,
)
from bot.errors import ConfigError

__all__ = ["SECRET_VARIABLES", "Secret", "Settings", "read_secret_file"]

T = TypeVar("T")

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(d|h|m|s)?\s*$")
_SLACK_ID = re.compile(r"^[UWS][A-Z0-9]{2,}$")
_CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]{2,}$")
# an authserv-id is an RFC 2045 token; in practice a host name
_AUTHSERV_ID = re.compile(r"^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$")


@dataclass(frozen=True, slots=True)
class Secret:
    """A credential. Its value is read with :meth:`reveal`; it prints as ``'***'``."""

    _value: str = field(repr=False)

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "Secret('***')" if self._value else "Secret('')"

    __str__ = __repr__


def parse_duration(text: str) -> timedelta:
    """``"12h"``, ``"90m"``, ``"30s"``, ``"2d"``; a bare number is hours."""
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a duration such as 12h, 90m or 30s")
    amount = float(match.group(1))
    unit = match.group(2) or "h"
    return {
        "d": timedelta(days=amount),
        "h": timedelta(hours=amount),
        "m": timedelta(minutes=amount),
        "s": timedelta(seconds=amount),
    }[unit]


def _split_ids(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


@dataclass(frozen=True, slots=True, repr=False)
class Settings:
    """Every setting of a deployment. README.md documents each environment variable."""

    # Slack
    slack_bot_token: Secret = Secret("")
    slack_signing_secret: Secret = Secret("")
    slack_app_token: Secret = Secret("")
    slack_base_url: str = "https://slack.com/api/"
    port: int = 3000
    web_concurrency: int | None = None  # processes of wismo serve; None: it picks (1-2)
    # The HTTP front: a whole request (headers and body) must arrive within this many seconds.
    http_read_timeout: float = 10.0
    # Largest body /inbound/mail takes; Amazon allows 10 MB of attachments, base64 adds a third.
    webhook_max_bytes: int = 25 * 1024 * 1024
    channel: str = ""
    managers: tuple[str, ...] = ()
    agents: tuple[str, ...] = ()
    viewers: tuple[str, ...] = ()  # empty: the agents and managers (``Account.readers``)
    summary_channel: str = ""
    summary_time: time = time(8, 0)

    # Storage
    database_url: str = "sqlite:///wismo.db"

    # Inbound and outbound mail
    inbox: str = ""
    inbox_poll_seconds: float = 30.0
    # IMAP IDLE between polls (when the server offers it), renewed at least this often.
    imap_idle: bool = True
    imap_idle_renew: timedelta = timedelta(minutes=29)
    webhook_secret: Secret = Secret("")
    smtp_url: Secret = Secret("")
    # Longest wait for the mail server; a send still unsettled after it is "in doubt".
    smtp_timeout_seconds: float = 30.0
    mail_from: str = ""
    seller_name: str = DEFAULT_SELLER_NAME  # signature under every suggested reply
    # authserv-ids of the receiving mail server(s) whose Authentication-Results are
    # trusted; empty: authentication is not checked (and every card says so)
    authserv_ids: tuple[str, ...] = ()
    # A buyer's attachment larger than this is listed on the card, not stored.
    attachment_max_bytes: int = 10 * 1024 * 1024

    # Amazon SP-API
    spapi_refresh_token: Secret = Secret("")
    spapi_client_id: str = ""
    spapi_client_secret: Secret = Secret("")
    spapi_region: str = "na"
    spapi_base_url: str = ""
    lwa_token_url: str = "https://api.amazon.com/auth/o2/token"

    # Carriers
    ups_client_id: str = ""
    ups_client_secret: Secret = Secret("")
    ups_base_url: str = "https://onlinetools.ups.com"
    usps_client_id: str = ""
    usps_client_secret: Secret = Secret("")
    usps_base_url: str = "https://apis.usps.com"
    fedex_client_id: str = ""
    fedex_client_secret: Secret = Secret("")
    fedex_base_url: str = "https://apis.fedex.com"
    dhl_api_key: Secret = Secret("")
    dhl_base_url: str = "https://api-eu.dhl.com"
    carrier_timeout_seconds: float = 10.0
    tracking_fresh_for: timedelta = timedelta(minutes=15)

    # Deadline and retention
    sla_thresholds: tuple[timedelta, ...] = (
        timedelta(hours=12),
        timedelta(hours=4),
        timedelta(hours=1),
        timedelta(0),
    )
    retention_days: int = 30
    max_reply_chars: int = 2000
    ship_date_horizon_days: int = 60
    # Added to the policy's defaults (carrier tracking pages, Amazon, carrier phone lines).
    allowed_link_domains: tuple[str, ...] = ()
    allowed_phone_numbers: tuple[str, ...] = ()

    # The workspace's time zone (IANA name): the autopilot's send times, hours and day.
    time_zone: str = "UTC"

    # Autopilot (off unless scenarios are listed): replies sent without a click after a hold.
    autopilot_scenarios: tuple[str, ...] = ()
    autopilot_hold: timedelta = timedelta(minutes=10)
    autopilot_daily_cap: int = 200
    autopilot_hours: AutopilotHours | None = None  # None: at any hour

    # Logs: "text" lines or one JSON object a line; never buyer data either way (bot.logs).
    log_format: str = "text"
    # Port of wismo worker's own GET /metrics; None: not served (wismo serve has /metrics).
    metrics_port: int | None = None

    # Pace and clock
    post_interval_seconds: float = 1.1  # Slack allows about one message a second a channel
    # A simulated business clock for trials (bench/trial); unset in production.
    clock_start: datetime | None = None
    clock_anchor: float | None = None  # Unix seconds at which the clock reads clock_start
    clock_speed: float = 1.0

    # Several seller accounts (WISMO_ACCOUNTS_FILE); empty: the one account the
    # single-account variables above describe (see ``accounts``).
    accounts_file: str = ""
    account_list: tuple[Account, ...] = ()

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        """Build settings from ``env``; raise :class:`ConfigError` naming every problem."""
        problems: list[str] = []
        env = _with_secret_files(env, problems)

        def get(name: str, default: str = "") -> str:
            return env.get(name, default).strip()

        def convert(name: str, parse: Callable[[str], T], fallback: T) -> T:
            raw = get(name)
            if not raw:
                return fallback
            try:
                return parse(raw)
            except ValueError as exc:
                problems.append(f"{name}: {exc}")
                return fallback

        def url(name: str, default: str) -> str:
            value = get(name, default)
            if value and urlsplit(value).scheme not in {"http", "https"}:
                problems.append(f"{name}: {value!r} is not an http(s) URL")
            return value

        def ids(name: str, pattern: re.Pattern[str], what: str) -> tuple[str, ...]:
            values = _split_ids(get(name))
            bad = [v for v in values if not pattern.match(v)]
            if bad:
                problems.append(f"{name}: {', '.join(bad)} is not a Slack {what} id")
            return values

        defaults = cls()
        settings = cls(
            slack_bot_token=Secret(get("SLACK_BOT_TOKEN")),
            slack_signing_secret=Secret(get("SLACK_SIGNING_SECRET")),
            slack_app_token=Secret(get("SLACK_APP_TOKEN")),
            slack_base_url=url("SLACK_BASE_URL", defaults.slack_base_url),
            port=convert("PORT", _port, defaults.port),
            web_concurrency=convert("WEB_CONCURRENCY", _positive_int, None),
            http_read_timeout=convert(
                "WISMO_HTTP_READ_TIMEOUT", _positive_float, defaults.http_read_timeout
            ),
            webhook_max_bytes=convert(
                "WISMO_WEBHOOK_MAX_BYTES", _positive_int, defaults.webhook_max_bytes
            ),
            channel=(ids("WISMO_CHANNEL", _CHANNEL_ID, "channel") or ("",))[0],
            managers=ids("WISMO_MANAGERS", _SLACK_ID, "user or user group"),
            agents=ids("WISMO_AGENTS", _SLACK_ID, "user or user group"),
            viewers=ids("WISMO_VIEWERS", _SLACK_ID, "user or user group"),
            summary_channel=(ids("WISMO_SUMMARY_CHANNEL", _CHANNEL_ID, "channel") or ("",))[0],
            summary_time=convert("WISMO_SUMMARY_TIME", time.fromisoformat, defaults.summary_time),
            database_url=get("DATABASE_URL", defaults.database_url),
            inbox=_inbox(get("WISMO_INBOX"), problems),
            inbox_poll_seconds=convert(
                "WISMO_INBOX_POLL_SECONDS", _positive_float, defaults.inbox_poll_seconds
            ),
            imap_idle=convert("WISMO_IMAP_IDLE", _switch, defaults.imap_idle),
            imap_idle_renew=convert("WISMO_IMAP_IDLE_RENEW", _idle_renew, defaults.imap_idle_renew),
            webhook_secret=Secret(get("WISMO_WEBHOOK_SECRET")),
            smtp_url=Secret(_smtp(get("SMTP_URL"), problems)),
            mail_from=get("WISMO_FROM"),
            seller_name=get("WISMO_SELLER_NAME", defaults.seller_name) or defaults.seller_name,
            authserv_ids=_authserv_ids(get("WISMO_AUTHSERV_ID"), problems),
            spapi_refresh_token=Secret(get("SPAPI_REFRESH_TOKEN")),
            spapi_client_id=get("SPAPI_CLIENT_ID"),
            spapi_client_secret=Secret(get("SPAPI_CLIENT_SECRET")),
            spapi_region=_region(get("SPAPI_REGION", defaults.spapi_region), problems),
            spapi_base_url=url("SPAPI_BASE_URL", ""),
            lwa_token_url=url("LWA_TOKEN_URL", defaults.lwa_token_url),
            ups_client_id=get("UPS_CLIENT_ID"),
            ups_client_secret=Secret(get("UPS_CLIENT_SECRET")),
            ups_base_url=url("UPS_BASE_URL", defaults.ups_base_url),
            usps_client_id=get("USPS_CLIENT_ID"),
            usps_client_secret=Secret(get("USPS_CLIENT_SECRET")),
            usps_base_url=url("USPS_BASE_URL", defaults.usps_base_url),
            fedex_client_id=get("FEDEX_CLIENT_ID"),
            fedex_client_secret=Secret(get("FEDEX_CLIENT_SECRET")),
            fedex_base_url=url("FEDEX_BASE_URL", defaults.fedex_base_url),
            dhl_api_key=Secret(get("DHL_API_KEY")),
            dhl_base_url=url("DHL_BASE_URL", defaults.dhl_base_url),
            smtp_timeout_seconds=convert(
                "WISMO_SMTP_TIMEOUT", _positive_float, defaults.smtp_timeout_seconds
            ),
            carrier_timeout_seconds=convert(
                "WISMO_CARRIER_TIMEOUT", _positive_float, defaults.carrier_timeout_seconds
            ),
            tracking_fresh_for=convert(
                "WISMO_TRACKING_FRESH_FOR", parse_duration, defaults.tracking_fresh_for
            ),
            sla_thresholds=convert("WISMO_SLA_THRESHOLDS", _thresholds, defaults.sla_thresholds),
            retention_days=convert("WISMO_RETENTION_DAYS", _positive_int, defaults.retention_days),
            attachment_max_bytes=convert(
                "WISMO_ATTACHMENT_MAX_BYTES", _positive_int, defaults.attachment_max_bytes
            ),
            max_reply_chars=convert(
                "WISMO_MAX_REPLY_CHARS", _positive_int, defaults.max_reply_chars
            ),
            ship_date_horizon_days=convert(
                "WISMO_SHIP_DATE_HORIZON_DAYS", _positive_int, defaults.ship_date_horizon_days
            ),
            allowed_link_domains=_policy_list(
                "WISMO_ALLOWED_LINK_DOMAINS", get("WISMO_ALLOWED_LINK_DOMAINS"), problems
            ),
            allowed_phone_numbers=_policy_list(
                "WISMO_ALLOWED_PHONES", get("WISMO_ALLOWED_PHONES"), problems
            ),
            post_interval_seconds=convert(
                "WISMO_POST_INTERVAL", _positive_float, defaults.post_interval_seconds
            ),
            log_format=convert("WISMO_LOG_FORMAT", _log_format, defaults.log_format),
            time_zone=convert("WISMO_TIMEZONE", _time_zone, defaults.time_zone),
            autopilot_scenarios=convert("WISMO_AUTOPILOT", _autopilot, ()),
            autopilot_hold=convert("WISMO_AUTOPILOT_HOLD", _hold, defaults.autopilot_hold),
            autopilot_daily_cap=convert(
                "WISMO_AUTOPILOT_DAILY_CAP", _positive_int, defaults.autopilot_daily_cap
            ),
            autopilot_hours=convert("WISMO_AUTOPILOT_HOURS", parse_hours, None),
            metrics_port=convert("WISMO_METRICS_PORT", _port, None),
            clock_start=convert("WISMO_CLOCK_START", _instant, None),
            clock_anchor=convert("WISMO_CLOCK_ANCHOR", float, None),
            clock_speed=convert("WISMO_CLOCK_SPEED", _positive_float, defaults.clock_speed),
        )
        accounts_file = get("WISMO_ACCOUNTS_FILE")
        if accounts_file:
            clashes = [name for name in _PER_ACCOUNT_VARIABLES if get(name)]
            if clashes:
                problems.append(
                    f"WISMO_ACCOUNTS_FILE: {', '.join(clashes)} belong in the accounts file "
                    "when one is given; unset them"
                )
            settings = replace(
                settings,
                accounts_file=accounts_file,
                account_list=_accounts_from_file(accounts_file, problems),
            )
        if settings.clock_start is None and (
            settings.clock_anchor is not None or settings.clock_speed != defaults.clock_speed
        ):
            problems.append(
                "WISMO_CLOCK_START: required with WISMO_CLOCK_ANCHOR or WISMO_CLOCK_SPEED "
                "(the simulated instant the clock starts from)"
            )
        problems.extend(_secret_problems(settings))
        if settings.smtp_url and not settings.mail_from:
            problems.append(
                "WISMO_FROM: required with SMTP_URL (the sender address approved in Seller Central)"
            )
        if problems:
            raise ConfigError(problems)
        return settings

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self.describe().items())
        return f"Settings({inner})"

    @property
    def accounts(self) -> tuple[Account, ...]:
        """The seller accounts served, the first one first: those of the accounts file,
        else one account named ``default`` made of the single-account variables."""
        if self.account_list:
            return self.account_list
        return (
            Account(
                id=DEFAULT_ACCOUNT,
                seller_name=self.seller_name,
                channel=self.channel,
                agents=self.agents,
                managers=self.managers,
                viewers=self.viewers,
                summary_channel=self.summary_channel,
                mail_from=self.mail_from,
                smtp_url=self.smtp_url.reveal(),
                inboxes=(self.inbox,) if self.inbox else (),
                spapi_refresh_token=self.spapi_refresh_token.reveal(),
                spapi_client_id=self.spapi_client_id,
                spapi_client_secret=self.spapi_client_secret.reveal(),
                spapi_region=self.spapi_region,
            ),
        )

    def account(self, account_id: str) -> Account | None:
        """The account named ``account_id`` (None: not configured, e.g. since removed)."""
        return next((a for a in self.accounts if a.id == account_id), None)

    def describe(self) -> dict[str, str]:
        """Every setting as text for diagnostics, secrets shown only as set or unset."""
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, Secret):
                out[f.name] = "(set)" if value else "(unset)"
            elif f.name in {"database_url", "inbox"}:
                out[f.name] = _redact_url(str(value))
            elif f.name == "account_list":
                out[f.name] = ", ".join(a.id for a in value)
            else:
                out[f.name] = str(value)
        return out


SECRET_VARIABLES = (
    "SLACK_BOT_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_APP_TOKEN",
    "DATABASE_URL",
    "WISMO_INBOX",
    "WISMO_WEBHOOK_SECRET",
    "SMTP_URL",
    "SPAPI_REFRESH_TOKEN",
    "SPAPI_CLIENT_SECRET",
    "UPS_CLIENT_SECRET",
    "USPS_CLIENT_SECRET",
    "FEDEX_CLIENT_SECRET",
    "DHL_API_KEY",
)
"""Variables that may instead be given as ``NAME_FILE``: the path of a file holding the
value (Docker and Kubernetes secrets), read once at start-up."""


def read_secret_file(name: str, path: str, problems: list[str]) -> str:
    """The value in the file at ``path`` (one trailing line break dropped); a problem
    naming ``name`` and the path, never the content, when it cannot be read."""
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read().strip()
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8 text"
        problems.append(f"{name}: cannot read {path!r}: {why}")
        return ""


def _with_secret_files(env: Mapping[str, str], problems: list[str]) -> Mapping[str, str]:
    """``env`` with every ``NAME_FILE`` of :data:`SECRET_VARIABLES` replaced by the
    content of that file as ``NAME``."""
    resolved = dict(env)
    for name in SECRET_VARIABLES:
        path = env.get(f"{name}_FILE", "").strip()
        if not path:
            continue
        if env.get(name, "").strip():
            problems.append(f"{name}_FILE: {name} is set too; set one of them")
            continue
        resolved[name] = read_secret_file(f"{name}_FILE", path, problems)
    return resolved


def _time_zone(text: str) -> str:
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{text!r} is not an IANA time zone such as Europe/Berlin") from None
    return text


def _autopilot(text: str) -> tuple[str, ...]:
    """The scenarios the autopilot may send; only tracking answers from live carrier data."""
    names = tuple(dict.fromkeys(p.strip().lower() for p in text.split(",") if p.strip()))
    bad = [n for n in names if n not in AUTOPILOT_SCENARIOS]
    if bad:
        allowed = ", ".join(sorted(AUTOPILOT_SCENARIOS))
        raise ValueError(
            f"{', '.join(bad)} may not be sent automatically: only tracking scenarios with "
            f"live carrier data may be listed ({allowed})"
        )
    return names


def _hold(text: str) -> timedelta:
    value = parse_duration(text)
    if value <= timedelta(0) or value > timedelta(hours=12):
        raise ValueError(f"{text!r}: the hold is a duration from 1s to 12h, such as 10m or 90s")
    return value


_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_HOURS_PART = re.compile(
    r"^(?P<first>[a-z]{3})(?:\s*-\s*(?P<last>[a-z]{3}))?\s+"
    r"(?:(?P<all>all)|(?P<start>\d{1,2}:\d{2})\s*-\s*(?P<end>\d{1,2}:\d{2}))$"
)


def _minute(text: str) -> int:
    hours, _, minutes = text.partition(":")
    value = int(hours) * 60 + int(minutes)
    if int(minutes) > 59 or value > 24 * 60:
        raise ValueError(f"{text!r} is not a time of day (00:00 to 24:00)")
    return value


def parse_hours(text: str) -> AutopilotHours:
    """``"Mon-Fri 18:00-08:00, Sat-Sun all"``: days (a range or one) and a time range or
    ``all``.  A range ending before it starts covers that day's evening and early morning."""
    windows: list[tuple[int, int, int]] = []
    for part in (p.strip().lower() for p in text.split(",")):
        match = _HOURS_PART.match(part)
        if not part or match is None:
            raise ValueError(
                f"{part!r} is not like 'Mon-Fri 18:00-08:00' or 'Sat-Sun all' "
                "(days Mon..Sun, times HH:MM)"
            )
        first, last = match["first"], match["last"] or match["first"]
        if first not in _DAYS or last not in _DAYS:
            raise ValueError(f"{part!r}: days are Mon, Tue, Wed, Thu, Fri, Sat, Sun")
        a, b = _DAYS.index(first), _DAYS.index(last)
        days = range(a, b + 1) if a <= b else [*range(a, 7), *range(b + 1)]
        if match["all"]:
            start, end = 0, 24 * 60
        else:
            start, end = _minute(match["start"]), _minute(match["end"])
            if start == end:
                raise ValueError(f"{part!r}: the time range is empty (write 'all' for all day)")
        windows.extend((day, start, end) for day in days)
    return AutopilotHours(tuple(windows), text=" ".join(text.split()))


_PER_ACCOUNT_VARIABLES = (
    "WISMO_CHANNEL",
    "WISMO_AGENTS",
    "WISMO_MANAGERS",
    "WISMO_VIEWERS",
    "WISMO_SUMMARY_CHANNEL",
    "WISMO_SELLER_NAME",
    "WISMO_INBOX",
    "SMTP_URL",
    "WISMO_FROM",
    "SPAPI_REFRESH_TOKEN",
    "SPAPI_CLIENT_ID",
    "SPAPI_CLIENT_SECRET",
    "SPAPI_REGION",
)
_ACCOUNT_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")
_ACCOUNT_TEXT = ("seller_name", "channel", "summary_channel", "mail_from", "spapi_client_id",
                 "spapi_region")  # fmt: skip
_ACCOUNT_LISTS = ("agents", "managers", "viewers", "inboxes", "marketplaces")
_ACCOUNT_SECRETS = ("smtp_url", "spapi_refresh_token", "spapi_client_secret")
_ACCOUNT_KEYS = frozenset(
    ("id", *_ACCOUNT_TEXT, *_ACCOUNT_LISTS, "inbox_files", *_ACCOUNT_SECRETS,
     *(f"{name}_file" for name in _ACCOUNT_SECRETS))
)  # fmt: skip


def _accounts_from_file(path: str, problems: list[str]) -> tuple[Account, ...]:
    """The ``[[accounts]]`` of the TOML file at ``path`` (README: Several seller accounts)."""
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        problems.append(f"WISMO_ACCOUNTS_FILE: cannot read {path!r}: {exc.strerror}")
        return ()
    except tomllib.TOMLDecodeError as exc:
        problems.append(f"WISMO_ACCOUNTS_FILE: {path!r} is not TOML: {exc}")
        return ()
    tables = data.get("accounts")
    if not isinstance(tables, list) or not tables or set(data) != {"accounts"}:
        problems.append(
            f"WISMO_ACCOUNTS_FILE: {path!r} must hold one [[accounts]] table per seller account "
            "and nothing else"
        )
        return ()
    accounts = tuple(
        _account(table, f"WISMO_ACCOUNTS_FILE [[accounts]] #{n}", problems)
        for n, table in enumerate(tables, 1)
        if isinstance(table, dict)
    )
    for what, values in (
        ("id", [a.id for a in accounts]),
        ("channel", [a.channel for a in accounts]),
        ("mail_from", [a.mail_from.lower() for a in accounts if a.mail_from]),
    ):
        twice = sorted({v for v in values if values.count(v) > 1})
        if twice:
            problems.append(
                f"WISMO_ACCOUNTS_FILE: {what} {', '.join(twice)} is given to more than one "
                "account (each account needs its own)"
            )
    return accounts


def _account(table: dict[str, object], where: str, problems: list[str]) -> Account:
    """One ``[[accounts]]`` table, every problem named with ``where`` (never a secret)."""
    account_id = table.get("id")
    if isinstance(account_id, str) and _ACCOUNT_ID.match(account_id):
        where = f"WISMO_ACCOUNTS_FILE account {account_id!r}"
    else:
        problems.append(f"{where}: id must be 1-32 lower-case letters, digits, - or _")
        account_id = "?"
    unknown = sorted(set(table) - _ACCOUNT_KEYS)
    if unknown:
        problems.append(f"{where}: unknown key(s) {', '.join(unknown)}")

    def text(key: str, default: str = "") -> str:
        value = table.get(key, default)
        if not isinstance(value, str):
            problems.append(f"{where}: {key} must be a string")
            return default
        return value.strip()

    def texts(key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(f"{where}: {key} must be a list of strings")
            return ()
        return tuple(v.strip() for v in value if v.strip())

    def secret(key: str) -> str:
        inline, path = text(key), text(f"{key}_file")
        if inline and path:
            problems.append(f"{where}: {key} and {key}_file are both given; give one")
        if path:
            return read_secret_file(f"{where}: {key}_file", path, problems)
        return inline

    channel = text("channel")
    if not _CHANNEL_ID.match(channel):
        problems.append(f"{where}: channel must be the queue channel's id (C...)")
    summary_channel = text("summary_channel")
    if summary_channel and not _CHANNEL_ID.match(summary_channel):
        problems.append(f"{where}: summary_channel must be a channel id (C...)")
    people = {key: texts(key) for key in ("agents", "managers", "viewers")}
    for key, values in people.items():
        bad = [v for v in values if not _SLACK_ID.match(v)]
        if bad:
            problems.append(f"{where}: {key}: {', '.join(bad)} is not a Slack user or group id")
    marketplaces = tuple(m.upper() for m in texts("marketplaces"))
    unknown_markets = [m for m in marketplaces if m not in MARKETPLACES]
    if unknown_markets:
        problems.append(
            f"{where}: marketplaces: {', '.join(unknown_markets)} is not one of "
            f"{', '.join(MARKETPLACES)}"
        )
    inboxes = texts("inboxes") + tuple(
        read_secret_file(f"{where}: inbox_files", p, problems) for p in texts("inbox_files")
    )
    for inbox in inboxes:
        _inbox(inbox, problems, name=f"{where}: inboxes")
    smtp_url = secret("smtp_url")
    if smtp_url:
        _smtp(smtp_url, problems, name=f"{where}: smtp_url")
    mail_from = text("mail_from")
    if smtp_url and not mail_from:
        problems.append(f"{where}: mail_from is required with smtp_url")
    region = text("spapi_region", "na")
    _region(region, problems, name=f"{where}: spapi_region")
    return Account(
        id=str(account_id),
        seller_name=text("seller_name") or DEFAULT_SELLER_NAME,
        channel=channel,
        agents=people["agents"],
        managers=people["managers"],
        viewers=people["viewers"],
        summary_channel=summary_channel,
        mail_from=mail_from,
        smtp_url=smtp_url,
        inboxes=inboxes,
        marketplaces=marketplaces,
        spapi_refresh_token=secret("spapi_refresh_token"),
        spapi_client_id=text("spapi_client_id"),
        spapi_client_secret=secret("spapi_client_secret"),
        spapi_region=region,
    )


def _authserv_ids(value: str, problems: list[str]) -> tuple[str, ...]:
    ids = _split_ids(value.lower())
    bad = [i for i in ids if not _AUTHSERV_ID.match(i)]
    if bad:
        problems.append(
            f"WISMO_AUTHSERV_ID: {', '.join(bad)} is not an authserv-id (the host name the "
            "receiving mail server writes first in its Authentication-Results, e.g. mx.google.com)"
        )
    return tuple(i for i in ids if i not in bad)


def _policy_list(name: str, value: str, problems: list[str]) -> tuple[str, ...]:
    """Comma-separated allow-list entries, checked by the compliance engine's own parser."""
    from compliance import Policy, PolicyError

    items = _split_ids(value)
    try:
        if name == "WISMO_ALLOWED_LINK_DOMAINS":
            Policy.from_lists(link_domains=items)
        else:
            Policy.from_lists(phone_numbers=items)
    except PolicyError as exc:
        problems.append(f"{name}: {exc}")
    return items


def _redact_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.password:
        return value.replace(f":{parts.password}@", ":***@", 1)
    return value


# What a token starts with, to say which one was given instead: never more of the value.
_TOKEN_KINDS = {
    "xoxb-": "a bot token",
    "xoxp-": "a user token",
    "xoxa-": "a workspace app token",
    "xoxe-": "a refresh token",
    "xoxs-": "a session token",
    "xapp-": "an app-level token",
}
# Long enough not to be guessed from a handful of signed-request tries, short enough for any
# gateway's configuration; `openssl rand -hex 32` (what the README suggests) gives 64.
WEBHOOK_SECRET_MIN = 16


def _token_problem(name: str, value: str, prefix: str, where: str) -> str | None:
    if not value or value.startswith(prefix):
        return None
    kind = next((k for p, k in _TOKEN_KINDS.items() if value.startswith(p)), None)
    given = f"this is {kind} ({value[:5]}…)" if kind else "this is no Slack token"
    return f"{name}: expected {_TOKEN_KINDS[prefix]} starting with {prefix} ({where}); {given}"


def _secret_problems(settings: Settings) -> list[str]:
    """Secrets of the wrong kind, refused at start instead of failing at the first use
    (adversary 16, L2: a user token xoxp- or any file's text was taken as the bot token,
    a 5-character webhook secret was accepted).  No problem quotes a secret."""
    problems = [
        _token_problem(
            "SLACK_BOT_TOKEN",
            settings.slack_bot_token.reveal(),
            "xoxb-",
            "OAuth & Permissions > Bot User OAuth Token",
        ),
        _token_problem(
            "SLACK_APP_TOKEN",
            settings.slack_app_token.reveal(),
            "xapp-",
            "Basic Information > App-Level Tokens, for Socket Mode",
        ),
    ]
    webhook = settings.webhook_secret.reveal()
    if webhook and len(webhook) < WEBHOOK_SECRET_MIN:
        problems.append(
            f"WISMO_WEBHOOK_SECRET: at least {WEBHOOK_SECRET_MIN} characters "
            f"(it has {len(webhook)}); make one with `openssl rand -hex 32`"
        )
    return [p for p in problems if p]


def _port(text: str) -> int:
    port = int(text)
    if not 0 < port < 65536:
        raise ValueError(f"{text} is not a TCP port (1-65535)")
    return port


def _log_format(text: str) -> str:
    value = text.lower()
    if value not in ("text", "json"):
        raise ValueError(f"{text!r} is not a log format: text or json")
    return value


def _switch(text: str) -> bool:
    value = text.lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ValueError(f"{text!r} is not on or off")


def _idle_renew(text: str) -> timedelta:
    value = parse_duration(text)
    if not timedelta(seconds=10) <= value <= timedelta(minutes=29):
        raise ValueError(
            f"{text!r}: IDLE is renewed after 10s to 29m (servers may drop a client idle 30m)"
        )
    return value


def _positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise ValueError(f"{text} must be a positive whole number")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise ValueError(f"{text} must be a positive number")
    return value


def _instant(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not an ISO 8601 instant such as 2026-11-23T00:00Z") from None
    if value.tzinfo is None:
        raise ValueError(f"{text!r} has no UTC offset: add Z or +01:00")
    return value


def _thresholds(text: str) -> tuple[timedelta, ...]:
    values = tuple(sorted((parse_duration(part) for part in _split_ids(text)), reverse=True))
    if not values:
        raise ValueError("give at least one threshold, e.g. 12h,4h,1h,0h")
    if any(v > timedelta(hours=24) for v in values):
        raise ValueError("a threshold is time left before the 24 h deadline: at most 24h")
    return values


def _inbox(value: str, problems: list[str], *, name: str = "WISMO_INBOX") -> str:
    if value and urlsplit(value).scheme not in {"imap", "imaps", "maildir", "dir"}:
        problems.append(
            f"{name}: {_redact_url(value)!r} must start with imap://, imaps://, "
            "maildir:// or dir://"
        )
    return value


def _smtp(value: str, problems: list[str], *, name: str = "SMTP_URL") -> str:
    if value and urlsplit(value).scheme not in {"smtp", "smtps", "smtp+starttls"}:
        problems.append(f"{name}: must start with smtp://, smtp+starttls:// or smtps://")
    return value


def _region(value: str, problems: list[str], *, name: str = "SPAPI_REGION") -> str:
    if value not in {"na", "eu", "fe"}:
        problems.append(f"{name}: {value!r} is not one of na, eu, fe")
    return value
