"""Proof of delivery where the carrier gives it: who signed, a photo link, where, geo.

The payloads are the carriers' published shapes (UPS Track ``deliveryInformation``, DHL
Unified ``details.proofOfDelivery``, FedEx ``deliveryDetails``) with a delivered parcel.
"""

from __future__ import annotations

import json
from datetime import timedelta

from bot.domain import Conversation, InboundMessage, MessageKind, MessageState, SystemKind
from bot.services.disputes import evidence_text
from bot.slack.blocks import card
from carriers.dhl import parse_dhl
from carriers.fedex import parse_fedex
from carriers.model import ProofOfDelivery, Tracking, TrackingStatus
from carriers.ups import parse_ups

from .helpers import NOW, load


def test_ups_gives_who_signed_and_where_it_was_left_never_its_base64_images():
    t = parse_ups(load("ups", "delivered_pod"), now=NOW)
    assert t.status is TrackingStatus.DELIVERED
    assert t.proof == ProofOfDelivery(signed_by="SMITH", place="Front Door")
    assert "iVBOR" not in str(t.to_dict())  # the photo bytes are not kept


def test_dhl_gives_the_signer_the_pod_document_and_the_geo_position():
    t = parse_dhl(load("dhl", "delivered_pod"), now=NOW)
    assert t.proof == ProofOfDelivery(
        signed_by="SCHMIDT",
        photo_url="https://proview.dhl.com/proview/pod/7777777770",
        latitude=52.52001,
        longitude=13.40495,
    )


def test_fedex_gives_the_signer_and_the_place():
    t = parse_fedex(load("fedex", "delivered_pod"), now=NOW)
    assert t.status is TrackingStatus.DELIVERED
    assert t.proof == ProofOfDelivery(signed_by="J.DOE", place="Front desk/Reception")


def test_a_parcel_on_its_way_has_no_proof_and_the_proof_survives_storage():
    assert parse_ups(load("ups", "in_transit"), now=NOW).proof is None
    t = parse_dhl(load("dhl", "delivered_pod"), now=NOW)
    assert Tracking.from_dict(t.to_dict()) == t


def test_a_link_that_is_not_https_or_a_position_off_the_globe_is_dropped():
    assert ProofOfDelivery.of(photo_url="javascript:alert(1)") is None
    assert ProofOfDelivery.of(photo_url="http://x.example/p.jpg") is None
    proof = ProofOfDelivery.of(signed_by="A", latitude=123, longitude=5)
    assert proof == ProofOfDelivery(signed_by="A")


def test_a_claims_evidence_panel_and_copy_evidence_show_the_proof():
    tracking = parse_dhl(load("dhl", "delivered_pod"), now=NOW)
    claim = InboundMessage(
        kind=MessageKind.SYSTEM,
        message_id="<atoz-1@amazon.com>",
        subject="A-to-z Guarantee Claim Notification for Order 113-4021576-1000001",
        body="Claim reason: Item not received",
        sent_at=NOW,
        order_id="113-4021576-1000001",
        system_kind=SystemKind.A_TO_Z_CLAIM,
        case_id="9876543210",
    )
    conv = Conversation(
        pk=7,
        message=claim,
        state=MessageState.CARDED,
        received_at=NOW,
        due_at=NOW + timedelta(hours=72),
        trackings=(tracking,),
    )
    shown = json.dumps(card(conv, now=NOW)["blocks"])
    assert "Proof of delivery: signed by SCHMIDT" in shown
    assert "https://proview.dhl.com/proview/pod/7777777770|delivery photo" in shown
    assert "52.52001, 13.40495" in shown
    text = evidence_text(conv)
    assert "Signed by: SCHMIDT" in text
    assert "Delivery photo: https://proview.dhl.com/proview/pod/7777777770" in text
    assert "Delivery location: 52.52001, 13.40495" in text
