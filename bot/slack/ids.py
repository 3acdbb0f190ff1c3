"""Every action, callback and block id, shared by the builders and the listeners."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["ActionId", "BlockId", "CallbackId", "Command"]


class ActionId(StrEnum):
    APPROVE = "wismo.approve"
    EDIT = "wismo.edit"
    REJECT = "wismo.reject"
    NO_RESPONSE_LINK = "wismo.no_response_link"
    TRACKING_LINK = "wismo.tracking_link"
    MARK_ANSWERED = "wismo.mark_answered"
    REPLY_TEXT = "wismo.reply_text"  # the edit modal's text input, dispatched per keystroke
    REJECT_REASON = "wismo.reject_reason"
    REJECT_NOTE = "wismo.reject_note"
    HOME_REFRESH = "wismo.home_refresh"
    DOUBT_WAS_SENT = "wismo.doubt_was_sent"  # a reply in doubt: found in the sent folder
    DOUBT_SEND_AGAIN = "wismo.doubt_send_again"  # a reply in doubt: not found, send it again
    SEND_AGAIN = "wismo.send_again"  # a failed reply: edit it and send it once more
    # Records "No response needed" and, with Amazon's URL on the button, opens its page.
    NO_RESPONSE = "wismo.no_response"
    SHIP_DATE = "wismo.ship_date"  # opens the new ship date modal
    SHIP_DATE_PICK = "wismo.ship_date_pick"  # its date picker
    SCENARIO = "wismo.scenario"  # the edit modal's "switch the reply" select
    COPY_EVIDENCE = "wismo.copy_evidence"  # a claim's evidence as plain text
    STOP_AUTOPILOT = "wismo.stop_autopilot"  # a held card: do not send it automatically
    # The agent's choice after a damaged or lost parcel: "wismo.choose.<scenario>", one
    # action id per button (Slack wants them unique within a block).
    CHOOSE_REPLY = "wismo.choose"
    REPLY_FILES = "wismo.reply_files"  # the edit modal's file input: files sent with the reply


class CallbackId(StrEnum):
    EDIT_REPLY = "wismo.edit_reply"
    SEND_AGAIN = "wismo.send_again_reply"  # the Edit modal for a failed reply
    REJECT = "wismo.reject_modal"
    SHIP_DATE = "wismo.ship_date_modal"


class BlockId(StrEnum):
    REPLY = "reply"  # kept identical across views.update so Slack keeps the agent's text
    FINDINGS = "findings"
    REJECT_REASON = "reject_reason"
    REJECT_NOTE = "reject_note"
    DECISION = "decision"
    SHIP_DATE = "ship_date"
    SCENARIO = "scenario"
    REPLY_FILES = "reply_files"


class Command(StrEnum):
    WISMO = "/wismo"
    ORDER = "/order"
    TRACK = "/track"
