"""The relay-mail corpus: every mail parses to what a person reading it would expect."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.domain import Intent, MessageKind, SystemKind
from bot.mail.relay import parse_mail, relay_alias

from .helpers import MAIL_DIR, load_expectations

EXPECTED = load_expectations()


def test_the_corpus_is_big_enough_and_every_file_has_expectations():
    files = sorted(p.name for p in MAIL_DIR.glob("*.eml"))
    assert len(files) >= 40
    assert files == sorted(EXPECTED)
    kinds = {e["kind"] for e in EXPECTED.values()}
    assert kinds == {"buyer_message", "system", "other"}
    system_kinds = {e.get("system_kind") for e in EXPECTED.values()} - {None}
    # every kind in three languages: tests/mail/amazon_notices
    assert system_kinds <= {k.value for k in SystemKind}
    assert len(system_kinds) >= 6
    languages = {e["language"] for e in EXPECTED.values() if e["kind"] == "buyer_message"}
    assert {"en", "de", "fr", "es", "it", "ja"} <= languages


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_mail(name):
    expect = EXPECTED[name]
    msg = parse_mail((MAIL_DIR / name).read_bytes())

    assert msg.kind.value == expect["kind"]
    assert msg.order_id == expect["order_id"]
    assert msg.marketplace == expect["marketplace"]
    assert msg.language == expect["language"]
    if msg.kind is not MessageKind.BUYER_MESSAGE:
        assert msg.buyer_alias is None
    assert (msg.system_kind.value if msg.system_kind else None) == expect.get("system_kind")
    if "buyer_name" in expect:
        assert msg.buyer_name == expect["buyer_name"]
    if "alias_case" in expect:
        assert msg.alias_case == expect["alias_case"]
    if "attachments" in expect:
        assert len(msg.attachments) == expect["attachments"]
    if "body_contains" in expect:
        assert expect["body_contains"] in msg.body
    if "body_not_contains" in expect:
        assert expect["body_not_contains"] not in msg.body
    if "message_id" in expect:
        assert msg.message_id == expect["message_id"]
    if "sent_at" in expect:
        assert msg.sent_at == datetime.fromisoformat(str(expect["sent_at"]))
    assert bool(msg.problems) == bool(expect.get("has_problems", False)), msg.problems
    if msg.kind is MessageKind.BUYER_MESSAGE:
        assert msg.body.strip(), "a buyer message must carry the buyer's text"
        assert msg.buyer_alias and msg.buyer_alias.endswith(
            ".amazon." + msg.buyer_alias.split(".amazon.")[1]
        )
        assert "+" not in msg.buyer_alias
        for wrapper in ("Begin message", "commMgrTok", "no-response-needed", "<pre", "&amp;"):
            assert wrapper not in msg.body


def test_intent_is_right_on_at_least_95_percent_of_buyer_messages():
    buyer = {n: e for n, e in EXPECTED.items() if e["kind"] == "buyer_message"}
    wrong = []
    for name, expect in buyer.items():
        got = parse_mail((MAIL_DIR / name).read_bytes()).intent
        if got is None or got.value != expect["intent"]:
            wrong.append(f"{name}: expected {expect['intent']}, got {got}")
    share = 1 - len(wrong) / len(buyer)
    print(f"intent right on {share:.1%} of {len(buyer)} buyer messages; wrong: {wrong}")
    assert share >= 0.95, wrong


def test_system_and_other_mails_never_carry_an_intent_to_draft_from():
    for name, expect in EXPECTED.items():
        if expect["kind"] == "buyer_message":
            continue
        msg = parse_mail((MAIL_DIR / name).read_bytes())
        assert msg.kind is not MessageKind.BUYER_MESSAGE
        assert (msg.intent.value if msg.intent else None) == expect["intent"]


def test_current_template_fields(mail_bytes):
    msg = parse_mail(mail_bytes("en_us_wismo_current.eml"))

    assert msg.buyer_alias == "qw2smy2gutcr61k@marketplace.amazon.com"
    assert msg.intent is Intent.WHERE_IS_MY_ORDER
    assert msg.body.startswith("Hi, I ordered the cushion covers on October 20")
    assert msg.body.endswith("Thanks,\nCherri")
    assert msg.comm_mgr_token == "AF9EENUSWISMO"
    assert msg.no_response_url is not None
    assert msg.no_response_url.startswith(
        "https://www.amazon.com/gp/communication-manager/no-response-needed.html?msg="
    )
    assert "&amp;" not in msg.no_response_url and "&mp=ATVPDKIKX0DER" in msg.no_response_url
    assert msg.sent_at == datetime(2026, 11, 2, 9, 14, 3, tzinfo=UTC)
    assert msg.message_id.startswith("<0100019a") and msg.message_id.endswith(">")


def test_old_markers_body_is_exactly_the_buyer_text(mail_bytes):
    msg = parse_mail(mail_bytes("en_us_cancel_generic_subject.eml"))
    assert msg.body == "Please cancel my order. I bought the same set in a store this morning."


def test_plus_suffix_is_split_off_the_alias(mail_bytes):
    msg = parse_mail(mail_bytes("en_us_ship_faster.eml"))
    assert msg.buyer_alias == "sz2y5ywh1qg1vhx@marketplace.amazon.com"
    assert msg.alias_case == "133a066e"


def test_charsets_decode_to_the_right_letters(mail_bytes):
    assert "über einer Woche" in parse_mail(mail_bytes("de_wismo_latin1_8bit.eml")).body
    assert "n’a pas bougé" in parse_mail(mail_bytes("fr_wismo_cp1252_8bit.eml")).body
    assert "まだ届いていません" in parse_mail(mail_bytes("ja_wismo_sjis_b64.eml")).body
    assert "追跡番号" in parse_mail(mail_bytes("ja_wismo_iso2022jp_7bit.eml")).body
    assert parse_mail(mail_bytes("es_wismo_latin9_qp.eml")).buyer_name == "Álvaro"


def test_attachments_are_listed_not_kept(mail_bytes):
    msg = parse_mail(mail_bytes("en_us_damaged_html_only_photo.eml"))
    (att,) = msg.attachments
    assert (att.filename, att.content_type) == ("IMG_2041.png", "image/png")
    assert att.size == 70  # the decoded PNG's length
    assert not hasattr(att, "data")


def test_reply_keeps_in_reply_to_and_drops_the_quoted_history(mail_bytes):
    msg = parse_mail(mail_bytes("en_us_reply_with_quote.eml"))
    assert msg.in_reply_to == "<seller-reply-0001@brightwater-home.example>"
    assert msg.body.endswith("when will it actually ship?")


def test_sent_at_is_clamped_to_the_arrival(mail_bytes):
    arrived = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)  # before the Date header
    msg = parse_mail(mail_bytes("en_us_wismo_current.eml"), received_at=arrived)
    assert msg.sent_at == arrived
    assert any("later than the arrival" in p for p in msg.problems)


def test_seller_names_given_by_the_caller_are_never_the_buyer(mail_bytes):
    raw = mail_bytes("en_us_wismo_current.eml")
    assert parse_mail(raw).buyer_name == "Cherri"
    msg = parse_mail(raw, seller_names=["cherri"])
    assert msg.buyer_name is None
    assert any("seller" in p for p in msg.problems)


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("ABC123+X1@MARKETPLACE.AMAZON.DE", ("abc123@marketplace.amazon.de", "x1", "DE")),
        ("abc123@marketplace.amazon.com.au", ("abc123@marketplace.amazon.com.au", None, "AU")),
        ("abc123@marketplace.amazon.cn", None),  # no relay there
        ("abc123@marketplace.amazon.com.evil.example", None),
        ("abc123@marketplace-amazon.com", None),
        ("abc123@amazon.com", None),  # a system sender, not a buyer
    ],
)
def test_relay_alias_is_anchored_on_known_marketplaces(address, expected):
    assert relay_alias(address) == expected


def test_an_encoded_display_name_with_a_comma_keeps_the_address():
    raw = (
        b"From: =?utf-8?q?M=C3=BCller=2C_Anna_-_Amazon_Marketplace?="
        b" <k9p2v7x1m3n8b4z@marketplace.amazon.de>\r\n"
        b"Subject: Anfrage von Amazon-Kunde Anna (Bestellung: 302-1111111-2222222)\r\n"
        b"Date: Mon, 02 Nov 2026 09:14:03 +0100\r\nMessage-ID: <comma@x>\r\n\r\n"
        b"Wo ist mein Paket?\r\n"
    )
    msg = parse_mail(raw)
    assert msg.kind is MessageKind.BUYER_MESSAGE
    assert msg.buyer_alias == "k9p2v7x1m3n8b4z@marketplace.amazon.de"
    assert msg.buyer_name == "Müller, Anna"


_BROKEN_FROM_MAIL = """\
From: {from_}
To: support@seller.example
Subject: Order delivery inquiry from Amazon customer Eve (Order: 113-4021576-2000071)
Date: Sun, 06 Dec 2026 07:00:00 +0000
Message-ID: <broken-from-{n}@email.amazonses.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

You have received a message.

Order ID: 113-4021576-2000071
Item: Linen cushion cover

Where is my order?

Was this email helpful?
"""


@pytest.mark.parametrize(
    ("n", "from_", "name"),
    [
        # the buyer typed "Smith, Eve": Amazon puts it in the display name unquoted
        (1, "Smith, Eve - Amazon Marketplace <evesmith7q@marketplace.amazon.com>", "Smith, Eve"),
        # a lone quote in the name
        (2, '"Eve - Amazon Marketplace <evesmith7q@marketplace.amazon.com>', "Eve"),
        (3, 'Eve "Evie - Amazon Marketplace <evesmith7q@marketplace.amazon.com>', None),
    ],
)
def test_a_buyer_name_that_breaks_the_from_header_still_gives_a_buyer_message(n, from_, name):
    msg = parse_mail(_BROKEN_FROM_MAIL.format(from_=from_, n=n).encode())

    assert msg.kind is MessageKind.BUYER_MESSAGE, msg.problems
    assert msg.buyer_alias == "evesmith7q@marketplace.amazon.com"
    assert msg.order_id == "113-4021576-2000071"
    assert "Where is my order?" in msg.body
    assert not msg.problems
    if name is not None:
        assert msg.buyer_name == name
