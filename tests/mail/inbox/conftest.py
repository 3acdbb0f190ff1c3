"""Fixtures for the inbox tests: sample mails, the CI Dovecot, and a TCP proxy that can cut it.

The IMAP tests talk to the real Dovecot that ``.ci/services`` starts on 127.0.0.1:10143
(user ``wismo``, password ``wismo-test``; imaps on 10993 with the certificate named in
``/tmp/wismo-ci-imap.env``).  Each test works in a folder of its own, deleted afterwards.
"""

from __future__ import annotations

import random
import ssl
import uuid
from collections.abc import Iterator

import pytest

from tests.mail.inbox.helpers import (
    ENV_FILE,
    IMAP_HOST,
    IMAP_PORT,
    NO_SERVER,
    ImapAdmin,
    TcpProxy,
    ca_file,
    new_folder,
    server_answers,
)


@pytest.fixture(scope="session")
def imap_server() -> None:
    if not server_answers():
        pytest.skip(NO_SERVER)


@pytest.fixture
def imap_folder(imap_server: None) -> Iterator[ImapAdmin]:
    """A fresh, empty folder on the CI Dovecot and an admin session on it."""
    yield from new_folder(f"inbox-case-{uuid.uuid4().hex[:12]}")


@pytest.fixture
def imap_folder_unicode(imap_server: None) -> Iterator[ImapAdmin]:
    yield from new_folder(f"Käufer & Co {uuid.uuid4().hex[:8]}")


@pytest.fixture
def tls_context(imap_server: None) -> ssl.SSLContext:
    path = ca_file()
    if path is None or not path.exists():
        pytest.skip(f"no certificate of the CI IMAP server in {ENV_FILE} (run .ci/services)")
    return ssl.create_default_context(cafile=str(path))


@pytest.fixture
def imap_proxy(imap_server: None) -> Iterator[TcpProxy]:
    proxy = TcpProxy((IMAP_HOST, IMAP_PORT))
    try:
        yield proxy
    finally:
        proxy.stop()


@pytest.fixture
def imap_proxy_elsewhere(imap_server: None) -> Iterator[TcpProxy]:
    """Reaches Dovecot from a random 127.x.y.z: Dovecot delays logins from an address that
    recently failed one, and this keeps that delay away from every other login."""
    address = ".".join(["127", *(str(random.randint(1, 254)) for _ in range(3))])
    proxy = TcpProxy((IMAP_HOST, IMAP_PORT), source_ip=address)
    try:
        yield proxy
    finally:
        proxy.stop()
