"""IMAP IDLE between polls, against the real Dovecot of .ci/services (skipped without it).

Each test works in a folder of its own (``imap_folder``), so IDLE sees only its own mail.
"""

from __future__ import annotations

import threading
import time

from bot.mail.inbox import ImapSource, RawMail
from bot.mail.inbox.poller import run_poller
from tests.mail.inbox.helpers import (
    IMAP_HOST,
    IMAP_PASSWORD,
    IMAP_PORT,
    IMAP_USER,
    IMAPS_PORT,
    ImapAdmin,
    TcpProxy,
    make_mail,
)
from tests.mail.inbox.test_imap import source_for


def connected(source: ImapSource) -> list[RawMail]:
    got: list[RawMail] = []
    source.poll(got.append)
    assert source._conn is not None and "IDLE" in source._conn.capabilities
    return got


def append_later(folder: ImapAdmin, n: int, after: float) -> threading.Thread:
    def run() -> None:
        time.sleep(after)
        other = ImapAdmin(folder.folder, folder.quoted)  # another client, as Amazon's relay
        try:
            other.append(make_mail(n))
        finally:
            other.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_a_new_mail_ends_the_wait_at_once_and_the_next_poll_takes_it(
    imap_folder: ImapAdmin,
) -> None:
    source = source_for(imap_folder)
    stop = threading.Event()
    try:
        assert connected(source) == []
        writer = append_later(imap_folder, 1, after=0.5)
        started = time.monotonic()
        assert source.wait_for_mail(60.0, stop) is True
        waited = time.monotonic() - started
        writer.join()
        assert waited < 5.0, f"IDLE took {waited:.1f} s to report the mail"
        got: list[RawMail] = []
        assert source.poll(got.append) == 1  # the same connection, out of IDLE
        assert b"#1" in got[0].data
    finally:
        source.close()


def test_idle_is_renewed_and_the_connection_still_polls(imap_folder: ImapAdmin) -> None:
    source = source_for(imap_folder, idle_renew=1.0)
    stop = threading.Event()
    try:
        connected(source)
        for _ in range(3):  # three IDLEs, each ended by us after 1 s (DONE), not the server
            started = time.monotonic()
            assert source.wait_for_mail(600.0, stop) is False
            assert 0.9 <= time.monotonic() - started < 5.0
        imap_folder.append(make_mail(2))
        assert source.poll(lambda raw: None) == 1
    finally:
        source.close()


def test_stop_ends_the_wait_promptly(imap_folder: ImapAdmin) -> None:
    source = source_for(imap_folder)
    stop = threading.Event()
    try:
        connected(source)
        threading.Timer(0.3, stop.set).start()
        started = time.monotonic()
        assert source.wait_for_mail(600.0, stop) is False
        assert time.monotonic() - started < 3.0
    finally:
        source.close()


def test_with_idle_off_only_the_interval_ends_the_wait(imap_folder: ImapAdmin) -> None:
    source = source_for(imap_folder, idle=False)
    stop = threading.Event()
    try:
        connected(source)
        imap_folder.append(make_mail(3))
        started = time.monotonic()
        assert source.wait_for_mail(1.0, stop) is False
        assert time.monotonic() - started >= 0.9
    finally:
        source.close()


def test_a_server_without_idle_is_polled(imap_folder: ImapAdmin) -> None:
    """Capabilities without IDLE (the proxy removes it): the poller polls every interval."""
    proxy = TcpProxy((IMAP_HOST, IMAP_PORT), from_server=lambda data: data.replace(b" IDLE", b""))
    source = source_for(imap_folder, port=proxy.port)
    got: list[RawMail] = []
    stop = threading.Event()
    poller = threading.Thread(
        target=run_poller, args=(source, got.append), kwargs={"interval": 0.3, "stop_event": stop}
    )
    try:
        poller.start()
        imap_folder.append(make_mail(4))
        deadline = time.monotonic() + 10
        while not got and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(got) == 1
        assert source._conn is None or "IDLE" not in source._conn.capabilities
    finally:
        stop.set()
        poller.join(timeout=10)
        proxy.stop()


def test_a_connection_dropped_in_idle_is_reopened_and_polled(imap_folder: ImapAdmin) -> None:
    proxy = TcpProxy((IMAP_HOST, IMAP_PORT))
    source = source_for(imap_folder, port=proxy.port)
    stop = threading.Event()
    try:
        connected(source)
        threading.Timer(0.3, proxy.drop_connections).start()
        started = time.monotonic()
        assert source.wait_for_mail(600.0, stop) is True  # poll now: mail may have come
        assert time.monotonic() - started < 5.0
        imap_folder.append(make_mail(5))
        assert source.poll(lambda raw: None) == 1  # reconnected
    finally:
        source.close()
        proxy.stop()


def test_the_poller_takes_mail_as_idle_announces_it_not_on_the_interval(
    imap_folder: ImapAdmin,
) -> None:
    source = source_for(imap_folder)
    arrived: list[float] = []
    stop = threading.Event()
    poller = threading.Thread(
        target=run_poller,
        args=(source, lambda raw: arrived.append(time.monotonic())),
        kwargs={"interval": 300.0, "stop_event": stop},
    )
    try:
        poller.start()
        time.sleep(1.0)  # the first poll (empty folder) is done, the source is in IDLE
        sent = []
        for n in range(5):
            sent.append(time.monotonic())
            imap_folder.append(make_mail(10 + n))
            time.sleep(0.3)
        deadline = time.monotonic() + 15
        while len(arrived) < 5 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(arrived) == 5
        assert max(a - s for a, s in zip(arrived, sent, strict=True)) < 5.0
    finally:
        stop.set()
        poller.join(timeout=10)


def test_idle_over_tls_reports_a_new_mail(imap_folder: ImapAdmin, tls_context) -> None:
    url = f"imaps://{IMAP_USER}:{IMAP_PASSWORD}@127.0.0.1:{IMAPS_PORT}/{imap_folder.folder}"
    source = ImapSource.from_url(url, ssl_context=tls_context, timeout=5.0)
    stop = threading.Event()
    try:
        connected(source)
        writer = append_later(imap_folder, 6, after=0.5)
        started = time.monotonic()
        assert source.wait_for_mail(60.0, stop) is True
        assert time.monotonic() - started < 5.0
        writer.join()
        assert source.poll(lambda raw: None) == 1
    finally:
        source.close()
