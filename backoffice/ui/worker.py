"""The database worker (STYLE practice 4): one thread runs every database job in order, each on a
session it creates and closes itself, so sessions never cross threads; results come back to the
GUI thread by a queued signal and callbacks run there.

Long jobs (bulk actions, exports) get an `OpState`: a cancel flag the job polls and progress that
reaches the GUI at most every 100 ms. They run as a chain of short jobs, so list paging and
searches interleave with them and the window never waits for a 10,000-order action.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from sqlalchemy.orm import Session, sessionmaker

logger = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


class PaintGate:
    """Long background jobs give way while the order table paints.

    A paint is one call from Qt into Python per visible cell, each taking the GIL. With the
    worker running Python (a bulk action) every such call competed for it, and one repaint took
    up to 150-200 ms. The table closes the gate for its paint; a long job opens its next step
    only when the gate is open (bounded, so a stuck paint cannot stop the job)."""

    def __init__(self) -> None:
        self._open = threading.Event()
        self._open.set()

    @property
    def is_open(self) -> bool:
        return self._open.is_set()

    @contextmanager
    def painting(self) -> Iterator[None]:
        self._open.clear()
        try:
            yield
        finally:
            self._open.set()

    def give_way(self, timeout_s: float = 0.25) -> None:
        """Called by a job between two steps: returns once no paint runs (or after timeout_s)."""
        self._open.wait(timeout_s)


class OpState(QObject):
    """Progress and cancel state of one long operation (Orange3's TaskState, Anki's CollectionOp)."""

    progressed = Signal(int, int)  # done, total

    def __init__(
        self, total: int = 0, parent: QObject | None = None, gate: PaintGate | None = None
    ) -> None:
        super().__init__(parent)
        self.total = total
        self._cancel = threading.Event()
        self._last_emit = 0.0
        self._gate = gate

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def checkpoint(self) -> bool:
        """Between two steps of the job (its `should_stop`): give way to a paint, then say
        whether the job was cancelled."""
        if self._gate is not None:
            self._gate.give_way()
        return self.cancelled

    def report(self, done: int, total: int | None = None, *, force: bool = False) -> None:
        """Callable from the worker thread; throttled so 10,000 steps make ~100 signals."""
        now = time.monotonic()
        if force or now - self._last_emit >= 0.1:
            self._last_emit = now
            self.progressed.emit(done, self.total if total is None else total)


class DbWorker(QObject):
    """`submit(fn, on_done, on_error)`: fn(session) runs on the worker thread."""

    _finished = Signal(int, object, object)

    def __init__(self, session_factory: sessionmaker[Session], parent: QObject | None = None):
        super().__init__(parent)
        self._factory = session_factory
        self._jobs: queue.Queue[tuple[int, Callable[[Session], Any]] | None] = queue.Queue()
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self._ids = itertools.count(1)
        self._busy = 0
        self.paint_gate = PaintGate()
        self._finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._run, name="db-worker", daemon=True)
        self._thread.start()

    def submit(
        self,
        fn: Callable[[Session], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
    ) -> int:
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error)
        self._busy += 1
        self._jobs.put((job_id, fn))
        return job_id

    @property
    def idle(self) -> bool:
        """No job queued, running or waiting for its callback (tests wait on this)."""
        return self._busy == 0

    def stop(self) -> None:
        self._jobs.put(None)
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while True:
            item = self._jobs.get()
            if item is None:
                return
            job_id, fn = item
            result: Any = None
            error: Exception | None = None
            try:
                with self._factory() as session:
                    result = fn(session)
            except Exception as exc:  # delivered to the GUI thread; logged there if unhandled
                error = exc
            self._finished.emit(job_id, result, error)

    @Slot(int, object, object)
    def _deliver(self, job_id: int, result: Any, error: Exception | None) -> None:
        self._busy -= 1
        on_done, on_error = self._callbacks.pop(job_id, (None, None))
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                logger.error("database job failed", exc_info=error)
            return
        if on_done is not None:
            on_done(result)


def uow_for(session: Session) -> Any:
    """A unit of work on the same engine as a worker job's session, for service calls inside the
    job (services open and commit their own transaction)."""
    from backoffice.db.uow import UnitOfWork

    bind = session.get_bind()
    return UnitOfWork(sessionmaker(bind, expire_on_commit=False))
