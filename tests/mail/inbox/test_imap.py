"""The IMAP source against the real Dovecot started by .ci/services (skipped without it)."""

from __future__ import annotations

import logging
import ssl
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.errors import DatabaseUnavailable, InboxUnavailable
from bot.mail.inbox import Attempts, ImapAddress, ImapSource, JsonFileState, MemoryState, RawMail
from bot.mail.inbox.imap import FAILED_KEYWORD, encode_folder_name
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


def source_for(
    folder: ImapAdmin, *, port: int = IMAP_PORT, password: str = IMAP_PASSWORD, **kwargs
) -> ImapSource:
    address = ImapAddress(
        host=IMAP_HOST,
        user=IMAP_USER,
        password=ImapAddress.parse(f"imap://u:{password}@h").password,
        port=port,
        folder=folder.folder,
        tls=False,
    )
    kwargs.setdefault("timeout", 5.0)
    return ImapSource(address, **kwargs)


def uid_of(raw: RawMail) -> int:
    return int(raw.source_id.rsplit(":", 1)[1])


# -- pure parts ---------------------------------------------------------------------------


def test_url_parsing_decodes_credentials_and_hides_the_password() -> None:
    address = ImapAddress.parse(
        "imaps://support%40shop.example:p%40ss%3Aw%2Frd@mail.example/Amazon%20Buyers"
    )
    assert address.user == "support@shop.example"
    assert address.password.reveal() == "p@ss:w/rd"
    assert (address.host, address.port, address.folder, address.tls) == (
        "mail.example",
        993,
        "Amazon Buyers",
        True,
    )
    shown = f"{address!r} {address.display} {ImapSource(address)!r}"
    assert "p@ss" not in shown and "p%40ss" not in shown
    assert address.display == "imaps://support@shop.example@mail.example:993/Amazon Buyers"


def test_url_defaults_and_starttls() -> None:
    plain = ImapAddress.parse("imap://u:p@host")
    assert (plain.port, plain.folder, plain.tls, plain.starttls) == (143, "INBOX", False, False)
    upgraded = ImapAddress.parse("imap://u:p@host:1143/INBOX?starttls=true")
    assert (upgraded.port, upgraded.starttls, upgraded.encrypted) == (1143, True, True)


@pytest.mark.parametrize(
    "url, problem",
    [
        ("imap://host/INBOX", "needs a user and password"),
        ("imaps://u:p@/INBOX", "has no host"),
        ("imap://u:p@host?tls=1", "unknown option"),
        ("imaps://u:p@host?starttls=1", "already TLS"),
        ("pop3://u:p@host", "imap:// or imaps://"),
        ("imap://u:p@host:99999/", "malformed"),
    ],
)
def test_bad_urls_say_what_is_wrong(url: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem) as caught:
        ImapAddress.parse(url)
    assert ":p@" not in str(caught.value)


def test_folder_names_are_quoted_and_modified_utf7() -> None:
    # The example of RFC 3501 section 5.1.3.
    assert encode_folder_name("~peter/mail/台北/日本語") == '"~peter/mail/&U,BTFw-/&ZeVnLIqe-"'
    assert encode_folder_name('Tom & "Jerry"') == '"Tom &- \\"Jerry\\""'


# -- against Dovecot ----------------------------------------------------------------------


def test_new_mails_are_delivered_once_in_order_with_arrival_time(imap_folder: ImapAdmin) -> None:
    arrived = datetime(2026, 11, 28, 22, 15, 7, tzinfo=timezone(timedelta(hours=1)))
    sent = [make_mail(n) for n in range(3)]
    uids = [imap_folder.append(data, when=arrived) for data in sent]
    got: list[RawMail] = []
    source = source_for(imap_folder)
    try:
        assert source.poll(got.append) == 3
        assert source.poll(got.append) == 0
    finally:
        source.close()
    assert [m.data for m in got] == sent
    assert [uid_of(m) for m in got] == uids
    assert all(m.received_at == arrived for m in got)


def test_nothing_is_marked_seen_before_handle_returns(imap_folder: ImapAdmin) -> None:
    uid = imap_folder.append(make_mail(1))
    flags_during_handle: list[set[str]] = []

    def handle(raw: RawMail) -> None:
        flags_during_handle.append(imap_folder.flags(uid_of(raw)))

    source = source_for(imap_folder)
    try:
        source.poll(handle)
    finally:
        source.close()
    assert flags_during_handle and "\\Seen" not in flags_during_handle[0]
    assert "\\Seen" in imap_folder.flags(uid)


def test_failing_handle_leaves_the_mail_unread_for_the_next_poll(imap_folder: ImapAdmin) -> None:
    first = imap_folder.append(make_mail(1))
    second = imap_folder.append(make_mail(2))
    offered: list[int] = []

    def flaky(raw: RawMail) -> None:
        offered.append(uid_of(raw))
        if uid_of(raw) == first and offered.count(first) == 1:
            raise RuntimeError("database is restarting")

    state = MemoryState()
    source = source_for(imap_folder, state=state)
    try:
        assert source.poll(flaky) == 1
        assert "\\Seen" not in imap_folder.flags(first)
        assert "\\Seen" in imap_folder.flags(second)
        assert source.poll(flaky) == 1
    finally:
        source.close()
    assert offered == [first, second, first]
    assert "\\Seen" in imap_folder.flags(first)
    assert state.load()["last_uid"] == second


def test_a_restart_with_the_same_state_does_not_redeliver(
    imap_folder: ImapAdmin, tmp_path: Path
) -> None:
    for n in range(2):
        imap_folder.append(make_mail(n))
    state_file = tmp_path / "inbox-state.json"
    first_run: list[RawMail] = []
    source = source_for(imap_folder, state=JsonFileState(state_file))
    try:
        assert source.poll(first_run.append) == 2
    finally:
        source.close()

    late = imap_folder.append(make_mail(3))
    # A human reads the new mail before the bot restarts: UIDs, not \Seen, decide.
    imap_folder.conn.select(imap_folder.quoted)
    imap_folder.conn.uid("STORE", str(late), "+FLAGS", "(\\Seen)")

    second_run: list[RawMail] = []
    restarted = source_for(imap_folder, state=JsonFileState(state_file), mark_seen=False)
    try:
        assert restarted.poll(second_run.append) == 1
    finally:
        restarted.close()
    assert [uid_of(m) for m in second_run] == [late]


def test_uidvalidity_change_offers_everything_again(imap_folder: ImapAdmin, caplog) -> None:
    for n in range(2):
        imap_folder.append(make_mail(n))
    source = source_for(imap_folder)
    stale = MemoryState({"mailbox": source.name, "uidvalidity": 1, "last_uid": 10**6, "done": []})
    source = source_for(imap_folder, state=stale)
    try:
        with caplog.at_level(logging.WARNING, logger="bot.mail.inbox.imap"):
            assert source.poll(lambda raw: None) == 2
    finally:
        source.close()
    assert "UIDVALIDITY changed" in caplog.text
    assert stale.load()["uidvalidity"] != 1


def test_mail_nothing_can_record_is_flagged_and_skipped(imap_folder: ImapAdmin) -> None:
    bad = imap_folder.append(b"Subject: broken\r\n\r\n\xff\xfe")
    good = imap_folder.append(make_mail(2))
    reported: list[str] = []
    stored: list[int] = []

    def handle(raw: RawMail) -> None:
        if uid_of(raw) == bad:
            raise ValueError("parser crashed")
        stored.append(uid_of(raw))

    def cannot_record(raw: RawMail, why: str) -> None:
        reported.append(why)
        raise ValueError("refused as unreadable too")

    attempts = Attempts(max_attempts=2, on_poison=cannot_record)
    state = MemoryState()
    source = source_for(imap_folder, attempts=attempts, state=state)
    try:
        source.poll(handle)
        source.poll(handle)
        assert source.poll(handle) == 0
    finally:
        source.close()
    assert stored == [good]
    assert len(reported) == 1 and "ValueError: parser crashed" in reported[0]
    flags = imap_folder.flags(bad)
    assert {"\\Flagged", FAILED_KEYWORD} <= flags and "\\Seen" not in flags
    assert state.load()["last_uid"] == good  # the watermark moved past it


def test_a_database_outage_leaves_mail_unread_and_unflagged(imap_folder: ImapAdmin) -> None:
    uids = [imap_folder.append(make_mail(n)) for n in range(2)]
    database_up = False
    stored: list[int] = []

    def store(raw: RawMail) -> None:
        if not database_up:
            raise DatabaseUnavailable("the database did not answer")
        stored.append(uid_of(raw))

    state = MemoryState()
    source = source_for(imap_folder, attempts=Attempts(max_attempts=2), state=state)
    try:
        for _ in range(6):  # three times the attempts that used to set a mail aside
            assert source.poll(store) == 0
        for uid in uids:
            assert imap_folder.flags(uid) & {"\\Seen", "\\Flagged", FAILED_KEYWORD} == set()
        database_up = True
        assert source.poll(store) == 2
    finally:
        source.close()
    assert stored == uids
    assert all("\\Seen" in imap_folder.flags(uid) for uid in uids)


def test_batch_size_bounds_one_poll(imap_folder: ImapAdmin) -> None:
    for n in range(3):
        imap_folder.append(make_mail(n))
    source = source_for(imap_folder, batch_size=2)
    try:
        assert [source.poll(lambda raw: None) for _ in range(3)] == [2, 1, 0]
    finally:
        source.close()


def test_non_ascii_folder_names_work(imap_folder_unicode: ImapAdmin) -> None:
    imap_folder_unicode.append(make_mail(1))
    source = source_for(imap_folder_unicode)
    try:
        assert source.poll(lambda raw: None) == 1
    finally:
        source.close()


def test_reconnects_after_the_server_drops_the_connection(
    imap_folder: ImapAdmin, imap_proxy: TcpProxy
) -> None:
    imap_folder.append(make_mail(1))
    got: list[RawMail] = []
    source = source_for(imap_folder, port=imap_proxy.port)
    try:
        assert source.poll(got.append) == 1

        imap_proxy.drop_connections()  # e.g. the server's idle timeout
        imap_folder.append(make_mail(2))
        assert source.poll(got.append) == 1  # reconnected at once, no error

        imap_proxy.stop()  # the server is down
        with pytest.raises(InboxUnavailable, match="cannot connect") as caught:
            source.poll(got.append)
        assert IMAP_PASSWORD not in str(caught.value)

        imap_folder.append(make_mail(3))
        imap_proxy.start()  # back on the same port
        assert source.poll(got.append) == 1
    finally:
        source.close()
    assert len(got) == 3 and len({m.data for m in got}) == 3


def test_poller_rides_out_an_outage(
    imap_folder: ImapAdmin, imap_proxy: TcpProxy, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bot.mail.inbox")
    imap_proxy.stop()
    imap_folder.append(make_mail(1))
    stop = threading.Event()
    got: list[RawMail] = []

    def handle(raw: RawMail) -> None:
        got.append(raw)
        stop.set()

    source = source_for(imap_folder, port=imap_proxy.port)
    thread = threading.Thread(
        target=run_poller,
        args=(source, handle),
        kwargs={"interval": 0.02, "stop_event": stop, "max_backoff": 0.1},
    )
    thread.start()
    try:
        stop.wait(0.3)  # the poller fails and backs off meanwhile
        assert not got
        imap_proxy.start()
        thread.join(timeout=10)
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive()
    assert len(got) == 1
    assert "poll failed (1 in a row)" in caplog.text and "Connection refused" in caplog.text
    assert IMAP_PASSWORD not in caplog.text


def test_wrong_password_is_a_clear_error_without_the_password(
    imap_folder: ImapAdmin, imap_proxy_elsewhere: TcpProxy
) -> None:
    source = source_for(imap_folder, port=imap_proxy_elsewhere.port, password="not-the-password")
    with pytest.raises(InboxUnavailable, match="check the user and password") as caught:
        source.poll(lambda raw: None)
    assert "not-the-password" not in str(caught.value)


def test_missing_folder_is_a_clear_error(imap_folder: ImapAdmin) -> None:
    address = ImapAddress.parse(
        f"imap://{IMAP_USER}:{IMAP_PASSWORD}@{IMAP_HOST}:{IMAP_PORT}/{imap_folder.folder}-nope"
    )
    with pytest.raises(InboxUnavailable, match="cannot open folder"):
        ImapSource(address, timeout=5.0).poll(lambda raw: None)


def test_imaps_verifies_the_certificate(
    imap_folder: ImapAdmin, tls_context: ssl.SSLContext
) -> None:
    imap_folder.append(make_mail(1))
    url = f"imaps://{IMAP_USER}:{IMAP_PASSWORD}@127.0.0.1:{IMAPS_PORT}/{imap_folder.folder}"
    trusted = ImapSource.from_url(url, ssl_context=tls_context, timeout=5.0)
    try:
        assert trusted.poll(lambda raw: None) == 1
    finally:
        trusted.close()
    # The system's trust store does not know the CI's self-signed certificate: refused.
    with pytest.raises(InboxUnavailable, match="CERTIFICATE_VERIFY_FAILED"):
        ImapSource.from_url(url, timeout=5.0).poll(lambda raw: None)


def test_starttls_upgrades_the_plain_port(
    imap_folder: ImapAdmin, tls_context: ssl.SSLContext
) -> None:
    imap_folder.append(make_mail(1))
    url = (
        f"imap://{IMAP_USER}:{IMAP_PASSWORD}@127.0.0.1:{IMAP_PORT}/{imap_folder.folder}"
        "?starttls=true"
    )
    source = ImapSource.from_url(url, ssl_context=tls_context, timeout=5.0)
    try:
        assert source.poll(lambda raw: None) == 1
        assert source._conn is not None and isinstance(source._conn.sock, ssl.SSLSocket)
    finally:
        source.close()
