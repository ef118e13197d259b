"""Sync in the GUI (R37, R43, R45): runs `sync_once` in the background, shows the status.

`SyncController` runs one sync at a time on the operation helper's "sync" lane (never on the GUI
thread), on a
`QTimer` and on demand, and re-emits the results as signals: `status(SyncStatus)` for the status
bar, `new_orders(list[str])` for the R37 notice. `ConflictsDialog` lists open sync conflicts with
both versions and resolves them (Keep local / Take shop's) on the database worker. `attach_sync(window, worker)`
puts a
status label and a menu button in the window's status bar without touching the window's code.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backoffice.core import Core
from backoffice.services.staff.actor import Actor, staff
from backoffice.services.sync.conflicts import ConflictRow, list_conflicts, resolve_conflict
from backoffice.services.sync.runner import (
    RelayLock,
    SyncReport,
    SyncStatus,
    relay_lock,
    sync_once,
    sync_status,
)
from backoffice.ui.failures import Kind, failure_text, kind_of, show_failure
from backoffice.ui.ops import Ops
from backoffice.ui.sync_parked import ParkedDialog
from backoffice.ui.sync_parked_orders import ParkedOrdersDialog

logger = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 60_000
LANE = "sync"  # the operation helper's pool lane for sync (ui/ops.LANES)
_D = TypeVar("_D", bound=QDialog)


class SyncCounts(QObject):
    """The status bar's counted texts. They are tr() calls of a class on purpose: lupdate marks
    `QCoreApplication.translate(ctx, text, "", n)` as a plural only when n is a literal number,
    so the English "1 change waiting" and its Korean would otherwise never be made."""

    def waiting(self, n: int) -> str:
        return self.tr("%n change(s) waiting", "", n)

    def parked(self, n: int) -> str:
        return self.tr("%n not accepted by the shop", "", n)

    def conflicts(self, n: int) -> str:
        return self.tr("%n sync conflict(s)", "", n)

    def new_orders(self, n: int) -> str:
        return self.tr("%n new order(s) from the web shop", "", n)

    def parked_orders(self, n: int) -> str:
        return self.tr("%n shop order(s) not taken in", "", n)


class SyncController(QObject):
    """Background sync on the operation helper's "sync" lane (one run at a time). `sync_fn(core)`
    defaults to `sync_once` over the configured shops, holding this database's relay lock."""

    status = Signal(object)  # SyncStatus
    new_orders = Signal(list)  # order codes pulled by the last run (R37)
    running = Signal(bool)
    failed = Signal(str)

    def __init__(
        self,
        worker: Ops,
        *,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        sync_fn: Callable[[Core], SyncReport] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        # Only one PC syncs (issue 7): the default run holds the relay lock while the app runs.
        self._lock: RelayLock | None = None
        if sync_fn is None:
            self._lock = lock = worker.core.run(relay_lock)
            sync_fn = lambda core: core.run(sync_once, lock=lock)  # noqa: E731
        self._sync = sync_fn
        self.relay_elsewhere = ""  # the PC that syncs, when not this one
        self._busy = False
        self.last_status: SyncStatus | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sync_now)

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self) -> None:
        self.timer.start()
        self.refresh_status()
        self.sync_now()

    def stop(self) -> None:
        self.timer.stop()
        self._worker.lane(LANE).waitForDone(5000)
        if self._lock is not None:
            self._lock.release()

    def refresh_status(self) -> None:
        """Only reads the status (fast), still off the GUI thread."""
        core = self._worker.core
        self._submit(lambda: (None, core.read(sync_status)))

    @Slot()
    def sync_now(self) -> None:
        if self._busy:
            return  # one run at a time; the next tick or click tries again
        core, run = self._worker.core, self._sync
        self._busy = True
        self.running.emit(True)
        self._submit(lambda: (run(core), core.read(sync_status)))

    def _submit(self, fn: Callable[[], tuple[SyncReport | None, SyncStatus]]) -> None:
        self._worker.pool(fn, lambda pair: self._done(*pair), self._failed, lane=LANE)

    def _done(self, report: SyncReport | None, status: SyncStatus) -> None:
        if report is not None:
            self._busy = False
            self.running.emit(False)
            self.relay_elsewhere = report.relay_elsewhere
            if report.new_codes:
                self.new_orders.emit(list(report.new_codes))
        if self.relay_elsewhere:
            status = replace(status, relay_elsewhere=self.relay_elsewhere)
        self.last_status = status
        self.status.emit(status)

    def _failed(self, exc: Exception) -> None:
        """The shop's and the network's failures are the sync pass's own business (they park,
        wait and retry); what reaches here is the database failing or a bug: said in the status
        bar, logged, and the next tick tries again."""
        if kind_of(exc) is Kind.BUG:
            logger.error("background sync failed", exc_info=exc)
        self._busy = False
        self.running.emit(False)
        self.failed.emit(failure_text(exc))


def status_text(status: SyncStatus | None, owner: QObject) -> str:
    """R45: "Online · synced 14:05 · 3 waiting" (translated)."""
    if status is None or status.online is None:
        text = QCoreApplication.translate("SyncStatus", "Not synced yet")
        return text + _relay_elsewhere(status)
    state = (
        QCoreApplication.translate("SyncStatus", "Online")
        if status.online
        else QCoreApplication.translate("SyncStatus", "Offline")
    )
    when = status.last_sync_at.astimezone().strftime("%H:%M") if status.last_sync_at else "—"
    parts = [state, QCoreApplication.translate("SyncStatus", "synced %1").replace("%1", when)]
    counts = SyncCounts()
    parts.append(counts.waiting(status.pending))
    if status.parked:
        parts.append(counts.parked(status.parked))
    if status.parked_orders:
        parts.append(counts.parked_orders(status.parked_orders))
    if status.conflicts:
        parts.append(counts.conflicts(status.conflicts))
    return " · ".join(parts) + _relay_elsewhere(status)


def status_details(status: SyncStatus | None) -> str:
    """R45, the same facts as `backoffice sync --status`: the status label's tooltip."""
    if status is None:
        return ""
    never = QCoreApplication.translate("SyncStatus", "never")

    def when(value: datetime | None) -> str:
        return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else never

    counts = SyncCounts()
    pull = QCoreApplication.translate("SyncStatus", "Last pull: %1")
    push = QCoreApplication.translate("SyncStatus", "Last push: %1")
    lines = [
        pull.replace("%1", when(status.last_pull_at)),
        push.replace("%1", when(status.last_push_at)),
        counts.waiting(status.pending),
        counts.parked(status.parked),
        counts.parked_orders(status.parked_orders),
        counts.conflicts(status.conflicts),
    ]
    if status.last_error:
        failing = QCoreApplication.translate("SyncStatus", "Failing: %1")
        lines.append(failing.replace("%1", status.last_error))
    return "\n".join(lines)


def _relay_elsewhere(status: SyncStatus | None) -> str:
    """Another PC holds the relay lock (issue 7): this one only shows the shared status."""
    if status is None or not status.relay_elsewhere:
        return ""
    where = QCoreApplication.translate("SyncStatus", "sync runs on PC %1")
    return " · " + where.replace("%1", status.relay_elsewhere)


class ConflictsDialog(QDialog):
    """R43: both versions side by side; staff keep this computer's or take the shop's.

    Loading and resolving run on the database worker (STYLE practice 4): the dialog shows
    "Loading…" and disables its buttons until the answer comes back to the GUI thread."""

    def __init__(self, worker: Ops, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync conflicts"))
        self._worker = worker
        self._actor = actor
        self._closed = False
        self.busy = False
        self.rows: list[ConflictRow] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Order"), self.tr("What"), self.tr("This computer"), self.tr("Web shop")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.note = QLabel(self)
        self.keep_local = QPushButton(self.tr("Keep local"), self)
        self.take_remote = QPushButton(self.tr("Take shop's"), self)
        self.keep_local.clicked.connect(lambda: self.resolve("local"))
        self.take_remote.clicked.connect(lambda: self.resolve("remote"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.keep_local)
        buttons.addWidget(self.take_remote)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.resize(720, 320)
        self.finished.connect(self._on_finished)
        self.reload()

    def _on_finished(self) -> None:
        self._closed = True  # answers still on their way are dropped

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        has = bool(self.rows) and not busy
        self.keep_local.setEnabled(has)
        self.take_remote.setEnabled(has)
        if busy:
            self.note.setText(self.tr("Loading…"))
        elif not self.rows:
            self.note.setText(self.tr("No open sync conflicts"))
        else:
            self.note.setText("")

    def reload(self) -> None:
        self._set_busy(True)
        self._worker.submit(lambda core: core.read(list_conflicts), self._show, self._refused)

    def _show(self, rows: list[ConflictRow]) -> None:
        if self._closed:
            return
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            cells = [row.order_code, row.field, _describe(row.local), _describe(row.remote)]
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        if rows:
            self.table.selectRow(0)
        self._set_busy(False)

    def resolve(self, keep: str) -> None:
        index = self.table.currentRow()
        if self.busy or not 0 <= index < len(self.rows):
            return
        conflict_id, actor = self.rows[index].id, self._actor
        self._set_busy(True)
        self._worker.submit(
            lambda core: core.write(resolve_conflict, actor, conflict_id, keep),
            lambda _result: self._after_resolve(),
            self._refused,
        )

    def _after_resolve(self) -> None:
        if not self._closed:
            self.reload()

    def _refused(self, exc: Exception) -> None:
        if self._closed:
            return
        # A rule said no (e.g. R7 tracking): show it, keep the row.
        show_failure(self, exc)
        self.reload()


def open_conflicts(window: QWidget, worker: Ops, actor: Actor) -> ConflictsDialog:
    """Show the sync conflicts over `window` (R43)."""
    return _open(ConflictsDialog, window, worker, actor)


def open_parked(window: QWidget, worker: Ops, actor: Actor) -> ParkedDialog:
    """Show the changes the shop did not accept, with its reasons (R42)."""
    return _open(ParkedDialog, window, worker, actor)


def open_parked_orders(window: QWidget, worker: Ops, actor: Actor) -> ParkedOrdersDialog:
    """Show the shop orders the intake could not take, with the reason and their JSON (R42)."""
    return _open(ParkedOrdersDialog, window, worker, actor)


def _open(kind: Callable[..., _D], window: QWidget, worker: Ops, actor: Actor) -> _D:
    dialog = kind(worker, actor, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _describe(value: dict[str, Any]) -> str:
    return ", ".join(f"{k}: {v}" for k, v in value.items() if k != "entries")


def attach_sync(
    window: QMainWindow,
    worker: Ops,
    *,
    actor: Callable[[], Actor] | None = None,
    interval_ms: int = DEFAULT_INTERVAL_MS,
    start: bool = True,
) -> SyncController:
    """Add the sync status and a "Sync" menu to `window`'s status bar; returns the controller.
    `actor()` says who is signed in now (the dialogs act as them)."""
    controller = SyncController(worker, interval_ms=interval_ms, parent=window)
    label = QLabel(QCoreApplication.translate("SyncStatus", "Not synced yet"), window)
    label.setObjectName("syncStatusLabel")
    button = QToolButton(window)
    button.setText(QCoreApplication.translate("SyncStatus", "Sync"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    menu.addAction(QCoreApplication.translate("SyncStatus", "Sync now"), controller.sync_now)
    who = actor or (lambda: staff("staff"))
    menu.addAction(
        QCoreApplication.translate("SyncStatus", "Sync conflicts…"),
        lambda: open_conflicts(window, worker, who()),
    )
    menu.addAction(
        QCoreApplication.translate("SyncStatus", "Not accepted by the shop…"),
        lambda: open_parked(window, worker, who()),
    )
    menu.addAction(
        QCoreApplication.translate("SyncStatus", "Shop orders not taken in…"),
        lambda: open_parked_orders(window, worker, who()),
    )
    button.setMenu(menu)
    bar = window.statusBar()
    bar.addPermanentWidget(label)
    bar.addPermanentWidget(button)

    def show_status(status: SyncStatus) -> None:
        label.setText(status_text(status, controller))
        label.setToolTip(status_details(status))

    controller.status.connect(show_status)

    def announce(codes: list[str]) -> None:  # R37: orders the last pull brought in
        bar.showMessage(SyncCounts().new_orders(len(codes)), 10_000)

    controller.new_orders.connect(announce)
    controller.failed.connect(lambda m: bar.showMessage(m, 10_000))
    if start:
        controller.start()
    return controller
