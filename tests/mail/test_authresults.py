# ruff: noqa: E501 - the fields below are kept as servers fold them, long lines and all
"""Authentication-Results fields as real servers write them, and what the parser makes of them."""

from __future__ import annotations

import email
from email.policy import compat32

import pytest

from bot.mail.authresults import AuthResultsError, authserv_id_of, parse

GMAIL = """mx.google.com;
       dkim=pass header.i=@marketplace.amazon.com header.s=qaf6jnwqvfqfmxqsw3qbatbnoopgyxms header.b=Ht2+Lw/e;
       dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Nt0P8F/x;
       spf=pass (google.com: domain of 0100018c3a@bounces.amazon.com designates 54.240.13.77 as permitted sender) smtp.mailfrom=0100018c3a@bounces.amazon.com;
       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=marketplace.amazon.com"""

OPENDKIM = """mail.brightwater-home.example;
\tdkim=pass (1024-bit key; unprotected) header.d=marketplace.amazon.de header.i=@marketplace.amazon.de header.a=rsa-sha256 header.s=qaf6jnwqvfqfmxqsw3qbatbnoopgyxms header.b=Zt9Ww+1c;
\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.a=rsa-sha256 header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=jL0/2kJz;
\tdkim-atps=neutral"""

RSPAMD = """mx.example.net;
\tdkim=pass header.d=marketplace.amazon.co.uk header.s=qaf6jnwqvfqfmxqsw3qbatbnoopgyxms header.b="AbC+/dEf";
\tdmarc=pass (policy=quarantine) header.from=marketplace.amazon.co.uk;
\tspf=pass (mx.example.net: domain of "0102018c@bounces.amazon.co.uk" designates 54.240.1.1 as permitted sender) smtp.mailfrom="0102018c@bounces.amazon.co.uk\""""


def test_gmail_field_with_several_results_and_comments():
    field = parse(GMAIL)
    assert field.authserv_id == "mx.google.com" and field.version is None
    assert [(r.method, r.result) for r in field.results] == [
        ("dkim", "pass"),
        ("dkim", "pass"),
        ("spf", "pass"),
        ("dmarc", "pass"),
    ]
    assert field.results[0].prop("header.i") == "@marketplace.amazon.com"
    assert field.results[0].prop("header.b") == "Ht2+Lw/e"  # base64: '+' and '/' kept
    assert field.results[2].prop("smtp.mailfrom") == "0100018c3a@bounces.amazon.com"
    assert field.results[3].prop("header.from") == "marketplace.amazon.com"
    assert field.results[3].reason is None


def test_opendkim_field_folded_with_tabs_and_a_method_with_a_hyphen():
    field = parse(OPENDKIM)
    assert field.authserv_id == "mail.brightwater-home.example"
    assert [r.method for r in field.results] == ["dkim", "dkim", "dkim-atps"]
    first = field.results[0]
    assert first.prop("header.d") == "marketplace.amazon.de"
    assert first.prop("HEADER.S") == "qaf6jnwqvfqfmxqsw3qbatbnoopgyxms"
    assert field.results[2].result == "neutral" and field.results[2].properties == ()


def test_rspamd_field_with_quoted_property_values():
    field = parse(RSPAMD)
    assert field.results[0].prop("header.b") == "AbC+/dEf"
    assert field.results[2].prop("smtp.mailfrom") == "0102018c@bounces.amazon.co.uk"


def test_folded_with_crlf_as_read_from_the_raw_mail():
    raw = (
        b"Authentication-Results: mx.example.org 1;\r\n"
        b'  dkim=fail reason="signature verification failed"\r\n'
        b"   header.d=marketplace.amazon.com;\r\n"
        b"  dmarc=fail (p=REJECT) header.from=marketplace.amazon.com\r\n"
        b"From: x@example.org\r\n\r\nbody\r\n"
    )
    value = email.message_from_bytes(raw, policy=compat32)["Authentication-Results"]
    assert "\n" in value  # still folded, as the parser gets it
    field = parse(value)
    assert field.authserv_id == "mx.example.org" and field.version == 1
    dkim, dmarc = field.results
    assert dkim.result == "fail" and dkim.reason == "signature verification failed"
    assert dkim.prop("header.d") == "marketplace.amazon.com"
    assert dmarc.result == "fail"


def test_rfc8601_appendix_examples():
    assert parse("example.com; none").results == ()
    assert (
        parse("example.com;\n spf=pass smtp.mailfrom=example.net").results[0].prop("smtp.mailfrom")
        == "example.net"
    )
    auth = parse(
        "example.com;\n  auth=pass (cram-md5) smtp.auth=sender@example.net;\n"
        "  spf=pass smtp.mailfrom=example.net"
    )
    assert [(r.method, r.prop("smtp.auth")) for r in auth.results] == [
        ("auth", "sender@example.net"),
        ("spf", None),
    ]
    iprev = parse("example.com; iprev=pass\n policy.iprev=192.0.2.200")
    assert iprev.results[0].prop("policy.iprev") == "192.0.2.200"
    sender_id = parse(
        "example.com;\n sender-id=fail header.from=example.com;\n"
        " dkim=pass (good signature) header.d=example.com"
    )
    assert [r.method for r in sender_id.results] == ["sender-id", "dkim"]


def test_nested_comments_escapes_and_comments_everywhere():
    field = parse(
        "(first) mx.example.org (the (real) one) ; (before) dkim (m) = (r) pass "
        r"(sig from example.com (via relay \) still comment) ok) header (p) . (q) d (r) = "
        "marketplace.amazon.com (after);"
    )
    assert field.authserv_id == "mx.example.org"
    assert len(field.results) == 1
    result = field.results[0]
    assert (result.method, result.result) == ("dkim", "pass")
    assert result.prop("header.d") == "marketplace.amazon.com"


def test_quoted_authserv_id_method_version_and_quoted_local_part():
    field = parse('"mx.example.org" 2; dkim/1=pass header.i="john doe"@example.com')
    assert field.authserv_id == "mx.example.org" and field.version == 2
    assert field.results[0].prop("header.i") == '"john doe"@example.com'


def test_case_is_folded_for_methods_results_and_property_names_not_for_values():
    field = parse("MX.Example.ORG; DKIM=Pass Header.D=Marketplace.Amazon.COM")
    result = field.results[0]
    assert (result.method, result.result) == ("dkim", "pass")
    assert result.prop("header.d") == "Marketplace.Amazon.COM"
    assert field.is_from("mx.example.org") and not field.is_from("mx.example.net")


def test_a_trailing_semicolon_is_accepted():
    assert len(parse("mx.example.org; spf=pass smtp.mailfrom=example.net;").results) == 1


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "mx.example.org",  # no result at all
        "mx.example.org;",  # ';' and nothing
        # Exchange Online's field: no authserv-id, and a property without its ptype.
        "spf=pass (sender IP is 54.240.13.10) smtp.mailfrom=bounces.amazon.com; dkim=pass "
        "(signature was verified) header.d=amazon.com;dmarc=pass action=none "
        "header.from=marketplace.amazon.com;compauth=pass reason=100",
        "mx.example.org; dmarc=pass action=none header.from=marketplace.amazon.com",
        "mx.example.org; dkim pass header.d=example.com",  # no '='
        "mx.example.org; dkim=pass header.d",  # property without value
        "mx.example.org; dkim=pass header.d=",  # empty value
        "mx.example.org; dkim=pass (unterminated comment header.d=example.com",
        'mx.example.org; dkim=fail reason="unterminated',
        "mx.example.org; none; dkim=pass",  # nothing may follow none
        "mx.example.org; dkim=pass header.d=a.example;; spf=pass",  # empty resinfo
        "mx.example.org; dkim=passheader.d=example.com",  # glued: no separator
        "mx.example.org; -dkim=pass",  # keywords start with a letter or digit
        "mx.example.org; dkim=pass" + "(" * 40 + ")" * 40,  # comment bomb
    ],
)
def test_malformed_fields_are_refused_not_half_read(value):
    with pytest.raises(AuthResultsError):
        parse(value)


def test_the_authserv_id_of_an_unreadable_field_can_still_be_told():
    assert authserv_id_of("mx.example.org; dkim pass") == "mx.example.org"
    assert authserv_id_of("(c) mx.example.org 1; ???") == "mx.example.org"
    assert authserv_id_of(";;") is None


def test_a_long_field_parses_in_linear_time():
    value = "mx.example.org;" + ";".join(
        f" dkim=pass header.d=d{i}.example header.b=abc+/{i}" for i in range(5000)
    )
    assert len(parse(value).results) == 5000
