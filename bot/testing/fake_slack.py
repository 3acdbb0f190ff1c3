"""A loopback fake of the Slack Web API for tests.

It answers on 127.0.0.1 like Slack does: JSON, form-encoded and query-string calls,
``ts`` allocation, ``chat.update`` of unknown messages failing with
``message_not_found``, view hashes that rotate and refuse stale updates with
``hash_conflict``, Block Kit limits enforced (so a builder regression fails a test),
and faults on demand: ``fail_next("chat.postMessage", status=429, retry_after=1)``.
Every call is recorded with its arguments so tests assert what a user would see.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

from carriers.sandbox import LocalServer, send_json

BOT_USER_ID = "UBOTWISMO"
TEAM_ID = "T0FAKE"
# Methods Slack only takes an app-level token (xapp-) for; every other one wants xox*.
APP_TOKEN_METHODS = {"apps.connections.open"}


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    headers: dict[str, str]
    at: float
    status: int = 200
    response: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Fault:
    method: str
    status: int
    error: str
    retry_after: float | None
    times: int
    delay: float


class FakeSlack:
    """Start with ``with FakeSlack() as slack:``; point a WebClient at ``slack.base_url``."""

    def __init__(self, *, usergroups: dict[str, list[str]] | None = None) -> None:
        self.calls: list[Call] = []
        self.messages: dict[tuple[str, str], dict[str, Any]] = {}
        self.views: dict[str, dict[str, Any]] = {}
        self.responses: list[dict[str, Any]] = []  # posts to response_url
        # Files by id: name, length and the bytes uploaded to their upload URL; once
        # completed, where they were shared (channel, thread_ts) and the message showing them.
        self.files: dict[str, dict[str, Any]] = {}
        self.downloads: list[str] = []  # paths of private files fetched
        self.usergroups = usergroups or {}
        self._faults: list[_Fault] = []
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._ts = itertools.count(1)
        self._ids = itertools.count(1)
        self._used_triggers: set[str] = set()
        # Set by a Socket Mode end (bot/testing/fake_socket_mode.py): hands out its URLs.
        self.socket_mode_url: Callable[[], str] | None = None
        # Connections accepted, and those open: Slack keeps connections alive (HTTP/1.1),
        # so tests can see a client reuse them, and stopping closes them as Slack going
        # away would.
        self.connections = 0
        self._open: set[socket.socket] = set()
        self._server = LocalServer(self._handler_class(), name="fake-slack")

    # -- lifecycle ---------------------------------------------------------------
    def __enter__(self) -> FakeSlack:
        self._server.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.stop()
        self.drop_connections()

    def drop_connections(self) -> None:
        """Close every open connection, as Slack does with one idle too long."""
        with self._lock:
            open_now, self._open = self._open, set()
        for sock in open_now:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.port}/api/"

    def response_url(self, key: str = "r1") -> str:
        return f"http://127.0.0.1:{self._server.port}/response/{key}"

    # -- faults --------------------------------------------------------------------
    def fail_next(
        self,
        method: str,
        *,
        status: int = 429,
        error: str = "ratelimited",
        retry_after: float | None = 1,
        times: int = 1,
        delay: float = 0.0,
    ) -> None:
        """The next ``times`` calls of ``method`` ("*" = any) fail this way."""
        with self._lock:
            self._faults.append(_Fault(method, status, error, retry_after, times, delay))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    # -- assertions ----------------------------------------------------------------
    def calls_to(self, method: str, *, ok_only: bool = True) -> list[Call]:
        with self._lock:
            return [
                c
                for c in self.calls
                if c.method == method and (not ok_only or c.response.get("ok"))
            ]

    def wait_for(self, method: str, count: int = 1, timeout: float = 5.0) -> list[Call]:
        """Block until ``count`` successful calls of ``method`` were answered."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = [c for c in self.calls if c.method == method and c.response.get("ok")]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    got = [c.method for c in self.calls]
                    raise AssertionError(f"expected {count} x {method}, calls were {got}")
                self._changed.wait(left)

    def channel_messages(self, channel: str) -> list[dict[str, Any]]:
        with self._lock:
            return [m for (ch, _), m in sorted(self.messages.items()) if ch == channel]

    # -- the API -------------------------------------------------------------------
    def _answer(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        handler = getattr(self, "_api_" + method.replace(".", "_"), None)
        if handler is None:
            return {"ok": False, "error": "unknown_method"}
        result: dict[str, Any] = handler(args)
        return result

    def _api_apps_connections_open(self, args: dict[str, Any]) -> dict[str, Any]:
        if self.socket_mode_url is None:  # as Slack answers when Socket Mode is off
            return {"ok": False, "error": "invalid_auth"}
        return {"ok": True, "url": self.socket_mode_url()}

    def _api_auth_test(self, args: dict[str, Any]) -> dict[str, Any]:
        return {
            "ok": True,
            "url": "https://fake.slack.com/",
            "team": "Fake",
            "user": "wismo",
            "team_id": TEAM_ID,
            "user_id": BOT_USER_ID,
            "bot_id": "BWISMO",
        }

    def _api_chat_postMessage(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = str(args.get("channel", ""))
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        problem = _validate_blocks(args.get("blocks"), limit=50)
        if problem:
            return {"ok": False, "error": "invalid_blocks", "errors": [problem]}
        if not args.get("text") and not args.get("blocks"):
            return {"ok": False, "error": "no_text"}
        ts = f"{1_700_000_000 + next(self._ts)}.000100"
        message = {
            "ts": ts,
            "channel": channel,
            "text": args.get("text", ""),
            "blocks": _as_list(args.get("blocks")),
            "thread_ts": args.get("thread_ts"),
            "user": BOT_USER_ID,
        }
        if args.get("metadata"):
            meta = args["metadata"]
            message["metadata"] = json.loads(meta) if isinstance(meta, str) else dict(meta)
        if args.get("reply_broadcast") in (True, "true", "1"):
            message["reply_broadcast"] = True
        # What Slack would fetch and preview under the message: unfurl_links covers
        # text pages, unfurl_media (on unless turned off) images and video.
        off = (False, "false", "0", 0)
        if args.get("unfurl_links") not in off or args.get("unfurl_media") not in off:
            message["unfurled"] = live_text(message["blocks"]).links
        else:
            message["unfurled"] = []
        self.messages[(channel, ts)] = message
        return {"ok": True, "channel": channel, "ts": ts, "message": message}

    def _api_files_getUploadURLExternal(self, args: dict[str, Any]) -> dict[str, Any]:
        filename = str(args.get("filename") or "")
        try:
            length = int(args.get("length") or 0)
        except ValueError:
            length = 0
        if not filename or length <= 0:
            return {"ok": False, "error": "invalid_arguments"}
        file_id = f"F{next(self._ids):08d}"
        self.files[file_id] = {
            "id": file_id,
            "name": filename,
            "length": length,
            "alt_txt": args.get("alt_txt"),
            "data": None,
        }
        url = f"http://127.0.0.1:{self._server.port}/upload/{file_id}"
        return {"ok": True, "upload_url": url, "file_id": file_id}

    def add_user_file(self, name: str, data: bytes, *, user: str = "U0AGENT") -> dict[str, Any]:
        """A file a person uploaded in a modal's file input; the object Slack puts in
        the submission's state for it."""
        with self._lock:
            file_id = f"F{next(self._ids):08d}"
            url = f"http://127.0.0.1:{self._server.port}/files/{file_id}/{quote(name)}"
            file = {
                "id": file_id,
                "name": name,
                "length": len(data),
                "data": data,
                "user": user,
                "completed": True,
                "size": len(data),
                "mimetype": _mimetype(data),
                "url_private": url,
                "url_private_download": url,
            }
            self.files[file_id] = file
        return {k: v for k, v in file.items() if k not in {"data", "length", "completed"}}

    def _api_files_info(self, args: dict[str, Any]) -> dict[str, Any]:
        file = self.files.get(str(args.get("file") or ""))
        if file is None or file.get("data") is None:
            return {"ok": False, "error": "file_not_found"}
        shown = {k: v for k, v in file.items() if k not in {"data", "length"}}
        return {"ok": True, "file": shown}

    def _download(self, path: str, authorization: str) -> tuple[int, bytes]:
        file_id = path.removeprefix("/files/").split("/", 1)[0]
        file = self.files.get(file_id)
        if not authorization.startswith("Bearer xox"):
            return 403, b""
        if file is None or file.get("data") is None:
            return 404, b""
        return 200, file["data"]

    def _upload(self, file_id: str, data: bytes) -> int:
        """The bytes posted to a file's upload URL; the HTTP status Slack would give."""
        file = self.files.get(file_id)
        if file is None or file["data"] is not None:
            return 404
        if len(data) != file["length"]:
            return 400  # Slack refuses bytes that do not match the announced length
        file["data"] = data
        return 200

    def _api_files_completeUploadExternal(self, args: dict[str, Any]) -> dict[str, Any]:
        raw = args.get("files") or "[]"
        items = json.loads(raw) if isinstance(raw, str) else list(raw)
        channel = str(args.get("channel_id") or "")
        thread_ts = args.get("thread_ts")
        done = []
        for item in items:
            file = self.files.get(str(item.get("id")))
            if file is None or file["data"] is None or file.get("completed"):
                return {"ok": False, "error": "file_not_found"}
            done.append((file, item))
        if channel and thread_ts and (channel, str(thread_ts)) not in self.messages:
            return {"ok": False, "error": "invalid_thread_ts"}
        shown = []
        for file, item in done:
            mimetype = _mimetype(file["data"])
            file.update(
                completed=True,
                title=item.get("title") or file["name"],
                channel=channel or None,
                thread_ts=thread_ts,
                mimetype=mimetype,
                is_image=mimetype.startswith("image/"),
            )
            shown.append({k: v for k, v in file.items() if k != "data"})
        if channel:
            ts = f"{1_700_000_000 + next(self._ts)}.000100"
            self.messages[(channel, ts)] = {
                "ts": ts,
                "channel": channel,
                "text": str(args.get("initial_comment") or ""),
                "blocks": [],
                "thread_ts": thread_ts,
                "user": BOT_USER_ID,
                "files": shown,
                "unfurled": [],
            }
        return {"ok": True, "files": [{"id": f["id"], "title": f["title"]} for f in shown]}

    def _api_chat_update(self, args: dict[str, Any]) -> dict[str, Any]:
        key = (str(args.get("channel", "")), str(args.get("ts", "")))
        if key not in self.messages:
            return {"ok": False, "error": "message_not_found"}
        problem = _validate_blocks(args.get("blocks"), limit=50)
        if problem:
            return {"ok": False, "error": "invalid_blocks", "errors": [problem]}
        message = self.messages[key]
        message["text"] = args.get("text", message["text"])
        if "blocks" in args:
            message["blocks"] = _as_list(args["blocks"])
        return {"ok": True, "channel": key[0], "ts": key[1], "text": message["text"]}

    def _api_chat_postEphemeral(self, args: dict[str, Any]) -> dict[str, Any]:
        if not args.get("user"):
            return {"ok": False, "error": "user_not_in_channel"}
        return {"ok": True, "message_ts": f"{1_700_000_000 + next(self._ts)}.000200"}

    def _api_chat_getPermalink(self, args: dict[str, Any]) -> dict[str, Any]:
        ch, ts = args.get("channel"), str(args.get("message_ts", ""))
        link = f"https://fake.slack.com/archives/{ch}/p{ts.replace('.', '')}"
        return {"ok": True, "permalink": link}

    def _api_conversations_history(self, args: dict[str, Any]) -> dict[str, Any]:
        """Top-level messages and broadcast replies, newest first, 200 at most a page."""
        channel = str(args.get("channel", ""))
        found = [  # _answer runs under the fake's lock
            m
            for (ch, _), m in sorted(self.messages.items(), reverse=True)
            if ch == channel and (not m.get("thread_ts") or m.get("reply_broadcast"))
        ]
        return self._page(found, args)

    def _api_conversations_replies(self, args: dict[str, Any]) -> dict[str, Any]:
        """The parent, then its thread's replies, oldest first."""
        channel, parent = str(args.get("channel", "")), str(args.get("ts", ""))
        if (channel, parent) not in self.messages:
            return {"ok": False, "error": "thread_not_found"}
        found = [
            m
            for (ch, ts), m in sorted(self.messages.items())
            if ch == channel and (ts == parent or m.get("thread_ts") == parent)
        ]
        return self._page(found, args)

    @staticmethod
    def _page(found: list[dict[str, Any]], args: dict[str, Any]) -> dict[str, Any]:
        start = int(args.get("cursor") or 0)
        limit = min(int(args.get("limit") or 100), 200)
        with_metadata = str(args.get("include_all_metadata", "")).lower() in {"1", "true"}
        page = [
            m if with_metadata else {k: v for k, v in m.items() if k != "metadata"}
            for m in found[start : start + limit]
        ]
        more = start + limit < len(found)
        return {
            "ok": True,
            "messages": page,
            "has_more": more,
            "response_metadata": {"next_cursor": str(start + limit) if more else ""},
        }

    def _api_conversations_open(self, args: dict[str, Any]) -> dict[str, Any]:
        users = str(args.get("users", ""))
        return {"ok": True, "channel": {"id": "D" + users.replace(",", "").upper()[:10]}}

    def _api_usergroups_users_list(self, args: dict[str, Any]) -> dict[str, Any]:
        group = str(args.get("usergroup", ""))
        if group not in self.usergroups:
            return {"ok": False, "error": "no_such_subteam"}
        return {"ok": True, "users": list(self.usergroups[group])}

    def _api_users_info(self, args: dict[str, Any]) -> dict[str, Any]:
        user = str(args.get("user", ""))
        return {"ok": True, "user": {"id": user, "name": user.lower(), "tz": "UTC"}}

    def _api_views_open(self, args: dict[str, Any]) -> dict[str, Any]:
        trigger = str(args.get("trigger_id", ""))
        if not trigger or trigger in self._used_triggers:
            return {"ok": False, "error": "expired_trigger_id"}
        self._used_triggers.add(trigger)
        return self._store_view(None, args.get("view"))

    def _api_views_update(self, args: dict[str, Any]) -> dict[str, Any]:
        view_id = str(args.get("view_id", ""))
        if view_id not in self.views:
            return {"ok": False, "error": "not_found"}
        given = args.get("hash")
        if given and given != self.views[view_id]["hash"]:
            return {"ok": False, "error": "hash_conflict"}
        return self._store_view(view_id, args.get("view"))

    def _api_views_publish(self, args: dict[str, Any]) -> dict[str, Any]:
        return self._store_view(f"HOME-{args.get('user_id')}", args.get("view"), limit=100)

    def _store_view(self, view_id: str | None, raw: Any, limit: int = 100) -> dict[str, Any]:
        view = json.loads(raw) if isinstance(raw, str) else dict(raw or {})
        problem = _validate_view(view, limit)
        if problem:
            return {
                "ok": False,
                "error": "invalid_arguments",
                "response_metadata": {"messages": [problem]},
            }
        view_id = view_id or f"V{next(self._ids):06d}"
        view.update(id=view_id, hash=f"{time.time():.6f}.{next(self._ids)}")
        self.views[view_id] = view
        return {"ok": True, "view": view}

    # -- HTTP plumbing ---------------------------------------------------------------
    def _take_fault(self, method: str) -> _Fault | None:
        for fault in self._faults:
            if fault.method in {method, "*"} and fault.times > 0:
                fault.times -= 1
                if fault.times == 0:
                    self._faults.remove(fault)
                return fault
        return None

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as Slack; every answer has a length

            def setup(self) -> None:
                super().setup()
                # The headers and the body leave in two writes: with Nagle's algorithm
                # the body waits for the client's delayed ACK of the headers, 40 ms on
                # Linux, on every call over a kept-alive connection.  Slack's servers
                # answer at once; so does the fake.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                with fake._lock:
                    fake.connections += 1
                    fake._open.add(self.connection)

            def finish(self) -> None:
                with fake._lock:
                    fake._open.discard(self.connection)
                super().finish()

            def log_message(self, format: str, *args: Any) -> None:  # quiet test output
                pass

            def do_GET(self) -> None:
                self._handle()

            def do_POST(self) -> None:
                self._handle()

            def _handle(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                if parts.path.startswith("/files/"):  # a private file's download URL
                    with fake._changed:
                        fake.downloads.append(parts.path)
                        status, data = fake._download(
                            parts.path, self.headers.get("Authorization", "")
                        )
                    self.send_response(status)
                    self.send_header("Content-Type", "application/octet-stream")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                    return
                if parts.path.startswith("/upload/"):  # a file's bytes: not an API call
                    data = self.rfile.read(length) if length else b""
                    with fake._changed:
                        status = fake._upload(parts.path.removeprefix("/upload/"), data)
                        fake._changed.notify_all()
                    self._send(status, {"ok": status == 200})
                    return
                raw = self.rfile.read(length).decode() if length else ""
                args = _parse_args(raw, self.headers.get("Content-Type", ""), parts.query)
                headers = {k.lower(): v for k, v in self.headers.items()}
                if parts.path.startswith("/response/"):
                    with fake._changed:
                        fake.responses.append(args)
                        fake._changed.notify_all()
                    self._send(200, {"ok": True})
                    return
                method = parts.path.removeprefix("/api/")
                with fake._lock:
                    fault = fake._take_fault(method)
                if fault and fault.delay:
                    time.sleep(fault.delay)
                with fake._changed:
                    if fault:
                        status, body = fault.status, {"ok": False, "error": fault.error}
                    elif problem := _token_problem(method, headers.get("authorization", "")):
                        status, body = 200, {"ok": False, "error": problem}
                    else:
                        status, body = 200, fake._answer(method, args)
                    fake.calls.append(Call(method, args, headers, time.time(), status, body))
                    fake._changed.notify_all()
                extra = {}
                if fault and fault.retry_after is not None and fault.status == 429:
                    extra["Retry-After"] = str(int(fault.retry_after))
                self._send(status, body, extra)

            def _send(
                self, status: int, body: dict[str, Any], extra: dict[str, str] | None = None
            ) -> None:
                send_json(
                    self,
                    status,
                    body,
                    content_type="application/json; charset=utf-8",
                    headers=extra,
                )

        return Handler


@dataclass(frozen=True, slots=True)
class LiveText:
    """What Slack makes live in Block Kit text: links a reader can click, and pings."""

    links: list[str]
    pings: list[str]


# Explicit markup, live in any mrkdwn: <https://x|label>, <mailto:…>, <!here>, <@U1>.
_EXPLICIT = re.compile(r"<([^<>|\s]+)(?:\|[^<>]*)?>")
# What Slack turns live itself in mrkdwn that is not ``verbatim``.
_BARE_URL = re.compile(r"(?:\bhttps?://|\bwww\.)[^\s<>|]+", re.IGNORECASE)
_BARE_PING = re.compile(r"(?<![\w@])@(channel|here|everyone)\b")


def live_text(blocks: Any) -> LiveText:
    """The links and pings Slack would make of ``blocks`` (a list, or one block or view)."""
    links: list[str] = []
    pings: list[str] = []
    stack = [blocks]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack += item
        elif isinstance(item, dict):
            if item.get("type") == "mrkdwn" and isinstance(item.get("text"), str):
                _read_mrkdwn(item["text"], verbatim=item.get("verbatim") is True,
                             links=links, pings=pings)  # fmt: skip
            else:
                stack += list(item.values())
    return LiveText(links, pings)


def _read_mrkdwn(text: str, *, verbatim: bool, links: list[str], pings: list[str]) -> None:
    for target in _EXPLICIT.findall(text):
        if target.startswith("!date^"):
            continue  # a date Slack formats for the reader
        if target.startswith(("!", "@")):
            pings.append(target)
        else:
            links.append(target)
    if verbatim:
        return
    rest = _EXPLICIT.sub(" ", text)
    links += _BARE_URL.findall(rest)
    pings += ["!" + name for name in _BARE_PING.findall(rest)]


def _mimetype(data: bytes) -> str:
    """The type Slack would show a file as, from its first bytes."""
    for magic, kind in (
        (b"\xff\xd8\xff", "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n", "image/png"),
        (b"GIF8", "image/gif"),
        (b"%PDF-", "application/pdf"),
    ):
        if data.startswith(magic):
            return kind
    return "application/octet-stream"


def _token_problem(method: str, authorization: str) -> str | None:
    if method not in APP_TOKEN_METHODS:
        return None if authorization.startswith("Bearer xox") else "not_authed"
    if authorization.startswith("Bearer xapp-"):
        return None
    return "not_allowed_token_type" if authorization.startswith("Bearer xox") else "not_authed"


def _parse_args(raw: str, content_type: str, query: str) -> dict[str, Any]:
    args: dict[str, Any] = dict(parse_qsl(query))
    if not raw:
        return args
    if "json" in content_type:
        args.update(json.loads(raw))
    else:
        args.update(dict(parse_qsl(raw)))
    return args


def _as_list(blocks: Any) -> list[dict[str, Any]]:
    if blocks is None:
        return []
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    return list(blocks)


def _validate_blocks(blocks: Any, *, limit: int) -> str | None:
    items = _as_list(blocks)
    if len(items) > limit:
        return f"{len(items)} blocks, more than {limit}"
    for i, block in enumerate(items):
        try:
            parsed = Block.parse(block)
            if parsed is None:
                return f"block {i}: unknown type {block.get('type')!r}"
            parsed.to_dict()
        except (SlackObjectFormationError, KeyError, TypeError) as exc:
            return f"block {i}: {exc}"
    return None


def _validate_view(view: dict[str, Any], limit: int) -> str | None:
    problem = _validate_blocks(view.get("blocks"), limit=limit)
    if problem:
        return problem
    try:
        View(**{k: v for k, v in view.items() if k not in {"id", "hash"}}).to_dict()
    except (SlackObjectFormationError, TypeError) as exc:
        return str(exc)
    return None


@contextmanager
def running_fake_slack(**kwargs: Any) -> Iterator[FakeSlack]:
    with FakeSlack(**kwargs) as fake:
        yield fake
