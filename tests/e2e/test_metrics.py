"""``GET /metrics``: every metric an operator watches moves when its event happens.

Driven through the running bot (web app, signed Slack requests, real SMTP, the demo
world's fake SP-API and carriers, the fake Slack): a buyer mail arrives over the webhook,
is drafted with live tracking and carded, an agent's edit is refused by the policy check,
the agent approves; a second buyer's card is pinged by the deadline sweep (Slack first
answers 429), its reply waits in the outbox while the mail server says "try later", then
is refused; a tracking number is looked up twice, and a carrier goes down until its
breaker opens.  Each
step is followed by a scrape of ``/metrics``, parsed as Prometheus parses it.
"""

from __future__ import annotations

import time
from datetime import timedelta

import httpx
from prometheus_client.parser import text_string_to_metric_families

from bot import metrics
from bot.bootstrap import metrics_collectors
from bot.domain import MessageState
from bot.jobs.sla import SweepConfig, Sweeper
from bot.services.outbox import deliver_due
from bot.slack.ids import ActionId
from bot.slack.writer import Pacer, SlackWriter
from bot.testing.net import free_port
from bot.testing.slack_requests import block_action
from carriers.model import TrackingStatus
from carriers.sandbox import demo_number
from tests.e2e.slack_harness import AGENT, CHANNEL, Bot, wait_until
from tests.e2e.test_no_personal_data_in_logs import (  # noqa: F401 (fixture)
    ALIAS,
    REFUSED_ALIAS,
    REFUSED_ORDER,
    buyer_mail,
    buyer_orders,
)
from tests.e2e.test_slack_edit_reject import SHOP_LINK, open_edit, reply_block, submit


class Scrape:
    def __init__(self, bot: Bot) -> None:
        response = bot.http.get(bot.base_url + "/metrics")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/plain")
        self.samples = [
            (sample.name, sample.labels, sample.value)
            for family in text_string_to_metric_families(response.text)
            for sample in family.samples
        ]

    def __call__(self, name: str, **labels: str) -> float:
        """The sum of the samples of ``name`` whose labels include ``labels``."""
        return sum(
            value
            for sample, have, value in self.samples
            if sample == name and all(have.get(k) == v for k, v in labels.items())
        )


def moved(before: Scrape, after: Scrape, name: str, **labels: str) -> float:
    return after(name, **labels) - before(name, **labels)


def settled(bot: Bot, before: Scrape, name: str, **labels: str) -> Scrape:
    """A scrape once ``name`` moved: a click is acknowledged first and acted on after."""
    found: list[Scrape] = []

    def check() -> bool:
        found[:] = [Scrape(bot)]
        return moved(before, found[0], name, **labels) != 0

    wait_until(check, timeout=15, what=f"{name} {labels} to move")
    return found[0]


def latest_pk(bot: Bot) -> int:
    with bot.services.uow_factory() as uow:
        return max(row.id for row in uow.messages.open_by_deadline(set(MessageState), limit=50))


def click(bot: Bot, action: str, pk: int) -> None:
    card = bot.card_of(pk)
    payload = block_action(action, str(pk), user=AGENT, ts=card["ts"], channel=CHANNEL)
    assert bot.sender.interactive(payload).status_code == 200


def test_every_metric_moves_when_its_event_happens(
    bot: Bot,
    world,
    manifest,
    buyer_orders,  # noqa: F811
) -> None:
    s0 = Scrape(bot)

    # A buyer writes: stored (mails received), waiting with its 24 hours ahead.
    raw = buyer_mail(manifest, alias=ALIAS, message_id="<metrics-1@email.amazonses.com>")
    assert bot.deliver_mail(raw).status_code == 204
    s1 = Scrape(bot)
    assert moved(s0, s1, "wismo_mails_received_total", kind="buyer") == 1
    assert moved(s0, s1, "wismo_open_messages") == 1
    assert moved(s0, s1, "wismo_http_request_duration_seconds_count", route="/inbound/mail") == 1

    # Drafted with live tracking from the carrier, then carded.
    bot.draft_and_post()
    s2 = Scrape(bot)
    assert moved(s1, s2, "wismo_cards_posted_total") == 1
    assert moved(s1, s2, "wismo_carrier_calls_total", outcome="ok") >= 1

    # The agent edits in a link to their own shop: the gate refuses it, by rule.
    pk = latest_pk(bot)
    view = open_edit(bot, pk)
    draft = reply_block(view)["element"]["initial_value"]
    assert submit(bot, view, draft + SHOP_LINK).status_code == 200
    s3 = Scrape(bot)
    refused = [
        labels["rule"]
        for name, labels, _ in s3.samples
        if name == "wismo_gate_refusals_total" and s3(name, **labels) > s2(name, **labels)
    ]
    assert refused, "no gate refusal counted"
    assert moved(s2, s3, "wismo_decisions_total") == 0  # a refusal is not a decision

    # The agent approves the draft: a decision, a reply sent, one message fewer open.
    click(bot, ActionId.APPROVE, pk)
    s4 = settled(bot, s3, "wismo_replies_total")
    assert moved(s3, s4, "wismo_decisions_total", kind="approve") == 1
    assert moved(s3, s4, "wismo_replies_total", outcome="sent") == 1
    assert moved(s3, s4, "wismo_open_messages") == -1
    assert moved(s3, s4, "wismo_http_request_duration_seconds_count", route="/slack/events") >= 1

    # A second buyer's card: the deadline sweep pings it, then Slack says 429.
    raw = buyer_mail(
        manifest,
        alias=REFUSED_ALIAS,
        message_id="<metrics-2@email.amazonses.com>",
        order=REFUSED_ORDER,
    )
    assert bot.deliver_mail(raw).status_code == 204
    bot.draft_and_post()
    refused_pk = latest_pk(bot)
    writer = SlackWriter(bot.bg_client(), pacer=Pacer(0.0))
    sweeper = Sweeper(
        bot.services.uow_factory,
        writer,
        config=SweepConfig.from_settings(bot.services.settings),
        policy=bot.services.policy,
    )
    s5 = Scrape(bot)
    later = bot.services.clock() + timedelta(hours=13)  # under 12 h left, at most
    bot.slack.fail_next("chat.postMessage", status=429, retry_after=1)
    sweeper(later)  # Slack says 429 to the ping
    s6 = Scrape(bot)
    assert moved(s5, s6, "wismo_slack_rate_limited_total", method="chat.postMessage") == 1
    assert moved(s5, s6, "wismo_escalations_total") == 0
    time.sleep(1.2)  # Retry-After: 1
    sweeper(later)  # the next sweep posts it
    s7 = Scrape(bot)
    assert moved(s6, s7, "wismo_escalations_total") == 1  # one ping: the threshold reached
    # The registry is the process's: another test in this worker (a trial with its own
    # thresholds) may have counted pings too, so only the labels this test moved count.
    pinged = {labels["threshold"] for name, labels, _ in s7.samples
              if name == "wismo_escalations_total"
              and moved(s0, s7, name, threshold=labels["threshold"])}  # fmt: skip
    assert pinged and pinged <= {"12h", "4h", "1h", "0h"}

    # The mail server says "try later": the reply waits in the outbox; then it refuses
    # that buyer's alias for good: a reply failed.
    assert s7("wismo_outbox_waiting", state="pending") == 0
    bot.mail.rcpt_reply = "451 try later"
    click(bot, ActionId.APPROVE, refused_pk)
    s8 = settled(bot, s7, "wismo_replies_total", outcome="retrying")
    assert s8("wismo_outbox_waiting", state="pending") == 1
    bot.mail.rcpt_reply = None
    assert bot.services.mailer is not None
    deliver_due(bot.services.uow_factory, bot.services.mailer,
                now=bot.services.clock() + timedelta(hours=1))  # fmt: skip
    s8b = Scrape(bot)
    assert moved(s8, s8b, "wismo_replies_total", outcome="failed") == 1
    assert s8b("wismo_outbox_waiting", state="pending") == 0
    s8 = s8b

    # Tracking: a second lookup of a number is a cache hit; a carrier that keeps failing
    # opens its breaker.
    tracking = bot.services.tracking
    number = demo_number("ups", TrackingStatus.DELIVERED)
    tracking.track(number, carrier="ups")
    tracking.track(number, carrier="ups")
    s9 = Scrape(bot)
    assert moved(s8, s9, "wismo_carrier_cache_hits_total", carrier="ups") == 1
    assert s9("wismo_carrier_breaker_state", carrier="ups") == 0  # closed
    world.carriers.fail("ups", status=503, times=200)
    statuses = (
        TrackingStatus.IN_TRANSIT,
        TrackingStatus.OUT_FOR_DELIVERY,
        TrackingStatus.LABEL_CREATED,
        TrackingStatus.AVAILABLE_FOR_PICKUP,
        TrackingStatus.DELIVERY_ATTEMPTED,
        TrackingStatus.RETURNED_TO_SENDER,
    )
    for status in statuses:  # a new number each time: no cache to answer
        tracking.track(demo_number("ups", status), carrier="ups")
    s10 = Scrape(bot)
    assert moved(s9, s10, "wismo_carrier_calls_total", carrier="ups", outcome="unavailable") >= 1
    assert s10("wismo_carrier_breaker_state", carrier="ups") == 2  # open


def test_the_worker_serves_its_metrics_on_its_own_port(bot: Bot, manifest) -> None:
    """``wismo worker`` with WISMO_METRICS_PORT: its counts and the database's gauges."""
    port = free_port()
    metrics.serve(port, metrics_collectors(bot.services), addr="127.0.0.1")
    raw = buyer_mail(manifest, alias=ALIAS, message_id="<metrics-w@email.amazonses.com>")
    assert bot.deliver_mail(raw).status_code == 204
    text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=10).text
    families = {family.name for family in text_string_to_metric_families(text)}
    assert {"wismo_open_messages", "wismo_outbox_waiting", "wismo_mails_received"} <= families
