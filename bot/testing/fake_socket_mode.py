"""A loopback fake of Slack's Socket Mode end for tests.

Slack's side of Socket Mode, on 127.0.0.1: :class:`FakeSlack` answers
``apps.connections.open`` (called with the ``xapp-`` token) with a fresh ``ws://`` URL
from :meth:`FakeSocketMode.connection_url`; the WebSocket server behind it greets each
connection with ``hello``, sends envelopes shaped as Slack sends them (``envelope_id``,
``type``, ``payload``, ``accepts_response_payload``) and records every acknowledgement
(``{"envelope_id": ..., "payload": ...}``) so tests assert what the user would have seen.
It can also end a connection as Slack does: a ``disconnect`` message, a close frame, or
a dropped TCP connection.

The WebSocket protocol itself is the ``websockets`` library's, so the fake checks the
bot's client against a full RFC 6455 implementation rather than against a copy of
itself.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
import uuid
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.server import ServerConnection, serve

from bot.testing.fake_slack import TEAM_ID, FakeSlack
from bot.testing.slack_requests import command_fields

APP_ID = "A0WISMO"

# Interactive payloads whose acknowledgement Slack reads a response from (view errors,
# options); the others only need the envelope acknowledged.
_ANSWERED_INTERACTIONS = {"view_submission", "block_suggestion"}

_HELLO = {
    "type": "hello",
    "num_connections": 1,
    "debug_info": {
        "host": "fake-socket-mode",
        "build_number": 1,
        "approximate_connection_time": 18060,
    },
    "connection_info": {"app_id": APP_ID},
}


class FakeSocketMode:
    """Start with ``with FakeSocketMode(slack) as socket_mode:``.

    ``slack`` then hands out this server's URLs from ``apps.connections.open``.
    """

    def __init__(self, slack: FakeSlack | None = None) -> None:
        self.slack = slack
        self.tickets: list[str] = []  # issued by apps.connections.open
        self.greeted: list[str] = []  # tickets of connections that were sent hello
        self.acks: list[dict[str, Any]] = []
        self.unexpected: list[str] = []  # frames that were neither acks nor JSON
        self._current: ServerConnection | None = None
        self._changed = threading.Condition()
        self._tickets = itertools.count(1)
        self._server = serve(self._session, "127.0.0.1", 0, compression=None)
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="fake-socket-mode", daemon=True
        )

    # -- lifecycle ---------------------------------------------------------------
    def __enter__(self) -> FakeSocketMode:
        self._thread.start()
        if self.slack is not None:
            self.slack.socket_mode_url = self.connection_url
        return self

    def __exit__(self, *exc: object) -> None:
        if self.slack is not None:
            self.slack.socket_mode_url = None
        self._server.shutdown()
        self._thread.join(timeout=5)

    @property
    def port(self) -> int:
        return int(self._server.socket.getsockname()[1])

    def connection_url(self) -> str:
        """A new single-connection URL, as ``apps.connections.open`` returns."""
        ticket = f"ticket-{next(self._tickets)}"
        with self._changed:
            self.tickets.append(ticket)
        return f"ws://127.0.0.1:{self.port}/link/?ticket={ticket}&app_id={APP_ID}"

    # -- the connection ----------------------------------------------------------------
    def _session(self, conn: ServerConnection) -> None:
        ticket = _ticket(conn)
        with self._changed:
            if ticket not in self.tickets or ticket in self.greeted:
                # Slack's URLs are good for one connection.
                conn.close(1008, "invalid or used ticket")
                return
            self._current = conn
            self.greeted.append(ticket)
            self._changed.notify_all()
        conn.send(json.dumps(_HELLO))
        try:
            for frame in conn:
                self._received(frame)
        except ConnectionClosed:
            pass
        finally:
            with self._changed:
                if self._current is conn:
                    self._current = None
                self._changed.notify_all()

    def _received(self, frame: str | bytes) -> None:
        text = frame.decode() if isinstance(frame, bytes) else frame
        try:
            message = json.loads(text)
        except ValueError:
            message = None
        with self._changed:
            if isinstance(message, dict) and "envelope_id" in message:
                self.acks.append(message)
            else:
                self.unexpected.append(text)
            self._changed.notify_all()

    def wait_connected(self, count: int = 1, timeout: float = 10.0) -> None:
        """Block until ``count`` connections in all were greeted and one is open."""
        self._wait(
            lambda: len(self.greeted) >= count and self._current is not None,
            timeout,
            lambda: f"expected {count} connection(s), had {len(self.greeted)}",
        )

    # -- envelopes ----------------------------------------------------------------------
    def send(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        accepts_response_payload: bool = False,
        retry_attempt: int = 0,
    ) -> str:
        """Send one envelope on the open connection; returns its ``envelope_id``."""
        envelope_id = str(uuid.uuid4())
        envelope: dict[str, Any] = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": accepts_response_payload,
        }
        if kind == "events_api":
            # Slack redelivers an event it thinks was missed, saying so in the envelope.
            envelope.update(
                retry_attempt=retry_attempt, retry_reason="timeout" if retry_attempt else ""
            )
        with self._changed:
            conn = self._current
        if conn is None:
            raise AssertionError("no Socket Mode connection is open")
        conn.send(json.dumps(envelope))
        return envelope_id

    def slash_command(
        self,
        command: str,
        text: str,
        *,
        user: str,
        channel: str = "C0QUEUE",
        response_url: str = "",
        trigger_id: str = "1.2.3",
    ) -> str:
        payload = command_fields(
            command,
            text,
            user=user,
            channel=channel,
            response_url=response_url,
            trigger_id=trigger_id,
        )
        return self.send("slash_commands", payload, accepts_response_payload=True)

    def interactive(self, payload: dict[str, Any]) -> str:
        answered = payload.get("type") in _ANSWERED_INTERACTIONS
        return self.send("interactive", payload, accepts_response_payload=answered)

    def event(self, event: dict[str, Any], *, event_id: str, retry_attempt: int = 0) -> str:
        payload = {
            "token": "legacy",
            "team_id": TEAM_ID,
            "api_app_id": APP_ID,
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "event": event,
        }
        return self.send("events_api", payload, retry_attempt=retry_attempt)

    def wait_ack(self, envelope_id: str, timeout: float = 5.0) -> dict[str, Any]:
        """The acknowledgement of ``envelope_id`` (waits for it)."""
        found: list[dict[str, Any]] = []

        def acked() -> bool:
            found[:] = [a for a in self.acks if a["envelope_id"] == envelope_id]
            return bool(found)

        self._wait(acked, timeout, lambda: f"no ack for {envelope_id}; acks: {self.acks}")
        return found[0]

    # -- ending connections, as Slack does ------------------------------------------
    def refresh(self) -> None:
        """Ask the client to move to a new connection (Slack does every few hours)."""
        self._current_connection().send(
            json.dumps(
                {
                    "type": "disconnect",
                    "reason": "refresh_requested",
                    "debug_info": {"host": "fake-socket-mode"},
                }
            )
        )

    def close_connection(self, *, graceful: bool = True) -> None:
        """End the open connection: a close frame, or (not graceful) just the TCP socket."""
        conn = self._current_connection()
        if graceful:
            conn.close(1001, "going away")
        else:
            conn.close_socket()
        self._wait(lambda: self._current is not conn, 5.0, lambda: "connection did not end")

    def _current_connection(self) -> ServerConnection:
        with self._changed:
            if self._current is None:
                raise AssertionError("no Socket Mode connection is open")
            return self._current

    def _wait(self, done: Any, timeout: float, why: Any) -> None:
        deadline = time.monotonic() + timeout
        with self._changed:
            while not done():
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(why())
                self._changed.wait(left)


def _ticket(conn: ServerConnection) -> str:
    path = conn.request.path if conn.request is not None else ""
    for part in path.partition("?")[2].split("&"):
        key, _, value = part.partition("=")
        if key == "ticket":
            return value
    return ""
