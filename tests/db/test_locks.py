"""The poster's lock: one holder per deployment, and a deployment is a PostgreSQL schema."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from bot.db.locks import sole_holder

KEY = 0x5749534D4F


def _schema_of(url: str) -> str:
    options = make_url(url).query["options"]
    assert isinstance(options, str)
    return options.removeprefix("-csearch_path=")


def _other_schema(engine: Engine, url: str, name: str) -> str:
    with engine.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{name}"'))
        conn.commit()
    return (
        make_url(url)
        .update_query_dict({"options": f"-csearch_path={name}"})
        .render_as_string(hide_password=False)
    )


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_second_holder_in_the_same_schema_is_refused(engine: Engine) -> None:
    second = create_engine(engine.url)
    try:
        with sole_holder(engine, KEY) as first, sole_holder(second, KEY) as other:
            assert (first, other) == (True, False)
        with sole_holder(second, KEY) as again:
            assert again, "the lock is released when its holder leaves"
    finally:
        second.dispose()


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_two_deployments_in_one_database_each_hold_their_own_lock(
    engine: Engine, db_url: str
) -> None:
    # Two sellers (or two test runs) sharing one database in separate schemas must not
    # stop each other's poster.
    name = _schema_of(db_url) + "_b"
    other = create_engine(_other_schema(engine, db_url, name))
    try:
        with sole_holder(engine, KEY) as first, sole_holder(other, KEY) as second:
            assert (first, second) == (True, True)
    finally:
        other.dispose()
        with engine.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
            conn.commit()
