from __future__ import annotations

from bot.cli import main


def test_wismo_db_upgrade_then_current(db_url, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", db_url)
    assert main(["db", "current"]) == 1
    assert "run `wismo db upgrade`" in capsys.readouterr().out
    assert main(["db", "upgrade"]) == 0
    assert "upgraded from empty to" in capsys.readouterr().out
    assert main(["db", "upgrade"]) == 0
    assert "already at" in capsys.readouterr().out
    assert main(["db", "current"]) == 0
    assert "(up to date)" in capsys.readouterr().out


def test_an_unreachable_database_gets_a_clear_message(monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://nobody:secret@127.0.0.1:9/none")
    assert main(["db", "upgrade"]) == 1
    err = capsys.readouterr().err
    assert "cannot use the database at postgresql+psycopg://nobody:***@127.0.0.1:9/none" in err
    assert "secret" not in err
    assert "Check DATABASE_URL" in err
