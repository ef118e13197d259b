"""Composition root: settings, logging and the database every front end (CLI, GUI) works on.

`open_database` resolves the URL (--db > BACKOFFICE_DB > the user data folder), builds the engine,
brings the schema up to date (a backup copy of an existing SQLite file first; a database written by
a newer app is refused) and hands back an `AppContext` that makes units of work. Nothing here
imports Qt: the GUI receives the context from `cli/gui.py`.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from backoffice.core import Core
from backoffice.db import migrate
from backoffice.db.engine import (
    data_dir,
    make_engine,
    make_session_factory,
    resolve_url,
    sqlite_path,
)
from backoffice.db.uow import UnitOfWork
from backoffice.domain.errors import ExternalError
from backoffice.services.shop.settings import ShopSettings

logger = logging.getLogger(__name__)

TESTING_ENV = "BACKOFFICE_TESTING"
LOG_FILE_BYTES = 2_000_000
LOG_FILE_COUNT = 5
_HANDLER_MARK = "_backoffice_handler"


@dataclass(frozen=True)
class Migration:
    """What opening the database did to its schema (shown by `backoffice db upgrade`)."""

    before: str | None
    after: str
    backup: Path | None = None

    @property
    def applied(self) -> bool:
        return self.before != self.after


@dataclass
class AppContext:
    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    settings: ShopSettings = field(default_factory=ShopSettings)  # services/shop/settings.py
    migration: Migration | None = None
    _core: Core | None = field(default=None, repr=False)

    def uow(self) -> UnitOfWork:
        """A fresh unit of work: one per staff action (STYLE practice 1)."""
        return UnitOfWork(self.session_factory)

    @property
    def core(self) -> Core:
        """The one door into the services for the window (backoffice/core.py)."""
        if self._core is None:
            self._core = Core(self.session_factory)
        return self._core

    @property
    def display_url(self) -> str:
        return safe_url(self.url)

    def close(self) -> None:
        self.engine.dispose()


def safe_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL at all: nothing secret to hide in a bare word
        return url


def open_database(url: str | None = None, *, upgrade: bool = True) -> AppContext:
    """Open (and by default upgrade) the database. Raises ExternalError, never a raw driver error."""
    resolved = resolve_url(url)
    try:
        engine = make_engine(resolved)
    except OSError as exc:  # e.g. the SQLite file's folder cannot be created
        raise ExternalError(
            "Cannot open the database {url}: {detail}",
            url=safe_url(resolved),
            detail=exc.strerror or exc,
        ) from None
    try:
        migration = _upgrade(engine, resolved) if upgrade else None
        factory = make_session_factory(engine)
        with factory() as session:
            settings = ShopSettings.load(session)
    except ExternalError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        detail = getattr(exc, "orig", None) or exc
        raise ExternalError(
            "Cannot open the database {url}: {detail}", url=safe_url(resolved), detail=detail
        ) from None
    except OSError as exc:
        engine.dispose()
        raise ExternalError(
            "Cannot open the database {url}: {detail}",
            url=safe_url(resolved),
            detail=exc.strerror or exc,
        ) from None
    logger.info("opened %s", safe_url(resolved))
    return AppContext(resolved, engine, factory, settings, migration)


def _upgrade(engine: Engine, url: str) -> Migration:
    if migrate.is_current(engine):  # the common case, without loading alembic
        head = migrate.quick_head()
        assert head is not None
        return Migration(head, head, None)
    before = migrate.current_revision(engine)
    head = migrate.head_revision(url)
    applied = migrate.upgrade(engine)
    backup = None
    path = sqlite_path(url)
    if applied and before is not None and path is not None:
        # migrate.upgrade names its copy this way (`*.bak-<revision>`)
        candidate = path.with_name(f"{path.name}.bak-{before}")
        backup = candidate if candidate.exists() else None
    if applied:
        logger.info("database schema %s -> %s", before, head)
    return Migration(before, head, backup)


def setup_logging(*, verbose: bool = False) -> Path | None:
    """A rotating log file in the data folder; under tests (BACKOFFICE_TESTING=1) stderr only,
    warnings and up. Returns the log file's path (None when logging to stderr). Idempotent."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _HANDLER_MARK, False):
            root.removeHandler(handler)
            handler.close()
        elif type(handler) is logging.StreamHandler:
            # python-escpos calls logging.basicConfig() on import: its stderr handler would
            # repeat every log line under our one-line CLI errors. Ours is the only output.
            root.removeHandler(handler)
    handler: logging.Handler
    path: Path | None = None
    if os.environ.get(TESTING_ENV) == "1":
        handler = logging.StreamHandler(sys.stderr)
        level = logging.WARNING
    else:
        try:
            folder = data_dir() / "logs"
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / "backoffice.log"
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILE_COUNT, encoding="utf-8"
            )
            level = logging.DEBUG if verbose else logging.INFO
        except OSError:  # a read-only home must not stop the app; warnings still reach stderr
            handler = logging.StreamHandler(sys.stderr)
            level, path = logging.WARNING, None
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s")
    )
    setattr(handler, _HANDLER_MARK, True)
    handler.setLevel(level)
    root.addHandler(handler)
    root.setLevel(min(level, root.level) if root.level else level)
    return path
