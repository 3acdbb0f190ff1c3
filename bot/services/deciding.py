"""What an agent's decision on a card does: approve, send an edit, reject, mark answered.

Every use case claims the message with one conditional UPDATE first
(:func:`~bot.services.claims.claim_or_raise`), so however many clicks arrive exactly
one decision wins and the others get :class:`~bot.errors.AlreadyDecided` naming the
winner.  Sending re-runs the policy check on the exact text that goes out; a refusal
undoes the claim (the card stays open for an edit) and is kept in the audit log.  The
reply is written to the outbox in the same transaction as the claim and the audit row,
already claimed for sending, and then that one reply is sent; a mail server that is down
leaves it queued for the worker, which alone sends whatever else is due.

Every use case here checks first that the deciding user is an agent
(:meth:`~bot.services.access.Access.require` with :attr:`~bot.services.access.Role.DECIDE`,
the one check every surface uses), so no listener authorises anything itself.

Nothing here knows Slack: listeners call these with the clicking user's id and render
the returned :class:`~bot.domain.Conversation`.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import make_msgid, parseaddr

from bot import metrics
from bot.clock import clock_speed
from bot.db.models import DecisionRow, FileRow, MessageRow, OutboxRow, OutboxState
from bot.db.uow import SqlUnitOfWork
from bot.domain import (
    CLAIM_KINDS,
    MAX_REPLY_CHARS,
    Conversation,
    DecisionKind,
    MessageState,
    OutgoingFile,
    OutgoingMail,
    RejectReason,
    SystemKind,
)
from bot.errors import (
    AlreadyDecided,
    ComplianceBlocked,
    DatabaseUnavailable,
    DecisionError,
    MessageGone,
    RejectionIncomplete,
    ReplyTooLong,
)
from bot.mail.system_mail import amazon_cs_problem
from bot.services.access import AUDIT, Access, Role
from bot.services.claims import claim_or_raise, record_decision
from bot.services.conversations import conversation_of, load_conversation, with_message_row
from bot.services.deps import Deps
from bot.services.disputes import with_evidence
from bot.services.outbox import (
    enqueue,
    rearm,
    reply_refusal,
    resolve_stuck,
    send_claimed,
    send_one,
)
from bot.services.reply_files import vet_files
from bot.services.verdict import check_reply
from compliance import Policy, Report, check

__all__ = [
    "DECIDABLE",
    "REJECT_STATES",
    "DecisionResult",
    "approve",
    "authorise",
    "check_edit",
    "check_rejection",
    "check_reply",
    "count_refusal",
    "current",
    "editable",
    "mark_answered",
    "no_response_needed",
    "reject",
    "rejection",
    "reply_mail",
    "require_sendable_length",
    "require_verified_sender",
    "resendable",
    "resolve_in_doubt",
    "send_again",
    "submit_edit",
]

log = logging.getLogger(__name__)

DECIDABLE = frozenset({MessageState.DRAFTED, MessageState.CARDED})
"""States a card's Approve / Edit / Reject may move a message out of."""

REJECT_STATES: dict[RejectReason, MessageState] = {
    RejectReason.HANDLE_MANUALLY: MessageState.MANUAL,  # deadline keeps running
    RejectReason.NO_RESPONSE_NEEDED: MessageState.NO_RESPONSE,  # clock stopped
    RejectReason.SPAM: MessageState.SPAM,
    # "Other" still needs somebody to close it, so the deadline keeps running.
    RejectReason.OTHER: MessageState.MANUAL,
}


SENDER_NOT_VERIFIED = (
    "sender not verified: answer from Seller Central (Orders > the order > Contact buyer), "
    "then press 'Answered in Seller Central' on the card. The bot sends nothing for a mail "
    "whose sender it could not verify: a reply could reach whoever forged it"
)
"""Why no reply of any kind (Approve, Edit, Send again) is sent for an unverified sender."""


def require_verified_sender(row: MessageRow) -> None:
    """Raise :class:`~bot.errors.DecisionError` (:data:`SENDER_NOT_VERIFIED`) when the
    message's sender failed the checks of :mod:`bot.mail.sender`.

    Every reply path ends here before anything is queued: the card offers no button that
    sends, and a click from an old card or a hand-made payload is refused all the same.
    A reply to the relay alias of such a mail would go wherever the forger pointed it (a
    ``+suffix`` of the buyer's alias, another buyer's alias in ``Reply-To``), so there
    is no "safe" address to write to: Seller Central's own messaging reaches the buyer.
    """
    if row.sender_verified is False:
        raise DecisionError(SENDER_NOT_VERIFIED)


RECORDED_AFTER_OUTAGE = (
    "Your decision is saved. The bot's database went away while the reply was being sent: "
    "the card shows what became of it (sent, in doubt for you to check, or queued again) "
    "as soon as the database is back; no need to click again."
)


@dataclass(frozen=True, slots=True)
class DecisionResult:
    conversation: Conversation  # as it stands now: what the card shows
    notice: str = ""  # one line for the deciding agent only ("" when the card says it all)


def reply_subject(row: MessageRow, policy: Policy) -> str:
    """``Re:`` and the buyer's subject, or ``Re: Your order <id>`` when the buyer's subject
    would not pass the send-time check (an address, link or phone in it): the buyer writes
    the subject, and our reply must not carry what we may not send, nor be blocked by it.
    The thread is kept by ``In-Reply-To`` and ``References`` either way."""
    subject = _capped(" ".join((row.subject or "").split()))
    if not subject.lower().startswith("re:"):
        subject = f"Re: {subject}".strip()
    if subject != "Re:" and check(subject, policy=policy).compliant:
        return subject
    return f"Re: Your order {row.order_id}" if row.order_id else "Re: Your message"


# The longest buyer subject echoed: Amazon's own subjects ("Order delivery inquiry from
# Amazon customer ... (Order: ...)") stay well under it; a 3,000-character one went out
# folded over 46 header lines (adversary 16, L3).
SUBJECT_MAX_CHARS = 150


def _capped(subject: str) -> str:
    """``subject`` cut to :data:`SUBJECT_MAX_CHARS` with an ellipsis, at the last space
    before the limit (mid-word only when one word is longer than half the limit)."""
    if len(subject) <= SUBJECT_MAX_CHARS:
        return subject
    cut = subject[: SUBJECT_MAX_CHARS - 1]
    space = cut.rfind(" ")
    if space >= SUBJECT_MAX_CHARS // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


def _closing_button(state: MessageState) -> str:
    """The button that closes a card the bot cannot answer, as the card in ``state`` shows
    it (bot.slack.blocks): a card set aside for a human (mail not from a known relay,
    unreadable, a failed send) offers only *Mark answered*; an open one, *Reject*.  A
    refusal names the button the agent can press (adversary 16, L2: it named "handle
    manually", which such a card does not offer)."""
    if state in {MessageState.MANUAL, MessageState.FAILED, MessageState.MALFORMED}:
        return "Mark answered"
    return "Reject"


def reply_mail(
    row: MessageRow, text: str, *, mail_from: str, policy: Policy | None = None
) -> OutgoingMail:
    """The reply on the buyer's thread: to the relay alias with its ``+case`` suffix kept;
    to Amazon customer service, the allow-listed address its mail asked to be answered at."""
    if row.system_kind is SystemKind.AMAZON_CS_CONTACT:
        to = row.reply_to or ""
        problem = amazon_cs_problem(to) if to else "the mail names no address to answer"
        if problem is not None:
            raise DecisionError(
                f"this Amazon customer-service mail cannot be answered by mail ({problem}): "
                "answer it in Seller Central"
            )
    else:
        alias = row.buyer_alias or ""
        local, _, domain = alias.partition("@")
        if not local or not domain:
            raise DecisionError(
                "this mail carries no buyer relay address to answer: answer it in Seller "
                f"Central, then press '{_closing_button(row.state)}' on the card"
            )
        to = f"{local}+{row.alias_case}@{domain}" if row.alias_case else alias
    subject = reply_subject(row, policy or Policy())
    # A Message-ID we synthesised for a mail without one is not on Amazon's thread.
    parent = None if row.message_id.endswith("@wismo.invalid>") else row.message_id
    our_domain = parseaddr(mail_from)[1].partition("@")[2] or "wismo.invalid"
    return OutgoingMail(
        to=to,
        subject=subject,
        body=text,
        message_id=make_msgid(idstring=f"wismo.{row.id}", domain=our_domain),
        in_reply_to=parent,
        references=(parent,) if parent else (),
    )


def authorise(access: Access, pk: int, *, actor: str, what: str) -> None:
    """Raise :class:`~bot.errors.NotAuthorised` (audited) unless ``actor`` may decide on
    message ``pk``; ``what`` names the attempt (``approve``, ``reject``)."""
    access.require(actor, Role.DECIDE, what=what, subject=pk)


def approve(
    services: Deps, pk: int, *, access: Access, actor: str, now: datetime
) -> DecisionResult:
    """Send the latest draft exactly as it stands."""
    authorise(access, pk, actor=actor, what="approve")
    return _send(services, pk, None, kind=DecisionKind.APPROVE, actor=actor, now=now)


def check_edit(
    services: Deps, pk: int, text: str, lang: str | None, *, access: Access, actor: str
) -> Report:
    """What the edit form checks before it is accepted: that ``actor`` may decide, then
    the length (:class:`~bot.errors.ReplyTooLong`), then the policy verdict on ``text``
    (the caller shows its findings under the input)."""
    authorise(access, pk, actor=actor, what="edit")
    with services.uow_factory().read_only() as uow:
        row = uow.messages.get(pk)
        if row is None:
            raise MessageGone(pk)
        require_verified_sender(row)
    require_sendable_length(text)
    report = check_reply(text, lang, services.policy)
    if not report.compliant:
        count_refusal(report)  # the form refuses to send it
    return report


def count_refusal(report: Report) -> None:
    """``wismo_gate_refusals{rule}``: one per rule that blocked a reply at sending."""
    metrics.get().count_gate_refusal(f.rule for f in report.blocking)


def require_sendable_length(text: str) -> None:
    """Raise :class:`~bot.errors.ReplyTooLong` for a reply longer than any that is sent."""
    if len(text) > MAX_REPLY_CHARS:
        raise ReplyTooLong(len(text), MAX_REPLY_CHARS)


def submit_edit(
    services: Deps,
    pk: int,
    text: str,
    *,
    access: Access,
    actor: str,
    now: datetime,
    scenario: str | None = None,
    files: Sequence[OutgoingFile] = (),
) -> DecisionResult:
    """Send the agent's own text; it becomes a new draft version by that agent.

    ``scenario`` is the template the agent switched to in the modal, if they did.
    ``files`` go with it as MIME parts (vetted by :func:`bot.services.reply_files.vet_files`;
    checked again here)."""
    authorise(access, pk, actor=actor, what="edit")
    if not text.strip():
        raise DecisionError("the reply is empty: write something before sending")
    return _send(
        services,
        pk,
        text,
        kind=DecisionKind.EDIT,
        actor=actor,
        now=now,
        scenario=scenario,
        files=files,
    )


def send_again(
    services: Deps,
    pk: int,
    text: str,
    *,
    access: Access,
    actor: str,
    now: datetime,
    files: Sequence[OutgoingFile] = (),
) -> DecisionResult:
    """Send the agent's (edited) reply once more after it failed: refused by the mail
    server, or not delivered by Amazon.  The same gate as any reply; one resend wins."""
    authorise(access, pk, actor=actor, what="send again")
    if not text.strip():
        raise DecisionError("the reply is empty: write something before sending")
    return _send(
        services, pk, text, kind=DecisionKind.RESEND, actor=actor, now=now, again=True, files=files
    )


def resendable(services: Deps, pk: int, *, access: Access, actor: str) -> Conversation:
    """The conversation whose failed reply an agent is about to edit and send again."""
    authorise(access, pk, actor=actor, what="send again")
    conv = current(services, pk)
    if conv.state is not MessageState.FAILED or not conv.message.answerable:
        raise AlreadyDecided(conv.decision.actor if conv.decision else None, conv.state.value)
    if conv.sender_not_verified:
        raise DecisionError(SENDER_NOT_VERIFIED)
    return conv


def rejection(reason: str, note: str) -> RejectReason:
    """The reason of a rejection form, checked: raises :class:`RejectionIncomplete`
    naming the field to fill in (no reason chosen, or "Other" without a note)."""
    try:
        chosen = RejectReason(reason)
    except ValueError:
        raise RejectionIncomplete("reason", "Choose a reason.") from None
    if chosen is RejectReason.OTHER and not note.strip():
        raise RejectionIncomplete("note", "Say why in the note (required for Other).")
    return chosen


def check_rejection(access: Access, pk: int, reason: str, note: str, *, actor: str) -> RejectReason:
    """What the reject form checks before it is accepted: that ``actor`` may decide, then
    :func:`rejection`."""
    authorise(access, pk, actor=actor, what="reject")
    return rejection(reason, note)


def editable(services: Deps, pk: int, *, access: Access, actor: str) -> Conversation:
    """The conversation an agent is about to edit; :class:`AlreadyDecided` once it is not
    open to a decision any more (the one place that rule is applied before a claim)."""
    authorise(access, pk, actor=actor, what="edit")
    conv = current(services, pk)
    if conv.state not in DECIDABLE:
        raise AlreadyDecided(conv.decision.actor if conv.decision else None, conv.state.value)
    if conv.sender_not_verified:
        raise DecisionError(SENDER_NOT_VERIFIED)
    return conv


def reject(
    services: Deps,
    pk: int,
    reason: RejectReason,
    *,
    note: str = "",
    access: Access,
    actor: str,
    now: datetime,
) -> DecisionResult:
    authorise(access, pk, actor=actor, what="reject")
    reason = rejection(reason.value, note)
    note = note.strip()
    new = REJECT_STATES[reason]
    with services.uow_factory() as uow:
        # Held through the claim, whose UPDATE ... RETURNING refreshes it: the card below
        # is built from it and the audit row, without reading either again.
        row = uow.messages.get(pk)
        claim_or_raise(uow, pk, expected=DECIDABLE, new=new, actor=actor, now=now)
        decision = record_decision(
            uow,
            pk,
            kind=DecisionKind.REJECT,
            actor=actor,
            now=now,
            reason=reason,
            outcome=new.value,
            note=note or None,
        )
        uow.commit()
    assert row is not None  # the claim found it
    notice = ""
    if new is MessageState.NO_RESPONSE:
        notice = (
            "Also mark the message 'No response needed' in Seller Central (or use the "
            "button on the card): until then Amazon counts it as unanswered."
        )
    elif new is MessageState.MANUAL:
        notice = (
            "Answer the buyer in Seller Central, then press 'Mark answered' on the card. "
            "The 24-hour deadline keeps running until then."
        )
    return DecisionResult(_card_after(services, row, decision), notice)


def no_response_needed(
    services: Deps, pk: int, *, access: Access, actor: str, now: datetime
) -> DecisionResult:
    """The card's *No response needed* button: the agent decides nothing needs answering.

    Recorded like the rejection of that reason (who, when, in the audit log), it stops the
    clock, so no ping follows.  The button also opens Amazon's page for the message when
    the mail carried one, where Amazon's own clock is stopped; without it the agent is
    told to mark it in Seller Central.  A later message from the buyer opens the
    conversation again (:mod:`bot.services.ingest`).
    """
    authorise(access, pk, actor=actor, what="no response needed")
    with services.uow_factory() as uow:
        claim_or_raise(uow, pk, expected=DECIDABLE, new=MessageState.NO_RESPONSE, actor=actor,
                       now=now)  # fmt: skip
        record_decision(
            uow,
            pk,
            kind=DecisionKind.REJECT,
            actor=actor,
            now=now,
            reason=RejectReason.NO_RESPONSE_NEEDED,
            outcome=MessageState.NO_RESPONSE.value,
        )
        row = uow.messages.get(pk)
        linked = row is not None and bool(row.no_response_url)
        uow.commit()
    AUDIT.info("message %s: no response needed, decided by %s", pk, actor)
    notice = "" if linked else (
        "Also mark the message 'No response needed' in Seller Central: until then Amazon "
        "counts it as unanswered."
    )  # fmt: skip
    return DecisionResult(current(services, pk), notice)


def mark_answered(
    services: Deps, pk: int, *, access: Access, actor: str, now: datetime
) -> DecisionResult:
    """The agent answered outside the bot (after 'handle manually' or a failed send)."""
    authorise(access, pk, actor=actor, what="mark answered")
    with services.uow_factory() as uow:
        row = uow.messages.get(pk)
        # An unreadable mail is looked at in the mailbox and answered in Seller Central.
        expected = {MessageState.MANUAL, MessageState.FAILED, MessageState.MALFORMED}
        if row is not None and (row.system_kind in CLAIM_KINDS or row.sender_verified is False):
            # A claim, and a mail whose sender is not verified, are answered in Seller
            # Central, straight from their card.
            expected |= DECIDABLE
        claim_or_raise(
            uow,
            pk,
            expected=expected,
            new=MessageState.ANSWERED,
            actor=actor,
            now=now,
        )
        record_decision(
            uow, pk, kind=DecisionKind.MARK_ANSWERED, actor=actor, now=now, outcome="answered"
        )
        uow.commit()
    return DecisionResult(current(services, pk))


def current(services: Deps, pk: int) -> Conversation:
    """The conversation as a card shows it, with what became of the reply in the outbox."""
    with services.uow_factory().read_only() as uow:
        return _card(uow, services, pk)


def _card_after(services: Deps, row: MessageRow, decision: DecisionRow) -> Conversation:
    """:func:`current` after a decision whose committed transaction wrote the message
    ``row`` (as its claim returned it) and the audit row ``decision``: reads the rest."""
    with services.uow_factory().read_only() as uow:
        order_row = uow.orders.get(row.order_id) if row.order_id else None
        conv = conversation_of(
            uow,
            row,
            order_row=order_row,
            draft_row=uow.drafts.latest(row.id),
            decision_row=decision,
            policy=services.policy,
        )
        return _with_outcome(services, with_evidence(uow, conv), uow.outbox.for_message(row.id))


def _card(uow: SqlUnitOfWork, services: Deps, pk: int) -> Conversation:
    """:func:`current`, inside the caller's unit of work."""
    conv = with_evidence(uow, load_conversation(uow, pk, policy=services.policy))
    return _with_outcome(services, conv, uow.outbox.for_message(pk))


def _with_outcome(services: Deps, conv: Conversation, outbox: OutboxRow | None) -> Conversation:
    """The card's conversation with what became of its reply in the outbox (``outbox``)."""
    outcome = ""
    if outbox is not None:
        if outbox.state is OutboxState.FAILED:
            outcome = outbox.last_error or "the mail server refused the reply"
        elif outbox.state is OutboxState.STUCK:
            outcome = (
                "the mail server did not confirm it in time: look for Message-ID "
                f"{outbox.mail_message_id} in the sent folder"
            )
            return dataclasses.replace(
                conv,
                outcome=outcome,
                send_in_doubt=True,
                time_zone=services.settings.time_zone,
            )
        elif outbox.state is OutboxState.PENDING and outbox.last_error:
            outcome = f"not sent yet, retrying: {outbox.last_error}"
        elif outbox.state is OutboxState.PENDING and services.mailer_for(conv.account) is None:
            outcome = "SMTP_URL is not set: the reply waits in the outbox"
    return dataclasses.replace(conv, outcome=outcome, time_zone=services.settings.time_zone)


def resolve_in_doubt(
    services: Deps, pk: int, *, was_sent: bool, access: Access, actor: str, now: datetime
) -> DecisionResult:
    """An agent checked the sent folder for a reply in doubt: "it was sent" answers the
    message; "send again" queues it once more and sends it now (the buyer may get it
    twice, which the button said before it was pressed).  Audited either way.

    "Send again" on a reply flagged in doubt by its timeout raises :class:`ResendTooSoon`
    for :data:`~bot.services.outbox.RESEND_GRACE`: the process that sent it may still
    record "sent" (the database was away), and then the buyer must not get it twice."""
    authorise(access, pk, actor=actor, what="it was sent" if was_sent else "send again")
    with services.uow_factory() as uow:
        row = uow.outbox.for_message(pk)
        if row is None:
            # An old card's button, or a reply that never reached the outbox: nothing is
            # in doubt, and the message is still there (not "purged or deleted").
            raise DecisionError(
                "no reply of this message is waiting in the outbox, so nothing is in doubt: "
                "the card shows where the message stands"
            )
        outbox_pk, mailer = row.id, services.mailer_for(row.account)
        if row.state is not OutboxState.STUCK:
            raise AlreadyDecided(row.resolved_by, f"the reply is {row.state.value}")
        if not resolve_stuck(uow, outbox_pk, was_sent=was_sent, actor=actor, now=now):
            raise AlreadyDecided(None, "someone resolved it a moment ago")
        uow.commit()
    notice = ""
    if not was_sent:
        if mailer is not None:
            # This reply only: the worker sends any other due one.
            send_one(services.uow_factory, mailer, outbox_pk, now=now,
                     speed=clock_speed(services.clock),
                     unsettled=services.unsettled)  # fmt: skip
        else:
            notice = "SMTP_URL is not set, so the reply waits in the outbox until mail is set up."
    return DecisionResult(current(services, pk), notice)


# -- sending ---------------------------------------------------------------------------


def _send(
    services: Deps,
    pk: int,
    edited: str | None,
    *,
    kind: DecisionKind,
    actor: str,
    now: datetime,
    again: bool = False,
    scenario: str | None = None,
    files: Sequence[OutgoingFile] = (),
) -> DecisionResult:
    """One transaction (claim, audit row, outbox row), then the send of that one reply.

    ``edited`` is the agent's text; None approves the latest draft as it stands.
    ``again``: the message's reply failed and this is its one resend.
    """
    expected = {MessageState.FAILED} if again else DECIDABLE
    if files:
        # The gate at the moment of sending holds for the files too: type by content,
        # the 10 MB in all, every name through the policy check.
        vetted = vet_files([(f.filename, f.data) for f in files], lang=None, policy=services.policy)
        if not vetted.ok:
            raise ComplianceBlocked(list(vetted.problems))
        files = vetted.files
    with services.uow_factory() as uow:
        row = uow.messages.get(pk)
        if row is None:
            raise MessageGone(pk)
        # The card offers no sending button then; a click from an old card or a forged
        # payload ends here, before anything is claimed or queued.
        require_verified_sender(row)
        # The reply leaves through the message's own seller account: its server, its From.
        mailer = services.mailer_for(row.account)
        account = services.settings.account(row.account)
        draft = uow.drafts.latest(pk)
        if edited is None:
            text = draft.text if draft is not None else ""
            lang = (draft.lang if draft is not None else None) or row.language
            if not text.strip():
                raise DecisionError(
                    "there is no suggested reply to approve: press Edit and write one"
                )
        else:
            text, lang = edited, row.language
        require_sendable_length(text)
        report = check_reply(text, lang, services.policy)
        if not report.compliant:
            if row.state not in expected:
                raise AlreadyDecided(row.state_changed_by, row.state.value)
            # Nothing is claimed: the card stays open for an edit; the refusal is audited.
            _record_refusal(uow, pk, kind, report, actor=actor, now=now)
            uow.commit()
            raise ComplianceBlocked(
                [f.message + f" ({f.rule}: {f.excerpt!r})" for f in report.blocking]
            )
        mail_from = account.mail_from if account is not None else ""
        mail = reply_mail(row, text, mail_from=mail_from, policy=services.policy)
        # Read once, here: the recipient check and the card below use this row.
        order_row = uow.orders.get(row.order_id) if row.order_id else None
        refused = reply_refusal(row, mail.to, order_row)
        if refused is not None:
            raise DecisionError(refused)
        mail = dataclasses.replace(mail, attachments=tuple(files))
        claim_or_raise(uow, pk, expected=expected, new=MessageState.SENDING, actor=actor, now=now)
        if edited is not None:
            # Stored with the outbox row, in its transaction: a retry sends the same parts.
            uow.files.replace_out(pk, [_file_row(pk, n, f, now) for n, f in enumerate(files)])
        if kind in {DecisionKind.EDIT, DecisionKind.RESEND}:
            draft = uow.drafts.add_version(
                pk,
                text,
                now=now,
                scenario=scenario or (draft.scenario if draft is not None else None),
                lang=lang,
                compliance=report.to_json(),
                created_by=actor,
            )
        decision = record_decision(
            uow,
            pk,
            kind=kind,
            actor=actor,
            now=now,
            outcome="queued again" if again else "queued",
            text=text,
            compliance=report.to_json(),
        )
        queue = rearm if again else enqueue
        outbox_pk = queue(uow, pk, mail, now, claimed=mailer is not None)
        # The card as it stands now, from the rows this transaction holds: the message
        # as the claim returned it, the draft sent, the audit row and the outbox row just
        # written (none of them read again).  Without a mailer nothing happens to the
        # reply after the commit: this is the card to show (no second read).
        queued = conversation_of(
            uow,
            row,
            order_row=order_row,
            draft_row=draft,
            decision_row=decision,
            policy=services.policy,
        )
        if mailer is None:
            queued = _with_outcome(services, with_evidence(uow, queued), uow.outbox.get(outbox_pk))
        with services.unsettled.committing(
            outbox_pk, now, services.uow_factory, claimed=mailer is not None
        ):
            uow.commit()
    # The decision is recorded and the reply queued: from here on an outage delays the
    # reply, it never undoes or repeats the decision.
    notice = ""
    try:
        if mailer is not None:
            # This reply only: the worker sends any other due one.  On a trial's fast
            # clock the back-off and send timeout stay real, as in the worker.
            speed = clock_speed(services.clock)
            send_claimed(services.uow_factory, mailer, outbox_pk, mail, now=now, speed=speed,
                         unsettled=services.unsettled)  # fmt: skip
            conv = _after_send(services, pk, queued)
        else:
            notice = "SMTP_URL is not set, so the reply waits in the outbox until mail is set up."
            conv = queued
    except DatabaseUnavailable:
        # Whatever happened at the mail server waits in ``services.unsettled`` and is
        # recorded (sent, in doubt, or released for the worker) once the database is back.
        log.warning("message %s: the database went away while its reply was sent", pk)
        return DecisionResult(queued, RECORDED_AFTER_OUTAGE)
    if conv.state is MessageState.FAILED:
        notice = f"The reply was not sent: {conv.outcome}. Answer in Seller Central."
    return DecisionResult(conv, notice)


def _after_send(services: Deps, pk: int, queued: Conversation) -> Conversation:
    """The card once the reply was sent (or not): the send changed the message row and the
    outbox row only, so those two are read again and the rest is ``queued``, the card the
    click's transaction built from what it read and wrote."""
    with services.uow_factory().read_only() as uow:
        row = uow.messages.get(pk)
        if row is None:
            raise MessageGone(pk)
        conv = with_evidence(uow, with_message_row(queued, row))
        return _with_outcome(services, conv, uow.outbox.for_message(pk))


def _file_row(pk: int, position: int, file: OutgoingFile, now: datetime) -> FileRow:
    return FileRow(
        message_pk=pk,
        direction="out",
        position=position,
        filename=file.filename,
        content_type=file.content_type,
        size=len(file.data),
        data=file.data,
        created_at=now,
    )


def _record_refusal(
    uow: SqlUnitOfWork,
    pk: int,
    kind: DecisionKind,
    report: Report,
    *,
    actor: str,
    now: datetime,
) -> None:
    record_decision(
        uow,
        pk,
        kind=kind,
        actor=actor,
        now=now,
        outcome="refused by the policy check",
        text=report.text,
        note=report.reason(),
        compliance=report.to_json(),
    )
    log.info("message %s: %s by %s refused by the policy check", pk, kind.value, actor)
    count_refusal(report)
