from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.amazon.relay import parse_mail
from bot.domain import Intent, MessageKind

MAIL = Path(__file__).parent / "mail"


def test_buyer_message_fields_from_an_old_marker_mail():
    msg = parse_mail((MAIL / "en_uk_wismo_old_markers_qp.eml").read_bytes())

    assert msg.kind is MessageKind.BUYER_MESSAGE
    assert msg.order_id == "202-1234567-8901234"
    assert msg.buyer_alias == "qw2smy2gutcr61k@marketplace.amazon.co.uk"
    assert msg.alias_case == "133a066e"
    assert msg.marketplace == "UK"
    assert msg.buyer_name == "Harriet"
    assert msg.language == "en"
    assert msg.intent is Intent.WHERE_IS_MY_ORDER
    assert msg.comm_mgr_token == "AF9E104T7W2Q2"
    assert msg.sent_at == datetime(2026, 11, 2, 9, 14, 3, tzinfo=UTC)
    assert msg.body.startswith("Hello, I ordered this ten days ago")
    assert "Begin message" not in msg.body and "commMgrTok" not in msg.body
    assert msg.no_response_url is not None
    assert msg.no_response_url.startswith("https://www.amazon.co.uk/gp/communication-manager/")
    assert msg.problems == ()
