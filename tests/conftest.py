"""Shared fixtures: a real database for every test that needs one, a real SMTP server,
the demo world.

``db_url``
    A database URL, parametrised: ``sqlite`` (a fresh file in ``tmp_path``) and
    ``postgres`` (marked ``postgres``).  The PostgreSQL case uses
    ``WISMO_TEST_DATABASE_URL`` (e.g. ``postgresql+psycopg://postgres@127.0.0.1:5432/test``)
    and skips with the reason when it is unset or the server does not answer.  Each
    PostgreSQL test gets its own schema ``t_<random>``, selected by ``search_path`` inside
    the URL itself (``?options=-csearch_path=...``), so the URL can be handed to another
    process (``DATABASE_URL=db_url``) and tests may run in any order or in parallel.  The
    schema is dropped afterwards.  The database is empty: depend on ``engine`` too when
    you need the tables.

``engine``
    A SQLAlchemy engine on ``db_url`` with the Alembic migrations applied to head (the
    same code path as ``wismo db upgrade``; on SQLite applied once a session to a file
    that each test gets a copy of).  Disposed after the test.

``session_factory``
    ``sessionmaker`` on ``engine`` (``expire_on_commit=False``).

``smtp_server``
    ``(port, recorder)``: a real SMTP server on 127.0.0.1 recording every mail it accepts
    (:mod:`bot.testing.smtp`).

``manifest``, ``world``, ``services``
    The bundled demo data; a running world serving it (fake SP-API and carrier servers
    on 127.0.0.1, settings pointing at them); the application wired on ``db_url``.

``uow_factory``
    ``Callable[[], SqlUnitOfWork]``: a fresh unit of work per call, as services and
    jobs receive it in production.  Use ``with uow_factory() as uow: ...; uow.commit()``.

Example::

    def test_something(uow_factory):
        with uow_factory() as uow:
            ...
            uow.commit()

A test module that only makes sense on one backend can select it with
``@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)``.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bot.bootstrap import Wiring, build_wiring
from bot.config import Settings
from bot.db import SqlUnitOfWork, UowFactory, create_db_engine, make_session_factory, upgrade
from bot.demo import DemoWorld, demo_world
from bot.demo_data import Manifest, load_manifest
from bot.testing.smtp import Recorder, running_smtp

PG_ENV = "WISMO_TEST_DATABASE_URL"

_pg_reachable: dict[str, str | None] = {}


def _postgres_problem(url: str) -> str | None:
    """None when the server answers, else why not (checked once per session)."""
    if url not in _pg_reachable:
        probe = create_engine(url, connect_args={"connect_timeout": 3}, poolclass=None)
        try:
            with probe.connect() as conn:
                conn.execute(text("SELECT 1"))
            _pg_reachable[url] = None
        except OperationalError as exc:
            first = str(exc.orig or exc).strip().splitlines()[0]
            shown = make_url(url).render_as_string(hide_password=True)
            _pg_reachable[url] = f"PostgreSQL at {shown} not reachable: {first}"
        finally:
            probe.dispose()
    return _pg_reachable[url]


@pytest.fixture(
    params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
)
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'wismo-test.db'}"
        return
    base = os.environ.get(PG_ENV, "")
    if not base:
        pytest.skip(f"{PG_ENV} not set: PostgreSQL cases skipped")
    problem = _postgres_problem(base)
    if problem:
        pytest.skip(problem)
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text("SET lock_timeout = '10s'"))
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file the migrations were applied to once, for ``engine`` to copy."""
    path = tmp_path_factory.mktemp("migrated") / "wismo-migrated.db"
    eng = create_db_engine(f"sqlite:///{path}")
    try:
        upgrade(eng)
    finally:
        eng.dispose()  # the last connection checkpoints the WAL into the file
    return path


@pytest.fixture
def engine(db_url: str, request: pytest.FixtureRequest) -> Iterator[Engine]:
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).exists():
        # The same file `wismo db upgrade` makes, applied once a session and copied (the
        # migrations cost about half a second a test); PostgreSQL schemas migrate each time.
        shutil.copyfile(request.getfixturevalue("migrated_sqlite"), url.database)
        eng = create_db_engine(db_url)
    else:
        eng = create_db_engine(db_url)
        upgrade(eng)
    try:
        yield eng
    finally:
        eng.dispose()


@pytest.fixture
def session_factory(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


@pytest.fixture
def uow_factory(session_factory: sessionmaker[Session]) -> UowFactory:
    return lambda: SqlUnitOfWork(session_factory)


# The README's command runs the suite in two pytest-xdist workers, a module at a time
# (--dist loadscope, so a module's costly fixtures are built once).  The longest modules go
# first, so that no worker is left alone with a five-minute module at the end (pyproject's
# --no-loadscope-reorder keeps this order: xdist would sort modules by their test count).
_LONGEST_FIRST = ("tests/trial/", "tests/faults/", "tests/e2e/", "tests/replies/")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        return next(
            (n for n, prefix in enumerate(_LONGEST_FIRST) if item.nodeid.startswith(prefix)),
            len(_LONGEST_FIRST),
        )

    items.sort(key=rank)


_HELDOUT_TABLES: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    from tests.heldout.figures import KEY

    if report.when == "call":
        _HELDOUT_TABLES.extend(str(v) for k, v in report.user_properties if k == KEY)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the held-out figures (policy gate, intents) measured during the run."""
    for table in sorted(_HELDOUT_TABLES):
        terminalreporter.write_line(table)


@pytest.fixture
def smtp_server() -> Iterator[tuple[int, Recorder]]:
    """A real SMTP server on 127.0.0.1 recording every mail it accepts."""
    with running_smtp() as server:
        yield server


@pytest.fixture(scope="session")
def manifest() -> Manifest:
    return load_manifest()


@pytest.fixture
def world(manifest: Manifest, db_url: str) -> Iterator[DemoWorld]:
    with demo_world(
        Settings(),
        database_url=db_url,
        now=manifest.now,
        orders=manifest.order_payloads(),
        seller_name=manifest.seller_name,
    ) as running:
        yield running


@pytest.fixture
def services(world: DemoWorld, engine: Engine) -> Iterator[Wiring]:
    built = build_wiring(world.settings, clock=world.clock, engine=engine)
    try:
        yield built
    finally:
        built.close()
