"""Domain types of the application, in one framework-free module.

Frozen dataclasses and enums only: no Slack, SQLAlchemy or httpx here.  Builders,
templates and services receive these snapshots, never live ORM rows.  Tracking types
come from ``carriers.model`` and compliance reports from ``compliance``: those
libraries own them and import nothing from ``bot``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from carriers.model import Tracking
    from compliance import Report

__all__ = [
    "AUTOPILOT_SCENARIOS",
    "CLAIM_KINDS",
    "DEFAULT_ACCOUNT",
    "DEFAULT_SELLER_NAME",
    "MARKETPLACES",
    "MAX_REPLY_CHARS",
    "OPEN_STATES",
    "REPLY_FILES_MAX_BYTES",
    "REPLY_FILE_EXTENSIONS",
    "REPLY_FILE_TYPES",
    "Account",
    "Address",
    "Attachment",
    "AuthOutcome",
    "AutopilotHold",
    "AutopilotHours",
    "AutopilotStatus",
    "BuyerMatch",
    "Conversation",
    "Decision",
    "DecisionKind",
    "Draft",
    "EvidenceEntry",
    "Exchange",
    "FulfilledBy",
    "HoldState",
    "InboundMessage",
    "Intent",
    "Marketplace",
    "MessageKind",
    "MessageState",
    "Order",
    "OrderStatus",
    "OutgoingFile",
    "OutgoingMail",
    "Package",
    "QueueEntry",
    "RejectReason",
    "ResponseFigures",
    "SenderCheck",
    "SystemKind",
    "TeamFigures",
    "marketplace_for_domain",
]


class MessageKind(StrEnum):
    BUYER_MESSAGE = "buyer_message"
    SYSTEM = "system"
    OTHER = "other"


class SystemKind(StrEnum):
    """Amazon mail that is not a buyer asking something: routed, never drafted."""

    A_TO_Z_CLAIM = "a_to_z_claim"
    CHARGEBACK = "chargeback"
    # Amazon customer service (or Customer Service by Amazon) asking the seller to act
    AMAZON_CS_CONTACT = "amazon_cs_contact"
    DELIVERY_FAILURE = "delivery_failure"  # Amazon did not deliver one of our messages
    OPT_OUT_BOUNCE = "opt_out_bounce"
    RETURN_REQUEST = "return_request"
    POLICY_WARNING = "policy_warning"  # a message of ours broke the messaging guidelines
    SENT_COPY = "sent_copy"
    OTHER = "other"


CLAIM_KINDS = frozenset({SystemKind.A_TO_Z_CLAIM, SystemKind.CHARGEBACK})
"""Amazon mail with money and the Order Defect Rate at stake: carded with a deadline."""

DEFAULT_SELLER_NAME = "Customer Service"
"""The signature under every suggested reply when the seller sets none."""

MAX_REPLY_CHARS = 3000
"""The longest reply that is sent: the Edit modal's input cap, enforced by the server too,
since only a Slack client honours the modal's ``max_length``."""

REPLY_FILES_MAX_BYTES = 10 * 1024 * 1024
"""What Amazon takes with one message: 10 MB of attachments (Seller Central help 200389080)."""

REPLY_FILE_TYPES = {
    "application/pdf": "PDF",
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/gif": "GIF",
    "text/plain": "TXT",
}
"""File types an agent may attach to a reply, by what the bytes are; the Edit modal offers
these and the send checks them again."""

REPLY_FILE_EXTENSIONS = ("pdf", "jpg", "jpeg", "png", "gif", "txt")
"""The same types as file-name extensions (what Slack's file input filters on)."""


class Intent(StrEnum):
    WHERE_IS_MY_ORDER = "where_is_my_order"
    CANCEL = "cancel"
    RETURN = "return"
    DAMAGED_OR_WRONG = "damaged_or_wrong"
    ADDRESS_CHANGE = "address_change"
    INVOICE = "invoice"
    THANKS = "thanks"  # nothing to answer: the card offers "No response needed"
    PRODUCT_QUESTION = "product_question"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Marketplace:
    code: str  # "US", "UK", "DE", ...
    domain: str  # "amazon.com", "amazon.co.uk", ...
    language: str  # default language of buyers there: "en", "de", ...
    timezone: str  # IANA zone for dates shown to the buyer
    marketplace_id: str  # SP-API marketplace id
    region: str  # SP-API region: "na", "eu", "fe"


MARKETPLACES: dict[str, Marketplace] = {
    m.code: m
    for m in (
        Marketplace("US", "amazon.com", "en", "America/New_York", "ATVPDKIKX0DER", "na"),
        Marketplace("CA", "amazon.ca", "en", "America/Toronto", "A2EUQ1WTGCTBG2", "na"),
        Marketplace("MX", "amazon.com.mx", "es", "America/Mexico_City", "A1AM78C64UM0Y8", "na"),
        Marketplace("BR", "amazon.com.br", "pt", "America/Sao_Paulo", "A2Q3Y263D00KWC", "na"),
        Marketplace("UK", "amazon.co.uk", "en", "Europe/London", "A1F83G8C2ARO7P", "eu"),
        Marketplace("IE", "amazon.ie", "en", "Europe/Dublin", "A28R8C7NBKEWEA", "eu"),
        Marketplace("DE", "amazon.de", "de", "Europe/Berlin", "A1PA6795UKMFR9", "eu"),
        Marketplace("FR", "amazon.fr", "fr", "Europe/Paris", "A13V1IB3VIYZZH", "eu"),
        Marketplace("ES", "amazon.es", "es", "Europe/Madrid", "A1RKKUPIHCS9HS", "eu"),
        Marketplace("IT", "amazon.it", "it", "Europe/Rome", "APJ6JRA9NG5V4", "eu"),
        Marketplace("NL", "amazon.nl", "nl", "Europe/Amsterdam", "A1805IZSGTT6HS", "eu"),
        Marketplace("BE", "amazon.com.be", "fr", "Europe/Brussels", "AMEN7PMS3EDWL", "eu"),
        Marketplace("SE", "amazon.se", "sv", "Europe/Stockholm", "A2NODRKZP88ZB9", "eu"),
        Marketplace("PL", "amazon.pl", "pl", "Europe/Warsaw", "A1C3SOZRARQ6R3", "eu"),
        Marketplace("TR", "amazon.com.tr", "tr", "Europe/Istanbul", "A33AVAJ2PDY3EV", "eu"),
        Marketplace("AE", "amazon.ae", "en", "Asia/Dubai", "A2VIGQ35RCS4UG", "eu"),
        Marketplace("SA", "amazon.sa", "ar", "Asia/Riyadh", "A17E79C6D8DWNP", "eu"),
        Marketplace("EG", "amazon.eg", "ar", "Africa/Cairo", "ARBP9OOSHTCHU", "eu"),
        Marketplace("IN", "amazon.in", "en", "Asia/Kolkata", "A21TJRUUN4KGV", "eu"),
        Marketplace("JP", "amazon.co.jp", "ja", "Asia/Tokyo", "A1VC38T7YXB528", "fe"),
        Marketplace("AU", "amazon.com.au", "en", "Australia/Sydney", "A39IBJ37TRP1C6", "fe"),
        Marketplace("SG", "amazon.sg", "en", "Asia/Singapore", "A19VAU5U5O7RUS", "fe"),
    )
}


def marketplace_for_domain(domain: str) -> Marketplace | None:
    """``marketplace.amazon.de`` or ``amazon.de`` -> the DE marketplace."""
    domain = domain.lower().removeprefix("marketplace.")
    return next((m for m in MARKETPLACES.values() if m.domain == domain), None)


DEFAULT_ACCOUNT = "default"
"""The one account of a deployment configured by the single-account variables."""


@dataclass(frozen=True, slots=True)
class Account:
    """One Seller Central account served by the deployment (``WISMO_ACCOUNTS_FILE``).

    Every message row names its account; replies go out through the account's own SMTP
    and From address, cards to its channel, and only its agents decide on them.  The
    credentials (SMTP URL, inbox URLs with passwords, SP-API secrets) never print.
    """

    id: str
    seller_name: str = DEFAULT_SELLER_NAME  # the signature under every suggested reply
    channel: str = ""
    agents: tuple[str, ...] = ()
    managers: tuple[str, ...] = ()
    viewers: tuple[str, ...] = ()  # empty: the agents and managers
    summary_channel: str = ""  # empty: the channel
    mail_from: str = ""
    smtp_url: str = field(default="", repr=False)
    inboxes: tuple[str, ...] = field(default=(), repr=False)
    marketplaces: tuple[str, ...] = ()  # MARKETPLACES keys; empty: every marketplace
    spapi_refresh_token: str = field(default="", repr=False)
    spapi_client_id: str = ""
    spapi_client_secret: str = field(default="", repr=False)
    spapi_region: str = "na"

    @property
    def readers(self) -> tuple[str, ...]:
        """Who may read this account's buyer data: the viewers, else agents and managers."""
        return self.viewers or tuple(dict.fromkeys((*self.agents, *self.managers)))

    @property
    def report_channel(self) -> str:
        """Where the daily summary goes."""
        return self.summary_channel or self.channel

    def sells_in(self, marketplace: str | None) -> bool:
        """Whether a message from ``marketplace`` is this account's business (unknown: yes)."""
        return not self.marketplaces or marketplace is None or marketplace in self.marketplaces


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file of a mail, listed for the agent.

    ``stored``: its bytes are kept (and shown in the card's thread); ``refused`` says why
    they are not (over the size cap, unreadable).
    """

    filename: str
    content_type: str
    size: int
    stored: bool = False
    refused: str | None = None
    mismatch: str | None = None  # the bytes are not the declared type (bot.mail.files)


@dataclass(frozen=True, slots=True)
class InboundMessage:
    """One Amazon relay e-mail, parsed.  ``problems`` names anything that went wrong."""

    kind: MessageKind
    message_id: str
    subject: str
    body: str
    sent_at: datetime | None  # the mail's Date header, timezone-aware
    order_id: str | None = None
    buyer_name: str | None = None
    buyer_alias: str | None = None  # local@marketplace.amazon.tld, +case suffix removed
    alias_case: str | None = None  # the +suffix (Seller Central case id), when present
    marketplace: str | None = None  # MARKETPLACES key
    language: str | None = None
    intent: Intent | None = None
    follow_up: bool = False  # continues an earlier message ("still nothing??")
    system_kind: SystemKind | None = None
    case_id: str | None = None  # the claim, chargeback or case id an Amazon mail states
    respond_by: datetime | None = None  # the answer deadline an Amazon mail states
    in_reply_to: str | None = None
    # Message-IDs the mail refers to: In-Reply-To, References and those of a returned
    # original (a bounce names the mail it could not deliver).
    references: tuple[str, ...] = ()
    comm_mgr_token: str | None = None
    no_response_url: str | None = None
    attachments: tuple[Attachment, ...] = ()
    problems: tuple[str, ...] = ()
    # Where Amazon customer service asks to be answered (an allow-listed Amazon CS address,
    # bot.mail.sender.amazon_cs_problem); None for every other mail.
    reply_to: str | None = None

    @property
    def answerable(self) -> bool:
        """A reply by mail answers it: a buyer's message, or Amazon customer service
        asking the seller (with an address to answer)."""
        return self.kind is MessageKind.BUYER_MESSAGE or (
            self.system_kind is SystemKind.AMAZON_CS_CONTACT and bool(self.reply_to)
        )


class OrderStatus(StrEnum):
    """Orders v2026-01-01 ``fulfillment.fulfillmentStatus``."""

    PENDING_AVAILABILITY = "PENDING_AVAILABILITY"
    PENDING = "PENDING"
    UNSHIPPED = "UNSHIPPED"
    PARTIALLY_SHIPPED = "PARTIALLY_SHIPPED"
    SHIPPED = "SHIPPED"
    CANCELLED = "CANCELLED"
    UNFULFILLABLE = "UNFULFILLABLE"


class FulfilledBy(StrEnum):
    AMAZON = "AMAZON"
    MERCHANT = "MERCHANT"


@dataclass(frozen=True, slots=True)
class Address:
    city: str | None = None
    postal_code: str | None = None
    country_code: str | None = None


@dataclass(frozen=True, slots=True)
class Package:
    carrier: str | None  # as Amazon names it: "UPS", "Royal Mail", "DHL", ...
    tracking_number: str | None
    shipping_service: str | None = None
    ship_time: datetime | None = None
    status: str | None = None  # packageStatus.status
    detailed_status: str | None = None  # packageStatus.detailedStatus


@dataclass(frozen=True, slots=True)
class Order:
    order_id: str
    status: OrderStatus
    fulfilled_by: FulfilledBy
    marketplace_id: str | None = None
    created_at: datetime | None = None
    ship_by_earliest: datetime | None = None
    ship_by_latest: datetime | None = None
    deliver_by_earliest: datetime | None = None
    deliver_by_latest: datetime | None = None
    service_level: str | None = None
    items: tuple[str, ...] = ()  # product titles
    packages: tuple[Package, ...] = ()
    ship_to: Address | None = None
    # buyer.buyerEmail: the buyer's relay alias, given only to sellers with the PII role
    buyer_email: str | None = None


class AuthOutcome(StrEnum):
    """What the trusted receiving server (``WISMO_AUTHSERV_ID``) said about the From domain."""

    PASS = "pass"  # DMARC, or DKIM/SPF aligned with the relay domain, passed
    FAIL = "fail"  # the server found the Amazon sender forged or its signature broken
    MISSING = "missing"  # no verdict on Amazon's domain from that server (or unreadable)
    NOT_CHECKED = "not_checked"  # WISMO_AUTHSERV_ID is not set: nobody to trust


class BuyerMatch(StrEnum):
    """The relay alias against the buyer e-mail SP-API gives for the order."""

    MATCH = "match"
    MISMATCH = "mismatch"
    UNKNOWN = "unknown"  # no order, or SP-API gave no buyer e-mail: not compared
    PENDING = "pending"  # the order has not been looked up yet


@dataclass(frozen=True, slots=True)
class SenderCheck:
    """Whether a buyer message comes from the order's buyer through Amazon's relay.

    A message whose sender is not verified gets no suggested reply, no Approve and no
    tracking on its card; ``problems`` says why, in words for the agent.
    """

    authentication: AuthOutcome
    buyer: BuyerMatch = BuyerMatch.PENDING
    problems: tuple[str, ...] = ()
    detail: str = ""  # the verdict read, e.g. "mx.example.com: dmarc=pass header.from=..."

    @property
    def verified(self) -> bool:
        return not self.problems


class MessageState(StrEnum):
    """Where a buyer message is in its life.  Only one decision moves it out of CARDED."""

    RECEIVED = "received"  # stored, not yet enriched
    DRAFTED = "drafted"  # draft ready, card not yet posted
    CARDED = "carded"  # card in Slack, waiting for a decision
    SENDING = "sending"  # approved: reply in the outbox
    ANSWERED = "answered"  # reply sent (or marked answered after manual handling)
    MANUAL = "manual"  # agent handles it in Seller Central: deadline still runs
    NO_RESPONSE = "no_response"  # no response needed: clock stopped
    SPAM = "spam"
    FAILED = "failed"  # sending failed for good: a human must act
    # The buyer wrote again before this was answered: the later message carries the
    # conversation (its card, its clock); this one is shown in its history.
    SUPERSEDED = "superseded"
    SYSTEM = "system"  # Amazon system mail, shown but never answered
    MALFORMED = "malformed"  # could not be parsed: kept and shown to a human


class DecisionKind(StrEnum):
    APPROVE = "approve"
    EDIT = "edit"
    REJECT = "reject"
    MARK_ANSWERED = "mark_answered"
    # A reply sent once more: after the mail server or Amazon refused it ("Edit and send
    # again"), or after a human found a reply in doubt missing from the sent folder.
    RESEND = "resend"
    # The draft sent without a click after its hold ran out ("sent by autopilot");
    # the actor is None.  Also the audit row of an autopilot send the gate refused.
    AUTOPILOT = "autopilot"
    STOP_AUTOPILOT = "stop_autopilot"  # an agent pressed Stop during the hold


AUTOPILOT_SCENARIOS: frozenset[str] = frozenset(
    {"in_transit", "out_for_delivery", "available_for_pickup", "delivery_attempted", "delivered"}
)
"""The scenarios ``WISMO_AUTOPILOT`` may list: tracking answers taken from the carrier's own
live status, nothing an agent must add or decide."""


class HoldState(StrEnum):
    """An autopilot hold: a card that sends itself unless somebody stops it."""

    HOLDING = "holding"  # the card says "Sends automatically at ..." and offers Stop
    SENT = "sent"  # the autopilot queued the reply (the outbox sends it once)
    STOPPED = "stopped"  # an agent pressed Stop: a normal card
    CANCELLED = "cancelled"  # autopilot switched off, or the card was decided meanwhile
    REFUSED = "refused"  # at the send: the gate, the cap or the hours said no


@dataclass(frozen=True, slots=True)
class AutopilotHold:
    """What a card shows of its hold."""

    state: HoldState
    send_at: datetime
    ended_at: datetime | None = None
    ended_by: str | None = None  # who pressed Stop or switched autopilot off
    reason: str = ""  # why it was not sent (refused, cancelled)


@dataclass(frozen=True, slots=True)
class AutopilotHours:
    """When the autopilot may send (``WISMO_AUTOPILOT_HOURS``), in the workspace's zone.

    ``windows`` holds, per weekday (0 Monday .. 6 Sunday), the ``(start, end)`` minutes of
    the day; an end before the start ("18:00-08:00") covers the evening and the early
    morning of that same weekday.  ``text`` is the setting as written.
    """

    windows: tuple[tuple[int, int, int], ...]  # (weekday, start minute, end minute)
    text: str = ""

    def contains(self, local: datetime) -> bool:
        """Whether ``local`` (already in the workspace's zone) is in one of the windows."""
        minute = local.hour * 60 + local.minute
        for day, start, end in self.windows:
            if day != local.weekday():
                continue
            if start < end and start <= minute < end:
                return True
            if start >= end and (minute >= start or minute < end):
                return True
        return False


@dataclass(frozen=True, slots=True)
class AutopilotStatus:
    """What ``/wismo autopilot status`` shows."""

    scenarios: tuple[str, ...]  # WISMO_AUTOPILOT; empty: not configured
    on: bool
    changed_by: str | None
    changed_at: datetime | None
    holding: int  # cards on hold now
    sent_today: int
    daily_cap: int
    hold: timedelta
    hours: str  # "" = at any hour
    time_zone: str
    in_hours_now: bool


class RejectReason(StrEnum):
    HANDLE_MANUALLY = "handle_manually"
    NO_RESPONSE_NEEDED = "no_response_needed"
    SPAM = "spam"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class OutgoingFile:
    """A file the agent attached to a reply: a MIME part of the mail."""

    filename: str  # safe (bot.mail.files.safe_filename) and checked by the policy gate
    content_type: str  # what the bytes are (bot.mail.files.sniff), never what a name says
    data: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class OutgoingMail:
    """A reply on its way to the buyer's relay alias, exactly as it will be sent."""

    to: str  # the buyer's relay alias (with its +case suffix when Amazon gave one)
    subject: str  # "Re: <buyer's subject>" keeps Amazon's thread
    body: str  # plain text, checked by the compliance engine at the moment of sending
    message_id: str  # our own Message-ID, fixed when the reply enters the outbox
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    attachments: tuple[OutgoingFile, ...] = ()


@dataclass(frozen=True, slots=True)
class Draft:
    """One version of the suggested reply, with the policy verdict on exactly this text."""

    text: str
    version: int
    scenario: str  # template scenario, "" when the agent must write the reply
    language: str
    report: Report
    created_by: str | None = None  # Slack user id; None = the bot
    # What the agent does with it (bot.replies.NextStep's value): send_reply,
    # agent_action_then_reply, no_response_needed, agent_writes.
    next_step: str = "send_reply"
    action: str | None = None  # the button when the agent acts first ("Cancelled in ...")
    waits_for: str | None = None  # a fact only the agent gives ("new_ship_date")
    # The agent's other replies for the same matter, one button each on the card
    # (after a damaged item: replacement, refund, return; a lost parcel: reship, refund).
    choices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Decision:
    kind: DecisionKind
    actor: str  # Slack user id
    at: datetime
    reason: RejectReason | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Exchange:
    """One earlier step of a conversation, as its card lists them: a buyer message, our
    reply, or a decision that nothing needed answering."""

    at: datetime
    by_buyer: bool
    text: str
    actor: str | None = None  # the agent who sent or decided it (None: the buyer or the bot)
    no_response: bool = False  # "No response needed" was decided on the buyer's message


@dataclass(frozen=True, slots=True)
class EvidenceEntry:
    """One message of the conversation with the buyer, as a claim's evidence lists it."""

    at: datetime
    by_buyer: bool  # False: our reply
    text: str


@dataclass(frozen=True, slots=True)
class Conversation:
    """Everything a card, a slash command or the queue shows about one buyer message."""

    pk: int
    message: InboundMessage
    state: MessageState
    received_at: datetime
    due_at: datetime
    order: Order | None = None
    order_problem: str = ""  # why there is no order: not found, SP-API down, no order id
    sender: SenderCheck | None = None  # None: not a buyer message, or stored before the check
    trackings: tuple[Tracking, ...] = ()
    draft: Draft | None = None
    decision: Decision | None = None
    answered_at: datetime | None = None
    outcome: str = ""  # what happened after the decision: sent, refused, failed (and why)
    send_in_doubt: bool = False  # the reply may or may not have left: a human must say
    slack_channel: str | None = None
    slack_ts: str | None = None
    # Earlier messages of the same buyer about the same order and our replies to them,
    # newest first (loaded for a card; empty in queue views).
    history: tuple[Exchange, ...] = ()
    # An A-to-z claim's or chargeback's evidence: the buyer's messages about its order and
    # our replies, oldest first (loaded for its card only).
    evidence: tuple[EvidenceEntry, ...] = ()
    autopilot: AutopilotHold | None = None  # the message qualified for the autopilot
    time_zone: str = "UTC"  # the workspace's (WISMO_TIMEZONE): the hold's send time
    account: str = DEFAULT_ACCOUNT  # the seller account whose inbox received it

    @property
    def sender_not_verified(self) -> bool:
        """No one-click reply and no tracking for this message (see :class:`SenderCheck`)."""
        return self.sender is not None and not self.sender.verified

    @property
    def open(self) -> bool:
        """The 24-hour clock still runs (manual handling keeps it running)."""
        return self.state in OPEN_STATES


@dataclass(frozen=True, slots=True)
class QueueEntry:
    """One line of the queue (``/wismo queue``, App Home, ``/order``): only what the line
    shows, so a page of them loads without orders, tracking or policy checks."""

    pk: int
    state: MessageState
    due_at: datetime
    order_id: str | None
    buyer_name: str | None
    intent: Intent | None
    decided_by: str | None  # who made the latest decision
    edited_by: str | None  # who wrote the latest draft (None: the bot)
    slack_channel: str | None = None
    slack_ts: str | None = None
    account: str = DEFAULT_ACCOUNT

    @classmethod
    def of(cls, conv: Conversation) -> QueueEntry:
        """The line of a conversation already loaded whole (``/order``)."""
        return cls(
            pk=conv.pk,
            state=conv.state,
            due_at=conv.due_at,
            order_id=conv.message.order_id,
            buyer_name=conv.message.buyer_name,
            intent=conv.message.intent,
            decided_by=conv.decision.actor if conv.decision is not None else None,
            edited_by=conv.draft.created_by if conv.draft is not None else None,
            slack_channel=conv.slack_channel,
            slack_ts=conv.slack_ts,
            account=conv.account,
        )


OPEN_STATES: frozenset[MessageState] = frozenset(
    {
        MessageState.RECEIVED,
        MessageState.DRAFTED,
        MessageState.CARDED,
        MessageState.SENDING,
        MessageState.MANUAL,
        MessageState.FAILED,
        # Mail the bot could not read may be a buyer's: its clock runs until a person
        # has looked and pressed Mark answered.
        MessageState.MALFORMED,
    }
)
"""States in which the 24-hour clock runs (a failed send still needs an answer)."""


@dataclass(frozen=True, slots=True)
class ResponseFigures:
    """How fast the team answered over a window: what App Home shows
    (``bot.services.stats.response_figures``); the daily summary shows more."""

    since: datetime
    until: datetime
    answered: int  # buyer messages answered in the window
    answered_in_time: int  # ... of which within 24 h of the buyer's message
    median_response: timedelta | None  # None when nothing was answered
    p90_response: timedelta | None
    breaches: int


@dataclass(frozen=True, slots=True)
class TeamFigures:
    """How the team did over a window (``bot.services.stats.team_figures`` computes it)."""

    since: datetime
    until: datetime
    answered: int  # buyer messages answered in the window
    answered_in_time: int  # ... of which within 24 h of the buyer's message
    median_response: timedelta | None  # None when nothing was answered
    p90_response: timedelta | None
    breaches: int
    open_now: int  # buyer messages whose clock runs at ``until``
    overdue_now: int  # ... of which already past the deadline
    top_reject_reasons: tuple[tuple[str, int], ...]  # most frequent first
    top_refusal_rules: tuple[tuple[str, int], ...]  # compliance rule ids, most frequent first
    # Replies Amazon did not deliver, by reason (bot.mail.system_mail.failure_reason)
    delivery_failures: tuple[tuple[str, int], ...] = ()
    answered_by_autopilot: int = 0  # of ``answered``: sent by the autopilot, no click
    # Mail shown for a human look that asks no answer of its own, by what it is:
    # "unreadable" (or not from a known relay address), "unrecognised" (Amazon mail),
    # "not_amazon" (neither a buyer's nor Amazon's)
    mail_for_a_look: tuple[tuple[str, int], ...] = ()

    @property
    def in_time_share(self) -> float | None:
        """Answered in time / answered (None when nothing was answered)."""
        return self.answered_in_time / self.answered if self.answered else None
