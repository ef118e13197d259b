"""Test configuration shared by every suite: headless Qt, a fresh migrated database per test.

The schema is built once per run by alembic into a template SQLite file; each test gets its own copy,
so every test runs on a real file migrated by the real migrations.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

# Headless before anything imports Qt (set by the tests themselves, not by the caller).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["BACKOFFICE_TESTING"] = "1"

import pytest  # noqa: E402
from sqlalchemy import Engine  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from backoffice.db import migrate  # noqa: E402
from backoffice.db.engine import make_engine, make_session_factory  # noqa: E402
from backoffice.db.uow import UnitOfWork  # noqa: E402
from tests.factories import Catalog, make_catalog  # noqa: E402


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "backoffice.sqlite3"
    shutil.copy(template_db, path)
    return path


@pytest.fixture
def db_url(db_path: Path) -> str:
    return f"sqlite:///{db_path}"


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
