"""Every blocking rule, typed in any language on a card of any language, over signed HTTP.

One running bot (FakeSlack, signed requests, real SMTP sink) serves the whole module: a
card per demo language is opened in the Edit modal once, then each case types a violation
(a keystroke ``block_actions``) and submits it (``view_submission``).  The live findings
must show the rule, the submit must be refused, and no mail may leave.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from bot.config import Settings
from bot.db.engine import create_db_engine
from bot.db.migrate import upgrade
from bot.demo import demo_world
from bot.demo_data import load_manifest
from bot.domain import MessageState
from bot.services.verdict import check_reply
from bot.slack.blocks import verdict_key
from bot.testing.fake_slack import FakeSlack
from bot.testing.slack_requests import block_action, keystroke, view_payload
from bot.testing.smtp import running_smtp
from tests.e2e.slack_harness import AGENT, Bot, mail_headers, running_bot, wait_until

# One violation per rule in each language; none of them is a sentence quoted in issue 12.
VIOLATIONS: dict[str, dict[str, str]] = {
    "review-request": {
        "en": "Would you mind rating the cushion covers on Amazon once they arrive?",
        "de": "Wir würden uns sehr über Ihre Rezension zu den Kissenbezügen freuen.",
        "fr": "Merci de laisser un avis sur les housses une fois reçues.",
        "es": "¿Podría dejarnos una reseña de las fundas cuando lleguen?",
        "it": "Potrebbe lasciare una recensione sulle federe quando arrivano?",
        "ja": "商品が届きましたらレビューをお願いいたします。",
    },
    "marketing": {
        "en": "Our new linen range is out: grab 15% off with code LINEN15.",
        "de": "Entdecken Sie unsere neue Kollektion mit 20 % Rabatt.",
        "fr": "Abonnez-vous à notre newsletter pour nos ventes privées.",
        "es": "Descubra nuestros otros productos con un 10 % de descuento.",
        "it": "Scopra i nostri nuovi prodotti con il 15% di sconto.",
        "ja": "新商品のクーポンをプレゼント中です。",
    },
    "off-amazon": {
        "en": "Next time just order straight from our own website, it is cheaper there.",
        "de": "Bestellen Sie das Zubehör einfach direkt bei uns per WhatsApp.",
        "fr": "Pour les pièces, commandez directement sur notre site.",
        "es": "Para repuestos, compre directamente en nuestra tienda online.",
        "it": "Per i ricambi acquisti direttamente sul nostro sito.",
        "ja": "次回は当店の公式サイトからご注文ください。",
    },
    "personal-data": {
        "en": "Could you reply with your mobile number for the courier?",
        "de": "Bitte schicken Sie uns Ihre Handynummer für den Zusteller.",
        "fr": "Merci de nous communiquer votre numéro de portable pour le livreur.",
        "es": "Por favor, envíenos su número de móvil para el repartidor.",
        "it": "Ci invii il suo numero di cellulare per il corriere.",
        "ja": "配達員のためにお客様の電話番号を教えてください。",
    },
    "cancellation-request": {
        "en": "You can simply request a cancellation in Your Orders.",
        "de": "Bitte beantragen Sie die Stornierung über Ihr Amazon-Konto.",
        "fr": "Veuillez demander l'annulation depuis votre compte Amazon.",
        "es": "Por favor, solicite la cancelación desde su cuenta.",
        "it": "La preghiamo di richiedere l'annullamento dal suo account.",
        "ja": "ご自身でキャンセル申請をお願いいたします。",
    },
    "link": {
        "en": "Spare parts are listed at brightwater-parts dot com.",
        "de": "Ersatzteile finden Sie unter brightwater-teile punkt de.",
        "fr": "Les pièces sont sur brightwater-pieces point fr.",
        "es": "Los repuestos están en brightwater-piezas punto es.",
        "it": "I ricambi sono su brightwater-ricambi punto it.",
        "ja": "部品はbrightwater-parts\u3002comにあります。",
    },
    "email-address": {
        "en": "Questions? brightwater.help at gmail dot com",
        "de": "Fragen an service [at] brightwater-home [punkt] de",
        "fr": "Questions : service arobase brightwater point fr",
        "es": "Preguntas: servicio arroba brightwater punto es",
        "it": "Domande: servizio chiocciola brightwater punto it",
        "ja": "お問い合わせ: service＠brightwater\u3002com",
    },
    "phone-number": {
        "en": "Ring four one five, five five five, two six seven one.",
        "de": "Rufnummer: null drei null, eins zwei drei, vier fünf sechs sieben.",
        "fr": "Numéro : zéro un, quatre deux, six huit, un deux, trois quatre.",
        "es": "Número: seis uno dos, tres cuatro cinco, seis siete ocho.",
        "it": "Numero: tre tre tre, uno due tre, quattro cinque sei sette.",
        "ja": "お電話は０３－１２３４－５６７８まで。",
    },
}
CARD_LANGUAGES = ("en", "de", "fr", "es", "it")  # the demo inbox has cards in these
CASES = [
    (rule, typed, card)
    for rule, texts in VIOLATIONS.items()
    for typed in texts
    for card in CARD_LANGUAGES
]


@dataclass
class _Matrix:
    bot: Bot
    views: dict[str, str]  # card language -> view id of its open Edit modal


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_Matrix]:
    manifest = load_manifest()
    url = f"sqlite:///{tmp_path_factory.mktemp('matrix') / 'wismo.db'}"
    with (
        demo_world(
            Settings(),
            database_url=url,
            now=manifest.now,
            orders=manifest.order_payloads(),
            seller_name=manifest.seller_name,
        ) as world,
        FakeSlack() as slack,
        running_smtp() as (port, recorder),
    ):
        engine = create_db_engine(url)
        upgrade(engine)
        try:
            with running_bot(world, engine, slack, (port, recorder)) as bot:
                yield _Matrix(bot, _open_one_card_per_language(bot, manifest))
        finally:
            engine.dispose()


def _open_one_card_per_language(bot: Bot, manifest) -> dict[str, str]:
    """Deliver one demo mail per card language and open its Edit modal; view ids by language."""
    wanted = {m.language: m for m in manifest.mails if m.language in CARD_LANGUAGES}
    for mail in wanted.values():
        response = bot.http.post(
            bot.base_url + "/inbound/mail", content=mail.raw, headers=mail_headers(mail.raw)
        )
        assert response.status_code == 204, response.text
    bot.draft_and_post()
    with bot.services.uow_factory() as uow:
        carded = [row.id for row in uow.messages.open_by_deadline({MessageState.CARDED}, limit=50)]
    views: dict[str, str] = {}
    for n, pk in enumerate(carded):
        card = bot.card_of(pk)
        bot.sender.interactive(
            block_action("wismo.edit", str(pk), user=AGENT, ts=card["ts"], trigger_id=f"t{n}")
        )
        view_id = wait_until(lambda pk=pk: _view_for(bot, pk), what=f"edit modal of {pk}")
        lang = json.loads(bot.slack.views[view_id]["private_metadata"])["lang"]
        views.setdefault(lang, view_id)
    assert set(CARD_LANGUAGES) <= set(views), views
    return views


def _view_for(bot: Bot, pk: int) -> str | None:
    for view_id, view in bot.slack.views.items():
        meta = json.loads(view.get("private_metadata") or "{}")
        if meta.get("pk") == pk and any(b.get("block_id") == "reply" for b in view["blocks"]):
            return view_id
    return None


def _findings_block(view: dict) -> dict:
    return next(b for b in view["blocks"] if str(b.get("block_id", "")).startswith("findings"))


@pytest.mark.parametrize(("rule", "typed", "card"), CASES)
def test_a_violation_typed_in_any_language_shows_live_and_cannot_be_sent(
    matrix: _Matrix, rule: str, typed: str, card: str
) -> None:
    bot = matrix.bot
    view_id = matrix.views[card]
    text = "Thank you for your message. " + VIOLATIONS[rule][typed]
    meta = json.loads(bot.slack.views[view_id]["private_metadata"])
    assert meta["lang"] == card
    expected = verdict_key(check_reply(text, card, bot.services.policy))

    # live: the keystroke makes the modal show this text's findings, with the rule
    bot.sender.interactive(keystroke(bot.slack.views[view_id], text, user=AGENT))
    wait_until(
        lambda: _findings_block(bot.slack.views[view_id])["block_id"].endswith(expected),
        what="live findings",
    )
    shown = json.dumps(_findings_block(bot.slack.views[view_id]))
    assert f"*{rule}*" in shown, shown

    # submit: refused with the rule named under the input, nothing sent
    values = {"reply": {"wismo.reply_text": {"type": "plain_text_input", "value": text}}}
    answer = bot.sender.interactive(
        view_payload("view_submission", bot.slack.views[view_id], user=AGENT, values=values)
    )
    assert answer.status_code == 200
    body = answer.json()
    assert body["response_action"] == "errors" and rule in body["errors"]["reply"]
    assert bot.mails() == []
