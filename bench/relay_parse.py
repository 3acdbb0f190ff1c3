"""Relay-mail parser figures: corpus throughput and the 15 MB-attachment case.

Run: .venv/bin/python bench/relay_parse.py
Target: a 15 MB attachment parses in under a second with peak extra memory below the
size of the raw mail (the attachment is measured in place, never decoded or copied).
"""

from __future__ import annotations

import base64
import os
import time
import tracemalloc
from pathlib import Path

from bot.mail.relay import parse_mail

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "mail" / "corpus"


def big_mail(size: int) -> bytes:
    head = (
        b"From: Ann - Amazon Marketplace <k9p2v7x1m3n8b4z@marketplace.amazon.com>\r\n"
        b"Subject: Inquiry from Amazon customer Ann (Order: 111-2222222-3333333)\r\n"
        b"Date: Mon, 02 Nov 2026 09:14:03 +0000\r\nMessage-ID: <big@bench>\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="m"\r\n\r\n'
        b"--m\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"------------- Begin message -------------\r\nThe invoice is attached.\r\n"
        b"------------- End message -------------\r\n"
        b'--m\r\nContent-Type: application/pdf; name="scan.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n"
        b'Content-Disposition: attachment; filename="scan.pdf"\r\n\r\n'
    )
    return head + base64.encodebytes(os.urandom(size)).replace(b"\n", b"\r\n") + b"--m--\r\n"


def main() -> None:
    files = sorted(CORPUS.glob("*.eml"))
    raws = [f.read_bytes() for f in files]
    start = time.perf_counter()
    rounds = 20
    for _ in range(rounds):
        for raw in raws:
            parse_mail(raw)
    elapsed = time.perf_counter() - start
    print(f"corpus: {len(raws) * rounds / elapsed:,.0f} mails/s over {len(raws)} files")

    raw = big_mail(15 * 1024 * 1024)
    tracemalloc.start()
    start = time.perf_counter()
    msg = parse_mail(raw)
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    (att,) = msg.attachments
    print(
        f"15 MB attachment: raw {len(raw) / 2**20:.1f} MB, parsed in {elapsed:.2f} s, "
        f"peak extra memory {peak / 2**20:.1f} MB ({peak / len(raw):.2f}x raw), "
        f"attachment listed as {att.size / 2**20:.2f} MB"
    )
    verdict = "met" if elapsed < 1 and peak < len(raw) else "MISSED"
    print(f"target (under 1 s, extra memory under 1x raw): {verdict}")


if __name__ == "__main__":
    main()
