"""Every malformed request gets a 4xx with a short reason, never a 500 or a traceback.

First the malformed requests an attacker tried (issue 13), each with the answer it should
get; then a fuzz run over every public endpoint: a fixed number of requests from a fixed
seed, mixing random bytes, random JSON and Slack's own payloads with parts removed or
replaced by values of the wrong type, most of them correctly signed so that they get past
the signature check.  The bot runs in-process behind the HTTP front (``bot`` fixture);
logs are captured at DEBUG and must hold no traceback.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import random
import time
from typing import Any
from urllib.parse import urlencode

import pytest

from bot.slack.ids import ActionId, BlockId, CallbackId
from bot.testing.slack_requests import block_action, command_fields, view_payload
from tests.e2e.slack_harness import SECRET

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
BOTH = pytest.mark.parametrize(
    "db_url", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)

FORM = "application/x-www-form-urlencoded"
SEED = 1313
FUZZ_REQUESTS = 400


def slack_headers(body: bytes, *, content_type: str = FORM, ts: str | None = None) -> dict:
    ts = ts if ts is not None else str(int(time.time()))
    base = b"v0:" + ts.encode() + b":" + body
    signature = "v0=" + hmac.new(SECRET.encode(), base, hashlib.sha256).hexdigest()
    return {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": signature,
    }


def form(**fields: str) -> bytes:
    return urlencode(fields).encode()


def _approve_click() -> dict:
    return block_action(ActionId.APPROVE, "1", user="U0AGENT")


def _edit_view(meta: Any) -> dict:
    view = {"id": "V1", "hash": "h", "callback_id": CallbackId.EDIT_REPLY, "private_metadata": meta}
    values = {BlockId.REPLY: {ActionId.REPLY_TEXT: {"value": "Your parcel is on its way."}}}
    return view_payload("view_submission", view, user="U0AGENT", values=values)


def _post(bot, path: str, body: bytes, headers: dict, method: str = "POST"):
    return bot.http.request(method, bot.base_url + path, content=body, headers=headers)


def _signed(bot, body: bytes, content_type: str = FORM, **kw):
    return _post(bot, "/slack/events", body, slack_headers(body, content_type=content_type, **kw))


def _assert_refused(answer, status: int | None = None) -> None:
    assert 400 <= answer.status_code < 500, (answer.status_code, answer.text[:300])
    if status is not None:
        assert answer.status_code == status, (answer.status_code, answer.text[:300])
    assert "Traceback" not in answer.text and len(answer.text) < 500, answer.text[:300]


def _no_tracebacks(caplog) -> None:
    time.sleep(0.5)  # listeners still running after their ack log from the pool
    bad = [r for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()]
    assert not bad, [f"{r.name}: {r.getMessage()}" for r in bad[:5]]


@SQLITE
def test_the_malformed_requests_of_issue_13_get_a_4xx_with_a_reason(bot, caplog):
    caplog.set_level(logging.DEBUG)
    payload = lambda value: form(payload=value)  # noqa: E731
    cases = [
        # timestamp that is not a number, with and without a signature
        (_signed(bot, form(command="/wismo"), ts="yesterday"), 401),
        (_post(bot, "/slack/events", b"x=1", {"X-Slack-Request-Timestamp": "1e9"}), 401),
        (_post(bot, "/slack/events", b"x=1", {"Content-Type": FORM}), 401),
        # signed, but not the JSON object Slack sends
        (_signed(bot, payload("not-json")), 400),
        (_signed(bot, payload("[]")), 400),
        (_signed(bot, payload("null")), 400),
        (_signed(bot, payload('"text"')), 400),
        (_signed(bot, payload("{}")), 400),
        (_signed(bot, b"[]", "application/json"), 400),
        (_signed(bot, b"null", "application/json"), 400),
        (_signed(bot, b'{"type": "event_callback", "ev', "application/json"), 400),
        (_signed(bot, b'{"type": "event_callback", "event": []}', "application/json"), 400),
        # nested past any real payload: must not reach anything that recurses
        (_signed(bot, payload("[" * 1000 + "]" * 1000)), 400),
        (_signed(bot, payload('{"a":' * 1000 + "1" + "}" * 1000)), 400),
        (_signed(bot, payload("[" * 100_000 + "]" * 100_000)), 400),
        (_signed(bot, b'{"a":' + b'{"a":' * 999 + b"1" + b"}" * 1000, "application/json"), 400),
        (_signed(bot, b"\xff\xfe\x00garbage", FORM), 400),
        # wrong types inside Slack's payloads
        (_signed(bot, payload(json.dumps({**_approve_click(), "actions": "approve"}))), 400),
        (_signed(bot, payload(json.dumps({**_approve_click(), "actions": []}))), 400),
        (_signed(bot, payload(json.dumps({**_approve_click(), "user": "U0AGENT"}))), 400),
        (_signed(bot, payload(json.dumps(block_action(ActionId.APPROVE, "one", user="U0A")))), 400),
        (_signed(bot, payload(json.dumps({**_approve_click(), "user": {"id": None}}))), 400),
        # private_metadata without a message id, or not JSON at all
        (_signed(bot, payload(json.dumps(_edit_view("{}")))), 400),
        (_signed(bot, payload(json.dumps(_edit_view('{"pk": "seven"}')))), 400),
        (_signed(bot, payload(json.dumps(_edit_view("not json")))), 400),
        (_signed(bot, payload(json.dumps(_edit_view(None)))), 400),
        # unknown action and callback ids: nothing listens
        (_signed(bot, payload(json.dumps(block_action("no_such_action", "1", user="U0AGENT")))),
         404),
        (_signed(bot, payload(json.dumps({**_edit_view("{}"), "view": {"callback_id": "x"}}))),
         None),
        # slash commands missing what every listener reads
        (_signed(bot, form(command="/wismo", text="queue")), 400),
        (_signed(bot, form(**{**command_fields("/wismo", "", user="U0AGENT"), "command": ""})),
         None),
        # content types, methods and paths
        (_signed(bot, b"command=%2Fwismo", "text/plain"), 415),
        (_signed(bot, b"command=%2Fwismo", "multipart/form-data; boundary=x"), 415),
        (_post(bot, "/slack/events", b"", {}, method="GET"), 405),
        (_post(bot, "/slack/events", b"", {}, method="PUT"), 405),
        (_post(bot, "/inbound/mail", b"", {}, method="GET"), 405),
        (_post(bot, "/inbound/mail", b"From: x\r\n\r\nhi", {"X-Wismo-Timestamp": "soon",
                                                           "X-Wismo-Signature": "v1=00"}), 401),
        (_post(bot, "/healthz", b"x", {}, method="POST"), 405),
        (_post(bot, "/metrics/../../etc/passwd", b"", {}, method="GET"), 404),
        # huge and truncated forms (under the 1 MB limit)
        (_signed(bot, b"&".join(b"f%d=%d" % (i, i) for i in range(60_000))), 400),
        (_signed(bot, b"payload=%7B%22type%22%3A%22block_ac"), 400),
        (_signed(bot, b"payload=%E2%82"), 400),
    ]  # fmt: skip
    for answer, status in cases:
        _assert_refused(answer, status)
    _no_tracebacks(caplog)


# --- the fuzz run -----------------------------------------------------------------------

PATHS = ["/slack/events"] * 6 + ["/inbound/mail", "/healthz", "/", "/slack/events/x"]
METHODS = ["POST"] * 8 + ["GET", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH"]
CONTENT_TYPES = [FORM] * 4 + ["application/json"] * 3 + [
    "text/plain", "", "multipart/form-data", "application/x-www-form-urlencoded; charset=latin-1",
    "message/rfc822",
]  # fmt: skip
ODD_VALUES: list[Any] = [
    None, [], {}, 0, -1, 10**40, 1.5, True, "", "x", "1", "-7", "9" * 40, "\u0000", "🙂" * 3,
    "<script>", [None], {"id": None}, {"value": []}, '{"pk": 1}', "{",
]  # fmt: skip


def _templates(response_url: str) -> list[tuple[str, dict]]:
    """Slack's payloads for every listener, as (kind, payload)."""
    reject_view = {"id": "V2", "hash": "h", "callback_id": CallbackId.REJECT,
                   "private_metadata": '{"pk": 1}'}  # fmt: skip
    reject_values = {
        BlockId.REJECT_REASON: {ActionId.REJECT_REASON: {"selected_option": {"value": "spam"}}},
        BlockId.REJECT_NOTE: {ActionId.REJECT_NOTE: {"value": ""}},
    }
    keystroke = block_action(ActionId.REPLY_TEXT, "", user="U0AGENT")
    keystroke["view"] = _edit_view('{"pk": 1, "lang": "en"}')["view"]
    keystroke["actions"][0]["value"] = "Hello"
    templates: list[tuple[str, dict]] = [
        ("payload", _approve_click()),
        ("payload", block_action(ActionId.EDIT, "1", user="U0AGENT")),
        ("payload", block_action(ActionId.REJECT, "1", user="U0AGENT")),
        ("payload", block_action(ActionId.MARK_ANSWERED, "1", user="U0AGENT")),
        ("payload", block_action(ActionId.HOME_REFRESH, "", user="U0AGENT")),
        ("payload", keystroke),
        ("payload", _edit_view('{"pk": 1, "lang": "en"}')),
        ("payload", view_payload("view_submission", reject_view, user="U0AGENT",
                                 values=reject_values)),
        ("payload", view_payload("view_closed", reject_view, user="U0AGENT")),
        ("event", {"type": "event_callback", "team_id": "T0FAKE", "event_id": "Ev1",
                   "event": {"type": "app_home_opened", "user": "U0AGENT", "tab": "home"}}),
        ("event", {"type": "url_verification", "challenge": "abc", "token": "t"}),
    ]  # fmt: skip
    for command, text in [("/order", "111-2223334-4445556"), ("/track", "1Z999AA10123456784"),
                          ("/wismo", "queue"), ("/wismo", "")]:  # fmt: skip
        fields = command_fields(command, text, user="U0AGENT", response_url=response_url)
        templates.append(("command", fields))
    return templates


def _mutate(rng: random.Random, value: Any, depth: int = 0) -> Any:
    if rng.random() < 0.08 or depth > 6:
        return rng.choice(ODD_VALUES)
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if rng.random() < 0.08:
                continue  # a field left out
            out[key] = _mutate(rng, item, depth + 1)
        return out
    if isinstance(value, list):
        return [_mutate(rng, item, depth + 1) for item in value if rng.random() > 0.05]
    return value


def _fuzz_request(
    rng: random.Random, templates: list[tuple[str, dict]]
) -> tuple[str, str, bytes, dict]:
    path, method = rng.choice(PATHS), rng.choice(METHODS)
    content_type = rng.choice(CONTENT_TYPES)
    roll = rng.random()
    if roll < 0.15:
        body = rng.randbytes(rng.randrange(0, 300))
    elif roll < 0.3:
        body = json.dumps(_mutate(rng, rng.choice(ODD_VALUES), 5)).encode()
    else:
        kind, template = rng.choice(templates)
        mutated = _mutate(rng, template)
        if kind == "payload":
            text = (
                json.dumps(mutated)
                if rng.random() < 0.9
                else json.dumps(mutated)[: rng.randrange(1, 40)]
            )
            body = form(payload=text)
            content_type = FORM if rng.random() < 0.9 else content_type
        elif kind == "event":
            body = json.dumps(mutated).encode()
            content_type = "application/json" if rng.random() < 0.9 else content_type
        else:
            fields = mutated if isinstance(mutated, dict) else {"x": mutated}
            body = urlencode(
                {str(k): "" if v is None else str(v) for k, v in fields.items()}
            ).encode()
            content_type = FORM if rng.random() < 0.9 else content_type
        if rng.random() < 0.7:
            path, method = "/slack/events", "POST"
    headers = slack_headers(body, content_type=content_type) if rng.random() < 0.8 else {}
    if content_type and "Content-Type" not in headers:
        headers["Content-Type"] = content_type
    if rng.random() < 0.05:
        headers["X-Slack-Request-Timestamp"] = rng.choice(["", "abc", "-1", "1" * 30, "0x10"])
    return method, path, body, headers


@SQLITE
def test_fuzzed_requests_to_every_public_endpoint_never_get_a_500(bot, caplog):
    caplog.set_level(logging.DEBUG)
    rng = random.Random(SEED)
    templates = _templates(bot.slack.response_url())
    statuses: dict[int, int] = {}
    for _ in range(FUZZ_REQUESTS):
        method, path, body, headers = _fuzz_request(rng, templates)
        answer = bot.http.request(method, bot.base_url + path, content=body, headers=headers)
        statuses[answer.status_code] = statuses.get(answer.status_code, 0) + 1
        assert answer.status_code < 500, (method, path, headers, body[:300], answer.text[:300])
        assert "Traceback" not in answer.text
    print(f"\nfuzz statuses: {dict(sorted(statuses.items()))}")
    assert sum(n for code, n in statuses.items() if code < 300) > 20  # not all bounced early
    _no_tracebacks(caplog)


WEBHOOK_FUZZ = 150


def _mangle(rng: random.Random, raw: bytes) -> bytes:
    """A relay mail cut, spliced and sprinkled with bytes a mail should not hold."""
    data = bytearray(raw)
    for _ in range(rng.randrange(1, 6)):
        at = rng.randrange(0, max(1, len(data)))
        roll = rng.random()
        if roll < 0.3:
            del data[at : at + rng.randrange(1, 400)]
        elif roll < 0.6:
            data[at:at] = rng.randbytes(rng.randrange(1, 40))
        elif roll < 0.8:
            data[at:at] = rng.choice(
                [b"\x00", b"\r\n\r\n", b"--", b"=?utf-8?b?", b"Content-Type: multipart/mixed\r\n",
                 b"<pre>", b"=\r\n", b"\xff\xfe", b"Date: 31 Feb 99999\r\n"]
            )  # fmt: skip
        else:
            data = data[:at]
    return bytes(data)


@BOTH  # PostgreSQL refuses NUL and bad UTF-8 where SQLite takes them
def test_fuzzed_signed_mail_on_the_webhook_never_gets_a_500(bot, manifest, caplog):
    caplog.set_level(logging.DEBUG)
    rng = random.Random(SEED)
    statuses: dict[int, int] = {}
    for n in range(WEBHOOK_FUZZ):
        raw = _mangle(rng, rng.choice(manifest.mails).raw)
        # a fresh Message-ID now and then, so most are new mails rather than repeats
        raw = raw.replace(b"Message-ID: <", b"Message-ID: <f%d." % n, 1)
        answer = bot.deliver_mail(raw)
        statuses[answer.status_code] = statuses.get(answer.status_code, 0) + 1
        assert answer.status_code < 500, (raw[:300], answer.text[:300])
        assert "Traceback" not in answer.text
    print(f"\nwebhook fuzz statuses: {dict(sorted(statuses.items()))}")
    _no_tracebacks(caplog)
