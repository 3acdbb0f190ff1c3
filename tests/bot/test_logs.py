"""The log filter: what it takes out of records, ours and the libraries'."""

from __future__ import annotations

import io
import json
import logging

import pytest

from bot import logs


@pytest.fixture
def emit():
    stream = io.StringIO()
    handler = logs.handler("text", stream, text_format="%(name)s %(message)s")
    logger = logging.getLogger("test.logs")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False

    def emit(name: str, message: str, *args, exc: BaseException | None = None) -> str:
        logger.name = name
        stream.seek(0)
        stream.truncate()
        logger.log(logging.DEBUG, message, *args, exc_info=exc)
        return stream.getvalue()

    yield emit
    logger.removeHandler(handler)
    logger.name = "test.logs"


def test_addresses_keep_only_their_domain(emit):
    out = emit("bot.x", "mail to %s refused", "q7x9@marketplace.amazon.co.uk")
    assert "q7x9" not in out and "***@marketplace.amazon.co.uk" in out


def test_database_errors_lose_the_row(emit):
    message = (
        '(psycopg.errors.NotNullViolation) null value in column "state"\n'
        "DETAIL:  Failing row contains (7, <m@x>, null, Jane Doe, Hi there).\n"
        "[SQL: INSERT INTO messages (a, b) VALUES (%(a)s, %(b)s)]\n"
        "[parameters: {'a': 'Jane Doe', 'b': 'my parcel'}]\n"
        "DETAIL: Key (buyer_alias)=(jane@example.com) already exists."
    )
    out = emit("bot.x", "%s", message)
    assert "Jane" not in out and "parcel" not in out and "jane@" not in out
    assert "[SQL: INSERT INTO messages" in out and "[parameters: redacted]" in out
    assert "Key (buyer_alias)=(redacted)" in out


def test_library_dumps_lose_their_bodies(emit):
    out = emit(
        "slack_sdk.web.base_client",
        "Sending a request - url: https://x/api/chat.postMessage, json_body: %s",
        {"blocks": [{"text": "Hello Jane"}]},
    )
    assert "Jane" not in out and "chat.postMessage" in out
    assert "Jane" not in emit("mail.log", "DATA readline: %r", b"Hello Jane,\r\n")
    # our own records keep their wording (ids only, by construction)
    assert "'C0QUEUE'" in emit("bot.x", "posted to %r", "C0QUEUE")


def test_exception_messages_are_redacted_in_tracebacks(emit):
    buyer = "Jane" + " Doe"  # as data, not in the source line the traceback shows
    try:
        {}[buyer]
    except KeyError as exc:
        out = emit("bot.x", "lookup failed", exc=exc)
    assert "Traceback" in out and "KeyError: '…'" in out and "Jane" not in out


def test_control_characters_never_reach_the_log(emit):
    assert "\x1b" not in emit("bot.x", "odd %s", "\x1b[2Jcleared\x00")


def test_json_lines_carry_the_same_redaction():
    stream = io.StringIO()
    logger = logging.getLogger("test.logs.json")
    logger.addHandler(logs.handler("json", stream))
    logger.propagate = False
    try:
        try:
            raise ValueError("bad alias 'jane@example.com'")
        except ValueError:
            logger.error("send to %s failed", "jane@example.com", exc_info=True)
    finally:
        logger.handlers.clear()
    (line,) = stream.getvalue().splitlines()
    entry = json.loads(line)
    assert entry["level"] == "ERROR" and entry["logger"] == "test.logs.json"
    assert entry["message"] == "send to ***@example.com failed"
    assert "ValueError" in entry["exception"] and "jane" not in line
