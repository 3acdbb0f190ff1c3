"""Adversary 16's medium and low findings, each as the class a user would notice, over
real HTTP against the running bot (tests/e2e/slack_harness.py).

M1: a buyer display name that is no plausible personal name never reaches the greeting.
M2: requests with invented methods (or paths) add no series to ``/metrics``.
L1: a request from another Slack workspace than the bot's is refused, audited and told.
L2: an oversized command text is told "too long" at once; a refused hand-made Edit names
the button its card really offers.
L3: the buyer's subject echoed in the reply is capped, cut on a word, with an ellipsis.
"""

from __future__ import annotations

import json
import logging
import re
from urllib.parse import urlencode

import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.domain import MessageState
from bot.testing.slack_requests import block_action, command_fields, view_payload
from tests.e2e.slack_harness import AGENT, CHANNEL, Bot, wait_until

# English demo mails, each a buyer and order of its own (the relay alias must stay the
# order's buyer, or the card is "Sender not verified" and nothing is sent).
ENGLISH_MAILS = (
    "01_en_us_in_transit.eml",
    "06_en_uk_label_created.eml",
    "07_en_us_exception.eml",
    "09_en_us_not_shipped.eml",
    "13_en_uk_royal_mail.eml",
)


def _mail_from(manifest, name: str, file: str) -> bytes:
    """Demo mail ``file`` with buyer ``name`` in its From display name and its subject, as
    Amazon copies what the buyer typed into both."""
    (mail,) = (m for m in manifest.mails if m.file == file)
    text = mail.raw.decode()
    found = re.search(r"^From: (.+?) - Amazon Marketplace", text, re.M)
    assert found is not None
    old = found.group(1)
    text = text.replace(f"From: {old} - Amazon Marketplace", f"From: {name} - Amazon Marketplace")
    return text.replace(f"Amazon customer {old} ", f"Amazon customer {name} ").encode()


def _arrive(bot: Bot, raw: bytes) -> int:
    response = bot.deliver_mail(raw)
    assert response.status_code == 204, response.text
    bot.draft_and_post()
    with bot.services.uow_factory() as uow:
        rows = uow.messages.open_by_deadline({MessageState.CARDED}, limit=50)
        return max(row.id for row in rows)


def _approve(bot: Bot, pk: int) -> None:
    card = bot.card_of(pk)
    response = bot.sender.interactive(
        block_action("wismo.approve", str(pk), user=AGENT, ts=card["ts"], channel=CHANNEL)
    )
    assert response.status_code == 200


# Each is one of the classes of non-name: a domain spelled out, a review ask in a language
# the policy engine has no wording for, a request verb with a rating word.
NOT_NAMES = (
    "Brightwaterhome Dotcom",  # the adversary's own
    "Ostavite Recenziju",  # Croatian: "leave a review", the adversary's own
    "Prosim Recenziu",  # Slovak, the adversary's own
    "Www Brightwaterhome",
    "Zanechte Hodnoceni",  # Czech: "leave a rating"
)


def test_m1_an_approved_reply_greets_without_a_name_that_is_no_personal_name(bot, manifest):
    for name, file in zip(NOT_NAMES, ENGLISH_MAILS, strict=True):
        _approve(bot, _arrive(bot, _mail_from(manifest, name, file)))
    mails = wait_until(lambda: len(bot.mails()) == len(NOT_NAMES) and bot.mails(), timeout=15)
    for mail in mails:
        body = mail.get_content()
        assert body.splitlines()[0] == "Hello,", (mail["To"], body)
        for name in NOT_NAMES:
            assert name.split()[1] not in body


def test_m1_a_real_name_is_still_greeted_with(bot, manifest):
    _approve(bot, _arrive(bot, _mail_from(manifest, "Ann-Marie O'Neill", ENGLISH_MAILS[0])))
    mails = wait_until(bot.mails, timeout=15)
    assert mails[0].get_content().splitlines()[0] == "Hello Ann-Marie O'Neill,"


# -- M2: /metrics label cardinality ----------------------------------------------------------


def _request_series(bot: Bot) -> set[tuple[tuple[str, str], ...]]:
    response = bot.http.get(bot.base_url + "/metrics")
    assert response.status_code == 200
    return {
        tuple(sorted(sample.labels.items()))
        for family in text_string_to_metric_families(response.text)
        if family.name == "wismo_http_request_duration_seconds"
        for sample in family.samples
    }


def test_m2_invented_methods_paths_and_statuses_add_no_metric_series(bot):
    for n in range(3):  # every route and method the bot knows has its series, twice over
        for method in ("GET", "POST", "PUT", "XWARM"):
            bot.http.request(method, f"{bot.base_url}/healthz?{n}")
            bot.http.request(method, f"{bot.base_url}/no/such/{n}")
        _request_series(bot)  # a scrape is counted after it is answered
    before = _request_series(bot)
    for n in range(60):  # unauthenticated, each method and path new
        response = bot.http.request(f"X{n:03d}Q", f"{bot.base_url}/healthz")
        assert response.status_code == 405
        bot.http.request(f"Z{n}", f"{bot.base_url}/no/such/{n}")
    after = _request_series(bot)
    assert after == before, sorted(after - before)[:5]
    methods = {dict(labels)["method"] for labels in after}
    assert methods <= {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "other"}
    assert "other" in methods


# -- L1: another workspace's team ------------------------------------------------------------


def _from_team(payload: dict, *, team: str | None, user_team: str | None) -> dict:
    if team is not None:
        payload["team"] = {"id": team, "domain": "evil"}
    if user_team is not None:
        payload["user"]["team_id"] = user_team
    return payload


@pytest.mark.parametrize(
    ("team", "user_team"),
    [("TEVIL", "TEVIL"), ("T0FAKE", "TEVIL"), ("TEVIL", "T0FAKE")],
    ids=["both", "user-team", "team"],
)
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_l1_an_agents_click_from_another_workspace_decides_nothing(
    bot, manifest, caplog, team, user_team
):
    caplog.set_level(logging.INFO, logger="wismo.audit")
    pk = _arrive(bot, _mail_from(manifest, "Cherri", ENGLISH_MAILS[0]))
    card = bot.card_of(pk)
    for action in ("wismo.approve", "wismo.no_response", "wismo.edit"):
        click = block_action(action, str(pk), user=AGENT, ts=card["ts"], channel=CHANNEL)
        response = bot.sender.interactive(_from_team(click, team=team, user_team=user_team))
        assert response.status_code == 200
    notes = bot.slack.wait_for("chat.postEphemeral", count=3)
    assert {n.args["user"] for n in notes} == {AGENT}
    assert all("came from workspace TEVIL" in n.args["text"] for n in notes), notes[0].args
    audit = [r.getMessage() for r in caplog.records if r.name == "wismo.audit"]
    assert (
        audit.count(
            f"refused: {AGENT} of workspace TEVIL is not in workspace T0FAKE (tried block_actions)"
        )
        == 3
    ), audit
    assert bot.message_state(pk) is MessageState.CARDED
    assert bot.mails() == [] and bot.slack.calls_to("views.open") == []
    # the same agent from the bot's own workspace still decides
    _approve(bot, pk)
    assert len(wait_until(bot.mails, timeout=15)) == 1


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_l1_a_slash_command_from_another_workspace_reads_nothing(bot):
    fields = command_fields("/wismo", "queue", user=AGENT)
    fields["team_id"] = "TEVIL"
    response = bot.sender.post(urlencode(fields), "application/x-www-form-urlencoded")
    assert response.status_code == 200
    answer = json.loads(response.text)
    assert answer["response_type"] == "ephemeral"
    assert "came from workspace TEVIL" in answer["text"]


# -- L2: an oversized command text -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("/wismo", "check " + "a " * 200_000),
        ("/order", "1" * 5_000),
        ("/track", "1Z" + "9" * 5_000),
    ],
)
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_l2_an_oversized_command_text_is_told_too_long_at_once(bot, name, text):
    url = bot.slack.response_url("c1")
    response = bot.sender.command(name, text, user=AGENT, response_url=url)
    assert response.status_code == 200, response.text
    answer = response.json()
    assert answer["response_type"] == "ephemeral"
    assert answer["text"].startswith(":warning: Text too long: a command takes at most 4,000")
    assert f"this one has {len(text):,}" in answer["text"]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_l2_a_command_text_within_the_limit_is_still_checked(bot):
    answer = bot.sender.command("/wismo", "check " + "Thanks! " * 490, user=AGENT).json()
    assert "Text too long" not in answer["text"] and answer["text"].startswith("This text")


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_l2_a_refused_edit_on_a_non_relay_card_names_the_button_the_card_offers(bot, manifest):
    text = manifest.mails[0].raw.decode()
    raw = text.replace(
        "demo01cherx7q2w9@marketplace.amazon.com", "cherri.buyer@amazon.com"
    ).encode()
    response = bot.deliver_mail(raw)
    assert response.status_code == 204, response.text
    bot.draft_and_post()
    with bot.services.uow_factory() as uow:
        row = uow.messages.by_message_id("<demo-01.7000000001@email.amazonses.com>")
        assert row is not None and row.state is MessageState.MALFORMED
        pk = row.id
    card = json.dumps(bot.card_of(pk)["blocks"])
    assert "not from a known relay" in card
    buttons = re.findall(
        r'"type": "button", "text": \{"type": "plain_text", "text": "([^"]+)"', card
    )
    assert buttons == ["Mark answered"]
    # A hand-made Edit submission (the card has no Edit button)
    view = {
        "id": "V1",
        "type": "modal",
        "callback_id": "wismo.edit_reply",
        "private_metadata": json.dumps(
            {"pk": pk, "lang": "en", "scenario": "acknowledge", "gen": 0}
        ),
        "blocks": [],
    }
    values = {
        "reply": {
            "wismo.reply_text": {"type": "plain_text_input", "value": "Hello,\n\nOn its way."}
        }
    }
    answer = bot.sender.interactive(
        view_payload("view_submission", view, user=AGENT, values=values)
    )
    assert answer.status_code == 200
    said = " ".join(c.args["text"] for c in bot.slack.wait_for("chat.postEphemeral"))
    assert "no buyer relay address" in said, said
    assert "press 'Mark answered' on the card" in said and "handle manually" not in said
    assert bot.mails() == []


# -- L3: the echoed subject ------------------------------------------------------------------


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_l3_a_long_buyer_subject_is_echoed_capped_on_a_word(bot, manifest):
    text = manifest.mails[0].raw.decode()
    old = re.search(r"^Subject: (.+)$", text, re.M)
    assert old is not None
    subject = old.group(1) + " " + "where is my parcel please " * 120  # 3,000+ characters
    _approve(bot, _arrive(bot, text.replace(old.group(0), f"Subject: {subject}").encode()))
    (mail,) = wait_until(bot.mails, timeout=15)
    sent = " ".join(str(mail["Subject"]).split())
    assert sent.startswith("Re: " + old.group(1) + " where is my parcel")
    assert sent.endswith("…") and len(sent) <= len("Re: ") + 150, (len(sent), sent)
    assert sent[:-1].rsplit(" ", 1)[-1] in ["where", "is", "my", "parcel", "please"]
