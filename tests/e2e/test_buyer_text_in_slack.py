"""Buyer text in Slack is text: no live link, no fake link, no ping, no preview.

A buyer (or anyone writing through the relay) controls the message text and subject.
Slack turns bare URLs and ``@here`` in mrkdwn into live links and pings unless the text
is ``verbatim``, reads ``<url|label>`` as a link with any label, and fetches a preview of
links unless told not to.  The mail comes through the signed webhook and the card is
posted to the fake Slack, whose :func:`live_text` reads blocks the way Slack does.
"""

from __future__ import annotations

import re

from bot.domain import MessageState
from bot.testing.fake_slack import live_text
from bot.testing.slack_requests import block_action
from tests.e2e.slack_harness import *  # noqa: F403 - the bot, slack and smtp fixtures
from tests.e2e.slack_harness import AGENT, CHANNEL, raw_mail

EVIL = "evil-tracking.example"
BODY = (
    f"Where is my parcel? Track it at https://{EVIL}/t/42 or www.{EVIL}/w "
    f"or <https://{EVIL}/login|amazon.com/your-orders> and <mailto:x@{EVIL}|Amazon support>. "
    "<!channel> <!here> <!subteam^S0AGENTS|@agents> <@U0AGENT> @channel @here @everyone"
)


def test_a_buyer_url_or_mention_is_shown_as_text_never_made_live(bot, manifest):
    raw = raw_mail(manifest, body=BODY).decode()
    raw = raw.replace("Order delivery inquiry", f"@here see https://{EVIL}/s", 1)
    assert bot.deliver_mail(raw.encode()).status_code == 204
    bot.draft_and_post()

    [call] = bot.slack.calls_to("chat.postMessage")
    card = bot.slack.messages[(CHANNEL, call.response["ts"])]
    shown = str(card["blocks"])
    # The agent sees what the buyer wrote, as text ...
    assert f"https://{EVIL}/t/42" in shown and f"see https://{EVIL}/s" in shown
    assert f"&lt;https://{EVIL}/login|amazon.com/your-orders&gt;" in shown
    assert "&lt;!channel&gt;" in shown and "@everyone" in shown
    # ... and nothing of it is live: no link to the buyer's site, no ping.
    live = live_text(card["blocks"])
    assert not [link for link in live.links if EVIL in link], live.links
    assert live.pings == [], live.pings
    assert any(re.match(r"https://www\.ups\.com/", link) for link in live.links), live.links
    # Slack is told not to fetch previews of anything in the card.
    assert call.args.get("unfurl_links") in (False, "false", "0")
    assert call.args.get("unfurl_media") in (False, "false", "0")
    assert card["unfurled"] == []


def test_the_card_stays_inert_after_an_agent_acts_on_it(bot, manifest):
    assert bot.deliver_mail(raw_mail(manifest, body=BODY)).status_code == 204
    bot.draft_and_post()
    [call] = bot.slack.calls_to("chat.postMessage")
    ts = call.response["ts"]
    with bot.services.uow_factory() as uow:
        [pk] = [r.id for r in uow.messages.open_by_deadline({MessageState.CARDED}, limit=5)]
    click = block_action("wismo.approve", str(pk), user=AGENT, ts=ts, channel=CHANNEL)
    assert bot.sender.interactive(click).status_code == 200
    bot.slack.wait_for("chat.update")

    live = live_text(bot.slack.messages[(CHANNEL, ts)]["blocks"])
    assert not [link for link in live.links if EVIL in link]
    assert live.pings == ["@" + AGENT]  # "approved by": ours, the buyer's none


RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "invoice_\u202egpj.exe" shows as "invoice_exe.jpg"


def _with_attachments(raw: bytes, parts: list[tuple[str, str, bytes]]) -> bytes:
    """The relay mail with attachments: (content type, file name, bytes) each."""
    import base64

    head, _, body = raw.decode().partition("\n\n")
    old = 'Content-Type: multipart/alternative; boundary="=_demo_01"'
    assert old in head
    head = head.replace(old, 'Content-Type: multipart/mixed; boundary="=_outer"')
    out = [head, "", "--=_outer", old, "", body, "--=_outer"]
    for ctype, name, data in parts:
        out += [
            f'Content-Type: {ctype}; name="{name}"',
            f'Content-Disposition: attachment; filename="{name}"',
            "Content-Transfer-Encoding: base64",
            "",
            base64.b64encode(data).decode(),
            "--=_outer",
        ]
    out[-1] = "--=_outer--"
    return "\n".join(out).encode()


def test_attachment_names_show_what_they_really_are_and_an_archive_is_listed(bot, manifest):
    raw = _with_attachments(
        raw_mail(manifest),
        [
            ("application/octet-stream", f"invoice_{RLO}gpj.exe", b"MZ\x90\x00" * 10),
            # Some mailers label a zip this way: it reads like a broken container.
            ("multipart/x-zip", "photos.zip", b"PK\x03\x04" + b"\x00" * 60),
        ],
    )
    assert bot.deliver_mail(raw).status_code == 204
    bot.draft_and_post()
    [call] = bot.slack.calls_to("chat.postMessage")
    card = bot.slack.messages[(CHANNEL, call.response["ts"])]
    shown = str(card["blocks"])
    # The name as it really reads, never reordered for the agent's eyes; and why.
    assert RLO not in shown and RLO not in str(call.args)
    assert "invoice_gpj.exe (application/octet-stream" in shown
    assert "held hidden characters" in shown
    # The zip is kept and listed, with a note, not dropped.
    assert "photos.zip (multipart/x-zip, 64 bytes)" in shown
    assert "is an archive (multipart/x-zip): listed, not opened" in shown
