"""The demo's second act: Amazon's own mail and a buyer's photo.

After the bundled inbox, ``wismo demo`` shows what the bot does with Amazon's mails:

- a buyer's photo of the damage, kept with the message (and uploaded into the card's
  thread when the demo posts to Slack);
- an A-to-z Guarantee claim on a shipped order: a card with the deadline the mail
  states, the evidence (order, tracking with its scans, the conversation with the buyer)
  and what to do in Seller Central;
- a delivery failure of one of our replies: the first buyer's reply is sent (into the
  demo's own mailbox, no network), Amazon's notice that it was not delivered comes back,
  and the conversation opens again with "Amazon did not deliver our reply" and *Edit
  and send again*, its original deadline kept.

Every mail takes the real path (:func:`bot.services.pipeline.store_raw`, drafting, the
outbox); only the mail server is the demo's own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import format_datetime

from bot.domain import Conversation, MessageState, OutgoingMail
from bot.services.claims import claim
from bot.services.deciding import current, reply_mail
from bot.services.deps import Deps
from bot.services.outbox import deliver_due, enqueue
from bot.services.pipeline import draft_pending, store_raw
from bot.testing.mail_files import PHOTO, with_files

__all__ = ["PHOTO_MAIL", "DemoMailbox", "NoticeCard", "amazon_act", "with_photo"]

PHOTO_MAIL = "21_en_us_damaged.eml"
"""The bundled mail that arrives with the buyer's photo of the damage."""

PHOTO_NAME = "IMG_2041.png"
DEMO_AGENT = "U0DEMOAGENT"


@dataclass
class DemoMailbox:
    """The demo's mail server: keeps what the outbox sends, never touches the network."""

    sent: list[OutgoingMail] = field(default_factory=list)

    def send(self, mail: OutgoingMail) -> None:
        self.sent.append(mail)


@dataclass(frozen=True, slots=True)
class NoticeCard:
    name: str  # the card's JSON file stem
    what: str  # one line saying what happened
    conversation: Conversation


def with_photo(file: str, raw: bytes) -> bytes:
    """The bundled damaged-item mail with the buyer's photo attached; others unchanged."""
    if file != PHOTO_MAIL:
        return raw
    return with_files(raw, [(PHOTO_NAME, PHOTO, "image/png")])


def amazon_act(services: Deps, first_pk: int, *, now: datetime) -> list[NoticeCard]:
    """Answer the first buyer, have Amazon bounce it, and file an A-to-z claim; the cards."""
    mailbox = DemoMailbox()
    sent_at = now + timedelta(minutes=5)
    with services.uow_factory() as uow:
        row = uow.messages.get(first_pk)
        draft = uow.drafts.latest(first_pk)
        assert row is not None and draft is not None and row.order_id
        order_id, alias = row.order_id, row.buyer_alias or ""
        mail = reply_mail(row, draft.text, mail_from=services.settings.mail_from or "demo@x")
        claim(uow, first_pk, expected={MessageState.DRAFTED}, new=MessageState.SENDING,
              actor=DEMO_AGENT, now=sent_at)  # fmt: skip
        enqueue(uow, first_pk, mail, sent_at)
        uow.commit()
    deliver_due(services.uow_factory, mailbox, now=sent_at)

    bounced_at = sent_at + timedelta(minutes=10)
    store_raw(services, _bounce(mailbox.sent[0], alias, bounced_at), arrived_at=bounced_at)
    claim_at = bounced_at + timedelta(minutes=5)
    claim_pk = store_raw(services, _claim(order_id, claim_at), arrived_at=claim_at).message_pk
    draft_pending(services, now=claim_at, limit=5)
    return [
        NoticeCard(
            "delivery_failure_reopened",
            f"our reply to message {first_pk} was sent, Amazon did not deliver it: reopened",
            current(services, first_pk),
        ),
        NoticeCard(
            "a_to_z_claim", f"A-to-z claim on order {order_id}", current(services, claim_pk)
        ),
    ]


def _bounce(reply: OutgoingMail, alias: str, at: datetime) -> bytes:
    return (
        "From: Mail Delivery System <MAILER-DAEMON@amazonses.com>\r\n"
        "To: support@brightwater-home.example\r\n"
        "Subject: Delivery Status Notification (Failure)\r\n"
        f"Date: {format_datetime(at)}\r\n"
        "Message-ID: <demo-bounce-1@amazonses.com>\r\n"
        f"In-Reply-To: {reply.message_id}\r\n"
        f"References: {reply.message_id}\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        "Your message could not be delivered to one or more recipients.\r\n"
        "\r\n"
        f"<{alias}>: 550 5.7.1 sender address not approved for messaging "
        "(marketplace.amazon.com)\r\n"
    ).encode()


def _claim(order_id: str, at: datetime) -> bytes:
    return (
        'From: "Amazon A-to-z Guarantee" <atoz-guarantee-no-reply@amazon.com>\r\n'
        "To: support@brightwater-home.example\r\n"
        f"Subject: A-to-z Guarantee Claim Notification for Order {order_id}\r\n"
        f"Date: {format_datetime(at)}\r\n"
        "Message-ID: <demo-atoz-1@amazon.com>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        f"A buyer has filed an A-to-z Guarantee claim for order {order_id}.\r\n"
        "Claim ID: 9876543210\r\n"
        "Claim reason: Item not received\r\n"
        "\r\n"
        "Please respond within 72 hours in Seller Central.\r\n"
    ).encode()
