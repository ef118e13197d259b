"""The operation helper (STYLE practice 4; Anki's CollectionOp / QueryOp): every piece of work the
window does off its own thread goes through `Ops`.

- The database lane (`submit`): one thread runs the jobs in order; a job is `fn(core)` and calls
  the core (backoffice/core.py), which opens and closes a session on that thread for each call,
  so sessions never cross threads and the window never holds one.
- Pool lanes (`pool`): network, printers, backup, each a thread pool of its own size, so a
  stalled printer or shop never holds up the database lane or another lane.

Results come back to the GUI thread by a queued signal and the callbacks run there. A failure
without its own handler takes the one failure path (ui/failures.py): a rule's refusal is shown
in the user's language, an outside failure offers a retry, a bug is logged and shown in the
crash dialog.

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

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from backoffice.core import Core

logger = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[Exception], None]
Retry = Callable[[], None]
OnFailure = Callable[[Exception, Retry], None]

# Pool lanes and their sizes: one backup and one sync at a time; printers one job each (at most 4).
LANES = {"network": 2, "printers": 4, "sync": 1, "backup": 1}


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


class Ops(QObject):
    """`submit(fn, on_done, on_error)`: fn(core) on the database lane; `pool(fn, ..., lane=)`: fn()
    on a pool lane. Without `on_error`, a failure goes to `on_failure(exc, retry)`, the window's
    failure path (build_window sets it); `retry()` runs the same job again on the same lane."""

    _finished = Signal(int, object, object)

    def __init__(self, core: Core, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self._jobs: queue.Queue[tuple[int, Callable[[Core], Any]] | None] = queue.Queue()
        self._callbacks: dict[int, tuple[Done | None, Failed | None, Retry]] = {}
        self._ids = itertools.count(1)
        self._busy = 0
        self._pools: dict[str, QThreadPool] = {}
        self.paint_gate = PaintGate()
        self.on_failure: OnFailure | None = None
        self._finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._run, name="db-worker", daemon=True)
        self._thread.start()

    def submit(
        self,
        fn: Callable[[Core], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
    ) -> int:
        """Run fn(core) on the database lane, after the jobs already given."""
        job_id = self._register(on_done, on_error, lambda: self.submit(fn, on_done, on_error))
        self._jobs.put((job_id, fn))
        return job_id

    def pool(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        lane: str = "network",
    ) -> int:
        """Run fn() on a thread of `lane` (LANES): work that waits on the outside world."""
        job_id = self._register(
            on_done, on_error, lambda: self.pool(fn, on_done, on_error, lane=lane)
        )
        self.lane(lane).start(_PoolTask(job_id, fn, self._emit))
        return job_id

    def lane(self, name: str) -> QThreadPool:
        pool = self._pools.get(name)
        if pool is None:
            pool = self._pools[name] = QThreadPool(self)
            pool.setMaxThreadCount(LANES.get(name, 1))
        return pool

    @property
    def idle(self) -> bool:
        """No job queued, running or waiting for its callback, in any lane (tests wait on this)."""
        return self._busy == 0

    def wait_pools(self, msecs: int = 30_000) -> bool:
        """Wait for the pool lanes' running jobs (each bounded by its own timeout), e.g. on quit."""
        return all(pool.waitForDone(msecs) for pool in self._pools.values())

    def stop(self) -> None:
        self._jobs.put(None)
        self._thread.join(timeout=10)
        self.wait_pools(10_000)

    def _register(self, on_done: Done | None, on_error: Failed | None, again: Retry) -> int:
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error, again)
        self._busy += 1
        return job_id

    def _emit(self, job_id: int, result: Any, error: Exception | None) -> None:
        try:
            self._finished.emit(job_id, result, error)
        except RuntimeError:  # the window (and this object) went away meanwhile
            logger.info("job %s ended after its window closed", job_id)

    def _run(self) -> None:
        while True:
            item = self._jobs.get()
            if item is None:
                return
            job_id, fn = item
            result: Any = None
            error: Exception | None = None
            try:
                result = fn(self.core)
            except Exception as exc:  # delivered to the GUI thread, which takes the failure path
                error = exc
            self._emit(job_id, result, error)

    @Slot(int, object, object)
    def _deliver(self, job_id: int, result: Any, error: Exception | None) -> None:
        self._busy -= 1
        on_done, on_error, again = self._callbacks.pop(job_id)
        if error is not None:
            if on_error is not None:
                on_error(error)
            elif self.on_failure is not None:
                self.on_failure(error, again)
            else:
                logger.error("background job failed", exc_info=error)
            return
        if on_done is not None:
            on_done(result)


class _PoolTask(QRunnable):
    def __init__(
        self, job_id: int, fn: Callable[[], Any], emit: Callable[[int, Any, Any], None]
    ) -> None:
        super().__init__()
        self._job_id, self._fn, self._emit = job_id, fn, emit

    def run(self) -> None:
        try:
            result, error = self._fn(), None
        except Exception as exc:  # never kills the pool thread; the GUI takes the failure path
            result, error = None, exc
        self._emit(self._job_id, result, error)
