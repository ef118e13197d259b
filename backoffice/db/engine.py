"""Engine and session setup. Dialect-specific SQL lives here and in `dialect.py`, nowhere else.

SQLite (one PC): a file in the platform's user data folder, WAL, synchronous=FULL, foreign keys on,
and a busy timeout so a second window or the CLI waits briefly instead of failing.
PostgreSQL (several PCs): any SQLAlchemy URL via `--db` or `BACKOFFICE_DB`.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from backoffice.db import grams
from backoffice.domain.errors import ExternalError

ENV_VAR = "BACKOFFICE_DB"
SQLITE_BUSY_TIMEOUT_MS = 5000


def data_dir() -> Path:
    return Path(user_data_dir("Backoffice", "Backoffice"))


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'backoffice.sqlite3'}"


def resolve_url(cli_value: str | None = None) -> str:
    """`--db` wins over `BACKOFFICE_DB`, which wins over the user data folder."""
    url = cli_value or os.environ.get(ENV_VAR) or default_url()
    if "://" not in url:  # a bare path is a SQLite file
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()
    grams.register(dbapi_connection)  # the short-search index's triggers call it


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ExternalError("Not a database URL: {url}", url=url) from None
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except NoSuchModuleError:
        raise ExternalError(
            "Unknown kind of database {drivername!r} in {url}: use sqlite:///FILE, a file path,"
            " or postgresql+psycopg://…",
            drivername=parsed.drivername,
            url=parsed.render_as_string(hide_password=True),
        ) from None
    except ModuleNotFoundError as exc:
        raise ExternalError(
            "No database driver for {drivername}: {name}",
            drivername=parsed.drivername,
            name=exc.name,
        ) from None


def begin_write(session: Session) -> None:
    """Open the session's transaction for writing now, before its first SAVEPOINT.

    Python's sqlite3 module (before 3.12) begins a transaction only at the first INSERT, UPDATE
    or DELETE. A SAVEPOINT issued before that begins one of its own, and releasing it COMMITS:
    the work of one order would stay even when the rest of its chunk or page is rolled back
    (SQLAlchemy's pysqlite notes, "Serializable isolation / Savepoints"). BEGIN IMMEDIATE also
    takes the write lock at once, waiting up to the busy timeout, instead of failing later when a
    read snapshot cannot become a write. PostgreSQL needs nothing: its transaction is open."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    if not connection.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    import backoffice.db.lengths  # noqa: F401 - registers the length check on every Session

    return sessionmaker(engine, expire_on_commit=False)
