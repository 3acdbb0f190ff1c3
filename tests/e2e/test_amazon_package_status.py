"""A parcel whose carrier has no API: Amazon's packageStatus speaks, marked as Amazon's.

A Dutch buyer writes about a PostNL parcel (no PostNL API).  SP-API says the parcel is
IN_TRANSIT; the reply says it is on its way, with the PostNL link, and the card shows the
status as Amazon's, under the carrier's own name, with no command-line hint.  End to end:
the signed mail webhook, the fake SP-API, the fake Slack, Approve, the real SMTP server.
"""

from __future__ import annotations

import json
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from bot.amazon.sandbox import order_payload, package
from bot.domain import MessageState
from bot.testing.slack_requests import block_action
from tests.e2e.slack_harness import AGENT, CHANNEL, Bot, wait_until

ORDER_ID = "403-8815502-1167031"
NUMBER = "3SABCD1234567"
ALIAS = "k2v7n4q9w3x8@marketplace.amazon.nl"
NL = "A1805IZSGTT6HS"


def postnl_order(now) -> dict:
    iso = "%Y-%m-%dT%H:%M:%SZ"
    return order_payload(
        ORDER_ID,
        marketplace_id=NL,
        created=(now - timedelta(days=4)).strftime(iso),
        ship_by=((now - timedelta(days=4)).strftime(iso), (now - timedelta(days=3)).strftime(iso)),
        deliver_by=(
            (now + timedelta(days=1)).strftime(iso),
            (now + timedelta(days=3)).strftime(iso),
        ),
        title="Linnen kussenhoes, 50x50 cm",
        packages=[
            package(
                "POSTNL",
                NUMBER,
                service="PostNL Pakket",
                status="IN_TRANSIT",
                detailed_status="AT_DESTINATION_FC",
                ship_time=(now - timedelta(days=3)).strftime(iso),
            )
        ],
        buyer_name="Sanne de Vries",
        buyer_email=ALIAS,
        city="Utrecht",
        postal_code="3511 AB",
        country_code="NL",
    )


def dutch_mail(now) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Sanne - Amazon Marketplace <{ALIAS}>"
    msg["To"] = "support@brightwater-home.example"
    msg["Subject"] = f"Bericht van Amazon-klant Sanne (Bestelling: {ORDER_ID})"
    msg["Date"] = format_datetime(now - timedelta(hours=1))
    msg["Message-ID"] = "<postnl-amazon-status-1@email.amazonses.com>"
    msg.set_content(
        f"Order ID: {ORDER_ID}\n\n------------- Begin message -------------\n\n"
        "Hallo, waar blijft mijn pakket? Ik heb nog niets ontvangen.\n\nSanne\n\n"
        "------------- End message -------------\n"
    )
    return bytes(msg)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_postnl_in_transit_by_amazons_word_reaches_card_and_reply(bot: Bot, world, manifest):
    world.amazon.add_order(postnl_order(manifest.now))
    assert bot.deliver_mail(dutch_mail(manifest.now)).status_code == 204
    bot.draft_and_post()
    with bot.services.uow_factory() as uow:
        (row,) = [r for r in uow.messages.open_by_deadline({MessageState.CARDED}, limit=50)]
        pk = row.id
        draft = uow.drafts.latest(pk)
        (snapshot,) = uow.tracking.for_message(pk)
        assert draft is not None
        text = draft.text
        assert draft.scenario == "in_transit" and draft.lang == "nl"
        # stored as Amazon's word, not the carrier's
        assert (snapshot.carrier, snapshot.status) == ("postnl", "in_transit")
        assert snapshot.payload["source"] == "amazon"
        assert (
            snapshot.payload["status_text"]
            == "Amazon reports: in transit (at the destination centre)"
        )

    assert "onderweg" in text and "PostNL" in text and NUMBER in text
    assert f"https://postnl.nl/tracktrace/?B={NUMBER}" in text

    card = json.dumps(bot.card_of(pk)["blocks"], ensure_ascii=False)
    assert f"*PostNL* `{NUMBER}`" in card
    assert "In transit (Amazon's status)" in card or "in transit (Amazon's status)" in card.lower()
    assert (
        "Amazon reports: in transit" in card
        and "packageStatus (IN_TRANSIT / AT_DESTINATION_FC)" in card
    )
    for hint in ("POSTNL", "UNKNOWN", "--carrier", "No live status"):
        assert hint not in card, hint

    card_ts = bot.card_of(pk)["ts"]
    response = bot.sender.interactive(
        block_action("wismo.approve", str(pk), user=AGENT, ts=card_ts, channel=CHANNEL)
    )
    assert response.status_code == 200
    (mail,) = wait_until(bot.mails, what="the reply")
    assert mail["To"] == ALIAS
    body = mail.get_content()
    assert "onderweg" in body and f"https://postnl.nl/tracktrace/?B={NUMBER}" in body
    assert "Amazon reports" not in body  # the card's marking, not words for the buyer
