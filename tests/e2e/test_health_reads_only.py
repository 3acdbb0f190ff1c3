"""GET /healthz reads: it never queues behind a writer.

On SQLite every transaction that may write starts with BEGIN IMMEDIATE, which waits for the
write lock. A health check that did so hung for the busy timeout whenever another process
held the lock (a worker paused mid-transaction, a long sweep), and a load balancer would
mark a working instance dead.
"""

from __future__ import annotations

from sqlalchemy import text


def test_health_answers_while_another_connection_holds_the_write_lock(bot) -> None:
    with bot.services.engine.connect() as writer:
        writer.execute(text("SELECT 1"))  # the engine's BEGIN: on SQLite, IMMEDIATE
        # well below the busy timeout the health check would otherwise wait
        answer = bot.http.get(bot.base_url + "/healthz", timeout=5)
        writer.rollback()
    assert answer.status_code == 200 and answer.text.strip() == "ok"
