"""Signs and POSTs real HTTP requests to the running bot, as Slack would."""

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


class SlackSender:
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
