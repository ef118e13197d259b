"""Bring a database to the schema this version of the app expects (alembic, STYLE practice 14).

Before upgrading an existing SQLite file it is copied next to itself (`*.bak-<revision>`), with
SQLite's online backup so a copy taken while another window writes is still consistent.
A database stamped with a revision we do not know comes from a newer app: we refuse to touch it.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from backoffice.db.engine import sqlite_path
from backoffice.domain.errors import ExternalError
from backoffice.paths import MIGRATIONS

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = MIGRATIONS
_ANNOTATION = r"(?:\s*:\s*[^=\n]+)?"  # `revision: str = …` in newer templates
_REVISION = re.compile(rf"^revision{_ANNOTATION}\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(rf"^down_revision{_ANNOTATION}\s*=\s*(?:None|['\"]([^'\"]+)['\"])", re.MULTILINE)


@cache
def quick_head() -> str | None:
    """The head revision read from the migration files' `revision` / `down_revision` lines,
    without alembic (importing it and loading every script cost each command ~150 ms; issue
    16). None when the files do not make one plain chain: then alembic decides."""
    revisions, downs = set(), set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found, down = _REVISION.search(source), _DOWN.search(source)
        if found is None or down is None:
            return None
        revisions.add(found.group(1))
        if down.group(1):
            downs.add(down.group(1))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def is_current(engine: Engine) -> bool:
    """True when the database is already at the head: nothing to upgrade, alembic not needed."""
    head = quick_head()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            stored = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except SQLAlchemyError:
        return False  # no alembic_version table yet, or the file is locked: the full path says
    return stored == [head]


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision(url: str = "sqlite://") -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config(url)).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations have {len(heads)} heads")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except OperationalError as exc:
        raise ExternalError("Cannot open the database: {orig}", orig=exc.orig) from None


def backup_sqlite(path: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite file through the backup API."""
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def upgrade(engine: Engine, *, backup: bool = True) -> bool:
    """Upgrade to head. Returns True when anything was applied."""
    from alembic import command
    from alembic.script import ScriptDirectory

    url = engine.url.render_as_string(hide_password=False)
    cfg = alembic_config(url)
    script = ScriptDirectory.from_config(cfg)
    current = current_revision(engine)
    head = head_revision(url)
    if current == head:
        return False
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:
            raise ExternalError(
                "This database was written by a newer version of Backoffice (schema {current}); "
                "update the app before opening it",
                current=current,
            ) from None
    path = sqlite_path(url)
    if backup and current is not None and path is not None and path.exists():
        target = path.with_name(f"{path.name}.bak-{current}")
        backup_sqlite(path, target)
        logger.info("backed up %s to %s before upgrading", path, target)
    elif current is None and _has_foreign_tables(engine):
        raise ExternalError(
            "This database holds tables that are not Backoffice's; refusing to use it"
        )
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except OperationalError as exc:
        raise ExternalError("Could not upgrade the database: {orig}", orig=exc.orig) from None
    return True


def _has_foreign_tables(engine: Engine) -> bool:
    names = set(inspect(engine).get_table_names())
    return bool(names - {"alembic_version"})
