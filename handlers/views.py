"""Modal submissions: the edited reply and the rejection.

The decision service's form checks (:func:`~bot.services.deciding.check_edit`,
:func:`~bot.services.deciding.check_rejection`: authorisation, then the policy check or
the reason) run *before* the ack, because only the ack of a ``view_submission`` can put
an error under an input; both are fast (no Slack call for user ids, a cached list for
user groups).  Sending happens after the ack.
"""

from __future__ import annotations

import json
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.domain import OutgoingFile
from bot.errors import (
    DatabaseUnavailable,
    DecisionError,
    NotAuthorised,
    RejectionIncomplete,
)
from bot.printable import printable_text
from bot.services import deciding, redraft, reply_files
from bot.slack.blocks import reply_block_id
from bot.slack.files import fetch_files
from bot.slack.ids import ActionId, BlockId, CallbackId
from compliance import Report
from handlers.context import Wismo, wismo
from handlers.responses import guarded, show_result, user_text

__all__ = ["register", "submit_edit", "submit_reject", "submit_send_again", "submit_ship_date"]

_ERROR_LIMIT = 1500


EMPTY_REPLY = "The reply is empty: write the reply before sending."


def register(app: App) -> None:
    app.view(CallbackId.EDIT_REPLY)(guarded(submit_edit))
    app.view(CallbackId.SEND_AGAIN)(guarded(submit_send_again))
    app.view(CallbackId.REJECT)(guarded(submit_reject))
    app.view(CallbackId.SHIP_DATE)(guarded(submit_ship_date))


def _meta(view: dict[str, Any]) -> dict[str, Any]:
    meta = json.loads(view.get("private_metadata") or "{}")
    return meta if isinstance(meta, dict) else {}


def _errors_text(report: Report) -> str:
    lines = [f"{f.rule}: {f.message} ({f.excerpt!r})" for f in report.blocking]
    text = "Not sent, fix this first: " + "; ".join(lines)
    return text[:_ERROR_LIMIT]


def submit_edit(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient,
                context: BoltContext) -> None:  # fmt: skip
    _submit_reply(ack, body, view, client, context, again=False)


def submit_send_again(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient,
                      context: BoltContext) -> None:  # fmt: skip
    _submit_reply(ack, body, view, client, context, again=True)


def _submit_reply(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient,
                  context: BoltContext, *, again: bool) -> None:  # fmt: skip
    w = wismo(context)
    user = body["user"]["id"]
    meta = _meta(view)
    pk = int(meta["pk"])
    box = reply_block_id(view)  # another block id once the agent switched the template
    # An empty or missing value is refused, never filled in with the stored draft: that
    # would send a text the agent did not submit, audited as their edit.
    value = view["state"]["values"].get(box, {}).get(ActionId.REPLY_TEXT, {}).get("value")
    value = printable_text(
        value if isinstance(value, str) else ""
    )  # stored and mailed: no NUL or other control characters
    try:
        report = deciding.check_edit(
            w.services, pk, value, meta.get("lang"), access=w.access, actor=user
        )
    except (DecisionError, DatabaseUnavailable) as exc:
        # Not an agent, too long, a sender that is not verified, or the database away
        # (the sender check reads it): said under the input, the form stays open.
        ack(response_action="errors", errors={box: user_text(exc)[:_ERROR_LIMIT]})
        return
    if not report.compliant:
        ack(response_action="errors", errors={box: _errors_text(report)})
        return
    if not value.strip():
        ack(response_action="errors", errors={box: EMPTY_REPLY})
        return
    files, problem = _attached(client, w, view, meta.get("lang"))
    if problem:
        ack(response_action="errors", errors={BlockId.REPLY_FILES: problem[:_ERROR_LIMIT]})
        return
    ack()
    if again:
        result = deciding.send_again(w.services, pk, value, access=w.access, actor=user,
                                     now=w.now(), files=files)  # fmt: skip
    else:
        scenario = meta.get("scenario") if isinstance(meta.get("scenario"), str) else None
        result = deciding.submit_edit(w.services, pk, value, access=w.access, actor=user,
                                      now=w.now(), scenario=scenario, files=files)  # fmt: skip
    show_result(client, w, result, user=user)


def _attached(
    client: WebClient, w: Wismo, view: dict[str, Any], lang: Any
) -> tuple[tuple[OutgoingFile, ...], str]:
    """The files picked in the modal, fetched and vetted; or why they cannot go."""
    state = view["state"]["values"].get(BlockId.REPLY_FILES, {}).get(ActionId.REPLY_FILES) or {}
    picked = [f for f in state.get("files") or [] if isinstance(f, dict)]
    if not picked:
        return (), ""
    too_big = reply_files.precheck_sizes([int(f.get("size") or 0) for f in picked])
    if too_big:
        return (), too_big
    given, problems = fetch_files(client, picked, limit=reply_files.TOTAL_LIMIT)
    if problems:
        return (), "; ".join(problems)
    vetted = reply_files.vet_files(
        given, lang=lang if isinstance(lang, str) else None, policy=w.services.policy
    )
    return vetted.files, "; ".join(vetted.problems)


def submit_reject(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient,
                  context: BoltContext) -> None:  # fmt: skip
    w = wismo(context)
    user = body["user"]["id"]
    pk = int(_meta(view)["pk"])
    values = view["state"]["values"]
    option = (values.get(BlockId.REJECT_REASON, {}).get(ActionId.REJECT_REASON) or {}).get(
        "selected_option"
    ) or {}
    note = (values.get(BlockId.REJECT_NOTE, {}).get(ActionId.REJECT_NOTE) or {}).get("value") or ""
    try:
        reason = deciding.check_rejection(
            w.access, pk, str(option.get("value") or ""), note, actor=user
        )
    except NotAuthorised as exc:
        ack(response_action="errors", errors={BlockId.REJECT_REASON: user_text(exc)})
        return
    except RejectionIncomplete as exc:
        field = BlockId.REJECT_NOTE if exc.field == "note" else BlockId.REJECT_REASON
        ack(response_action="errors", errors={field: str(exc)})
        return
    ack()
    result = deciding.reject(
        w.services, pk, reason, note=note, access=w.access, actor=user, now=w.now()
    )
    show_result(client, w, result, user=user)


def submit_ship_date(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient,
                     context: BoltContext) -> None:  # fmt: skip
    """The new ship date: anything but a calendar date from today up to
    ``WISMO_SHIP_DATE_HORIZON_DAYS`` ahead is refused under the picker; otherwise
    the reply is written with it and the card offers to send it."""
    w = wismo(context)
    user = body["user"]["id"]
    pk = int(_meta(view)["pk"])
    picked = (view["state"]["values"].get(BlockId.SHIP_DATE, {}).get(ActionId.SHIP_DATE_PICK)
              or {}).get("selected_date")  # fmt: skip
    day = redraft.parse_ship_date(picked)
    conv = deciding.current(w.services, pk)
    horizon = w.services.settings.ship_date_horizon_days
    problem = redraft.ship_date_problem(
        day, redraft.local_today(conv, w.now()), horizon_days=horizon
    )
    if problem or day is None:
        ack(response_action="errors", errors={BlockId.SHIP_DATE: problem or "Pick a date."})
        return
    ack()
    result = redraft.enter_ship_date(w.services, pk, day, access=w.access, actor=user, now=w.now())
    show_result(client, w, result, user=user)
