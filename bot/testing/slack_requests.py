"""Requests to the running bot as Slack sends them: signed HTTP, and the payloads.

:class:`SignedSlack` signs and POSTs slash commands, interactive payloads and events;
:func:`block_action`, :func:`view_payload` and :func:`keystroke` build the payloads of a
button click, a modal and a keystroke in the edit modal, shaped like Slack's.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any
from urllib.parse import urlencode

import httpx


def sign(secret: str, body: str, timestamp: str) -> str:
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def command_fields(
    command: str,
    text: str,
    *,
    user: str,
    channel: str = "C0QUEUE",
    channel_name: str = "buyer-messages",
    response_url: str = "",
    trigger_id: str = "1.2.3",
) -> dict[str, str]:
    """A slash command as Slack sends it: form fields over HTTP, the payload over a socket."""
    return {
        "token": "legacy",
        "team_id": "T0FAKE",
        "team_domain": "fake",
        "channel_id": channel,
        "channel_name": channel_name,
        "user_id": user,
        "user_name": user.lower(),
        "command": command,
        "text": text,
        "api_app_id": "A0WISMO",
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": trigger_id,
    }


class SignedSlack:
    """Signs and POSTs real HTTP requests to the bot at ``url``, as Slack would."""

    def __init__(self, url: str, secret: str, *, timeout: float = 10.0) -> None:
        self.url = url
        self.secret = secret
        self.http = httpx.Client(timeout=timeout)

    def close(self) -> None:
        self.http.close()

    def post(
        self,
        body: str,
        content_type: str,
        *,
        age: float = 0.0,
        secret: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        ts = str(int(time.time() - age))
        sig = sign(secret or self.secret, body, ts)
        all_headers = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": sig,
            **(headers or {}),
        }
        return self.http.post(self.url, content=body.encode(), headers=all_headers)

    def interactive(self, payload: dict[str, Any], **kw: Any) -> httpx.Response:
        body = urlencode({"payload": json.dumps(payload)})
        return self.post(body, "application/x-www-form-urlencoded", **kw)

    def command(
        self,
        command: str,
        text: str,
        *,
        user: str,
        channel: str = "C0QUEUE",
        channel_name: str = "buyer-messages",
        response_url: str = "",
        trigger_id: str = "1.2.3",
        **kw: Any,
    ) -> httpx.Response:
        fields = command_fields(
            command,
            text,
            user=user,
            channel=channel,
            channel_name=channel_name,
            response_url=response_url,
            trigger_id=trigger_id,
        )
        return self.post(urlencode(fields), "application/x-www-form-urlencoded", **kw)

    def event(self, event: dict[str, Any], *, event_id: str, **kw: Any) -> httpx.Response:
        body = json.dumps(
            {
                "type": "event_callback",
                "team_id": "T0FAKE",
                "api_app_id": "A0WISMO",
                "event_id": event_id,
                "event_time": int(time.time()),
                "event": event,
            }
        )
        return self.post(body, "application/json", **kw)


# -- payloads, shaped like Slack's ------------------------------------------------------

CHANNEL = "C0QUEUE"


def block_action(
    action_id: str,
    value: str,
    *,
    user: str,
    channel: str = CHANNEL,
    ts: str = "1.0",
    trigger_id: str = "t-1",
) -> dict[str, Any]:
    """A button click on the card at ``ts`` in ``channel``."""
    return {
        "type": "block_actions",
        "team": {"id": "T0FAKE", "domain": "fake"},
        "user": {"id": user, "username": user.lower(), "team_id": "T0FAKE"},
        "api_app_id": "A0WISMO",
        "token": "legacy",
        "trigger_id": trigger_id,
        "container": {"type": "message", "channel_id": channel, "message_ts": ts},
        "channel": {"id": channel, "name": "buyer-messages"},
        "message": {"ts": ts, "type": "message"},
        "actions": [
            {
                "type": "button",
                "action_id": action_id,
                "block_id": "act",
                "value": value,
                "action_ts": f"{time.time():.6f}",
            }
        ],
    }


def view_payload(
    kind: str, view: dict[str, Any], *, user: str, values: dict[str, Any] | None = None
) -> dict[str, Any]:
    """``view_submission`` (kind) or the view part of a keystroke ``block_actions``."""
    return {
        "type": kind,
        "team": {"id": "T0FAKE", "domain": "fake"},
        "user": {"id": user, "username": user.lower(), "team_id": "T0FAKE"},
        "api_app_id": "A0WISMO",
        "token": "legacy",
        "trigger_id": "t-view",
        "view": {**view, "state": {"values": values or {}}},
    }


def keystroke(
    view: dict[str, Any], text: str, *, user: str, action_ts: float | None = None
) -> dict[str, Any]:
    """What Slack sends when the agent types ``text`` in the edit modal ``view``."""
    payload = view_payload(
        "block_actions",
        view,
        user=user,
        values={"reply": {"wismo.reply_text": {"type": "plain_text_input", "value": text}}},
    )
    payload["container"] = {"type": "view", "view_id": view["id"]}
    payload["actions"] = [
        {
            "type": "plain_text_input",
            "action_id": "wismo.reply_text",
            "block_id": "reply",
            "value": text,
            "action_ts": f"{action_ts if action_ts is not None else time.time():.6f}",
        }
    ]
    return payload
