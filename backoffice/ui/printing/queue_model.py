"""The print queue as a table (R41): one row per job snapshot (`JobView`), newest first, the state
in colour and the printer's error in words, so a job that did not print is never out of sight.

`data()` never queries: rows are plain snapshots set by the view after a worker job, and a job's
state change from the runner updates its row in place (`dataChanged`), or inserts it on top.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from backoffice.services.printing.queue import JobView
from backoffice.ui import labels

Index = QModelIndex | QPersistentModelIndex
JOB_ROLE = Qt.ItemDataRole.UserRole + 1


class Col(IntEnum):
    TIME = 0
    ORDERS = 1
    DOCUMENT = 2
    PRINTER = 3
    STATE = 4
    ERROR = 5


HEADERS = {
    Col.TIME: QT_TRANSLATE_NOOP("PrintQueue", "Time"),
    Col.ORDERS: QT_TRANSLATE_NOOP("PrintQueue", "Order"),
    Col.DOCUMENT: QT_TRANSLATE_NOOP("PrintQueue", "Document"),
    Col.PRINTER: QT_TRANSLATE_NOOP("PrintQueue", "Printer"),
    Col.STATE: QT_TRANSLATE_NOOP("PrintQueue", "State"),
    Col.ERROR: QT_TRANSLATE_NOOP("PrintQueue", "Error"),
}
# Background and text colours of the state cell: red needs staff, amber needs a look at the paper.
STATE_COLOURS = {
    "queued": ("#e7f1ff", "#084298"),
    "sending": ("#e7f1ff", "#084298"),
    "sent": ("#d1e7dd", "#0f5132"),
    "failed": ("#f8d7da", "#842029"),
    "uncertain": ("#fff3cd", "#664d03"),
    "cancelled": ("#e9ecef", "#495057"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("PrintQueue", text)


def document_name(kind: str) -> str:
    return tr(labels.PRINT_DOCUMENTS[kind]) if kind in labels.PRINT_DOCUMENTS else kind


def state_name(state: str) -> str:
    return tr(labels.PRINT_STATES[state]) if state in labels.PRINT_STATES else state


class PrintQueueModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._jobs: list[JobView] = []

    # ---- content ---------------------------------------------------------------------------
    def set_jobs(self, jobs: Sequence[JobView]) -> None:
        self.beginResetModel()
        self._jobs = list(jobs)
        self.endResetModel()

    def update_job(self, job: JobView) -> None:
        """A state change from the runner: the row in place, or a new job on top."""
        for row, old in enumerate(self._jobs):
            if old.id == job.id:
                if job.document == "":  # only the state is known (see runner._unknown)
                    job = _with_state(old, job)
                self._jobs[row] = job
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Col) - 1))
                return
        if job.document == "":
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._jobs.insert(0, job)
        self.endInsertRows()

    def job(self, row: int) -> JobView | None:
        return self._jobs[row] if 0 <= row < len(self._jobs) else None

    def row_of(self, job_id: int) -> int:
        return next((r for r, j in enumerate(self._jobs) if j.id == job_id), -1)

    # ---- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Col)

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Col)
        ):
            return tr(HEADERS[Col(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._jobs):
            return None
        job = self._jobs[index.row()]
        col = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(job, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (Col.ERROR, Col.PRINTER, Col.ORDERS):
            return {Col.ERROR: job.error, Col.PRINTER: job.printer}.get(col, " ".join(job.codes))
        if col == Col.STATE and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            back, fore = STATE_COLOURS.get(job.state, ("#ffffff", "#000000"))
            colour = back if role == Qt.ItemDataRole.BackgroundRole else fore
            return QBrush(QColor(colour))
        if role == JOB_ROLE:
            return job.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _text(self, job: JobView, col: Col) -> str:
        if col == Col.TIME:
            return job.created_at.astimezone().strftime("%m-%d %H:%M:%S")
        if col == Col.ORDERS:
            if len(job.codes) <= 2:
                return ", ".join(job.codes)
            more = QCoreApplication.translate("PrintQueue", "%1 and %2 more")
            return more.replace("%1", job.codes[0]).replace("%2", str(len(job.codes) - 1))
        if col == Col.DOCUMENT:
            name = document_name(job.document)
            if job.reprint_of:
                return QCoreApplication.translate("PrintQueue", "%1 (reprint)").replace("%1", name)
            return name
        if col == Col.PRINTER:
            return job.printer.split("?", 1)[0]
        if col == Col.STATE:
            return state_name(job.state)
        return job.error


def _with_state(old: JobView, new: JobView) -> JobView:
    from dataclasses import replace

    return replace(old, state=new.state, error=new.error)
