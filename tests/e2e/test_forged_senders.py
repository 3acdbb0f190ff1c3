"""Forged senders never get a one-click reply, and no reply leaves for a non-relay address.

End to end: the mail comes through the signed webhook, the worker drafts and posts its
card to the fake Slack, agents click through really signed requests, replies go to a
real SMTP server.  The receiving server we trust is ``mx.brightwater-home.example``
(``WISMO_AUTHSERV_ID``); each forged mail carries the headers a real attack would leave.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from email.utils import parseaddr

import pytest

from bot.bootstrap import build_wiring
from bot.domain import AuthOutcome, BuyerMatch, MessageState
from bot.mail.inbox.webhook import sign as sign_mail
from bot.services.conversations import load_conversation
from bot.testing.slack_requests import block_action
from tests.e2e.slack_harness import (
    AGENT,
    CHANNEL,
    WEBHOOK_SECRET,
    Bot,
    mail_headers,
    raw_mail,
    running_bot,
    wait_until,
)
from tests.e2e.test_slack_edit_reject import submit

TRUSTED = "mx.brightwater-home.example"
ORDER = "113-4021576-1000001"
BUYER = "demo01cherx7q2w9@marketplace.amazon.com"  # the order's buyer, as SP-API says
OTHER_BUYER = "zz8sam4buyer2q7@marketplace.amazon.com"  # a real buyer of another order

RECEIVED = (
    "Received: from a27-12.smtp-out.us-west-2.amazonses.com (a27-12.smtp-out.us-west-2"
    ".amazonses.com [54.240.27.12])\n\tby mx.brightwater-home.example (Postfix) with ESMTPS"
    " id 4QxT2v1Zq7z9sWn\n\tfor <support@brightwater-home.example>;"
    " Sun,  1 Nov 2026 15:30:02 +0000 (UTC)\n"
)


def ours(*results: str, server: str = TRUSTED) -> str:
    """An Authentication-Results field folded the way Postfix milters write it."""
    return f"Authentication-Results: {server};\n\t" + ";\n\t".join(results) + "\n"


AMAZON_PASS = ours(
    "dkim=pass (1024-bit key; unprotected) header.d=marketplace.amazon.com"
    " header.i=@marketplace.amazon.com header.a=rsa-sha256 header.s=qaf6jnwqvfqfmxqsw3qb"
    " header.b=Ht2+Lw/e",
    "dkim=pass (1024-bit key) header.d=amazonses.com header.s=224i4yxa5dv7c2xz header.b=Nt0P8F/x",
    "spf=pass (mx.brightwater-home.example: domain of 0100018c3a@bounces.amazon.com designates"
    " 54.240.27.12 as permitted sender) smtp.mailfrom=0100018c3a@bounces.amazon.com",
    "dmarc=pass (p=quarantine dis=none) header.from=marketplace.amazon.com",
)
# What a forger adds: a pass "from" a well-known server, above everything else.
FORGED_ON_TOP = ours(
    "dkim=pass header.d=marketplace.amazon.com",
    "dmarc=pass header.from=marketplace.amazon.com",
    server="mx.google.com",
)
# ... and a copy naming our server, further down among the mail's own headers.
FORGED_COPY_OF_OURS = ours(
    "dkim=pass header.d=marketplace.amazon.com", "dmarc=pass header.from=marketplace.amazon.com"
)


def relay_mail(
    manifest,
    *,
    key: str,
    top: str,
    from_: str | None = None,
    reply_to: str | None = None,
    inner: str = "",
    body: str | None = None,
    date: str | None = None,
) -> bytes:
    """The first demo mail (order 113-4021576-1000001) as our server hands it over.

    ``top``: fields our server (and anything before it) put above the mail; ``inner``:
    fields the sender wrote among its own headers.
    """
    text = raw_mail(manifest, body=body).decode()
    if date is not None:
        text = re.sub(r"^Date: .+$", f"Date: {date}", text, count=1, flags=re.M)
    text = re.sub(
        r"^Message-ID: .+$", f"Message-ID: <{key}@email.amazonses.com>", text, count=1, flags=re.M
    )
    if from_ is not None:
        text = re.sub(
            r"^Return-Path: .+$", f"Return-Path: <{parseaddr(from_)[1]}>", text, count=1, flags=re.M
        )
        text = re.sub(r"^From: .+$", f"From: {from_}", text, count=1, flags=re.M)
    if reply_to is not None:
        text = re.sub(r"^(From: .+)$", rf"\1\nReply-To: {reply_to}", text, count=1, flags=re.M)
    text = re.sub(r"^(From: .+)$", lambda m: inner + m.group(1), text, count=1, flags=re.M)
    return (top + text).encode()


FORGED = {
    # Somebody writes From: an Amazon relay address that is not the order's buyer, with
    # a pass claimed by another server; our server found DMARC failing.
    "amazon_from_with_a_foreign_alias": dict(
        top=FORGED_ON_TOP
        + ours(
            "dkim=none (no signature)",
            "spf=fail (domain of x@evil.example does not designate 203.0.113.9)"
            " smtp.mailfrom=x@evil.example",
            "dmarc=fail (p=quarantine dis=quarantine) header.from=marketplace.amazon.com",
        )
        + RECEIVED,
        from_="Cherri - Amazon Marketplace <x9forged7alias1@marketplace.amazon.com>",
    ),
    # A mail from an ordinary mailbox (its own DMARC passes) with a relay Reply-To.
    "foreign_from_with_a_relay_reply_to": dict(
        top=ours(
            "dkim=pass header.d=gmail.example header.s=20230601 header.b=Qw1/x+Yz",
            "spf=pass smtp.mailfrom=cherri.lee@gmail.example",
            "dmarc=pass (p=none dis=none) header.from=gmail.example",
        )
        + RECEIVED,
        from_="Cherri Lee <cherri.lee@gmail.example>",
        reply_to=OTHER_BUYER,
    ),
    # A genuine Amazon relay mail, authenticated, from a buyer who did not place the order.
    "alias_not_the_orders_buyer": dict(
        top=AMAZON_PASS + RECEIVED,
        from_=f"Sam - Amazon Marketplace <{OTHER_BUYER}>",
    ),
    # The buyer's own alias, but our server found the signature broken and DMARC failing;
    # the forger's copy of our field further down claims a pass.
    "failed_authentication_verdict": dict(
        top=ours(
            'dkim=fail reason="signature verification failed" header.d=marketplace.amazon.com',
            "spf=softfail smtp.mailfrom=x@evil.example",
            "dmarc=fail (p=quarantine) header.from=marketplace.amazon.com",
        )
        + RECEIVED,
        inner=FORGED_COPY_OF_OURS,
    ),
}


@pytest.fixture
def checked_bot(world, engine, slack, smtp) -> Iterator[Bot]:
    with running_bot(world, engine, slack, smtp, authserv_ids=(TRUSTED,)) as running:
        yield running


@pytest.fixture
def tracking_number(manifest) -> str:
    order = next(o for o in manifest.order_payloads() if o["order"]["orderId"] == ORDER)
    return str(order["order"]["packages"][0]["trackingNumber"])


def arrive(bot: Bot, raw: bytes) -> int:
    before = _carded(bot)
    response = bot.deliver_mail(raw)
    assert response.status_code == 204, response.text

    def posted() -> set[int]:
        # As the worker's loop does: the poster's lock may be held by another poster on
        # the same PostgreSQL server for a moment, then the next round posts.
        bot.draft_and_post()
        return _carded(bot) - before

    [pk] = wait_until(posted, timeout=15, interval=0.2, what="the card posted")
    return pk


def _carded(bot: Bot) -> set[int]:
    with bot.services.uow_factory() as uow:
        return {r.id for r in uow.messages.open_by_deadline({MessageState.CARDED}, limit=100)}


def card_text(bot: Bot, pk: int) -> str:
    return json.dumps(bot.card_of(pk)["blocks"], ensure_ascii=False)


def forged_edit_view(pk: int) -> dict:
    """The Edit modal of message ``pk`` as a hand-made payload would carry it: the card
    has no Edit button, but anybody holding an old view can submit one."""
    return {
        "id": f"V-forged-{pk}",
        "hash": "h-forged",
        "type": "modal",
        "callback_id": "wismo.edit_reply",
        "private_metadata": json.dumps({"pk": pk, "lang": "en"}),
        "blocks": [{"type": "input", "block_id": "reply", "element": {}}],
    }


def no_mail_sent(bot: Bot, pk: int) -> None:
    assert bot.mails() == []
    with bot.services.uow_factory() as uow:
        assert uow.outbox.for_message(pk) is None  # nothing queued either


@pytest.mark.parametrize("kind", sorted(FORGED))
def test_a_forged_sender_gets_no_reply_of_any_kind_and_no_mail_leaves(
    checked_bot, manifest, world, engine, tracking_number, kind
):
    bot = checked_bot
    pk = arrive(bot, relay_mail(manifest, key=f"forged-{kind}", **FORGED[kind]))

    text = card_text(bot, pk)
    assert "Sender not verified" in text and "Answer from Seller Central" in text
    assert "wismo.approve" not in text and "Suggested reply" not in text
    assert "wismo.edit" not in text  # nothing on the card sends a mail
    assert tracking_number not in text and "Tracking page" not in text
    assert "Promised delivery" not in text  # nothing of the order's dates either
    assert ORDER in text and "wismo.mark_answered" in text and "wismo.reject" in text

    # A click on Approve all the same (an old card, a hand-made payload) sends nothing.
    card = bot.card_of(pk)
    response = bot.sender.interactive(
        block_action("wismo.approve", str(pk), user=AGENT, ts=card["ts"], channel=CHANNEL)
    )
    assert response.status_code == 200
    [note] = bot.slack.wait_for("chat.postEphemeral")
    assert "Sender not verified: answer from Seller Central" in note.args["text"]
    assert bot.message_state(pk) is MessageState.CARDED
    no_mail_sent(bot, pk)

    # Edit from an old card: the form says why instead of offering a reply box.
    response = bot.sender.interactive(
        block_action("wismo.edit", str(pk), user=AGENT, ts=card["ts"], trigger_id="t-edit")
    )
    assert response.status_code == 200
    bot.slack.wait_for("views.open")
    filled = bot.slack.wait_for("views.update")[-1]
    shown = json.dumps(bot.slack.views[filled.args["view_id"]])
    assert "Sender not verified: answer from Seller Central" in shown
    assert '"block_id": "reply"' not in shown

    # An Edit submitted all the same (a hand-made view): refused under the input.
    refused = submit(bot, forged_edit_view(pk), "Hello, your parcel is with UPS, tracking below.")
    assert refused.status_code == 200
    body = refused.json()
    assert body["response_action"] == "errors"
    assert "Sender not verified: answer from Seller Central" in body["errors"]["reply"]
    # "Send again" on a reply that never was: refused too.
    again = {**forged_edit_view(pk), "callback_id": "wismo.send_again_reply"}
    assert submit(bot, again, "Hello again.").json()["response_action"] == "errors"
    time.sleep(0.5)  # anything a listener did after the ack has had its time
    assert bot.message_state(pk) is MessageState.CARDED
    no_mail_sent(bot, pk)

    # The verdict is stored with the message: another process (the autopilot, a restart)
    # reads the same.
    again_wiring = build_wiring(bot.services.settings, clock=world.clock, engine=engine)
    try:
        with again_wiring.uow_factory() as uow:
            conv = load_conversation(uow, pk)
            assert uow.messages.get(pk).sender_verified is False
    finally:
        again_wiring.close()
    assert conv.sender is not None and not conv.sender.verified and conv.sender.problems
    assert conv.trackings == () and conv.draft is not None and conv.draft.text == ""

    # The agent answers in Seller Central and says so: the clock stops, still no mail.
    response = bot.sender.interactive(
        block_action("wismo.mark_answered", str(pk), user=AGENT, ts=card["ts"], channel=CHANNEL)
    )
    assert response.status_code == 200
    wait_until(lambda: bot.message_state(pk) is MessageState.ANSWERED, what="answered")
    wait_until(lambda: "Answered in Seller Central" in card_text(bot, pk), what="card redrawn")
    no_mail_sent(bot, pk)


def test_each_kind_is_refused_for_its_own_reason(checked_bot, manifest, world, engine):
    reasons = {}
    for kind, parts in FORGED.items():
        pk = arrive(checked_bot, relay_mail(manifest, key=f"why-{kind}", **parts))
        with checked_bot.services.uow_factory() as uow:
            reasons[kind] = load_conversation(uow, pk).sender
    amazon_from = reasons["amazon_from_with_a_foreign_alias"]
    assert amazon_from.authentication is AuthOutcome.FAIL
    assert amazon_from.buyer is BuyerMatch.MISMATCH
    assert "mx.google.com" not in amazon_from.detail  # the forged pass on top was not read
    foreign = reasons["foreign_from_with_a_relay_reply_to"]
    assert any("comes from gmail.example" in p for p in foreign.problems)
    not_buyer = reasons["alias_not_the_orders_buyer"]
    assert not_buyer.authentication is AuthOutcome.PASS
    assert not_buyer.buyer is BuyerMatch.MISMATCH
    assert not_buyer.problems == (
        f"the relay alias is not the buyer of order {ORDER}: Amazon gives another buyer "
        "e-mail for it",
    )
    failed = reasons["failed_authentication_verdict"]
    assert failed.authentication is AuthOutcome.FAIL and failed.buyer is BuyerMatch.MATCH
    assert "dkim=fail" in failed.detail and "dmarc=fail" in failed.detail


def test_a_genuine_mail_keeps_its_normal_card_and_its_one_click_reply(
    checked_bot, manifest, tracking_number
):
    bot = checked_bot
    pk = arrive(bot, relay_mail(manifest, key="genuine", top=AMAZON_PASS + RECEIVED))
    text = card_text(bot, pk)
    assert "Sender not verified" not in text
    assert "Sender authenticated" in text and "dmarc=pass" in text
    assert "relay alias is the order's buyer" in text
    assert "wismo.approve" in text and "Suggested reply" in text and tracking_number in text

    card = bot.card_of(pk)
    response = bot.sender.interactive(
        block_action("wismo.approve", str(pk), user=AGENT, ts=card["ts"], channel=CHANNEL)
    )
    assert response.status_code == 200
    [mail] = wait_until(bot.mails)
    assert parseaddr(mail["To"])[1] == BUYER and tracking_number in mail.get_content()
    wait_until(lambda: bot.message_state(pk) is MessageState.ANSWERED)


def test_a_genuine_mail_forwarded_by_our_server_after_another_hop_is_still_read(
    checked_bot, manifest
):
    # A later hop (the seller's own IMAP host) adds its own field on top: ours still counts.
    top = ours("dkim=none", "dmarc=none", server="imap.brightwater-home.example") + AMAZON_PASS
    pk = arrive(checked_bot, relay_mail(manifest, key="two-hops", top=top + RECEIVED))
    assert "wismo.approve" in card_text(checked_bot, pk)


def test_without_a_trusted_server_the_card_says_authentication_was_not_checked(bot, manifest):
    pk = arrive(bot, relay_mail(manifest, key="unchecked", top=AMAZON_PASS + RECEIVED))
    text = card_text(bot, pk)
    assert "authentication not checked" in text and "WISMO_AUTHSERV_ID" in text
    assert "Sender authenticated" not in text  # the pass in the mail is not taken on trust
    assert "wismo.approve" in text  # the buyer matched: the card works as before


def test_without_a_trusted_server_an_alias_that_is_not_the_buyer_is_still_caught(bot, manifest):
    raw = relay_mail(manifest, key="unchecked-other", top=RECEIVED, from_=f"Sam <{OTHER_BUYER}>")
    pk = arrive(bot, raw)
    text = card_text(bot, pk)
    assert "Sender not verified" in text and "wismo.approve" not in text


@pytest.mark.parametrize("kind", ["failed_authentication_verdict", "alias_not_the_orders_buyer"])
def test_a_forgery_sent_first_under_the_genuine_message_id_never_hides_the_genuine_mail(
    checked_bot, manifest, tracking_number, kind
):
    bot = checked_bot
    forged = arrive(bot, relay_mail(manifest, key="shadowed", **FORGED[kind]))
    genuine_raw = relay_mail(manifest, key="shadowed", top=AMAZON_PASS + RECEIVED)
    genuine = arrive(bot, genuine_raw)

    assert genuine != forged
    assert "wismo.approve" not in card_text(bot, forged)
    text = card_text(bot, genuine)
    assert "wismo.approve" in text and "same Message-ID but different content" in text
    card = bot.card_of(genuine)
    click = block_action("wismo.approve", str(genuine), user=AGENT, ts=card["ts"], channel=CHANNEL)
    assert bot.sender.interactive(click).status_code == 200
    wait_until(lambda: bot.message_state(genuine) is MessageState.ANSWERED)

    # The genuine mail delivered again (a gateway retry, signed anew) is the same mail: no
    # third card, nothing answered twice.
    ts = int(time.time()) + 2  # a later second than the first delivery was signed in
    headers = {**mail_headers(genuine_raw), "X-Wismo-Timestamp": str(ts),
               "X-Wismo-Signature": sign_mail(WEBHOOK_SECRET, genuine_raw, ts)}  # fmt: skip
    assert bot.http.post(bot.base_url + "/inbound/mail", content=genuine_raw,
                         headers=headers).status_code == 204  # fmt: skip
    bot.draft_and_post()
    assert _carded(bot) == {forged}
    [mail] = bot.mails()
    assert parseaddr(mail["To"])[1] == BUYER and tracking_number in mail.get_content()


def _thread_posts(bot: Bot, ts: str) -> list[str]:
    return [
        json.dumps(c.args, ensure_ascii=False)
        for c in bot.slack.calls_to("chat.postMessage")
        if c.args.get("thread_ts") == ts
    ]


@pytest.mark.parametrize(
    ("alias", "answered"),
    [(BUYER, False), (BUYER.replace("@", "+evil@"), True)],
    ids=["exact_alias_open_card", "plus_suffix_answered_card"],
)
def test_an_unverified_mail_in_the_buyers_name_never_joins_their_verified_conversation(
    checked_bot, manifest, tracking_number, alias, answered
):
    bot = checked_bot
    genuine = arrive(bot, relay_mail(manifest, key="conv-genuine", top=AMAZON_PASS + RECEIVED))
    with bot.services.uow_factory() as uow:
        row = uow.messages.get(genuine)
        ts, due_at, intent = row.slack_ts, row.due_at, row.intent
    if answered:
        click = block_action("wismo.approve", str(genuine), user=AGENT, ts=ts, channel=CHANNEL)
        assert bot.sender.interactive(click).status_code == 200
        wait_until(lambda: bot.message_state(genuine) is MessageState.ANSWERED)
        wait_until(lambda: "wismo.approve" not in card_text(bot, genuine), what="card redrawn")
    settled = bot.message_state(genuine)
    before = card_text(bot, genuine)

    # No Authentication-Results: anybody can write this, hours later, in the buyer's name.
    forged_raw = relay_mail(
        manifest,
        key="conv-forged",
        top=RECEIVED,
        from_=f"Bob - Amazon Marketplace <{alias}>",
        body="never mind, cancel it. Also send the tracking to me",
        date="Sun, 01 Nov 2026 21:00:00 +0000",
    )
    forged = arrive(bot, forged_raw)

    # The verified conversation is as it was: state, clock, intent, card, one-click reply.
    assert bot.message_state(genuine) is settled
    with bot.services.uow_factory() as uow:
        row = uow.messages.get(genuine)
        assert (row.due_at, row.intent, row.slack_ts) == (due_at, intent, ts)
        assert uow.messages.get(forged).thread_pk == forged
    assert card_text(bot, genuine) == before
    assert ("wismo.approve" in before) is not answered
    assert _thread_posts(bot, ts) == []  # nothing in its thread says "the buyer wrote again"

    # The forged mail is a card of its own, marked, with nothing to send in one click.
    forged_card = bot.card_of(forged)
    assert forged_card["ts"] != ts
    text = card_text(bot, forged)
    assert "Sender not verified" in text and "cancel it" in text
    assert "wismo.approve" not in text and tracking_number not in text

    # The real buyer writing again (authenticated) still joins their conversation.
    follow_up = arrive(
        bot,
        relay_mail(
            manifest,
            key="conv-verified-follow-up",
            top=AMAZON_PASS + RECEIVED,
            body="Still nothing?? Where is it?",
            date="Sun, 01 Nov 2026 22:00:00 +0000",
        ),
    )
    with bot.services.uow_factory() as uow:
        row = uow.messages.get(follow_up)
        assert row.thread_pk == genuine and row.slack_ts == ts
    [note] = _thread_posts(bot, ts)
    assert "The buyer wrote again" in note and "Sender not verified" not in note
    assert "wismo.approve" in card_text(bot, follow_up)
    assert bot.message_state(forged) is MessageState.CARDED  # not closed by the real buyer
