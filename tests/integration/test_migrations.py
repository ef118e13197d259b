"""Alembic from the first table (STYLE 14): one head, upgrade matches the models, newer DB refused."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from backoffice.db import migrate
from backoffice.db.engine import make_engine
from backoffice.db.models import Base
from backoffice.domain.errors import ExternalError


def test_migrations_have_a_single_head():
    script = ScriptDirectory.from_config(migrate.alembic_config("sqlite://"))
    assert len(script.get_heads()) == 1


def test_upgrading_an_empty_database_matches_the_models(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    assert migrate.upgrade(engine) is True
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # FTS/virtual tables created by migrations are not in the models; anything else is drift.
    drift = [d for d in diff if not (d[0] == "remove_table" and "fts" in d[1].name)]
    assert drift == []
    assert migrate.upgrade(engine) is False  # already at head: nothing applied


def test_sqlite_pragmas_are_on(engine):
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_a_database_from_a_newer_version_is_refused_untouched(db_path):
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    engine = make_engine(f"sqlite:///{db_path}")
    with pytest.raises(ExternalError, match="newer version"):
        migrate.upgrade(engine)
    engine.dispose()
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
        "ffff_from_the_future"
    )
    con.close()
    assert len(before) > 0


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
