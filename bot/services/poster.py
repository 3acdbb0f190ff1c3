"""The paced card poster: the only writer of new messages to the queue channel.

Slack allows about one message a second per channel, so cards are not posted where they
are drafted: a ``slack_posts`` row is queued (``card:<message id>``, once per message),
and :func:`post_due`, called in a loop by the worker, posts the most urgent deadline
first with a pause between two posts to the same channel.

Each row is claimed (a conditional UPDATE moving its ``next_attempt_at`` a lease ahead)
before it is posted, so two workers never post the same card.  On PostgreSQL one worker
at a time posts (a session advisory lock, released by the server if the worker dies), so
the one-a-second pace holds for the channel however many workers run.  When Slack answers 429
the row waits for ``Retry-After`` and the channel pauses; a 5xx or a network failure
backs off; the row stays pending meanwhile, so nothing is lost while Slack is down.
Only a payload Slack refuses outright (``invalid_blocks``...) fails for good, loudly.
After a card is posted its ``channel``/``ts`` are stored on the message, which moves
from DRAFTED to CARDED.  The poster also refreshes the card of a reply the worker sent
(or gave up on) after the mail server made it wait.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy import CursorResult, Engine, and_, or_, select, text, update

from bot.bootstrap import Services
from bot.clock import clock_speed
from bot.db.models import MessageRow, OutboxRow, OutboxState, PostState, SlackPostRow
from bot.db.outage import database_errors
from bot.db.uow import SqlUnitOfWork, UowFactory
from bot.domain import MessageState, SystemKind
from bot.services.deciding import current
from bot.slack.lookup import find_post, post_metadata

__all__ = [
    "CARD",
    "CARD_UPDATE",
    "PERMANENT_ERRORS",
    "Pacer",
    "PostCounts",
    "enqueue_card_update",
    "enqueue_cards",
    "enqueue_settled_updates",
    "post_due",
]

log = logging.getLogger(__name__)

CARD = "card"
CARD_UPDATE = "card_update"

PERMANENT_ERRORS = frozenset(
    {"invalid_blocks", "invalid_blocks_format", "msg_too_long", "invalid_arguments", "no_text"}
)
"""Slack refuses this payload as such: retrying the same bytes cannot help."""

SETTLED_WINDOW = timedelta(days=2)
"""How far back :func:`enqueue_settled_updates` looks for replies sent after a retry."""

LEASE = timedelta(minutes=5)
"""How long a claimed row is left to its poster before another may take it."""

POSTER_LOCK = 0x5749534D4F  # "WISMO": the advisory lock key of the single poster


_BACKOFF_BASE = timedelta(seconds=5)
_BACKOFF_CAP = timedelta(minutes=10)

# Amazon notices somebody must act on get a card; sent-copy confirmations do not.
_NOTICE_KINDS = (
    SystemKind.A_TO_Z_CLAIM,
    SystemKind.RETURN_REQUEST,
    SystemKind.DELIVERY_FAILURE,
    SystemKind.OPT_OUT_BOUNCE,
)


@dataclass(frozen=True, slots=True)
class PostCounts:
    posted: int = 0
    retrying: int = 0  # Slack rate-limited, failed or unreachable: the row waits
    failed: int = 0  # Slack refused the payload itself: logged for a human


class Pacer:
    """At most one post per ``interval`` seconds per channel, shared by threads."""

    def __init__(
        self,
        interval: float = 1.1,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def blocked(self, channel: str) -> bool:
        """True while a 429 told us to keep away from ``channel``."""
        with self._lock:
            return self._next.get(channel, 0.0) - self._clock() > self.interval

    def wait(self, channel: str) -> None:
        with self._lock:
            now = self._clock()
            at = max(self._next.get(channel, now), now)
            self._next[channel] = at + self.interval
        if at > now:
            self._sleep(at - now)

    def hold(self, channel: str, seconds: float) -> None:
        with self._lock:
            self._next[channel] = max(self._next.get(channel, 0.0), self._clock() + seconds)


def enqueue_cards(uow: SqlUnitOfWork, *, channel: str, now: datetime, limit: int = 200) -> int:
    """Queue a card for every drafted message (and every notice a human must see) that
    has none yet.  Idempotent: the ``card:<id>`` key admits one post per message."""
    wanted = or_(
        MessageRow.state.in_([MessageState.DRAFTED, MessageState.MALFORMED]),
        and_(MessageRow.state == MessageState.SYSTEM, MessageRow.system_kind.in_(_NOTICE_KINDS)),
    )
    queued = select(SlackPostRow.message_pk).where(SlackPostRow.purpose == CARD)
    rows = uow.session.execute(
        select(MessageRow.id, MessageRow.due_at)
        .where(wanted, MessageRow.slack_ts.is_(None), MessageRow.id.not_in(queued))
        .order_by(MessageRow.due_at)
        .limit(limit)
    ).all()
    added = 0
    for pk, due_at in rows:
        added += uow.slack_posts.enqueue(
            dedupe_key=f"{CARD}:{pk}",
            purpose=CARD,
            channel=channel,
            priority_at=due_at,
            now=now,
            message_pk=pk,
        )
    return added


def enqueue_card_update(uow: SqlUnitOfWork, pk: int, *, now: datetime) -> bool:
    """Queue a refresh of message ``pk``'s card (after the worker sent its reply, say)."""
    row = uow.messages.get(pk)
    if row is None or not row.slack_channel or not row.slack_ts:
        return False
    return uow.slack_posts.enqueue(
        dedupe_key=f"{CARD_UPDATE}:{pk}:{row.version}",
        purpose=CARD_UPDATE,
        channel=row.slack_channel,
        priority_at=now,
        now=now,
        message_pk=pk,
    )


def enqueue_settled_updates(uow: SqlUnitOfWork, *, now: datetime, limit: int = 100) -> int:
    """Queue a card refresh for replies the worker's outbox settled after a retry.

    A reply sent at the click updates its card there and then; one that had to wait for
    the mail server (``attempts > 1``) is sent later by the worker, and its card would
    keep saying "sending".  Keyed by the message's version: one refresh per change.
    """
    rows = uow.session.execute(
        select(MessageRow.id, MessageRow.version, MessageRow.slack_channel)
        .join(OutboxRow, OutboxRow.message_pk == MessageRow.id)
        .where(
            OutboxRow.attempts > 1,
            OutboxRow.state.in_([OutboxState.SENT, OutboxState.FAILED, OutboxState.STUCK]),
            OutboxRow.created_at >= now - SETTLED_WINDOW,
            MessageRow.slack_ts.is_not(None),
        )
        .limit(limit)
    ).all()
    added = 0
    for pk, version, channel in rows:
        added += uow.slack_posts.enqueue(
            dedupe_key=f"{CARD_UPDATE}:{pk}:{version}",
            purpose=CARD_UPDATE,
            channel=channel or "",
            priority_at=now,
            now=now,
            message_pk=pk,
        )
    return added


def post_due(
    services: Services,
    client: WebClient,
    *,
    now: datetime,
    limit: int = 20,
    pacer: Pacer | None = None,
) -> PostCounts:
    """Post up to ``limit`` queued cards and posts, most urgent first, paced per channel.

    Returns at once with nothing posted while another worker holds the poster lock.
    """
    with sole_poster(services.engine) as mine:
        if not mine:
            return PostCounts(posted=0, retrying=0, failed=0)
        pacer = pacer or Pacer(services.settings.post_interval_seconds)
        speed = clock_speed(services.clock)
        return _post_due(services, client, now=now, limit=limit, pacer=pacer, speed=speed)


@contextmanager
def sole_poster(engine: Engine) -> Iterator[bool]:
    """Yield whether this process may post now: one poster across all workers.

    Slack's limit is per channel, not per process, so two workers pacing themselves
    separately would post twice as fast as Slack allows.  SQLite deployments run one
    worker, so only PostgreSQL needs the lock.
    """
    if engine.dialect.name != "postgresql":
        yield True
        return
    with database_errors(), engine.connect() as conn:
        got = bool(
            conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": POSTER_LOCK}).scalar()
        )
        conn.commit()
        try:
            yield got
        finally:
            if got:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": POSTER_LOCK})
                conn.commit()


def _post_due(
    services: Services,
    client: WebClient,
    *,
    now: datetime,
    limit: int,
    pacer: Pacer,
    speed: float,
) -> PostCounts:
    # Leases and back-offs wait for Slack, which keeps real time: on a simulated clock
    # (a trial's WISMO_CLOCK_SPEED) they stretch by its speed.
    uow_factory = services.uow_factory
    with uow_factory() as uow:
        if services.settings.channel:
            enqueue_cards(uow, channel=services.settings.channel, now=now)
        enqueue_settled_updates(uow, now=now)
        uow.commit()
    with uow_factory() as uow:
        due = [
            (r.id, r.dedupe_key, r.channel, r.purpose, r.message_pk, r.payload, r.attempts,
             r.claimed_at is not None)
            for r in uow.slack_posts.next_due(now=now, limit=limit)
        ]  # fmt: skip
    posted = retrying = failed = 0
    for pk, key, channel, purpose, message_pk, payload, attempts, unfinished in due:
        if pacer.blocked(channel) or not _claim(uow_factory, pk, now=now, lease=LEASE * speed):
            continue
        pacer.wait(channel)
        try:
            # A post whose outcome we never recorded (the poster died) or that failed
            # ambiguously (a timeout after Slack took it) may be in the channel already.
            look = (unfinished or attempts > 0) and purpose != CARD_UPDATE
            ts = (find_post(client, channel, key) if look else None) or _deliver(
                services, client, channel, purpose, message_pk, payload, key=key, now=now
            )
        except SlackApiError as exc:
            outcome = _after_slack_error(
                uow_factory, pk, exc, attempts, pacer, channel, now=now, speed=speed
            )
            if outcome == "failed":
                failed += 1
            else:
                retrying += 1
        except OSError as exc:  # refused, reset, timed out: Slack is unreachable
            delay = _backoff(attempts) * speed
            _retry_later(uow_factory, pk, f"Slack unreachable: {exc}", delay, now)
            retrying += 1
        else:
            _settle(uow_factory, pk, purpose, message_pk, channel, ts, now=now)
            posted += 1
    return PostCounts(posted=posted, retrying=retrying, failed=failed)


# -- steps ---------------------------------------------------------------------------


def _claim(uow_factory: UowFactory, pk: int, *, now: datetime, lease: timedelta) -> bool:
    with uow_factory() as uow:
        result = uow.session.execute(
            update(SlackPostRow)
            .where(
                SlackPostRow.id == pk,
                SlackPostRow.state == PostState.PENDING,
                or_(SlackPostRow.next_attempt_at.is_(None), SlackPostRow.next_attempt_at <= now),
            )
            .values(next_attempt_at=now + lease, claimed_at=now)
            .execution_options(synchronize_session=False)
        )
        uow.commit()
    assert isinstance(result, CursorResult)
    return result.rowcount == 1


def _deliver(
    services: Services,
    client: WebClient,
    channel: str,
    purpose: str,
    message_pk: int | None,
    payload: Mapping[str, Any] | None,
    *,
    key: str,
    now: datetime,
) -> str:
    from bot.slack.blocks import card  # handlers render; the service only decides when

    metadata = post_metadata(key)
    if purpose in {CARD, CARD_UPDATE} and message_pk is not None:
        rendered = card(current(services, message_pk), now=now)
        if purpose == CARD_UPDATE:
            with services.uow_factory() as uow:
                row = uow.messages.get(message_pk)
                where = (row.slack_channel, row.slack_ts) if row is not None else (None, None)
            response = client.chat_update(
                channel=where[0] or channel, ts=where[1] or "", **rendered
            )
        else:
            response = client.chat_postMessage(channel=channel, metadata=metadata, **rendered)
    else:
        fields = {"metadata": metadata, **dict(payload or {})}
        response = client.chat_postMessage(channel=channel, **fields)
    return str(response.get("ts") or "")


def _settle(
    uow_factory: UowFactory,
    pk: int,
    purpose: str,
    message_pk: int | None,
    channel: str,
    ts: str,
    *,
    now: datetime,
) -> None:
    with uow_factory() as uow:
        uow.slack_posts.mark_posted(pk, ts=ts, now=now)
        if purpose == CARD and message_pk is not None:
            values = {"slack_channel": channel, "slack_ts": ts}
            if not uow.messages.transition(
                message_pk,
                expected={MessageState.DRAFTED},
                new=MessageState.CARDED,
                actor=None,
                now=now,
                **values,
            ):
                uow.session.execute(
                    update(MessageRow)
                    .where(MessageRow.id == message_pk)
                    .values(**values)
                    .execution_options(synchronize_session=False)
                )
        uow.commit()


def _after_slack_error(
    uow_factory: UowFactory,
    pk: int,
    exc: SlackApiError,
    attempts: int,
    pacer: Pacer,
    channel: str,
    *,
    now: datetime,
    speed: float,
) -> str:
    status = exc.response.status_code
    error = str(exc.response.get("error") or f"HTTP {status}")
    if status == 429:
        wait = _retry_after(exc.response.headers)
        pacer.hold(channel, wait)
        delay = timedelta(seconds=wait) * speed
        _retry_later(uow_factory, pk, f"rate limited by Slack ({error})", delay, now)
        return "retrying"
    if status < 500 and error in PERMANENT_ERRORS:
        log.error("slack post %s refused for good: %s %s", pk, error, exc.response.data)
        with uow_factory() as uow:
            uow.session.execute(
                update(SlackPostRow)
                .where(SlackPostRow.id == pk)
                .values(
                    state=PostState.FAILED,
                    last_error=f"Slack refused the post: {error}",
                    claimed_at=None,
                )
                .execution_options(synchronize_session=False)
            )
            uow.commit()
        return "failed"
    if status < 500:  # channel_not_found, not_in_channel, invalid_auth: a set-up problem
        log.error("slack post %s: Slack says %s; check the app's set-up. Will retry.", pk, error)
    _retry_later(uow_factory, pk, f"Slack answered {error}", _backoff(attempts) * speed, now)
    return "retrying"


def _retry_later(
    uow_factory: UowFactory, pk: int, error: str, delay: timedelta, now: datetime
) -> None:
    with uow_factory() as uow:
        uow.slack_posts.retry_later(pk, error=error, next_attempt_at=now + delay)
        uow.commit()


def _backoff(attempts: int) -> timedelta:
    factor: int = 2 ** min(attempts, 10)
    return min(_BACKOFF_BASE * factor, _BACKOFF_CAP)


def _retry_after(headers: Mapping[str, Any]) -> float:
    for key, value in headers.items():
        if key.lower() == "retry-after":
            raw = value[0] if isinstance(value, list | tuple) else value
            try:
                return max(float(raw), 1.0)
            except (TypeError, ValueError):
                break
    return 30.0
