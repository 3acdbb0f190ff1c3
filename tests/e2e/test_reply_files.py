"""An agent attaches a PDF in Edit: it reaches the SMTP sink as one MIME part, once.

Through the running bot: the agent opens Edit, picks a file in the modal's file input
(the fake Slack holds it as Slack would), and sends.  The bot fetches the file from Slack
(files.info, then its private URL with the bot token), checks what the bytes are and the
name against the policy, and mails it as a MIME part.  The mail server first says "try
later", then a worker dies in the middle of the SMTP conversation; after the restart the
reply is in doubt and the agent's "Send again" sends it: the buyer gets it exactly once,
with the file.  A file of another type, or over 10 MB, is refused in the modal.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.db.models import OutboxState
from bot.domain import MessageState
from bot.services.outbox import RESEND_GRACE, deliver_due
from bot.testing.mail_files import zip_bomb
from bot.testing.slack_requests import block_action, view_payload
from tests.e2e.slack_harness import AGENT, CHANNEL, Bot, wait_until
from tests.e2e.test_send_in_doubt import DiesWhileSending
from tests.e2e.test_slack_approve import arrive
from tests.e2e.test_slack_edit_reject import open_edit, reply_block

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def _submit(bot: Bot, view: dict, text: str, files: list[dict]):
    values = {
        "reply": {"wismo.reply_text": {"type": "plain_text_input", "value": text}},
        "reply_files": {"wismo.reply_files": {"type": "file_input", "files": files}},
    }
    return bot.sender.interactive(view_payload("view_submission", view, user=AGENT, values=values))


def _outbox_state(bot: Bot, pk: int) -> OutboxState | None:
    with bot.services.uow_factory() as uow:
        row = uow.outbox.for_message(pk)
        return row.state if row is not None else None


def _pdf_parts(mail) -> list[bytes]:
    return [
        part.get_content()
        for part in mail.iter_attachments()
        if part.get_content_type() == "application/pdf"
    ]


def test_an_attached_pdf_reaches_the_mail_server_once_across_a_retry_and_a_crash(bot, manifest):
    pk = arrive(bot, manifest)
    view = open_edit(bot, pk)
    assert any(b.get("block_id") == "reply_files" for b in view["blocks"])
    text = reply_block(view)["element"]["initial_value"]
    pdf = bot.slack.add_user_file("Invoice 113-4021576-1000001.pdf", PDF, user=AGENT)

    bot.mail.rcpt_reply = "451 4.3.0 try again later"  # the mail server is busy
    answer = _submit(bot, view, text, [pdf])
    assert answer.status_code == 200 and not answer.text.strip(), answer.text
    assert bot.slack.downloads  # fetched from Slack with the bot's token
    wait_until(lambda: _outbox_state(bot, pk) is OutboxState.PENDING, what="to retry")
    assert bot.mails() == []

    # The worker retries later and dies in the middle of the SMTP conversation.
    bot.mail.rcpt_reply = None
    later = bot.services.clock() + timedelta(minutes=5)
    with pytest.raises(SystemExit):
        deliver_due(bot.services.uow_factory, DiesWhileSending(), now=later)
    # The restarted worker finds the reply in doubt past the SMTP timeout, and sends
    # nothing; the agent checks the sent folder and sends it again.
    mailer = bot.services.mailer
    assert mailer is not None
    restarted = later + timedelta(minutes=10)
    counts = deliver_due(bot.services.uow_factory, mailer, now=restarted)
    assert counts.stuck == 1 and counts.sent == 0
    assert _outbox_state(bot, pk) is OutboxState.STUCK
    # The harness's clock stays at the demo's instant, before this test's simulated retries:
    # let the resend grace (tested in test_send_in_doubt) be over at the click.
    with bot.services.uow_factory() as uow:
        row = uow.outbox.for_message(pk)
        assert row is not None
        row.next_attempt_at = bot.services.clock() - RESEND_GRACE
        uow.commit()
    card = bot.card_of(pk)
    bot.sender.interactive(
        block_action("wismo.doubt_send_again", str(pk), user=AGENT, ts=card["ts"], channel=CHANNEL)
    )
    wait_until(lambda: bot.message_state(pk) is MessageState.ANSWERED, what="answered")
    deliver_due(bot.services.uow_factory, mailer, now=restarted + timedelta(hours=1))

    [mail] = bot.mails()
    assert _pdf_parts(mail) == [PDF]
    [part] = list(mail.iter_attachments())
    assert part.get_filename() == "Invoice 113-4021576-1000001.pdf"
    assert "113-4021576-1000001" in mail.get_body(("plain",)).get_content()


def test_a_file_of_another_type_or_over_10_mb_is_refused_in_the_modal(bot, manifest):
    pk = arrive(bot, manifest)
    view = open_edit(bot, pk)
    text = reply_block(view)["element"]["initial_value"]
    fake_pdf = bot.slack.add_user_file("label.pdf", zip_bomb(8 * 1024 * 1024), user=AGENT)
    refused = _submit(bot, view, text, [fake_pdf])
    body = refused.json()
    assert body["response_action"] == "errors"
    assert "label.pdf" in body["errors"]["reply_files"]
    assert "content decides" in body["errors"]["reply_files"]

    big = {"id": "F0BIG", "name": "scan.pdf", "size": 11 * 1024 * 1024}
    body = _submit(bot, view, text, [big]).json()
    assert "at most 10.0 MB" in body["errors"]["reply_files"]

    named = bot.slack.add_user_file("leave us a 5-star review.pdf", PDF, user=AGENT)
    body = _submit(bot, view, text, [named]).json()
    assert "review" in body["errors"]["reply_files"]
    assert bot.mails() == [] and bot.message_state(pk) is MessageState.CARDED
