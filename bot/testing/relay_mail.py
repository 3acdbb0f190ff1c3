"""The wording of Amazon's relay e-mail template, per language of the template.

Relay mail wraps the buyer's text in Amazon's own lines; the parser finds the text by
them.  The mail corpus (``tests/mail/corpus/make_corpus.py``) and the field trial's mail
generator (``bench/trial/mails.py``) write mails with this wording.
"""

from __future__ import annotations

from typing import Final

__all__ = ["RELAY_TEMPLATE_WORDING"]

RELAY_TEMPLATE_WORDING: Final[dict[str, tuple[str, str, str, str, str]]] = {
    "en": (
        "You have received a message.",
        "Order ID",
        "Item",
        "Was this email helpful?",
        "To mark this message as no response needed, click here",
    ),
    "de": (
        "Sie haben eine Nachricht erhalten.",
        "Bestellnummer",
        "Artikel",
        "War diese E-Mail hilfreich?",
        "Um diese Nachricht als „Keine Antwort erforderlich“ zu markieren, klicken Sie hier",
    ),
    "fr": (
        "Vous avez reçu un message.",
        "Numéro de commande",
        "Article",
        "Cet e-mail vous a-t-il été utile ?",
        "Pour marquer ce message comme ne nécessitant pas de réponse, cliquez ici",
    ),
    "es": (
        "Has recibido un mensaje.",
        "Número de pedido",
        "Artículo",
        "¿Te ha resultado útil este correo?",
        "Para marcar este mensaje como que no necesita respuesta, haz clic aquí",
    ),
    "it": (
        "Hai ricevuto un messaggio.",
        "Numero ordine",
        "Articolo",
        "Questa e-mail ti è stata utile?",
        "Per contrassegnare questo messaggio come senza risposta necessaria, fai clic qui",
    ),
    "ja": (
        "メッセージが届きました。",
        "注文番号",
        "商品",
        "このメールは役に立ちましたか?",
        "お問い合わせへの返信が不要な場合は、こちらをクリックしてください",
    ),
}
