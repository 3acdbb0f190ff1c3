"""The card poster: what goes to the queue channel, and in which order.

Slack allows about one message a second per channel, so cards are not posted where they
are drafted: a ``slack_posts`` row is queued (``card:<message id>``, once per message),
and :func:`post_due`, called in a loop by the worker, posts the most urgent deadline
first through the Slack sender port (:class:`bot.ports.SlackSender`), which keeps the pace
per channel for every writer of the process.

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

A buyer's later message in a conversation that already has a card gets no card of its own
(``follow_up:<message id>``): the message goes into the card's thread and the card is
redrawn with it, needing an answer again.  Every card refresh shows the conversation's
latest message, whichever of its messages asked for the refresh.  A follow-up that comes
while the first card still waits in the queue (the poster has not run, or Slack holds the
channel) gets no card either: it waits for that card, which shows it, and then goes into
its thread.

A buyer's stored files (:class:`bot.db.models.FileRow`) follow their message's card or
thread post (``files:<message id>``): each is uploaded into the card's thread through
Slack's external upload, and marked with its Slack file id, so a retry after a failure
uploads only the files not yet there (a crash between Slack's answer and the mark may
show one file twice; never none).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine

from bot import metrics
from bot.clock import clock_speed
from bot.db.locks import sole_holder
from bot.db.models import MessageRow
from bot.db.uow import SqlUnitOfWork, UowFactory
from bot.domain import MessageState, SystemKind
from bot.errors import SlackRateLimited, SlackRefused, SlackUnreachable
from bot.ports import SlackSender
from bot.services.conversations import conversation_head
from bot.services.deciding import current
from bot.services.deps import Deps
from bot.slack.blocks import card, file_skipped_note, follow_up_note

__all__ = [
    "CARD",
    "CARD_UPDATE",
    "FILES",
    "FOLLOW_UP",
    "PostCounts",
    "enqueue_card_update",
    "enqueue_cards",
    "enqueue_settled_updates",
    "post_due",
    "sole_poster",
]

log = logging.getLogger(__name__)

CARD = "card"
CARD_UPDATE = "card_update"
FOLLOW_UP = "follow_up"
FILES = "files"

SETTLED_WINDOW = timedelta(days=2)
"""How far back :func:`enqueue_settled_updates` looks for replies sent after a retry."""

LEASE = timedelta(minutes=5)
"""How long a claimed row is left to its poster before another may take it."""

POSTER_LOCK = 0x5749534D4F  # "WISMO": the advisory lock key of the single poster


_BACKOFF_BASE = timedelta(seconds=5)
_BACKOFF_CAP = timedelta(minutes=10)

# Amazon notices somebody must act on get a card, and so does Amazon mail we do not
# recognise (nothing is kept unseen); sent-copy confirmations do not.
_NOTICE_KINDS = (
    SystemKind.OTHER,
    SystemKind.A_TO_Z_CLAIM,
    SystemKind.CHARGEBACK,
    SystemKind.AMAZON_CS_CONTACT,
    SystemKind.POLICY_WARNING,
    SystemKind.RETURN_REQUEST,
    SystemKind.DELIVERY_FAILURE,
    SystemKind.OPT_OUT_BOUNCE,
)


@dataclass(frozen=True, slots=True)
class PostCounts:
    posted: int = 0
    retrying: int = 0  # Slack rate-limited, failed or unreachable: the row waits
    failed: int = 0  # Slack refused the payload itself: logged for a human


def enqueue_cards(
    uow: SqlUnitOfWork, *, channels: Mapping[str, str], now: datetime, limit: int = 200
) -> int:
    """Queue a card for every drafted message (and every notice a human must see) that
    has none yet, in the queue channel of its seller account (``channels``: account id
    to channel; a message of an account without one waits).  Idempotent: the
    ``card:<id>`` key admits one post per message."""
    added = 0
    for pk, due_at, account in uow.slack_posts.messages_without_card(
        notice_kinds=_NOTICE_KINDS, limit=limit
    ):
        others = _others_in_thread(uow, pk)
        where = _placed_card(others)
        if where is None and uow.slack_posts.card_pending([o.id for o in others]):
            # Another message of the conversation has its card queued, not posted (the
            # buyer wrote again before the poster ran): this one waits for that card and
            # goes into its thread, so a conversation never gets two cards.
            continue
        channel = where[0] if where is not None else channels.get(account, "")
        if not channel:
            continue
        added += uow.slack_posts.enqueue(
            dedupe_key=f"{CARD}:{pk}",
            purpose=FOLLOW_UP if where is not None else CARD,
            channel=channel,
            priority_at=due_at,
            now=now,
            message_pk=pk,
        )
    return added


def thread_card(uow: SqlUnitOfWork, pk: int) -> tuple[str, str] | None:
    """``(channel, ts)`` of the card of ``pk``'s conversation, when an earlier message of
    it has one."""
    return _placed_card(_others_in_thread(uow, pk))


def _others_in_thread(uow: SqlUnitOfWork, pk: int) -> list[MessageRow]:
    """The other messages of ``pk``'s conversation, in the thread's order."""
    row = uow.messages.get(pk)
    if row is None or row.thread_pk is None:
        return []
    return [other for other in uow.messages.in_thread(row.thread_pk) if other.id != pk]


def _placed_card(others: Sequence[MessageRow]) -> tuple[str, str] | None:
    """``(channel, ts)`` of the last of ``others`` whose card is in Slack."""
    placed = [(o.slack_channel, o.slack_ts) for o in others if o.slack_channel and o.slack_ts]
    return placed[-1] if placed else None


def enqueue_card_update(
    uow: SqlUnitOfWork, pk: int, *, now: datetime, cause: str | None = None
) -> bool:
    """Queue a refresh of message ``pk``'s card (after the worker sent its reply, say).

    One refresh per version of the message; ``cause`` names a change that leaves the
    version as it is (a file refused), so its refresh is not taken for one already sent."""
    row = uow.messages.get(pk)
    if row is None or not row.slack_channel or not row.slack_ts:
        return False
    return uow.slack_posts.enqueue(
        dedupe_key=f"{CARD_UPDATE}:{pk}:{cause or row.version}",
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
    added = 0
    for pk, version, channel in uow.slack_posts.carded_replies_settled_late(
        since=now - SETTLED_WINDOW, limit=limit
    ):
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
    services: Deps,
    slack: SlackSender,
    *,
    now: datetime,
    limit: int = 20,
) -> PostCounts:
    """Post up to ``limit`` queued cards and posts, most urgent first, paced per channel.

    Returns at once with nothing posted while another worker holds the poster lock.
    """
    with sole_poster(services.engine) as mine:
        if not mine:
            return PostCounts(posted=0, retrying=0, failed=0)
        speed = clock_speed(services.clock)
        return _post_due(services, slack, now=now, limit=limit, speed=speed)


@contextmanager
def sole_poster(engine: Engine) -> Iterator[bool]:
    """Yield whether this process may post now: one poster across all workers.

    Slack's limit is per channel, not per process, so two workers pacing themselves
    separately would post twice as fast as Slack allows.
    """
    with sole_holder(engine, POSTER_LOCK) as mine:
        yield mine


def _post_due(
    services: Deps,
    slack: SlackSender,
    *,
    now: datetime,
    limit: int,
    speed: float,
) -> PostCounts:
    # Leases and back-offs wait for Slack, which keeps real time: on a simulated clock
    # (a trial's WISMO_CLOCK_SPEED) they stretch by its speed.
    uow_factory = services.uow_factory
    with uow_factory() as uow:
        channels = {a.id: a.channel for a in services.settings.accounts if a.channel}
        if channels:
            enqueue_cards(uow, channels=channels, now=now)
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
        if slack.blocked(channel) or not _claim(uow_factory, pk, now=now, lease=LEASE * speed):
            continue
        try:
            # A post whose outcome we never recorded (the poster died) or that failed
            # ambiguously (a timeout after Slack took it) may be in the channel already.
            look = unfinished or attempts > 0
            if purpose == FOLLOW_UP and message_pk is not None:
                ts = _follow_up(services, slack, message_pk, key=key, look=look, now=now)
            elif purpose == FILES and message_pk is not None:
                ts = _upload_files(services, slack, channel, message_pk, payload, now=now)
            else:
                look = look and purpose != CARD_UPDATE
                ts = (slack.find_post(channel, key) if look else None) or _deliver(
                    services, slack, channel, purpose, message_pk, payload, key=key, now=now
                )
        except SlackRateLimited as exc:
            delay = timedelta(seconds=exc.retry_after) * speed
            _retry_later(uow_factory, pk, f"rate limited by Slack ({exc.error})", delay, now)
            retrying += 1
        except SlackRefused as exc:
            if exc.permanent:
                log.error("slack post %s refused for good: %s", pk, exc.error)
                with uow_factory() as uow:
                    uow.slack_posts.fail(pk, error=f"Slack refused the post: {exc.error}")
                    uow.commit()
                failed += 1
                continue
            if exc.status < 500:  # channel_not_found, not_in_channel, invalid_auth: set-up
                log.error(
                    "slack post %s: Slack says %s; check the app's set-up. Will retry.",
                    pk,
                    exc.error,
                )
            delay = _backoff(attempts) * speed
            _retry_later(uow_factory, pk, f"Slack answered {exc.error}", delay, now)
            retrying += 1
        except SlackUnreachable as exc:
            _retry_later(uow_factory, pk, str(exc), _backoff(attempts) * speed, now)
            retrying += 1
        else:
            _settle(uow_factory, pk, purpose, message_pk, channel, ts, now=now)
            posted += 1
            if purpose == CARD:
                metrics.get().cards_posted.inc()
    return PostCounts(posted=posted, retrying=retrying, failed=failed)


# -- steps ---------------------------------------------------------------------------


def _claim(uow_factory: UowFactory, pk: int, *, now: datetime, lease: timedelta) -> bool:
    with uow_factory() as uow:
        taken = uow.slack_posts.claim(pk, now=now, lease_until=now + lease)
        uow.commit()
    return taken


def _deliver(
    services: Deps,
    slack: SlackSender,
    channel: str,
    purpose: str,
    message_pk: int | None,
    payload: Mapping[str, Any] | None,
    *,
    key: str,
    now: datetime,
) -> str:
    if purpose in {CARD, CARD_UPDATE} and message_pk is not None:
        if purpose == CARD_UPDATE:
            with services.uow_factory() as uow:
                row = uow.messages.get(message_pk)
                where = (row.slack_channel, row.slack_ts) if row is not None else (None, None)
                # The card shows the conversation's latest message, whichever asked.
                head = conversation_head(uow, message_pk)
            rendered = card(current(services, head), now=now)
            slack.update(where[0] or channel, where[1] or "", rendered)
            return where[1] or ""
        with services.uow_factory() as uow:
            if services.settings.autopilot_scenarios:
                # A late card gets the whole autopilot hold (imported here: the autopilot
                # queues card updates through this module).
                from bot.services.autopilot import card_posting

                card_posting(uow, services.settings, message_pk, now=now)
            # The buyer may have written again since this card was queued: it shows
            # the conversation's latest message, whose own post goes into its thread.
            head = conversation_head(uow, message_pk)
            uow.commit()
        return slack.post(channel, card(current(services, head), now=now), key=key)
    return slack.post(channel, dict(payload or {}), key=key)


def _follow_up(
    services: Deps, slack: SlackSender, pk: int, *, key: str, look: bool, now: datetime
) -> str:
    """The buyer's new message into the card's thread, then the card redrawn with it;
    the card's ``ts``.  A second try looks for the thread post before posting again."""
    with services.uow_factory() as uow:
        where = thread_card(uow, pk)
    if where is None:  # the earlier card vanished (purged): not expected, retried later
        raise SlackUnreachable(f"message {pk}: no card of its conversation to post into")
    channel, ts = where
    conv = current(services, pk)
    if not (look and slack.find_post(channel, key, thread_ts=ts)):
        slack.post(channel, follow_up_note(conv), thread_ts=ts, key=key)
    slack.update(channel, ts, card(conv, now=now))
    return ts


def _upload_files(
    services: Deps,
    slack: SlackSender,
    channel: str,
    message_pk: int,
    payload: Mapping[str, Any] | None,
    *,
    now: datetime,
) -> str:
    """Each of the buyer's stored files not yet in Slack into the card's thread; a file
    Slack refuses as such (or an empty one) is named in the thread with the reason, and
    the others still go."""
    thread_ts = str((payload or {}).get("thread_ts") or "")
    with services.uow_factory() as uow:
        waiting = [f.id for f in uow.files.listing(message_pk, "in") if not f.slack_file_id]
    for file_pk in waiting:
        with services.uow_factory() as uow:
            file = uow.files.get(file_pk)
            if file is None:  # purged meanwhile
                continue
            name, data, ctype = file.filename, file.data, file.content_type
        kind = "photo" if ctype.startswith("image/") else "file"
        reason = "0 bytes: nothing to show" if not data else None
        if reason is None:
            try:
                slack_id = slack.upload_file(
                    channel,
                    thread_ts=thread_ts,
                    filename=name,
                    data=data,
                    title=f"The buyer's {kind}: {name}",
                    alt_text=f"The buyer's {kind}" if kind == "photo" else None,
                )
            except SlackRefused as exc:
                if not exc.permanent:
                    raise
                # Slack refuses this file as such: the others still go, this one is
                # named in the thread, and the card stops saying it is there.
                reason = f"Slack refused the file ({exc.error})"
        if reason is not None:
            log.error("file %s of message %s not uploaded: %s", file_pk, message_pk, reason)
            slack.post(channel, file_skipped_note(name, reason), thread_ts=thread_ts)
            _file_not_shown(services, message_pk, file_pk, reason, now=now)
            continue
        with services.uow_factory() as uow:
            uow.files.mark_in_slack(file_pk, slack_id or "?")
            uow.commit()
    return thread_ts


SKIPPED_FILE = "skipped"
"""The ``slack_file_id`` of a file that will never be in the thread (named there instead)."""


def _file_not_shown(
    services: Deps, message_pk: int, file_pk: int, reason: str, *, now: datetime
) -> None:
    """Mark the file done (never retried), its listing entry refused, and the card redrawn."""
    with services.uow_factory() as uow:
        uow.files.mark_in_slack(file_pk, SKIPPED_FILE)
        row = uow.messages.get(message_pk)
        if row is not None:
            listing = [dict(a) if isinstance(a, dict) else a for a in row.attachments]
            for entry in listing:
                if isinstance(entry, dict) and entry.get("file_pk") == file_pk:
                    entry["refused"] = reason
            row.attachments = listing
            uow.messages.flush()
            enqueue_card_update(uow, message_pk, now=now, cause=f"file{file_pk}")
        uow.commit()


def _queue_files(
    uow: SqlUnitOfWork, message_pk: int, channel: str, ts: str, *, now: datetime
) -> None:
    """Queue the upload of ``message_pk``'s stored files into the thread at ``ts``."""
    if any(not f.slack_file_id for f in uow.files.listing(message_pk, "in")):
        uow.slack_posts.enqueue(
            dedupe_key=f"{FILES}:{message_pk}",
            purpose=FILES,
            channel=channel,
            priority_at=now,
            now=now,
            message_pk=message_pk,
            payload={"thread_ts": ts},
        )


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
        if purpose in {CARD, FOLLOW_UP} and message_pk is not None:
            values = {"slack_channel": channel, "slack_ts": ts}
            if not uow.messages.transition(
                message_pk,
                expected={MessageState.DRAFTED},
                new=MessageState.CARDED,
                actor=None,
                now=now,
                **values,
            ):
                uow.slack_posts.place_card(message_pk, channel=channel, ts=ts)
            _queue_files(uow, message_pk, channel, ts, now=now)
        uow.commit()


def _retry_later(
    uow_factory: UowFactory, pk: int, error: str, delay: timedelta, now: datetime
) -> None:
    with uow_factory() as uow:
        uow.slack_posts.retry_later(pk, error=error, next_attempt_at=now + delay)
        uow.commit()


def _backoff(attempts: int) -> timedelta:
    factor: int = 2 ** min(attempts, 10)
    return min(_BACKOFF_BASE * factor, _BACKOFF_CAP)
