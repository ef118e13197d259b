"""Test configuration shared by every suite: headless Qt, a fresh migrated database per test.

SQLite (default): the schema is built once per run by alembic into a template file; each test gets its
own copy, so every test runs on a real file migrated by the real migrations.

PostgreSQL (`BACKOFFICE_TEST_PG=postgresql+psycopg://user@host:port/postgres`, set by
scripts/pg_test_server.sh in `make test`): one database is migrated once by alembic; after each test
its other connections are closed and every table is emptied back to what the migrations left (seed
rows kept, sequences reset). Measured on PG 15 (26 tables): ~0.05 s per test, against ~0.22 s for
one TRUNCATE of all tables and ~0.25 s for `CREATE DATABASE … TEMPLATE` + `DROP DATABASE`. Tests that need an empty, unmigrated database (migrations,
`demo`) take `new_db_url()`, a database of their own. Tests that are about the SQLite file itself
are marked `sqlite_only` and skipped on PostgreSQL with the reason.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

# Headless before anything imports Qt (set by the tests themselves, not by the caller).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["BACKOFFICE_TESTING"] = "1"

import pytest  # noqa: E402
from sqlalchemy import Engine, create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from backoffice.db import migrate  # noqa: E402
from backoffice.db.engine import make_engine, make_session_factory  # noqa: E402
from backoffice.db.uow import UnitOfWork  # noqa: E402
from tests.factories import Catalog, make_catalog  # noqa: E402

PG_URL = os.environ.get("BACKOFFICE_TEST_PG") or None
NewDbUrl = Callable[[], str]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): about the SQLite file itself; skipped on PostgreSQL"
    )


def pytest_report_header(config: pytest.Config) -> str:
    where = make_url(PG_URL).render_as_string() if PG_URL else "SQLite files"
    return f"database: {where}"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if not PG_URL:
        return
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            reason = marker.kwargs.get("reason") or (marker.args[0] if marker.args else "")
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))


def _pg_database_url(name: str) -> str:
    assert PG_URL is not None
    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[Engine]:
    """AUTOCOMMIT connections to the server's maintenance database (CREATE/DROP DATABASE)."""
    if not PG_URL:
        pytest.fail("PostgreSQL fixtures used without BACKOFFICE_TEST_PG")
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    yield admin
    admin.dispose()


def _drop_pg_database(admin: Engine, name: str) -> None:
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


class PgReset:
    """Empties one migrated PostgreSQL database back to its just-migrated state."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = create_engine(url)
        with self.engine.begin() as conn:
            # alembic_version too: a test may stamp a "newer" revision to see it refused.
            self.tables = [
                row[0]
                for row in conn.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                )
            ]
            self.seeded = [
                t for t in self.tables if conn.execute(text(f'SELECT 1 FROM "{t}" LIMIT 1')).first()
            ]
            conn.execute(text("CREATE SCHEMA test_seed"))
            for t in self.seeded:
                conn.execute(text(f'CREATE TABLE test_seed."{t}" AS SELECT * FROM "{t}"'))
            self.sequences = list(
                conn.execute(
                    text(
                        "SELECT s.relname, t.relname, a.attname FROM pg_depend d"
                        " JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'"
                        " JOIN pg_class t ON t.oid = d.refobjid"
                        " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid"
                        " JOIN pg_namespace n ON n.oid = s.relnamespace AND n.nspname = 'public'"
                    )
                )
            )

    def __call__(self) -> None:
        with self.engine.begin() as conn:
            # Connections a test left open (an engine not disposed) would hold locks.
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
            # DELETE beats TRUNCATE on small tables (no new files); replica mode skips the
            # foreign-key triggers, so the order of tables does not matter.
            conn.execute(text("SET LOCAL session_replication_role = replica"))
            for t in self.tables:
                conn.execute(text(f'DELETE FROM "{t}"'))
            for t in self.seeded:
                conn.execute(text(f'INSERT INTO "{t}" SELECT * FROM test_seed."{t}"'))
            for seq, table, col in self.sequences:
                conn.execute(
                    text(
                        f"SELECT setval('\"{seq}\"',"
                        f' COALESCE((SELECT max("{col}") FROM "{table}"), 0) + 1, false)'
                    )
                )

    def dispose(self) -> None:
        self.engine.dispose()


@pytest.fixture(scope="session")
def pg_shared(pg_admin: Engine) -> Iterator[PgReset]:
    name = f"bo_test_{os.getpid()}"
    _drop_pg_database(pg_admin, name)
    with pg_admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = _pg_database_url(name)
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    reset = PgReset(url)
    yield reset
    reset.dispose()
    _drop_pg_database(pg_admin, name)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """The test's SQLite file. Only for tests about the file itself (mark them `sqlite_only`)."""
    if PG_URL:
        pytest.fail(f"{request.node.nodeid} uses db_path: use db_url or mark it sqlite_only")
    path = tmp_path / "backoffice.sqlite3"
    shutil.copy(template_db, path)
    return path


@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if PG_URL:
        reset: PgReset = request.getfixturevalue("pg_shared")
        yield reset.url
        reset()
    else:
        yield f"sqlite:///{request.getfixturevalue('db_path')}"


@pytest.fixture(scope="session")
def new_db_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[NewDbUrl]:
    """Makes empty, unmigrated databases of the run's dialect (dropped at the end of the run)."""
    made: list[str] = []
    # Asked for now, not lazily: it must be torn down after this fixture drops its databases.
    admin: Engine | None = request.getfixturevalue("pg_admin") if PG_URL else None

    def make() -> str:
        name = f"new_{uuid.uuid4().hex[:12]}"
        made.append(name)
        if admin is None:
            return f"sqlite:///{tmp_path_factory.mktemp('new') / (name + '.sqlite3')}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        return _pg_database_url(name)

    yield make
    for name in made if admin is not None else ():
        _drop_pg_database(admin, name)


@pytest.fixture
def fresh_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[NewDbUrl]:
    """Each call: a clean migrated database (for tests that need many in turn, e.g. one per
    hypothesis example). On PostgreSQL it is the shared database emptied again, so a URL is valid
    until the next call; dispose of the previous engine first."""
    count = 0

    def make() -> str:
        nonlocal count
        count += 1
        if not PG_URL:
            path = tmp_path / f"fresh-{count}.sqlite3"
            shutil.copy(request.getfixturevalue("template_db"), path)
            return f"sqlite:///{path}"
        reset: PgReset = request.getfixturevalue("pg_shared")
        if count > 1:
            reset()
        return reset.url

    yield make
    if PG_URL and count:
        request.getfixturevalue("pg_shared")()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def session_factory(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


@pytest.fixture
def uow(session_factory: sessionmaker[Session]) -> UnitOfWork:
    """A fresh unit of work; services enter it themselves, one transaction per call."""
    return UnitOfWork(session_factory)


@pytest.fixture
def session(session_factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session for reading back what services wrote (assertions only)."""
    with session_factory() as s:
        yield s


@pytest.fixture
def catalog(session_factory: sessionmaker[Session]) -> Catalog:
    return make_catalog(session_factory)
