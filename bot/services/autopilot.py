"""The autopilot: plain "where is my order?" answers sent without a click, after a hold.

Off unless ``WISMO_AUTOPILOT`` lists scenarios, and only tracking scenarios whose answer
comes from the carrier's live status may be listed (:data:`bot.domain.AUTOPILOT_SCENARIOS`;
the settings refuse others at start-up).  A manager switches it off and on again with
``/wismo autopilot off|on``; the switch is a database row, so every process agrees.

**Who qualifies** (:func:`qualifies`, checked when the message is drafted): the intent is
``where_is_my_order`` and the mail is no follow-up; the order was looked up just now and
the chosen parcel's status comes from the carrier, fetched within the tracking cache's
freshness; the scenario is listed; the draft passes the policy check with no finding at
all, not even a warning; the sender is verified, with the receiving server's
authentication passed (not merely "not checked"); and it is the buyer's first message
about the order.  On top of that the autopilot must be on, inside its hours and under
its daily cap at that moment.

**The hold.** A qualifying message gets a hold row in the same transaction as its draft,
so its card is posted at once saying "Sends automatically at 14:32" (the workspace's time
zone) with a *Stop* button.  ``send_at`` is ``now + WISMO_AUTOPILOT_HOLD``, but never
later than the deadline's last warning before the breach (``due_at`` minus the smallest
positive SLA threshold, 1 h by default); the SLA sweep pulls holds forward again as the
deadline nears (:func:`shorten_holds`).

**The send** (:func:`send_due`, the worker's ``autopilot`` job): each due hold is moved out
of ``holding`` by one conditional UPDATE, so of several workers exactly one sends it.  In
that same transaction: the switch must still be on, the hour inside the hours, the card
still undecided, the gate (:func:`~bot.services.verdict.check_reply` on the exact text,
as for a click) must pass with no finding, the recipient must be a relay address, and the
day's count must stay under the cap (``UPDATE ... WHERE sent < cap``).  Then the message is
claimed, the decision audited as ``autopilot`` with no actor ("sent by autopilot") and the
reply queued in the outbox, claimed; after the commit that one reply is sent, as a click
sends its own.  Any "no" ends the hold as ``refused``: the card becomes a normal card and
the channel is told why, in the card's thread.

*Stop* (agents only) and ``off`` (managers only; it ends every hold at once) turn held
cards into normal cards.  An agent's own decision during the hold wins too: the send
finds the card decided and ends the hold as ``cancelled``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.clock import clock_speed
from bot.config import Settings
from bot.db.models import AutopilotHoldRow, MessageRow
from bot.db.uow import SqlUnitOfWork
from bot.domain import (
    AutopilotStatus,
    DecisionKind,
    HoldState,
    InboundMessage,
    Intent,
    MessageKind,
    MessageState,
)
from bot.errors import AlreadyDecided, DecisionError
from bot.jobs.poster import enqueue_card_update
from bot.services.access import AUDIT, Access, Role
from bot.services.claims import claim, record_decision
from bot.services.deciding import DECIDABLE, DecisionResult, count_refusal, current, reply_mail
from bot.services.deps import Deps
from bot.services.outbox import enqueue, recipient_problem, send_claimed
from bot.services.verdict import check_reply
from compliance import Report

__all__ = [
    "AUTOPILOT_NOTE",
    "SENT_BY_AUTOPILOT",
    "Candidate",
    "SendCounts",
    "card_posting",
    "place_hold",
    "qualifies",
    "send_due",
    "shorten_holds",
    "status",
    "stop",
    "switch",
]

log = logging.getLogger(__name__)

SENT_BY_AUTOPILOT = "sent by autopilot"
"""The audit row's outcome of every automatic send."""

AUTOPILOT_NOTE = "autopilot_note"
"""The slack_posts purpose of the thread note saying why a hold was not sent."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """What drafting learned about a message, as the autopilot judges it."""

    message: InboundMessage
    scenario: str
    text: str
    next_step: str
    findings: int  # every finding of the policy check, warnings included
    sender_verified: bool
    authenticated: bool  # the trusted receiving server passed it (not "not checked")
    order_fresh: bool  # Amazon answered just now
    tracking_live: bool  # the chosen parcel's status is the carrier's own
    tracking_fetched_at: datetime | None


@dataclass(frozen=True, slots=True)
class SendCounts:
    sent: int = 0
    refused: int = 0  # the gate, the cap, the hours or the switch said no at the send
    cancelled: int = 0  # decided by an agent meanwhile


def _zone(settings: Settings) -> ZoneInfo:
    return ZoneInfo(settings.time_zone)


def _day(settings: Settings, now: datetime) -> str:
    return now.astimezone(_zone(settings)).date().isoformat()


def _in_hours(settings: Settings, now: datetime) -> bool:
    hours = settings.autopilot_hours
    return hours is None or hours.contains(now.astimezone(_zone(settings)))


def _margin(settings: Settings) -> timedelta:
    """How long before the deadline a hold must have ended: the smallest positive SLA
    threshold (the managers' ping, 1 h by default)."""
    positive = [t for t in settings.sla_thresholds if t > timedelta(0)]
    return min(positive) if positive else timedelta(0)


def hold_until(settings: Settings, *, now: datetime, due_at: datetime) -> datetime:
    """When a hold placed ``now`` sends: after the hold window, but before the deadline's
    last warning (never before ``now``)."""
    return max(min(now + settings.autopilot_hold, due_at - _margin(settings)), now)


def qualifies(settings: Settings, candidate: Candidate, *, now: datetime) -> str | None:
    """None when the message may be sent without a click, else why not (for the log)."""
    message = candidate.message
    if not settings.autopilot_scenarios:
        return "autopilot not configured"
    if message.kind is not MessageKind.BUYER_MESSAGE:
        return "not a buyer message"
    if message.intent is not Intent.WHERE_IS_MY_ORDER:
        return "intent is not where_is_my_order"
    if message.follow_up:
        return "a follow-up"
    if candidate.scenario not in settings.autopilot_scenarios:
        return f"scenario {candidate.scenario or 'none'} is not in WISMO_AUTOPILOT"
    if candidate.next_step != "send_reply" or not candidate.text.strip():
        return "the reply is not ready to send as it is"
    if candidate.findings:
        return "the policy check has findings"
    if not (candidate.sender_verified and candidate.authenticated):
        return "the sender is not verified"
    if not candidate.order_fresh:
        return "the order is not current"
    fetched = candidate.tracking_fetched_at
    if not candidate.tracking_live or fetched is None:
        return "no live carrier status"
    if now - fetched > settings.tracking_fresh_for:
        return "the tracking is not current"
    return None


def place_hold(
    uow: SqlUnitOfWork, settings: Settings, pk: int, *, now: datetime
) -> AutopilotHoldRow | None:
    """Put message ``pk`` (just drafted, qualified) on hold, inside the drafting
    transaction; None when the autopilot is off, outside its hours, at its cap, or this
    is not the buyer's first message about the order."""
    if not is_on(uow, settings):
        return None
    if not _in_hours(settings, now):
        log.info("message %s qualifies, but autopilot hours do not cover now", pk)
        return None
    if uow.autopilot.sent_on(_day(settings, now)) >= settings.autopilot_daily_cap:
        log.info("message %s qualifies, but the autopilot's daily cap is reached", pk)
        return None
    row = uow.messages.get(pk)
    if row is None or not row.order_id or row.kind is not MessageKind.BUYER_MESSAGE:
        return None
    earlier = [
        other
        for other in uow.messages.by_order(row.order_id)
        if other.id != pk and other.kind is MessageKind.BUYER_MESSAGE
    ]
    if earlier:
        return None  # the buyer's second message on this order: a human answers
    return uow.autopilot.add_hold(
        AutopilotHoldRow(
            message_pk=pk,
            state=HoldState.HOLDING,
            send_at=hold_until(settings, now=now, due_at=row.due_at),
            due_at=row.due_at,
            created_at=now,
        )
    )


def card_posting(uow: SqlUnitOfWork, settings: Settings, pk: int, *, now: datetime) -> None:
    """Just before message ``pk``'s card is posted (inside the poster's transaction): a
    hold whose card comes late (Slack down, a busy channel) starts again from now, so the
    card always gives people the whole hold to stop it."""
    hold = uow.autopilot.hold_for(pk)
    if hold is None or hold.state is not HoldState.HOLDING:
        return
    again = hold_until(settings, now=now, due_at=hold.due_at)
    if again > hold.send_at:
        hold.send_at = again


def is_on(uow: SqlUnitOfWork, settings: Settings) -> bool:
    """Configured, and not switched off (a manager's ``/wismo autopilot off``)."""
    if not settings.autopilot_scenarios:
        return False
    row = uow.autopilot.switch()
    return row is None or row.enabled


# -- the send ------------------------------------------------------------------------


def send_due(services: Deps, *, now: datetime, limit: int = 20) -> SendCounts:
    """Send the replies whose hold has run out, each in its own transaction."""
    with services.uow_factory().read_only() as uow:
        due = uow.autopilot.due(now=now, limit=limit)
    sent = refused = cancelled = 0
    for hold_pk in due:
        outcome = _send_one(services, hold_pk, now=now)
        sent += outcome == "sent"
        refused += outcome == "refused"
        cancelled += outcome == "cancelled"
    return SendCounts(sent=sent, refused=refused, cancelled=cancelled)


def _why_undecidable(uow: SqlUnitOfWork, pk: int, row: MessageRow | None) -> str:
    """The true reason a held message can no longer be sent, for the audit trail."""
    if row is None:
        return "the message is gone"
    if row.state is MessageState.SUPERSEDED:
        return "the buyer wrote again during the hold: the newer message is answered instead"
    decided = [d for d in uow.decisions.for_message(pk) if d.actor]
    if decided:
        return "decided by an agent during the hold"
    return f"the message became {row.state.value.replace('_', ' ')} during the hold"


def _send_one(services: Deps, hold_pk: int, *, now: datetime) -> str:
    settings = services.settings
    mailer = services.mailer
    with services.uow_factory() as uow:
        hold = uow.autopilot.get(hold_pk)
        if hold is None or hold.state is not HoldState.HOLDING:
            return ""
        pk = hold.message_pk
        row = uow.messages.get(pk)
        draft = uow.drafts.latest(pk)
        if row is not None and row.state is MessageState.DRAFTED:
            return ""  # its card is not in the channel yet: the hold waits for it
        if row is None or row.state not in DECIDABLE:
            # Decided during the hold (an agent, or the buyer wrote again): that stands.
            if uow.autopilot.end(hold_pk, new=HoldState.CANCELLED, now=now, due_by=now,
                                 reason=_why_undecidable(uow, pk, row)):  # fmt: skip
                uow.commit()
                return "cancelled"
            return ""
        # The reply leaves through the message's own seller account: its server, its From.
        mailer = services.mailer_for(row.account)
        seller = settings.account(row.account)
        text = draft.text if draft is not None else ""
        lang = (draft.lang if draft is not None else None) or row.language
        report = check_reply(text, lang, services.policy)
        reason = _refusal(uow, settings, row.sender_verified, text, report, now=now)
        mail = None
        if reason is None:
            try:
                mail_from = seller.mail_from if seller is not None else ""
                mail = reply_mail(row, text, mail_from=mail_from, policy=services.policy)
            except DecisionError as exc:
                reason = str(exc)
        if reason is None and mail is not None:
            reason = recipient_problem(uow, pk, mail.to)
        if reason is not None or mail is None:
            count_refusal(report)  # the gate at the send
            outcome = _refuse(uow, hold_pk, pk, reason or "no reply", report.to_json(), now=now)
            uow.commit()
            return outcome
        # The one mover of the hold sends; the others find it moved and stop here.
        if not uow.autopilot.end(hold_pk, new=HoldState.SENT, now=now, due_by=now):
            return ""
        if not uow.autopilot.count_send(_day(settings, now), cap=settings.autopilot_daily_cap):
            uow.rollback()
            return _refuse_again(services, hold_pk, "the daily cap is reached", now=now)
        carded = {MessageState.CARDED}  # never before anyone could see the card
        if not claim(uow, pk, expected=carded, new=MessageState.SENDING, actor=None, now=now):
            uow.rollback()
            return ""
        record_decision(
            uow,
            pk,
            kind=DecisionKind.AUTOPILOT,
            actor=None,
            now=now,
            outcome=SENT_BY_AUTOPILOT,
            text=text,
            compliance=report.to_json(),
        )
        outbox_pk = enqueue(uow, pk, mail, now, claimed=mailer is not None)
        with services.unsettled.committing(
            outbox_pk, now, services.uow_factory, claimed=mailer is not None
        ):
            uow.commit()
    AUDIT.info("message %s: reply %s", pk, SENT_BY_AUTOPILOT)
    if mailer is not None:
        speed = clock_speed(services.clock)
        send_claimed(services.uow_factory, mailer, outbox_pk, mail, now=now, speed=speed,
                     unsettled=services.unsettled)  # fmt: skip
    with services.uow_factory() as uow:
        enqueue_card_update(uow, pk, now=now)
        uow.commit()
    return "sent"


def _refusal(
    uow: SqlUnitOfWork,
    settings: Settings,
    sender_verified: bool | None,
    text: str,
    report: Report,
    *,
    now: datetime,
) -> str | None:
    if not is_on(uow, settings):
        return "the autopilot is switched off"
    if not _in_hours(settings, now):
        return "it is outside the autopilot's hours"
    if sender_verified is not True:
        return "the sender is not verified"
    if not text.strip():
        return "there is no reply to send"
    if not report.compliant:
        rules = ", ".join(sorted({f.rule for f in report.blocking}))
        return f"the policy check refused the reply ({rules})"
    if report.findings:
        rules = ", ".join(sorted({f.rule for f in report.findings}))
        return f"the policy check warns about the reply ({rules})"
    if uow.autopilot.sent_on(_day(settings, now)) >= settings.autopilot_daily_cap:
        return "the daily cap is reached"
    return None


def _refuse(
    uow: SqlUnitOfWork,
    hold_pk: int,
    pk: int,
    reason: str,
    verdict: dict[str, object],
    *,
    now: datetime,
) -> str:
    """End the hold as refused, audit it, redraw the card and tell the channel (the
    caller commits)."""
    if not uow.autopilot.end(hold_pk, new=HoldState.REFUSED, now=now, reason=reason, due_by=now):
        return ""
    record_decision(
        uow,
        pk,
        kind=DecisionKind.AUTOPILOT,
        actor=None,
        now=now,
        outcome="not sent by autopilot",
        note=reason,
        compliance=dict(verdict),
    )
    _tell_channel(uow, pk, f"The autopilot did not send this reply: {reason}. "
                  "It is a normal card now: answer it from the card.", now=now)  # fmt: skip
    enqueue_card_update(uow, pk, now=now)
    log.info("message %s: autopilot hold refused at the send: %s", pk, reason)
    return "refused"


def _refuse_again(services: Deps, hold_pk: int, reason: str, *, now: datetime) -> str:
    with services.uow_factory() as uow:
        hold = uow.autopilot.get(hold_pk)
        if hold is None:
            return ""
        outcome = _refuse(uow, hold_pk, hold.message_pk, reason, {}, now=now)
        uow.commit()
        return outcome


def _tell_channel(uow: SqlUnitOfWork, pk: int, text: str, *, now: datetime) -> None:
    """A note in the card's thread, also shown in the channel (through the paced poster)."""
    row = uow.messages.get(pk)
    if row is None or not row.slack_channel or not row.slack_ts:
        return  # no card yet: the card itself will show it
    uow.slack_posts.enqueue(
        dedupe_key=f"{AUTOPILOT_NOTE}:{pk}:{row.version}",
        purpose=AUTOPILOT_NOTE,
        channel=row.slack_channel,
        priority_at=now,
        now=now,
        message_pk=pk,
        payload={
            "text": f":robot_face: {text}",
            "thread_ts": row.slack_ts,
            "reply_broadcast": True,
        },
    )


# -- the sweep -----------------------------------------------------------------------


def shorten_holds(services: Deps, *, now: datetime) -> int:
    """The SLA sweep's part: holds that would outlast the deadline's last warning send
    earlier; their cards are redrawn with the new time.  How many moved."""
    with services.uow_factory() as uow:
        moved = uow.autopilot.shorten(margin=_margin(services.settings), now=now)
        for pk in moved:
            enqueue_card_update(uow, pk, now=now)
        uow.commit()
    return len(moved)


# -- people ----------------------------------------------------------------------------


def stop(services: Deps, pk: int, *, access: Access, actor: str, now: datetime) -> DecisionResult:
    """An agent's *Stop*: the held card becomes a normal card (audited)."""
    access.require(actor, Role.DECIDE, what="stop autopilot", subject=pk)
    with services.uow_factory() as uow:
        hold = uow.autopilot.hold_for(pk)
        if hold is None:
            raise DecisionError("this card is not on hold for the autopilot")
        if not uow.autopilot.end(hold.id, new=HoldState.STOPPED, now=now, by=actor,
                                 reason="stopped by an agent"):  # fmt: skip
            raise AlreadyDecided(None, f"the autopilot hold is {hold.state.value}")
        record_decision(uow, pk, kind=DecisionKind.STOP_AUTOPILOT, actor=actor, now=now,
                        outcome="autopilot stopped")  # fmt: skip
        uow.commit()
    AUDIT.info("message %s: autopilot stopped by %s", pk, actor)
    return DecisionResult(current(services, pk))


def switch(
    services: Deps, on: bool, *, access: Access, actor: str, now: datetime
) -> AutopilotStatus:
    """``/wismo autopilot on|off`` (managers only).  ``off`` also ends every hold at once:
    their cards are redrawn as normal cards."""
    access.require(actor, Role.MANAGE, what=f"/wismo autopilot {'on' if on else 'off'}")
    settings = services.settings
    if on and not settings.autopilot_scenarios:
        raise DecisionError(
            "WISMO_AUTOPILOT lists no scenario, so there is nothing to switch on: set it "
            "(e.g. in_transit,out_for_delivery,delivered) and restart the bot"
        )
    with services.uow_factory() as uow:
        uow.autopilot.set_switch(on, by=actor, now=now)
        ended: list[int] = []
        if not on:
            for hold in uow.autopilot.holding():
                if uow.autopilot.end(hold.id, new=HoldState.CANCELLED, now=now, by=actor,
                                     reason="autopilot switched off"):  # fmt: skip
                    ended.append(hold.message_pk)
        for pk in ended:
            enqueue_card_update(uow, pk, now=now)
        uow.commit()
    AUDIT.info("autopilot switched %s by %s (%d hold(s) ended)", "on" if on else "off", actor,
               len(ended))  # fmt: skip
    return status(services, access=access, actor=actor, now=now)


def status(services: Deps, *, access: Access, actor: str, now: datetime) -> AutopilotStatus:
    """``/wismo autopilot status`` (managers only)."""
    access.require(actor, Role.MANAGE, what="/wismo autopilot status")
    settings = services.settings
    with services.uow_factory().read_only() as uow:
        row = uow.autopilot.switch()
        on = is_on(uow, settings)
        holding = len(uow.autopilot.holding())
        sent_today = uow.autopilot.sent_on(_day(settings, now))
    hours = settings.autopilot_hours
    return AutopilotStatus(
        scenarios=settings.autopilot_scenarios,
        on=on,
        changed_by=row.changed_by if row is not None else None,
        changed_at=row.changed_at if row is not None else None,
        holding=holding,
        sent_today=sent_today,
        daily_cap=settings.autopilot_daily_cap,
        hold=settings.autopilot_hold,
        hours=hours.text if hours is not None else "",
        time_zone=settings.time_zone,
        in_hours_now=_in_hours(settings, now),
    )
