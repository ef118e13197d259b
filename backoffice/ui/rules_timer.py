"""The automatic rules in the window (R8, R10): every few minutes, on the database worker.

Whether or not a shop is connected, delivered orders complete after the configured days and
unpaid orders past their deadline are cancelled while the counter is open; the sync pass and
`backoffice rules run` do the same. `ran(AutomaticResult)` after each pass; an order list
refreshes by itself when orders change (ui/live.py)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from backoffice.services.orders.rules_run import INTERVAL_MINUTES, run_rules
from backoffice.ui.ops import Ops

logger = logging.getLogger(__name__)


class RulesTimer(QObject):
    ran = Signal(object)  # AutomaticResult

    def __init__(
        self,
        worker: Ops,
        *,
        interval_ms: int = INTERVAL_MINUTES * 60_000,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._clock = clock  # what "now" is for each pass (a test freezes it)
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.run_now)

    def start(self) -> None:
        self.timer.start()
        self.run_now()

    def stop(self) -> None:
        self.timer.stop()

    def run_now(self) -> None:
        if self._busy:
            return  # the previous pass is still running
        self._busy = True
        # the rules open their own transaction per order
        now = self._clock()
        self._worker.submit(lambda core: core.run(run_rules, now=now), self._done, self._failed)

    def _done(self, result: object) -> None:
        self._busy = False
        self.ran.emit(result)

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        logger.warning("automatic rules failed; the next pass tries again: %s", exc)
