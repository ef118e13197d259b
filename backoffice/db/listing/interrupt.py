"""Stopping a list query that was typed over (R32: search as you type on a million orders).

`Interrupter.run(session, generation, fn, *args)` runs `fn(session, *args)` as the query of that
generation; `interrupt_older(generation)` stops a running query of an older one: SQLite is told to
stop (a flag, no I/O), PostgreSQL gets a cancel request (a round trip, so on a thread of its own,
never the GUI's). The caller's lane then reaches the newest query at once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy.orm import Session

logger = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")


class Interrupter:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running: tuple[int, Any] | None = None  # (generation, driver connection)

    def run(
        self,
        session: Session,
        generation: int,
        fn: Callable[Concatenate[Session, P], R],
        *args: P.args,
        **kw: P.kwargs,
    ) -> R:
        with self._lock:
            self._running = (generation, session.connection().connection.driver_connection)
        try:
            return fn(session, *args, **kw)
        finally:
            with self._lock:
                self._running = None

    def interrupt_older(self, generation: int) -> None:
        # Under the lock the query cannot finish and start another statement on that connection,
        # so the interrupt reaches only the query it is meant for.
        with self._lock:
            running = self._running
            if running is None or running[0] == generation:
                return
            driver = running[1]
            if hasattr(driver, "interrupt"):  # sqlite3
                driver.interrupt()
            elif hasattr(driver, "cancel_safe"):  # psycopg
                threading.Thread(target=self._cancel_older, args=(generation,), daemon=True).start()

    def _cancel_older(self, generation: int) -> None:
        with self._lock:  # the same guarantee as above: only the query meant
            running = self._running
            if running is None or running[0] >= generation:
                return  # it finished meanwhile, or the newer query already runs
            try:
                running[1].cancel_safe(timeout=2.0)
            except Exception:  # a failed cancel only means the old query runs to its end
                logger.warning("could not cancel a typed-over list query", exc_info=True)
