"""Amazon mail that is not a buyer asking something: who sends it and what it is.

System mail comes from ``amazon.<tld>`` and its sub-domains (``donotreply@``,
``seller-notification@``, ``atoz-guarantee-no-reply@``...), never from the buyer relay
domain ``marketplace.amazon.<tld>``.  The one exception we guard against is a sent-message
copy or a bounce arriving from the relay alias itself, which is recognised by its subject.
"""

from __future__ import annotations

import re

from bot.domain import MARKETPLACES, Marketplace, SystemKind

__all__ = ["amazon_system_marketplace", "is_bounce_sender", "system_kind", "unmistakable_kind"]

_SENT_COPY = re.compile(
    r"copy of (?:your|the) (?:message|e-?mail)|a copy of the message you sent"
    r"|(?:your )?message (?:you )?sent to amazon customer"
    r"|your (?:message|e-?mail) to amazon customer"
    r"|kopie ihrer nachricht|ihre nachricht an (?:den )?amazon-kunden?"
    r"|copie de votre message|votre message (?:envoy[ée] )?au client amazon"
    r"|copia de su mensaje|su mensaje (?:enviado )?al cliente de amazon"
    r"|copia del (?:tuo|suo) messaggio|messaggio inviato al cliente amazon"
    r"|送信したメッセージのコピー|送信済みメッセージ",
    re.I,
)
_OPT_OUT = re.compile(
    r"opted out|cho(?:sen|se) to opt[- ]out|chosen not to receive|opt[- ]out of"
    r"|hat sich (?:dagegen )?entschieden,? keine|keine unaufgeforderten nachrichten"
    r"|a choisi de ne (?:pas|plus) recevoir|ha (?:elegido|optado por) no recibir"
    r"|ha scelto di non ricevere|受信を希望していません|受信を拒否",
    re.I,
)
_DELIVERY_FAILURE = re.compile(
    r"unable to deliver (?:the|your) message"
    r"|(?:message|e-?mail) (?:could not be|couldn't be|was not|has not been) delivered"
    r"|delivery failure|delivery status notification|undeliverable"
    r"|nachricht konnte nicht zugestellt|zustellung (?:ist )?fehlgeschlagen|unzustellbar"
    r"|n'a pas pu [êe]tre (?:remis|livr[ée]|distribu[ée])"
    r"|[ée]chec de (?:la )?(?:remise|distribution)"
    r"|no (?:se )?(?:ha podido|hemos podido|pudimos) entregar|error de entrega"
    r"|non [èe] stato possibile (?:consegnare|recapitare)|mancata consegna"
    r"|配信できませんでした|配信エラー",
    re.I,
)
_A_TO_Z = re.compile(
    r"a-to-z|a-z guarantee|a-bis-z|garantie (?:de )?a [àa] z|garanzia dalla a alla z"
    r"|garant[íi]a de la a a la z|マーケットプレイス保証|aからzまで",
    re.I,
)
_RETURN = re.compile(
    r"return request|return authori[sz]ation|refund (?:request|notification|issued)"
    r"|r[üu]cksendeanfrage|r[üu]cksendeantrag|r[üu]cksendegenehmigung|erstattung veranlasst"
    r"|demande de retour|autorisation de retour|solicitud de devoluci[óo]n"
    r"|autorizaci[óo]n de devoluci[óo]n"
    r"|richiesta di reso|autorizzazione (?:al|di) reso|返品リクエスト|返品依頼",
    re.I,
)
_CHECKS = (
    (SystemKind.SENT_COPY, _SENT_COPY),
    (SystemKind.OPT_OUT_BOUNCE, _OPT_OUT),
    (SystemKind.DELIVERY_FAILURE, _DELIVERY_FAILURE),
    (SystemKind.A_TO_Z_CLAIM, _A_TO_Z),
    (SystemKind.RETURN_REQUEST, _RETURN),
)
_BOUNCE_SENDER = re.compile(r"^(?:mailer-daemon|postmaster)@", re.I)


def amazon_system_marketplace(domain: str) -> Marketplace | None:
    """The marketplace of a system sender domain (``amazon.de``, ``x.amazon.de``), else None.

    Anchored on the whole registrable domain so ``amazon.de.example`` or ``myamazon.de``
    never pass, and ``marketplace.amazon.*`` (the buyer relay) is not a system sender.
    """
    domain = domain.lower().rstrip(".")
    if domain.startswith("marketplace."):
        return None
    for market in MARKETPLACES.values():
        if domain == market.domain or domain.endswith("." + market.domain):
            # amazon.com is also the parent of amazon.com.au/.br/...; the longest match wins
            better = [
                m
                for m in MARKETPLACES.values()
                if len(m.domain) > len(market.domain)
                and (domain == m.domain or domain.endswith("." + m.domain))
            ]
            return better[0] if better else market
    return None


def is_bounce_sender(address: str) -> bool:
    return bool(_BOUNCE_SENDER.match(address))


def system_kind(subject: str, text: str) -> SystemKind:
    """Label a mail from an Amazon system sender."""
    return unmistakable_kind(subject, text[:4000]) or SystemKind.OTHER


def unmistakable_kind(
    subject: str, text: str = "", *, from_buyer: bool = False
) -> SystemKind | None:
    """A system label when the subject (or given text) says so; None otherwise.

    For mail from a buyer alias (``from_buyer``) only the subject is given and only copies
    and bounces count, so a buyer whose subject topic is "Return request" is still a buyer.
    """
    checks = _CHECKS[:3] if from_buyer else _CHECKS
    for kind, pattern in checks:
        if pattern.search(subject) or (text and pattern.search(text)):
            return kind
    return None
