"""Is a buyer message really from the order's buyer, through Amazon's relay?  Pure checks.

A card's one-click reply sends the order's carrier, tracking number and dates to the
relay alias the mail came from.  Anyone can write ``From: x@marketplace.amazon.com`` or a
relay ``Reply-To``, and a real buyer can name somebody else's order, so before a card
offers that click three things must hold:

1. the relay alias is the mail's own ``From`` (not only a ``Reply-To``, a rewritten group
   header or a forwarded text, which anyone can write);
2. the receiving server we trust (``WISMO_AUTHSERV_ID``) authenticated that From domain:
   DMARC passed, or DKIM or SPF passed aligned with Amazon's relay domain.  Its
   ``Authentication-Results`` fields are the only ones read: any server on the way, and
   the sender, can add fields naming other servers, or name ours further down;
3. the alias is the buyer e-mail SP-API gives for the order (when it gives one), and the
   relay domain is the order's marketplace.

1 and 2 are read from the headers when the mail is stored (:func:`check_headers`), 3 when
the order has been looked up (:func:`check_buyer`).  :func:`reply_address_problem` is the
outbox's last word: a reply goes to a relay address of the order's marketplace or nowhere.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from email.message import Message
from email.utils import getaddresses

from bot.domain import (
    MARKETPLACES,
    AuthOutcome,
    BuyerMatch,
    InboundMessage,
    MessageKind,
    Order,
    SenderCheck,
)
from bot.mail._mime import parse_headers
from bot.mail.authresults import (
    AuthenticationResults,
    AuthResultsError,
    MethodResult,
    authserv_id_of,
    parse,
)
from bot.mail.relay import relay_alias
from bot.mail.system_mail import amazon_system_marketplace

__all__ = [
    "AuthVerdict",
    "authenticate",
    "check_buyer",
    "check_headers",
    "check_notice",
    "reply_address_problem",
]

# Results that say the mail is not what it claims (RFC 8601 §2.7): anything else that is
# not "pass" (none, neutral, temperror, softfail for SPF) is no verdict either way.
_DKIM_FAIL = frozenset({"fail", "policy", "permerror"})
_SPF_FAIL = frozenset({"fail", "permerror"})
_DMARC_FAIL = frozenset({"fail", "permerror"})


@dataclass(frozen=True, slots=True)
class AuthVerdict:
    outcome: AuthOutcome
    detail: str  # what was read, for the card: "mx.example.com: dmarc=pass header.from=…"


def check_headers(
    raw: bytes, message: InboundMessage, *, authserv_ids: Collection[str]
) -> SenderCheck | None:
    """Checks 1 and 2 on the mail's own headers; None when ``message`` is no buyer message.

    The result's ``buyer`` is PENDING: :func:`check_buyer` completes it.
    """
    if message.kind is not MessageKind.BUYER_MESSAGE or not message.buyer_alias:
        return None
    headers = parse_headers(raw)
    relay_domain = message.buyer_alias.rpartition("@")[2]
    problems = _from_problems(headers, message.buyer_alias)
    verdict = authenticate(
        _all(headers, "Authentication-Results"), trusted=authserv_ids, from_domain=relay_domain
    )
    if verdict.outcome is AuthOutcome.FAIL:
        problems.append(
            f"the receiving mail server found the Amazon sender forged or its signature "
            f"broken ({verdict.detail})"
        )
    elif verdict.outcome is AuthOutcome.MISSING:
        problems.append(
            f"the receiving mail server gave no DKIM, SPF or DMARC pass for {relay_domain} "
            f"({verdict.detail}): the mail may not come from Amazon"
        )
    return SenderCheck(
        authentication=verdict.outcome,
        buyer=BuyerMatch.PENDING,
        problems=tuple(problems),
        detail=verdict.detail,
    )


def check_notice(
    raw: bytes, message: InboundMessage, *, authserv_ids: Collection[str]
) -> SenderCheck | None:
    """Is an Amazon notice (a delivery failure, a claim...) from Amazon?  None for other mail.

    The same trusted verdict as for buyer mail, on the From's own domain, which must be
    one of Amazon's: a notice reopens a conversation, and anybody can write
    ``From: donotreply@amazon.com``.  Without a trusted server nothing is checked, as for
    buyer mail.
    """
    if message.kind is not MessageKind.SYSTEM:
        return None
    headers = parse_headers(raw)
    values = _all(headers, "From")
    addresses = [addr for _, addr in getaddresses(values) if addr]
    domain = _domain_of(addresses[0]) if len(values) == 1 and len(addresses) == 1 else ""
    verdict = authenticate(
        _all(headers, "Authentication-Results"), trusted=authserv_ids, from_domain=domain
    )
    problems: list[str] = []
    if verdict.outcome is not AuthOutcome.NOT_CHECKED:
        amazon = bool(domain) and (
            amazon_system_marketplace(domain) is not None
            or domain.startswith("marketplace.amazon.")
        )
        if not amazon:
            problems.append(
                f"the notice comes from {domain or 'no single sender'}, not from Amazon"
            )
        if verdict.outcome is AuthOutcome.FAIL:
            problems.append(f"the receiving mail server found the sender forged ({verdict.detail})")
        elif verdict.outcome is AuthOutcome.MISSING:
            problems.append(
                f"the receiving mail server gave no DKIM, SPF or DMARC pass for "
                f"{domain or 'its sender'} ({verdict.detail}): it may not come from Amazon"
            )
    return SenderCheck(
        authentication=verdict.outcome,
        buyer=BuyerMatch.UNKNOWN,
        problems=tuple(problems),
        detail=verdict.detail,
    )


def check_buyer(check: SenderCheck, message: InboundMessage, order: Order | None) -> SenderCheck:
    """Check 3, once the order is known (``None``: no order id, or Amazon did not say)."""
    alias = (message.buyer_alias or "").lower()
    problems = list(check.problems)
    if order is None or not alias:
        return dataclasses.replace(check, buyer=BuyerMatch.UNKNOWN, problems=tuple(problems))
    market = next(
        (m for m in MARKETPLACES.values() if m.marketplace_id == order.marketplace_id), None
    )
    relay_domain = alias.rpartition("@")[2]
    if market is not None and relay_domain != f"marketplace.{market.domain}":
        problems.append(
            f"the relay address is on {relay_domain}, but order {order.order_id} was placed on "
            f"{market.domain}"
        )
    buyer = BuyerMatch.UNKNOWN
    if order.buyer_email:
        expected = relay_alias(order.buyer_email)
        if expected is not None and expected[0] == alias:
            buyer = BuyerMatch.MATCH
        else:
            buyer = BuyerMatch.MISMATCH
            problems.append(
                f"the relay alias is not the buyer of order {order.order_id}: Amazon gives "
                "another buyer e-mail for it"
            )
    return dataclasses.replace(check, buyer=buyer, problems=tuple(dict.fromkeys(problems)))


def reply_address_problem(to: str, marketplace: str | None) -> str | None:
    """Why ``to`` may not receive a reply, or None: a relay address of ``marketplace``.

    ``marketplace`` is the order's (a :data:`~bot.domain.MARKETPLACES` key), or the
    message's when there is no order.
    """
    found = relay_alias(to)
    if found is None:
        return f"{_domain_of(to) or 'a blank address'} is not an Amazon relay address"
    market = MARKETPLACES.get(marketplace or "")
    if market is None:
        return "the order's marketplace is unknown, so its relay domain cannot be checked"
    if found[2] != market.code:
        return (
            f"{_domain_of(to)} is not the relay domain of the order's marketplace "
            f"(marketplace.{market.domain})"
        )
    return None


def authenticate(
    fields: Sequence[str], *, trusted: Collection[str], from_domain: str
) -> AuthVerdict:
    """The trusted server's verdict on ``from_domain`` from the mail's result fields.

    ``fields`` top first, as in the mail.  Only the topmost field whose authserv-id is in
    ``trusted`` counts: the server adds its field on top of the mail, so anything further
    down that names our server was written by the sender.  Filling in methods from lower
    fields would let a forged "dmarc=pass" speak wherever our server wrote "none".  A
    trusted field that cannot be read gives no verdict at all.
    """
    ids = {t.strip().lower() for t in trusted if t.strip()}
    if not ids:
        return AuthVerdict(AuthOutcome.NOT_CHECKED, "WISMO_AUTHSERV_ID is not set")
    ours: list[AuthenticationResults] = []
    for value in fields:
        try:
            field = parse(value)
        except AuthResultsError as exc:
            owner = authserv_id_of(value)
            if owner is not None and owner.lower() in ids:
                return AuthVerdict(AuthOutcome.MISSING, f"{owner}: unreadable result ({exc})")
            continue
        if field.authserv_id.lower() in ids:
            ours.append(field)
            break
    if not ours:
        return AuthVerdict(AuthOutcome.MISSING, f"no Authentication-Results from {_ids(ids)}")
    return _judge(ours[0].results, ours[0].authserv_id, from_domain.lower())


def _judge(results: Sequence[MethodResult], server: str, from_domain: str) -> AuthVerdict:
    passes: list[str] = []
    fails: list[str] = []
    dmarc_failed = False
    for result in results:
        said = _said(result)
        if result.method == "dmarc":
            header_from = _bare(result.prop("header.from")) or from_domain
            if header_from != from_domain:
                continue
            if result.result == "pass":
                passes.append(said)
            elif result.result in _DMARC_FAIL:
                dmarc_failed = True
                fails.append(said)
        elif result.method == "dkim":
            domain = _bare(result.prop("header.d")) or _domain_of(result.prop("header.i") or "")
            if not _aligned(domain, from_domain):
                continue
            if result.result == "pass":
                passes.append(said)
            elif result.result in _DKIM_FAIL:
                fails.append(said)
        elif result.method == "spf":
            domain = _domain_of(result.prop("smtp.mailfrom") or "")
            if not _aligned(domain, from_domain):
                continue
            if result.result == "pass":
                passes.append(said)
            elif result.result in _SPF_FAIL:
                fails.append(said)
    if dmarc_failed:
        return AuthVerdict(AuthOutcome.FAIL, f"{server}: " + ", ".join(fails))
    if passes:
        return AuthVerdict(AuthOutcome.PASS, f"{server}: " + ", ".join(passes))
    if fails:
        return AuthVerdict(AuthOutcome.FAIL, f"{server}: " + ", ".join(fails))
    return AuthVerdict(AuthOutcome.MISSING, f"{server}: no verdict on {from_domain}")


def _aligned(domain: str, from_domain: str) -> bool:
    """Relaxed alignment (RFC 7489 §3.1) with the relay domain's organisational domain.

    Every relay domain is ``marketplace.`` + a marketplace's own domain, so that domain
    is the organisational one: ``bounces.amazon.co.uk`` aligns with
    ``marketplace.amazon.co.uk``; ``amazonses.com`` does not, nor ``amazon.com`` there.
    """
    organisational = from_domain.removeprefix("marketplace.")
    return domain == organisational or domain.endswith("." + organisational)


def _from_problems(headers: Message, alias: str) -> list[str]:
    values = _all(headers, "From")
    if len(values) != 1:
        return [f"the mail has {len(values)} From fields: its sender cannot be told"]
    addresses = [addr for _, addr in getaddresses(values) if addr]
    if len(addresses) != 1:
        return ["the mail's From names no single sender"]
    found = relay_alias(addresses[0])
    if found is None:
        return [
            f"the mail comes from {_domain_of(addresses[0]) or 'an address without a domain'}"
            ", not from an Amazon relay address; the relay address is only in Reply-To or "
            "the forwarded text, which anyone can write"
        ]
    if found[0] != alias.lower():
        return ["the relay alias answered is not the mail's From"]
    return []


def _all(headers: Message, name: str) -> list[str]:
    return [str(value) for value in headers.get_all(name) or ()]


def _said(result: MethodResult) -> str:
    if result.method == "dmarc":
        key, value = "header.from", result.prop("header.from")
    elif result.method == "dkim":
        key, value = "header.d", result.prop("header.d")
        if value is None:
            key, value = "header.i", result.prop("header.i")
    else:  # the envelope's local part names nobody the card needs to show
        key, value = "smtp.mailfrom", _domain_of(result.prop("smtp.mailfrom") or "") or None
    return f"{result.method}={result.result}" + (f" {key}={value}" if value else "")


def _bare(domain: str | None) -> str:
    return (domain or "").strip().strip(".").lower()


def _domain_of(address: str) -> str:
    return _bare(address.rpartition("@")[2])


def _ids(ids: Collection[str]) -> str:
    return ", ".join(sorted(ids))
