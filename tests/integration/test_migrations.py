"""Alembic from the first table (STYLE 14): one head, upgrade matches the models, newer DB refused.
On SQLite and PostgreSQL alike, except the tests about the SQLite file itself."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from backoffice.db import migrate
from backoffice.db.engine import make_engine
from backoffice.db.models import Base
from backoffice.domain.errors import ExternalError


def test_migrations_have_a_single_head():
    script = ScriptDirectory.from_config(migrate.alembic_config("sqlite://"))
    assert len(script.get_heads()) == 1


def _search_index(d: tuple) -> bool:
    """Search indexes live in the migrations only (0002, 0012): SQLite's FTS5 tables, PostgreSQL's
    pg_trgm and short-piece GIN indexes."""
    if d[0] == "remove_table":
        return "fts" in d[1].name or d[1].name.startswith("orders_grams")
    return d[0] == "remove_index" and (
        d[1].name.endswith("_trgm") or d[1].name == "ix_orders_grams"
    )


def test_upgrading_an_empty_database_matches_the_models(new_db_url):
    engine = make_engine(new_db_url())
    assert migrate.upgrade(engine) is True
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    drift = [d for d in diff if not _search_index(d)]
    assert drift == []
    assert migrate.upgrade(engine) is False  # already at head: nothing applied
    engine.dispose()


@pytest.mark.sqlite_only(reason="PRAGMAs are SQLite's")
def test_sqlite_pragmas_are_on(engine):
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_a_database_from_a_newer_version_is_refused_untouched(engine, tmp_path):
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    tables = set(inspect(engine).get_table_names())
    with pytest.raises(ExternalError, match="newer version"):
        migrate.upgrade(engine)
    with engine.connect() as conn:
        stamped = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert stamped == "ffff_from_the_future"
    assert set(inspect(engine).get_table_names()) == tables
    assert not list(tmp_path.rglob("*.bak-*"))  # no backup copy either


@pytest.mark.sqlite_only(reason="the backup copy before an upgrade is of a SQLite file")
def test_upgrading_an_older_file_keeps_a_backup(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    cfg = migrate.alembic_config(f"sqlite:///{path}")
    from alembic import command

    first = ScriptDirectory.from_config(cfg).get_base()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, first)
    head = migrate.head_revision()
    if first == head:
        pytest.skip("only one revision so far: nothing older to upgrade from")
    assert migrate.upgrade(engine) is True
    assert (tmp_path / f"old.sqlite3.bak-{first}").exists()


def test_the_quick_head_is_alembics_head(db_url):
    """Issue 16: every command checks the schema without loading alembic; the head it reads
    from the migration files must be the one alembic computes."""
    from backoffice.db import migrate
    from backoffice.db.engine import make_engine

    assert migrate.quick_head() == migrate.head_revision()
    engine = make_engine(db_url)
    try:
        assert migrate.is_current(engine)  # the test database is migrated to head
    finally:
        engine.dispose()
