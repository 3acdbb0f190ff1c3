"""The database schema: SQLAlchemy 2 typed models, one class per table.

Rows are handed to services only; builders and templates get frozen domain snapshots.
Every timestamp is an aware UTC ``datetime`` (see :mod:`bot.db.types`).

Raw mail bytes are *not* kept for parsed mail: the parsed fields are what the bot and the
agents use, and a second copy of a buyer's personal data would have to be found and purged
again.  Only mail the parser could not read (state ``MALFORMED``) keeps its raw bytes, up
to :data:`RAW_KEEP_LIMIT`, so a human can open it; retention purges them like the text.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bot.db.types import EnumText, UtcDateTime
from bot.domain import (
    DEFAULT_ACCOUNT,
    OPEN_STATES,  # re-exported: states in which the 24-hour clock runs
    DecisionKind,
    HoldState,
    Intent,
    MessageKind,
    MessageState,
    RejectReason,
    SystemKind,
)

__all__ = [
    "OPEN_STATES",
    "RAW_KEEP_LIMIT",
    "AutopilotDayRow",
    "AutopilotHoldRow",
    "Base",
    "DecisionRow",
    "DeliveryFailureRow",
    "DraftRow",
    "EscalationRow",
    "FileRow",
    "MessageRow",
    "OrderRow",
    "OutboxRow",
    "OutboxState",
    "PostState",
    "SlackPostRow",
    "SwitchRow",
    "TrackingSnapshotRow",
]

RAW_KEEP_LIMIT = 2 * 1024 * 1024
"""Bytes of a malformed mail kept for a human (a 15 MB attachment bomb is cut here)."""


class OutboxState(StrEnum):
    PENDING = "pending"  # waiting to be sent (first try or after a transient failure)
    SENDING = "sending"  # claimed by a worker: the SMTP outcome is not yet recorded
    SENT = "sent"
    FAILED = "failed"  # the server refused it: a human must act
    STUCK = "stuck"  # outcome unknown after a crash or timeout: never resent automatically


class PostState(StrEnum):
    PENDING = "pending"
    POSTED = "posted"
    FAILED = "failed"


_NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=_NAMING)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        datetime: UtcDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


def _account_column() -> Mapped[str]:
    """The seller account (``bot.domain.Account.id``) a row belongs to."""
    return mapped_column(String(32), default=DEFAULT_ACCOUNT, server_default=DEFAULT_ACCOUNT)


OPEN_PREDICATE = "state IN ({})".format(", ".join(f"'{s.value}'" for s in sorted(OPEN_STATES)))
"""SQL for "the 24-hour clock runs": the predicate of the queue's partial index."""


class MessageRow(Base):
    """One inbound mail: a buyer message, an Amazon system mail, or a mail we could not read."""

    __tablename__ = "messages"
    __table_args__ = (
        # The queue: open rows by deadline.
        Index("ix_messages_state_due_at", "state", "due_at"),
        # The SLA sweep: only rows with a threshold to fire now (see next_escalation_at).
        Index("ix_messages_state_next_escalation_at", "state", "next_escalation_at"),
        Index("ix_messages_closed_at", "closed_at"),
        Index("ix_messages_order_id", "order_id"),
        Index("ix_messages_thread_pk", "thread_pk"),
        # One account's queue (/wismo queue, App Home, the daily summary).
        Index("ix_messages_account_state_due_at", "account", "state", "due_at"),
        # The queue's page (WHERE state IN open AND account IN ... ORDER BY due_at, id
        # LIMIT n): open rows only, in the page's order, so PostgreSQL reads the first n
        # and stops.  Partial, because closed conversations pile up with earlier
        # deadlines: a whole-table (account, due_at, id) index walks past all of them.
        Index(
            "ix_messages_open_account_due_at_id",
            "account",
            "due_at",
            "id",
            postgresql_where=text(OPEN_PREDICATE),
            sqlite_where=text(OPEN_PREDICATE),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = _account_column()
    # The dedupe key: the mail's Message-ID (synthesised from the bytes when missing), or,
    # for a second mail with a stored Message-ID but other content, one derived from both.
    message_id: Mapped[str] = mapped_column(String(512), unique=True)
    # bot.mail.content_digest of the mail: the same Message-ID with another digest is
    # another mail (a forgery, or the genuine one a forgery came before), never a repeat.
    content_digest: Mapped[str | None] = mapped_column(String(64))
    state: Mapped[MessageState] = mapped_column(EnumText(MessageState))
    kind: Mapped[MessageKind | None] = mapped_column(EnumText(MessageKind))
    system_kind: Mapped[SystemKind | None] = mapped_column(EnumText(SystemKind))
    case_id: Mapped[str | None] = mapped_column(String(64))  # a claim's or case's own id
    order_id: Mapped[str | None] = mapped_column(String(32))
    buyer_name: Mapped[str | None] = mapped_column(String(200))
    buyer_alias: Mapped[str | None] = mapped_column(String(320))
    alias_case: Mapped[str | None] = mapped_column(String(100))
    marketplace: Mapped[str | None] = mapped_column(String(8))
    language: Mapped[str | None] = mapped_column(String(16))
    intent: Mapped[Intent | None] = mapped_column(EnumText(Intent))
    subject: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    comm_mgr_token: Mapped[str | None] = mapped_column(String(200))
    no_response_url: Mapped[str | None] = mapped_column(Text)
    # Where Amazon customer service asks to be answered (bot.domain.InboundMessage.reply_to)
    reply_to: Mapped[str | None] = mapped_column(String(320))
    # [{"filename", "content_type", "size", "file_pk", "refused", "mismatch"}]: listed for
    # the agent; the bytes of those within the cap are FileRows (file_pk), the others say
    # why not; "mismatch" when the bytes are not the declared type.
    attachments: Mapped[list[Any]] = mapped_column(default=list)
    problems: Mapped[list[Any]] = mapped_column(default=list)
    # Whether the mail comes from the order's buyer through Amazon's relay (see
    # bot.domain.SenderCheck): None for system mail and rows stored before the check.
    # The autopilot (bot.services.autopilot) holds a reply only where it is true.
    sender_verified: Mapped[bool | None]
    sender_check: Mapped[dict[str, Any] | None]  # authentication, buyer, problems, detail
    raw_size: Mapped[int] = mapped_column(default=0)
    raw_mime: Mapped[bytes | None] = mapped_column(LargeBinary)  # malformed mail only
    received_at: Mapped[datetime]  # when the buyer sent it, never later than arrived_at
    arrived_at: Mapped[datetime]
    due_at: Mapped[datetime]  # received_at + 24 h
    # When the sweep must next look at this row: received_at on arrival, then
    # due_at - (next unfired threshold) after each firing, None when nothing is left.
    # Selecting "open and next_escalation_at <= now" touches only rows with work to do;
    # "due_at within the threshold and not yet fired" would re-scan every row already
    # pinged (half the open queue at 12 h) on each sweep.
    next_escalation_at: Mapped[datetime | None]
    answered_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]  # conversation over: the retention clock starts
    purged_at: Mapped[datetime | None]
    state_changed_by: Mapped[str | None] = mapped_column(String(64))  # Slack user id
    state_changed_at: Mapped[datetime | None]
    slack_channel: Mapped[str | None] = mapped_column(String(32))
    slack_ts: Mapped[str | None] = mapped_column(String(32))
    # The conversation: the id of the first message of the same buyer alias about the same
    # order (its own id for that first one; None without an alias or an order id).  A plain
    # integer, not a foreign key: SQLite cannot add one to an existing table, and message
    # rows are purged of personal data, never deleted.
    thread_pk: Mapped[int | None]
    version: Mapped[int] = mapped_column(default=1)


class OrderRow(Base):
    """The latest SP-API order snapshot; ``snapshot`` is None when Amazon does not know it."""

    __tablename__ = "orders"

    order_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    snapshot: Mapped[dict[str, Any] | None]
    error: Mapped[str | None] = mapped_column(String(64))  # e.g. "not_found"
    fetched_at: Mapped[datetime]


class TrackingSnapshotRow(Base):
    __tablename__ = "tracking_snapshots"
    __table_args__ = (
        Index("ix_tracking_snapshots_number", "carrier", "number", "fetched_at"),
        Index("ix_tracking_snapshots_message_pk", "message_pk"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    order_id: Mapped[str | None] = mapped_column(String(32))
    carrier: Mapped[str] = mapped_column(String(32))
    number: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(32))  # carriers.model.TrackingStatus value
    payload: Mapped[dict[str, Any]]
    fetched_at: Mapped[datetime]


class DraftRow(Base):
    """Every version of a suggested or edited reply; ``created_by`` None means the bot."""

    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("message_pk", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    version: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    scenario: Mapped[str | None] = mapped_column(String(64))
    lang: Mapped[str | None] = mapped_column(String(16))
    compliance: Mapped[dict[str, Any] | None]
    created_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime]


class DecisionRow(Base):
    """Audit log: who decided what, when, on which text.  Retention blanks ``text``/``note``."""

    __tablename__ = "decisions"
    __table_args__ = (Index("ix_decisions_message_pk", "message_pk"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = _account_column()  # the message's, kept when it is purged
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    kind: Mapped[DecisionKind] = mapped_column(EnumText(DecisionKind))
    reason: Mapped[RejectReason | None] = mapped_column(EnumText(RejectReason))
    actor: Mapped[str | None] = mapped_column(String(64))  # Slack user id; None = the bot
    outcome: Mapped[str | None] = mapped_column(String(64))  # "sent", "refused", ...
    text: Mapped[str | None] = mapped_column(Text)  # the exact reply text sent or refused
    note: Mapped[str | None] = mapped_column(Text)  # "other" reason text
    compliance: Mapped[dict[str, Any] | None]
    at: Mapped[datetime]


class OutboxRow(Base):
    """One reply per message, sent at most once.  See :mod:`bot.services.outbox`."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state_next_attempt_at", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = _account_column()  # whose SMTP and From address send it
    message_pk: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), unique=True
    )
    to_addr: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    mail_message_id: Mapped[str] = mapped_column(String(512), unique=True)  # ours
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    references: Mapped[list[Any]] = mapped_column(default=list)
    state: Mapped[OutboxState] = mapped_column(EnumText(OutboxState))
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    next_attempt_at: Mapped[datetime | None]
    sending_started_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    stuck_reported_at: Mapped[datetime | None]
    resolved_by: Mapped[str | None] = mapped_column(String(64))  # who checked a stuck row


class DeliveryFailureRow(Base):
    """Amazon did not deliver one of our replies: which notice said so, about which reply.

    ``notice_pk`` is unique, so a notice delivered twice reopens the conversation once;
    ``mail_message_id`` keeps the Message-ID of the reply that failed, which the outbox
    row forgets when the agent sends again.
    """

    __tablename__ = "delivery_failures"
    __table_args__ = (Index("ix_delivery_failures_at", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_pk: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), unique=True
    )
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    mail_message_id: Mapped[str] = mapped_column(String(512))
    matched_by: Mapped[str] = mapped_column(String(16))  # "references" or "alias_time"
    reason: Mapped[str] = mapped_column(String(32))  # bot.mail.system_mail.failure_reason
    detail: Mapped[str | None] = mapped_column(Text)  # the notice's own reason line
    at: Mapped[datetime]


class FileRow(Base):
    """A file that travels with mail: a buyer's attachment (``in``) or one of our reply (``out``).

    Personal data: the retention purge deletes the rows of a conversation with its text.
    ``slack_file_id`` is set once an incoming file is in the card's thread.
    """

    __tablename__ = "files"
    __table_args__ = (Index("ix_files_message_pk", "message_pk"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    direction: Mapped[str] = mapped_column(String(8))  # "in" or "out"
    position: Mapped[int]
    filename: Mapped[str] = mapped_column(String(255))  # bot.mail.files.safe_filename
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int]
    data: Mapped[bytes] = mapped_column(LargeBinary)
    slack_file_id: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime]


class EscalationRow(Base):
    """One SLA threshold fired for one message; the unique pair makes it fire once."""

    __tablename__ = "escalations"
    __table_args__ = (UniqueConstraint("message_pk", "threshold"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    threshold: Mapped[str] = mapped_column(String(16))  # "12h", "4h", "1h", "0h"
    fired_at: Mapped[datetime]
    # Posting happens after the claim commits; these record it so a failed post is retried.
    posted_at: Mapped[datetime | None]
    slack_ts: Mapped[str | None] = mapped_column(String(32))
    last_error: Mapped[str | None] = mapped_column(Text)


class SlackPostRow(Base):
    """The paced poster's queue: most urgent ``priority_at`` first, retried with backoff.

    ``dedupe_key`` (e.g. ``card:42``) makes enqueueing the same post twice a no-op.
    """

    __tablename__ = "slack_posts"
    __table_args__ = (Index("ix_slack_posts_state_priority_at", "state", "priority_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    dedupe_key: Mapped[str] = mapped_column(String(128), unique=True)
    purpose: Mapped[str] = mapped_column(String(32))  # "card", "card_update", "ping", ...
    channel: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any] | None]
    state: Mapped[PostState] = mapped_column(EnumText(PostState))
    priority_at: Mapped[datetime]  # the message's due_at: earliest deadline posts first
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None]
    # Set while a poster is calling Slack: still set at the next claim, the call's
    # outcome was never recorded (the poster died) and the post may be in the channel.
    claimed_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    posted_at: Mapped[datetime | None]
    ts: Mapped[str | None] = mapped_column(String(32))


class AutopilotHoldRow(Base):
    """A card that sends itself at ``send_at`` unless stopped (:mod:`bot.services.autopilot`).

    One per message (unique): the move out of ``holding`` is a conditional UPDATE, so of
    two workers reaching a due hold at once exactly one sends it.
    """

    __tablename__ = "autopilot_holds"
    __table_args__ = (Index("ix_autopilot_holds_state_send_at", "state", "send_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_pk: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), unique=True
    )
    state: Mapped[HoldState] = mapped_column(EnumText(HoldState))
    send_at: Mapped[datetime]
    due_at: Mapped[datetime]  # the message's deadline: the sweep shortens the hold by it
    created_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    ended_by: Mapped[str | None] = mapped_column(String(64))  # Slack user id
    reason: Mapped[str | None] = mapped_column(Text)


class AutopilotDayRow(Base):
    """How many replies the autopilot sent on one day (the workspace's): the daily cap.

    Counted with ``UPDATE ... SET sent = sent + 1 WHERE sent < cap``, so racing workers
    never pass the cap."""

    __tablename__ = "autopilot_days"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)  # YYYY-MM-DD
    sent: Mapped[int] = mapped_column(default=0)


class SwitchRow(Base):
    """A switch every process reads from the database (``autopilot``: on or off)."""

    __tablename__ = "switches"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    enabled: Mapped[bool]
    changed_by: Mapped[str | None] = mapped_column(String(64))
    changed_at: Mapped[datetime]
