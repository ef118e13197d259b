"""Database ▸ Back up database… (issue 7): asks where to save, then copies the live SQLite file
(services/shop/backup.py) on the operation helper's "backup" lane — not the GUI thread, and not the
database lane,
so the list keeps paging and searching while a large copy runs. A non-modal progress dialog shows
the pages copied and offers Cancel; the result or the refusal is shown when it ends.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from backoffice.services.shop import backup
from backoffice.ui.failures import Kind, failure_text, kind_of, report_bug
from backoffice.ui.ops import Ops, OpState

logger = logging.getLogger(__name__)

LANE = "backup"  # the operation helper's pool lane for backups (ui/ops.LANES)


def default_name() -> str:
    return f"backoffice-{datetime.now():%Y%m%d-%H%M}.sqlite3"


def ask_target(parent: QWidget) -> Path | None:
    """The save dialog; None when staff cancel it."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("BackupAction", "Back up database"),
        str(Path(folder or Path.home()) / default_name()),
        QCoreApplication.translate(
            "BackupAction", "SQLite database (*.sqlite3 *.db);;All files (*)"
        ),
    )
    return Path(name) if name else None


class BackupFlow(QObject):
    """One backup at a time for a window; `finished(result or None)` when it ends either way."""

    finished = Signal(object)

    def __init__(self, parent: QWidget, worker: Ops, url: str) -> None:
        super().__init__(parent)
        self._parent = parent
        self._worker = worker
        self._url = url
        self._running = False
        self.state: OpState | None = None
        self.progress: QProgressDialog | None = None
        self.message: QMessageBox | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def stop(self) -> None:
        """Cancel a running backup and wait for it to clean up (quitting the app mid-copy)."""
        if self.state is not None:
            self.state.cancel()
        self._worker.lane(LANE).waitForDone(10_000)

    @property
    def busy(self) -> bool:
        return self._running

    def start(self, target: Path) -> None:
        if self.busy:
            return
        state = self.state = OpState(0, self)
        progress = self.progress = QProgressDialog(
            QCoreApplication.translate("BackupAction", "Backing up the database…"),
            QCoreApplication.translate("BackupAction", "Cancel"),
            0,
            0,
            self._parent,
        )
        progress.setWindowTitle(QCoreApplication.translate("BackupAction", "Back up database"))
        progress.setMinimumDuration(300)  # a small database finishes before it shows
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.canceled.connect(state.cancel)
        state.progressed.connect(self._progressed)
        url = self._url
        self._running = True

        def copy() -> backup.BackupResult | None:
            try:
                return backup.backup_database(
                    url,
                    target,
                    progress=lambda done, total: state.report(done, total),
                    cancelled=lambda: state.cancelled,
                )
            except backup.BackupCancelled:
                return None

        self._worker.pool(copy, self._finished_copy, self._failed, lane=LANE)

    def _finished_copy(self, result: backup.BackupResult | None) -> None:
        if result is None:
            self._cancelled()
        else:
            self._done(result)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None and not self.progress.wasCanceled():
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, total))

    def _end(self) -> None:
        self._running = False
        if self.progress is not None:
            self.progress.reset()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _show(self, icon: QMessageBox.Icon, text: str) -> None:
        box = self.message = QMessageBox(
            icon, QCoreApplication.translate("BackupAction", "Back up database"), text
        )
        box.setParent(self._parent, box.windowFlags())
        box.open()  # not exec(): nothing waits on staff reading it

    def _done(self, result: backup.BackupResult) -> None:
        self._end()
        size = f"{result.size / 1_000_000:.1f}"
        self._show(
            QMessageBox.Icon.Information,
            QCoreApplication.translate(
                "BackupAction", "The database was backed up to %1 (%2 MB) and the copy checked."
            )
            .replace("%1", str(result.path))
            .replace("%2", size),
        )
        self.finished.emit(result)

    def _failed(self, exc: Exception) -> None:
        self._end()
        if kind_of(exc) is Kind.BUG:
            report_bug(self._parent, exc)
        else:
            self._show(QMessageBox.Icon.Warning, failure_text(exc))
        self.finished.emit(None)

    def _cancelled(self) -> None:
        self._end()
        self.finished.emit(None)


def back_up_database(window: QWidget, flow: BackupFlow) -> BackupFlow | None:
    """The menu action: ask for a file, then run the backup in the background (one at a time:
    while one runs, its progress shows again)."""
    if flow.busy:
        if flow.progress is not None:
            flow.progress.show()
            flow.progress.raise_()
        return flow
    target = ask_target(window)
    if target is None:
        return None
    flow.start(target)
    return flow
