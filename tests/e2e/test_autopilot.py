"""The autopilot end to end, on a controlled clock.

Mail through the signed webhook, the worker's own steps (drafting, the card poster, the
autopilot's send job), clicks and slash commands as really signed Slack requests to the
running bot, the fake Slack Web API, a real SMTP server and the real database (SQLite
and PostgreSQL).  The demo world's orders are shipped and tracked live by the fake
carriers; the mails come authenticated by the receiving server we trust.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

import pytest

from bot.bootstrap import build_wiring
from bot.config import parse_hours
from bot.domain import DecisionKind, HoldState, MessageState
from bot.jobs.poster import post_due
from bot.services import autopilot
from bot.slack.writer import Pacer, SlackWriter
from bot.testing.manual_clock import ManualClock
from bot.testing.slack_requests import block_action
from tests.e2e.slack_harness import (
    AGENT,
    CHANNEL,
    STRANGER,
    Bot,
    running_bot,
    settings_for,
    wait_until,
)
from tests.e2e.test_forged_senders import RECEIVED, TRUSTED, ours

MANAGER = "U0MANAGER"
FIRST_ORDER = "113-4021576-1000001"  # demo mail 01: UPS, in transit


def authentic(
    manifest, index: int = 0, *, key: str | None = None, body: str | None = None
) -> bytes:
    """Demo mail ``index`` as our receiving server hands it over: authenticated (DMARC
    pass for Amazon's relay), optionally with another Message-ID and buyer text."""
    text = manifest.mails[index].raw.decode()
    if key is not None:
        text = re.sub(r"^Message-ID: .+$", f"Message-ID: <{key}@email.amazonses.com>", text,
                      count=1, flags=re.M)  # fmt: skip
    if body is not None:
        plain = re.search(r"\n\n(Hi, I ordered.*?package is\?)\n", text, re.S)
        html = re.search(r"<pre[^>]*>(.*?)</pre>", text, re.S)
        assert plain is not None and html is not None
        text = text.replace(plain.group(1), body).replace(html.group(1), body)
    domain = re.search(r"^From: .*@([\w.]+)>", text, re.M)
    assert domain is not None
    verdict = ours(
        f"dkim=pass (1024-bit key) header.d={domain[1]} header.s=qaf6jnwqvfqfmxqsw3qb",
        "spf=pass smtp.mailfrom=0100018c3a@bounces.amazon.com",
        f"dmarc=pass (p=quarantine dis=none) header.from={domain[1]}",
    )
    return (verdict + RECEIVED + text).encode()


@pytest.fixture
def clock(manifest) -> ManualClock:
    return ManualClock(manifest.now)


AUTOPILOT = dict(
    authserv_ids=(TRUSTED,),
    autopilot_scenarios=(
        "in_transit",
        "out_for_delivery",
        "delivered",
        "available_for_pickup",
        "delivery_attempted",
    ),
    autopilot_hold=timedelta(minutes=10),
    managers=(MANAGER,),
)


@pytest.fixture
def pilot(world, engine, slack, smtp, clock, request) -> Iterator[Bot]:
    extra = getattr(request, "param", {})
    with running_bot(world, engine, slack, smtp, clock=clock, **{**AUTOPILOT, **extra}) as bot:
        yield bot


def with_settings(**kw):
    return pytest.mark.parametrize("pilot", [kw], indirect=True)


def writer(bot: Bot) -> SlackWriter:
    return SlackWriter(bot.bg_client(), pacer=Pacer(0.0))


def arrive(bot: Bot, raw: bytes) -> int:
    """The mail reaches the webhook; the worker drafts it and posts its card."""
    before = _ids(bot)
    response = bot.deliver_mail(raw)
    assert response.status_code == 204, response.text

    def posted() -> set[int]:
        # As the worker's loop does: on PostgreSQL another poster may hold the poster's
        # lock for a moment; the next round posts.
        bot.draft_and_post()
        return _ids(bot) - before

    new = wait_until(posted, timeout=20, what="the card posted")
    assert len(new) == 1
    return new.pop()


def _ids(bot: Bot) -> set[int]:
    with bot.services.uow_factory() as uow:
        return {r.id for r in uow.messages.open_by_deadline({MessageState.CARDED}, limit=500)}


def worker_tick(bot: Bot) -> autopilot.SendCounts:
    """The worker's autopilot job, then the poster (card updates, thread notes)."""
    now = bot.services.clock()
    counts = autopilot.send_due(bot.services, now=now)
    post_due(bot.services, writer(bot), now=now)
    return counts


def card_text(bot: Bot, pk: int) -> str:
    return json.dumps(bot.card_of(pk)["blocks"], ensure_ascii=False)


def hold_state(bot: Bot, pk: int) -> HoldState | None:
    with bot.services.uow_factory() as uow:
        row = uow.autopilot.hold_for(pk)
        return row.state if row is not None else None


def click(bot: Bot, action: str, pk: int, user: str = AGENT):
    card = bot.card_of(pk)
    return bot.sender.interactive(
        block_action(action, str(pk), user=user, ts=card["ts"], channel=CHANNEL)
    )


def command(bot: Bot, text: str, user: str = MANAGER) -> dict:
    response = bot.sender.command("/wismo", text, user=user, channel=CHANNEL)
    assert response.status_code == 200, response.text
    return response.json()


# -- the hold and the send --------------------------------------------------------------


def test_a_clean_in_transit_mail_is_sent_once_after_the_hold_and_not_earlier(
    pilot, clock, manifest
):
    pk = arrive(pilot, authentic(manifest))
    text = card_text(pilot, pk)
    assert "Sends automatically at 12:10" in text and "wismo.stop_autopilot" in text
    assert "wismo.approve" in text  # an agent may still answer it first

    clock.advance(timedelta(minutes=9, seconds=59))
    assert worker_tick(pilot).sent == 0
    assert pilot.mails() == [] and pilot.message_state(pk) is MessageState.CARDED

    clock.advance(timedelta(seconds=1))
    assert worker_tick(pilot).sent == 1
    for _ in range(3):  # later runs of the job, and the outbox's, send nothing more
        clock.advance(timedelta(minutes=1))
        assert worker_tick(pilot).sent == 0
    mails = pilot.mails()
    assert len(mails) == 1
    assert FIRST_ORDER in mails[0].get_content() and mails[0]["To"].endswith(
        "@marketplace.amazon.com"
    )
    assert pilot.message_state(pk) is MessageState.ANSWERED
    assert "Sent by autopilot" in card_text(pilot, pk)
    with pilot.services.uow_factory() as uow:
        decisions = uow.decisions.for_message(pk)
    sent = [d for d in decisions if d.kind is DecisionKind.AUTOPILOT]
    assert [(d.actor, d.outcome) for d in sent] == [(None, "sent by autopilot")]
    assert sent[0].text and FIRST_ORDER in sent[0].text


def test_stop_during_the_hold_prevents_it_and_only_agents_may_press_it(pilot, clock, manifest):
    pk = arrive(pilot, authentic(manifest))
    click(pilot, "wismo.stop_autopilot", pk, user=STRANGER)
    refused = pilot.slack.wait_for("chat.postEphemeral", timeout=20)
    assert "WISMO_AGENTS" in refused[-1].args["text"]
    assert hold_state(pilot, pk) is HoldState.HOLDING

    assert click(pilot, "wismo.stop_autopilot", pk).status_code == 200
    wait_until(lambda: hold_state(pilot, pk) is HoldState.STOPPED, what="stopped", timeout=20)
    wait_until(lambda: "stopped by" in card_text(pilot, pk), what="card redrawn", timeout=20)
    text = card_text(pilot, pk)
    assert f"<@{AGENT}>" in text and "wismo.stop_autopilot" not in text
    assert "Sends automatically" not in text and "wismo.approve" in text

    clock.advance(timedelta(hours=1))
    assert worker_tick(pilot).sent == 0
    assert pilot.mails() == [] and pilot.message_state(pk) is MessageState.CARDED


def test_the_sla_sweep_shortens_a_hold_when_the_deadline_is_near(pilot, clock, manifest):
    # Demo mail 01 is due at 15:30; with a 3-hour hold it would outlast the 1-hour ping.
    clock.advance(timedelta(hours=1))  # 13:00
    pk = arrive(pilot, authentic(manifest))
    with pilot.services.uow_factory() as uow:
        hold = uow.autopilot.hold_for(pk)
        assert hold is not None
        # Placed at 13:00 with a 10-minute hold: 13:10, well before the 14:30 cut-off.
        assert hold.send_at == clock() + timedelta(minutes=10)
        hold.send_at = clock() + timedelta(hours=3)  # as if the hold were 3 hours
        uow.commit()
    moved = autopilot.shorten_holds(pilot.services, now=clock())
    assert moved == 1
    with pilot.services.uow_factory() as uow:
        hold = uow.autopilot.hold_for(pk)
        assert hold is not None
        assert hold.send_at == datetime.fromisoformat("2026-11-02T14:30:00+00:00")
    post_due(pilot.services, writer(pilot), now=clock())
    assert "Sends automatically at 14:30" in card_text(pilot, pk)


# -- what never goes automatically ------------------------------------------------------


def _never_sent(bot: Bot, clock: ManualClock, pk: int) -> None:
    assert hold_state(bot, pk) is None
    assert "Sends automatically" not in card_text(bot, pk)
    clock.advance(timedelta(hours=2))
    assert worker_tick(bot).sent == 0
    assert bot.mails() == [] and bot.message_state(pk) is MessageState.CARDED


def test_a_follow_up_is_never_sent_automatically(pilot, clock, manifest):
    raw = authentic(manifest, body="Still nothing?? Where is my package? It has been ages.")
    pk = arrive(pilot, raw)
    _never_sent(pilot, clock, pk)


def test_an_unverified_sender_is_never_sent_automatically(pilot, clock, manifest):
    # The same mail, but without our server's verdict on it.
    raw = manifest.mails[0].raw
    pk = arrive(pilot, raw)
    _never_sent(pilot, clock, pk)


def test_a_draft_with_a_policy_warning_is_never_sent_automatically(pilot, clock, manifest):
    """The templates pass with no warning, so the warning comes with the text at the send
    (qualifying with one is refused earlier: tests/services/test_autopilot.py)."""
    pk = arrive(pilot, authentic(manifest))
    with pilot.services.uow_factory() as uow:
        draft = uow.drafts.latest(pk)
        assert draft is not None
        draft.text += "\n" + "Your parcel is on its way. " * 80  # over 2,000 characters
        uow.commit()
    clock.advance(timedelta(minutes=10))
    counts = worker_tick(pilot)
    assert (counts.sent, counts.refused) == (0, 1)
    assert pilot.mails() == [] and hold_state(pilot, pk) is HoldState.REFUSED
    assert "warns about the reply (too-long)" in card_text(pilot, pk)


def test_the_buyers_second_message_on_an_order_is_not_sent_automatically(pilot, clock, manifest):
    first = arrive(pilot, authentic(manifest))
    click(pilot, "wismo.stop_autopilot", first)
    wait_until(lambda: hold_state(pilot, first) is HoldState.STOPPED, what="stopped", timeout=20)
    second = authentic(manifest, key="again-1", body="Hello, where is my order please?")
    response = pilot.deliver_mail(second)
    assert response.status_code == 204
    pilot.draft_and_post()
    with pilot.services.uow_factory() as uow:
        row = uow.messages.by_message_id("<again-1@email.amazonses.com>")
        assert row is not None
        assert uow.autopilot.hold_for(row.id) is None
    clock.advance(timedelta(hours=1))
    assert worker_tick(pilot).sent == 0 and pilot.mails() == []


def test_a_hold_the_gate_refuses_at_the_send_becomes_a_normal_card_and_the_channel_is_told(
    pilot, clock, manifest
):
    pk = arrive(pilot, authentic(manifest))
    with pilot.services.uow_factory() as uow:  # the draft changed under the hold
        draft = uow.drafts.latest(pk)
        assert draft is not None
        draft.text += "\nLeave us a 5-star review and get 10% off your next order!"
        uow.commit()
    clock.advance(timedelta(minutes=10))
    counts = worker_tick(pilot)
    assert (counts.sent, counts.refused) == (0, 1)
    assert pilot.mails() == [] and pilot.message_state(pk) is MessageState.CARDED
    assert hold_state(pilot, pk) is HoldState.REFUSED
    notes = [c for c in pilot.slack.calls_to("chat.postMessage") if c.args.get("thread_ts")]
    assert len(notes) == 1 and "did not send this reply" in notes[0].args["text"]
    assert notes[0].args["thread_ts"] == pilot.card_of(pk)["ts"]
    text = card_text(pilot, pk)
    assert "policy check refused" in text and "wismo.stop_autopilot" not in text


# -- limits -----------------------------------------------------------------------------


@with_settings(autopilot_daily_cap=2)
def test_the_daily_cap_holds(pilot, clock, manifest):
    pks = [arrive(pilot, authentic(manifest, i)) for i in range(3)]
    # Three holds: the cap is counted at the send, so two go and the third is refused.
    assert [hold_state(pilot, pk) for pk in pks] == [HoldState.HOLDING] * 3
    clock.advance(timedelta(minutes=10))
    counts = worker_tick(pilot)
    assert (counts.sent, counts.refused) == (2, 1)
    assert len(pilot.mails()) == 2
    refused = [pk for pk in pks if hold_state(pilot, pk) is HoldState.REFUSED]
    assert len(refused) == 1 and "daily cap" in card_text(pilot, refused[0])
    # The same day, a fourth qualifying mail gets no hold at all.
    fourth = arrive(pilot, authentic(manifest, 3))
    assert hold_state(pilot, fourth) is None
    # The next day counts again (demo mail 05, written Monday 10:30, still open then).
    clock.advance(timedelta(hours=12))  # Tuesday 00:10
    fifth = arrive(pilot, authentic(manifest, 4))
    assert hold_state(pilot, fifth) is HoldState.HOLDING


# The demo's "now" is Monday 12:00 UTC: Berlin 13:00, outside "Mon-Fri 18:00-08:00".
@with_settings(
    autopilot_hours=parse_hours("Mon-Fri 18:00-08:00, Sat-Sun all"), time_zone="Europe/Berlin"
)
def test_no_hold_outside_the_hours(pilot, clock, manifest):
    pk = arrive(pilot, authentic(manifest))
    _never_sent(pilot, clock, pk)


# Placed at 13:00 Berlin inside "Mon 12:00-13:05"; due at 13:10, outside.
@with_settings(autopilot_hours=parse_hours("Mon 12:00-13:05"), time_zone="Europe/Berlin")
def test_a_hold_that_comes_due_outside_the_hours_is_not_sent(pilot, clock, manifest):
    pk = arrive(pilot, authentic(manifest))
    assert "Sends automatically at 13:10" in card_text(pilot, pk)  # Berlin time
    clock.advance(timedelta(minutes=10))
    counts = worker_tick(pilot)
    assert (counts.sent, counts.refused) == (0, 1)
    assert pilot.mails() == [] and "outside the autopilot" in card_text(pilot, pk)


# -- the switch -------------------------------------------------------------------------


def test_autopilot_off_takes_effect_for_cards_already_on_hold(pilot, clock, manifest):
    pks = [arrive(pilot, authentic(manifest, i)) for i in range(2)]
    assert [hold_state(pilot, pk) for pk in pks] == [HoldState.HOLDING] * 2

    refused = command(pilot, "autopilot off", user=AGENT)
    assert "WISMO_MANAGERS" in refused["text"]
    answer = command(pilot, "autopilot off")
    assert "*Autopilot is OFF*" in json.dumps(answer["blocks"])
    assert [hold_state(pilot, pk) for pk in pks] == [HoldState.CANCELLED] * 2

    post_due(pilot.services, writer(pilot), now=clock())
    for pk in pks:
        text = card_text(pilot, pk)
        assert "Sends automatically" not in text and "switched off" in text
    clock.advance(timedelta(hours=1))
    assert worker_tick(pilot).sent == 0 and pilot.mails() == []
    # A new qualifying mail while it is off gets no hold; on again, the next one does.
    third = arrive(pilot, authentic(manifest, 2))
    assert hold_state(pilot, third) is None
    status = command(pilot, "autopilot on")
    assert "*Autopilot is ON*" in json.dumps(status["blocks"])
    fourth = arrive(pilot, authentic(manifest, 3))
    assert hold_state(pilot, fourth) is HoldState.HOLDING
    status = json.dumps(command(pilot, "autopilot status")["blocks"])
    assert "Cards on hold now: *1*" in status and f"<@{MANAGER}>" in status


# -- replicas ---------------------------------------------------------------------------


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_two_worker_replicas_never_send_twice(world, engine, slack, smtp, clock, manifest):
    """Two workers, each with its own connections, race on the same due holds."""
    with running_bot(world, engine, slack, smtp, clock=clock, **AUTOPILOT) as bot:
        pks = [arrive(bot, authentic(manifest, i)) for i in range(5)]
        assert [hold_state(bot, pk) for pk in pks] == [HoldState.HOLDING] * 5
        clock.advance(timedelta(minutes=10))
        configured = settings_for(world.settings, slack, smtp[0], **AUTOPILOT)
        replicas = [build_wiring(configured, clock=clock, engine=None) for _ in range(2)]
        start = threading.Barrier(2)

        def run(services) -> int:
            start.wait()
            sent = 0
            for _ in range(3):
                sent += autopilot.send_due(services, now=clock()).sent
            return sent

        try:
            with ThreadPoolExecutor(2) as pool:
                sent = list(pool.map(run, replicas))
        finally:
            for replica in replicas:
                replica.close()
        assert sum(sent) == 5
        wait_until(lambda: len(bot.mails()) >= 5, what="5 mails", timeout=20)
        mails = bot.mails()
        assert len(mails) == 5
        assert len({m["In-Reply-To"] for m in mails}) == 5
        for pk in pks:
            assert bot.message_state(pk) is MessageState.ANSWERED


def test_the_daily_summary_counts_automatic_and_manual_answers_apart(pilot, clock, manifest):
    auto = arrive(pilot, authentic(manifest, 0))
    manual = arrive(pilot, authentic(manifest, 1))
    click(pilot, "wismo.approve", manual)  # an agent answers it during the hold
    wait_until(
        lambda: pilot.message_state(manual) is MessageState.ANSWERED, what="approved", timeout=20
    )
    clock.advance(timedelta(minutes=10))
    counts = worker_tick(pilot)
    assert (counts.sent, counts.cancelled) == (1, 1)
    assert pilot.message_state(auto) is MessageState.ANSWERED
    assert hold_state(pilot, manual) is HoldState.CANCELLED
    assert len(pilot.mails()) == 2

    from bot.jobs.summary import queue_summary

    clock.advance(timedelta(hours=20))
    assert queue_summary(pilot.services.uow_factory, now=clock(), channel=CHANNEL)
    post_due(pilot.services, writer(pilot), now=clock())
    [summary] = [
        c for c in pilot.slack.calls_to("chat.postMessage") if "last 7 days" in c.args["text"]
    ]
    text = json.dumps(summary.args["blocks"], ensure_ascii=False)
    assert "Answered by agents: *1*, automatically (autopilot): *1*" in text


def test_nothing_is_sent_before_its_card_is_in_the_channel(pilot, clock, manifest):
    """Slack down or the channel busy: the hold waits for the card, then runs in full."""
    from bot.services.pipeline import draft_pending

    response = pilot.deliver_mail(authentic(manifest))
    assert response.status_code == 204
    draft_pending(pilot.services, now=clock())  # drafted and held, but no card posted yet
    with pilot.services.uow_factory() as uow:
        [row] = uow.messages.open_by_deadline({MessageState.DRAFTED}, limit=5)
        pk = row.id
    assert hold_state(pilot, pk) is HoldState.HOLDING
    clock.advance(timedelta(minutes=30))  # 12:30, the hold said 12:10
    assert autopilot.send_due(pilot.services, now=clock()).sent == 0
    assert pilot.mails() == [] and pilot.message_state(pk) is MessageState.DRAFTED

    post_due(pilot.services, writer(pilot), now=clock())  # the card goes up at 12:30
    assert "Sends automatically at 12:40" in card_text(pilot, pk)
    clock.advance(timedelta(minutes=9))
    assert worker_tick(pilot).sent == 0
    clock.advance(timedelta(minutes=1))
    assert worker_tick(pilot).sent == 1 and len(pilot.mails()) == 1


# -- round 8, class F5: copies of the buyer's mail --------------------------------------


def _deliver_only(bot: Bot, raw: bytes) -> None:
    assert bot.deliver_mail(raw).status_code == 204
    bot.draft_and_post()
    post_due(bot.services, writer(bot), now=bot.services.clock())


def _variant(raw: bytes, old: bytes, new: bytes) -> bytes:
    assert old in raw
    return raw.replace(old, new, 1)


def test_copies_of_a_mail_the_autopilot_answered_ask_for_no_second_answer(pilot, clock, manifest):
    raw = authentic(manifest)
    pk = arrive(pilot, raw)
    clock.advance(timedelta(minutes=10))
    assert worker_tick(pilot).sent == 1
    assert pilot.message_state(pk) is MessageState.ANSWERED

    subject = re.search(rb"^Subject: (.+)$", raw, re.M)
    date = re.search(rb"^Date: (.+)$", raw, re.M)
    assert subject is not None and date is not None
    copies = [
        authentic(manifest, key="resent-with-a-new-id"),  # the same text, a new Message-ID
        _variant(raw, subject[0], b"Subject: RE: " + subject[1]),  # same id, Subject changed
        _variant(raw, date[0], b"Date: Mon, 02 Nov 2026 11:55:00 +0000"),  # same id, Date
    ]
    for copy in copies:
        _deliver_only(pilot, copy)
        clock.advance(timedelta(minutes=1))
        assert worker_tick(pilot).sent == 0

    assert len(pilot.mails()) == 1  # the buyer got one answer
    assert pilot.message_state(pk) is MessageState.ANSWERED
    with pilot.services.uow_factory() as uow:
        waiting = uow.messages.open_by_deadline(
            {MessageState.RECEIVED, MessageState.DRAFTED, MessageState.CARDED}, limit=50
        )
        assert waiting == []  # no card asks for an answer
        root = uow.messages.get(pk)
        assert root is not None
        thread = uow.messages.in_thread(root.thread_pk or pk)
    copies_kept = [r for r in thread if r.id != pk]
    assert len(copies_kept) == 3
    assert all(r.state is MessageState.SUPERSEDED for r in copies_kept)
    notes = [
        m.get("text", "")
        for m in pilot.slack.channel_messages(CHANNEL)
        if m.get("thread_ts") == pilot.card_of(pk)["ts"]
    ]
    assert sum("arrived again" in n and "nothing new to answer" in n for n in notes) == 3


def test_a_copy_arriving_during_the_hold_leaves_the_hold_alone(pilot, clock, manifest):
    pk = arrive(pilot, authentic(manifest))
    _deliver_only(pilot, authentic(manifest, key="resent-during-the-hold"))
    assert hold_state(pilot, pk) is HoldState.HOLDING

    clock.advance(timedelta(minutes=10))
    assert worker_tick(pilot).sent == 1
    assert len(pilot.mails()) == 1 and pilot.message_state(pk) is MessageState.ANSWERED


def test_a_hold_ended_by_the_buyers_new_message_says_so_not_an_agent(pilot, clock, manifest):
    # Round 8 (unclear item): no agent acted, so the audit trail must not say one did.
    pk = arrive(pilot, authentic(manifest))
    _deliver_only(pilot, authentic(manifest, key="again-2", body="Hello, any news please?"))
    clock.advance(timedelta(minutes=10))
    assert worker_tick(pilot).sent == 0 and pilot.mails() == []
    with pilot.services.uow_factory() as uow:
        hold = uow.autopilot.hold_for(pk)
        assert hold is not None and hold.state is HoldState.CANCELLED
        assert hold.reason is not None and "buyer wrote again" in hold.reason
        assert "agent" not in hold.reason
