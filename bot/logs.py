"""The one logging set-up of every command: level, text or JSON lines, no buyer data.

Buyer personal data (names, relay aliases, message text, addresses) must not reach a log
at any level: logs are kept longer than the 30 days Amazon allows, copied to services,
pasted into tickets.  Our own code logs ids (message pk, order id, Slack user id) instead
of buyer fields.  What it cannot control is redacted by :class:`PersonalDataFilter`,
installed on the one handler here so that it sees every record, ours and the libraries':

- e-mail addresses keep only their domain (``***@marketplace.amazon.com``);
- SQL parameters in database errors (``[parameters: ...]``) and PostgreSQL's details
  (``Key (col)=(value)``, ``Failing row contains (...)``) are dropped: they carry the
  row being written;
- a library's record (Slack SDK, Bolt, HTTP clients, mail servers) loses any ``{...}``
  structure and quoted text it dumps, such as request and response bodies at DEBUG
  (``b'Hello Jane'`` becomes ``b'…'``);
- exception messages are redacted like a library's records, in tracebacks too
  (``KeyError('Jane')`` becomes ``KeyError('…')``).

``WISMO_LOG_FORMAT=json`` writes one JSON object per line (``time``, ``level``,
``logger``, ``message``, ``exception``), through the same filter.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import traceback
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import IO, Any

from bot.config import Settings
from bot.errors import ConfigError

__all__ = ["LOG_FORMATS", "PersonalDataFilter", "configure", "format_in", "handler", "redact"]

LOG_FORMATS = ("text", "json")
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"
# Loggers of this code base; everything else is a library's.
_OURS = ("bot", "handlers", "carriers", "compliance", "templates", "wismo", "__main__")

_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@((?:[\w-]+\.)+[\w-]+)", re.UNICODE)
_SQL_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(?:\n|\(|$))", re.DOTALL)
_KEY_DETAIL = re.compile(r"(Key \([^)]*\))=\(.*?\)(?= already| is not|\s|$)", re.DOTALL)
# The row may hold line breaks (a message body): up to SQLAlchemy's next part, or the end.
_FAILING_ROW = re.compile(
    r"Failing row contains \(.*?(?=\n\[SQL|\n\(Background|\nCONTEXT|\Z)", re.DOTALL
)
_STRUCTURE = re.compile(r"\{.*\}", re.DOTALL)
_QUOTED = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def redact(text: str, *, library: bool = False) -> str:
    """``text`` without what may be buyer data (see the module docstring)."""
    text = _SQL_PARAMETERS.sub("[parameters: redacted]", text)
    text = _KEY_DETAIL.sub(r"\1=(redacted)", text)
    text = _FAILING_ROW.sub("Failing row contains (redacted).", text)
    text = _EMAIL.sub(r"***@\1", text)
    if library:
        text = _QUOTED.sub(_elide, _STRUCTURE.sub("{…}", text))
    return _CONTROL.sub("", text)


def _redact_exception(exc_info: Any) -> str:
    lines = traceback.format_exception(*exc_info)
    out = []
    for chunk in lines:
        if chunk.startswith(("Traceback", "  ", "\n", "During handling", "The above")):
            out.append(redact(chunk))  # frames: our source lines, no data
        else:
            # "SomeError: message" (possibly several lines): the message is data.
            out.append(redact(chunk, library=True))
    return "".join(out).rstrip("\n")


def _elide(match: re.Match[str]) -> str:
    quote = match.group(0)[0]
    return f"{quote}…{quote}"


class PersonalDataFilter(logging.Filter):
    """Redacts a record's message and exception in place; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        library = not record.name.startswith(_OURS)
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what can be kept
            message = str(record.msg)
        record.msg = redact(message, library=library)
        record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = _redact_exception(record.exc_info)
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text, library=True)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and record.exc_info[0] is not None:
            entry["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


def handler(log_format: str = "text", stream: IO[str] | None = None,
            text_format: str = TEXT_FORMAT) -> logging.Handler:  # fmt: skip
    """A handler writing ``log_format`` lines to ``stream`` (stderr), through the filter."""
    made = logging.StreamHandler(stream or sys.stderr)
    made.addFilter(PersonalDataFilter())
    made.setFormatter(JsonFormatter() if log_format == "json" else logging.Formatter(text_format))
    return made


def configure(
    level: int = logging.INFO,
    log_format: str = "text",
    *,
    stream: IO[str] | None = None,
    text_format: str = TEXT_FORMAT,
) -> logging.Handler:
    """Make :func:`handler` the only one, for every record at ``level`` and above."""
    made = handler(log_format, stream, text_format)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(made)
    root.setLevel(level)
    return made


def format_in(env: Mapping[str, str]) -> str:
    """The log format ``env`` asks for, known before anything else is built and logs."""
    try:
        return Settings.from_env(env).log_format
    except ConfigError:
        return "text"  # the command reports every problem itself, once
