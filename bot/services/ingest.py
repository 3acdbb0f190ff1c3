"""Store an inbound mail exactly once, whatever the inbox source delivers twice.

A mail is the same mail when its Message-ID and its content digest
(:mod:`bot.mail.content_digest`) both match a stored one: the redelivery is a no-op.  The
key is unique in the database, so two workers storing the same mail at once end with one
row (the loser of the race gets the winner's row).  A mail without a usable Message-ID
gets one derived from its bytes, so the same bytes delivered again still dedupe.

A Message-ID alone proves nothing: anyone can copy one (it is quoted in every reply).
A second mail under a stored Message-ID with other content is therefore kept as its own
row, under a key derived from both, and both are flagged: one of the two may be forged,
and the genuine one, whichever came first, is never dropped.

Messages of the same buyer alias (the relay address without its ``+case``) about the same
order are one conversation (``thread_pk``: the first message's id).  A later message
carries the conversation: an earlier one still waiting for an answer is SUPERSEDED (its
clock stops; the 24-hour clock runs from the latest unanswered buyer message, as Amazon's
does), and its card is redrawn with the new message and the new message goes into the
card's thread (:mod:`bot.jobs.poster`).  A conversation closed with *No response needed*
or answered opens again the same way.  A follow-up ("still nothing??") also takes the
intent of the earlier message, so the suggested reply carries on where the first one was.

A mail whose sender failed the checks never joins a conversation that has a verified
message: anyone can write a buyer's relay address (or it with a ``+anything``) in From, so
such a mail would otherwise strip the verified card's Approve, restart its clock and
change its intent ("cancel it").  It gets a conversation, and a card, of its own.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.exc import IntegrityError

from bot import metrics
from bot.db.models import RAW_KEEP_LIMIT, FileRow, MessageRow
from bot.db.uow import SqlUnitOfWork, UowFactory
from bot.domain import (
    DEFAULT_ACCOUNT,
    Attachment,
    AuthOutcome,
    InboundMessage,
    Intent,
    MessageKind,
    MessageState,
    SenderCheck,
)
from bot.jobs.poster import enqueue_card_update
from bot.mail.content_digest import content_digest
from bot.mail.files import IncomingFile, type_mismatch
from bot.mail.intent import inherit
from bot.mail.relay import NOT_FROM_AMAZON
from bot.printable import printable, printable_text
from bot.services.conversations import sender_to_json
from bot.services.disputes import deadline_of, is_claim

__all__ = ["ANSWER_WITHIN", "SUPERSEDABLE", "StoredResult", "message_id_for", "store_inbound"]

ANSWER_WITHIN = timedelta(hours=24)
# How much older than its arrival an unauthenticated mail's Date may be.  Anyone who can
# put mail in the inbox writes the Date: a date in 1990 would set off "deadline missed"
# and the managers' pings at once.  Mail delayed on the way (a gateway retrying, a
# greylisting server) is hours late, not days; the mailbox's own arrival time (IMAP
# INTERNALDATE) is kept through our downtime, so an outage moves neither bound.
UNAUTHENTICATED_DATE_LEEWAY = timedelta(hours=12)
"""Amazon's response deadline, counted from when the buyer sent the message."""

_MAX_MESSAGE_ID = 512  # the column's width

SUPERSEDABLE = frozenset(
    {
        MessageState.RECEIVED,
        MessageState.DRAFTED,
        MessageState.CARDED,
        MessageState.MANUAL,
        MessageState.FAILED,
    }
)
"""Earlier messages a later one answers for: still waiting, and no reply on its way
(a SENDING reply goes out; the later message then waits for its own)."""


@dataclass(frozen=True, slots=True)
class StoredResult:
    message_pk: int
    message_id: str
    state: MessageState
    created: bool  # False: the mail was already stored (a second delivery)
    received_at: datetime
    due_at: datetime


def message_id_for(raw: bytes, parsed: InboundMessage | None) -> str:
    """The dedupe key: the parsed Message-ID, or one derived from the raw bytes."""
    mid = printable_text(parsed.message_id if parsed else "").strip()
    if mid and len(mid) <= _MAX_MESSAGE_ID:
        return mid
    # Absurdly long, or missing: a stable, bounded key from the id or the bytes.
    digest = hashlib.sha256(mid.encode("utf-8", "replace") if mid else raw).hexdigest()
    return f"<sha256-{digest}@wismo.invalid>"


def _twin_key(message_id: str, digest: str) -> str:
    """The key of a mail whose Message-ID another mail with other content already has."""
    both = hashlib.sha256(f"{message_id}\n{digest}".encode("utf-8", "replace")).hexdigest()
    return f"<sha256-{both}@wismo.invalid>"


def _twin_note(other_pk: int) -> str:
    return (
        f"another mail (#{other_pk}) has the same Message-ID but different content: one of "
        "the two may be forged; compare them before answering"
    )


def store_inbound(
    uow_factory: UowFactory,
    raw: bytes,
    parsed: InboundMessage | None,
    *,
    arrived_at: datetime,
    problem: str | None = None,
    sender: SenderCheck | None = None,
    files: Sequence[IncomingFile] = (),
    then: Callable[[SqlUnitOfWork, int], object] | None = None,
    account: str = DEFAULT_ACCOUNT,
) -> StoredResult:
    """Store one mail and return its row; a repeat is a no-op.

    A whole use case: it opens its own unit of work and commits it.

    ``parsed`` is None, or ``problem`` is given, when the parser could not read the mail:
    it is then kept as MALFORMED with the reason and its raw bytes (up to
    :data:`RAW_KEEP_LIMIT`) for a human.  System mail (and mail of kind ``other``) is
    stored as SYSTEM, never drafted.  Buyer messages start as RECEIVED.  Both keep
    ``sender``: what the mail's headers say about who sent it (:mod:`bot.mail.sender`).
    ``files`` are the mail's attachments (:func:`bot.mail._mime.attachment_files`): those
    with bytes are stored with the message, in the same transaction; the listing on the
    card says for each whether it is stored or why not.
    ``then`` runs in the same transaction once a new mail is stored (with its id): what
    must happen with the storing or not at all (a delivery failure's match).
    ``account`` is the seller account whose inbox the mail came to.
    """
    message_id = message_id_for(raw, parsed)
    digest = content_digest(raw)
    with uow_factory() as uow:
        key, twin = message_id, None
        existing = uow.messages.by_message_id(message_id)
        # A row without a digest was stored before digests: take the mail as its repeat.
        if existing is not None and existing.content_digest not in (None, digest):
            key, twin = _twin_key(message_id, digest), existing
            existing = uow.messages.by_message_id(key)
        if existing is not None:
            return _result(existing, created=False)
        authenticated = sender is not None and sender.authentication is AuthOutcome.PASS
        row = _new_row(
            raw, parsed, key, arrived_at=arrived_at, problem=problem, authenticated=authenticated
        )
        row.content_digest = digest
        row.account = account
        if sender is not None and row.state in (MessageState.RECEIVED, MessageState.SYSTEM):
            row.sender_verified = sender.verified
            row.sender_check = sender_to_json(sender)
        # A twin (same Message-ID, other content) may be forged: it never takes over.
        earlier = _conversation(row, _earlier(uow, row)) if twin is None else []
        # The same mail again (same Message-ID, or the buyer's same text shortly after):
        # recorded in its conversation, never a second answer asked for.
        incoming = {hashlib.sha256(f.data).digest() for f in files if f.data is not None}

        def new_files(other: MessageRow) -> bool:
            """Whether this mail brings a file ``other`` lacks (by name and size, or bytes)."""
            if _new_files(row, other):
                return True
            if not incoming:
                return False  # no bytes to compare: other's files need not be loaded
            kept = {hashlib.sha256(f.data).digest() for f in uow.files.of_message(other.id, "in")}
            return bool(incoming - kept)

        copy_of = _copy_of(row, twin, earlier, arrived_at=arrived_at, new_files=new_files)
        own = (parsed.intent or Intent.OTHER) if parsed is not None else Intent.OTHER
        if parsed is not None and (parsed.follow_up or own is Intent.OTHER):
            # words that name no topic, in a conversation about one order, are about its topic
            previous = max(earlier, key=_order).intent if earlier else None
            row.intent = inherit(own, True, previous)
        try:
            with uow.savepoint():
                uow.messages.add(row)
                _store_files(uow, row, files, now=arrived_at)
                if twin is not None and copy_of is None:
                    _flag_twins(uow, row, twin, now=arrived_at)
                if copy_of is not None:
                    _record_copy(uow, row, copy_of, same_id=twin is not None, now=arrived_at)
                elif twin is None:
                    _join_conversation(uow, row, earlier, now=arrived_at)
        except IntegrityError:
            # Another worker stored the same mail between our look-up and our insert.
            existing = uow.messages.by_message_id(key)
            if existing is None:
                raise
            uow.commit()
            return _result(existing, created=False)
        if then is not None:
            then(uow, row.id)
        uow.commit()
        metrics.get().mails_received.labels(kind=_RECEIVED_KIND.get(row.state, "buyer")).inc()
        return _result(row, created=True)


DUPLICATE_WINDOW = timedelta(days=7)
"""How long after a buyer's message the same text from the same alias about the same order
is taken for a copy of it (a relay or inbox delivering it again), not a new question."""

DUPLICATE_NOTE = "duplicate_note"
"""The poster purpose of the thread note saying a copy of the buyer's mail arrived."""

TWIN_NOTE = "twin_note"
"""The poster purpose of the thread note saying another text came under the Message-ID."""


def _same_text(a: str | None, b: str | None) -> bool:
    return " ".join((a or "").split()).casefold() == " ".join((b or "").split()).casefold()


def _copy_of(
    row: MessageRow,
    twin: MessageRow | None,
    earlier: list[MessageRow],
    *,
    arrived_at: datetime,
    new_files: Callable[[MessageRow], bool],
) -> MessageRow | None:
    """The stored message ``row`` (a buyer message asking for an answer) is a copy of.

    The same Message-ID with the buyer's same text and no file the first lacks is the
    same message whatever else changed (Subject, Date, headers): one is kept answerable.
    Under the same Message-ID another text is no copy: one of the two may be forged, but
    which one only a person can tell, so it gets a card and a clock of its own (each card
    names the other).  A new file (a photo sent again with the words) is news too.
    Another Message-ID with the buyer's identical text, from the same alias about the
    same order within :data:`DUPLICATE_WINDOW`, is a copy too."""
    if row.state is not MessageState.RECEIVED or row.kind is not MessageKind.BUYER_MESSAGE:
        return None
    if row.sender_verified is False:
        return None  # never answerable from its card: it keeps its own, saying why
    if twin is not None:
        # A forgery sent first under the genuine Message-ID never silences the genuine
        # mail: a verified sender's mail is no copy of an unverified one.
        if row.sender_verified is True and twin.sender_verified is not True:
            return None
        if twin.kind is not MessageKind.BUYER_MESSAGE or not _same_text(twin.body, row.body):
            return None
        return None if new_files(twin) else twin
    if not (row.body or "").strip():
        return None
    same = [
        other
        for other in earlier
        if _same_text(other.body, row.body)
        and not new_files(other)
        and other.sender_verified is not False
        and other.arrived_at is not None
        and arrived_at - DUPLICATE_WINDOW <= other.arrived_at <= arrived_at
    ]
    return min(same, key=_order) if same else None


def _new_files(row: MessageRow, other: MessageRow) -> bool:
    """Whether ``row`` lists a file ``other`` does not: a photo sent with the same words is
    something new to look at, not a copy."""

    def files(message: MessageRow) -> set[tuple[Any, Any]]:
        return {
            (a.get("filename"), a.get("size")) for a in message.attachments if isinstance(a, dict)
        }

    return bool(files(row) - files(other))


def _record_copy(
    uow: SqlUnitOfWork, row: MessageRow, original: MessageRow, *, same_id: bool, now: datetime
) -> None:
    """``row`` joins ``original``'s conversation as history: no card, no clock, no answer
    asked; the conversation's card gets a note in its thread."""
    what = "the same Message-ID" if same_id else "the buyer's identical text"
    row.problems = [
        f"a copy of message #{original.id} ({what}): recorded with its conversation, "
        "nothing new to answer",
        *row.problems,
    ]
    row.thread_pk = original.thread_pk or original.id
    row.state, row.next_escalation_at, row.closed_at = MessageState.SUPERSEDED, None, now
    uow.messages.flush()
    placed = [
        other
        for other in uow.messages.in_thread(row.thread_pk)
        if other.id != row.id and other.slack_channel and other.slack_ts
    ]
    if not placed:
        return  # no card yet: its conversation's card will list the copy
    state = original.state.value.replace("_", " ")
    _thread_note(
        uow,
        placed[-1],
        DUPLICATE_NOTE,
        about=row.id,
        message_pk=row.id,
        text=(
            f":repeat: The buyer's mail arrived again (message #{row.id}, {what} as "
            f"#{original.id}, which is {state}): recorded here, nothing new to answer."
        ),
        now=now,
    )


def _flag_twins(uow: SqlUnitOfWork, new: MessageRow, old: MessageRow, *, now: datetime) -> None:
    """Both rows say so, and both cards show it: the one already in the channel is redrawn
    and told in its thread, so nobody answers it without knowing of the other."""
    new.problems = [_twin_note(old.id), *new.problems]
    if not any("same Message-ID but different content" in p for p in old.problems):
        old.problems = [_twin_note(new.id), *old.problems]
    uow.messages.flush()
    if not old.slack_channel or not old.slack_ts:
        return  # its card, when posted, carries the note
    enqueue_card_update(uow, old.id, now=now, cause=f"twin-{new.id}")
    _thread_note(
        uow,
        old,
        TWIN_NOTE,
        about=new.id,
        message_pk=old.id,
        text=(
            f":warning: Another mail (#{new.id}) arrived with this mail's Message-ID but a "
            "different text: one of the two may be forged. It has a card of its own; compare "
            "them before answering either."
        ),
        now=now,
    )


def _thread_note(
    uow: SqlUnitOfWork,
    card: MessageRow,
    purpose: str,
    *,
    about: int,
    message_pk: int,
    text: str,
    now: datetime,
) -> None:
    """Queue ``text`` for the thread of ``card`` (a message whose card is in the channel),
    once per ``purpose`` and message ``about``; the post belongs to ``message_pk``."""
    uow.slack_posts.enqueue(
        dedupe_key=f"{purpose}:{about}",
        purpose=purpose,
        channel=card.slack_channel or "",
        priority_at=now,
        now=now,
        message_pk=message_pk,
        payload={"text": text, "thread_ts": card.slack_ts},
    )


def _counted_from(
    sent_at: datetime | None, arrived_at: datetime, *, authenticated: bool
) -> tuple[datetime, str | None]:
    """When the buyer's 24 hours started, and the card's note when the Date was not taken.

    A Date in the future (bad clock, forged) must not buy time on the deadline; one long
    before the arrival is taken only from a mail our receiving server authenticated as
    Amazon's: anyone could write it to raise "deadline missed" at once.
    """
    if sent_at is None:
        return arrived_at, None
    if sent_at > arrived_at or authenticated:
        return min(sent_at, arrived_at), None
    earliest = arrived_at - UNAUTHENTICATED_DATE_LEEWAY
    if sent_at >= earliest:
        return sent_at, None
    note = (
        f"its Date ({sent_at.isoformat()}) is {_age(arrived_at - sent_at)} before it reached "
        f"the mailbox and it is not authenticated as Amazon's: the 24 hours are counted from "
        f"{earliest.isoformat()}; check the real time in Seller Central"
    )
    return earliest, note


def _age(span: timedelta) -> str:
    hours = int(span.total_seconds() // 3600)
    return f"{hours // 24} days" if hours >= 48 else f"{hours} hours"


def _new_row(
    raw: bytes,
    parsed: InboundMessage | None,
    message_id: str,
    *,
    arrived_at: datetime,
    problem: str | None,
    authenticated: bool = False,
) -> MessageRow:
    sent_at = parsed.sent_at if parsed else None
    # A Date in the future (bad clock, forged) must not buy time on the deadline.
    received_at = min(sent_at, arrived_at) if sent_at is not None else arrived_at
    # The deadline counts from here; received_at keeps the order the mails were written in.
    counted_from, date_problem = _counted_from(sent_at, arrived_at, authenticated=authenticated)
    problems = printable(list(parsed.problems)) if parsed else []
    if date_problem and parsed is not None and sent_at is not None:
        problems.append(date_problem)
        if parsed.respond_by is not None:
            # a window stated from that Date moves with it
            parsed = replace(parsed, respond_by=parsed.respond_by + (counted_from - sent_at))
    if problem and problem not in problems:
        problems.insert(0, printable_text(problem))
    malformed = parsed is None or problem is not None
    state = _state(parsed, malformed=malformed)
    row = MessageRow(
        message_id=message_id,
        state=state,
        problems=problems,
        raw_size=len(raw),
        raw_mime=raw[:RAW_KEEP_LIMIT] if malformed else None,
        received_at=received_at,
        arrived_at=arrived_at,
        due_at=(
            deadline_of(parsed, counted_from)
            if parsed is not None and is_claim(parsed)
            else parsed.respond_by
            if parsed is not None and parsed.answerable and parsed.respond_by is not None
            else counted_from + ANSWER_WITHIN
        ),
        # The sweep looks at a new buyer message at once: mail read after downtime may
        # already be past some thresholds.
        next_escalation_at=(
            counted_from if state in {MessageState.RECEIVED, MessageState.MALFORMED} else None
        ),
        attachments=[],
    )
    if parsed is not None:
        # Buyer text is stored without control characters: PostgreSQL refuses NUL.
        row.kind = parsed.kind
        row.system_kind = parsed.system_kind
        row.case_id = printable(parsed.case_id)
        row.order_id = printable(parsed.order_id)
        row.buyer_name = printable(parsed.buyer_name)
        row.buyer_alias = printable(parsed.buyer_alias)
        row.alias_case = printable(parsed.alias_case)
        row.marketplace = printable(parsed.marketplace)
        row.language = printable(parsed.language)
        row.intent = parsed.intent
        row.subject = printable(parsed.subject)
        row.body = printable(parsed.body)
        row.in_reply_to = printable(parsed.in_reply_to)
        row.comm_mgr_token = printable(parsed.comm_mgr_token)
        row.no_response_url = printable(parsed.no_response_url)
        row.reply_to = printable(parsed.reply_to)
        row.attachments = [_listed(a) for a in parsed.attachments]
    return row


def _listed(file: Attachment) -> dict[str, Any]:
    return printable(
        {"filename": file.filename, "content_type": file.content_type, "size": file.size}
    )


def _store_files(
    uow: SqlUnitOfWork, row: MessageRow, files: Sequence[IncomingFile], *, now: datetime
) -> None:
    """Store the files that have bytes; mark each in the listing as stored or refused.

    A listed attachment takes the first unused file of the same name and size; a file
    the listing lacks (the parser read another part of a forward) is listed too.
    """
    if not files or row.state is MessageState.MALFORMED:
        return
    listing = [dict(a) for a in row.attachments if isinstance(a, dict)]
    for position, file in enumerate(files):
        entry = next(
            (
                a
                for a in listing
                if "matched" not in a
                and a.get("filename") == file.filename
                and a.get("size") == file.size
            ),
            None,
        )
        if entry is None:
            entry = _listed(Attachment(file.filename, file.content_type, file.size))
            listing.append(entry)
        entry["matched"] = True
        if file.data is None:
            entry["refused"] = printable(file.refused or "not stored")
            continue
        if not file.data:
            entry["refused"] = "0 bytes: nothing to show"  # Slack refuses an empty upload
            continue
        mismatch = type_mismatch(file.content_type, file.data)
        if mismatch:
            entry["mismatch"] = mismatch
        stored = uow.files.add(
            FileRow(
                message_pk=row.id,
                direction="in",
                position=position,
                filename=file.filename,
                content_type=file.content_type,
                size=len(file.data),
                data=file.data,
                created_at=now,
            )
        )
        entry["file_pk"] = stored.id
    for entry in listing:
        entry.pop("matched", None)
    row.attachments = listing


def _order(row: MessageRow) -> tuple[datetime, int]:
    return (row.received_at, row.id)


def _earlier(uow: SqlUnitOfWork, row: MessageRow) -> list[MessageRow]:
    """The same buyer's other messages about the same order (the conversation so far)."""
    if row.state is not MessageState.RECEIVED or not row.order_id or not row.buyer_alias:
        return []
    return [
        other
        for other in uow.messages.by_order(row.order_id)
        if other.buyer_alias == row.buyer_alias
        and other.kind is MessageKind.BUYER_MESSAGE
        and other.account == row.account
    ]


def _conversation(row: MessageRow, earlier: list[MessageRow]) -> list[MessageRow]:
    """The messages of the conversation ``row`` joins (none: it starts its own).

    An unverified mail stays out of any conversation with a verified message in it; a
    verified one joins the oldest conversation, never the unverified mails kept apart.
    """
    if not earlier:
        return []
    if row.sender_verified is not True and any(o.sender_verified is True for o in earlier):
        return []
    root = min(other.thread_pk or other.id for other in earlier)
    return [other for other in earlier if (other.thread_pk or other.id) == root]


def _join_conversation(
    uow: SqlUnitOfWork, row: MessageRow, earlier: list[MessageRow], *, now: datetime
) -> None:
    """Put ``row`` (flushed) into its conversation; a later message carries it on."""
    if row.state is not MessageState.RECEIVED or not row.order_id or not row.buyer_alias:
        return
    roots = [other.thread_pk or other.id for other in earlier]
    row.thread_pk = min(roots) if roots else row.id
    later = [other for other in earlier if _order(other) > _order(row)]
    if later:
        # Mail read out of order (a backlog): the later message already carries the
        # conversation; this one is history from the start.
        row.state, row.next_escalation_at, row.closed_at = MessageState.SUPERSEDED, None, now
        uow.messages.flush()
        return
    uow.messages.flush()
    for other in earlier:
        # Its clock stops: the new message's runs (and pings) instead.
        uow.messages.transition(
            other.id,
            expected=SUPERSEDABLE,
            new=MessageState.SUPERSEDED,
            actor=None,
            now=now,
            next_escalation_at=None,
            closed_at=now,
        )


# wismo_mails_received{kind}: a buyer message (or a claim), Amazon's own mail, unreadable.
_RECEIVED_KIND = {MessageState.SYSTEM: "system", MessageState.MALFORMED: "unreadable"}


def _state(parsed: InboundMessage | None, *, malformed: bool) -> MessageState:
    if malformed or parsed is None:
        return MessageState.MALFORMED
    if parsed.kind is MessageKind.OTHER and any(
        p.endswith(NOT_FROM_AMAZON) for p in parsed.problems
    ):
        # Readable, and neither a buyer's nor Amazon's (a newsletter, a colleague): its
        # card shows it, no deadline runs on it.
        return MessageState.SYSTEM
    if parsed.kind is MessageKind.OTHER and parsed.problems:
        # Mail the parser could not place (truncated, undecodable, a look-alike sender):
        # it may be a buyer's message, so a human gets a card for it.
        return MessageState.MALFORMED
    if is_claim(parsed) or (parsed.kind is MessageKind.SYSTEM and parsed.answerable):
        # Amazon customer service asking us (with an address to answer) is drafted and
        # answered like a buyer message.  An A-to-z claim or a chargeback has a deadline
        # too: it is carded and swept like a buyer message (bot.services.disputes), never
        # drafted.
        return MessageState.RECEIVED
    if parsed.kind is not MessageKind.BUYER_MESSAGE:
        # Amazon system mail, or mail that is not from Amazon at all: shown, never drafted,
        # and no deadline runs on it.
        return MessageState.SYSTEM
    return MessageState.RECEIVED


def _result(row: MessageRow, *, created: bool) -> StoredResult:
    return StoredResult(
        message_pk=row.id,
        message_id=row.message_id,
        state=row.state,
        created=created,
        received_at=row.received_at,
        due_at=row.due_at,
    )
