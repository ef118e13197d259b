"""Live updates (R37): the database worker polls the change marker (two primary-key maxima) every
1.5 s; when it moves, the window hears which orders are new and which changed. Polling sees orders
written by sync, another PC, another window or the CLI alike."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from backoffice.db import listing
from backoffice.db.listing import ChangeMarker, Changes
from backoffice.ui.worker import DbWorker

POLL_MS = 1500


class LiveUpdates(QObject):
    changed = Signal(object)  # listing.Changes

    def __init__(self, worker: DbWorker, interval_ms: int = POLL_MS, parent: QObject | None = None):
        super().__init__(parent)
        self._worker = worker
        self._marker: ChangeMarker | None = None
        self._polling = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._worker.submit(listing.current_marker, self._set_marker)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _set_marker(self, marker: ChangeMarker) -> None:
        self._marker = marker

    def poll(self) -> None:
        if self._marker is None or self._polling:
            return
        self._polling = True
        marker = self._marker
        self._worker.submit(lambda s: listing.changed_since(s, marker), self._polled, self._failed)

    def _failed(self, _exc: Exception) -> None:
        self._polling = False  # a locked database now is fine later; the next tick retries

    def _polled(self, changes: Changes) -> None:
        self._polling = False
        if changes.marker == self._marker:
            return
        self._marker = changes.marker
        if changes.new_ids or changes.changed_ids:
            self.changed.emit(changes)
