"""``wismo serve`` with several worker processes, as deployed with ``WEB_CONCURRENCY``.

Which worker answers a request is the kernel's choice, so each worker is made the only
one able to accept new connections by freezing the others (SIGSTOP): whatever answers
then is that worker.  No test hook in the product.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.testing.net import free_port, wait_healthy
from bot.testing.slack_requests import SignedSlack
from tests.e2e.processes import serve_env
from tests.e2e.slack_harness import wait_until

pytestmark = [
    pytest.mark.slow,
    pytest.mark.parametrize("db_url", ["sqlite"], indirect=True),
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc"),
]

SECRET = "serve-secret"


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid ...: comm may hold spaces, so split after its ")"
        if int(stat.rpartition(")")[2].split()[1]) == pid:
            found.add(int(entry.name))
    return found


class Served:
    def __init__(self, proc: subprocess.Popen[bytes], base: str, log: Path) -> None:
        self.proc, self.base, self.log = proc, base, log

    def workers(self) -> set[int]:
        return _children(self.proc.pid)

    def answers(self, requests: int = 6, timeout: float = 15.0) -> None:
        """Health and a signed slash command, each on a new connection, all answered.

        The timeout is generous because a just-forked worker on a busy 2-core CI machine has
        missed 5 s once (the full run, not this file alone); an unanswered request still fails.
        """
        for _ in range(requests // 2):
            with httpx.Client(timeout=timeout) as http:
                assert http.get(self.base + "/healthz").text.strip() == "ok"
            sender = SignedSlack(self.base + "/slack/events", SECRET, timeout=timeout)
            try:
                usage = sender.command("/wismo", "", user="U0AGENT")
                assert usage.status_code == 200 and "/wismo queue" in usage.json()["text"]
            finally:
                sender.close()


@contextmanager
def _only(worker: int, others: set[int]) -> Iterator[None]:
    for pid in others:
        os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        for pid in others:
            os.kill(pid, signal.SIGCONT)


@pytest.fixture
def served(db_url, engine, slack, tmp_path) -> Iterator[Served]:
    port = free_port()
    env = serve_env(db_url, slack, port, secret=SECRET)
    env["WEB_CONCURRENCY"] = "2"
    log_path = tmp_path / "serve.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--threads", "4"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    served = Served(proc, f"http://127.0.0.1:{port}", log_path)
    try:
        wait_healthy(proc, served.base, log_path, timeout=90)  # a busy CI machine is slow
        wait_until(
            lambda: len(served.workers()) == 2, timeout=10, interval=0.05, what="two workers"
        )
        yield served
    finally:
        for pid in served.workers():  # never leave a frozen worker behind
            os.kill(pid, signal.SIGCONT)
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise


def test_each_of_two_workers_answers_health_and_signed_slack_requests(served, slack):
    workers = served.workers()
    assert len(workers) == 2
    for worker in sorted(workers):
        with _only(worker, workers - {worker}):
            served.answers()
    # and both together under concurrent load
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda _: served.answers(4), range(8)))
    assert len(slack.calls_to("auth.test")) >= 3  # the master's check, then each worker's
    text = served.log.read_text()
    assert "2 worker processes" in text, text


def test_a_killed_worker_is_replaced_and_the_other_answers_meanwhile(served):
    first, second = sorted(served.workers())
    os.kill(first, signal.SIGKILL)
    served.answers()  # the survivor answers while the master starts a new worker

    def replaced() -> set[int] | None:
        workers = served.workers()
        return workers if len(workers) == 2 and first not in workers else None

    workers = wait_until(replaced, timeout=10, interval=0.05, what="a replacement worker")
    (new,) = workers - {second}
    with _only(new, {second}):
        served.answers()  # the replacement really serves
    assert served.proc.poll() is None


def test_sigterm_stops_master_and_workers(served):
    workers = served.workers()
    served.proc.terminate()
    assert served.proc.wait(timeout=15) == 0
    # the workers were the master's children: gone with it, not left serving
    assert not any(Path(f"/proc/{pid}").exists() for pid in workers) or not any(
        _alive(pid) for pid in workers
    )


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


def _healthz_count(text: str) -> float:
    return sum(
        sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == "wismo_http_request_duration_seconds_count"
        and sample.labels.get("route") == "/healthz"
    )


def test_metrics_add_up_every_worker_process(served):
    """Multiprocess mode: whichever worker answers /metrics counts the requests of both."""
    workers = sorted(served.workers())
    with httpx.Client(timeout=15) as http:
        start = _healthz_count(http.get(served.base + "/metrics").text)
    for worker in workers:
        with _only(worker, set(workers) - {worker}), httpx.Client(timeout=15) as http:
            for _ in range(5):  # five health checks answered by this worker alone
                assert http.get(served.base + "/healthz").status_code == 200
    for worker in workers:  # each worker's scrape adds up both workers' files
        with _only(worker, set(workers) - {worker}), httpx.Client(timeout=15) as http:
            assert _healthz_count(http.get(served.base + "/metrics").text) == start + 10
    assert "metrics at /metrics, counted in" in served.log.read_text()
