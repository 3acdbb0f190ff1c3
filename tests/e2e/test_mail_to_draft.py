"""From a raw relay e-mail to a stored, policy-checked draft and its Slack card.

Real HTTP to the fake SP-API and carrier servers, the real parser, templates, policy
engine and database (SQLite and PostgreSQL through ``db_url``).
"""

from __future__ import annotations

import json
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from bot.domain import MessageState
from bot.replies import LANGUAGES, REQUIREMENTS, TEMPLATED, Scenario
from bot.services.conversations import load_conversation
from bot.services.pipeline import draft_pending, process_raw, store_raw
from bot.slack.blocks import card
from carriers.model import TrackingStatus

WISMO_TEXT = {
    "en": "Hi, my order has not arrived yet. Where is my package? When will it arrive?",
    "de": "Hallo, meine Bestellung ist noch nicht angekommen. Wo ist mein Paket? Wann kommt es?",
    "fr": "Bonjour, je n'ai pas encore reçu ma commande. Où est mon colis ? Quand arrive-t-il ?",
    "es": "Hola, todavía no he recibido mi pedido. ¿Dónde está mi paquete? ¿Cuándo llegará?",
    "ja": "注文した商品がまだ届いていません。荷物は今どこにありますか？いつ届きますか？",
    "it": "Buongiorno, non ho ancora ricevuto il mio ordine. Dove si trova il pacco?",
    "nl": "Hallo, mijn bestelling is nog niet aangekomen. Waar is mijn pakket? Wanneer komt het?",
    "pl": "Dzień dobry, nie otrzymałem jeszcze zamówienia. Gdzie jest moja paczka? Kiedy dotrze?",
    "sv": "Hej, min beställning har inte kommit än. Var är mitt paket? När kommer det?",
    "tr": "Merhaba, siparişim henüz gelmedi. Kargom nerede? Ne zaman gelir?",
}
# The bundled demo inbox writes in these; the newer template languages are covered below,
# buyer by buyer.
DEMO_LANGUAGES = ("en", "de", "fr", "es", "it")
DOMAINS = {"US": "amazon.com", "UK": "amazon.co.uk", "DE": "amazon.de", "FR": "amazon.fr",
           "ES": "amazon.es", "IT": "amazon.it"}  # fmt: skip


def relay_mail(
    *,
    order_id: str,
    market: str,
    text: str,
    name: str,
    key: str,
    sent_at,
    subject: str = "",
    alias: str = "",
) -> bytes:
    """A relay mail in Amazon's older plain-text format (Begin/End message markers)."""
    msg = EmailMessage()
    alias = alias or f"{key.replace('_', '').lower()[:12]}q7w2e9@marketplace.{DOMAINS[market]}"
    msg["From"] = f"{name} - Amazon Marketplace <{alias}>"
    msg["To"] = "support@brightwater-home.example"
    msg["Subject"] = subject or f"Message from Amazon customer {name} (Order: {order_id})"
    msg["Date"] = format_datetime(sent_at)
    msg["Message-ID"] = f"<{key}@email.amazonses.com>"
    msg.set_content(
        f"Order ID: {order_id}\n\n------------- Begin message -------------\n\n{text}\n\n{name}\n\n"
        "------------- End message -------------\n"
    )
    return bytes(msg)


def _by_file(manifest):
    return {m.file: m for m in manifest.mails}


def test_every_bundled_mail_gets_its_scenario_and_language(services, manifest):
    now = manifest.now
    pks = {m.file: process_raw(services, m.raw, arrived_at=now) for m in manifest.mails}
    run = draft_pending(services, now=now, limit=100)
    assert len(run.drafted) == len(manifest.mails) and not run.failed

    seen_scenarios, seen_languages = set(), set()
    with services.uow_factory() as uow:
        for mail in manifest.mails:
            conv = load_conversation(uow, pks[mail.file])
            draft = conv.draft
            assert conv.state is MessageState.DRAFTED, mail.file
            assert draft is not None and draft.version == 1, mail.file
            assert (draft.scenario, draft.language) == (mail.scenario, mail.language), mail.file
            assert conv.message.intent is not None and conv.message.intent.value == mail.intent
            # A late order's reply waits for the agent's new ship date; a product question
            # is the agent's to write.
            if mail.scenario in TEMPLATED - {Scenario.NOT_SHIPPED_LATE}:
                assert draft.report.compliant and not draft.report.findings, mail.file
                assert conv.message.order_id in draft.text and "Brightwater Home" in draft.text
            else:
                assert draft.text == ""
            # The number and link reach the buyer wherever the reply speaks of the parcel.
            about_parcel = (
                draft.scenario and "tracking_number" in REQUIREMENTS[Scenario(draft.scenario)].facts
            )
            for tracking in conv.trackings:
                if about_parcel:
                    assert tracking.number in draft.text, mail.file
            rendered = card(conv, now=now)
            json.dumps(rendered)  # posts as is
            seen_scenarios.add(draft.scenario)
            seen_languages.add(draft.language)
    assert {s.value for s in Scenario} - NOT_YET_IN_DEMO <= seen_scenarios
    assert set(DEMO_LANGUAGES) <= seen_languages


# Scenarios no demo mail reaches yet: the agent's choices after a damaged or lost parcel
# (reached by switching the reply in Edit), and two the demo lost (its exception is an
# address problem now, its cancel request gets cancel_shipped).  The mail corpus of
# tests/draft covers every one.
NOT_YET_IN_DEMO = {
    # Royal Mail has no API, and its parcel's status now comes from Amazon's packageStatus;
    # number and link only are left for a parcel neither gives a status for (tests/draft).
    "tracking_unavailable",
    "acknowledge",
    "damaged_replacement",
    "damaged_refund",
    "damaged_return",
    "lost_refund",
    "delayed",
    # Amazon customer service's contacts get it; the demo has none (tests/draft and
    # tests/e2e/test_cs_contact.py cover it).
    "amazon_cs_reply",
}

WISMO_FILES = [
    "01_en_us_in_transit.eml",
    "02_de_out_for_delivery.eml",
    "03_fr_delivered.eml",
    "04_es_pickup.eml",
    "05_it_attempted.eml",
    "06_en_uk_label_created.eml",
    "07_en_us_exception.eml",
    "08_de_returned.eml",
    "09_en_us_not_shipped.eml",
    "10_fr_not_shipped_late.eml",
    "11_en_us_cancelled.eml",
    "12_es_amazon_fulfilled.eml",
    "13_en_uk_royal_mail.eml",
]


@pytest.mark.parametrize("lang", [*LANGUAGES, "ja"])
def test_every_scenario_in_every_language(services, manifest, lang):
    """The buyer writes in ``lang`` about each bundled order: the reply follows the buyer."""
    by_file = _by_file(manifest)
    orders = {o["order_id"]: o for o in manifest.orders}
    pks = {}
    for i, file in enumerate(WISMO_FILES):
        order_id = next(o for o in orders if o[-2:] == file[:2])
        raw = relay_mail(
            order_id=order_id,
            market=orders[order_id]["marketplace"],
            text=WISMO_TEXT[lang],
            name="Alex",
            key=f"e2e-{lang}-{i}",
            sent_at=manifest.now - timedelta(hours=2),
            alias=orders[order_id]["buyer_email"],  # the order's own buyer writes
        )
        pks[file] = process_raw(services, raw, arrived_at=manifest.now)
    run = draft_pending(services, now=manifest.now, limit=50)
    assert len(run.drafted) == len(WISMO_FILES)
    with services.uow_factory() as uow:
        for file, pk in pks.items():
            draft = load_conversation(uow, pk).draft
            assert draft is not None
            assert (draft.scenario, draft.language) == (by_file[file].scenario, lang), file
            assert draft.report.compliant, (file, draft.report.reason())
            if draft.scenario != "not_shipped_late":  # waits for the agent's new ship date
                assert "Alex" in draft.text


def test_same_mail_twice_is_stored_and_drafted_once(services, manifest):
    mail = manifest.mails[0]
    first = store_raw(services, mail.raw, arrived_at=manifest.now)
    second = store_raw(services, mail.raw, arrived_at=manifest.now + timedelta(minutes=5))
    assert first.created and not second.created and first.message_pk == second.message_pk
    assert len(draft_pending(services, now=manifest.now).drafted) == 1
    process_raw(services, mail.raw, arrived_at=manifest.now + timedelta(minutes=9))
    assert draft_pending(services, now=manifest.now).drafted == ()
    with services.uow_factory() as uow:
        assert len(uow.drafts.all_for(first.message_pk)) == 1


def test_carrier_outage_falls_back_on_amazons_status_with_number_and_link(
    services, world, manifest
):
    world.carriers.fail("ups", status=503, times=50)
    mail = _by_file(manifest)["01_en_us_in_transit.eml"]
    pk = process_raw(services, mail.raw, arrived_at=manifest.now)
    (conv,) = draft_pending(services, now=manifest.now).drafted
    assert conv.pk == pk
    (tracking,) = conv.trackings
    # UPS did not answer: Amazon's packageStatus (IN_TRANSIT) speaks, marked as Amazon's
    assert not tracking.live and tracking.status is TrackingStatus.IN_TRANSIT
    assert tracking.source == "amazon" and "ups: server error 503" in tracking.note
    assert world.carriers.count("ups") >= 1  # it was asked, over HTTP, and failed
    draft = conv.draft
    assert draft is not None and draft.scenario == "in_transit"
    assert tracking.number in draft.text and "https://www.ups.com/" in draft.text
    assert draft.report.compliant
    text = json.dumps(card(conv, now=manifest.now))
    assert "Amazon's status" in text and "Amazon reports: in transit" in text


def test_order_amazon_does_not_know_gets_a_card_that_says_so(services, manifest):
    mail = _by_file(manifest)["16_en_us_unknown_order.eml"]
    process_raw(services, mail.raw, arrived_at=manifest.now)
    (conv,) = draft_pending(services, now=manifest.now).drafted
    assert conv.order is None and conv.draft is not None and conv.draft.text == ""
    blocks = json.dumps(card(conv, now=manifest.now)["blocks"])
    assert "Amazon does not know order 999-0000000-0000000" in blocks
    assert "No suggested reply" in blocks


def test_amazon_down_acknowledges_and_says_so(services, world, manifest):
    world.amazon.fail_next(503, times=10, retry_after=0)
    mail = _by_file(manifest)["01_en_us_in_transit.eml"]
    process_raw(services, mail.raw, arrived_at=manifest.now)
    (conv,) = draft_pending(services, now=manifest.now).drafted
    assert conv.order is None and "did not answer" in conv.order_problem
    assert conv.draft is not None and conv.draft.scenario == "acknowledge"
    assert conv.draft.report.compliant
    assert "did not answer" in json.dumps(card(conv, now=manifest.now))


def test_template_injection_in_buyer_name_and_text_is_inert(services, manifest):
    raw = (
        _by_file(manifest)["01_en_us_in_transit.eml"]
        .raw.replace(b"Cherri - Amazon", b"{{ config }} - Amazon")
        .replace(b"customer Cherri", b"customer {{ config }}")
        .replace(
            b"Hi, I ordered",
            b"{% for x in range(3) %}{{ x }}{% endfor %} {{ config.items() }} Hi, I ordered",
        )
        .replace(b"<demo-01.", b"<injection-01.")
    )
    pk = process_raw(services, raw, arrived_at=manifest.now)
    (conv,) = draft_pending(services, now=manifest.now).drafted
    # The display name is no plain personal name (round 8, F4): never greeted with.
    assert conv.pk == pk and conv.message.buyer_name is None
    assert any("'{{ config }}' is not a plain personal name" in p for p in conv.message.problems)
    draft = conv.draft
    assert draft is not None and draft.scenario == "in_transit"
    # Never evaluated, never echoed: no loop output, no configuration object.
    assert draft.text.startswith("Hello,") and "{{" not in draft.text
    assert "012" not in draft.text and "Config" not in draft.text and "<" not in draft.text
    blocks = json.dumps(card(conv, now=manifest.now))
    assert "{% for x in range(3) %}{{ x }}{% endfor %}" in blocks
