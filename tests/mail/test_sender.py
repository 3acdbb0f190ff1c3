"""Sender checks: whose verdict counts, what it must say, and who may be answered."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.domain import (
    AuthOutcome,
    BuyerMatch,
    FulfilledBy,
    Order,
    OrderStatus,
)
from bot.mail.relay import parse_mail
from bot.mail.sender import (
    authenticate,
    check_buyer,
    check_headers,
    check_notice,
    reply_address_problem,
)

TRUSTED = ("mx.brightwater-home.example",)
RELAY = "marketplace.amazon.com"
ALIAS = "demo01cherx7q2w9@marketplace.amazon.com"

DMARC_PASS = (
    "mx.brightwater-home.example;\n dkim=pass header.d=marketplace.amazon.com"
    " header.s=qaf6 header.b=Ab+/cd;\n spf=pass smtp.mailfrom=0100@bounces.amazon.com;\n"
    " dmarc=pass (p=QUARANTINE) header.from=marketplace.amazon.com"
)


def verdict(*fields: str, trusted=TRUSTED, domain=RELAY):
    return authenticate(list(fields), trusted=trusted, from_domain=domain)


def test_a_pass_from_the_trusted_server_authenticates():
    result = verdict(DMARC_PASS)
    assert result.outcome is AuthOutcome.PASS
    assert result.detail.startswith("mx.brightwater-home.example: ")
    assert "dmarc=pass header.from=marketplace.amazon.com" in result.detail


def test_without_a_trusted_server_nothing_is_checked():
    result = verdict(DMARC_PASS, trusted=())
    assert result.outcome is AuthOutcome.NOT_CHECKED
    assert "WISMO_AUTHSERV_ID" in result.detail


def test_fields_of_other_servers_are_ignored_even_on_top():
    forged = "mx.google.com; dkim=pass header.d=marketplace.amazon.com; dmarc=pass"
    real = "mx.brightwater-home.example; dkim=none; spf=none; dmarc=none"
    assert verdict(forged, real).outcome is AuthOutcome.MISSING
    assert verdict(forged).outcome is AuthOutcome.MISSING
    assert "no Authentication-Results from mx.brightwater-home.example" in verdict(forged).detail


def test_a_forged_copy_of_our_field_further_down_never_outvotes_the_real_one():
    real = (
        "mx.brightwater-home.example; dkim=none; spf=softfail smtp.mailfrom=x@evil.example;"
        " dmarc=none header.from=marketplace.amazon.com"
    )
    forged = (
        "mx.brightwater-home.example; dkim=pass header.d=marketplace.amazon.com;"
        " dmarc=pass header.from=marketplace.amazon.com"
    )
    assert verdict(real, forged).outcome is AuthOutcome.MISSING
    assert verdict(forged).outcome is AuthOutcome.PASS  # the same copy alone would pass


@pytest.mark.parametrize(
    "ours",
    [
        "dmarc=none header.from=marketplace.amazon.de",
        "spf=none smtp.mailfrom=x@evil.example",
        "spf=softfail smtp.mailfrom=x@evil.example",
        "arc=none",
        "dkim=temperror header.d=marketplace.amazon.de",
        "dmarc=temperror header.from=marketplace.amazon.de",
        "dkim=none; spf=none",
        "none",
    ],
)
def test_a_field_further_down_never_fills_in_what_our_server_left_out(ours):
    # Our server writes one field on top; a lower one naming it was written by the sender,
    # who would otherwise add the "pass" our server did not give.
    real = f"mx.brightwater-home.example; {ours}"
    forged = (
        "mx.brightwater-home.example; dkim=pass header.d=marketplace.amazon.de;"
        " dmarc=pass header.from=marketplace.amazon.de"
    )
    result = verdict(real, forged, domain="marketplace.amazon.de")
    assert result.outcome is not AuthOutcome.PASS, result


@pytest.mark.parametrize(
    ("field", "outcome"),
    [
        ("dmarc=fail (p=REJECT) header.from=marketplace.amazon.com", AuthOutcome.FAIL),
        ('dkim=fail reason="bad signature" header.d=marketplace.amazon.com', AuthOutcome.FAIL),
        ("dkim=permerror header.i=@marketplace.amazon.com", AuthOutcome.FAIL),
        ("spf=fail smtp.mailfrom=0100@bounces.amazon.com", AuthOutcome.FAIL),
        # DMARC fail wins over a DKIM pass on another, unaligned domain
        (
            "dkim=pass header.d=amazonses.com; dmarc=fail header.from=marketplace.amazon.com",
            AuthOutcome.FAIL,
        ),
        # a pass that is not aligned with Amazon's relay domain proves nothing
        ("dkim=pass header.d=amazonses.com", AuthOutcome.MISSING),
        ("dkim=pass header.d=marketplace.amazon.com.evil.example", AuthOutcome.MISSING),
        ("dkim=pass header.d=evilamazon.com", AuthOutcome.MISSING),
        ("spf=pass smtp.mailfrom=bounce@evil.example", AuthOutcome.MISSING),
        ("dmarc=pass header.from=evil.example", AuthOutcome.MISSING),
        ("dkim=none; spf=none; dmarc=none", AuthOutcome.MISSING),
        ("dkim=temperror header.d=marketplace.amazon.com", AuthOutcome.MISSING),
        ("spf=softfail smtp.mailfrom=0100@bounces.amazon.com", AuthOutcome.MISSING),
        ("none", AuthOutcome.MISSING),
        # aligned passes: the relay domain, its organisational domain and subdomains
        ("dkim=pass header.i=@marketplace.amazon.com", AuthOutcome.PASS),
        ("dkim=pass header.d=amazon.com", AuthOutcome.PASS),
        ("spf=pass smtp.mailfrom=0100@bounces.amazon.com", AuthOutcome.PASS),
        ("dmarc=pass", AuthOutcome.PASS),  # header.from left out: the mail's own From
    ],
)
def test_what_each_result_means_for_amazon(field, outcome):
    assert verdict(f"mx.brightwater-home.example; {field}").outcome is outcome


def test_organisational_alignment_stays_within_the_marketplace():
    field = "mx.brightwater-home.example; dkim=pass header.d=amazon.com"
    assert verdict(field, domain="marketplace.amazon.co.uk").outcome is AuthOutcome.MISSING
    assert verdict(field, domain="marketplace.amazon.com").outcome is AuthOutcome.PASS


def test_an_unreadable_trusted_field_gives_no_verdict():
    unreadable = "mx.brightwater-home.example; dmarc=pass action=none header.from=x"
    result = verdict(unreadable, DMARC_PASS)
    assert result.outcome is AuthOutcome.MISSING and "unreadable" in result.detail
    # an unreadable field of somebody else is just ignored
    assert verdict("spf=pass; dkim=pass", DMARC_PASS).outcome is AuthOutcome.PASS


def test_the_trusted_id_is_matched_without_regard_to_case_or_spaces():
    field = "MX.Brightwater-Home.Example; dmarc=pass header.from=marketplace.amazon.com"
    assert verdict(field, trusted=(" mx.brightwater-home.EXAMPLE ",)).outcome is AuthOutcome.PASS


# -- the mail's own headers ------------------------------------------------------------

BODY = (
    "Subject: Order delivery inquiry from Amazon customer Cherri (Order: 113-4021576-1000001)\n"
    "Date: Sun, 01 Nov 2026 15:30:00 +0000\nMessage-ID: <m1@email.amazonses.com>\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "------------- Begin message -------------\nWhere is my parcel?\n"
    "------------- End message -------------\n"
)


def mail(head: str) -> bytes:
    return (head + BODY).encode()


def checked(head: str, trusted=TRUSTED):
    raw = mail(head)
    message = parse_mail(raw, received_at=datetime(2026, 11, 2, tzinfo=UTC))
    return message, check_headers(raw, message, authserv_ids=trusted)


def test_a_genuine_relay_mail_authenticated_by_our_server_is_verified():
    message, check = checked(
        f"Authentication-Results: {DMARC_PASS}\nFrom: Cherri - Amazon Marketplace <{ALIAS}>\n"
    )
    assert message.buyer_alias == ALIAS
    assert check is not None and check.verified
    assert check.authentication is AuthOutcome.PASS and check.buyer is BuyerMatch.PENDING


def test_without_authserv_id_the_check_says_so_and_does_not_block():
    _, check = checked(f"From: Cherri <{ALIAS}>\n", trusted=())
    assert check is not None and check.verified
    assert check.authentication is AuthOutcome.NOT_CHECKED


def test_a_relay_address_only_in_reply_to_is_not_a_sender():
    message, check = checked(
        f"Authentication-Results: {DMARC_PASS}\nFrom: Helper <helper@gmail.example>\n"
        f"Reply-To: {ALIAS}\n"
    )
    assert message.buyer_alias == ALIAS  # the parser still finds who to answer
    assert check is not None and not check.verified
    assert any("gmail.example, not from an Amazon relay address" in p for p in check.problems)
    # and the verdict on Amazon's domain is missing: DMARC there was for another From
    _, unchecked = checked(f"From: <helper@gmail.example>\nReply-To: {ALIAS}\n", trusted=())
    assert unchecked is not None and not unchecked.verified


def test_a_forged_amazon_from_that_our_server_failed_is_not_verified():
    _, check = checked(
        "Authentication-Results: mx.brightwater-home.example; dkim=none;"
        " spf=fail smtp.mailfrom=x@evil.example; dmarc=fail header.from=marketplace.amazon.com\n"
        "Authentication-Results: mx.google.com; dkim=pass header.d=marketplace.amazon.com;"
        " dmarc=pass header.from=marketplace.amazon.com\n"
        f"From: Cherri - Amazon Marketplace <{ALIAS}>\n"
    )
    assert check is not None and not check.verified
    assert check.authentication is AuthOutcome.FAIL
    assert "forged" in check.problems[0] and "dmarc=fail" in check.problems[0]


def test_no_verdict_where_one_is_expected_is_not_verified():
    _, check = checked(f"From: <{ALIAS}>\n")
    assert check is not None and not check.verified
    assert check.authentication is AuthOutcome.MISSING
    assert "gave no DKIM, SPF or DMARC pass for marketplace.amazon.com" in check.problems[0]


def test_two_from_fields_are_not_a_sender():
    _, check = checked(
        f"Authentication-Results: {DMARC_PASS}\nFrom: <{ALIAS}>\nFrom: <other@evil.example>\n"
    )
    assert check is not None and not check.verified


def test_system_mail_gets_no_sender_check():
    raw = (
        b"From: donotreply@amazon.com\nSubject: Your buyer has chosen to opt out\n"
        b"Date: Sun, 01 Nov 2026 15:30:00 +0000\nMessage-ID: <s@amazon.com>\n\nopt out"
    )
    assert check_headers(raw, parse_mail(raw), authserv_ids=TRUSTED) is None


NOTICE = (
    "Subject: Delivery Failure: your message could not be delivered\n"
    "Date: Sun, 01 Nov 2026 15:30:00 +0000\nMessage-ID: <n@amazon.com>\n\n"
    "We were unable to deliver the message you sent to the buyer.\n"
)
AMAZON_DMARC_PASS = (
    "Authentication-Results: mx.brightwater-home.example; dkim=pass header.d=amazon.com;"
    " dmarc=pass header.from=amazon.com\n"
)


def notice_check(head: str, trusted=TRUSTED):
    raw = (head + NOTICE).encode()
    return check_notice(raw, parse_mail(raw), authserv_ids=trusted)


def test_an_amazon_notice_our_server_authenticated_is_verified():
    check = notice_check(AMAZON_DMARC_PASS + "From: Amazon <donotreply@amazon.com>\n")
    assert check is not None and check.verified and check.authentication is AuthOutcome.PASS


@pytest.mark.parametrize(
    "head",
    [
        "From: Amazon <donotreply@amazon.com>\n",  # no verdict at all
        "Authentication-Results: mx.brightwater-home.example; dmarc=fail header.from=amazon.com"
        "\nFrom: Amazon <donotreply@amazon.com>\n",
        # a pass our server never wrote
        "Authentication-Results: mx.google.com; dmarc=pass header.from=amazon.com\n"
        "From: Amazon <donotreply@amazon.com>\n",
        # a pass, but for a domain that is not Amazon's
        "Authentication-Results: mx.brightwater-home.example; dmarc=pass header.from=evil.example"
        "\nFrom: Amazon <donotreply@amazon.com>\n",
    ],
    ids=["missing", "failed", "foreign_server", "other_domain"],
)
def test_an_amazon_notice_without_our_servers_pass_for_amazon_is_not_verified(head):
    check = notice_check(head)
    assert check is not None and not check.verified and check.problems


def test_a_notice_without_a_trusted_server_is_not_checked_as_buyer_mail():
    check = notice_check("From: Amazon <donotreply@amazon.com>\n", trusted=())
    assert check is not None and check.verified
    assert check.authentication is AuthOutcome.NOT_CHECKED


def test_buyer_mail_gets_no_notice_check():
    raw = mail(f"Authentication-Results: {DMARC_PASS}\nFrom: Cherri <{ALIAS}>\n")
    assert check_notice(raw, parse_mail(raw), authserv_ids=TRUSTED) is None


# -- the order's buyer -------------------------------------------------------------------


def order(buyer_email: str | None, marketplace_id: str = "ATVPDKIKX0DER") -> Order:
    return Order(
        order_id="113-4021576-1000001",
        status=OrderStatus.SHIPPED,
        fulfilled_by=FulfilledBy.MERCHANT,
        marketplace_id=marketplace_id,
        buyer_email=buyer_email,
    )


@pytest.fixture
def genuine():
    return checked(f"Authentication-Results: {DMARC_PASS}\nFrom: <{ALIAS}>\n")


def test_the_alias_of_the_orders_buyer_matches(genuine):
    message, check = genuine
    after = check_buyer(check, message, order("DEMO01cherx7q2w9+case1@marketplace.amazon.com"))
    assert after.verified and after.buyer is BuyerMatch.MATCH


def test_an_alias_that_is_not_the_orders_buyer_is_not_verified(genuine):
    message, check = genuine
    after = check_buyer(check, message, order("zz9other0buyer1@marketplace.amazon.com"))
    assert not after.verified and after.buyer is BuyerMatch.MISMATCH
    assert after.problems == (
        "the relay alias is not the buyer of order 113-4021576-1000001: Amazon gives another "
        "buyer e-mail for it",
    )


def test_no_buyer_email_from_amazon_is_not_compared(genuine):
    message, check = genuine
    after = check_buyer(check, message, order(None))
    assert after.verified and after.buyer is BuyerMatch.UNKNOWN
    assert check_buyer(check, message, None).buyer is BuyerMatch.UNKNOWN


def test_a_relay_of_another_marketplace_than_the_orders_is_not_verified(genuine):
    message, check = genuine
    after = check_buyer(check, message, order(None, marketplace_id="A1PA6795UKMFR9"))
    assert not after.verified
    assert (
        "on marketplace.amazon.com, but order 113-4021576-1000001 was placed on amazon.de"
        in (after.problems[0])
    )


# -- who a reply may go to ------------------------------------------------------------


@pytest.mark.parametrize(
    ("to", "marketplace", "allowed"),
    [
        ("qw2smy2gutcr61k@marketplace.amazon.com", "US", True),
        ("qw2smy2gutcr61k+133a066e@marketplace.amazon.com", "US", True),
        ("bm11jdhs75yyts4@marketplace.amazon.com.be", "BE", True),
        ("qw2smy2gutcr61k@marketplace.amazon.com", "DE", False),
        ("qw2smy2gutcr61k@marketplace.amazon.com.evil.example", "US", False),
        ("forger@gmail.example", "US", False),
        ("donotreply@amazon.com", "US", False),
        ("qw2smy2gutcr61k@marketplace.amazon.cn", "US", False),
        ("", "US", False),
        ("qw2smy2gutcr61k@marketplace.amazon.com", None, False),
    ],
)
def test_replies_go_only_to_relay_addresses_of_the_orders_marketplace(to, marketplace, allowed):
    problem = reply_address_problem(to, marketplace)
    assert (problem is None) is allowed
    if not allowed:
        assert problem and "forger" not in problem  # names the domain, not the person
