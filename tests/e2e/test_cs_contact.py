"""Amazon customer service asking about an order is answered like a buyer message.

Through the running bot: Amazon's customer-service mail about the buyer's order arrives
at the mail webhook; its card carries a suggested reply with the tracking facts, and
Approve sends it, through the same policy gate, to the address the mail says to reply
to: an Amazon customer-service address, never anywhere else.
"""

from __future__ import annotations

from email.utils import format_datetime

from bot.db.models import OutboxRow, OutboxState
from bot.domain import MessageState, SystemKind
from bot.services.outbox import deliver_due
from tests.e2e.slack_harness import Bot, wait_until
from tests.e2e.test_slack_approve import approve

ORDER = "113-4021576-1000001"  # the first bundled mail's order (UPS, in transit)


def cs_mail(sent, *, reply_to: str = "cs-reply+12345678901@amazon.com", mid: str = "cs-1") -> bytes:
    return (
        'From: "Amazon.com Customer Service" <cs-reply@amazon.com>\r\n'
        "To: support@brightwater-home.example\r\n"
        "Subject: Inquiry from Amazon Customer Service\r\n"
        f"Date: {format_datetime(sent)}\r\n"
        f"Message-ID: <{mid}@amazon.com>\r\n"
        f"Reply-To: {reply_to}\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        "Dear Seller,\r\n\r\n"
        "We've been contacted by a customer regarding the order identified below.\r\n\r\n"
        f"Order#: {ORDER}\r\n"
        "Reason: Tracking info\r\n"
        "Details: The customer asks where the parcel is.\r\n\r\n"
        "Case ID: 12345678901\r\n"
        "Please reply to this e-mail within 48 hours with the carrier and tracking number.\r\n"
    ).encode()


def _cs_card(bot: Bot, mail: bytes) -> int:
    assert bot.deliver_mail(mail).status_code == 204
    bot.draft_and_post()
    with bot.services.uow_factory() as uow:
        rows = uow.messages.open_by_deadline({MessageState.CARDED}, limit=50)
        [row] = [r for r in rows if r.system_kind is SystemKind.AMAZON_CS_CONTACT]
        return row.id


def test_an_amazon_cs_request_is_answered_with_the_tracking_facts(bot, manifest):
    sent = bot.services.clock().replace(microsecond=0)
    pk = _cs_card(bot, cs_mail(sent))
    card = str(bot.card_of(pk)["blocks"])
    assert "Amazon customer service" in card and "wismo.approve" in card
    assert "1Z" in card  # the parcel's tracking is on the card

    assert approve(bot, pk).status_code == 200
    wait_until(lambda: bot.message_state(pk) is MessageState.ANSWERED, what="answered")
    [mail] = bot.mails()
    assert mail["To"] == "cs-reply+12345678901@amazon.com"
    assert mail["In-Reply-To"] == "<cs-1@amazon.com>"
    body = mail.get_body(("plain",)).get_content()
    assert ORDER in body and "1Z" in body


def test_a_reply_to_off_amazon_is_never_used_and_the_outbox_refuses_it(bot, manifest):
    sent = bot.services.clock().replace(microsecond=0)
    pk = _cs_card(bot, cs_mail(sent, reply_to="helpdesk@amazon-support.example", mid="cs-2"))
    with bot.services.uow_factory() as uow:
        row = uow.messages.get(pk)
        assert row is not None and row.reply_to == "cs-reply@amazon.com"  # From, allow-listed
        # A row that names another recipient (tampered with) never reaches the server.
        uow.outbox.add(
            OutboxRow(
                message_pk=pk,
                to_addr="helpdesk@amazon-support.example",
                subject="Re: x",
                body="Tracking: 1Z",
                mail_message_id="<tampered@wismo.invalid>",
                state=OutboxState.PENDING,
                created_at=sent,
                next_attempt_at=sent,
            )
        )
        uow.commit()
    mailer = bot.services.mailer
    assert mailer is not None
    counts = deliver_due(bot.services.uow_factory, mailer, now=sent)
    assert counts.failed == 1 and bot.mails() == []
    with bot.services.uow_factory() as uow:
        out = uow.outbox.for_message(pk)
        assert out is not None and "customer service" in (out.last_error or "")
