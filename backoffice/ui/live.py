"""Live updates (R37): the database worker polls the change marker (two primary-key maxima) every
1.5 s; when it moves, the window hears which orders are new and which changed. Polling sees orders
written by sync, another PC, another window or the CLI alike. `NewOrderNotice` is what a person
sees and hears of new orders."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from backoffice.db import listing
from backoffice.db.listing import ChangeMarker, Changes
from backoffice.ui.ops import Ops

POLL_MS = 1500


class LiveUpdates(QObject):
    changed = Signal(object)  # listing.Changes

    def __init__(self, worker: Ops, interval_ms: int = POLL_MS, parent: QObject | None = None):
        super().__init__(parent)
        self._worker = worker
        self._marker: ChangeMarker | None = None
        self._polling = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._worker.submit(lambda core: core.read(listing.current_marker), self._set_marker)
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
        self._worker.submit(
            lambda core: core.read(listing.changed_since, marker), self._polled, self._failed
        )

    def _failed(self, _exc: Exception) -> None:
        self._polling = False  # a locked database now is fine later; the next tick retries

    def _polled(self, changes: Changes) -> None:
        self._polling = False
        if changes.marker == self._marker:
            return
        self._marker = changes.marker
        if changes.new_ids or changes.changed_ids:
            self.changed.emit(changes)


SOUND_KEY = "list/new_order_sound"


class NewOrderNotice(QPushButton):
    """R37: the "N new orders arrived" bar above the list, and a sound if this PC's setting says
    so (off until someone turns it on: R37's "a sound, if enabled"). Clicking the bar dismisses it.
    `play` is the sound (the system beep); tests replace it to hear it."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.count = 0
        self.play: Callable[[], None] = QApplication.beep
        self.setFlat(True)
        self.setStyleSheet("background:#fff3cd; color:#664d03; padding:4px; text-align:left")
        self.hide()
        self.clicked.connect(self.dismiss)

    @property
    def sound_enabled(self) -> bool:
        return self._settings.value(SOUND_KEY, False, type=bool) is True

    def set_sound_enabled(self, on: bool) -> None:
        self._settings.setValue(SOUND_KEY, bool(on))

    def add(self, new_orders: int) -> None:
        self.count += new_orders
        self.setText(self.tr("%n new order(s) arrived. Click to dismiss.", "", self.count))
        self.show()
        if self.sound_enabled:
            self.play()

    def dismiss(self) -> None:
        self.count = 0
        self.hide()
