"""The request ``bot.web`` hands to Bolt is the one Bolt would have parsed itself.

``bot.web`` parses and checks the body before Bolt sees it, and gives Bolt that body
instead of letting it parse the text a second time; this holds it to what slack-bolt's
own parsing (with :func:`bot.slack_app.fix_form_body`'s correction) makes of the text.
"""

from __future__ import annotations

import io
import json
import time
from urllib.parse import urlencode

import pytest
from slack_bolt import BoltRequest
from slack_sdk.signature import SignatureVerifier

from bot.slack_app import fix_form_body
from bot.testing.slack_requests import block_action, command_fields, keystroke, sign
from bot.web import _slack_request

SECRET = "test-secret"
FORM, JSON = "application/x-www-form-urlencoded", "application/json"
VIEW = {"id": "V1", "hash": "h1", "callback_id": "wismo.edit_reply", "private_metadata": "{}",
        "blocks": [], "state": {"values": {}}}  # fmt: skip
EVENT = {
    "token": "legacy",
    "team_id": "T0FAKE",
    "api_app_id": "A0WISMO",
    "type": "event_callback",
    "event_id": "Ev1",
    "event_time": 1,
    "event": {"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"},
}
ANSWER_TO = "https://hooks.slack.com/commands/T0FAKE/1/abc"


def _environ(text: str, content_type: str) -> dict[str, object]:
    data = text.encode()
    ts = str(int(time.time()))
    return {
        "REQUEST_METHOD": "POST",
        "CONTENT_TYPE": content_type,
        "CONTENT_LENGTH": str(len(data)),
        "wsgi.input": io.BytesIO(data),
        "HTTP_X_SLACK_REQUEST_TIMESTAMP": ts,
        "HTTP_X_SLACK_SIGNATURE": sign(SECRET, text, ts),
        "QUERY_STRING": "",
    }


@pytest.mark.parametrize(
    ("text", "content_type"),
    [
        (urlencode({"payload": json.dumps(keystroke(VIEW, "Hello", user="U1"))}), FORM),
        (urlencode({"payload": json.dumps(block_action("wismo.approve", "7", user="U1"))}), FORM),
        (urlencode(command_fields("/wismo", "queue", user="U1")), FORM),
        (
            urlencode(
                command_fields(
                    "/order",
                    "payload",
                    user="U1",
                    channel_name="payload-team",
                    response_url=ANSWER_TO,
                )
            ),
            FORM,
        ),
        (json.dumps(EVENT), JSON),
    ],
    ids=["keystroke", "click", "command", "command saying payload", "event"],
)
def test_bolt_gets_the_body_and_context_it_would_have_parsed(text, content_type):
    mine = _slack_request(_environ(text, content_type), SignatureVerifier(SECRET))
    headers = {"content-type": content_type}
    bolts = fix_form_body(BoltRequest(body=text, headers=headers))  # type: ignore[arg-type]
    assert mine.raw_body == text
    assert mine.body == bolts.body and mine.body
    assert dict(mine.context) == dict(bolts.context)
    assert mine.content_type == bolts.content_type
