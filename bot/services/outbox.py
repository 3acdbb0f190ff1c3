"""The outbox: every reply is sent at most once, and never silently lost.

A row moves ``pending -> sending -> sent``.  The move to ``sending`` is a conditional
UPDATE committed *before* the SMTP conversation, so two workers never send the same row.
If the process dies after that commit, nobody knows whether the server accepted the mail:
such a row (found in ``sending`` at start-up, or for longer than the SMTP timeout and a
short grace: :func:`in_doubt_after`) becomes ``stuck``, "in doubt", and is reported to a
human, who checks the mailbox's sent folder and resolves it from the card
(:func:`resolve_stuck`: "it was sent", or "send again").  It is never resent
automatically, because a resend could answer the buyer twice, which Amazon counts against
the seller.  Nor at once by a human: a row flagged by its timeout can be sent again only
:data:`RESEND_GRACE` after it was flagged (``next_attempt_at`` of a ``stuck`` row), see
below.

A send the mail server received to the end but never confirmed (:class:`MailInDoubt`: no
reply after the final "." of DATA) is ``stuck`` at once, for the same reason.

A transient failure (:class:`MailUnavailable`) goes back to ``pending`` with backoff; a
refusal (:class:`MailRejected`) is ``failed`` and so is the message, for a human to act.

A database outage between the claim and recording the outcome does not make a row stuck:
the process that sent (or did not send) the mail knows what happened and keeps it in
memory (:class:`Unsettled`, one per wiring) until the database is back, then records it
first thing in the next delivery, before it looks for stuck rows: ``sent``, released for a
retry when no byte went out, or ``stuck`` at once, with its reason, when the send itself
was in doubt.  Only a process that died takes that knowledge with it, and then a human
decides, as above.

When the database comes back, another worker may flag such a row in doubt (its lease ran
out) before the sender's next retry records "sent", every :data:`UNSETTLED_RETRY_SECONDS`.
A late "sent" wins over "in doubt" (:func:`_after_sent` moves ``stuck`` to ``sent``), and
"send again" on a row flagged by its timeout is refused (:class:`ResendTooSoon`) for
:data:`RESEND_GRACE`, longer than that retry: so a reply the sender can still record is
never sent twice.  This holds when the database comes back for everyone at once (an
outage); a sender cut off from the database longer than the grace while the others reach
it (a partition) is indistinguishable from a dead one, and then the sent folder, which the
card asks the agent to check, is what decides.

A reply goes only to an Amazon relay address of the order's marketplace: any other
recipient is refused here, before the claim, and never reaches the mail server.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.exc import IntegrityError

from bot import metrics
from bot.db.models import OPEN_STATES, MessageRow, OrderRow, OutboxRow, OutboxState
from bot.db.uow import SqlUnitOfWork, UowFactory
from bot.domain import (
    MARKETPLACES,
    DecisionKind,
    MessageState,
    OutgoingFile,
    OutgoingMail,
    SystemKind,
)
from bot.errors import (
    AlreadyDecided,
    DatabaseUnavailable,
    DecisionError,
    MailInDoubt,
    MailRejected,
    MailUnavailable,
    MessageGone,
    ResendTooSoon,
)
from bot.mail.sender import reply_address_problem
from bot.mail.system_mail import amazon_cs_problem
from bot.ports import MailSender
from bot.services.claims import claim, record_decision

__all__ = [
    "MAX_ATTEMPTS",
    "RESEND_GRACE",
    "SENDING_TIMEOUT",
    "UNSETTLED_RETRY_SECONDS",
    "DeliveryCounts",
    "StuckReply",
    "Unsettled",
    "deliver_due",
    "enqueue",
    "in_doubt_after",
    "mark_stuck",
    "rearm",
    "recipient_problem",
    "reply_refusal",
    "report_stuck",
    "resolve_stuck",
    "retry_delay",
    "send_claimed",
    "send_one",
    "stuck_rows",
]

log = logging.getLogger(__name__)

SEND_GRACE = timedelta(seconds=15)
"""Beyond the SMTP timeout: recording the outcome, a slow DNS look-up, a busy worker."""


def in_doubt_after(smtp_timeout_seconds: float) -> timedelta:
    """How long a row may stay in ``sending`` before its outcome is in doubt: the mail
    server's timeout (``WISMO_SMTP_TIMEOUT``) and :data:`SEND_GRACE`."""
    return timedelta(seconds=smtp_timeout_seconds) + SEND_GRACE


SENDING_TIMEOUT = in_doubt_after(30.0)
"""The default of :func:`in_doubt_after` (``WISMO_SMTP_TIMEOUT`` unset)."""

UNSETTLED_RETRY_SECONDS = 5.0
"""How often (real time) :class:`Unsettled` tries to record sends an outage interrupted."""

RESEND_GRACE = timedelta(seconds=4 * UNSETTLED_RETRY_SECONDS)
"""How long after a row is flagged in doubt by its timeout "send again" waits: longer than
:data:`UNSETTLED_RETRY_SECONDS` and one recording, so a sender that did send and could not
record it (the database was away) records "sent" first.  Stretched by the clock's speed."""

MAX_ATTEMPTS = 12
"""Transient failures tolerated before the row fails for a human (about 4 h of retries)."""

_RETRY_BASE = timedelta(seconds=30)
_RETRY_CAP = timedelta(minutes=30)


@dataclass(frozen=True, slots=True)
class DeliveryCounts:
    sent: int = 0
    retrying: int = 0  # transient failure, back to pending with backoff
    failed: int = 0  # refused, or out of attempts: a human must act
    stuck: int = 0  # outcome unknown: reported, never resent automatically


@dataclass(frozen=True, slots=True)
class StuckReply:
    """What a human needs to look for in the sent folder."""

    outbox_pk: int
    message_pk: int
    to: str
    subject: str
    mail_message_id: str  # our Message-ID: search the sent folder for it
    sending_started_at: datetime | None
    attempts: int
    last_error: str | None


class Unsettled:
    """Sends whose outcome this process knows but could not record: the database was gone.

    ``sent``: the server took the mail.  ``unsent``: the row was claimed (or may have been:
    the claim's commit went unanswered) but no byte went to the server.  ``stuck``: the
    server may or may not have taken it (no answer after the final ".", or an error that
    says nothing), so a human decides, as for any reply in doubt.  Thread-safe.

    One per database a process talks to, owned by its wiring
    (:attr:`bot.bootstrap.Wiring.unsettled`), never a module global: the keys are outbox
    row ids, which mean nothing in another database, and two wirings in one process (a
    test, the fault matrix's cells) must not settle each other's rows.  Each delivery
    settles it first; meanwhile a background thread retries every ``retry_seconds`` (real
    time), so a process that delivers rarely (``wismo serve`` sends at the click) records
    its sends as soon as the database is back.  :meth:`close` stops that thread.
    """

    def __init__(self, *, retry_seconds: float = UNSETTLED_RETRY_SECONDS) -> None:
        self._sent: dict[int, datetime] = {}
        self._unsent: dict[int, datetime] = {}
        self._stuck: dict[int, str] = {}
        self._lock = threading.Lock()
        self._retry_seconds = retry_seconds
        self._retrying: threading.Thread | None = None
        self._closed = threading.Event()
        self._settling = threading.Lock()  # one settler at a time: a release is never stale

    def keep_trying(self, uow_factory: UowFactory) -> None:
        """Settle in a background thread until nothing is left (one thread at a time)."""
        with self._lock:
            if self._closed.is_set() or (self._retrying is not None and self._retrying.is_alive()):
                return
            self._retrying = threading.Thread(
                target=self._retry_loop, args=(uow_factory,), name="wismo-unsettled", daemon=True
            )
            self._retrying.start()

    def close(self) -> None:
        """Stop the background retries (the wiring is closing; what is left is lost, as
        when the process dies: those rows become stuck by their timeout)."""
        self._closed.set()
        retrying = self._retrying
        if retrying is not None and retrying is not threading.current_thread():
            retrying.join(timeout=5)

    def _retry_loop(self, uow_factory: UowFactory) -> None:
        while len(self) and not self._closed.wait(self._retry_seconds):
            try:
                self.settle(uow_factory)
            except DatabaseUnavailable:
                continue
            except Exception:
                log.exception("recording sends made before a database outage failed; retrying")

    def sent(self, pk: int, at: datetime) -> None:
        with self._lock:
            self._sent[pk] = at
            self._unsent.pop(pk, None)
            self._stuck.pop(pk, None)

    def unsent(self, pk: int, claimed_at: datetime) -> None:
        with self._lock:
            self._unsent[pk] = claimed_at

    @contextmanager
    def committing(
        self, pk: int, claimed_at: datetime, uow_factory: UowFactory, *, claimed: bool
    ) -> Iterator[None]:
        """Around the commit that queues reply ``pk`` (``claimed``: for this process to
        send at once).  When the database goes away during it, the commit may have
        reached the server: the claimed reply is handed back to the worker once the
        database answers again.  The :class:`DatabaseUnavailable` goes on up."""
        try:
            yield
        except DatabaseUnavailable:
            if claimed:
                self.unsent(pk, claimed_at)
                self.keep_trying(uow_factory)
            raise

    def stuck(self, pk: int, reason: str) -> None:
        with self._lock:
            self._stuck[pk] = reason
            self._unsent.pop(pk, None)

    def __len__(self) -> int:
        with self._lock:
            return len(self._sent) + len(self._unsent) + len(self._stuck)

    def settle(self, uow_factory: UowFactory) -> int:
        """Record what is known; how many rows were settled.  Raises
        :class:`DatabaseUnavailable` (keeping the rest) while the database is still away."""
        with self._settling:
            return self._settle(uow_factory)

    def _settle(self, uow_factory: UowFactory) -> int:
        with self._lock:
            sent, unsent, stuck = dict(self._sent), dict(self._unsent), dict(self._stuck)
        for pk, reason in stuck.items():
            _to_stuck(uow_factory, pk, reason)
            with self._lock:
                self._stuck.pop(pk, None)
            log.warning("outbox row %s: in doubt since the database went away; recorded now", pk)
        for pk, at in sent.items():
            _after_sent(uow_factory, pk, now=at)
            with self._lock:
                self._sent.pop(pk, None)
            log.info("outbox row %s: sent before the database went away; recorded now", pk)
        for pk, claimed_at in unsent.items():
            _release_claim(uow_factory, pk, claimed_at=claimed_at)
            with self._lock:
                self._unsent.pop(pk, None)
        return len(sent) + len(unsent) + len(stuck)


def retry_delay(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min, ... capped at 30 min."""
    factor: int = 2 ** max(attempts - 1, 0)
    return min(_RETRY_BASE * factor, _RETRY_CAP)


def _queued_state(claimed: bool) -> OutboxState:
    return OutboxState.SENDING if claimed else OutboxState.PENDING


def _queued(mail: OutgoingMail, now: datetime, claimed: bool) -> dict[str, Any]:
    """The columns a queued reply starts with, whether its row is new or re-armed."""
    return {
        "to_addr": mail.to,
        "subject": mail.subject,
        "body": mail.body,
        "mail_message_id": mail.message_id,
        "in_reply_to": mail.in_reply_to,
        "references": list(mail.references),
        "attempts": 1 if claimed else 0,
        "created_at": now,
        "sending_started_at": now if claimed else None,
        "next_attempt_at": None if claimed else now,
    }


def enqueue(
    uow: SqlUnitOfWork,
    message_pk: int,
    mail: OutgoingMail,
    now: datetime,
    *,
    claimed: bool = False,
) -> int:
    """Queue the one reply of a message. Does not commit.

    ``claimed``: the row goes in already ``sending``, claimed by the caller, who sends it
    right after the commit with :func:`send_claimed` (a click sending its own reply: the
    claim, the audit row and the outbox row are then one transaction).  Otherwise it is
    ``pending`` for the worker's :func:`deliver_due`.

    Raises :class:`AlreadyDecided` when the message already has a reply in the outbox
    (one reply per message, enforced by a unique constraint against races too).
    """
    message = uow.messages.get(message_pk)
    if message is None:
        raise MessageGone(message_pk)
    # No SELECT first: the unique message_pk refuses a second reply, and the savepoint
    # keeps the caller's transaction usable when it does.
    row = OutboxRow(
        message_pk=message_pk,
        account=message.account,
        state=_queued_state(claimed),
        **_queued(mail, now, claimed),
    )
    try:
        with uow.savepoint():
            uow.outbox.add(row)
    except IntegrityError as exc:
        raise AlreadyDecided(None, "reply already queued") from exc
    return row.id


def rearm(
    uow: SqlUnitOfWork,
    message_pk: int,
    mail: OutgoingMail,
    now: datetime,
    *,
    claimed: bool = False,
) -> int:
    """Put a message's failed reply back in the outbox as ``mail`` ("send again" after a
    refusal or an Amazon delivery failure).  Does not commit.

    The one outbox row of the message is reused (one reply per message stays one row);
    its new Message-ID lets a later failure notice find it.  The conditional UPDATE from
    ``failed`` admits one resend however many clicks arrive: the others get
    :class:`AlreadyDecided`.  ``claimed`` as for :func:`enqueue`.
    """
    row = uow.outbox.for_message(message_pk)
    if row is None:
        raise LookupError(f"no reply of message {message_pk} in the outbox")
    if row.state is OutboxState.FAILED and row.sent_at is not None:
        problem = _accepted_reply_problem(uow, row)
        if problem:
            raise DecisionError(problem)
    moved = uow.outbox.move(
        row.id,
        expected={OutboxState.FAILED},
        new=_queued_state(claimed),
        **_queued(mail, now, claimed),
        last_error=None,
        sent_at=None,
        stuck_reported_at=None,
        resolved_by=None,
    )
    if not moved:
        raise AlreadyDecided(None, f"the reply is {row.state.value}")
    return row.id


CREDIBLE_FAILURE = frozenset({"references", "alias_time"})
"""How a delivery-failure notice must have been matched to a reply the mail server
accepted before that reply may be sent again (:mod:`bot.services.delivery_failures`)."""


def _accepted_reply_problem(uow: SqlUnitOfWork, row: OutboxRow) -> str | None:
    """Why a reply the mail server accepted must not go out again, or None.

    Only a credible delivery failure of exactly that mail (its Message-ID) reopens it:
    anything else would answer the buyer twice."""
    failure = uow.delivery_failures.of_mail(row.mail_message_id)
    if failure is not None and failure.matched_by in CREDIBLE_FAILURE:
        return None
    return (
        "this reply was accepted by the mail server and no credible Amazon delivery failure "
        "names it: sending it again would answer the buyer twice. Check Seller Central's "
        "sent messages first"
    )


def deliver_due(
    uow_factory: UowFactory,
    sender: MailSender,
    *,
    now: datetime,
    limit: int = 20,
    sending_timeout: timedelta = SENDING_TIMEOUT,
    max_attempts: int = MAX_ATTEMPTS,
    speed: float = 1.0,
    unsettled: Unsettled | None = None,
    account: str | None = None,
) -> DeliveryCounts:
    """Send up to ``limit`` due replies, each claimed and settled in its own transaction.

    ``account``: only that seller account's replies (``sender`` is its mail server and
    From address); None: every reply, through ``sender``.

    First records what an outage left ``unsettled``, then turns rows left in ``sending``
    for ``sending_timeout`` into ``stuck``.  ``speed`` is the business clock's
    (:func:`bot.clock.clock_speed`): the timeout and the back-off wait for a real mail
    server, so they stretch with it.  Raises :class:`DatabaseUnavailable` when the
    database goes away; whatever it interrupted waits in ``unsettled``: pass the process's
    own (:attr:`bot.bootstrap.Wiring.unsettled`), so the next delivery records it.  Without
    one, a fresh one keeps trying in its background thread.
    """
    unsettled = unsettled if unsettled is not None else Unsettled()
    unsettled.settle(uow_factory)
    stuck = len(
        mark_stuck(
            uow_factory, now=now, older_than=sending_timeout * speed, grace=RESEND_GRACE * speed
        )
    )
    sent = retrying = failed = 0
    with uow_factory() as uow:
        due = uow.outbox.due_ids(now=now, limit=limit, account=account)
    for pk in due:
        if _refuse_recipient(uow_factory, pk, now=now):
            failed += 1
            continue
        try:
            mail = _claim(uow_factory, pk, now=now)
        except DatabaseUnavailable:
            unsettled.unsent(pk, now)  # the claim may have been committed: undo it later
            unsettled.keep_trying(uow_factory)
            raise
        if mail is None:
            continue  # another worker took it
        outcome = send_claimed(
            uow_factory,
            sender,
            pk,
            mail,
            now=now,
            max_attempts=max_attempts,
            speed=speed,
            unsettled=unsettled,
        )
        sent += outcome.sent
        retrying += outcome.retrying
        failed += outcome.failed
        stuck += outcome.stuck
    return DeliveryCounts(sent=sent, retrying=retrying, failed=failed, stuck=stuck)


def send_one(
    uow_factory: UowFactory,
    sender: MailSender,
    pk: int,
    *,
    now: datetime,
    speed: float = 1.0,
    unsettled: Unsettled | None = None,
) -> DeliveryCounts:
    """Claim and send the one pending outbox row ``pk`` (a click's "send again"), no other.

    Nothing when another worker claimed it first, or when :func:`recipient_problem`
    refuses it (the row is then failed, as in :func:`deliver_due`).
    """
    if _refuse_recipient(uow_factory, pk, now=now):
        return DeliveryCounts(failed=1)
    unsettled = unsettled if unsettled is not None else Unsettled()
    try:
        mail = _claim(uow_factory, pk, now=now)
    except DatabaseUnavailable:
        unsettled.unsent(pk, now)  # the claim may have been committed: undo it later
        unsettled.keep_trying(uow_factory)
        raise
    if mail is None:
        return DeliveryCounts()
    return send_claimed(uow_factory, sender, pk, mail, now=now, speed=speed, unsettled=unsettled)


def send_claimed(
    uow_factory: UowFactory,
    sender: MailSender,
    pk: int,
    mail: OutgoingMail,
    *,
    now: datetime,
    max_attempts: int = MAX_ATTEMPTS,
    speed: float = 1.0,
    unsettled: Unsettled | None = None,
) -> DeliveryCounts:
    """Send the one outbox row ``pk``, already ``sending`` (claimed), and record how it went.

    The click path calls this for the reply it just queued with ``enqueue(claimed=True)``:
    it sends that reply and no other (the worker's :func:`deliver_due` sends the rest).
    Raises :class:`DatabaseUnavailable` when the outcome could not be recorded; it waits
    in ``unsettled`` meanwhile (as for :func:`deliver_due`).
    """
    unsettled = unsettled if unsettled is not None else Unsettled()
    try:
        outcome = _send_and_record(
            uow_factory, sender, pk, mail, now=now, max_attempts=max_attempts, speed=speed
        )
    except _Recording as rec:
        metrics.get().replies.labels(outcome=rec.outcome).inc()
        if rec.outcome == "sent":
            unsettled.sent(pk, now)
        elif rec.outcome == "stuck":
            unsettled.stuck(pk, rec.reason)
        else:
            unsettled.unsent(pk, now)
        unsettled.keep_trying(uow_factory)
        raise rec.error from rec
    metrics.get().replies.labels(outcome=outcome).inc()
    return DeliveryCounts(
        sent=outcome == "sent",
        retrying=outcome == "retrying",
        failed=outcome == "failed",
        stuck=outcome == "stuck",
    )


class _Recording(Exception):
    """The database went away while recording a send's ``outcome``: ``sent`` (it went
    out), ``unsent`` (not a byte did), ``stuck`` (nobody can tell; ``reason`` says why)."""

    def __init__(self, error: DatabaseUnavailable, *, outcome: str, reason: str = "") -> None:
        super().__init__(str(error))
        self.error, self.outcome, self.reason = error, outcome, reason


def _send_and_record(
    uow_factory: UowFactory,
    sender: MailSender,
    pk: int,
    mail: OutgoingMail,
    *,
    now: datetime,
    max_attempts: int,
    speed: float,
) -> str:
    """Send one claimed row and record the outcome: sent, retrying, failed or stuck."""
    try:
        sender.send(mail)
    except MailUnavailable as exc:
        try:
            transient = _after_transient(
                uow_factory, pk, exc, now=now, max_attempts=max_attempts, speed=speed
            )
        except DatabaseUnavailable as error:
            raise _Recording(error, outcome="unsent") from error
        return "retrying" if transient else "failed"
    except MailRejected as exc:
        try:
            _after_rejected(uow_factory, pk, f"refused by the mail server: {exc}", now=now)
        except DatabaseUnavailable as error:
            # Not delivered: offered again after the outage, refused again, recorded then.
            raise _Recording(error, outcome="unsent") from error
        return "failed"
    except MailInDoubt as exc:
        reason = str(exc)
    except Exception as exc:
        # We cannot tell whether the server took the mail: do not guess.
        log.exception("outbox row %s: send outcome unknown", pk)
        reason = f"send outcome unknown: {exc!r}"
    else:
        try:
            _after_sent(uow_factory, pk, now=now)
        except DatabaseUnavailable as error:
            raise _Recording(error, outcome="sent") from error
        return "sent"
    try:
        _to_stuck(uow_factory, pk, reason)
    except DatabaseUnavailable as error:
        # In doubt, and the database is away too: recorded as in doubt (with why) once it
        # is back, never released for a resend.
        raise _Recording(error, outcome="stuck", reason=reason) from error
    return "stuck"


def mark_stuck(
    uow_factory: UowFactory,
    *,
    now: datetime,
    older_than: timedelta,
    grace: timedelta = RESEND_GRACE,
) -> list[int]:
    """Turn rows in ``sending`` since ``now - older_than`` into ``stuck``; their ids.

    At start-up of the only worker call it with ``older_than=timedelta(0)``: nothing can
    be sending, so every such row is a crash.  With several workers keep a grace longer
    than a send, so a live worker's row is not flagged.  Each row may be sent again by a
    human only ``grace`` after ``now`` (its ``next_attempt_at``): its sender may be alive
    and about to record "sent" (:class:`Unsettled`).
    """
    cutoff = now - older_than
    marked: list[int] = []
    with uow_factory() as uow:
        for pk in uow.outbox.sending_started_before(cutoff):
            if uow.outbox.move(
                pk,
                expected={OutboxState.SENDING},
                new=OutboxState.STUCK,
                last_error="the worker stopped while sending: check the sent folder",
                next_attempt_at=now + grace,  # "send again" not before
            ):
                marked.append(pk)
        uow.commit()
    for pk in marked:
        log.warning("outbox row %s is stuck: send outcome unknown, not resending", pk)
    return marked


def stuck_rows(uow: SqlUnitOfWork) -> list[StuckReply]:
    """Every stuck reply, for the queue, App Home or a report. Read-only."""
    return [_stuck_reply(row) for row in uow.outbox.in_state(OutboxState.STUCK)]


def report_stuck(
    uow_factory: UowFactory, notify: Callable[[StuckReply], None], *, now: datetime
) -> int:
    """Call ``notify`` once for each stuck reply not yet reported; how many were reported.

    The row is marked reported before ``notify`` and unmarked if it raises, so a report
    is retried later but two workers never both report the same row.
    """
    with uow_factory() as uow:
        stuck = uow.outbox.in_state(OutboxState.STUCK)
        candidates = [r.id for r in stuck if r.stuck_reported_at is None]
    reported = 0
    for pk in candidates:
        with uow_factory() as uow:
            row = uow.outbox.get(pk)
            claimed = row is not None and uow.outbox.claim_stuck_report(pk, now=now)
            reply = _stuck_reply(row) if claimed and row is not None else None
            uow.commit()
        if reply is None:
            continue
        try:
            notify(reply)
        except Exception:
            log.exception("could not report stuck outbox row %s; will retry", pk)
            with uow_factory() as uow:
                uow.outbox.unclaim_stuck_report(pk)
                uow.commit()
            continue
        reported += 1
    return reported


def resolve_stuck(
    uow: SqlUnitOfWork, outbox_pk: int, *, was_sent: bool, actor: str, now: datetime
) -> bool:
    """A human checked the sent folder: record what they found, inside the caller's
    ``with uow:`` (the caller commits).

    ``was_sent``: the reply is there, so the row is sent and the message answered.
    Otherwise the row goes back to ``pending`` and the next delivery sends it.
    False when the row is not stuck (already resolved by someone else).  Raises
    :class:`ResendTooSoon` for "send again" within :data:`RESEND_GRACE` of the row's
    flagging: its sender may still record "sent".
    """
    row = uow.outbox.get(outbox_pk)
    if row is None:
        raise LookupError(f"no outbox row with id {outbox_pk}")
    not_before = row.next_attempt_at if row.state is OutboxState.STUCK else None
    if not was_sent and not_before is not None and now < _aware(not_before):
        raise ResendTooSoon((_aware(not_before) - now).total_seconds())
    if was_sent:
        changed = uow.outbox.move(
            outbox_pk,
            expected={OutboxState.STUCK},
            new=OutboxState.SENT,
            sent_at=now,
            resolved_by=actor,
        )
        if changed:
            claim(
                uow,
                row.message_pk,
                expected=OPEN_STATES,
                new=MessageState.ANSWERED,
                actor=actor,
                now=now,
            )
    else:
        changed = uow.outbox.move(
            outbox_pk,
            expected={OutboxState.STUCK},
            new=OutboxState.PENDING,
            next_attempt_at=now,
            resolved_by=actor,
            stuck_reported_at=None,
        )
    if changed:
        record_decision(
            uow,
            row.message_pk,
            kind=DecisionKind.MARK_ANSWERED if was_sent else DecisionKind.RESEND,
            actor=actor,
            now=now,
            outcome="found in sent folder" if was_sent else "resend after check",
        )
    return changed


def recipient_problem(uow: SqlUnitOfWork, message_pk: int, to: str) -> str | None:
    """Why the reply of message ``message_pk`` may not go to ``to``, or None.

    A reply goes only to an Amazon relay address of the order's marketplace (or, for
    Amazon customer service asking us, to its allow-listed address), and never
    for a message whose sender failed the checks (:mod:`bot.mail.sender`): its relay
    alias may be a forger's.  Both the click path and the worker ask this last, before
    the claim, so a refused reply never reaches the mail server.
    """
    message = uow.messages.get(message_pk)
    order = None
    if (
        message is not None
        and message.order_id
        and message.sender_verified is not False
        and message.system_kind is not SystemKind.AMAZON_CS_CONTACT
    ):
        order = uow.orders.get(message.order_id)  # only the marketplace check needs it
    return reply_refusal(message, to, order)


def reply_refusal(message: MessageRow | None, to: str, order: OrderRow | None) -> str | None:
    """:func:`recipient_problem` on rows the caller holds: the message and its order's row
    (None when it has none), so a caller that read them reads nothing again."""
    if message is not None and message.sender_verified is False:
        return (
            "refused before sending: the sender of this message is not verified, so the bot "
            "sends it nothing; answer from Seller Central"
        )
    if message is not None and message.system_kind is SystemKind.AMAZON_CS_CONTACT:
        # Amazon customer service asking us: only its own addresses, on an explicit
        # allow-list (bot.mail.system_mail.amazon_cs_problem).
        problem = amazon_cs_problem(to)
    else:
        problem = reply_address_problem(to, _marketplace_of(message, order))
    if problem is None:
        return None
    return (
        f"refused before sending: {problem}; a reply goes only to an Amazon relay "
        "address of the order's marketplace, or to Amazon customer service's own address"
    )


def _refuse_recipient(uow_factory: UowFactory, pk: int, *, now: datetime) -> bool:
    """Fail a pending row that :func:`recipient_problem` refuses."""
    with uow_factory() as uow:
        row = uow.outbox.get(pk)
        if row is None or row.state is not OutboxState.PENDING:
            return False
        reason = recipient_problem(uow, row.message_pk, row.to_addr)
        if reason is None:
            return False
        refused = uow.outbox.move(
            pk, expected={OutboxState.PENDING}, new=OutboxState.FAILED, last_error=reason
        )
        if refused:
            uow.messages.transition(
                row.message_pk, expected=OPEN_STATES, new=MessageState.FAILED, actor=None, now=now
            )
        uow.commit()
    if refused:
        metrics.get().replies.labels(outcome="failed").inc()
        log.warning("outbox row %s refused before sending: recipient or sender check failed", pk)
    return refused


def _marketplace_of(message: MessageRow | None, order: OrderRow | None) -> str | None:
    """The order's marketplace, or the message's when the order is not known."""
    if message is None:
        return None
    market_id = (order.snapshot or {}).get("marketplace_id") if order is not None else None
    for code, market in MARKETPLACES.items():
        if market_id and market.marketplace_id == market_id:
            return code
    return message.marketplace


def _claim(uow_factory: UowFactory, pk: int, *, now: datetime) -> OutgoingMail | None:
    with uow_factory() as uow:
        if not uow.outbox.move(
            pk,
            expected={OutboxState.PENDING},
            new=OutboxState.SENDING,
            attempts=OutboxRow.attempts + 1,
            sending_started_at=now,
            next_attempt_at=None,
        ):
            return None
        row = uow.outbox.get(pk)
        assert row is not None
        mail = OutgoingMail(
            to=row.to_addr,
            subject=row.subject,
            body=row.body,
            message_id=row.mail_message_id,
            in_reply_to=row.in_reply_to,
            references=tuple(row.references),
            attachments=tuple(
                OutgoingFile(f.filename, f.content_type, f.data)
                for f in uow.files.of_message(row.message_pk, "out")
            ),
        )
        uow.commit()  # the claim is durable before a single byte goes to the server
    return mail


def _after_sent(uow_factory: UowFactory, pk: int, *, now: datetime) -> None:
    with uow_factory() as uow:
        # From ``stuck`` too: a slow send flagged meanwhile did in fact go out.
        row = uow.outbox.move_to(
            pk,
            expected={OutboxState.SENDING, OutboxState.STUCK},
            new=OutboxState.SENT,
            sent_at=now,
            last_error=None,
        )
        if row is not None:
            claim(
                uow,
                row.message_pk,
                expected=OPEN_STATES,
                new=MessageState.ANSWERED,
                actor=None,
                now=now,
            )
        uow.commit()


def _after_transient(
    uow_factory: UowFactory,
    pk: int,
    exc: Exception,
    *,
    now: datetime,
    max_attempts: int,
    speed: float,
) -> bool:
    """Back to pending with backoff (True), or failed when out of attempts (False)."""
    with uow_factory() as uow:
        row = uow.outbox.get(pk)
        assert row is not None
        attempts = row.attempts
    if attempts >= max_attempts:
        _after_rejected(
            uow_factory,
            pk,
            f"mail server unavailable after {attempts} attempts: {exc}",
            now=now,
        )
        return False
    with uow_factory() as uow:
        uow.outbox.move(
            pk,
            expected={OutboxState.SENDING},
            new=OutboxState.PENDING,
            next_attempt_at=now + retry_delay(attempts) * speed,
            last_error=f"mail server unavailable: {exc}",
        )
        uow.commit()
    return True


def _after_rejected(uow_factory: UowFactory, pk: int, reason: str, *, now: datetime) -> None:
    with uow_factory() as uow:
        row = uow.outbox.move_to(
            pk, expected={OutboxState.SENDING}, new=OutboxState.FAILED, last_error=reason
        )
        if row is not None:
            uow.messages.transition(
                row.message_pk, expected=OPEN_STATES, new=MessageState.FAILED, actor=None, now=now
            )
        uow.commit()


def _release_claim(uow_factory: UowFactory, pk: int, *, claimed_at: datetime) -> None:
    """Back to ``pending`` a row this process claimed at ``claimed_at`` and never sent."""
    with uow_factory() as uow:
        row = uow.outbox.get(pk)
        started = row.sending_started_at if row is not None else None
        if started is not None and _same_instant(started, claimed_at):
            uow.outbox.move(
                pk,
                expected={OutboxState.SENDING, OutboxState.STUCK},
                new=OutboxState.PENDING,
                next_attempt_at=claimed_at,  # due at once
                stuck_reported_at=None,
            )
            uow.commit()


def _same_instant(a: datetime, b: datetime) -> bool:
    return _aware(a) == _aware(b)


def _aware(at: datetime) -> datetime:
    """A stored instant (SQLite returns it naive, in UTC) as an aware one."""
    return at.replace(tzinfo=at.tzinfo or UTC)


def _to_stuck(uow_factory: UowFactory, pk: int, reason: str) -> None:
    with uow_factory() as uow:
        uow.outbox.move(
            pk, expected={OutboxState.SENDING}, new=OutboxState.STUCK, last_error=reason
        )
        uow.commit()


def _stuck_reply(row: OutboxRow) -> StuckReply:
    return StuckReply(
        outbox_pk=row.id,
        message_pk=row.message_pk,
        to=row.to_addr,
        subject=row.subject,
        mail_message_id=row.mail_message_id,
        sending_started_at=row.sending_started_at,
        attempts=row.attempts,
        last_error=row.last_error,
    )
