"""The send-time check reads the MIME bytes the way a buyer's mail client does."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

import pytest

from compliance import check
from compliance.wire import check_mime, readable_text


def _mail(body: str, cte: str, subject: str = "Re: your order") -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "support@seller.example"
    msg["To"] = "buyer+1@marketplace.amazon.de"
    msg["Subject"] = subject
    msg.set_content(body, charset="utf-8", cte=cte)
    return msg.as_bytes()


@pytest.mark.parametrize("cte", ["quoted-printable", "base64", "8bit"])
def test_the_body_is_decoded_before_the_check(cte):
    raw = _mail("Your parcel is on its way. Parts: sunnyhome\u3002shop/parts\n", cte)
    if cte != "8bit":  # encoded, the look-alike dot is not in the bytes as such
        assert "sunnyhome\u3002shop".encode() not in raw
    report = check_mime(raw)
    assert not report.compliant
    assert "link" in report.rules


@pytest.mark.parametrize("cte", ["quoted-printable", "base64"])
def test_a_phone_number_in_words_is_found_in_encoded_bodies(cte):
    raw = _mail("Ring us: zwei eins zwei, fünf fünf fünf, null eins neun neun\n", cte)
    assert "phone-number" in check_mime(raw).rules


def test_encoded_word_subjects_are_decoded():
    raw = _mail("Thanks for waiting.\n", "7bit", subject="Re: Bestellung – mehr auf sonnenhaus·de/")
    assert "sonnenhaus·de".encode() not in raw  # an encoded word
    assert "sonnenhaus" in readable_text(raw)
    assert "link" in check_mime(raw).rules


def test_a_compliant_reply_passes_and_addresses_in_headers_do_not_count():
    link = "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=0034043416"
    raw = _mail(f"Ihr Paket ist unterwegs: {link}\n", "base64")
    report = check_mime(raw)
    assert report.compliant and not report.findings


# A reply the model reads as a review ask no rule names (tests/compliance/test_likely.py).
SOFT_ASK = (
    "Hello Tom, thank you for your patience with the kettle. It was handed to DPD this morning "
    "and should reach you on Thursday. Small workshops like ours live from what buyers tell each "
    "other, so once it has boiled its first water, we would be so grateful if you told others "
    "how you got on. Best wishes, Anna"
)
LONG_SUBJECT = "Re: Order delivery inquiry from Amazon customer Cherri (Order: 113-4021576-1000001)"


@pytest.mark.parametrize("cte", ["quoted-printable", "base64"])
def test_the_model_reads_the_body_at_the_wire_as_it_read_the_approved_reply(cte):
    # short and repetitive: too few different n-grams for the model, so the agent could
    # approve it; a long subject in front must not change that verdict at the wire
    body = ("Your parcel is on its way. " * 200)[:3000]
    assert check(body).compliant
    assert check_mime(_mail(body, cte, subject=LONG_SUBJECT)).compliant
    # and what the model refuses in the editor it still refuses in the encoded mail
    assert not check(SOFT_ASK).compliant
    report = check_mime(_mail(SOFT_ASK, cte, subject=LONG_SUBJECT))
    [finding] = report.blocking
    assert finding.rule == "likely-violation"
    assert "told others" in report.text[finding.start : finding.end]
