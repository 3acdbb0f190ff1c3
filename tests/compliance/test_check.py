from __future__ import annotations

import json
import subprocess
import sys

import pytest

from carriers.links import TRACKING_URLS, tracking_url
from compliance import Finding, Policy, PolicyError, Report, Severity, check


def rules(text: str, **kwargs) -> set[str]:
    return {f.rule for f in check(text, **kwargs).findings}


def test_report_has_the_design_json_shape():
    report = check("Write to shop@example.com 😀")
    data = report.to_json()
    assert set(data) == {"compliant", "violations"}
    assert data["compliant"] is False
    assert [v["rule"] for v in data["violations"]] == ["email-address", "emoji"]
    for violation in data["violations"]:
        assert set(violation) == {"rule", "severity", "start", "end", "excerpt", "message"}
        assert violation["severity"] in ("block", "warn")
    json.dumps(data)  # serialisable as is


def test_findings_are_ordered_and_split_into_blocking_and_warnings():
    text = "Please leave a review. Call 0176 1234567. " + "x" * 2000
    report = check(text)
    starts = [f.start for f in report.findings]
    assert starts == sorted(starts)
    assert {f.rule for f in report.blocking} == {"phone-number", "review-request"}
    assert {f.rule for f in report.warnings} == {"too-long"}
    assert not report.compliant
    assert "Phone numbers are not allowed" in report.reason()


def test_warnings_alone_leave_a_reply_compliant():
    report = check("Thank you for waiting. " * 100)
    assert report.compliant
    assert [f.rule for f in report.findings] == ["too-long"]
    assert report.findings[0].severity is Severity.WARN
    assert report.reason() == ""


def test_a_neutral_review_ask_blocks_in_a_reply():
    report = check("If you have a moment, please leave a review.")
    assert not report.compliant
    assert report.findings[0].rule == "review-request"


def test_findings_are_frozen_and_carry_a_suggestion():
    finding = check("Visit http://www.ups.com/track").findings[0]
    assert isinstance(finding, Finding)
    assert finding.rule == "insecure-link"
    assert finding.suggestion == "https://www.ups.com/track"
    with pytest.raises(AttributeError):
        finding.rule = "x"  # type: ignore[misc]
    assert isinstance(check(""), Report)


@pytest.mark.parametrize("carrier", sorted(TRACKING_URLS))
def test_every_carrier_tracking_link_passes(carrier):
    url = tracking_url(carrier, "1Z999AA10123456784")
    assert url is not None
    report = check(f"You can follow your parcel here: {url}")
    assert report.findings == (), report.findings


@pytest.mark.parametrize(
    "url",
    [
        "https://www.amazon.com/gp/your-account/order-history",
        "https://sellercentral.amazon.de/messaging",
        "https://track.amazon.co.uk/tracking/TBA123",
        "https://www.amazon.co.jp/gp/css/order-history",
        "https://www.amazon.com.au/gp/your-account",
        "https://www.amazon.ca/gp/help/customer/display.html",
    ],
)
def test_amazon_links_pass(url):
    assert check(url).findings == ()


def test_http_to_an_allowed_host_is_insecure_and_other_hosts_are_links():
    assert rules("http://www.amazon.de/gp/css") == {"insecure-link"}
    assert rules("https://www.myshop.de/") == {"link"}
    assert rules("http://www.myshop.de/") == {"link"}
    assert rules("https://ups.com.myshop.de/track") == {"link"}  # allowed name as a subdomain


def test_policy_overrides_extend_the_allow_lists():
    policy = Policy.from_lists(
        link_domains="help.example-brand.com, https://www.manuals.example.org/",
        phone_numbers=["+49 (0) 30 1234567"],
        max_length="500",
    )
    assert check("See https://help.example-brand.com/x", policy=policy).findings == ()
    assert check("Manual: www.manuals.example.org/x", policy=policy).findings == ()
    assert check("Call the maker: 030 1234567.", policy=policy).findings == ()
    assert check("Call the maker: +49 30 1234567.", policy=policy).findings == ()
    assert "too-long" in rules("a " * 300, policy=policy)
    assert check(tracking_url("ups", "1Z999AA10123456784") or "", policy=policy).compliant
    replaced = Policy.from_lists(link_domains=["example-brand.com"], extend=False)
    assert "link" in rules("https://www.ups.com/track", policy=replaced)


def test_default_phone_allow_list_has_the_carrier_lines():
    assert check("Call UPS at 1-800-742-5877 or FedEx at 1 800 463 3339.").findings == ()


def test_malformed_policy_values_are_all_named():
    with pytest.raises(PolicyError) as error:
        Policy.from_lists(link_domains="not a domain!", phone_numbers="12", max_length="many")
    message = str(error.value)
    assert "'not'" in message or "not a domain" in message
    assert "'12'" in message
    assert "'many'" in message


def test_language_codes_are_checked():
    assert rules("Bitte hinterlassen Sie uns eine Bewertung.", lang="de-DE") == {"review-request"}
    # the card's language never removes a rule: a German ask on an English card blocks
    assert rules("Bitte hinterlassen Sie uns eine Bewertung.", lang="en") == {"review-request"}
    with pytest.raises(ValueError, match="unsupported language"):
        check("x", lang="xx")


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Visit shop dot com today", "shop dot com"),
        ("Visit s h o p . c o m today", "s h o p . c o m"),
        ("Visit ｓｈｏｐ．ｃｏｍ today", "ｓｈｏｐ．ｃｏｍ"),
        ("Visit \u200b\u200bsh\u200bop.com today", "sh\u200bop.com"),
        ("Visit ѕһор.com today", "ѕһор.com"),
        ("Mail: a\u200bnna [at] gmx [dot] de!", "a\u200bnna [at] gmx [dot] de"),
        ("Tel\u200b: ０３０ １２３４５６７ (office)", "０３０ １２３４５６７"),
        ("Ruf an: +49 (0) 30 1234567.", "+49 (0) 30 1234567"),
        ("Très bien ! Laissez-nous un avis 5 étoiles.", "avis"),
        ("Übrigens: 10 % Rabatt mit Code SOMMER10.", "10 % Rabatt"),
        ("Zum Schluss 😀👍🏽 danke", "😀👍🏽"),
        ("Hallo {{ name }}, ok", "{{ name }}"),
        ("x<b>y</b>", "<b>"),
    ],
)
def test_offsets_point_at_the_offending_span_of_the_original_text(text, excerpt):
    report = check(text)
    assert report.findings, text
    first = report.findings[0]
    assert text[first.start : first.end] == first.excerpt == excerpt
    for finding in report.findings:
        assert text[finding.start : finding.end] == finding.excerpt
        assert 0 <= finding.start < finding.end <= len(text)


def test_the_engine_imports_nothing_from_the_bot_or_slack_handlers():
    code = (
        "import sys, compliance, compliance.cli; compliance.check('x'); "
        "roots = ('bot', 'handlers', 'slack_bolt'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in roots))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"
