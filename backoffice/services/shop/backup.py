"""A consistent online copy of the SQLite database while the app runs and writes (issue 7).

SQLite's online backup API copies the file a few hundred pages per step. The source connection
holds one read transaction for the whole copy, so every step reads the same snapshot: in WAL mode
(the app's mode, db/engine.py) readers never block writers, orders keep being placed meanwhile,
and the copy is exactly the database as it was at one commit — never half an order. Without that
held snapshot another connection's write would restart the copy from page one.

The copy goes to a hidden temporary file beside the target, passes `PRAGMA integrity_check`, and
only then is renamed over the target: a crash, a full disk or a cancel never leaves a half-written
backup under the name staff chose. PostgreSQL is refused with a pointer to pg_dump.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from backoffice.db.engine import sqlite_path
from backoffice.domain.errors import DomainError, ExternalError

logger = logging.getLogger(__name__)

PAGES_PER_STEP = 256  # ~1 MB with 4 KiB pages: progress and cancel stay responsive
SPACE_MARGIN = 1.05  # the copy plus its rollback journal while it is written
SPACE_SLACK = 1 << 20

Progress = Callable[[int, int], None]  # pages done, pages total
Cancelled = Callable[[], bool]


class BackupCancelled(Exception):
    """Staff cancelled; the temporary file was removed and the target left untouched."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    pages: int
    size: int
    seconds: float


def disk_free(folder: Path) -> int:
    """Free bytes in the folder (a function of its own so tests can simulate a full disk)."""
    return shutil.disk_usage(folder).free


def source_file(url: str) -> Path:
    """The live SQLite file behind the URL; other databases are refused in one line."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DomainError("Not a database URL: {url}", url=url) from None
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        raise DomainError(
            "This is a PostgreSQL database: back it up on the server with pg_dump "
            "(pg_dump --format=custom --file FILE DBNAME)"
        )
    if backend != "sqlite":
        raise DomainError(
            "Backups are made of SQLite databases only, not {backend}", backend=backend
        )
    path = sqlite_path(url)
    if path is None:
        raise DomainError("An in-memory database has nothing to back up")
    if not path.is_file():
        raise DomainError("The database file {path} does not exist", path=str(path))
    return path


def check_target(source: Path, target: Path) -> Path:
    """The absolute target path, or a DomainError a cashier can act on."""
    target = target.expanduser().absolute()
    folder = target.parent
    if not folder.is_dir():
        raise DomainError("The folder {folder} does not exist", folder=str(folder))
    if target.is_dir():
        raise DomainError(
            "{target} is a folder; give a file name for the backup", target=str(target)
        )
    live = source.resolve()
    sidecars = {live, live.with_name(live.name + "-wal"), live.with_name(live.name + "-shm")}
    if target.resolve() in sidecars or (target.exists() and _same_file(target, live)):
        raise DomainError(
            "{target} is the live database itself; choose another file", target=str(target)
        )
    return target


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def backup_database(
    url: str,
    target: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    pages_per_step: int | None = None,
) -> BackupResult:
    """Copy the live SQLite database to `target` (replacing it) and verify the copy.

    Raises DomainError (bad target, not SQLite), ExternalError (no space, disk or lock failure,
    the copy failed its integrity check) or BackupCancelled; the target is untouched then.
    """
    started = time.monotonic()
    source_path = source_file(url)
    target = check_target(source_path, target)
    temp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        step = pages_per_step or PAGES_PER_STEP
        pages = _copy(source_path, temp, progress, cancelled, step)
        _verify(temp)
        os.replace(temp, target)
        _sync_folder(target.parent)
    except BackupCancelled:
        logger.info("backup to %s cancelled", target)
        raise
    except sqlite3.Error as exc:
        raise ExternalError("The backup failed: {detail}", detail=str(exc)) from None
    except OSError as exc:
        raise ExternalError(
            "The backup could not be written to {target}: {detail}",
            target=str(target),
            detail=str(exc.strerror or exc),
        ) from None
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            leftover.unlink(missing_ok=True)
    size = target.stat().st_size
    seconds = time.monotonic() - started
    logger.info(
        "backup of %s to %s: %d pages, %d bytes, %.1fs", source_path, target, pages, size, seconds
    )
    return BackupResult(target, pages, size, seconds)


def _copy(
    source_path: Path,
    temp: Path,
    progress: Progress | None,
    cancelled: Cancelled | None,
    pages_per_step: int,
) -> int:
    source = sqlite3.connect(_read_only(source_path), uri=True, timeout=5)
    dest: sqlite3.Connection | None = None
    try:
        # One read transaction for the whole copy: a fixed snapshot (see the module docstring).
        source.execute("BEGIN")
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        page_size = source.execute("PRAGMA page_size").fetchone()[0]
        total = source.execute("PRAGMA page_count").fetchone()[0]
        need = int(total * page_size * SPACE_MARGIN) + SPACE_SLACK
        free = disk_free(temp.parent)
        if free < need:
            raise ExternalError(
                "Not enough space in {folder}: the backup needs about {need}, {free} is free",
                folder=str(temp.parent),
                need=_mb(need),
                free=_mb(free),
            )
        temp.unlink(missing_ok=True)
        dest = sqlite3.connect(temp)

        def step(_status: int, remaining: int, count: int) -> None:
            if cancelled is not None and cancelled():
                raise BackupCancelled()
            if progress is not None:
                progress(count - remaining, count)

        if progress is not None:
            progress(0, total)
        source.backup(dest, pages=max(1, pages_per_step), progress=step)
        # One self-contained file: the copy carries no -wal beside it.
        dest.execute("PRAGMA journal_mode=DELETE")
        dest.close()
        dest = None
        if progress is not None:
            progress(total, total)
        return int(total)
    finally:
        if dest is not None:
            dest.close()
        source.rollback()
        source.close()


def _verify(path: Path) -> None:
    check = sqlite3.connect(_read_only(path), uri=True)
    try:
        rows = [row[0] for row in check.execute("PRAGMA integrity_check")]
    finally:
        check.close()
    if rows != ["ok"]:
        raise ExternalError(
            "The backup copy failed its integrity check: {detail}", detail=str(rows[0])
        )
    with open(path, "rb+") as handle:  # on disk before the rename makes it the backup
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder for fsync; NTFS renames are journaled
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _read_only(path: Path) -> str:
    """A read-only SQLite URI; as_uri() escapes '?', '#' and spaces in folder names."""
    return f"{path.absolute().as_uri()}?mode=ro"
