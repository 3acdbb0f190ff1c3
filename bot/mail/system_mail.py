"""Amazon mail that is not a buyer asking something: who sends it and what it is.

System mail comes from ``amazon.<tld>`` and its sub-domains (``donotreply@``,
``seller-notification@``, ``atoz-guarantee-no-reply@``...), never from the buyer relay
domain ``marketplace.amazon.<tld>``: a buyer types any subject, so a mail from a relay
alias is always the buyer's message.  :func:`unmistakable_kind` with ``from_buyer`` only
says which notice such a subject imitates, for a note on the buyer's card.
"""

from __future__ import annotations

import re

from bot.domain import MARKETPLACES, Marketplace, SystemKind

__all__ = [
    "AMAZON_CS_LOCAL",
    "amazon_cs_problem",
    "amazon_system_marketplace",
    "failure_reason",
    "is_bounce_sender",
    "system_kind",
    "unmistakable_kind",
]

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
    r"a-to-z|a-z guarantee|a-bis-z|garantie (?:de )?a[- ][àa][- ]z|garanzia dalla a alla z"
    r"|garant[íi]a de la a a la z|マーケットプレイス保証|aからzまで",
    re.I,
)
_CHARGEBACK = re.compile(
    r"charge-?backs?\b|r[üu]ckbuchung|r[ée]trofacturation|contr?estation de paiement"
    r"|contracargo|riaddebito",
    re.I,
)
# Amazon's own customer service, or Customer Service by Amazon, asking the seller to act.
_CS_CONTACT = re.compile(
    r"we've been contacted by a customer regarding|we have been contacted by a customer"
    r"|customer service by amazon|amazon customer service (?:needs|requires|is requesting)"
    r"|(?:inquiry|enquiry|request) from amazon customer service"
    r"|wir wurden von einem kunden .{0,40}kontaktiert|kundenservice durch amazon"
    r"|anfrage (?:vom|des) amazon[- ]kundenservice"
    r"|nous avons [ée]t[ée] contact[ée]s par un client|service client par amazon"
    r"|demande du service client(?:[eè]le)? (?:d')?amazon",
    re.I,
)
# Amazon telling the seller a message of theirs broke the messaging guidelines.
_POLICY_WARNING = re.compile(
    r"(?:violat\w*|breach\w*|not compl\w*)\W+(?:\w+\W+){0,6}?"
    r"(?:communication guidelines|buyer-seller messaging (?:policy|guidelines))"
    r"|policy warning|messaging (?:privileges|permissions) (?:have been |were )?"
    r"(?:removed|restricted|suspended)"
    r"|versto(?:ß|ss) gegen (?:\w+\W+){0,4}?kommunikationsrichtlinien"
    r"|richtlinienversto(?:ß|ss)|richtlinienwarnung"
    r"|enfrei\w* (?:\w+\W+){0,4}?(?:r[èe]gles|consignes) de communication"
    r"|non-respect (?:\w+\W+){0,4}?(?:r[èe]gles|consignes) de communication"
    r"|avertissement (?:relatif|concernant) (?:\w+\W+){0,3}?(?:r[èe]gles|politique)",
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
# The kinds a buyer alias may carry too (copies and bounces of our own messages).
_FROM_ALIAS = (
    (SystemKind.OPT_OUT_BOUNCE, _OPT_OUT),
    (SystemKind.DELIVERY_FAILURE, _DELIVERY_FAILURE),
    (SystemKind.SENT_COPY, _SENT_COPY),
)
# Most specific first: a claim mail may mention returns, a warning quotes our sent text.
_CHECKS = (
    (SystemKind.POLICY_WARNING, _POLICY_WARNING),
    (SystemKind.CHARGEBACK, _CHARGEBACK),
    (SystemKind.A_TO_Z_CLAIM, _A_TO_Z),
    (SystemKind.AMAZON_CS_CONTACT, _CS_CONTACT),
    *_FROM_ALIAS,
    (SystemKind.RETURN_REQUEST, _RETURN),
)
_BOUNCE_SENDER = re.compile(r"^(?:mailer-daemon|postmaster)@", re.I)


def amazon_system_marketplace(domain: str) -> Marketplace | None:
    """The marketplace of a system sender domain (``amazon.de``, ``x.amazon.de``), else None.

    Anchored on the whole registrable domain so ``amazon.de.example`` or ``myamazon.de``
    never pass, and ``marketplace.amazon.*`` (the buyer relay) is not a system sender.
    """
    domain = domain.lower().rstrip(".")
    if "marketplace" in domain.split("."):
        # marketplace.amazon.* is the buyer relay; x.marketplace.amazon.* is nobody's
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
    and bounces count: the notice the subject imitates (the mail stays the buyer's).
    """
    checks = _FROM_ALIAS if from_buyer else _CHECKS
    # The subject is Amazon's own label; the body may quote anything (our sent text).
    for where in (subject, text):
        for kind, pattern in checks:
            if where and pattern.search(where):
                if kind is SystemKind.DELIVERY_FAILURE and _OPT_OUT.search(text):
                    return SystemKind.OPT_OUT_BOUNCE  # the failure's reason is the opt-out
                return kind
    return None


# Why Amazon (or a mail server) did not deliver one of our messages, most specific first.
# "Not authorised" alone names no culprit: Amazon says it of a link or a text as well as of
# our From address, so the sender is blamed only when the notice names the sender (or the
# messaging permissions), the content when it names the content, and a bare refusal
# (a "5.7.1", "not authorised" and nothing else) is taken as the sender's, the usual cause.
_DENIED = (
    r"(?:not (?:authori[sz]ed|approved|permitted|allowed|registered|verified)|unauthori[sz]ed"
    r"|nicht (?:autorisiert|berechtigt|freigegeben|zugelassen|erlaubt)"
    r"|non (?:autoris[ée]e?s?|approuv[ée]e?s?|autorizzat[oa])|no autorizad[oa])"
)
_SENDER = (
    r"(?:\bsender\b|from[- ]address|\bsent (?:it |this |the message )?from\b|absender\w*"
    r"|exp[ée]diteur|remitente|mittente)"
)
_SENDER_NOT_APPROVED = (
    "sender_not_approved",
    "the From address is not approved in Seller Central (Settings > Messaging Permissions)",
)
_FAILURE_REASONS = (
    (
        *_SENDER_NOT_APPROVED,
        re.compile(
            rf"{_SENDER}[^.\n]{{0,80}}?{_DENIED}|{_DENIED}[^.\n]{{0,40}}?{_SENDER}"
            r"|messaging permissions|autorisations de messagerie|nachrichtenberechtigung",
            re.I,
        ),
    ),
    (
        "attachment_refused",
        "an attachment was refused",
        re.compile(r"attachment|anhang|dateianhang|pi[èe]ce jointe|fichier joint", re.I),
    ),
    (
        "content_refused",
        "Amazon's filter refused the text",
        re.compile(
            r"\blinks?\b|\burls?\b|content|not allowed|prohibited|guidelines|policy|policies"
            r"|inhalt|nicht erlaubt|richtlinien|contenu|\bliens?\b|non autoris"
            r"|interdit|r[èe]gles|contenido|enlaces?|contenuto|collegament[oi]",
            re.I,
        ),
    ),
    (
        *_SENDER_NOT_APPROVED,
        re.compile(rf"{_DENIED}|5\.7\.1", re.I),
    ),
    (
        "recipient_unknown",
        "the buyer's relay address does not exist any more",
        re.compile(r"user unknown|unknown (?:user|recipient)|does not exist|5\.1\.1", re.I),
    ),
)
_REASON_LINE = re.compile(
    r"^[ \t]*(?:reason|grund|motif|diagnostic-code)[ \t]*:[ \t]*(.+)$", re.I | re.M
)


def failure_reason(text: str) -> tuple[str, str, str]:
    """(code, label, the notice's own reason line) of a delivery failure.

    The code is one of ``sender_not_approved``, ``attachment_refused``,
    ``content_refused``, ``recipient_unknown``, ``other``: the daily summary counts by it.
    """
    line = _REASON_LINE.search(text)
    detail = " ".join(line.group(1).split())[:300] if line else ""
    for code, label, pattern in _FAILURE_REASONS:
        if pattern.search(detail or text[:4000]):
            return code, label, detail
    return "other", "no reason given", detail


AMAZON_CS_LOCAL = re.compile(r"cs-reply(?:\+[a-z0-9][a-z0-9._-]{0,63})?")
"""Local parts Amazon customer service writes from and asks to be answered at
(``cs-reply@amazon.de``, ``cs-reply+<case>@amazon.com``)."""


_MARKETPLACE_DOMAINS = frozenset(m.domain for m in MARKETPLACES.values())


def amazon_cs_problem(to: str) -> str | None:
    """Why ``to`` is no Amazon customer-service address we answer, or None.

    The allow-list is explicit: the local part :data:`AMAZON_CS_LOCAL` at exactly one of
    Amazon's marketplace domains (``amazon.com``, ``amazon.de``, ...): no subdomain, no
    look-alike (``amazon.de.example``), no other mailbox at Amazon.
    """
    address = to.strip().lower()
    local, at, domain = address.rpartition("@")
    if not at or not local:
        return f"{to!r} is not an e-mail address"
    if domain not in _MARKETPLACE_DOMAINS:
        return f"{domain} is not an Amazon marketplace domain"
    if not AMAZON_CS_LOCAL.fullmatch(local):
        return f"{local}@{domain} is not an Amazon customer-service address we answer"
    return None
