"""What an operator watches: Prometheus counters, gauges and histograms of the bot.

Every process counts its own events here (``prometheus-client``).  How they are read:

- ``wismo serve`` runs several gunicorn worker processes, so their counts are kept in
  files (prometheus-client's multiprocess mode) under ``PROMETHEUS_MULTIPROC_DIR``, which
  ``wismo serve`` sets to a temporary folder of its own when it is unset; ``GET
  /metrics`` on any of them adds up every process's files (:func:`exposition`).
- ``wismo worker`` is one process: it serves its own ``/metrics`` on
  ``WISMO_METRICS_PORT`` when that is set.  Scrape both.

Names carry no buyer data: labels are kinds, rules, carriers, routes, never ids or text.
Gauges that describe the database (open messages by time left, replies waiting in the
outbox) are computed at scrape time by the process that is scraped (:class:`OpenMessages`,
:class:`OutboxWaiting`), not counted.

The multiprocess switch is read once, when the first metric is made: :func:`use_dir`
must run before anything counts (``wismo serve`` calls it first thing).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from pathlib import Path

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
    values,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

__all__ = [
    "BREAKER_STATES",
    "CONTENT_TYPE",
    "ENV",
    "TIME_LEFT",
    "CarrierMetrics",
    "Collector",
    "OpenMessages",
    "OutboxWaiting",
    "Registry",
    "exposition",
    "process_dead",
    "registry_for",
    "serve",
    "use_dir",
]

ENV = "PROMETHEUS_MULTIPROC_DIR"
CONTENT_TYPE = CONTENT_TYPE_LATEST
BREAKER_STATES = {"closed": 0, "half_open": 1, "open": 2}
# Buckets of "open messages by time left": (label, at least this much left).
TIME_LEFT: tuple[tuple[str, timedelta | None], ...] = (
    ("over_12h", timedelta(hours=12)),
    ("4h_to_12h", timedelta(hours=4)),
    ("1h_to_4h", timedelta(hours=1)),
    ("under_1h", timedelta(0)),
    ("overdue", None),
)


class Registry:
    """The bot's metrics, made once per process on first use."""

    def __init__(self) -> None:
        self.mails_received = Counter(
            "wismo_mails_received",
            "Mails stored (a repeat of a stored mail is not counted), by kind",
            ["kind"],
        )
        self.cards_posted = Counter("wismo_cards_posted", "Message cards posted to Slack")
        self.decisions = Counter(
            "wismo_decisions", "Decisions recorded on messages (audit rows), by kind", ["kind"]
        )
        self.replies = Counter(
            "wismo_replies",
            "Replies handed to the mail server, by outcome (sent; failed: refused; "
            "retrying; stuck: in doubt; unsent: the database went away, retried)",
            ["outcome"],
        )
        self.gate_refusals = Counter(
            "wismo_gate_refusals",
            "Replies the policy check refused to send, by rule",
            ["rule"],
        )
        self.escalations = Counter(
            "wismo_escalations",
            "Deadline pings posted, by threshold (time left; 0h is a breach)",
            ["threshold"],
        )
        self.carrier_calls = Counter(
            "wismo_carrier_calls",
            "Requests to a carrier's tracking API, by carrier and outcome",
            ["carrier", "outcome"],
        )
        self.carrier_cache_hits = Counter(
            "wismo_carrier_cache_hits",
            "Tracking lookups answered from the cache, by carrier",
            ["carrier"],
        )
        self.carrier_breaker = Gauge(
            "wismo_carrier_breaker_state",
            "A carrier's circuit breaker: 0 closed, 1 half open, 2 open (worst of the processes)",
            ["carrier"],
            multiprocess_mode="livemax",
        )
        self.slack_rate_limited = Counter(
            "wismo_slack_rate_limited",
            "Slack API answers 429 (rate limited), by method",
            ["method"],
        )
        self.request_seconds = Histogram(
            "wismo_http_request_duration_seconds",
            "HTTP requests of wismo serve, by route, method and status class",
            ["route", "method", "status"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
        )

    def count_gate_refusal(self, rules: Iterable[str]) -> None:
        """``wismo_gate_refusals{rule}``: one per distinct rule that blocked a reply."""
        for rule in sorted(set(rules)):
            self.gate_refusals.labels(rule=rule).inc()


_made: Registry | None = None
_lock = threading.Lock()


def get() -> Registry:
    """The process's metrics (made on the first call)."""
    global _made
    if _made is None:
        with _lock:
            if _made is None:
                _made = Registry()
    return _made


def multiprocess_dir() -> str | None:
    return os.environ.get(ENV) or None


def use_dir(path: str | None = None) -> tuple[str, bool]:
    """Keep counts in files under ``path`` (default ``PROMETHEUS_MULTIPROC_DIR``, else a new
    temporary folder); returns the folder and whether this call made it (then the caller
    owns it and removes it with :func:`remove_dir`).  Must run before the first count."""
    made = False
    chosen = path or multiprocess_dir()
    if not chosen:
        chosen = tempfile.mkdtemp(prefix="wismo-metrics-")
        made = True
    # A folder given by the operator is not emptied: a worker may share it.
    Path(chosen).mkdir(parents=True, exist_ok=True)
    os.environ[ENV] = chosen
    values.ValueClass = values.get_value_class()  # type: ignore[no-untyped-call]
    return chosen, made


def remove_dir(path: str) -> None:
    """Remove a folder :func:`use_dir` made (the command that owns it is ending)."""
    if os.environ.get(ENV) == path:
        del os.environ[ENV]
    shutil.rmtree(path, ignore_errors=True)


def process_dead(pid: int) -> None:
    """A gunicorn worker exited: its live gauges no longer count."""
    if multiprocess_dir():
        multiprocess.mark_process_dead(pid)  # type: ignore[no-untyped-call]


class CarrierMetrics:
    """What the tracking service tells (carriers' ``TrackingObserver``), counted."""

    def cache_hit(self, carrier: str) -> None:
        get().carrier_cache_hits.labels(carrier=carrier).inc()

    def called(self, carrier: str, outcome: str) -> None:
        get().carrier_calls.labels(carrier=carrier, outcome=outcome).inc()

    def breaker(self, carrier: str, state: str) -> None:
        get().carrier_breaker.labels(carrier=carrier).set(BREAKER_STATES.get(state, 2))


class OpenMessages(Collector):
    """``wismo_open_messages{time_left}``: open messages by time left before their
    deadline, counted in the database when scraped (one grouped query)."""

    def __init__(self, count: Callable[[datetime], dict[str, int]], clock: Callable[[], datetime]):
        self._count = count
        self._clock = clock

    def collect(self) -> Iterable[Metric]:
        family = GaugeMetricFamily(
            "wismo_open_messages",
            "Buyer messages waiting for an answer, by time left before Amazon's deadline",
            labels=["time_left"],
        )
        try:
            counts = self._count(self._clock())
        except Exception:  # a scrape during a database outage still answers
            counts = {}
        for label, _ in TIME_LEFT:
            family.add_metric([label], counts.get(label, 0))
        yield family


class OutboxWaiting(Collector):
    """``wismo_outbox_waiting{state}`` and ``wismo_outbox_oldest_seconds{state}``: replies
    approved but not out (pending, sending, stuck), and the age of the oldest, counted in
    the database when scraped."""

    STATES = ("pending", "sending", "stuck")

    def __init__(
        self,
        count: Callable[[], dict[str, tuple[int, datetime | None]]],
        clock: Callable[[], datetime],
    ):
        self._count = count
        self._clock = clock

    def collect(self) -> Iterable[Metric]:
        waiting = GaugeMetricFamily(
            "wismo_outbox_waiting", "Approved replies not sent yet, by state", labels=["state"]
        )
        oldest = GaugeMetricFamily(
            "wismo_outbox_oldest_seconds",
            "Age of the oldest approved reply not sent yet, by state (0 when none)",
            labels=["state"],
        )
        try:
            counts = self._count()
        except Exception:  # a scrape during a database outage still answers
            counts = {}
        now = self._clock()
        for state in self.STATES:
            count, since = counts.get(state, (0, None))
            waiting.add_metric([state], count)
            age = (now - since).total_seconds() if since is not None else 0.0
            oldest.add_metric([state], max(age, 0.0))
        yield waiting
        yield oldest


def registry_for(extra: Iterable[Collector] = ()) -> CollectorRegistry:
    """What a scrape reads: every process's counts (this process's alone without the
    multiprocess folder), plus ``extra`` collectors."""
    registry = CollectorRegistry()
    if multiprocess_dir():
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    else:
        from prometheus_client import REGISTRY

        get()  # the bot's metrics exist before the first scrape
        registry.register(REGISTRY)
    for collector in extra:
        registry.register(collector)
    return registry


def exposition(extra: Iterable[Collector] = ()) -> bytes:
    """The text a scrape gets (:func:`registry_for`)."""
    return generate_latest(registry_for(extra))


def serve(port: int, extra: Iterable[Collector] = (), *, addr: str = "0.0.0.0") -> None:
    """Serve ``GET /metrics`` on ``port`` in a thread of this process (``wismo worker``)."""
    from prometheus_client import start_http_server

    start_http_server(port, addr=addr, registry=registry_for(extra))
