"""The one sandboxed Jinja environment that writes replies.

Plain text (no autoescape), immutable sandbox, strict about unknown names, and built
once per template folder.  Buyer text only ever enters as a *value* in the render
context, so ``{{ config }}`` in a buyer's name is printed, never evaluated.

Dates are formatted by Babel in the buyer's locale (language of the reply plus the
marketplace's country: ``en`` on amazon.co.uk is ``en_GB``), datetimes first moved into
the marketplace's time zone.  Filters: ``date_long`` ("3. Dezember 2026"),
``date_full`` (with the weekday) and ``time_short`` ("14:05", "2:05 PM").
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time
from jinja2 import BaseLoader, FileSystemLoader, PackageLoader, StrictUndefined, pass_context
from jinja2.exceptions import TemplateRuntimeError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from bot.domain import MARKETPLACES
from bot.replies.facts import DateWindow

__all__ = [
    "LOCALE_KEY",
    "TEMPLATE_SUFFIX",
    "ZONE_KEY",
    "get_environment",
    "locale_for",
    "template_name",
    "zone_for",
]

TEMPLATE_SUFFIX: Final = ".txt.j2"
# Context keys the date filters read; set by render(), not facts a template may print.
LOCALE_KEY: Final = "_locale"
ZONE_KEY: Final = "_zone"

# Marketplace codes that are not the ISO country code of their locale.
_COUNTRY: Final[dict[str, str]] = {"UK": "GB"}


def template_name(scenario: str, lang: str) -> str:
    return f"{lang}/{scenario}{TEMPLATE_SUFFIX}"


@lru_cache(maxsize=128)
def locale_for(lang: str, marketplace: str) -> Locale:
    """``("en", "UK")`` -> en_GB; a language not spoken there -> the language alone."""
    country = _COUNTRY.get(marketplace.upper(), marketplace.upper())
    try:
        return Locale.parse(f"{lang}_{country}")
    except (UnknownLocaleError, ValueError):
        pass
    try:
        return Locale.parse(lang)
    except (UnknownLocaleError, ValueError) as exc:
        raise ValueError(f"no locale data for reply language {lang!r}") from exc


@lru_cache(maxsize=64)
def zone_for(marketplace: str, override: str | None = None) -> ZoneInfo:
    """The buyer's time zone: ``override`` if given, else the marketplace's."""
    name = override
    if name is None:
        market = MARKETPLACES.get(marketplace.upper())
        if market is None:
            known = ", ".join(MARKETPLACES)
            raise ValueError(f"unknown marketplace {marketplace!r}; known: {known}")
        name = market.timezone
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r}") from exc


def _context_locale(context: Context) -> tuple[Locale, ZoneInfo]:
    locale, zone = context.get(LOCALE_KEY), context.get(ZONE_KEY)
    if not isinstance(locale, Locale) or not isinstance(zone, ZoneInfo):
        raise TemplateRuntimeError("date filters need a locale: render through bot.replies.render")
    return locale, zone


def _local_date(value: object, zone: ZoneInfo, filter_name: str) -> date:
    if isinstance(value, datetime):
        return value.astimezone(zone).date()
    if isinstance(value, date):
        return value
    raise TemplateRuntimeError(f"|{filter_name} needs a date, got {type(value).__name__}")


@pass_context
def _date_long(context: Context, value: object) -> str:
    locale, zone = _context_locale(context)
    return format_date(_local_date(value, zone, "date_long"), format="long", locale=locale)


@pass_context
def _date_full(context: Context, value: object) -> str:
    locale, zone = _context_locale(context)
    return format_date(_local_date(value, zone, "date_full"), format="full", locale=locale)


@pass_context
def _time_short(context: Context, value: object) -> str:
    locale, zone = _context_locale(context)
    if not isinstance(value, datetime):
        raise TemplateRuntimeError(f"|time_short needs a datetime, got {type(value).__name__}")
    return format_time(value.astimezone(zone), format="short", locale=locale)


def _finalize(value: object) -> object:
    # Printing an unknown optional fact would put "None" in front of a buyer, and a bare
    # date would come out as ISO: both are template bugs, so stop there.
    if value is None:
        raise TemplateRuntimeError(
            "printed a fact that is None: wrap it in {% if fact %} or declare it needed"
        )
    if isinstance(value, date | DateWindow):
        raise TemplateRuntimeError(
            "printed a date without a filter: use |date_long (or the .start/.end of a window)"
        )
    return value


def _build(loader: BaseLoader) -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
        finalize=_finalize,
    )
    env.filters["date_long"] = _date_long
    env.filters["date_full"] = _date_full
    env.filters["time_short"] = _time_short
    return env


@lru_cache(maxsize=8)
def get_environment(template_dir: Path | None = None) -> ImmutableSandboxedEnvironment:
    """The environment over the bundled templates, or over ``template_dir``; built once."""
    if template_dir is None:
        return _build(PackageLoader("templates", ""))
    return _build(FileSystemLoader(str(template_dir)))
