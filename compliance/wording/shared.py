"""Wording shared by every language: names that are the same in all of them."""

from __future__ import annotations

from typing import Final

__all__ = ["SOCIAL"]

# The networks and chat apps a buyer has a handle on, inflected ("Instagramie", "Messengerze",
# "Instagram'daki"): "your name on Messenger" asks for the buyer's contact.
SOCIAL: Final = (
    r"(?:messenger|facebook|instagram|insta|whatsapp|telegram|line|signal|tiktok|snapchat|"
    r"skype|discord|wechat|viber|twitter|threads)\w*"
)
