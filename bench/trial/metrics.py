"""What the trial measured, and the verdict on what had to hold.

:class:`Sampler` records the queue and memory over time while the trial runs;
:func:`analyse` reads the end state (the database, every Slack call, every mail the SMTP
server received, every click) and works out the figures of the report.

Everything is judged on the simulated calendar the processes ran on (the database's
``due_at``, ``answered_at``...); real instants the trial recorded (a mail dropped, a card
posted, a click, a reply received) are put on it with :class:`bench.trial.timeline.Timeline`.
Latencies are given both ways: real seconds (what the machine did) and simulated
minutes (what a seller would have seen).

Expected deadline pings follow the rules of DESIGN.md §1.6 and ``bot/services/escalations``:
threshold k is due at ``due_at - left``; a sweep posts only the most severe threshold
passed, so threshold k pings when a sweep runs between its time (or the mail's arrival)
and the next threshold's time (or the answer, or the end).  Sweeps run every period (real
seconds), so a window longer than ``margin`` (the period plus slack, in simulated time)
surely saw one, unless it lies in a blind window (a killed worker: from one period before
the kill, when a sweep may have claimed a ping it then never posted, until one period
after its restart logged "worker started"; PostgreSQL down).  A ping is *expected* when
its window surely saw a sweep, *possible* when it may have, and must not happen
otherwise; each must happen at most once.
"""

from __future__ import annotations

import json
import math
import re
import statistics
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from bot.testing.fake_slack import Call
from compliance import check

from .agents import MANAGER, Click
from .fakes import Received
from .mails import Action, PlannedMail
from .procs import Proc
from .timeline import Timeline

__all__ = ["Sample", "Sampler", "analyse", "percentile"]

OPEN = ("received", "drafted", "carded", "sending", "manual", "failed")
CLOSED = ("answered", "no_response", "spam")
_ORDER = re.compile(r"`(\d{3}-\d{7}-\d{7})`")
THRESHOLDS = (timedelta(hours=12), timedelta(hours=4), timedelta(hours=1), timedelta(0))
HOUR = timedelta(hours=1)
LABELS = {
    timedelta(hours=12): "12h",
    timedelta(hours=4): "4h",
    timedelta(hours=1): "1h",
    timedelta(0): "0h",
}


@dataclass(frozen=True, slots=True)
class Sample:
    t: float  # real seconds since the simulated start
    sim_hours: float  # simulated hours since the simulated start
    open: int  # messages whose clock runs
    waiting_card: int  # stored but not yet in Slack
    cards: int  # cards posted so far
    replies: int  # replies the SMTP server accepted so far


class Sampler:
    """Every ``period`` seconds: queue size from the database, memory of each process."""

    def __init__(
        self,
        engine: Engine,
        procs: Callable[[], Iterable[Proc]],
        cards: Callable[[], int],
        replies: Callable[[], int],
        timeline: Timeline,
        period: float = 1.0,
    ) -> None:
        self.engine, self.procs, self.cards, self.replies = engine, procs, cards, replies
        self.timeline, self.period = timeline, period
        self.samples: list[Sample] = []
        self.db_errors = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sampler", daemon=True)

    def begin(self) -> None:
        self._thread.start()

    def end(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.wait(self.period):
            for proc in self.procs():
                proc.sample()
            try:
                with self.engine.connect() as conn:
                    result = conn.execute(
                        text("SELECT state, count(*) FROM messages GROUP BY state")
                    )
                    rows: dict[str, int] = {str(k): int(v) for k, v in result.all()}
            except SQLAlchemyError:
                self.db_errors += 1  # PostgreSQL restarting: a gap in the chart
                continue
            now = time.time()
            self.samples.append(
                Sample(
                    round(now - self.timeline.anchor, 2),
                    round((self.timeline.sim(now) - self.timeline.start) / HOUR, 3),
                    sum(rows.get(s, 0) for s in OPEN),
                    int(rows.get("received", 0)) + int(rows.get("drafted", 0)),
                    self.cards(),
                    self.replies(),
                )
            )


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q`` quantile (0..1) by nearest rank; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1))
    return ordered[rank]


def peak_in_window(times: Sequence[float], width: float) -> int:
    """The most events in any ``width``-second window of sorted ``times``."""
    best = lo = 0
    for hi, t in enumerate(times):
        while times[lo] < t - width:
            lo += 1
        best = max(best, hi - lo + 1)
    return best


def _aware(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def load_messages(engine: Engine) -> dict[str, dict[str, Any]]:
    """Every stored message by its Message-ID (without angle brackets)."""
    query = text(
        "SELECT id, message_id, state, kind, system_kind, order_id, received_at, arrived_at,"
        " due_at, answered_at, closed_at, state_changed_at, slack_channel, slack_ts"
        " FROM messages"
    )
    out: dict[str, dict[str, Any]] = {}
    with engine.connect() as conn:
        for row in conn.execute(query).mappings():
            record = dict(row)
            for key in (
                "received_at",
                "arrived_at",
                "due_at",
                "answered_at",
                "closed_at",
                "state_changed_at",
            ):
                record[key] = _aware(record[key])
            out[str(record["message_id"]).strip("<>")] = record
    return out


def load_queued_cards(engine: Engine) -> set[int]:
    """Messages whose card is still waiting in the poster's queue (not dropped)."""
    query = text(
        "SELECT message_pk FROM slack_posts WHERE state = 'pending' AND purpose = 'card'"
        " AND message_pk IS NOT NULL"
    )
    with engine.connect() as conn:
        return {int(pk) for (pk,) in conn.execute(query).all()}


def load_autopilot(engine: Engine) -> dict[str, str]:
    """Each autopilot hold's state (``sent``, ``stopped``, ...) by the message's Message-ID
    (without angle brackets); empty when the code under trial has no autopilot."""
    query = text(
        "SELECT m.message_id, h.state FROM autopilot_holds h JOIN messages m ON m.id = h.message_pk"
    )
    try:
        with engine.connect() as conn:
            return {str(mid).strip("<>"): str(state) for mid, state in conn.execute(query).all()}
    except Exception:  # no such table: a revision before the autopilot
        return {}


def load_escalations(engine: Engine) -> dict[int, list[dict[str, Any]]]:
    """The store's own record of each ping, by message: to explain a missing one."""
    query = text(
        "SELECT message_pk, threshold, fired_at, posted_at, slack_ts, last_error"
        " FROM escalations ORDER BY id"
    )
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    with engine.connect() as conn:
        for row in conn.execute(query).mappings():
            out[int(row["message_pk"])].append(
                {k: (str(v) if v is not None else None) for k, v in row.items()}
            )
    return dict(out)


def _is_card(call: Call) -> bool:
    return (
        call.method == "chat.postMessage"
        and bool(call.response.get("ok"))
        and not call.args.get("thread_ts")
        and bool(call.args.get("blocks"))
    )


def _is_ping(call: Call) -> bool:
    body = str(call.args.get("text", ""))
    return (
        call.method == "chat.postMessage"
        and bool(call.response.get("ok"))
        and not call.args.get("blocks")
        and (":hourglass_flowing_sand:" in body or "Deadline missed" in body)
    )


def _ping_label(body: str) -> str:
    if "Deadline missed" in body:
        return "0h"
    if f"<@{MANAGER}>" in body:
        return "1h"
    if "<!here>" in body:
        return "4h"
    return "12h"


def _card_key(call: Call) -> str:
    """Which message a card is about: its buttons' value, else its text."""
    blocks = call.response.get("message", {}).get("blocks") or []
    for block in blocks:
        for element in block.get("elements", []) if block.get("type") == "actions" else []:
            if element.get("value"):
                return f"pk:{element['value']}"
    return "text:" + json.dumps(blocks[:4], sort_keys=True)


@dataclass
class Expectation:
    expected: set[str] = field(default_factory=set)
    possible: set[str] = field(default_factory=set)  # ambiguous: any of these, each once
    ambiguous: bool = False


def _sweep_certain(
    a: datetime, b: datetime, margin: timedelta, blind: Sequence[tuple[datetime, datetime]]
) -> bool:
    """True when some sweep surely ran in ``[a, b)``: a stretch of ``margin`` free of blind
    windows (a worker down and its first sweep period after restart, PostgreSQL down)."""
    pieces = [(a, b)]
    for lo, hi in blind:
        pieces = [
            part
            for x, y in pieces
            for part in ((x, min(y, lo)), (max(x, hi), y))
            if part[1] > part[0]
        ]
    return any(y - x >= margin for x, y in pieces)


def expected_pings(
    row: dict[str, Any],
    *,
    end: datetime,
    margin: timedelta,
    blind: Sequence[tuple[datetime, datetime]] = (),
    stalled: Sequence[tuple[datetime, datetime]] = (),
    race: timedelta = timedelta(seconds=2),
) -> Expectation:
    """Which thresholds must, and which may, have pinged for one stored message.

    Threshold k is posted when a sweep runs while it is the most severe one passed: in
    ``[max(T_k, arrived), min(T_next, stop))``.  When a sweep surely ran in that window
    it must have pinged; when the window is empty it must not; otherwise either is right.
    An answer committed while a sweep was reading may be seen after the threshold it
    beat by up to ``race`` (a couple of real seconds, so many simulated minutes).

    A ping claimed while Slack failed (a ``stalled`` window) waits for the worker's first
    sweep after the outage, by which time a more severe threshold may have passed; so a
    window that starts before a stalled one ends counts only up to where the stall began.
    """
    out = Expectation()
    due, arrived = row["due_at"], row["arrived_at"]
    if row["state"] not in OPEN + CLOSED or due is None or arrived is None:
        return out  # system and malformed mail have no deadline
    closed = None
    if row["state"] in CLOSED:
        closed = row["answered_at"] or row["closed_at"] or row["state_changed_at"]
    stop = min(end, closed) if closed else end
    ordered = [(LABELS[left], due - left) for left in THRESHOLDS]  # earliest first
    for k, (label, at) in enumerate(ordered):
        nxt = ordered[k + 1][1] if k + 1 < len(ordered) else stop
        a, b = max(at, arrived), min(nxt, stop)
        if a >= b:
            if closed and stop <= at < stop + race:
                out.possible.add(label)  # answered in the same moment it came due
            continue
        sure = b
        for lo, hi in stalled:
            if a < hi:
                sure = min(sure, lo)
        if sure > a and _sweep_certain(a, sure, margin, blind):
            out.expected.add(label)
        else:
            out.possible.add(label)
    out.ambiguous = bool(out.possible)
    return out


def analyse(
    *,
    plan: Sequence[PlannedMail],
    dropped: dict[str, float],
    rows: dict[str, dict[str, Any]],
    calls: Sequence[Call],
    received: Sequence[Received],
    clicks: Sequence[Click],
    end: float,
    timeline: Timeline,
    margin: float,
    queued: frozenset[int] | set[int] = frozenset(),
    escalation_rows: dict[int, list[dict[str, Any]]] | None = None,
    blind: Sequence[tuple[float, float]] = (),
    stalled: Sequence[tuple[float, float]] = (),
    autopilot: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Every figure of the report, and the list of what did not hold.

    ``end``, ``blind``, ``stalled`` and every recorded instant are real (Unix seconds);
    ``margin`` is in real seconds too.  They are put on the simulated calendar here.
    """
    tl = timeline
    start = tl.anchor
    end_dt = tl.sim(end)
    by_id = {m.message_id: m for m in plan}
    pk_to_mid = {int(r["id"]): mid for mid, r in rows.items()}

    # Cards: first post per message, and any second one.
    card_calls = [c for c in calls if _is_card(c)]
    first_card: dict[str, float] = {}
    card_count: Counter[str] = Counter()
    for call in card_calls:
        key = _card_key(call)
        card_count[key] += 1
        first_card.setdefault(key, call.at)
    ts_to_mid = {str(r["slack_ts"]): mid for mid, r in rows.items() if r.get("slack_ts")}
    carded_at: dict[str, float] = {}
    for call in card_calls:
        key = _card_key(call)
        mid = None
        if key.startswith("pk:"):
            mid = pk_to_mid.get(int(key[3:]))
        if mid is None:
            mid = ts_to_mid.get(str(call.response.get("ts")))
        if mid is not None:
            carded_at.setdefault(mid, call.at)
    duplicate_cards = sum(n - 1 for n in card_count.values() if n > 1)
    channel_posts = sorted(
        c.at for c in calls if c.method == "chat.postMessage" and c.response.get("ok")
    )
    card_times: dict[str, list[float]] = defaultdict(list)
    for call in card_calls:
        card_times[_card_key(call)].append(round(call.at - start, 1))
    duplicate_examples = {key[:60]: times for key, times in card_times.items() if len(times) > 1}

    # Lost: never stored, or stored and never shown to anyone.
    missing = [m.message_id for m in plan if m.message_id not in rows]
    stuck = [
        mid
        for mid in dropped
        if mid in rows
        and mid not in carded_at
        and rows[mid]["state"] not in ("system",)  # notices without a card are routed
    ]
    # Late, not lost: still on its way (to be drafted, or its card queued for the poster).
    still_queued = [
        mid
        for mid in stuck
        if int(rows[mid]["id"]) in queued or rows[mid]["state"] in ("received", "drafted")
    ]
    dropped_ = [mid for mid in stuck if mid not in still_queued]
    time_to_card = [carded_at[mid] - dropped[mid] for mid in carded_at if mid in dropped]

    # Replies.
    per_thread = Counter(r.in_reply_to for r in received)
    per_msgid = Counter(r.message_id for r in received)
    twice = {k: n for k, n in per_thread.items() if n > 1}
    twice_ids = {k: n for k, n in per_msgid.items() if n > 1}
    noncompliant = []
    for r in received:
        mail = by_id.get(r.in_reply_to)
        report = check(r.body, lang=mail.language if mail else None)
        if not report.compliant:
            noncompliant.append(
                {"in_reply_to": r.in_reply_to, "rules": sorted({f.rule for f in report.blocking})}
            )
    replied = {r.in_reply_to for r in received}
    holds = autopilot or {}
    by_autopilot = {mid for mid, state in holds.items() if state == "sent"}
    # A reply is expected when an agent approved it, or when the autopilot sent it.
    unexpected_replies = sorted(
        mid
        for mid in replied
        if mid not in by_autopilot
        and (
            mid not in by_id
            or by_id[mid].action
            in {Action.IGNORE, Action.REJECT_MANUAL, Action.REJECT_NO_RESPONSE, Action.REJECT_SPAM}
        )
    )
    first_reply: dict[str, float] = {}
    for r in sorted(received, key=lambda r: r.at):
        first_reply.setdefault(r.in_reply_to, r.at)
    sending_clicks: dict[str, float] = {}
    for click in sorted(clicks, key=lambda c: c.at):
        if click.action in {"approve", "edit"}:
            sending_clicks.setdefault(click.message_id, click.at)
    click_to_sent = [
        first_reply[mid] - at for mid, at in sending_clicks.items() if mid in first_reply
    ]
    decided_not_sent = sorted(mid for mid in sending_clicks if mid not in first_reply)

    # Deadline pings.
    pings: dict[str, Counter[str]] = defaultdict(Counter)
    order_to_mid = {m.order_id: m.message_id for m in plan if m.order_id}
    unmatched_pings = 0
    for call in calls:
        if not _is_ping(call):
            continue
        body = str(call.args.get("text", ""))
        found = _ORDER.search(body)
        mid = order_to_mid.get(found.group(1)) if found else None
        if mid is None and call.args.get("thread_ts"):
            mid = ts_to_mid.get(str(call.args["thread_ts"]))
        if mid is None:
            unmatched_pings += 1
            continue
        pings[mid][_ping_label(body)] += 1
    explain: dict[str, Any] = {}
    blind_dt = [(tl.sim(a), tl.sim(b)) for a, b in blind]
    stalled_dt = [(tl.sim(a), tl.sim(b)) for a, b in stalled]
    margin_sim = tl.sim_span(margin)
    race = tl.sim_span(2.0)
    expected_total = fired_expected = ambiguous = 0
    missing_pings: list[str] = []
    extra_pings: list[str] = []
    repeated_pings: list[str] = []
    for mid, row in rows.items():
        exp = expected_pings(
            row, end=end_dt, margin=margin_sim, blind=blind_dt, stalled=stalled_dt, race=race
        )
        got = pings.get(mid, Counter())
        for label, n in got.items():
            if n > 1:
                repeated_pings.append(f"{mid} {label} x{n}")
        ambiguous += exp.ambiguous
        expected_total += len(exp.expected)
        fired_expected += sum(1 for label in exp.expected if got.get(label))
        action = by_id[mid].action if mid in by_id else "?"
        missed = [f"{mid} {label} ({action})" for label in exp.expected if not got.get(label)]
        extra = [
            f"{mid} {label} ({action})"
            for label in got
            if label not in exp.expected and label not in exp.possible
        ]
        missing_pings += missed
        extra_pings += extra
        if (missed or extra) and len(explain) < 10:
            explain[mid] = {
                "expected": sorted(exp.expected),
                "possible": sorted(exp.possible),
                "posted": dict(got),
                "state": row["state"],
                "arrived_at": str(row["arrived_at"]),
                "due_at": str(row["due_at"]),
                "answered_at": str(row["answered_at"]),
                "end": str(end_dt),
                "store": (escalation_rows or {}).get(int(row["id"]), []),
            }

    # Deadlines: answered in time, breached.
    buyer_rows = [r for r in rows.values() if r["state"] in OPEN + CLOSED and r["due_at"]]
    in_time = sum(1 for r in buyer_rows if r["answered_at"] and r["answered_at"] <= r["due_at"])
    answered_late = sum(
        1 for r in buyer_rows if r["answered_at"] and r["answered_at"] > r["due_at"]
    )
    open_overdue = sum(
        1
        for r in buyer_rows
        if not r["answered_at"] and r["state"] in OPEN and r["due_at"] < end_dt
    )
    breached = answered_late + open_overdue
    states = Counter(str(r["state"]) for r in rows.values() if r["message_id"].strip("<>") in by_id)

    def seconds(values: Sequence[float]) -> dict[str, float | None]:
        def r3(v: float | None) -> float | None:
            return None if v is None else round(v, 3)

        def sim_minutes(v: float | None) -> float | None:
            return None if v is None else round(v * tl.speed / 60, 1)

        p50, p99 = percentile(values, 0.5), percentile(values, 0.99)
        top = max(values) if values else None
        return {
            "count": len(values),
            "p50": r3(p50),
            "p99": r3(p99),
            "max": r3(top),
            "mean": r3(statistics.fmean(values) if values else None),
            "p50_sim_minutes": sim_minutes(p50),
            "p99_sim_minutes": sim_minutes(p99),
            "max_sim_minutes": sim_minutes(top),
        }

    figures = {
        "messages": {
            "generated": len(plan),
            "buyer": sum(1 for m in plan if m.kind == "buyer"),
            "system": sum(1 for m in plan if m.kind == "system"),
            "malformed": sum(1 for m in plan if m.kind == "malformed"),
            "received": sum(1 for m in plan if m.message_id in rows),
            "carded": len(carded_at),
            "answered": sum(1 for r in buyer_rows if r["answered_at"]),
            "answered_within_24h": in_time,
            "breached": breached,
            "breached_answered_late": answered_late,
            "breached_still_open": open_overdue,
            "states": dict(sorted(states.items())),
        },
        "lost": {
            "count": len(missing) + len(dropped_),
            "never_stored": missing[:20],
            "never_shown": dropped_[:20],
            # Not lost: still on its way to a card when the trial ended (drafting backlog,
            # the poster's queue, or a card claimed by a killed worker whose lease runs).
            "card_still_queued": len(still_queued),
            "card_still_queued_examples": still_queued[:10],
        },
        "duplicate_cards": duplicate_cards,
        "duplicate_card_examples": dict(list(duplicate_examples.items())[:10]),
        "replies": {
            "sent": len(received),
            "sent_twice": len(twice) + len(twice_ids),
            "twice": dict(list(twice.items())[:20]),
            "non_compliant": len(noncompliant),
            "non_compliant_examples": noncompliant[:10],
            "to_messages_not_approved": len(unexpected_replies),
            "approved_but_not_sent": len(decided_not_sent),
            "approved_but_not_sent_examples": decided_not_sent[:10],
        },
        "escalations": {
            "expected": expected_total,
            "fired_expected": fired_expected,
            "missing": missing_pings[:20],
            "missing_count": len(missing_pings),
            "unexpected": extra_pings[:20],
            "unexpected_count": len(extra_pings),
            "repeated": repeated_pings[:20],
            "repeated_count": len(repeated_pings),
            "ambiguous_messages": ambiguous,
            "explain": explain,
            "unmatched": unmatched_pings,
            "posted_total": sum(sum(c.values()) for c in pings.values()),
            "posted_by_threshold": dict(
                sorted(sum((c for c in pings.values()), Counter[str]()).items())
            ),
        },
        "latency_seconds": {
            "mail_to_card": seconds(time_to_card),
            "click_to_sent": seconds(click_to_sent),
        },
        "clicks": dict(Counter(c.action for c in clicks)),
        # Slack allows about one message a second per channel: the busiest 10 s seen.
        "peak_posts_per_10s": peak_in_window(channel_posts, 10.0),
        "duration_seconds": round(end - start, 1),
        "simulated_hours": round((end_dt - tl.start) / timedelta(hours=1), 2),
        # (simulated hours since the start, real seconds from mail to card) for each card
        "card_timeline": sorted(
            (
                round((tl.sim(carded_at[mid]) - tl.start) / timedelta(hours=1), 3),
                round(carded_at[mid] - dropped[mid], 3),
            )
            for mid in carded_at
            if mid in dropped
        ),
    }
    answered = figures["messages"]["answered"]
    auto_sent = len(by_autopilot & replied)
    figures["autopilot"] = {
        "enabled": autopilot is not None and bool(holds),
        "holds": dict(sorted(Counter(holds.values()).items())),
        "sent": auto_sent,
        "share_of_answered": round(auto_sent / answered, 4) if answered else None,
        "share_of_buyer": round(auto_sent / figures["messages"]["buyer"], 4)
        if figures["messages"]["buyer"]
        else None,
        # replies of the autopilot that the send-time check would refuse: must stay 0
        "non_compliant": sum(
            1 for r in noncompliant if isinstance(r, dict) and r.get("in_reply_to") in by_autopilot
        ),
    }
    figures["held"] = verdict(figures)
    figures["also_checked"] = also_checked(figures)
    return figures


def verdict(figures: dict[str, Any]) -> dict[str, bool]:
    """What issue 8 says must hold under every fault."""
    esc = figures["escalations"]
    return {
        "zero_lost": figures["lost"]["count"] == 0,
        "zero_duplicate_replies": figures["replies"]["sent_twice"] == 0,
        "zero_non_compliant_sent": figures["replies"]["non_compliant"] == 0,
        "every_expected_escalation_once": esc["missing_count"] == 0
        and esc["repeated_count"] == 0
        and esc["unexpected_count"] == 0,
        "no_reply_without_approval": figures["replies"]["to_messages_not_approved"] == 0,
    }


def also_checked(figures: dict[str, Any]) -> dict[str, bool]:
    """Measured and shown, but not part of what must hold (a person notices, no harm done)."""
    return {
        "zero_duplicate_cards": figures["duplicate_cards"] == 0,
        "every_approval_sent": figures["replies"]["approved_but_not_sent"] == 0,
    }
