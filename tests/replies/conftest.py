from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.replies import DateWindow, ReplyFacts


@pytest.fixture
def full_facts() -> ReplyFacts:
    """Every fact known: a UPS parcel of an order on amazon.com."""
    return ReplyFacts(
        order_id="112-1234567-1234567",
        seller_name="Acme Tools",
        marketplace="US",
        buyer_name="Jane Doe",
        carrier_name="UPS",
        tracking_number="1Z5R89390357567127",
        tracking_url="https://www.ups.com/track?loc=en_US&tracknum=1Z5R89390357567127",
        status_text="On the way",
        estimated_delivery=date(2026, 12, 3),
        estimated_window=DateWindow(date(2026, 12, 3), date(2026, 12, 5)),
        delivered_at=datetime(2026, 12, 1, 23, 30, tzinfo=UTC),
        last_event_place="Louisville, KY",
        last_event_at=datetime(2026, 12, 1, 23, 30, tzinfo=UTC),
        ship_by=date(2026, 12, 2),
        deliver_by=date(2026, 12, 8),
        promised_window=DateWindow(date(2026, 12, 4), date(2026, 12, 8)),
        new_ship_date=date(2026, 12, 9),
        photo_attached=False,
    )
