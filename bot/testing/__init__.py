"""Test doubles shipped with the package: the tests, the benches and the demo share them.

- :mod:`bot.testing.fake_slack`: the Slack Web API on 127.0.0.1, recording every call;
- :mod:`bot.testing.fake_socket_mode`: Slack's Socket Mode WebSocket on 127.0.0.1;
- :mod:`bot.testing.slack_requests`: signed requests to the bot as Slack sends them, and
  the payloads of clicks, modals and keystrokes;
- :mod:`bot.testing.smtp`: a real SMTP server on 127.0.0.1 keeping what it accepts;
- :mod:`bot.testing.net`: a free local port, and waiting for a started process to answer;
- :mod:`bot.testing.relay_mail`: the wording of Amazon's relay e-mail template;
- :mod:`bot.testing.db_proxy`: a TCP proxy that cuts the database off and back on;
- :mod:`bot.testing.fault_matrix`: the database cut at every stage of a message's way,
  checked afterwards (``tests/faults``, ``bench/fault_matrix.py``);
- :mod:`bot.testing.fake_uow`: the unit of work in memory, for the decision and outbox
  rules in milliseconds (``tests/services/test_rules_in_memory.py``).

The fake carrier APIs and the SP-API sandbox live beside their clients
(:mod:`carriers.sandbox`, :mod:`bot.amazon.sandbox`), with the local server plumbing
(:class:`carriers.sandbox.LocalServer`).  Some modules need the ``dev`` extra
(``aiosmtpd``, ``websockets``); nothing outside tests, benches and the demo imports them.
"""
