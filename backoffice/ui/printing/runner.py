"""Sends queued print jobs on a QThreadPool, one job at a time per printer, and reports each job's
state back on the GUI thread (R41; STYLE practice 4).

The network part (`print_queue.process_job`: claim, send within the printer's timeouts, record
the outcome) never runs on the GUI thread nor on the database worker, so a stalled printer holds
one pool thread for at most its timeout and nothing else waits for it.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from sqlalchemy.orm import Session, sessionmaker

from backoffice.printing import Outcome, SendResult
from backoffice.services import print_queue
from backoffice.services.print_queue import JobView
from backoffice.ui.worker import DbWorker, uow_for

logger = logging.getLogger(__name__)


class _Task(QRunnable):
    """Runs `fn()` on a pool thread and hands (result, error) to `emit` there; `emit` is a
    signal's emit, so the receiving slot runs on its own object's (the GUI) thread."""

    def __init__(self, fn: Callable[[], Any], emit: Callable[[Any, Any], None]) -> None:
        super().__init__()
        self._fn, self._emit = fn, emit

    def run(self) -> None:
        try:
            result, error = self._fn(), None
        except Exception as exc:  # a bug must not kill the pool thread; the GUI shows it
            logger.exception("print task failed")
            result, error = None, exc
        self._emit(result, error)


class PrintQueueRunner(QObject):
    """`submit(job_id, printer)` sends a queued job; `job_changed(JobView)` reports its state."""

    job_changed = Signal(object)  # JobView, on the GUI thread
    _finished = Signal(object, object)  # (job id, printer), JobView | Exception

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        worker: DbWorker,
        parent: QObject | None = None,
        *,
        timeout: float | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("print-queue-runner")
        self.session_factory = session_factory
        self.worker = worker
        self.timeout = timeout  # None: each printer profile's own send timeout
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(4)
        self._busy: set[str] = set()  # printers with a job on the wire
        self._waiting: dict[str, deque[int]] = {}
        self._finished.connect(self._job_finished)

    @property
    def idle(self) -> bool:
        return not self._busy and not any(self._waiting.values())

    def submit(self, job_id: int, printer: str) -> None:
        """Send the job when its printer is free (jobs to one printer go one after another)."""
        self._waiting.setdefault(printer, deque()).append(job_id)
        self._start_next(printer)

    def resume(self) -> None:
        """On start: jobs left `sending` by a crash become uncertain (never re-sent by themselves);
        jobs still `queued` (nothing was sent) are sent now."""

        def load(session: Session) -> list[JobView]:
            print_queue.recover_stuck_jobs(uow_for(session))
            return [
                j for j in print_queue.list_jobs(session, open_only=True) if j.state == "queued"
            ]

        def go(jobs: list[JobView]) -> None:
            for job in reversed(jobs):  # oldest first
                self.submit(job.id, job.printer)

        self.worker.submit(load, go)

    def run_in_pool(
        self, fn: Callable[[], Any], done: Callable[[Any, Exception | None], None] | None = None
    ) -> None:
        """Any other blocking printer call (test connection, test page) off the GUI thread;
        `done(result, error)` runs on the GUI thread."""
        relay = _Relay(done, self)
        self.pool.start(_Task(fn, relay.finished.emit))

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for the jobs on the wire (each bounded by its printer's timeout), e.g. on quit."""
        return self.pool.waitForDone(msecs)

    def _start_next(self, printer: str) -> None:
        queue = self._waiting.get(printer)
        if printer in self._busy or not queue:
            return
        job_id = queue.popleft()
        self._busy.add(printer)
        factory, timeout = self.session_factory, self.timeout
        key = (job_id, printer)

        def send() -> JobView:
            return print_queue.process_job(factory, job_id, timeout)

        def emit(result: object, error: object) -> None:
            self._finished.emit(key, error if error is not None else result)

        self.pool.start(_Task(send, emit))

    @Slot(object, object)
    def _job_finished(self, key: tuple[int, str], outcome: object) -> None:
        job_id, printer = key
        self._busy.discard(printer)
        if isinstance(outcome, Exception):
            # The database refused the outcome (locked?): the job stays `sending` and becomes
            # uncertain on the next start; say so now rather than pretend.
            outcome = _unknown(job_id, printer, outcome)
        self.job_changed.emit(outcome)
        self._start_next(printer)


class _Relay(QObject):
    """Carries one pool result back to the GUI thread, then goes away."""

    finished = Signal(object, object)

    def __init__(self, done: Callable[[Any, Exception | None], None] | None, parent: QObject):
        super().__init__(parent)
        self._done = done
        self.finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        try:
            if self._done is not None:
                self._done(result, error)  # type: ignore[arg-type]
        finally:
            self.deleteLater()


def _unknown(job_id: int, printer: str, exc: Exception) -> JobView:
    from backoffice.db.base import utcnow

    result = SendResult(Outcome.UNCERTAIN, f"Could not record the outcome: {exc}")
    return JobView(
        id=job_id,
        created_at=utcnow(),
        sent_at=None,
        document="",
        codes=(),
        printer=printer,
        state=str(result.outcome),
        error=result.error,
        attempts=0,
        reprint_of=None,
        language="ko",
        actor="",
        size=0,
    )
