"""Files an agent picked in a modal, fetched from Slack with the bot's token.

The modal's submission names the files; where their bytes are is asked of Slack itself
(``files.info``), never taken from the payload, and the token is only ever sent to
Slack's own hosts (the Web API's host, ``*.slack.com``, ``*.slack-files.com``).  A file
is read up to the limit and no further: a file larger than Slack said is refused.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Mapping, Sequence
from http.client import HTTPException
from typing import Any
from urllib.parse import urlsplit

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

__all__ = ["fetch_files"]

_SLACK_HOSTS = (".slack.com", ".slack-files.com")


def fetch_files(
    client: WebClient,
    picked: Sequence[Mapping[str, Any]],
    *,
    limit: int,
    timeout: float = 2.0,
) -> tuple[list[tuple[str, bytes]], list[str]]:
    """(name, bytes) of each picked file, and the problems of those that could not be read.

    ``limit``: bytes for all files together; reading stops there.
    """
    found: list[tuple[str, bytes]] = []
    problems: list[str] = []
    left = limit
    for item in picked:
        file_id = str(item.get("id") or "")
        try:
            info = client.files_info(file=file_id).get("file") or {}
        except (SlackApiError, OSError) as exc:
            problems.append(f"{item.get('name') or file_id}: Slack did not give the file ({exc})")
            continue
        name = str(info.get("name") or item.get("name") or "attachment")
        url = str(info.get("url_private_download") or info.get("url_private") or "")
        if not _trusted(url, client.base_url):
            problems.append(f"{name}: the file is not stored by Slack, so it was not fetched")
            continue
        try:
            data = _read(url, client.token or "", left + 1, timeout)
        except (OSError, ValueError, HTTPException) as exc:  # refused, cut, a broken URL
            problems.append(f"{name}: could not be fetched from Slack ({exc}); try again")
            continue
        if len(data) > left:
            problems.append(f"{name}: the files are more than {limit / 2**20:.0f} MB together")
            continue
        left -= len(data)
        found.append((name, data))
    return found, problems


def _trusted(url: str, api_base: str) -> bool:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if not host:
        return False
    if host == (urlsplit(api_base).hostname or "").lower():
        return True
    return parts.scheme == "https" and host.endswith(_SLACK_HOSTS)


def _read(url: str, token: str, most: int, timeout: float) -> bytes:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        data: bytes = response.read(most)
    return data
