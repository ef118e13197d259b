"""Sends queued print jobs on the operation helper's "printers" lane, one job at a time per printer, and reports each job's
state back on the GUI thread (R41; STYLE practice 4).

The network part (`print_queue.process_job`: claim, send within the printer's timeouts, record
the outcome) never runs on the GUI thread nor on the database worker, so a stalled printer holds
one pool thread for at most its timeout and nothing else waits for it.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from backoffice.core import Core
from backoffice.printing import Outcome, SendResult
from backoffice.services.printing import queue as print_queue
from backoffice.services.printing.queue import JobView
from backoffice.ui.ops import Ops

logger = logging.getLogger(__name__)

LANE = "printers"  # the operation helper's pool lane for printers (ui/ops.LANES)


class PrintQueueRunner(QObject):
    """`submit(job_id, printer)` sends a queued job; `job_changed(JobView)` reports its state."""

    job_changed = Signal(object)  # JobView, on the GUI thread

    def __init__(
        self, worker: Ops, parent: QObject | None = None, *, timeout: float | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("print-queue-runner")
        self.worker = worker
        self.timeout = timeout  # None: each printer profile's own send timeout
        self.pool = worker.lane(LANE)
        self._busy: set[str] = set()  # printers with a job on the wire
        self._waiting: dict[str, deque[int]] = {}

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

        def load(core: Core) -> list[JobView]:
            core.write(print_queue.recover_stuck_jobs)
            return [
                j for j in core.read(print_queue.list_jobs, open_only=True) if j.state == "queued"
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

        def ok(result: Any) -> None:
            if done is not None:
                done(result, None)

        def failed(exc: Exception) -> None:
            if done is not None:
                done(None, exc)

        self.worker.pool(fn, ok, failed, lane=LANE)

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for the jobs on the wire (each bounded by its printer's timeout), e.g. on quit."""
        return self.pool.waitForDone(msecs)

    def _start_next(self, printer: str) -> None:
        queue = self._waiting.get(printer)
        if printer in self._busy or not queue:
            return
        job_id = queue.popleft()
        self._busy.add(printer)
        core, timeout = self.worker.core, self.timeout

        def send() -> JobView:
            return core.run(print_queue.process_job, job_id, timeout)

        self.worker.pool(
            send,
            lambda view: self._job_finished(job_id, printer, view),
            lambda exc: self._job_finished(job_id, printer, exc),
            lane=LANE,
        )

    def _job_finished(self, job_id: int, printer: str, outcome: object) -> None:
        self._busy.discard(printer)
        if isinstance(outcome, Exception):
            logger.error("print job %s: the outcome was not recorded", job_id, exc_info=outcome)
            # The database refused the outcome (locked?): the job stays `sending` and becomes
            # uncertain on the next start; say so now rather than pretend.
            outcome = _unknown(job_id, printer, outcome)
        self.job_changed.emit(outcome)
        self._start_next(printer)


def _unknown(job_id: int, printer: str, exc: Exception) -> JobView:
    result = SendResult(Outcome.UNCERTAIN, f"Could not record the outcome: {exc}")
    return JobView(
        id=job_id,
        created_at=datetime.now(UTC),
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
