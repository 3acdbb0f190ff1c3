"""Amazon relay e-mail -> :class:`~bot.domain.InboundMessage`.

Amazon has no API for buyer messages: they arrive as e-mail from the buyer's anonymous
alias ``<local>[+<case>]@marketplace.amazon.<tld>``, often through a support mailbox that
forwards them.  :func:`parse_mail` turns any such mail into one frozen value and never
raises: whatever it could not read is listed in ``problems`` so the store keeps the mail
and shows it to a human.

Where the buyer's words are, in order of trust:
1. the single ``<pre>`` block of the current HTML template (the same in every locale);
2. between the ``Begin message`` / ``End message`` dashed markers of the older template;
3. the whole text, minus Amazon's footer and any quoted earlier message.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from typing import Final

from bot.domain import (
    MARKETPLACES,
    Attachment,
    InboundMessage,
    MessageKind,
    SystemKind,
    marketplace_for_domain,
)
from bot.mail import _mime, notice_fields, system_mail
from bot.mail._html import HtmlText, html_to_text
from bot.mail.intent import classify, recognise
from bot.mail.language import detect_language
from bot.printable import personal_name, visible_name

__all__ = [
    "NOT_A_RELAY",
    "NOT_FROM_AMAZON",
    "ORDER_ID",
    "UNRECOGNISED_AMAZON",
    "attachment_files",
    "parse_mail",
    "relay_alias",
    "synthetic_message_id",
]

attachment_files = _mime.attachment_files

ORDER_ID: Final = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
_ALIAS = re.compile(
    r"^([a-z0-9][a-z0-9._-]*?)(?:\+([a-z0-9._-]+))?@(marketplace\.amazon\.[a-z.]+)$"
)
_COMM_MGR = re.compile(r"\[commMgrTok:\s*([A-Za-z0-9_-]+)\s*\]")
_NO_RESPONSE = re.compile(r"https?://[^\s\"'<>]*no-response-needed[^\s\"'<>]*", re.I)
_MSG_ID = re.compile(r"<[^<>\s]+>")
# Marketplaces whose buyers write in two languages (the first is the marketplace's own).
_MARKET_LANGUAGES: Final = {"BE": ("fr", "nl"), "CA": ("en", "fr")}
_MAX_FORWARD_DEPTH = 3
_MAX_BODY = 20_000  # far beyond any buyer message; keeps a runaway text out of the store

_BEGIN_WORDS = (
    r"(?:begin message|beginn der nachricht|nachricht beginnen|d[ée]but du message"
    r"|inicio del mensaje|inizio (?:del )?messaggio|メッセージの開始|メッセージ開始)"
)
_END_WORDS = (
    r"(?:end message|ende der nachricht|nachricht beenden|fin du message|fin del mensaje"
    r"|fine (?:del )?messaggio|メッセージの終了|メッセージ終了)"
)
# amazon.ca writes both languages on one marker: "Begin message / Début du message".
_BEGIN = re.compile(
    rf"^[ \t>]*-{{3,}}\s*{_BEGIN_WORDS}(?:\s*/\s*{_BEGIN_WORDS})*\s*-{{3,}}[ \t]*$",
    re.I | re.M,
)
_END = re.compile(
    rf"^[ \t>]*-{{3,}}\s*{_END_WORDS}(?:\s*/\s*{_END_WORDS})*\s*-{{3,}}[ \t]*$",
    re.I | re.M,
)
# Amazon's footer and signature lines: the buyer's text never goes past them.
_FOOTER = re.compile(
    r"^[ \t>]*(?:to mark this message as no response needed|um diese nachricht als"
    r"|pour marquer ce message|para marcar este mensaje|per contrassegnare questo messaggio"
    r"|was this (?:e-?mail|message) helpful|war diese e-mail hilfreich|\[commMgrTok"
    r"|copyright|©|this e-?mail was sent (?:by|from) amazon|diese e-mail wurde von amazon"
    r"|we hope you found this message|respond to this message"
    r"|report questionable activity|melden sie verdächtige|お問い合わせへの返信が不要)",
    re.I | re.M,
)
# An "original message" separator: the old mail follows it to its end.
_ORIGINAL_MESSAGE = re.compile(
    r"-{2,} ?(?:original message|ursprüngliche nachricht|message d'origine"
    r"|mensaje original|messaggio originale) ?-{2,}",
    re.I,
)
# Where a reply's quoted history starts.
_QUOTE_START = re.compile(
    r"^[ \t]*(?:on\b.{4,200}\bwrote:|am\b.{4,200}\bschrieb.{0,80}:|le\b.{4,200}\ba [ée]crit ?:"
    r"|el\b.{4,200}\bescribi[óo]:|il\b.{4,200}\bha scritto:"
    rf"|{_ORIGINAL_MESSAGE.pattern}|>.*)[ \t]*$",
    re.I | re.M,
)
_FORWARD_HEADER = re.compile(
    r"^[ \t>*]*(from|von|de|da|van|差出人|sent|date|datum|gesendet|envoy[ée]|enviado|inviato"
    r"|fecha|data|送信日時|subject|betreff|objet|asunto|oggetto|件名|to|an|[àa]|para|cc"
    r"|reply-to)[ \t*]*:[ \t*]*(.*)$",
    re.I,
)
_FORWARD_FROM = re.compile(
    r"^[ \t>*]*(?:from|von|de|da|van|差出人)[ \t*]*:[ \t*]*(.*)$", re.I | re.M
)
_CS_RELAY = re.compile(
    r"we've been contacted by a customer regarding the order|wir wurden von einem kunden"
    r"|nous avons été contactés par un client",
    re.I,
)
_CUSTOMER_IN_SUBJECT = re.compile(
    r"(?:from amazon customer|von amazon-kunden?|de la part du client amazon|du client amazon"
    r"|del cliente de amazon|dal cliente amazon|da parte del cliente amazon|van amazon-klant"
    r"|od klienta amazon|från amazon-kunden|amazon müşterisi)"
    r"\s+([^()]+?)\s*(?:\(|$)",
    re.I,
)
_FROM_NAME_SUFFIX = re.compile(
    r"\s*(?:[-–—]\s*amazon(?:\s+marketplace)?.*"
    r"|\s(?:via|über|par|tramite|a través de)\s+amazon.*)$",
    re.I,
)
_GENERIC_NAME = re.compile(r"^(?:amazon(?:\.\w+)*(?:\s+(?:marketplace|customer|kunde))?)?$", re.I)
# A "buyer name" that is really a seller account or business name (Amazon sometimes
# puts the seller's name where the buyer's should be).
_BUSINESS = re.compile(
    r"\b(?:gmbh|ltd|llc|inc|corp|co\.|s\.?r\.?l|s\.?l\.?u?|sarl|sas|s\.?a\.?|ug|ag|kg|bv|plc"
    r"|store|shop|official|direct|trading|outlet|deals|supplies|supply|warehouse|europe"
    r"|international|company|seller|team|support|customer service|amazon|marketplace)\b|\d",
    re.I,
)


def parse_mail(
    raw: bytes,
    *,
    received_at: datetime | None = None,
    seller_names: Collection[str] = (),
) -> InboundMessage:
    """Parse one raw e-mail.  Never raises; anything wrong ends up in ``problems``.

    ``received_at`` (when the mail reached us) caps ``sent_at``; ``seller_names`` are the
    seller's own account names, never accepted as the buyer's name.
    """
    try:
        return _parse(raw, received_at, seller_names)
    except Exception as exc:  # the last guard: a mail must never be lost to a parser bug
        return _unreadable(raw, received_at, f"{type(exc).__name__}: {exc}")


def synthetic_message_id(raw: bytes) -> str:
    """A stable Message-ID for a mail that has none, so a second delivery dedupes."""
    return f"<sha256-{hashlib.sha256(raw).hexdigest()[:40]}@wismo.invalid>"


def relay_alias(address: str) -> tuple[str, str | None, str] | None:
    """``local+case@marketplace.amazon.de`` -> (``local@marketplace.amazon.de``, case, "DE")."""
    match = _ALIAS.match(address.strip().lower())
    if not match:
        return None
    local, case, domain = match.groups()
    market = marketplace_for_domain(domain)
    if market is None:
        return None
    return f"{local}@{domain}", case, market.code


@dataclass(slots=True)
class _View:
    """One mail's headers and texts, before we decide what it is."""

    subject: str
    from_name: str
    from_addr: str
    reply_to: list[str]
    date: str
    message_id: str
    in_reply_to: str
    references: list[str]
    plain: str
    html: HtmlText | None
    attachments: list[Attachment]
    embedded: list[Message]
    problems: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Plain text when the mail has it, else the HTML rendered as text."""
        if self.plain.strip():
            return self.plain
        return self.html.text if self.html else ""

    @property
    def everything(self) -> str:
        parts = [self.plain, self.html.text if self.html else ""]
        parts += list(self.html.links) if self.html else []
        return "\n".join(parts)


def _parse(
    raw: bytes, received_at: datetime | None, seller_names: Collection[str]
) -> InboundMessage:
    parsed = _mime.parse_mime(raw)
    view = _view_of(parsed, parsed.message, 0)
    view.problems[:0] = list(parsed.problems)
    message = _interpret(view, parsed, 0, received_at, seller_names)
    if not message.message_id:
        message = replace(
            message,
            message_id=synthetic_message_id(raw),
            problems=(
                *message.problems,
                "no Message-ID header: using one derived from the mail's bytes",
            ),
        )
    return message


def _unreadable(raw: bytes, received_at: datetime | None, reason: str) -> InboundMessage:
    subject = ""
    try:
        head = _mime.parse_mime(raw[: 64 * 1024]).message
        subject = _mime.decode_header_value(head.get("Subject"))
    except Exception:
        pass
    return InboundMessage(
        kind=MessageKind.OTHER,
        message_id=synthetic_message_id(raw),
        subject=subject,
        body="",
        sent_at=received_at,
        problems=(f"the mail could not be read ({reason}): kept for a person to look at",),
    )


def _header(message: Message, name: str) -> str:
    try:
        return _mime.decode_header_value(message.get(name))
    except Exception:
        return ""


def _raw_header(message: Message, name: str) -> str:
    try:
        return " ".join(str(message.get(name) or "").split())
    except Exception:
        return ""


def _view_of(parsed: _mime.ParsedMime, message: Message, depth: int) -> _View:
    parts = _mime.walk(parsed, message, depth)
    # Split addresses before decoding encoded words: a decoded name may hold a comma.
    from_name, from_addr = from_header(_raw_header(message, "From"))
    reply_to = [
        addr
        for header in ("Reply-To", "X-Original-From")
        for _, addr in getaddresses([_raw_header(message, header)])
        if addr
    ]
    html = html_to_text("\n".join(parts.html)) if parts.html else None
    return _View(
        subject=_header(message, "Subject"),
        from_name=_mime.decode_header_value(from_name).strip().strip('"'),
        from_addr=from_addr.strip().lower(),
        reply_to=[a.strip().lower() for a in reply_to],
        date=_header(message, "Date"),
        message_id=_first_id(_header(message, "Message-ID")),
        in_reply_to=_first_id(_header(message, "In-Reply-To")),
        references=_MSG_ID.findall(
            _header(message, "In-Reply-To") + " " + _header(message, "References")
        ),
        plain="\n\n".join(p for p in parts.plain if p.strip()),
        html=html,
        # A mail read for its headers only still lists the files its part headers name.
        attachments=[*parts.attachments, *(parsed.listed if message is parsed.message else ())],
        embedded=list(parts.embedded),
        problems=list(parts.problems),
    )


_ANGLE_ADDR = re.compile(r"<\s*([^<>\s@]+@[^<>\s@]+)\s*>")
_BARE_ADDR = re.compile(r"[^\s<>\"'(),;:]+@[^\s<>\"'(),;:]+\.[^\s<>\"'(),;:]+")


def from_header(value: str) -> tuple[str, str]:
    """``(display name, address)`` of a From header, also when the name is broken.

    Amazon copies the buyer's name into the display name as typed: an unquoted comma
    (``Smith, Eve - Amazon Marketplace <alias>``) or a lone quote makes the strict parser
    return the wrong address or none.  The address is what matters (the relay alias):
    the last ``<addr>``, else the last address-like token; the name is what precedes it.
    """
    name, addr = parseaddr(value)
    if addr and "@" in addr and len(getaddresses([value])) == 1 and "<" not in addr:
        return name, addr
    angled = list(_ANGLE_ADDR.finditer(value))
    if angled:
        last = angled[-1]
        return value[: last.start()].strip().strip('"').strip(), last.group(1)
    bare = _BARE_ADDR.findall(value)
    if bare:
        return "", bare[-1].strip(".")
    return name, addr


def _first_id(value: str) -> str:
    match = _MSG_ID.search(value)
    if match:
        return match.group()
    token = value.strip()
    return f"<{token}>" if token and " " not in token else ""


def _interpret(
    view: _View,
    parsed: _mime.ParsedMime,
    depth: int,
    received_at: datetime | None,
    seller_names: Collection[str],
) -> InboundMessage:
    sender = relay_alias(view.from_addr)
    if sender is None:
        sender = next((a for a in map(relay_alias, view.reply_to) if a), None)
    if sender is not None:
        alias, case, market = sender
        case = case or _case_from_reply_to(view, alias)
        # A buyer alias is always a buyer: anyone can type "We were unable to deliver..."
        # as a subject, so only Amazon's own system senders write notices.  A subject that
        # imitates one is shown on the buyer's card, never acted on.
        result = _buyer(view, alias, case, market, received_at, seller_names)
        looks_like = system_mail.unmistakable_kind(view.subject, from_buyer=True)
        if looks_like is not None:
            result = replace(result, problems=(*result.problems, _notice_subject_note(looks_like)))
        return result

    domain = view.from_addr.rpartition("@")[2]
    amazon = system_mail.amazon_system_marketplace(domain) if domain else None
    if amazon is not None and not _buyer_shaped_unknown(view):
        kind = system_mail.system_kind(view.subject, view.text)
        result = _system(view, kind, amazon.code, received_at)
        if kind is SystemKind.OTHER:
            # Kept and shown: a card says so, nothing is drafted and no deadline runs.
            result = replace(result, problems=(*result.problems, UNRECOGNISED_AMAZON))
        if kind is SystemKind.AMAZON_CS_CONTACT and _CS_RELAY.search(view.text):
            details = view.text.partition("Details:")[2].strip() or view.text
            result = replace(result, intent=classify(view.subject, details, result.language))
        if kind is SystemKind.AMAZON_CS_CONTACT:
            result = replace(result, reply_to=_cs_reply_address(view))
        return result

    if system_mail.is_bounce_sender(view.from_addr) and "marketplace.amazon." in view.everything:
        return _system(view, SystemKind.DELIVERY_FAILURE, None, received_at)

    if depth < _MAX_FORWARD_DEPTH:
        inner = _forwarded(view, parsed, depth)
        if inner is not None:
            result = _interpret(inner, parsed, depth + 1, received_at, seller_names)
            # a forwarded mail is dated when the buyer wrote, never after it reached us
            outer_date = _sent_at(view.date, received_at, [])
            if result.sent_at and outer_date and result.sent_at > outer_date:
                result = replace(result, sent_at=outer_date)
            return replace(
                result,
                message_id=result.message_id or view.message_id,
                problems=tuple(dict.fromkeys(view.problems + list(result.problems))),
            )

    problems = list(view.problems)
    if ORDER_ID.search(view.subject) or "amazon customer" in view.subject.lower():
        problems.append(
            f"looks like an Amazon buyer message but comes from {view.from_addr or 'no sender'},"
            f" {NOT_A_RELAY}: check it before answering"
        )
    elif not problems:
        # Every stored mail is shown to a human: this one on a card of its own.
        problems.append(f"comes from {view.from_addr or 'no sender'}, {NOT_FROM_AMAZON}")
    return _message(view, MessageKind.OTHER, received_at, problems)


UNRECOGNISED_AMAZON: Final = (
    "Amazon mail we don't recognise: none of Amazon's notices we know; read it, nothing is"
    " drafted and no deadline runs"
)
"""The note on an Amazon system mail of kind ``other`` (its card's reason)."""

NOT_A_RELAY: Final = "not a known marketplace.amazon relay address"
NOT_FROM_AMAZON: Final = f"{NOT_A_RELAY} and not from Amazon: read it before closing it"
"""The note on mail that is neither a buyer's nor Amazon's (shown, no deadline runs)."""


def _buyer_shaped_unknown(view: _View) -> bool:
    """A buyer's message template from an Amazon host that is no relay (``@amazon.com``):
    a buyer never writes from there, so it is checked by a human like a look-alike."""
    return bool(_CUSTOMER_IN_SUBJECT.search(view.subject)) and (
        system_mail.system_kind(view.subject, view.text) is SystemKind.OTHER
    )


_NOTICE_NAMES = {
    SystemKind.DELIVERY_FAILURE: "an Amazon delivery failure",
    SystemKind.OPT_OUT_BOUNCE: "an Amazon opt-out notice",
    SystemKind.SENT_COPY: "a copy of a message we sent",
}


def _notice_subject_note(kind: SystemKind) -> str:
    what = _NOTICE_NAMES.get(kind, "an Amazon notice")
    return (
        f"the subject reads like {what}, but the mail comes from the buyer's relay address:"
        " it is the buyer's message (Amazon's notices come from Amazon's own addresses)"
    )


def _message(
    view: _View, kind: MessageKind, received_at: datetime | None, problems: list[str]
) -> InboundMessage:
    sent_at = _sent_at(view.date, received_at, problems)
    return InboundMessage(
        kind=kind,
        message_id=view.message_id,
        subject=view.subject,
        body=_clean(view.text)[:_MAX_BODY],
        sent_at=sent_at,
        order_id=_order_id(view),
        in_reply_to=view.in_reply_to or None,
        references=_references(view),
        attachments=tuple(view.attachments),
        problems=tuple(dict.fromkeys(problems)),
    )


def _system(
    view: _View, kind: SystemKind, market: str | None, received_at: datetime | None
) -> InboundMessage:
    base = _message(view, MessageKind.SYSTEM, received_at, list(view.problems))
    language = detect_language(view.text) or detect_language(view.subject, min_hits=1)
    if language is None and market:
        language = MARKETPLACES[market].language
    stated = f"{view.subject}\n{view.text}"
    return replace(
        base,
        system_kind=kind,
        marketplace=market,
        language=language,
        case_id=notice_fields.case_id(stated),
        respond_by=notice_fields.respond_by(view.text, base.sent_at),
        comm_mgr_token=_comm_mgr(view),
    )


def _cs_reply_address(view: _View) -> str | None:
    """The address Amazon customer service asks to be answered at: Reply-To, else From,
    when it is on the allow-list (:func:`bot.mail.system_mail.amazon_cs_problem`)."""
    for address in [*view.reply_to[:1], view.from_addr]:
        if address and system_mail.amazon_cs_problem(address) is None:
            return address.lower()
    return None


def _buyer(
    view: _View,
    alias: str,
    case: str | None,
    market: str,
    received_at: datetime | None,
    seller_names: Collection[str],
) -> InboundMessage:
    problems = list(view.problems)
    body = _buyer_text(view)
    if not body:
        problems.append("no buyer text found in the mail: read it in Seller Central")
    if len(body) > _MAX_BODY:
        problems.append(f"the buyer's text is longer than {_MAX_BODY} characters: cut there")
        body = body[:_MAX_BODY]
    language = (
        detect_language(
            body, prefer=_MARKET_LANGUAGES.get(market, (MARKETPLACES[market].language,))
        )
        or detect_language(view.subject, min_hits=1)
        or MARKETPLACES[market].language
    )
    base = _message(view, MessageKind.BUYER_MESSAGE, received_at, problems)
    name, name_problem = _buyer_name(view, seller_names)
    recognised = recognise(view.subject, body, language)
    return replace(
        base,
        body=body,
        buyer_name=name,
        buyer_alias=alias,
        alias_case=case,
        marketplace=market,
        language=language,
        intent=recognised.intent,
        follow_up=recognised.follow_up,
        comm_mgr_token=_comm_mgr(view),
        no_response_url=_no_response_url(view),
        problems=base.problems + ((name_problem,) if name_problem else ()),
    )


def _case_from_reply_to(view: _View, alias: str) -> str | None:
    # The +case suffix is sometimes missing from From but present on Reply-To.
    for address in view.reply_to:
        found = relay_alias(address)
        if found and found[0] == alias and found[1]:
            return found[1]
    return None


# ---------------------------------------------------------------------------- fields


def _sent_at(value: str, received_at: datetime | None, problems: list[str]) -> datetime | None:
    if received_at is not None and received_at.tzinfo is None:
        received_at = received_at.replace(tzinfo=UTC)
    sent: datetime | None = None
    if value:
        try:
            sent = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            sent = None
        if sent is None:
            problems.append(f"unreadable Date header {value[:60]!r}: using the arrival time")
        elif sent.tzinfo is None:
            sent = sent.replace(tzinfo=UTC)  # "-0000": RFC 5322 says UTC, zone unknown
    else:
        problems.append("no Date header: using the arrival time")
    if sent is None:
        return received_at
    if received_at is not None and sent > received_at:
        problems.append(
            f"Date header {sent.isoformat()} is later than the arrival {received_at.isoformat()}:"
            " using the arrival time"
        )
        return received_at
    return sent


def _order_id(view: _View) -> str | None:
    for text in (view.subject, view.text, view.everything):
        match = ORDER_ID.search(text)
        if match:
            return match.group()
    return None


_QUOTED_ID = re.compile(r"^[ \t>]*message-id:[ \t]*(<[^<>\s]+>)", re.I | re.M)


def _references(view: _View) -> tuple[str, ...]:
    found = list(view.references)
    for inner in view.embedded:  # a bounce's returned message or its headers
        found += _MSG_ID.findall(_raw_header(inner, "Message-ID"))
    found += _QUOTED_ID.findall(view.everything)
    return tuple(dict.fromkeys(i for i in found if i != view.message_id))[:20]


def _comm_mgr(view: _View) -> str | None:
    match = _COMM_MGR.search(view.everything)
    return match.group(1) if match else None


def _no_response_url(view: _View) -> str | None:
    """Amazon's one-click "no response needed" link, only when it points at Amazon."""
    for match in _NO_RESPONSE.finditer(view.everything):
        url = match.group().rstrip(".,;)")
        host = re.sub(r"^https?://", "", url, flags=re.I).split("/", 1)[0].lower()
        if system_mail.amazon_system_marketplace(host.split(":")[0]) is not None:
            return url
    return None


def _buyer_name(view: _View, seller_names: Collection[str]) -> tuple[str | None, str | None]:
    sellers = {s.strip().lower() for s in seller_names if s.strip()}
    from_name = _FROM_NAME_SUFFIX.sub("", view.from_name).strip(" .…\"'")
    match = _CUSTOMER_IN_SUBJECT.search(view.subject)
    subject_name = match.group(1).strip(" .…\"'") if match else ""
    rejected: list[str] = []
    unclean: list[str] = []
    for candidate in (from_name, subject_name):
        if not candidate or _GENERIC_NAME.match(candidate):
            continue
        if candidate.lower() in sellers or _BUSINESS.search(candidate) or len(candidate) > 40:
            rejected.append(candidate)
            continue
        if personal_name(candidate) is None:
            unclean.append(candidate)
            continue
        return personal_name(candidate), None
    if rejected:
        return None, (
            f"buyer name {rejected[0]!r} looks like a seller or business name: left blank"
        )
    if unclean:
        # The display name is the buyer's own text: only a plain name goes into a reply.
        shown = visible_name(unclean[0])[:60]
        return None, f"buyer name {shown!r} is not a plain personal name: greeting without it"
    return None, None


# ---------------------------------------------------------------------------- buyer text


def _buyer_text(view: _View) -> str:
    if view.html and view.html.pre_blocks:
        text = max(view.html.pre_blocks, key=lambda block: len(block.strip()))
        if text.strip():
            return _strip_quote(_clean(text))
    for text in (view.plain, view.html.text if view.html else ""):
        between = _between_markers(text)
        if between is not None:
            return _strip_quote(_clean(between))
    text = view.text
    footer = _FOOTER.search(text)
    if footer:
        text = text[: footer.start()]
    return _strip_quote(_clean(text))


def _between_markers(text: str) -> str | None:
    begin = _BEGIN.search(text)
    if not begin:
        return None
    end = _END.search(text, begin.end())
    if end:
        return text[begin.end() : end.start()]
    rest = text[begin.end() :]
    footer = _FOOTER.search(rest)
    return rest[: footer.start()] if footer else rest


def _strip_quote(text: str) -> str:
    """``text`` without the quoted history a mail client put after the buyer's words.

    Only a trailing quote goes: one followed by nothing but quoted lines (or an "original
    message" block, which is the old mail to its end).  A buyer who writes between or after
    quoted lines ("> it ships Monday" / "It did not. Cancel it.") keeps every word: cutting
    at the first quote lost the request that followed it.
    """
    match = _QUOTE_START.search(text)
    if not match or not text[: match.start()].strip():
        return text
    rest = text[match.end() :]
    if _ORIGINAL_MESSAGE.search(match.group()) or all(
        not line.strip() or line.lstrip().startswith(">") for line in rest.splitlines()
    ):
        return text[: match.start()].rstrip()
    return text


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# ---------------------------------------------------------------------------- forwards


def _forwarded(view: _View, parsed: _mime.ParsedMime, depth: int) -> _View | None:
    """The Amazon mail inside a forward: an attached message, or quoted headers in the text."""
    for inner in view.embedded:
        inner_view = _view_of(parsed, inner, depth + 1)
        if _is_amazon(inner_view.from_addr) or any(map(relay_alias, inner_view.reply_to)):
            inner_view.problems[:0] = view.problems
            return inner_view
    return _inline_forward(view)


def _is_amazon(address: str) -> bool:
    domain = address.rpartition("@")[2]
    return bool(relay_alias(address)) or (
        bool(domain) and system_mail.amazon_system_marketplace(domain) is not None
    )


def _inline_forward(view: _View) -> _View | None:
    text = view.text
    for match in _FORWARD_FROM.finditer(text):
        _, address = parseaddr(match.group(1))
        if not _is_amazon(address.lower()):
            continue
        lines = text.split("\n")
        at = text.count("\n", 0, match.start())
        start = at
        while start > 0 and _FORWARD_HEADER.match(lines[start - 1]):
            start -= 1
        end = at
        while end + 1 < len(lines) and _FORWARD_HEADER.match(lines[end + 1]):
            end += 1
        fields: dict[str, str] = {}
        for line in lines[start : end + 1]:
            found = _FORWARD_HEADER.match(line)
            if found:
                fields.setdefault(_FIELD_NAMES.get(found.group(1).lower(), ""), found.group(2))
        inner_text = "\n".join(lines[end + 1 :])
        return _View(
            subject=fields.get("subject", view.subject).strip(),
            from_name=parseaddr(match.group(1))[0].strip().strip('"'),
            from_addr=address.lower(),
            reply_to=[],
            date=_forward_date(fields.get("date", ""), view.date),
            message_id="",
            in_reply_to="",
            references=[],
            plain=inner_text,
            html=view.html,
            attachments=view.attachments,
            embedded=[],
            problems=list(view.problems),
        )
    return None


_FIELD_NAMES = {
    **dict.fromkeys(["subject", "betreff", "objet", "asunto", "oggetto", "件名"], "subject"),
    **dict.fromkeys(
        [
            "date",
            "sent",
            "datum",
            "gesendet",
            "envoyé",
            "envoye",
            "enviado",
            "inviato",
            "fecha",
            "data",
            "送信日時",
        ],
        "date",
    ),
}


def _forward_date(value: str, outer: str) -> str:
    """Forwarded headers often carry a localised date: keep it only when it parses."""
    value = value.strip()
    if not value:
        return outer
    try:
        zone = parsedate_to_datetime(outer).tzinfo or UTC
    except (TypeError, ValueError, IndexError):
        zone = UTC
    cleaned = re.sub(r"\s+at\s+|\s+um\s+|\s+à\s+", " ", value)
    for candidate in (value, cleaned):
        try:
            parsed = parsedate_to_datetime(candidate)
        except (TypeError, ValueError, IndexError):
            continue
        if parsed.tzinfo is None:  # a forwarder shows its own local time without a zone
            parsed = parsed.replace(tzinfo=zone)
        return parsed.strftime("%a, %d %b %Y %H:%M:%S %z")
    for fmt in (
        "%a, %b %d, %Y %I:%M %p",
        "%A, %B %d, %Y %I:%M %p",
        "%d.%m.%Y %H:%M",
        "%Y-%m-%d %H:%M",
    ):
        try:
            naive = datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
        return naive.replace(tzinfo=zone).strftime("%a, %d %b %Y %H:%M:%S %z")
    return outer
