"""How ``wismo serve`` answers while clients stall mid-request (issue 13, item 4).

Starts ``wismo serve`` as deployed (``WEB_CONCURRENCY`` processes, default as it picks)
on 127.0.0.1 against a fake Slack Web API and a SQLite database.  Then, for 0, 200 and
900 stalled clients (each connects, sends headers that promise a 4 KB body and one
byte of it, and hangs), it measures ``GET /healthz`` and a signed ``/wismo`` slash
command (``/healthz`` on a new connection each time, the commands on a kept-alive one, as
Slack sends them), and prints p50, p99 and max.  The stalled clients
are closed after each round (the bot would cut them off at WISMO_HTTP_READ_TIMEOUT).

Run: .venv/bin/python bench/slow_clients_bench.py   (no network beyond 127.0.0.1)
     WEB_CONCURRENCY=1 .venv/bin/python bench/slow_clients_bench.py
"""

from __future__ import annotations

import logging
import socket
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.slack_bench import SECRET, pct, start_bot, stop_bot  # noqa: E402
from bot.db import create_db_engine, upgrade  # noqa: E402
from bot.testing.fake_slack import FakeSlack  # noqa: E402
from bot.testing.slack_requests import SignedSlack  # noqa: E402

ROUNDS = (0, 200, 900)  # a process takes 1,000 connections, then answers 503
SAMPLES = 60  # of each request kind per round
HEAD = (
    b"POST /slack/events HTTP/1.1\r\nHost: bot\r\n"
    b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 4000\r\n\r\nt"
)


def stall(port: int, count: int) -> list[socket.socket]:
    held = []
    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        sock.sendall(HEAD)
        held.append(sock)
    return held


def health_check(port: int) -> bytes:
    """``GET /healthz`` on a new connection, with a raw socket: no client set-up timed."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: bot\r\nConnection: close\r\n\r\n")
        answer = b""
        while chunk := sock.recv(4096):
            answer += chunk
        return answer


def main() -> int:
    logging.basicConfig(level=logging.ERROR)
    tmp = tempfile.TemporaryDirectory()
    db_url = f"sqlite:///{tmp.name}/bench.db"
    upgrade(create_db_engine(db_url))
    with FakeSlack() as slack:
        proc, events_url = start_bot(db_url, slack.base_url, Path(tmp.name) / "serve.log")
        base = events_url.rsplit("/slack/events", 1)[0]
        port = int(base.rsplit(":", 1)[1])
        sender = SignedSlack(events_url, SECRET, timeout=10)
        print(f"{'stalled':>8} {'request':<16} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
        try:
            for count in ROUNDS:
                held = stall(port, count)
                health: list[float] = []
                signed: list[float] = []
                for _ in range(SAMPLES):
                    started = time.perf_counter()
                    assert health_check(port).startswith(b"HTTP/1.1 200 ")
                    health.append(time.perf_counter() - started)
                    started = time.perf_counter()
                    assert sender.command("/wismo", "", user="U0AGENT").status_code == 200
                    signed.append(time.perf_counter() - started)
                for name, values in (("GET /healthz", health), ("signed /wismo", signed)):
                    print(
                        f"{count:>8} {name:<16} {pct(values, 0.5) * 1000:>8.1f} "
                        f"{pct(values, 0.99) * 1000:>8.1f} {max(values) * 1000:>8.1f}"
                    )
                for sock in held:
                    sock.close()
        finally:
            sender.close()
            stop_bot(proc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
