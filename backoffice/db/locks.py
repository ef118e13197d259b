"""Only one PC runs the sync relay at a time (issue 7): a try-lock held for the relay's lifetime.

    lock = RelayLock(engine, holder="Counter 2")
    if lock.acquire():          # never waits
        try: ...                # push and pull
        finally: lock.release()
    else:
        lock.holder()           # "Counter 1": who runs it, for "sync runs on PC Counter 1"

PostgreSQL (several PCs): `pg_try_advisory_lock` on a dedicated connection kept open while the lock
is held. The server releases it when that connection ends, so a PC that crashes or loses its network
frees the relay without any expiry to tune. The holder's name travels as the connection's
`application_name`, which every other PC can read in `pg_stat_activity` beside the lock in `pg_locks`.

SQLite (one PC, but the GUI and `backoffice sync` may both run there): an OS lock (`flock` on POSIX,
`msvcrt.locking` on Windows) on `<database file>.relay.lock` next to the database. The OS drops it
when the process dies, like the advisory lock; the holder's name is written into the file. A lease
row with an expiry would need a clock and a renewal timer for the same guarantee. Each `RelayLock`
opens its own file handle, so two locks in one process exclude each other too (as two PCs would).
An in-memory database is private to its process: the lock is always granted.
"""

from __future__ import annotations

import logging
import os
import socket
import zlib
from pathlib import Path
from typing import IO, Self

from sqlalchemy import Connection, Engine, text

from backoffice.db.engine import sqlite_path

logger = logging.getLogger(__name__)

APP_NAME_PREFIX = "backoffice relay: "


def default_holder() -> str:
    """This PC's name, as other PCs will see it."""
    return socket.gethostname() or "this PC"


def _advisory_key(name: str) -> int:
    # A stable signed 64-bit key per lock name (crc32 fits; the high word tags it as ours).
    return (0x42AC << 32) | zlib.crc32(name.encode())


class RelayLock:
    """A non-blocking, process-crash-safe lock named `name` in one database."""

    def __init__(
        self, engine: Engine, *, holder: str | None = None, name: str = "sync-relay"
    ) -> None:
        self.engine = engine
        self.name = name
        self.holder_name = (holder or default_holder())[:60]
        self._conn: Connection | None = None
        self._file: IO[bytes] | None = None
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    def acquire(self) -> bool:
        """Take the lock if nobody holds it; True when this object holds it (again). Called before
        every sync run: on PostgreSQL it first checks the lock survived (a dropped connection
        loses it, and another PC may have taken over)."""
        if self._held and self._conn is not None and not self._still_held_pg():
            logger.warning("relay lock: the connection holding it was lost")
            self._forget_pg()
        if self._held:
            return True
        if self.engine.dialect.name == "postgresql":
            self._held = self._acquire_pg()
        else:
            self._held = self._acquire_file()
        return self._held

    def release(self) -> None:
        if not self._held:
            return
        self._held = False
        if self._conn is not None:
            try:
                self._conn.execute(
                    text("SELECT pg_advisory_unlock(:k)"), {"k": _advisory_key(self.name)}
                )
                self._conn.commit()
            except Exception:  # the connection is gone: the server already released the lock
                logger.warning("relay lock: unlock failed; the closed connection releases it")
            self._forget_pg()
        if self._file is not None:
            handle, self._file = self._file, None
            _unlock_file(handle)
            handle.close()

    def holder(self) -> str | None:
        """Who holds the lock now (this object included), or None when it is free."""
        if self._held:
            return self.holder_name
        if self.engine.dialect.name == "postgresql":
            return self._pg_holder()
        return self._file_holder()

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    # PostgreSQL --------------------------------------------------------------------------------

    def _acquire_pg(self) -> bool:
        conn = self.engine.connect()
        try:
            conn.execute(
                text("SELECT set_config('application_name', :n, false)"),
                {"n": APP_NAME_PREFIX + self.holder_name},
            )
            got = conn.execute(
                text("SELECT pg_try_advisory_lock(:k)"), {"k": _advisory_key(self.name)}
            ).scalar()
            conn.commit()  # session-level lock and setting outlive this transaction
        except Exception:
            conn.invalidate()
            conn.close()
            raise
        if not got:
            conn.invalidate()  # not back to the pool: it carries our application_name
            conn.close()
            return False
        self._conn = conn
        return True

    def _still_held_pg(self) -> bool:
        assert self._conn is not None
        key = _advisory_key(self.name)
        try:
            found = self._conn.execute(
                text(
                    "SELECT 1 FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'advisory'"
                    " AND classid::bigint = :hi AND objid::bigint = :lo AND objsubid = 1"
                ),
                {"hi": key >> 32, "lo": key & 0xFFFFFFFF},
            ).first()
            self._conn.commit()
        except Exception:  # noqa: BLE001 - any failure means the lock cannot be trusted
            return False
        return found is not None

    def _forget_pg(self) -> None:
        """Drop the dedicated connection (not back to the pool: it carries our application_name)."""
        conn, self._conn = self._conn, None
        self._held = False
        if conn is not None:
            conn.invalidate()
            conn.close()

    def _pg_holder(self) -> str | None:
        key = _advisory_key(self.name)
        with self.engine.connect() as conn:
            name = conn.execute(
                text(
                    "SELECT a.application_name FROM pg_locks l"
                    " JOIN pg_stat_activity a ON a.pid = l.pid"
                    " WHERE l.locktype = 'advisory' AND l.granted"
                    " AND l.database = (SELECT oid FROM pg_database"
                    "                   WHERE datname = current_database())"
                    " AND l.classid::bigint = :hi AND l.objid::bigint = :lo AND l.objsubid = 1"
                ),
                {"hi": key >> 32, "lo": key & 0xFFFFFFFF},
            ).scalar()
        if name is None:
            return None
        return name.removeprefix(APP_NAME_PREFIX)

    # SQLite ------------------------------------------------------------------------------------

    def _lock_path(self) -> Path | None:
        path = sqlite_path(self.engine.url.render_as_string(hide_password=False))
        return None if path is None else path.with_name(f"{path.name}.{self.name}.lock")

    def _acquire_file(self) -> bool:
        path = self._lock_path()
        if path is None:  # in-memory: nobody else can reach this database
            return True
        handle = open(path, "a+b")  # noqa: SIM115 - kept open while the lock is held
        if not _try_lock_file(handle):
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(f"{self.holder_name}\n{os.getpid()}\n".encode())
        handle.flush()
        self._file = handle
        return True

    def _file_holder(self) -> str | None:
        path = self._lock_path()
        if path is None or not path.exists():
            return None
        with open(path, "a+b") as probe:
            if _try_lock_file(probe):  # free: whatever the file says is from a past holder
                _unlock_file(probe)
                return None
            probe.seek(0)
            first = probe.read().decode(errors="replace").splitlines()
        return first[0] if first else "another program"


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # Windows locks are mandatory: a locked byte cannot be read, so the lock sits past the name.
    _LOCK_OFFSET = 4096

    def _try_lock_file(handle: IO[bytes]) -> bool:
        handle.seek(_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock_file(handle: IO[bytes]) -> None:
        handle.seek(_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock_file(handle: IO[bytes]) -> bool:
        # flock, not lockf: flock locks belong to the open file, so two handles in one process
        # exclude each other; lockf locks belong to the process and would not.
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock_file(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
