"""The trial's inbox: realistic Amazon relay mails, planned in advance with what should happen.

Every mail is raw MIME in Amazon's current layout (text and HTML alternatives, the buyer's
words in the single ``<pre>`` block, the "no response needed" link, the ``commMgrTok``
footer), written from the buyer texts of the hand-made corpus in
``tests/mail/corpus`` so that the languages and intents are real ones.  System mails
(opt-out bounces, delivery failures, A-to-z, return notices, sent copies) are the corpus's
own, re-dated and given fresh Message-IDs; malformed mails are broken on purpose.

Each :class:`PlannedMail` says when it reaches the inbox and when the buyer sent it (its
``Date``), both on the simulated calendar (:mod:`bench.trial.timeline`), which order and
parcel it is about, and what the agents will do with its card.  Nothing is back-dated:
deadlines come due because the simulated week passes.
"""

from __future__ import annotations

import email
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from pathlib import Path
from typing import Any

from bot.domain import MessageKind
from bot.mail.relay import parse_mail
from bot.testing.relay_mail import RELAY_TEMPLATE_WORDING as _HEAD
from carriers.model import TrackingStatus
from carriers.sandbox import demo_number

from .timeline import arrival_times

__all__ = [
    "CORPUS",
    "MARKETS",
    "Action",
    "PlannedMail",
    "TextPool",
    "plan_mails",
    "relay_address",
    "render",
]

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "mail" / "corpus"
SHOP = "support@brightwater-home.example"

# The five marketplaces of the trial: (relay domain, language, marketplace id, carriers).
MARKETS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "US": ("amazon.com", "en", "ATVPDKIKX0DER", ("UPS", "USPS", "FedEx")),
    "DE": ("amazon.de", "de", "A1PA6795UKMFR9", ("DHL", "UPS")),
    "FR": ("amazon.fr", "fr", "A13V1IB3VIYZZH", ("DHL", "UPS")),
    "ES": ("amazon.es", "es", "A1RKKUPIHCS9HS", ("DHL", "UPS")),
    "IT": ("amazon.it", "it", "APJ6JRA9NG5V4", ("DHL", "FedEx")),
}
MARKET_WEIGHTS = {"US": 0.45, "DE": 0.2, "FR": 0.13, "ES": 0.11, "IT": 0.11}
# Buyers' hours from UTC (winter): decides when in the simulated day they write.
MARKET_UTC_OFFSET = {"US": -5, "DE": 1, "FR": 1, "ES": 1, "IT": 1}

_SUBJECT = {
    "en": "Order delivery inquiry from Amazon customer {name} (Order: {order})",
    "de": "Anfrage zur Lieferung der Bestellung von Amazon-Kunde {name} (Bestellung: {order})",
    "fr": "Demande de renseignements de la part du client Amazon {name} (Commande : {order})",
    "es": "Consulta del cliente de Amazon {name} (Pedido: {order})",
    "it": "Richiesta dal cliente Amazon {name} (Ordine: {order})",
}
_NAMES = {
    "en": ("Cherri", "Liam", "Nora", "Josh", "Ruth", "Dana", "Tom", "Grace", "Priya", "Ava"),
    "de": ("Jonas", "Felix", "Martina", "Lukas", "Sabine", "Jürgen", "Hannah", "Anja"),
    "fr": ("Camille", "Théo", "Léa", "Hugo", "Inès", "Julie", "Manon", "Lucas"),
    "es": ("Lucía", "Álvaro", "Pablo", "Carmen", "Marta", "Diego", "Sofía", "Javier"),
    "it": ("Giulia", "Niccolò", "Matteo", "Chiara", "Francesca", "Paolo", "Sara", "Luca"),
}
_ITEMS = (
    "Linen cushion cover, sage green, 45 x 45 cm",
    "Ceramic pour-over coffee dripper, white",
    "Bamboo bath mat, 60 x 40 cm",
    "Wool throw blanket, charcoal",
    "Stoneware mug set of 4, speckled",
)
# Parcel states the orders are in, most of them simply on the way.
_STATUSES = (
    (TrackingStatus.IN_TRANSIT, 0.5),
    (TrackingStatus.OUT_FOR_DELIVERY, 0.12),
    (TrackingStatus.DELIVERED, 0.12),
    (TrackingStatus.LABEL_CREATED, 0.08),
    (TrackingStatus.DELIVERY_ATTEMPTED, 0.05),
    (TrackingStatus.EXCEPTION, 0.05),
    (TrackingStatus.AVAILABLE_FOR_PICKUP, 0.04),
    (TrackingStatus.NOT_FOUND, 0.04),
)


class Action:
    """What the agents do with a card."""

    APPROVE = "approve"
    DOUBLE_APPROVE = "double_approve"  # two agents click Approve at once
    EDIT = "edit"  # writes a reply in the modal and sends it
    EDIT_FIX = "edit_fix"  # first submits a policy violation, sees it refused, fixes it
    REJECT_NO_RESPONSE = "reject_no_response"
    REJECT_SPAM = "reject_spam"
    REJECT_MANUAL = "reject_manual"  # handled in Seller Central: the clock keeps running
    LATE = "late"  # parked (waiting on the warehouse): answered a day later, past its deadline
    IGNORE = "ignore"  # nobody picks it up during the trial (the manager ignores pings)


@dataclass(frozen=True, slots=True)
class PlannedMail:
    seq: int
    kind: str  # "buyer" | "system" | "malformed"
    message_id: str  # without angle brackets
    arrive: datetime  # simulated instant it lands in the inbox
    sent: datetime  # simulated instant the buyer sent it (its Date header)
    action: str
    market: str | None = None
    language: str | None = None
    intent: str | None = None
    order_id: str | None = None
    buyer_name: str | None = None
    carrier: str | None = None
    tracking_number: str | None = None
    status: str | None = None
    text: str = ""
    item: str = ""
    raw_template: bytes = field(default=b"", repr=False)  # system mails: the corpus mail

    @property
    def answered_by_agents(self) -> bool:
        return self.action != Action.IGNORE


@dataclass(frozen=True, slots=True)
class TextPool:
    """Buyer texts by (language, intent), and the corpus's system mails."""

    texts: dict[tuple[str, str], tuple[str, ...]]
    system: tuple[bytes, ...]

    @classmethod
    def load(cls, corpus: Path = CORPUS) -> TextPool:
        texts: dict[tuple[str, str], list[str]] = {}
        system: list[bytes] = []
        for path in sorted(corpus.glob("*.eml")):
            raw = path.read_bytes()
            parsed = parse_mail(raw)
            if parsed.kind is MessageKind.SYSTEM and path.name.startswith("sys_"):
                system.append(raw)
            elif (
                parsed.kind is MessageKind.BUYER_MESSAGE
                and parsed.language in _HEAD
                and parsed.intent is not None
                and parsed.body.strip()
                and not path.name.startswith(("fwd_", "group_"))
            ):
                key = (parsed.language, parsed.intent.value)
                texts.setdefault(key, []).append(parsed.body.strip())
        if not texts or not system:
            raise RuntimeError(f"no relay-mail corpus under {corpus}: the trial writes from it")
        return cls({k: tuple(v) for k, v in texts.items()}, tuple(system))

    def text(self, rng: random.Random, language: str, intent: str) -> tuple[str, str]:
        """A buyer text in ``language`` for ``intent`` (or the nearest one there is)."""
        for lang, want in (
            (language, intent),
            (language, "where_is_my_order"),
            ("en", intent),
            ("en", "where_is_my_order"),
        ):
            if (lang, want) in self.texts:
                return rng.choice(self.texts[(lang, want)]), want
        raise RuntimeError("the corpus has no English where-is-my-order text")


_INTENT_WEIGHTS = (
    ("where_is_my_order", 0.62),
    ("cancel", 0.07),
    ("return", 0.08),
    ("damaged_or_wrong", 0.07),
    ("address_change", 0.05),
    ("product_question", 0.04),
    ("other", 0.07),
)


def _pick(rng: random.Random, weighted: Sequence[tuple[Any, float]]) -> Any:
    values, weights = zip(*weighted, strict=True)
    return rng.choices(values, weights=weights)[0]


def _order_id(rng: random.Random, market: str, seq: int) -> str:
    first = {"US": 113, "DE": 302, "FR": 402, "ES": 405, "IT": 408}[market]
    return f"{first}-{1_000_000 + seq:07d}-{rng.randrange(10**7):07d}"


def _action(rng: random.Random, intent: str) -> str:
    if intent == "where_is_my_order":
        return str(
            _pick(
                rng,
                (
                    (Action.APPROVE, 0.58),
                    (Action.DOUBLE_APPROVE, 0.1),
                    (Action.EDIT, 0.08),
                    (Action.EDIT_FIX, 0.08),
                    (Action.REJECT_NO_RESPONSE, 0.04),
                    (Action.REJECT_MANUAL, 0.03),
                    (Action.LATE, 0.04),
                    (Action.IGNORE, 0.05),
                ),
            )
        )
    # Other intents come without a suggested reply: the agent writes one or rejects.
    return str(
        _pick(
            rng,
            (
                (Action.EDIT, 0.46),
                (Action.EDIT_FIX, 0.15),
                (Action.REJECT_MANUAL, 0.12),
                (Action.REJECT_NO_RESPONSE, 0.08),
                (Action.REJECT_SPAM, 0.05),
                (Action.LATE, 0.04),
                (Action.IGNORE, 0.1),
            ),
        )
    )


def plan_mails(
    *,
    count: int,
    start: datetime,
    end: datetime,
    seed: int = 8,
    pool: TextPool,
    system_share: float = 0.04,
    malformed_share: float = 0.02,
) -> list[PlannedMail]:
    """``count`` mails arriving between the simulated ``start`` and ``end``, sorted.

    Buyers write in their own daytime (see :func:`bench.trial.timeline.arrival_times`);
    Amazon's relay takes seconds to minutes, so each ``Date`` is a little before arrival.
    """
    rng = random.Random(seed)
    markets = [str(_pick(rng, tuple(MARKET_WEIGHTS.items()))) for _ in range(count)]
    arrivals = arrival_times(rng, count, start, end, [MARKET_UTC_OFFSET[m] for m in markets])
    order = sorted(range(count), key=lambda i: arrivals[i])
    out: list[PlannedMail] = []
    for seq, i in enumerate(order):
        arrive, market = arrivals[i], markets[i]
        mid = f"trial.{seed}.{seq:05d}@email.amazonses.com"
        roll = rng.random()
        if roll < malformed_share:
            sent = arrive - timedelta(minutes=5)
            out.append(PlannedMail(seq, "malformed", mid, arrive, sent, Action.IGNORE))
            continue
        if roll < malformed_share + system_share:
            sent = arrive - timedelta(minutes=20)
            raw = rng.choice(pool.system)
            out.append(
                PlannedMail(seq, "system", mid, arrive, sent, Action.IGNORE, raw_template=raw)
            )
            continue
        _, lang, _, carriers = MARKETS[market]
        text, intent = pool.text(rng, lang, str(_pick(rng, _INTENT_WEIGHTS)))
        carrier = rng.choice(carriers)
        status = _pick(rng, _STATUSES)
        out.append(
            PlannedMail(
                seq,
                "buyer",
                mid,
                arrive,
                arrive - timedelta(seconds=rng.uniform(20, 480)),
                _action(rng, intent),
                market=market,
                language=lang,
                intent=intent,
                order_id=_order_id(rng, market, seq),
                buyer_name=rng.choice(_NAMES[lang]),
                carrier=carrier,
                tracking_number=demo_number(carrier.lower(), status),
                status=status.value,
                text=text,
                item=rng.choice(_ITEMS),
            )
        )
    return out


def relay_address(mail: PlannedMail) -> str:
    """The buyer's relay alias: the mail's From, and the order's buyer e-mail at SP-API."""
    assert mail.market and mail.order_id
    domain = MARKETS[mail.market][0]
    return f"t{mail.seq:05d}q{mail.order_id[-8:].replace('-', '')}@marketplace.{domain}"


TRUSTED_SERVER = "mx.brightwater-home.example"
"""The receiving server whose Authentication-Results the autopilot week trusts."""


def render(
    mail: PlannedMail, *, sent_at: datetime | None = None, authenticated: bool = False
) -> bytes:
    """The raw mail as it lands in the inbox, dated ``sent_at`` (default: ``mail.sent``).

    ``authenticated``: a buyer mail arrives with :data:`TRUSTED_SERVER`'s verdict on top
    (DKIM and DMARC passed for Amazon's relay domain), as a real receiving server adds it.
    """
    if authenticated and mail.kind == "buyer":
        raw = render(mail, sent_at=sent_at)
        domain = relay_address(mail).rpartition("@")[2]
        verdict = (
            f"Authentication-Results: {TRUSTED_SERVER};\r\n"
            f"\tdkim=pass (1024-bit key) header.d={domain} header.s=trial;\r\n"
            "\tspf=pass smtp.mailfrom=bounces.amazon.com;\r\n"
            f"\tdmarc=pass (p=quarantine dis=none) header.from={domain}\r\n"
        )
        return verdict.encode() + raw
    sent_at = mail.sent if sent_at is None else sent_at
    if mail.kind == "system":
        return _redated_system(mail, sent_at)
    if mail.kind == "malformed":
        return _malformed(mail, sent_at)
    assert mail.market and mail.language and mail.order_id
    domain, lang, market_id, _ = MARKETS[mail.market]
    head, order_label, item_label, helpful, mark = _HEAD[lang]
    alias = relay_address(mail)
    no_response = (
        f"https://www.{domain}/gp/communication-manager/no-response-needed.html"
        f"?msg=T{mail.seq:08d}&d=1793612800&mp={market_id}&v=1&t=Zx8q2"
    )
    token = f"AF9ETRIAL{mail.seq:05d}"
    plain = (
        f"{head}\n\n{order_label}: {mail.order_id}\n{item_label}: {mail.item}\n\n{mail.text}\n\n"
        f"{helpful}\n\n{mark}: {no_response}\n\n[commMgrTok:{token}]\n"
    )
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Amazon</title></head>'
        f'<body><table width="600"><tr><td><h2>{escape(head)}</h2></td></tr>'
        f"<tr><td><table><tr><td>{escape(order_label)}:</td><td>{mail.order_id}</td></tr>"
        f"<tr><td>{escape(item_label)}:</td><td>{escape(mail.item)}</td></tr></table></td></tr>"
        '<tr><td><pre style="white-space: pre-wrap; font-family: Arial, sans-serif;">'
        f"{escape(mail.text)}</pre></td></tr>"
        f'<tr><td>{escape(mark)}: <a href="{escape(no_response)}">{escape(mark.split()[-1])}'
        f'</a></td></tr><tr><td style="font-size: 10px">[commMgrTok:{token}] '
        f"SPC-{mail.market}Amazon-T{mail.seq:08d}</td></tr></table></body></html>\n"
    )
    msg = EmailMessage(policy=policy.SMTP)
    msg["Return-Path"] = f"<{alias}>"
    msg["From"] = f"{mail.buyer_name} - Amazon Marketplace <{alias}>"
    msg["To"] = SHOP
    msg["Subject"] = _SUBJECT[lang].format(name=mail.buyer_name, order=mail.order_id)
    msg["Date"] = format_datetime(sent_at)
    msg["Message-ID"] = f"<{mail.message_id}>"
    msg.set_content(plain, cte="quoted-printable")
    msg.add_alternative(html, subtype="html", cte="quoted-printable")
    return msg.as_bytes()


def _redated_system(mail: PlannedMail, sent_at: datetime) -> bytes:
    msg = email.message_from_bytes(mail.raw_template, policy=policy.SMTP)
    del msg["Date"]
    del msg["Message-ID"]
    msg["Date"] = format_datetime(sent_at)
    msg["Message-ID"] = f"<{mail.message_id}>"
    return msg.as_bytes()


def _malformed(mail: PlannedMail, sent_at: datetime) -> bytes:
    """Mail a person must look at: truncated MIME, a charset nobody knows, no body at all."""
    variant = mail.seq % 3
    head = (
        f"From: Amazon Marketplace <x{mail.seq}@marketplace.amazon.com>\r\n"
        f"To: {SHOP}\r\nSubject: Order delivery inquiry\r\n"
        f"Date: {format_datetime(sent_at)}\r\nMessage-ID: <{mail.message_id}>\r\n"
        "MIME-Version: 1.0\r\n"
    )
    if variant == 0:  # multipart whose boundary never comes: the mail was cut off
        body = (
            'Content-Type: multipart/alternative; boundary="=_cut"\r\n\r\n--=_cut\r\n'
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            "SGVsbG8sIHdoZXJlIGlzIG15IG9y"
        )
    elif variant == 1:
        body = "Content-Type: text/plain; charset=x-unknown-charset\r\n\r\n\xff\xfe garbled"
    else:
        body = "Content-Type: text/html; charset=utf-8\r\n\r\n"
    return (head + body).encode("utf-8", "surrogateescape")
