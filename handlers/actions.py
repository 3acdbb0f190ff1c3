"""Button clicks and keystrokes: ack first, then call a service, then render.

Errors raised after the ack (not an agent, already handled, refused by the policy)
reach the app's one error handler, which tells the clicking user privately.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from typing import Any, TypeVar

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.domain import Conversation
from bot.errors import AlreadyDecided, ComplianceBlocked, DecisionError, NotAuthorised
from bot.services import autopilot, deciding, disputes, redraft
from bot.slack.blocks import (
    edit_modal,
    notice_modal,
    reject_modal,
    reply_block_id,
    ship_date_modal,
    shown_verdict,
    verdict_key,
)
from bot.slack.ids import ActionId
from handlers.context import wismo
from handlers.events import publish_home
from handlers.responses import ack_first, card_location, say_privately, show_result, user_text

F = TypeVar("F", bound=Callable[..., Any])

__all__ = [
    "approve",
    "choose_reply",
    "copy_evidence",
    "doubt_send_again",
    "doubt_was_sent",
    "ignore",
    "mark_answered",
    "no_response",
    "open_edit",
    "open_reject",
    "open_send_again",
    "open_ship_date",
    "refresh_home",
    "register",
    "register_frequent",
    "reply_typed",
    "scenario_picked",
    "stop_autopilot",
]


def register_frequent(app: App) -> None:
    """Keystrokes and Approve: most of the requests, registered before anything else."""
    # Bolt tries listeners in order, each try a call with injected arguments: keystrokes,
    # most of the requests, match the first one tried.
    app.action(ActionId.REPLY_TEXT)(noting_arrival(ack_first(reply_typed)))
    app.action(ActionId.APPROVE)(ack_first(approve))


def register(app: App) -> None:
    """The other buttons (after :func:`register_frequent`)."""
    app.action(ActionId.EDIT)(ack_first(open_edit))
    app.action(ActionId.SEND_AGAIN)(ack_first(open_send_again))
    app.action(ActionId.COPY_EVIDENCE)(ack_first(copy_evidence))
    app.action(ActionId.REJECT)(ack_first(open_reject))
    app.action(ActionId.MARK_ANSWERED)(ack_first(mark_answered))
    app.action(ActionId.STOP_AUTOPILOT)(ack_first(stop_autopilot))
    app.action(ActionId.DOUBT_WAS_SENT)(ack_first(doubt_was_sent))
    app.action(ActionId.DOUBT_SEND_AGAIN)(ack_first(doubt_send_again))
    app.action(ActionId.HOME_REFRESH)(ack_first(refresh_home))
    app.action(ActionId.SCENARIO)(ack_first(scenario_picked))
    app.action(ActionId.SHIP_DATE)(ack_first(open_ship_date))
    app.action(re.compile(rf"^{re.escape(ActionId.CHOOSE_REPLY)}\.[a-z_]+$"))(
        ack_first(choose_reply)
    )
    # Opens Amazon's page in the browser (its URL) and records the decision (the click).
    app.action(ActionId.NO_RESPONSE)(ack_first(no_response))
    # Cards posted before the button recorded anything: the click now counts too.
    app.action(ActionId.NO_RESPONSE_LINK)(ack_first(no_response))
    # Link buttons open a page in the browser; Slack still sends the click.
    app.action(ActionId.TRACKING_LINK)(ignore)


def _pk(body: dict[str, Any]) -> int:
    return int(body["actions"][0]["value"])


def approve(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    ack()
    w = wismo(context)
    user, pk = body["user"]["id"], _pk(body)
    try:
        result = deciding.approve(w.services, pk, access=w.access, actor=user, now=w.now())
    except ComplianceBlocked:
        # The card now says why, and drops Approve: the draft fails today's policy.
        show_result(client, w, deciding.DecisionResult(deciding.current(w.services, pk)),
                    user=user, fallback=card_location(body))  # fmt: skip
        raise
    show_result(client, w, result, user=user, fallback=card_location(body))


def stop_autopilot(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """*Stop* on a held card: it is not sent automatically; it stays for an agent."""
    ack()
    w = wismo(context)
    user, pk = body["user"]["id"], _pk(body)
    result = autopilot.stop(w.services, pk, access=w.access, actor=user, now=w.now())
    show_result(client, w, result, user=user, fallback=card_location(body))


def mark_answered(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    ack()
    w = wismo(context)
    user, pk = body["user"]["id"], _pk(body)
    result = deciding.mark_answered(w.services, pk, access=w.access, actor=user, now=w.now())
    show_result(client, w, result, user=user, fallback=card_location(body))


def copy_evidence(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """A claim's evidence as plain text, only to the one who asked."""
    ack()
    w = wismo(context)
    user, pk = body["user"]["id"], _pk(body)
    text = disputes.evidence_for(w.services, pk, access=w.access, actor=user)
    channel, _ = card_location(body)
    fence = "`" * 3
    say_privately(
        client,
        channel=channel or w.services.settings.accounts[0].channel,
        user=user,
        text=fence + text.replace(fence, "` ` `")[:39000] + fence,
    )


def doubt_was_sent(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """A reply in doubt is in the sent folder: the message is answered."""
    _resolve_in_doubt(ack, body, client, context, was_sent=True)


def doubt_send_again(
    ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    """A reply in doubt is not in the sent folder: send it again (Slack asked to confirm)."""
    _resolve_in_doubt(ack, body, client, context, was_sent=False)


def _resolve_in_doubt(
    ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext, *, was_sent: bool
) -> None:
    ack()
    w = wismo(context)
    user, pk = body["user"]["id"], _pk(body)
    result = deciding.resolve_in_doubt(
        w.services, pk, was_sent=was_sent, access=w.access, actor=user, now=w.now()
    )
    show_result(client, w, result, user=user, fallback=card_location(body))


def open_edit(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """Open the modal at once (the trigger id dies in ~3 s), then fill it."""
    _open_reply_modal(ack, body, client, context, again=False)


def open_send_again(
    ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    """The failed reply in the Edit modal, to be sent once more."""
    _open_reply_modal(ack, body, client, context, again=True)


def _open_reply_modal(
    ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext, *, again: bool
) -> None:
    ack()
    w = wismo(context)
    user, pk = body["user"]["id"], _pk(body)
    opened = client.views_open(
        trigger_id=body["trigger_id"], view=edit_modal(None, "", None, loading=True, again=again)
    )
    view = opened.get("view") or {}
    view_id, view_hash = view["id"], view["hash"]
    try:
        if again:
            conv = deciding.resendable(w.services, pk, access=w.access, actor=user)
        else:
            conv = deciding.editable(w.services, pk, access=w.access, actor=user)
    except (DecisionError, LookupError) as exc:  # not an agent, decided, sender not verified
        title = "Send again" if again else "Edit reply"
        client.views_update(
            view_id=view_id, hash=view_hash, view=notice_modal(title, user_text(exc))
        )
        return
    text = conv.draft.text if conv.draft else ""
    report = deciding.check_reply(text, _lang(conv), w.services.policy)
    # A failed reply is sent again as the agent edits it; switching templates is Edit's.
    options = [] if again else redraft.switch_options()
    modal = edit_modal(conv, text, report, again=again, options=options)
    client.views_update(view_id=view_id, hash=view_hash, view=modal)


def scenario_picked(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    """Another scenario picked in the Edit modal: its text, with the same order and
    tracking facts, replaces the reply and is checked as typing is."""
    ack()
    w = wismo(context)
    view = body["view"]
    meta = json.loads(view.get("private_metadata") or "{}")
    user, pk = body["user"]["id"], int(meta["pk"])
    picked = str((action.get("selected_option") or {}).get("value") or "")
    try:
        switched = redraft.switch_reply(
            w.services, pk, picked, access=w.access, actor=user, now=w.now()
        )
    except (NotAuthorised, AlreadyDecided, LookupError) as exc:
        client.views_update(view_id=view["id"], view=notice_modal("Edit reply", user_text(exc)))
        return
    conv = deciding.current(w.services, pk)
    generation = int(meta.get("gen") or 0)
    if switched.text:
        text, note, generation = switched.text, "", generation + 1
    else:
        # The agent's text stays (same input block: Slack keeps it); say why.
        text = _typed(view)
        lacks = ", ".join(f.replace("_", " ") for f in switched.missing) or "facts"
        note = f"That reply needs {lacks}, which this order does not give: the text is unchanged."
    report = deciding.check_reply(text, meta.get("lang"), w.services.policy)
    modal = edit_modal(conv, text, report, options=redraft.switch_options(),
                       picked=picked if switched.text else meta.get("scenario"), note=note,
                       generation=generation)  # fmt: skip
    client.views_update(view_id=view["id"], view=modal)


def _typed(view: dict[str, Any]) -> str:
    """What the agent has in the reply box right now (the payload's view state)."""
    values = (view.get("state") or {}).get("values") or {}
    box = values.get(reply_block_id(view), {}).get(ActionId.REPLY_TEXT, {})
    return str(box.get("value") or "")


def choose_reply(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """A choice after a damaged or lost parcel (the button's action id names it): the
    card's reply is rendered again with it."""
    ack()
    w = wismo(context)
    user, pk = body["user"]["id"], _pk(body)
    scenario = str(body["actions"][0]["action_id"]).rpartition(".")[2]
    result = redraft.choose_reply(
        w.services, pk, scenario, access=w.access, actor=user, now=w.now()
    )
    show_result(client, w, result, user=user, fallback=card_location(body))


def open_ship_date(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """The late order's "Enter the new ship date": a small modal with a date picker."""
    ack()
    w = wismo(context)
    user, pk = body["user"]["id"], _pk(body)
    try:
        conv, today = redraft.ship_date_form(
            w.services, pk, access=w.access, actor=user, now=w.now()
        )
    except (NotAuthorised, AlreadyDecided, LookupError) as exc:
        client.views_open(trigger_id=body["trigger_id"], view=notice_modal("New ship date",
                          user_text(exc)))  # fmt: skip
        return
    ship_by = None
    if conv.order is not None and conv.order.ship_by_latest is not None:
        ship_by = f"{conv.order.ship_by_latest:%d %b %Y}"
    view = ship_date_modal(pk, earliest=today.isoformat(), ship_by=ship_by)
    client.views_open(trigger_id=body["trigger_id"], view=view)


def no_response(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """*No response needed*: recorded, the clock stops (the button's URL, Amazon's page,
    opens in the agent's browser with the same click)."""
    ack()
    w = wismo(context)
    user, pk = body["user"]["id"], _pk(body)
    result = deciding.no_response_needed(w.services, pk, access=w.access, actor=user, now=w.now())
    show_result(client, w, result, user=user, fallback=card_location(body))


def _lang(conv: Conversation) -> str | None:
    return (conv.draft.language if conv.draft else None) or conv.message.language


def noting_arrival(listener: F) -> F:
    """``listener`` for keystrokes, each noted on the request thread as it arrives."""

    @functools.wraps(listener)
    def run(**kwargs: Any) -> Any:
        wismo(kwargs["context"]).live_views.arrived(*_keystroke(kwargs["body"], kwargs["action"]))
        return listener(**kwargs)

    return run  # type: ignore[return-value]


def _keystroke(body: dict[str, Any], action: dict[str, Any]) -> tuple[str, str]:
    """The view a keystroke was typed in, and when Slack says it was typed."""
    return str(body["view"]["id"]), str(action.get("action_ts") or "0")


def reply_typed(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext
) -> None:
    """Every character typed in the edit box: re-check, update findings if they changed."""
    ack()
    w = wismo(context)
    view = body["view"]
    if w.live_views.superseded(*_keystroke(body, action)):
        return  # the agent typed on: the newer keystroke's check decides
    meta = json.loads(view.get("private_metadata") or "{}")
    report = deciding.check_reply(action.get("value") or "", meta.get("lang"), w.services.policy)
    if shown_verdict(view) == verdict_key(report):
        return
    w.live_views.show(view, report, _keystroke(body, action)[1])


def open_reject(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    ack()
    user, pk = body["user"]["id"], _pk(body)
    opened = client.views_open(trigger_id=body["trigger_id"], view=reject_modal(pk))
    try:
        deciding.authorise(wismo(context).access, pk, actor=user, what="reject")
    except NotAuthorised as exc:
        view = opened.get("view") or {}
        client.views_update(
            view_id=view["id"], hash=view["hash"], view=notice_modal("Reject", user_text(exc))
        )


def refresh_home(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    ack()
    publish_home(client, wismo(context), body["user"]["id"])


def ignore(ack: Ack) -> None:
    ack()
