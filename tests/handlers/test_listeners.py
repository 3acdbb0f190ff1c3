"""Every Slack listener, called directly with a spec'd fake client (as Bolt's templates do).

Each listener acks, parses, calls one service and renders; these tests check what Slack
would be told (the ack, ``respond``, the Web API calls on the spec'd client) against a
real database.  Only Slack is a fake: ``create_autospec(WebClient)`` refuses any call
or argument the real client would not take.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from unittest.mock import MagicMock, create_autospec

import pytest
from slack_sdk import WebClient

from bot.bootstrap import build_wiring
from bot.config import Settings
from bot.domain import MessageState
from bot.services.access import Access
from bot.services.authorise import Authoriser
from bot.services.ingest import store_inbound
from bot.slack.blocks import edit_modal
from bot.slack.ids import ActionId, BlockId
from bot.slack.writer import SlackWriter
from bot.testing.open_queue import TRACKING_NUMBER
from handlers import actions, commands, events, views
from handlers.context import Wismo
from handlers.live import LiveViews
from tests.services.helpers import T0, buyer_message

AGENT, VIEWER, STRANGER = "U0AGENT", "U0VIEWER", "U0STRANGER"
REPLY = "Hello Jane, your parcel is on its way with UPS. Order 111-2223334-4445556."
ORDER_ID = "111-2223334-4445556"
RESPONSE_URL = "https://hooks.slack.com/commands/T0/1/abc"


class Mailbox:
    def __init__(self) -> None:
        self.sent: list[Any] = []

    def send(self, mail: Any) -> None:
        self.sent.append(mail)


def no_groups(group: str) -> list[str]:
    raise AssertionError("no user group is configured")


@pytest.fixture
def world(engine, db_url):
    settings = Settings(
        database_url=db_url, channel="C0QUEUE", mail_from="Support <support@seller.example>"
    )
    mailbox = Mailbox()
    services = build_wiring(settings, engine=engine, clock=lambda: T0, mailer=mailbox)
    client = create_autospec(WebClient, instance=True)
    client.views_open.return_value = {"ok": True, "view": {"id": "V1", "hash": "h1"}}
    client.views_update.return_value = {"ok": True, "view": {"id": "V1", "hash": "h2"}}
    live = create_autospec(WebClient, instance=True)
    live.views_update.return_value = {"ok": True, "view": {"id": "V1", "hash": "h2"}}
    access = Access(Authoriser((AGENT,), no_groups), Authoriser((AGENT, VIEWER), no_groups))
    pool = ThreadPoolExecutor(max_workers=1)
    w = Wismo(services=services, access=access, slack=SlackWriter(client), live_client=live,
              live_views=LiveViews(live), pool=pool)  # fmt: skip
    yield {"w": w, "client": client, "live": live, "mailbox": mailbox, "context": {"wismo": w}}
    pool.shutdown()
    services.close()


def carded(w: Wismo, n: int = 1, draft: str = REPLY) -> int:
    message = buyer_message(f"<b{n}@marketplace.amazon.com>", buyer_name=f"Jane{n}")
    pk = store_inbound(w.services.uow_factory, b"raw", message, arrived_at=T0).message_pk
    with w.services.uow_factory() as uow:
        uow.drafts.add_version(pk, draft, now=T0, lang="en")
        uow.messages.transition(pk, expected={MessageState.RECEIVED}, new=MessageState.CARDED,
                                actor=None, now=T0, slack_channel="C0QUEUE",
                                slack_ts=f"1700000000.00000{n}")  # fmt: skip
        uow.commit()
    return pk


def click(action: str, pk: int, user: str = AGENT) -> dict[str, Any]:
    return {
        "type": "block_actions",
        "user": {"id": user},
        "trigger_id": "1.2.3",
        "container": {"channel_id": "C0QUEUE", "message_ts": "1700000000.000001"},
        "actions": [{"action_id": action, "value": str(pk)}],
    }


def command(name: str, text: str, user: str) -> dict[str, Any]:
    return {"command": name, "text": text, "user_id": user, "channel_id": "C0QUEUE"}


def acked(ack: MagicMock) -> dict[str, Any]:
    ack.assert_called_once()
    return dict(ack.call_args.kwargs)


def shown(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def updated_text(client: MagicMock) -> str:
    return shown([c.kwargs for c in client.chat_update.call_args_list])


# -- buttons -----------------------------------------------------------------------------


def test_approve_sends_the_draft_and_replaces_the_card(world):
    w, client = world["w"], world["client"]
    pk = carded(w)
    ack = MagicMock()
    actions.approve(ack=ack, body=click(ActionId.APPROVE, pk), client=client,
                    context=world["context"])  # fmt: skip
    ack.assert_called_once_with()
    assert [m.body for m in world["mailbox"].sent] == [REPLY]
    client.chat_update.assert_called_once()
    assert client.chat_update.call_args.kwargs["ts"] == "1700000000.000001"
    assert AGENT in updated_text(client)


def test_approve_by_a_stranger_is_refused_before_anything_happens(world):
    w, client = world["w"], world["client"]
    pk = carded(w)
    with pytest.raises(Exception, match="not a configured agent"):
        actions.approve(ack=MagicMock(), body=click(ActionId.APPROVE, pk, STRANGER),
                        client=client, context=world["context"])  # fmt: skip
    assert world["mailbox"].sent == [] and client.chat_update.call_count == 0


def test_approve_of_a_draft_the_policy_refuses_shows_why_and_sends_nothing(world):
    w, client = world["w"], world["client"]
    pk = carded(w, draft=REPLY + " Order again at www.mystore.com")
    with pytest.raises(Exception, match=r"messaging policy|link"):
        actions.approve(ack=MagicMock(), body=click(ActionId.APPROVE, pk), client=client,
                        context=world["context"])  # fmt: skip
    assert world["mailbox"].sent == []
    client.chat_update.assert_called_once()  # the card now says why, without Approve
    assert ActionId.APPROVE not in updated_text(client)


def test_mark_answered_closes_a_manual_message(world):
    w, client = world["w"], world["client"]
    pk = carded(w)
    with w.services.uow_factory() as uow:
        uow.messages.transition(pk, expected={MessageState.CARDED}, new=MessageState.MANUAL,
                                actor=AGENT, now=T0)  # fmt: skip
        uow.commit()
    actions.mark_answered(ack=MagicMock(), body=click(ActionId.MARK_ANSWERED, pk),
                          client=client, context=world["context"])  # fmt: skip
    with w.services.uow_factory().read_only() as uow:
        row = uow.messages.get(pk)
        assert row is not None and row.state is MessageState.ANSWERED
    client.chat_update.assert_called_once()


def test_edit_opens_the_modal_then_fills_it_with_the_draft(world):
    w, client = world["w"], world["client"]
    pk = carded(w)
    actions.open_edit(ack=MagicMock(), body=click(ActionId.EDIT, pk), client=client,
                      context=world["context"])  # fmt: skip
    client.views_open.assert_called_once()
    (update,) = client.views_update.call_args_list
    assert update.kwargs["view_id"] == "V1" and update.kwargs["hash"] == "h1"
    assert REPLY in shown(update.kwargs["view"])


def test_edit_of_a_decided_message_says_who_decided(world):
    w, client = world["w"], world["client"]
    pk = carded(w)
    actions.approve(ack=MagicMock(), body=click(ActionId.APPROVE, pk), client=client,
                    context=world["context"])  # fmt: skip
    actions.open_edit(ack=MagicMock(), body=click(ActionId.EDIT, pk, AGENT), client=client,
                      context=world["context"])  # fmt: skip
    (update,) = client.views_update.call_args_list
    assert "Already handled by" in shown(update.kwargs["view"])
    assert REPLY not in shown(update.kwargs["view"])


def test_edit_by_a_stranger_shows_the_refusal_in_the_modal(world):
    w, client = world["w"], world["client"]
    pk = carded(w)
    actions.open_edit(ack=MagicMock(), body=click(ActionId.EDIT, pk, STRANGER), client=client,
                      context=world["context"])  # fmt: skip
    (update,) = client.views_update.call_args_list
    text = shown(update.kwargs["view"])
    assert "WISMO_AGENTS" in text and REPLY not in text and "Jane" not in text


def test_a_keystroke_that_changes_the_verdict_updates_the_modal(world):
    live = world["live"]
    view = {**edit_modal(None, REPLY, None), "id": "V1", "hash": "h1"}
    view["private_metadata"] = json.dumps({"pk": 1, "lang": "en"})
    action = {"action_id": ActionId.REPLY_TEXT, "value": REPLY + " Visit www.mystore.com",
              "action_ts": "1700000001.000001"}  # fmt: skip
    actions.reply_typed(ack=MagicMock(), body={"view": view}, action=action,
                        context=world["context"])  # fmt: skip
    live.views_update.assert_called_once()
    assert "link" in shown(live.views_update.call_args.kwargs["view"])


def test_a_keystroke_the_agent_typed_past_is_not_checked(world):
    """Under load, checks wait for a thread while the agent types on: only the newest
    keystroke's text is checked and shown, one check for the burst."""
    live, w = world["live"], world["w"]
    view = {**edit_modal(None, REPLY, None), "id": "V1", "hash": "h1"}
    view["private_metadata"] = json.dumps({"pk": 1, "lang": "en"})
    older = {"action_id": ActionId.REPLY_TEXT, "value": REPLY + " Visit www.mystore.com",
             "action_ts": "1700000001.000001"}  # fmt: skip
    newer = {**older, "value": REPLY + " Visit www.mystore.com now", "action_ts": "1700000002.5"}
    for action in (older, newer):  # both requests arrive before either check runs
        w.live_views.arrived("V1", action["action_ts"])
    actions.reply_typed(ack=MagicMock(), body={"view": view}, action=older,
                        context=world["context"])  # fmt: skip
    live.views_update.assert_not_called()
    actions.reply_typed(ack=MagicMock(), body={"view": view}, action=newer,
                        context=world["context"])  # fmt: skip
    live.views_update.assert_called_once()
    assert "link" in shown(live.views_update.call_args.kwargs["view"])


def test_reject_opens_the_form_and_a_stranger_is_told_why_instead(world):
    w, client = world["w"], world["client"]
    pk = carded(w)
    actions.open_reject(ack=MagicMock(), body=click(ActionId.REJECT, pk), client=client,
                        context=world["context"])  # fmt: skip
    client.views_open.assert_called_once()
    assert client.views_update.call_count == 0
    actions.open_reject(ack=MagicMock(), body=click(ActionId.REJECT, pk, STRANGER),
                        client=client, context=world["context"])  # fmt: skip
    (update,) = client.views_update.call_args_list
    assert "WISMO_AGENTS" in shown(update.kwargs["view"])


def test_refresh_home_publishes_the_queue(world):
    w, client = world["w"], world["client"]
    carded(w)
    actions.refresh_home(ack=MagicMock(), body={"user": {"id": VIEWER}}, client=client,
                         context=world["context"])  # fmt: skip
    client.views_publish.assert_called_once()
    assert "Jane1" in shown(client.views_publish.call_args.kwargs["view"])


def test_link_buttons_are_only_acknowledged():
    ack = MagicMock()
    actions.ignore(ack=ack)
    ack.assert_called_once_with()


# -- modal submissions -------------------------------------------------------------------


def submission(pk: int, values: dict[str, Any], user: str = AGENT) -> dict[str, Any]:
    view = {"private_metadata": json.dumps({"pk": pk, "lang": "en"}),
            "state": {"values": values}}  # fmt: skip
    return {"body": {"user": {"id": user}}, "view": view}


def edit_values(text: str | None) -> dict[str, Any]:
    return {BlockId.REPLY: {ActionId.REPLY_TEXT: {"value": text}}}


def test_submit_edit_sends_the_agents_text(world):
    w, client = world["w"], world["client"]
    pk = carded(w)
    ack = MagicMock()
    views.submit_edit(ack=ack, client=client, context=world["context"],
                      **submission(pk, edit_values(REPLY + " Thanks!")))  # fmt: skip
    ack.assert_called_once_with()
    assert [m.body for m in world["mailbox"].sent] == [REPLY + " Thanks!"]
    client.chat_update.assert_called_once()


def test_submit_edit_that_breaks_the_policy_is_refused_under_the_input(world):
    w, client = world["w"], world["client"]
    pk = carded(w)
    ack = MagicMock()
    views.submit_edit(ack=ack, client=client, context=world["context"],
                      **submission(pk, edit_values(REPLY + " See www.mystore.com")))  # fmt: skip
    said = acked(ack)
    assert said["response_action"] == "errors" and "link" in said["errors"][BlockId.REPLY]
    assert world["mailbox"].sent == []


def test_submit_edit_by_a_stranger_is_refused_under_the_input(world):
    w, client = world["w"], world["client"]
    pk = carded(w)
    ack = MagicMock()
    views.submit_edit(ack=ack, client=client, context=world["context"],
                      **submission(pk, edit_values(REPLY), STRANGER))  # fmt: skip
    assert "WISMO_AGENTS" in acked(ack)["errors"][BlockId.REPLY]
    assert world["mailbox"].sent == []


def reject_values(reason: str | None, note: str = "") -> dict[str, Any]:
    option = {"selected_option": {"value": reason}} if reason else {}
    return {
        BlockId.REJECT_REASON: {ActionId.REJECT_REASON: option},
        BlockId.REJECT_NOTE: {ActionId.REJECT_NOTE: {"value": note}},
    }


def test_submit_reject_moves_the_message_and_tells_the_agent_what_is_left(world):
    w, client = world["w"], world["client"]
    pk = carded(w)
    views.submit_reject(ack=MagicMock(), client=client, context=world["context"],
                        **submission(pk, reject_values("handle_manually")))  # fmt: skip
    with w.services.uow_factory().read_only() as uow:
        row = uow.messages.get(pk)
        assert row is not None and row.state is MessageState.MANUAL
    client.chat_update.assert_called_once()
    client.chat_postEphemeral.assert_called_once()
    assert "Mark answered" in client.chat_postEphemeral.call_args.kwargs["text"]


@pytest.mark.parametrize(
    ("reason", "field", "words"),
    [(None, BlockId.REJECT_REASON, "Choose a reason"),
     ("other", BlockId.REJECT_NOTE, "required for Other")],
)  # fmt: skip
def test_submit_reject_incomplete_is_answered_under_the_field(world, reason, field, words):
    w, client = world["w"], world["client"]
    pk = carded(w)
    ack = MagicMock()
    views.submit_reject(ack=ack, client=client, context=world["context"],
                        **submission(pk, reject_values(reason)))  # fmt: skip
    assert words in acked(ack)["errors"][field]
    with w.services.uow_factory().read_only() as uow:
        row = uow.messages.get(pk)
        assert row is not None and row.state is MessageState.CARDED


# -- slash commands and App Home ---------------------------------------------------------


def test_queue_lists_open_messages_for_a_viewer(world):
    w = world["w"]
    for n in (1, 2):
        carded(w, n)
    ack = MagicMock()
    commands.wismo_command(ack=ack, command=command("/wismo", "queue", VIEWER),
                           context=world["context"])  # fmt: skip
    said = acked(ack)
    assert said["text"] == "2 open buyer message(s)" and said["response_type"] == "ephemeral"
    assert "Jane1" in shown(said["blocks"]) and "Jane2" in shown(said["blocks"])


def test_queue_acks_at_once_and_answers_through_the_response_url(world):
    # The same ephemeral message as answered in the ack, after it: the read and the blocks
    # do not hold up the answer to Slack.
    w = world["w"]
    for n in (1, 2):
        carded(w, n)
    in_ack = MagicMock()
    commands.wismo_command(ack=in_ack, command=command("/wismo", "queue", VIEWER),
                           context=world["context"])  # fmt: skip
    ack, respond = MagicMock(), MagicMock(response_url=RESPONSE_URL)
    answer = commands.wismo_command(ack=ack, command=command("/wismo", "queue", VIEWER),
                                    context=world["context"], respond=respond)  # fmt: skip
    ack.assert_called_once_with()
    assert respond.call_count == 0
    answer()
    respond.assert_called_once()
    said = dict(respond.call_args.kwargs)
    assert said == acked(in_ack)
    assert said["text"] == "2 open buyer message(s)" and said["response_type"] == "ephemeral"
    assert "Jane1" in shown(said["blocks"]) and "Jane2" in shown(said["blocks"])


@pytest.mark.parametrize("url", [None, "", "0", "javascript:alert(1)"])
def test_queue_without_a_usable_response_url_is_answered_in_the_ack(world, url):
    carded(world["w"])
    ack, respond = MagicMock(), MagicMock(response_url=url)
    rest = commands.wismo_command(ack=ack, command=command("/wismo", "queue", VIEWER),
                                  context=world["context"], respond=respond)  # fmt: skip
    assert rest is None and respond.call_count == 0
    assert acked(ack)["text"] == "1 open buyer message(s)"


def test_check_gives_the_policy_verdict(world):
    ack = MagicMock()
    commands.wismo_command(ack=ack, command=command("/wismo", "check Visit www.mystore.com",
                           STRANGER), context=world["context"])  # fmt: skip
    said = acked(ack)
    assert said["text"] == "This text would be refused" and "link" in shown(said["blocks"])


def test_wismo_without_a_subcommand_shows_usage(world):
    ack = MagicMock()
    commands.wismo_command(ack=ack, command=command("/wismo", "", VIEWER),
                           context=world["context"])  # fmt: skip
    assert "/wismo queue" in acked(ack)["text"]


def test_order_looks_up_the_order_and_its_conversations(world):
    w = world["w"]
    carded(w)
    ack, respond = MagicMock(), MagicMock()
    look_up = commands.order(ack=ack, command=command("/order", ORDER_ID, VIEWER),
                             respond=respond, context=world["context"])  # fmt: skip
    assert "Looking up" in acked(ack)["text"] and respond.call_count == 0
    look_up()  # once Slack has the ack
    respond.assert_called_once()
    blocks = shown(respond.call_args.kwargs["blocks"])
    assert "SP-API is not configured" in blocks and "Jane1" in blocks


def test_order_with_a_malformed_id_says_what_to_type(world):
    ack, respond = MagicMock(), MagicMock()
    rest = commands.order(ack=ack, command=command("/order", "12345", VIEWER), respond=respond,
                          context=world["context"])  # fmt: skip
    assert "Usage" in acked(ack)["text"] and respond.call_count == 0 and rest is None


def test_track_recognises_the_carrier_and_answers_with_the_link(world):
    ack, respond = MagicMock(), MagicMock()
    look_up = commands.track(ack=ack, command=command("/track", "1Z999AA10123456784", VIEWER),
                             respond=respond, context=world["context"])  # fmt: skip
    assert "Tracking" in acked(ack)["text"]
    look_up()
    blocks = shown(respond.call_args.kwargs["blocks"])
    assert "UPS" in blocks and "ups.com" in blocks


def test_track_with_no_number_shows_usage(world):
    ack, respond = MagicMock(), MagicMock()
    commands.track(ack=ack, command=command("/track", "  ", VIEWER), respond=respond,
                   context=world["context"])  # fmt: skip
    assert "Usage" in acked(ack)["text"] and respond.call_count == 0


def test_app_home_shows_the_queue_and_the_figures_to_a_viewer(world):
    w, client = world["w"], world["client"]
    carded(w)
    events.app_home_opened(event={"type": "app_home_opened", "user": VIEWER, "tab": "home"},
                           client=client, context=world["context"])  # fmt: skip
    view = shown(client.views_publish.call_args.kwargs["view"])
    assert "Jane1" in view and "Last 7 days" in view


def test_app_home_for_a_user_that_is_not_an_id_publishes_nothing(world):
    # An adversary's signed event gave an object as the user: its text was published to.
    client = world["client"]
    forged = {"type": "app_home_opened", "user": {"id": VIEWER}, "tab": "home"}
    events.app_home_opened(event=forged, client=client, context=world["context"])
    assert client.views_publish.call_count == 0


def test_app_home_messages_tab_is_left_alone(world):
    client = world["client"]
    events.app_home_opened(event={"type": "app_home_opened", "user": VIEWER, "tab": "messages"},
                           client=client, context=world["context"])  # fmt: skip
    assert client.views_publish.call_count == 0


# -- reading needs a role: every surface refuses a non-viewer, with no buyer data -------


def refusal_surfaces(world) -> dict[str, Any]:
    client, context = world["client"], world["context"]

    def queue() -> str:
        ack, respond = MagicMock(), MagicMock(response_url=RESPONSE_URL)
        commands.wismo_command(ack=ack, command=command("/wismo", "queue", STRANGER),
                               context=context, respond=respond)()  # fmt: skip
        ack.assert_called_once_with()
        return shown(respond.call_args.kwargs)

    def order() -> str:
        ack, respond = MagicMock(), MagicMock()
        commands.order(ack=ack, command=command("/order", ORDER_ID, STRANGER),
                       respond=respond, context=context)()  # fmt: skip
        return shown(respond.call_args.kwargs)

    def track() -> str:
        # the parcel of the carded order: its carrier's answer names the delivery city
        ack, respond = MagicMock(), MagicMock()
        commands.track(ack=ack, command=command("/track", TRACKING_NUMBER, STRANGER),
                       respond=respond, context=context)()  # fmt: skip
        return shown(respond.call_args.kwargs)

    def home() -> str:
        events.app_home_opened(event={"type": "app_home_opened", "user": STRANGER,
                                      "tab": "home"}, client=client, context=context)  # fmt: skip
        return shown(client.views_publish.call_args.kwargs)

    def refresh() -> str:
        actions.refresh_home(ack=MagicMock(), body={"user": {"id": STRANGER}}, client=client,
                             context=context)  # fmt: skip
        return shown(client.views_publish.call_args.kwargs)

    return {
        "/wismo queue": queue,
        "/order": order,
        "/track": track,
        "App Home": home,
        "App Home ": refresh,
    }


@pytest.mark.parametrize("surface", ["/wismo queue", "/order", "/track", "App Home", "App Home "])
def test_a_non_viewer_is_refused_on_every_surface_without_buyer_data(world, caplog, surface):
    w = world["w"]
    carded(w)
    caplog.set_level("INFO", logger="wismo.audit")
    answer = refusal_surfaces(world)[surface]()
    assert "WISMO_VIEWERS" in answer
    for buyer_data in ("Jane", "abc123xyz", "parcel", "1Z5R", "Seattle"):
        assert buyer_data not in answer
    audit = [r.getMessage() for r in caplog.records if r.name == "wismo.audit"]
    assert audit == [f"refused: {STRANGER} is not a viewer (tried {surface.strip()})"]


def test_queue_counts_every_open_message_beyond_the_page(world):
    w = world["w"]
    for n in range(1, 46):
        carded(w, n)
    ack = MagicMock()
    commands.wismo_command(ack=ack, command=command("/wismo", "queue", AGENT),
                           context=world["context"])  # fmt: skip
    said = acked(ack)
    assert said["text"] == "45 open buyer message(s)"
    text = shown(said["blocks"])
    # The 15 most urgent, the totals, and where to see the rest.
    assert "*45 open*" in text and "…and 30 more: the app's Home tab lists the first 95" in text
    assert len(said["blocks"]) == 1 + 15 + 1


def test_a_manager_reads_by_default(db_url):
    settings = Settings(database_url=db_url, agents=(AGENT,), managers=("U0BOSS",))
    assert settings.accounts[0].readers == (AGENT, "U0BOSS")
    viewers = Settings(database_url=db_url, viewers=(VIEWER,), agents=(AGENT,))
    assert viewers.accounts[0].readers == (VIEWER,)
