"""A reply whose send is in doubt reaches the card at once, and the agent can settle it.

The worker died while sending (after its claim, before the mail server answered).  Once
the SMTP timeout has passed, the worker's outbox job flags the reply "in doubt", says so
in the card's thread and the card offers "I checked: it was sent" and "Send again" (with
Slack's confirmation dialog).  Both clicks go over signed HTTP to the running bot, are
audited, and the buyer gets exactly the mails the agent chose.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.db.models import OutboxState
from bot.domain import DecisionKind, MessageState, OutgoingMail
from bot.services.claims import claim
from bot.services.deciding import reply_mail
from bot.services.outbox import RESEND_GRACE, deliver_due, enqueue, mark_stuck
from bot.testing.slack_requests import block_action
from bot.worker import Worker
from tests.e2e.slack_harness import AGENT, CHANNEL, STRANGER, Bot, raw_mail, wait_until


class DiesWhileSending:
    """The worker process is killed in the middle of the SMTP conversation."""

    def send(self, mail: OutgoingMail) -> None:
        raise SystemExit("killed")


def _carded(bot: Bot) -> list[int]:
    """The carded messages, once the worker's loop has posted them: another poster on the
    same PostgreSQL server may hold the poster's lock for a moment, then the next round
    posts."""

    def carded() -> list[int]:
        bot.draft_and_post()
        with bot.services.uow_factory() as uow:
            return [r.id for r in uow.messages.open_by_deadline({MessageState.CARDED}, limit=5)]

    return wait_until(carded, timeout=15, interval=0.2, what="the card posted")


def _in_doubt(bot: Bot, manifest, flagged_ago: timedelta = RESEND_GRACE) -> int:
    """A card whose reply was approved two minutes ago by a worker that then died, flagged
    in doubt ``flagged_ago``."""
    response = bot.deliver_mail(raw_mail(manifest))
    assert response.status_code == 204, response.text
    [pk] = _carded(bot)
    factory = bot.services.uow_factory
    started = bot.services.clock() - timedelta(minutes=2)
    with factory() as uow:
        assert claim(
            uow, pk, expected={MessageState.CARDED}, new=MessageState.SENDING, actor=AGENT,
            now=started,
        )  # fmt: skip
        message = uow.messages.get(pk)
        assert message is not None
        enqueue(
            uow,
            pk,
            reply_mail(message, "Your parcel is on its way.", mail_from="s@x.example"),
            started,
        )
        uow.commit()
    with pytest.raises(SystemExit):
        deliver_due(factory, DiesWhileSending(), now=started)
    # A minute later (past WISMO_SMTP_TIMEOUT and its grace) another worker flags it in
    # doubt, and the worker's outbox job reports it; the agent checks the sent folder,
    # past the grace in which its sender could still have recorded "sent".
    flagged = bot.services.clock() - flagged_ago
    assert mark_stuck(factory, now=flagged, older_than=flagged - started)
    worker = Worker(bot.services, bot.bg_client(), poll_inbox=False)
    worker.jobs["outbox"]()
    worker.jobs["poster"]()
    return pk


def _buttons(card: dict) -> dict[str, dict]:
    return {
        element["action_id"]: element
        for block in card["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
    }


def _click(bot: Bot, pk: int, action: str, user: str = AGENT):
    card = bot.card_of(pk)
    payload = block_action(action, str(pk), user=user, ts=card["ts"], channel=CHANNEL)
    response = bot.sender.interactive(payload)
    assert response.status_code == 200


def _decisions(bot: Bot, pk: int) -> list[tuple[DecisionKind, str, str | None]]:
    with bot.services.uow_factory() as uow:
        return [(d.kind, d.actor, d.outcome) for d in uow.decisions.for_message(pk)]


def test_the_card_says_in_doubt_and_send_again_sends_once_after_confirming(bot, manifest):
    pk = _in_doubt(bot, manifest)
    card = bot.card_of(pk)
    # The thread of the card tells the team, within a minute rather than ten.
    notes = [c.args for c in bot.slack.calls_to("chat.postMessage") if c.args.get("thread_ts")]
    assert any(n["thread_ts"] == card["ts"] and "Send again" in n["text"] for n in notes)
    buttons = _buttons(card)
    assert set(buttons) == {"wismo.doubt_was_sent", "wismo.doubt_send_again"}
    assert "twice" in buttons["wismo.doubt_send_again"]["confirm"]["text"]["text"]
    assert bot.mails() == []

    _click(bot, pk, "wismo.doubt_send_again")  # Slack sends it only after "Send again"
    wait_until(lambda: bot.message_state(pk) is MessageState.ANSWERED, what="answered")
    assert len(bot.mails()) == 1
    wait_until(lambda: "*Sent* by" in str(bot.card_of(pk)["blocks"]), what="card updated")
    assert not _buttons(bot.card_of(pk)) and "doubt" not in str(bot.card_of(pk)["blocks"])
    # Audited as what it was: a resend, not a second approval.
    assert (DecisionKind.RESEND, AGENT, "resend after check") in _decisions(bot, pk)
    assert "(sent again)" in str(bot.card_of(pk)["blocks"])
    assert [kind for kind, _, _ in _decisions(bot, pk)] == [DecisionKind.RESEND]

    _click(bot, pk, "wismo.doubt_send_again")  # a late second click changes nothing
    wait_until(lambda: bot.slack.calls_to("chat.postEphemeral"), what="a note")
    assert len(bot.mails()) == 1


def test_send_again_right_after_the_flag_waits_for_its_sender_to_record_it(bot, manifest):
    # Flagged a moment ago: the process that sent it may still record "sent" (its
    # database was away), so the click is refused with a wait, and nothing is mailed.
    pk = _in_doubt(bot, manifest, flagged_ago=timedelta(0))
    _click(bot, pk, "wismo.doubt_send_again")
    [note] = wait_until(lambda: bot.slack.calls_to("chat.postEphemeral"), what="a wait")
    assert "may still record it" in note.args["text"] and "wait 20 s" in note.args["text"]
    assert bot.mails() == [] and bot.message_state(pk) is MessageState.SENDING
    assert _buttons(bot.card_of(pk))  # still offered, for when the wait is over
    assert _decisions(bot, pk) == []


def test_it_was_sent_answers_the_message_without_mailing_the_buyer(bot, manifest):
    pk = _in_doubt(bot, manifest)
    _click(bot, pk, "wismo.doubt_was_sent")
    wait_until(lambda: bot.message_state(pk) is MessageState.ANSWERED, what="answered")
    with bot.services.uow_factory() as uow:
        row = uow.outbox.for_message(pk)
        assert row is not None and row.state is OutboxState.SENT and row.resolved_by == AGENT
    assert (DecisionKind.MARK_ANSWERED, AGENT, "found in sent folder") in _decisions(bot, pk)
    assert bot.mails() == []


def test_only_an_agent_may_settle_a_reply_in_doubt(bot, manifest):
    pk = _in_doubt(bot, manifest)
    _click(bot, pk, "wismo.doubt_send_again", user=STRANGER)
    [note] = wait_until(lambda: bot.slack.calls_to("chat.postEphemeral"), what="refusal")
    assert "WISMO_AGENTS" in note.args["text"]
    assert bot.mails() == [] and bot.message_state(pk) is MessageState.SENDING
    assert _buttons(bot.card_of(pk))  # still offered to the agents


@pytest.mark.parametrize("action", ["wismo.doubt_was_sent", "wismo.doubt_send_again"])
def test_an_in_doubt_button_on_a_message_with_no_reply_in_doubt_says_so_not_purged(
    bot, manifest, action
):
    # An open card whose message has no reply in the outbox (an old card's button, a
    # hand-made payload): the message is right there, nothing was purged or deleted.
    response = bot.deliver_mail(raw_mail(manifest))
    assert response.status_code == 204, response.text
    [pk] = _carded(bot)
    _click(bot, pk, action)
    [note] = bot.slack.wait_for("chat.postEphemeral")
    text = note.args["text"]
    assert "purged or deleted" not in text and "no longer in the bot's store" not in text
    assert "nothing is in doubt" in text
    assert bot.message_state(pk) is MessageState.CARDED and bot.mails() == []
