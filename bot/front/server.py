"""The HTTP front of ``wismo serve``: whole requests are read without a thread, then served in one.

A thread-per-connection server gives a thread to every client that has sent a byte, so a
few hundred clients that open a request and stall hold every thread, and ``/healthz`` and
Slack wait behind them.  Here one asyncio loop per process reads requests (h11 parses
HTTP/1.1), and the WSGI application only ever sees a request that arrived whole:

- the body limit of the request's path is checked against ``Content-Length`` before any of
  the body is read (413), and again while a chunked body arrives;
- the whole request, headers and body, must arrive within ``read_timeout`` of its first
  byte (of the connection, for the first request), or it gets a 408 and the connection is
  closed;
- an idle kept-alive connection is closed after ``keepalive`` seconds, and a process holds
  at most ``max_connections`` connections (503 beyond);
- a malformed request gets a 400 with a short reason; so does one whose framing two
  servers could read differently (request smuggling through a proxy in front):
  ``Content-Length`` with ``Transfer-Encoding``, ``Content-Length`` given twice (even
  with the same value) or as a list, ``Transfer-Encoding`` on HTTP/1.0, and header lines
  folded onto the next line (obs-fold), which h11 would quietly join.  Header names that
  are not tokens are refused by h11 itself.

A stalled client then costs a socket and a few kilobytes, never a thread.  Responses are
collected in the thread and written by the loop, so a client that does not read its answer
does not hold a thread either.

An application may put quick calls in the list it finds under ``environ[AFTER_RESPONSE]``
(a WSGI extension of this server): they are called once its answer is written (or the
client is gone), so work it hands on does not compete with the answer itself.
"""

from __future__ import annotations

import asyncio
import io
import logging
import socket
import sys
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote_to_bytes, urlsplit

import h11

__all__ = ["AFTER_RESPONSE", "Front", "Limits", "WsgiApp", "serve"]

log = logging.getLogger(__name__)

AFTER_RESPONSE = "wismo.after_response"

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]

_READ_SIZE = 64 * 1024
_REASONS = {
    400: "Bad Request",
    408: "Request Timeout",
    413: "Content Too Large",
    431: "Request Header Fields Too Large",
    500: "Internal Server Error",
    501: "Not Implemented",
    503: "Service Unavailable",
}


@dataclass(frozen=True, slots=True)
class Limits:
    """What one client may take from the front."""

    read_timeout: float = 10.0  # seconds for a whole request, headers and body
    keepalive: float = 5.0  # seconds an idle kept-alive connection stays open
    write_timeout: float = 10.0  # seconds a client may take to read its answer
    max_connections: int = 1000  # per process; each costs a socket, not a thread
    header_bytes: int = 16 * 1024
    default_body_bytes: int = 64 * 1024  # paths not named in body_bytes
    body_bytes: Mapping[str, int] = field(default_factory=dict)  # path -> largest body

    def body_limit(self, path: str) -> int:
        return self.body_bytes.get(path, self.default_body_bytes)


class _Refuse(Exception):
    """Answer ``status`` with ``reason`` and close the connection."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


class _Gone(Exception):
    """The client closed the connection or stayed silent between requests: just close."""


@dataclass(slots=True)
class _Answer:
    status: int
    reason: bytes
    headers: list[tuple[str, str]]
    body: bytes


class Front:
    """Serves ``app`` on the connections handed to :meth:`handle` (``asyncio.start_server``)."""

    def __init__(
        self,
        app: WsgiApp,
        limits: Limits,
        executor: Executor,
        *,
        multiprocess: bool = False,
    ) -> None:
        self.app, self.limits, self.executor = app, limits, executor
        self.multiprocess = multiprocess
        self.connections = 0
        self.in_flight = 0  # requests inside the application right now
        self.closing = False

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            if self.connections > self.limits.max_connections:
                await self._refuse(writer, _Refuse(503, "too many connections; retry"))
                return
            await self._serve(reader, writer)
        except (_Gone, ConnectionError, asyncio.IncompleteReadError):
            pass
        except _Refuse as refusal:
            await self._refuse(writer, refusal)
        except asyncio.CancelledError:
            # The server is stopping with this connection open (an idle keep-alive):
            # asyncio cancels what is left.  Ending here rather than cancelled keeps
            # Python 3.11's stream callback, which asks the task for its exception, from
            # logging "Exception in callback ... CancelledError" with a traceback.
            pass
        finally:
            self.connections -= 1
            writer.close()

    async def drain(self, grace: float) -> None:
        """Stop taking new requests and wait up to ``grace`` seconds for those in flight."""
        self.closing = True
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace
        while self.in_flight and loop.time() < deadline:
            await asyncio.sleep(0.05)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = h11.Connection(h11.SERVER, max_incomplete_event_size=self.limits.header_bytes)
        first = True
        while not self.closing:
            request, body = await self._read_request(conn, reader, writer, first=first)
            first = False
            after: list[Callable[[], object]] = []
            try:
                answer = await self._call(request, body, writer, after)
                await self._write(conn, request, answer, writer)
            finally:
                _hand_on(after)  # even when the client is gone: a click's send is in there
            if conn.our_state is not h11.DONE or conn.their_state is not h11.DONE:
                return
            conn.start_next_cycle()

    async def _read_request(
        self,
        conn: h11.Connection,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        *,
        first: bool,
    ) -> tuple[h11.Request, bytes]:
        loop = asyncio.get_running_loop()
        limits = self.limits
        # The first request's clock starts at the connect: a client that connects and
        # says nothing is as slow as one that stalls halfway.
        deadline = loop.time() + (limits.read_timeout if first else limits.keepalive)
        started = first
        # The bytes of the request's head as sent: h11 joins folded lines and merges
        # repeated Content-Length fields before we see its Request.
        head_bytes = bytearray(conn.trailing_data[0])
        keep_head = True

        def more(data: bytes) -> None:
            nonlocal deadline, started
            if not started and data:
                started = True
                deadline = loop.time() + limits.read_timeout
            if keep_head and len(head_bytes) <= limits.header_bytes + _READ_SIZE:
                head_bytes.extend(data)
            conn.receive_data(data)

        event = await self._next(conn, reader, lambda: deadline, more, started=lambda: started)
        keep_head = False
        if isinstance(event, h11.ConnectionClosed):
            raise _Gone
        if not isinstance(event, h11.Request):
            raise _Refuse(400, "expected a request")
        request = event
        problem = _framing_problem(bytes(head_bytes), request.http_version)
        if problem is not None:
            raise _Refuse(400, problem)
        # h11 bounds only headers that arrive in pieces; a block read at once is checked here.
        head = len(request.target) + sum(len(n) + len(v) + 4 for n, v in request.headers)
        if head > limits.header_bytes:
            raise _Refuse(431, f"request line and headers over {limits.header_bytes} bytes")
        path = _path_of(request.target)
        limit = limits.body_limit(path)
        length = _content_length(request)
        if length is not None and length > limit:
            raise _Refuse(413, f"body of {length} bytes; the limit here is {limit}")
        if conn.they_are_waiting_for_100_continue:
            writer.write(conn.send(h11.InformationalResponse(status_code=100, headers=[])) or b"")
        body = bytearray()
        while True:
            event = await self._next(conn, reader, lambda: deadline, more, started=lambda: True)
            if isinstance(event, h11.Data):
                body += event.data
                if len(body) > limit:
                    raise _Refuse(413, f"body over {limit} bytes, the limit here")
            elif isinstance(event, h11.EndOfMessage):
                return request, bytes(body)
            else:
                raise _Gone

    async def _next(
        self,
        conn: h11.Connection,
        reader: asyncio.StreamReader,
        deadline: Callable[[], float],
        more: Callable[[bytes], None],
        *,
        started: Callable[[], bool],
    ) -> Any:
        loop = asyncio.get_running_loop()
        while True:
            try:
                event = conn.next_event()
            except h11.RemoteProtocolError as exc:
                status = exc.error_status_hint
                raise _Refuse(status, _short(str(exc))) from None
            if event is not h11.NEED_DATA:
                return event
            if self.closing and not started():
                raise _Gone
            remaining = deadline() - loop.time()
            try:
                if remaining <= 0:
                    raise TimeoutError
                data = await asyncio.wait_for(reader.read(_READ_SIZE), remaining)
            except TimeoutError:
                if not started():
                    raise _Gone from None
                raise _Refuse(
                    408, f"request not received within {self.limits.read_timeout:g} s"
                ) from None
            more(data)

    async def _call(
        self,
        request: h11.Request,
        body: bytes,
        writer: asyncio.StreamWriter,
        after: list[Callable[[], object]],
    ) -> _Answer:
        environ = _environ(request, body, writer, multiprocess=self.multiprocess)
        environ[AFTER_RESPONSE] = after
        loop = asyncio.get_running_loop()
        self.in_flight += 1
        try:
            return await loop.run_in_executor(self.executor, _run_app, self.app, environ)
        finally:
            self.in_flight -= 1

    async def _write(
        self,
        conn: h11.Connection,
        request: h11.Request,
        answer: _Answer,
        writer: asyncio.StreamWriter,
    ) -> None:
        headers = [
            (name, value)
            for name, value in answer.headers
            if name.lower() not in ("connection", "transfer-encoding", "keep-alive")
        ]
        bodiless = answer.status in (204, 304) or 100 <= answer.status < 200
        if not bodiless and not any(name.lower() == "content-length" for name, _ in headers):
            headers.append(("Content-Length", str(len(answer.body))))
        if self.closing:
            headers.append(("Connection", "close"))
        try:
            data = (
                conn.send(
                    h11.Response(status_code=answer.status, headers=headers, reason=answer.reason)
                )
                or b""
            )
            if request.method != b"HEAD" and not bodiless and answer.body:
                data += conn.send(h11.Data(data=answer.body)) or b""
            data += conn.send(h11.EndOfMessage()) or b""
        except h11.LocalProtocolError:
            log.exception("the answer to %s is not valid HTTP", _path_of(request.target))
            raise _Gone from None
        writer.write(data)
        try:
            await asyncio.wait_for(writer.drain(), self.limits.write_timeout)
        except TimeoutError:
            raise _Gone from None

    async def _refuse(self, writer: asyncio.StreamWriter, refusal: _Refuse) -> None:
        body = (refusal.reason + "\n").encode()
        head = (
            f"HTTP/1.1 {refusal.status} {_REASONS.get(refusal.status, 'Error')}\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        )
        try:
            writer.write(head.encode() + body)
            await asyncio.wait_for(writer.drain(), self.limits.write_timeout)
        except (ConnectionError, TimeoutError):
            pass


def _path_of(target: bytes) -> str:
    """The decoded path of a request target (origin or absolute form), as WSGI wants it."""
    raw = target.split(b"?", 1)[0]
    if not raw.startswith(b"/"):
        raw = urlsplit(raw).path or b"/"
    # PEP 3333: bytes as latin-1, so every byte survives.
    return unquote_to_bytes(raw).decode("latin-1")


def _framing_problem(head: bytes, http_version: bytes) -> str | None:
    """Why the head of a request (as sent) must be refused, or None."""
    ends = [at for at in (head.find(b"\r\n\r\n"), head.find(b"\n\n")) if at >= 0]
    lines = head[: min(ends) if ends else len(head)].split(b"\n")
    while lines and not lines[0].strip():
        lines.pop(0)  # h11 refuses them itself; only the request line starts the head
    names: list[bytes] = []
    for line in lines[1:]:
        if line[:1] in (b" ", b"\t"):
            return "a header line folded onto the next line (obs-fold) is not accepted"
        name, _, value = line.partition(b":")
        names.append(name.strip().lower())
        if names[-1] == b"content-length" and b"," in value:
            return "Content-Length given as a list: send one length"
    if names.count(b"content-length") > 1:
        return "Content-Length given more than once: send one"
    if b"transfer-encoding" in names:
        if b"content-length" in names:
            return "both Content-Length and Transfer-Encoding: send one of them"
        if http_version == b"1.0":
            return "Transfer-Encoding is not allowed on HTTP/1.0"
    return None


def _content_length(request: h11.Request) -> int | None:
    for name, value in request.headers:
        if name == b"content-length":
            return int(value)  # h11 has checked that it is a number
    return None


def _short(text: str) -> str:
    return text.splitlines()[0][:200] if text else "malformed request"


def _environ(
    request: h11.Request, body: bytes, writer: asyncio.StreamWriter, *, multiprocess: bool
) -> dict[str, Any]:
    target = request.target
    query = target.split(b"?", 1)[1] if b"?" in target else b""
    server = writer.get_extra_info("sockname") or ("", 0)
    peer = writer.get_extra_info("peername") or ("", 0)
    environ: dict[str, Any] = {
        "REQUEST_METHOD": request.method.decode("ascii"),
        "SCRIPT_NAME": "",
        "PATH_INFO": _path_of(target),
        "QUERY_STRING": query.decode("latin-1"),
        "SERVER_NAME": str(server[0]),
        "SERVER_PORT": str(server[1]),
        "SERVER_PROTOCOL": "HTTP/" + request.http_version.decode("ascii"),
        "REMOTE_ADDR": str(peer[0]),
        "REMOTE_PORT": str(peer[1]),
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": multiprocess,
        "wsgi.run_once": False,
    }
    for raw_name, raw_value in request.headers:
        name = raw_name.decode("latin-1")
        if "_" in name:
            continue  # X-Foo_Bar would pose as X-Foo-Bar: dropped, as other servers do
        value = raw_value.decode("latin-1")
        if name == "content-length":
            continue
        key = "CONTENT_TYPE" if name == "content-type" else "HTTP_" + name.upper().replace("-", "_")
        environ[key] = f"{environ[key]},{value}" if key in environ else value
    return environ


def _hand_on(after: list[Callable[[], object]]) -> None:
    """Call what the app deferred until its answer was written (quick calls only)."""
    for hand_on in after:
        try:
            hand_on()
        except Exception:
            log.exception("work handed on after a response failed to start")


def _run_app(app: WsgiApp, environ: dict[str, Any]) -> _Answer:
    """Run ``app`` on ``environ`` and collect its whole answer (in a worker thread)."""
    started: list[Any] = []
    written: list[bytes] = []

    def start_response(
        status: str, headers: list[tuple[str, str]], exc_info: Any = None
    ) -> Callable[[bytes], None]:
        if exc_info and started:
            raise exc_info[1].with_traceback(exc_info[2])
        started[:] = [status, headers]
        return written.append

    try:
        result = app(environ, start_response)
        try:
            chunks = [*written, *result]
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        status, headers = started
        code, _, reason = status.partition(" ")
        return _Answer(int(code), reason.encode("latin-1"), list(headers), b"".join(chunks))
    except Exception:
        # The application owns its errors; one that escapes is a bug, answered without detail.
        log.exception("unhandled error answering %s %s", environ["REQUEST_METHOD"],
                      environ["PATH_INFO"])  # fmt: skip
        body = b"internal error\n"
        headers = [("Content-Type", "text/plain; charset=utf-8")]
        return _Answer(500, b"Internal Server Error", headers, body)


async def serve(
    app: WsgiApp,
    limits: Limits,
    sockets: Iterable[socket.socket],
    *,
    threads: int,
    multiprocess: bool = False,
    running: Callable[[], bool] = lambda: True,
    tick: Callable[[], None] = lambda: None,
    grace: float = 25.0,
    every: float = 1.0,
) -> None:
    """Serve ``app`` on listening ``sockets`` while ``running()``; ``tick()`` ``every`` second.

    On the way out, requests in flight get up to ``grace`` seconds to finish.
    """
    with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="wismo-http") as executor:
        front = Front(app, limits, executor, multiprocess=multiprocess)
        servers = [
            await asyncio.start_server(front.handle, sock=sock, limit=_READ_SIZE)
            for sock in sockets
        ]
        try:
            while running():
                tick()
                await asyncio.sleep(every)
        finally:
            for server in servers:
                server.close()
            await front.drain(grace)
