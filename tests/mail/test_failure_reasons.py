"""Why Amazon did not deliver one of our replies: the reason the card and the daily summary
give must name the real culprit, or the seller fixes the wrong thing (their From address
when a link in the text was refused)."""

from __future__ import annotations

import pytest

from bot.mail.system_mail import failure_reason

CASES = [
    # Amazon refusing our text, in the words it uses: never "From address not approved".
    ("Reason: your message contains content that is not permitted.", "content_refused"),
    ("Reason: The message contains an external link that is not authorized.", "content_refused"),
    ("Diagnostic-Code: smtp; 550 5.7.1 Message content rejected", "content_refused"),
    ("Reason: Your message violates our communication guidelines.", "content_refused"),
    ("Grund: Die Nachricht enthält Links, die nicht zulässig sind.", "content_refused"),
    ("Motif : le message contient des liens non autorisés.", "content_refused"),
    # The sender, named as such.
    (
        "Reason: the e-mail address you sent it from is not authorized for your account.",
        "sender_not_approved",
    ),
    ("host inbound-smtp said: 550 5.7.1 sender not authorised", "sender_not_approved"),
    ("Grund: Die Absenderadresse ist nicht autorisiert.", "sender_not_approved"),
    ("Motif : vérifiez vos autorisations de messagerie.", "sender_not_approved"),
    # A bare refusal names nobody: the usual cause, the From address.
    ("Reason: 550 5.7.1 not authorized", "sender_not_approved"),
    ("Reason: The attachment type is not permitted.", "attachment_refused"),
    ("Reason: 550 5.1.1 user unknown", "recipient_unknown"),
    ("Reason: mailbox full", "other"),
]


@pytest.mark.parametrize(("text", "code"), CASES, ids=[c[0][:40] for c in CASES])
def test_the_reason_names_the_real_culprit(text: str, code: str) -> None:
    assert failure_reason(text)[0] == code


def test_a_content_refusal_tells_the_agent_to_change_the_text_not_the_address() -> None:
    code, label, detail = failure_reason(
        "We were unable to deliver your message.\nReason: The message contains a link that "
        "is not authorized.\n"
    )
    assert (code, label) == ("content_refused", "Amazon's filter refused the text")
    assert "Messaging Permissions" not in label and detail.startswith("The message contains")
