"""What the listeners read from Slack's requests, checked before any of them runs.

Listeners index Slack's payloads directly (``body["user"]["id"]``, ``int(value)``), and
Bolt reads the envelope (team, user, channel, enterprise) to build its context.  A signed
request with a field left out or of the wrong type used to fail inside them, after the
ack or as a 500 with a traceback.  :func:`check` looks at every field those read, with
the types Slack sends, and raises :class:`MalformedRequest` with a short reason, which
the web edge answers with a 400.  Fields nobody reads are left alone, so Slack may add
more; a listener that starts reading a new field adds it here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from bot.errors import MalformedRequest
from bot.slack.ids import ActionId, CallbackId, Command

__all__ = ["check"]

Check = Callable[[Any, str], None]


def _fail(where: str, what: str) -> MalformedRequest:
    return MalformedRequest(f"{where}: {what}")


def _text(value: Any, where: str) -> None:
    if not isinstance(value, str):
        raise _fail(where, "expected a string")


def _flag(value: Any, where: str) -> None:
    if not isinstance(value, bool | str):
        raise _fail(where, "expected true or false")


def _digits(value: Any, where: str) -> None:
    if not (isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 19):
        raise _fail(where, "expected a message id")


def _opt(check: Check) -> Check:
    def optional(value: Any, where: str) -> None:
        if value is not None:
            check(value, where)

    return optional


def _obj(**fields: Check) -> Check:
    def obj(value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise _fail(where, "expected an object")
        for name, check in fields.items():
            check(value.get(name), f"{where}.{name}")

    return obj


def _either_text_or(obj: Check) -> Check:
    def either(value: Any, where: str) -> None:
        if not isinstance(value, str):
            obj(value, where)

    return either


def _items(check: Check, *, at_least: int = 0) -> Check:
    def items(value: Any, where: str) -> None:
        if not isinstance(value, list) or len(value) < at_least:
            raise _fail(
                where, f"expected a list of at least {at_least}" if at_least else "expected a list"
            )
        for index, item in enumerate(value):
            check(item, f"{where}[{index}]")

    return items


def _each_value(check: Check) -> Check:
    def each(value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise _fail(where, "expected an object")
        for key, item in value.items():
            check(item, f"{where}.{key}")

    return each


def _metadata(**fields: Check) -> Check:
    """``private_metadata``: a string holding a JSON object (set by our own views)."""

    def metadata(value: Any, where: str) -> None:
        _text(value, where)
        try:
            parsed = json.loads(value)
        except ValueError:
            raise _fail(where, "expected JSON") from None
        _obj(**fields)(parsed, where)

    return metadata


def _message_id(value: Any, where: str) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value < 2**63:
        raise _fail(where, "expected a message id")


_ID = _obj(id=_opt(_text))
_OPT_TEXT = _opt(_text)
_ELEMENT = _obj(value=_OPT_TEXT, selected_option=_opt(_obj(value=_OPT_TEXT)))
_VIEW_FIELDS: dict[str, Check] = {
    "type": _OPT_TEXT,
    "id": _OPT_TEXT,
    "hash": _OPT_TEXT,
    "team_id": _OPT_TEXT,
    "callback_id": _OPT_TEXT,
    "private_metadata": _OPT_TEXT,
    "blocks": _opt(_items(_obj())),
    "state": _opt(_obj(values=_opt(_each_value(_each_value(_ELEMENT))))),
}
_VIEW = _obj(**_VIEW_FIELDS)
_AUTHORISATION = _obj(team_id=_OPT_TEXT, enterprise_id=_OPT_TEXT, is_enterprise_install=_opt(_flag))
_EVENT = _obj(
    type=_text,
    user=_opt(_either_text_or(_ID)),
    channel=_opt(_either_text_or(_ID)),
    tab=_OPT_TEXT,
    team=_OPT_TEXT,
    user_team=_OPT_TEXT,
    thread_ts=_OPT_TEXT,
    message=_opt(_obj()),
    previous_message=_opt(_obj()),
)
# What Bolt reads from every payload to build its context.
_ENVELOPE = _obj(
    type=_text,
    team=_opt(_either_text_or(_obj(id=_OPT_TEXT, enterprise_id=_OPT_TEXT))),
    enterprise=_opt(_either_text_or(_ID)),
    user=_opt(_either_text_or(_obj(id=_OPT_TEXT, team_id=_OPT_TEXT))),
    channel=_opt(_either_text_or(_ID)),
    container=_opt(_obj(channel_id=_OPT_TEXT, message_ts=_OPT_TEXT)),
    message=_opt(_obj(ts=_OPT_TEXT, thread_ts=_OPT_TEXT, user=_opt(_either_text_or(_ID)))),
    previous_message=_opt(_obj()),
    view=_opt(_VIEW),
    event=_opt(_EVENT),
    authorizations=_opt(_items(_AUTHORISATION)),
    is_enterprise_install=_opt(_flag),
    is_ext_shared_channel=_opt(_flag),
    team_id=_OPT_TEXT,
    enterprise_id=_OPT_TEXT,
    user_id=_OPT_TEXT,
    channel_id=_OPT_TEXT,
    thread_ts=_OPT_TEXT,
    trigger_id=_OPT_TEXT,
    response_url=_OPT_TEXT,
    response_urls=_opt(_items(_obj(response_url=_OPT_TEXT))),
    function_data=_opt(_obj()),
    item=_opt(_obj()),
    assistant_thread=_opt(_obj()),
)
_ACTOR = _obj(id=_text)
_ACTION = _obj(action_id=_text, block_id=_OPT_TEXT, value=_OPT_TEXT, action_ts=_OPT_TEXT)
# Buttons whose value is the message id they act on.
_ON_A_MESSAGE = {
    ActionId.APPROVE,
    ActionId.EDIT,
    ActionId.REJECT,
    ActionId.MARK_ANSWERED,
    ActionId.SEND_AGAIN,
    ActionId.COPY_EVIDENCE,
}
_OPENS_A_MODAL = {ActionId.EDIT, ActionId.REJECT, ActionId.SEND_AGAIN}
_OUR_VIEW = _obj(**{**_VIEW_FIELDS, "private_metadata": _metadata(pk=_message_id, lang=_OPT_TEXT)})


def _block_actions(body: Mapping[str, Any]) -> None:
    _ACTOR(body.get("user"), "user")
    _items(_ACTION, at_least=1)(body.get("actions"), "actions")
    action = body["actions"][0]
    action_id = action["action_id"]
    if action_id in _ON_A_MESSAGE:
        _digits(action.get("value"), "actions[0].value")
    if action_id in _OPENS_A_MODAL:
        _text(body.get("trigger_id"), "trigger_id")
    if action_id == ActionId.REPLY_TEXT:
        _obj(**{**_VIEW_FIELDS, "id": _text, "private_metadata": _metadata(lang=_OPT_TEXT)})(
            body.get("view"), "view"
        )


def _view(body: Mapping[str, Any]) -> None:
    _ACTOR(body.get("user"), "user")
    _obj(**{**_VIEW_FIELDS, "type": _text, "callback_id": _text})(body.get("view"), "view")
    if body["view"].get("callback_id") in set(CallbackId) and body["type"] == "view_submission":
        _OUR_VIEW(body["view"], "view")
        _obj(values=_each_value(_each_value(_ELEMENT)))(body["view"].get("state"), "view.state")


def _command(body: Mapping[str, Any]) -> None:
    for name in ("command", "user_id"):
        if not body.get(name):
            raise _fail(name, "missing")
    # These answer after the ack, through the response URL Slack gives every command.
    if body["command"] in (Command.ORDER, Command.TRACK) and not str(
        body.get("response_url") or ""
    ).startswith(("https://", "http://")):
        raise _fail("response_url", "expected a URL")


_INTERACTIVE: dict[str, Callable[[Mapping[str, Any]], None]] = {
    "block_actions": _block_actions,
    "view_submission": _view,
    "view_closed": _view,
}
_EVENTS: dict[str, Callable[[Mapping[str, Any]], None]] = {
    "event_callback": lambda body: _EVENT(body.get("event"), "event"),
    "url_verification": lambda body: _text(body.get("challenge"), "challenge"),
    "app_rate_limited": lambda body: None,
}


def check(body: Any, *, form: bool) -> None:
    """Raise :class:`MalformedRequest` unless ``body`` has what the listeners read.

    ``form`` says that ``body`` came as form fields without a ``payload`` (a slash command
    or Slack's SSL check), not as JSON.  Kinds of request that no listener here handles
    (shortcuts, dialogs, suggestions) are refused with a 404 before Bolt looks into them.
    """
    if not isinstance(body, dict):
        raise MalformedRequest("expected a JSON object")
    if form:
        if "ssl_check" not in body:
            _command(body)
        return
    _ENVELOPE(body, "body")
    kind = body["type"]
    handler = _INTERACTIVE.get(kind) or _EVENTS.get(kind)
    if handler is None:
        raise MalformedRequest(f"nothing here handles requests of type {kind[:40]!r}", 404)
    handler(body)
