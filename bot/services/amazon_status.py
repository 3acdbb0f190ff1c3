"""Amazon's own word on a parcel (SP-API ``packageStatus``) when the carrier gives none.

Carriers without an API (PostNL, Evri, InPost, ...) and carriers whose API is down leave a
parcel with status ``unknown``: the number and link only.  The order itself carries
Amazon's ``packageStatus`` (status and detailed status), which Amazon keeps from the
carrier's feed.  It stands in for the carrier's status then, marked as Amazon's
(``source="amazon"``, "Amazon reports: in transit"), so the card never presents it as the
carrier's and the reply only states what Amazon's word can carry.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from bot.domain import Package
from carriers.model import StatusReason, Tracking, TrackingStatus

__all__ = ["AMAZON", "with_amazon_status"]

AMAZON: Final = "amazon"

S = TrackingStatus
# detailedStatus first: it says more (AT_DESTINATION_FC, OUT_FOR_DELIVERY, LOST).
_DETAILED: Final[dict[str, tuple[TrackingStatus, StatusReason | None, str]]] = {
    "PENDING_SCHEDULE": (S.LABEL_CREATED, None, "label created, waiting for pick-up"),
    "PENDING_PICK_UP": (S.LABEL_CREATED, None, "label created, waiting for pick-up"),
    "PENDING_DROP_OFF": (S.LABEL_CREATED, None, "label created, waiting for drop-off"),
    "LABEL_CANCELLED": (S.CANCELLED, None, "label cancelled"),
    "PICKED_UP": (S.IN_TRANSIT, None, "in transit (picked up)"),
    "DROPPED_OFF": (S.IN_TRANSIT, None, "in transit (dropped off)"),
    "AT_ORIGIN_FC": (S.IN_TRANSIT, None, "in transit"),
    "AT_DESTINATION_FC": (S.IN_TRANSIT, None, "in transit (at the destination centre)"),
    "OUT_FOR_DELIVERY": (S.OUT_FOR_DELIVERY, None, "out for delivery"),
    "DELIVERED": (S.DELIVERED, None, "delivered"),
    "REJECTED_BY_BUYER": (S.RETURNED_TO_SENDER, None, "refused by the buyer"),
    "UNDELIVERABLE": (S.EXCEPTION, None, "undeliverable"),
    "RETURNING_TO_SELLER": (S.RETURNED_TO_SENDER, None, "returning to the seller"),
    "RETURNED_TO_SELLER": (S.RETURNED_TO_SENDER, None, "returned to the seller"),
    "LOST": (S.EXCEPTION, StatusReason.LOST, "lost"),
    "DAMAGED": (S.EXCEPTION, StatusReason.DAMAGED, "damaged"),
}
_STATUS: Final[dict[str, tuple[TrackingStatus, StatusReason | None, str]]] = {
    "PENDING": (S.LABEL_CREATED, None, "label created"),
    "SHIPPED": (S.IN_TRANSIT, None, "in transit"),
    "IN_TRANSIT": (S.IN_TRANSIT, None, "in transit"),
    "DELIVERED": (S.DELIVERED, None, "delivered"),
    "CANCELLED": (S.CANCELLED, None, "cancelled"),
    "UNDELIVERABLE": (S.EXCEPTION, None, "undeliverable"),
}


def _code(value: str | None) -> str:
    return (value or "").strip().upper().replace("-", "_").replace(" ", "_")


def with_amazon_status(package: Package, tracking: Tracking) -> Tracking:
    """``tracking`` as the carrier gave it, or with Amazon's status when it gave none.

    Only a parcel without a status of its own (no API, API down) takes Amazon's word;
    a carrier's live answer always wins, and an Amazon status we cannot read changes
    nothing.
    """
    if tracking.live or tracking.status is not TrackingStatus.UNKNOWN:
        return tracking
    detailed, status = _code(package.detailed_status), _code(package.status)
    mapped = _DETAILED.get(detailed) or _STATUS.get(status)
    if mapped is None:
        return tracking
    new_status, reason, words = mapped
    shown = status + (f" / {detailed}" if detailed and detailed != status else "")
    why = tracking.note or "the carrier was not asked"
    return replace(
        tracking,
        status=new_status,
        reason=reason,
        status_text=f"Amazon reports: {words}",
        note=f"status from Amazon's packageStatus ({shown}); {why}",
        source=AMAZON,
    )
