"""Database ▸ Back up database… (issue 7): asks where to save, then copies the live SQLite file
(services/backup.py) on a thread of its own — not the GUI thread, and not the database worker,
so the list keeps paging and searching while a large copy runs. A non-modal progress dialog shows
the pages copied and offers Cancel; the result or the refusal is shown when it ends.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QStandardPaths,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from backoffice.domain.errors import BackofficeError
from backoffice.services import backup
from backoffice.ui.errors_text import error_text
from backoffice.ui.worker import OpState

logger = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupAction", text)


def default_name() -> str:
    return f"backoffice-{datetime.now():%Y%m%d-%H%M}.sqlite3"


def ask_target(parent: QWidget) -> Path | None:
    """The save dialog; None when staff cancel it."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _ = QFileDialog.getSaveFileName(
        parent,
        _tr("Back up database"),
        str(Path(folder or Path.home()) / default_name()),
        _tr("SQLite database (*.sqlite3 *.db);;All files (*)"),
    )
    return Path(name) if name else None


class _Signals(QObject):
    done = Signal(object)  # BackupResult
    failed = Signal(str)
    cancelled = Signal()


class _BackupJob(QRunnable):
    def __init__(self, url: str, target: Path, state: OpState) -> None:
        super().__init__()
        self.signals = _Signals()
        self._url, self._target, self._state = url, target, state

    def run(self) -> None:
        state = self._state
        try:
            result = backup.backup_database(
                self._url,
                self._target,
                progress=lambda done, total: state.report(done, total),
                cancelled=lambda: state.cancelled,
            )
        except backup.BackupCancelled:
            self._emit(self.signals.cancelled)
        except BackofficeError as exc:
            self._emit(self.signals.failed, error_text(exc))
        except Exception as exc:  # a bug: logged with its traceback, shown in one line
            logger.exception("backup to %s failed", self._target)
            self._emit(self.signals.failed, f"{type(exc).__name__}: {exc}")
        else:
            self._emit(self.signals.done, result)

    def _emit(self, signal: Any, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window closed meanwhile; nobody is left to tell
            logger.info("backup to %s ended after its window closed", self._target)


class BackupFlow(QObject):
    """One backup at a time for a window; `finished(result or None)` when it ends either way."""

    finished = Signal(object)

    def __init__(self, parent: QWidget, url: str, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._url = url
        self._pool = pool or QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: _BackupJob | None = None  # alive until it reports (its signals live in it)
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
        self._pool.waitForDone(10_000)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self, target: Path) -> None:
        if self.busy:
            return
        state = self.state = OpState(0, self)
        progress = self.progress = QProgressDialog(
            _tr("Backing up the database…"), _tr("Cancel"), 0, 0, self._parent
        )
        progress.setWindowTitle(_tr("Back up database"))
        progress.setMinimumDuration(300)  # a small database finishes before it shows
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.canceled.connect(state.cancel)
        state.progressed.connect(self._progressed)
        job = self._job = _BackupJob(self._url, target, state)
        job.signals.done.connect(self._done)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)
        self._pool.start(job)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None and not self.progress.wasCanceled():
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, total))

    def _end(self) -> None:
        self._job = None
        if self.progress is not None:
            self.progress.reset()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _show(self, icon: QMessageBox.Icon, text: str) -> None:
        box = self.message = QMessageBox(icon, _tr("Back up database"), text)
        box.setParent(self._parent, box.windowFlags())
        box.open()  # not exec(): nothing waits on staff reading it

    @Slot(object)
    def _done(self, result: backup.BackupResult) -> None:
        self._end()
        size = f"{result.size / 1_000_000:.1f}"
        self._show(
            QMessageBox.Icon.Information,
            _tr("The database was backed up to %1 (%2 MB) and the copy checked.")
            .replace("%1", str(result.path))
            .replace("%2", size),
        )
        self.finished.emit(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._end()
        self._show(QMessageBox.Icon.Warning, message)
        self.finished.emit(None)

    @Slot()
    def _cancelled(self) -> None:
        self._end()
        self.finished.emit(None)


def back_up_database(window: QWidget, ctx: Any) -> BackupFlow | None:
    """The menu action: ask for a file, then run the backup in the background."""
    flow: BackupFlow | None = getattr(window, "backup_flow", None)
    if flow is not None and flow.busy:
        if flow.progress is not None:
            flow.progress.show()
            flow.progress.raise_()
        return flow
    target = ask_target(window)
    if target is None:
        return None
    if flow is None:
        flow = BackupFlow(window, ctx.url)
        window.backup_flow = flow  # type: ignore[attr-defined]
    flow.start(target)
    return flow
