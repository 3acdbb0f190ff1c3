"""FedEx Track API: OAuth (form body), ``POST /track/v1/trackingnumbers``, 30 numbers a call.

Status comes from ``latestStatusDetail.code`` (and the newest scan's ``eventType``),
never from ``derivedCode``: FedEx flattens "on vehicle for delivery" to ``IT`` there
(reference/carriers.md §3.7).  ``delayDetail.status == "DELAYED"`` marks lateness.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any, Final

from carriers._parse import (
    as_dict,
    as_list,
    iso_date,
    iso_datetime,
    join_place,
    newest_first,
    reason_from_text,
    text,
)
from carriers.errors import CarrierUnavailable, TrackingNotFound
from carriers.links import tracking_url
from carriers.model import (
    DeliveryWindow,
    ProofOfDelivery,
    StatusReason,
    Tracking,
    TrackingEvent,
    TrackingStatus,
)
from carriers.tokens import OAuthCarrierClient, send_authorised

__all__ = ["MAX_PER_REQUEST", "STATUS_CODES", "FedexClient", "parse_fedex", "parse_fedex_many"]

CARRIER: Final = "fedex"
TOKEN_PATH: Final = "/oauth/token"
TRACK_PATH: Final = "/track/v1/trackingnumbers"
MAX_PER_REQUEST: Final = 30  # "Maximum limit is 30" (track.json, Full_Schema_Tracking_Numbers)

S = TrackingStatus
_GROUPS: Final[dict[TrackingStatus, str]] = {
    S.LABEL_CREATED: "OC",
    S.IN_TRANSIT: "PU IT AR DP AF FD OF CC CP PM PL AA AC EA EO IX LO SF TR",
    S.OUT_FOR_DELIVERY: "OD ED AD",
    S.AVAILABLE_FOR_PICKUP: "HL HP",
    S.DELIVERED: "DL",
    S.EXCEPTION: "SE CD DY DD PD DE",
    S.RETURNED_TO_SENDER: "RS RP",
    S.CANCELLED: "CA",
}
STATUS_CODES: Final[dict[str, TrackingStatus]] = {
    code: status for status, codes in _GROUPS.items() for code in codes.split()
}
_CODE_REASONS: Final[dict[str, StatusReason]] = {
    "CD": StatusReason.CUSTOMS,
    "DY": StatusReason.DELAYED,
    "DD": StatusReason.DELAYED,
    "PD": StatusReason.DELAYED,
}
_ATTEMPT_WORDS: Final = ("attempt", "not available", "not in", "business closed", "no one")


def _event(scan: Mapping[str, Any]) -> TrackingEvent | None:
    at = iso_datetime(scan.get("date"))
    if at is None:
        return None
    place = as_dict(scan.get("scanLocation"))
    return TrackingEvent(
        at=at,
        description=text(scan.get("eventDescription")),
        location=join_place(
            place.get("city"), place.get("stateOrProvinceCode"), place.get("countryCode")
        ),
        code=text(scan.get("eventType")),
    )


def _dates(result: Mapping[str, Any]) -> dict[str, str]:
    return {
        text(as_dict(d).get("type")): text(as_dict(d).get("dateTime"))
        for d in as_list(result.get("dateAndTimes"))
    }


def _one(number: str, result: Mapping[str, Any], *, now: datetime) -> Tracking:
    url = tracking_url(CARRIER, number) if number else None
    error = as_dict(result.get("error"))
    latest = as_dict(result.get("latestStatusDetail"))
    if error or (not latest and not result.get("scanEvents")):
        return Tracking(
            CARRIER,
            number,
            S.NOT_FOUND,
            fetched_at=now,
            tracking_url=url,
            status_text=text(error.get("message")),
        )
    events = newest_first(
        e for e in map(_event, map(as_dict, as_list(result.get("scanEvents")))) if e
    )
    code = text(latest.get("code")) or (events[0].code if events else "")
    status = STATUS_CODES.get(code, S.UNKNOWN)
    ancillary = " ".join(
        text(as_dict(a).get("reasonDescription")) or text(as_dict(a).get("reason"))
        for a in as_list(latest.get("ancillaryDetails"))
    )
    newest_scan = as_dict((as_list(result.get("scanEvents")) or [None])[0])
    exception_text = " ".join(
        (ancillary, text(newest_scan.get("exceptionDescription")), text(latest.get("description")))
    )
    if code == "DE" and any(w in exception_text.lower() for w in _ATTEMPT_WORDS):
        # "Delivery exception" covers both a failed attempt and a real problem.
        status = S.DELIVERY_ATTEMPTED
    reason = _CODE_REASONS.get(code)
    if status in {S.EXCEPTION, S.DELIVERY_ATTEMPTED}:
        reason = reason_from_text(exception_text) or reason or StatusReason.OTHER
    if (
        text(as_dict(latest.get("delayDetail")).get("status")).upper() == "DELAYED"
        or text(latest.get("derivedCode")) == "RL"
    ):
        reason = reason or StatusReason.DELAYED

    dates = _dates(result)
    eta: date | None = None
    window = None
    delivered_at = None
    if status is S.DELIVERED:
        delivered_at = iso_datetime(dates.get("ACTUAL_DELIVERY")) or (
            events[0].at if events else None
        )
    elif status not in {S.RETURNED_TO_SENDER, S.CANCELLED}:
        span = as_dict(as_dict(result.get("estimatedDeliveryTimeWindow")).get("window"))
        begins, ends = iso_datetime(span.get("begins")), iso_datetime(span.get("ends"))
        if begins and ends:
            window = DeliveryWindow(begins, ends)
        eta = (
            iso_date(dates.get("ESTIMATED_DELIVERY"))
            or iso_date(dates.get("APPOINTMENT_DELIVERY"))
            or iso_date(span.get("begins"))
            or iso_date(dates.get("COMMITMENT"))
        )

    return Tracking(
        carrier=CARRIER,
        number=number,
        status=status,
        fetched_at=now,
        reason=reason,
        status_text=text(latest.get("description")) or text(latest.get("statusByLocale")),
        estimated_delivery=eta,
        estimated_window=window,
        delivered_at=delivered_at,
        last_event=events[0] if events else None,
        events=events,
        tracking_url=url,
        proof=_proof(result) if status is S.DELIVERED else None,
    )


def _proof(result: Mapping[str, Any]) -> ProofOfDelivery | None:
    """``deliveryDetails{receivedByName, signedByName, locationDescription}``; FedEx's
    signature image is a separate, authorised request (not fetched)."""
    details = as_dict(result.get("deliveryDetails"))
    geo = as_dict(details.get("deliveryLocation") or details.get("geoLocation"))
    return ProofOfDelivery.of(
        signed_by=text(details.get("signedByName")) or text(details.get("receivedByName")),
        place=text(details.get("locationDescription")),
        latitude=geo.get("latitude"),
        longitude=geo.get("longitude"),
    )


def _newest(results: Iterable[Any]) -> Mapping[str, Any]:
    """FedEx may answer several shipments for one number (reused numbers): take the latest."""
    best: Mapping[str, Any] = {}
    best_at: str = ""
    for raw in results:
        result = as_dict(raw)
        scans = as_list(result.get("scanEvents"))
        at = text(as_dict(scans[0]).get("date")) if scans else ""
        if not best or at > best_at:
            best, best_at = result, at
    return best


def parse_fedex_many(payload: Any, *, now: datetime) -> dict[str, Tracking]:
    """A trackingnumbers answer -> one Tracking per number (NOT_FOUND where FedEx says so)."""
    out: dict[str, Tracking] = {}
    complete = as_list(as_dict(as_dict(payload).get("output")).get("completeTrackResults"))
    for entry in map(as_dict, complete):
        results = as_list(entry.get("trackResults"))
        number = text(entry.get("trackingNumber"))
        result = _newest(results)
        number = number or text(as_dict(result.get("trackingNumberInfo")).get("trackingNumber"))
        if number:
            out[number] = _one(number, result, now=now)
    return out


def parse_fedex(payload: Any, *, now: datetime) -> Tracking:
    """The first number of a trackingnumbers answer -> Tracking."""
    many = parse_fedex_many(payload, now=now)
    if not many:
        return Tracking(CARRIER, "", S.NOT_FOUND, fetched_at=now)
    return next(iter(many.values()))


class FedexClient(OAuthCarrierClient):
    """Talks to the FedEx Track API at ``config.base_url``; thread-safe."""

    carrier = CARRIER
    token_path = TOKEN_PATH
    token_style = "form"
    max_per_request = MAX_PER_REQUEST

    def track(self, number: str, *, now: datetime) -> Tracking:
        tracking = self.track_many([number], now=now).get(number)
        if tracking is None or tracking.status is S.NOT_FOUND:
            raise TrackingNotFound(CARRIER, number)
        return tracking

    def track_many(self, numbers: Iterable[str], *, now: datetime) -> dict[str, Tracking]:
        """Every number, 30 to a request; numbers FedEx does not know come back NOT_FOUND."""
        wanted = list(dict.fromkeys(numbers))
        out: dict[str, Tracking] = {}
        for i in range(0, len(wanted), MAX_PER_REQUEST):
            chunk = wanted[i : i + MAX_PER_REQUEST]
            out |= self._request(chunk, now=now)
        for number in wanted:
            out.setdefault(
                number,
                Tracking(
                    CARRIER,
                    number,
                    S.NOT_FOUND,
                    fetched_at=now,
                    tracking_url=tracking_url(CARRIER, number),
                ),
            )
        return out

    def _request(self, numbers: list[str], *, now: datetime) -> dict[str, Tracking]:
        response = send_authorised(
            self._http,
            self._tokens,
            "POST",
            TRACK_PATH,
            deadline=self._http.deadline(),
            json_body={
                "includeDetailedScans": True,
                "trackingInfo": [{"trackingNumberInfo": {"trackingNumber": n}} for n in numbers],
            },
        )
        if response.status_code in {400, 404}:
            return {}  # FedEx refuses malformed numbers outright: none of them is known
        if response.status_code != 200:
            raise CarrierUnavailable(CARRIER, f"tracking answered HTTP {response.status_code}")
        return parse_fedex_many(self._http.json(response), now=now)
