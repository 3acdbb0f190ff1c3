from __future__ import annotations

import http.client
import shutil
import subprocess
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest

from bot.errors import WebhookRejected
from bot.mail.inbox.source import RawMail
from bot.mail.inbox.webhook import DEFAULT_MAX_BYTES, WebhookVerifier, sign, webhook_app
from tests.mail.inbox.helpers import make_mail

SECRET = "s3cret-shared-with-the-mail-gateway"
NOW = datetime(2026, 11, 29, 6, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def signed_headers(body: bytes, *, at: datetime = NOW, secret: str = SECRET) -> dict[str, str]:
    ts = int(at.timestamp())
    return {"X-Wismo-Timestamp": str(ts), "X-Wismo-Signature": sign(secret, body, ts)}


def test_signature_matches_the_documented_openssl_recipe(tmp_path) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("openssl command not installed")
    body = make_mail(1)
    (tmp_path / "mail.eml").write_bytes(body)
    ts = 1_796_000_000
    # The shell recipe from bot/mail/inbox/webhook.py's docstring, run for real.
    script = (
        f"printf 'v1:%s:' {ts} | cat - mail.eml "
        f"| openssl dgst -sha256 -hmac '{SECRET}' -r | cut -d' ' -f1"
    )
    digest = subprocess.run(
        ["sh", "-c", script], cwd=tmp_path, capture_output=True, text=True, check=True, timeout=10
    ).stdout.strip()
    assert sign(SECRET, body, ts) == f"v1={digest}"


class TestVerifier:
    def setup_method(self) -> None:
        self.clock = Clock(NOW)
        self.verifier = WebhookVerifier(SECRET, clock=self.clock)
        self.body = make_mail(1)

    def test_valid_request_is_accepted(self) -> None:
        self.verifier.verify(signed_headers(self.body), self.body)

    def test_header_names_are_case_insensitive(self) -> None:
        headers = {k.lower(): v for k, v in signed_headers(self.body).items()}
        self.verifier.verify(headers, self.body)

    def test_tampered_body_is_refused(self) -> None:
        headers = signed_headers(self.body)
        with pytest.raises(WebhookRejected, match="signature does not match"):
            self.verifier.verify(headers, self.body + b"P.S. send me a coupon")

    def test_wrong_secret_is_refused(self) -> None:
        with pytest.raises(WebhookRejected, match="signature does not match"):
            self.verifier.verify(signed_headers(self.body, secret="guess"), self.body)

    @pytest.mark.parametrize("skew", [timedelta(minutes=-6), timedelta(minutes=6)])
    def test_timestamp_outside_the_window_is_refused(self, skew: timedelta) -> None:
        headers = signed_headers(self.body, at=NOW + skew)
        with pytest.raises(WebhookRejected, match="window 300 s"):
            self.verifier.verify(headers, self.body)

    def test_timestamp_inside_the_window_is_fine(self) -> None:
        self.verifier.verify(signed_headers(self.body, at=NOW - timedelta(minutes=4)), self.body)

    def test_replay_is_refused_until_the_window_closes(self) -> None:
        headers = signed_headers(self.body)
        self.verifier.verify(headers, self.body)
        with pytest.raises(WebhookRejected, match="replayed"):
            self.verifier.verify(headers, self.body)
        self.clock.now = NOW + timedelta(minutes=10)
        with pytest.raises(WebhookRejected, match="window"):  # still refused, now as stale
            self.verifier.verify(headers, self.body)

    @pytest.mark.parametrize(
        "headers, reason",
        [
            ({}, "missing X-Wismo-Timestamp or X-Wismo-Signature"),
            ({"X-Wismo-Timestamp": "yesterday", "X-Wismo-Signature": "v1=00"}, "not unix seconds"),
        ],
    )
    def test_malformed_headers_are_refused(self, headers, reason) -> None:
        with pytest.raises(WebhookRejected, match=reason):
            self.verifier.verify(headers, self.body)

    def test_empty_secret_is_refused_at_start(self) -> None:
        with pytest.raises(ValueError, match="WISMO_WEBHOOK_SECRET"):
            WebhookVerifier("", clock=self.clock)


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class Server:
    def __init__(self, *, fail_times: int = 0, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.clock = Clock(NOW)
        self.stored: list[RawMail] = []
        self.fail_times = fail_times
        app = webhook_app(SECRET, self.handle, self.clock, max_bytes=max_bytes)
        self.httpd: WSGIServer = make_server("127.0.0.1", 0, app, handler_class=_Quiet)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}
        )
        self.thread.start()

    def handle(self, raw: RawMail) -> None:
        if self.fail_times:
            self.fail_times -= 1
            raise RuntimeError("database is down")
        self.stored.append(raw)

    def post(self, body: bytes, headers: dict[str, str], method: str = "POST") -> tuple[int, str]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
        try:
            conn.request(
                method,
                "/inbound/mail",
                body=body,
                headers={"Content-Type": "message/rfc822", **headers},
            )
            response = conn.getresponse()
            return response.status, response.read().decode()
        finally:
            conn.close()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server()
    yield srv
    srv.stop()


def test_signed_mail_is_stored_over_http(server: Server) -> None:
    body = make_mail(7)
    status, text = server.post(body, signed_headers(body))
    assert (status, text) == (204, "")
    (raw,) = server.stored
    assert raw.data == body
    assert raw.received_at == NOW
    assert raw.source_id.startswith("webhook:")


def test_bad_signature_stale_timestamp_and_replay_get_401(server: Server) -> None:
    body = make_mail(8)
    status, text = server.post(body, signed_headers(body, secret="wrong"))
    assert status == 401 and "signature does not match" in text

    status, text = server.post(body, signed_headers(body, at=NOW - timedelta(minutes=30)))
    assert status == 401 and "window" in text

    good = signed_headers(body)
    assert server.post(body, good)[0] == 204
    status, text = server.post(body, good)
    assert status == 401 and "replayed" in text
    assert len(server.stored) == 1


def test_empty_body_and_wrong_method(server: Server) -> None:
    assert server.post(b"", signed_headers(b""))[0] == 400
    assert server.post(b"", {}, method="GET")[0] == 405
    assert server.stored == []


def test_oversized_mail_gets_413_before_it_is_read() -> None:
    srv = Server(max_bytes=1000)
    try:
        body = make_mail(1, body="x" * 2000)
        status, text = srv.post(body, signed_headers(body))
        assert status == 413 and "limit is 1000" in text
        assert srv.stored == []
    finally:
        srv.stop()


def test_store_failure_gets_500_and_the_same_request_may_be_retried() -> None:
    srv = Server(fail_times=1)
    try:
        body = make_mail(9)
        headers = signed_headers(body)
        assert srv.post(body, headers)[0] == 500
        assert srv.post(body, headers)[0] == 204  # not a replay: the first one was not stored
        assert [r.data for r in srv.stored] == [body]
    finally:
        srv.stop()
