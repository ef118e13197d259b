"""Changes the shop did not accept (R42, R45): the parked outbox rows with the shop's reason, and
"Send again" once staff fixed the cause. Reads and writes run on the database worker."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backoffice.domain.errors import DomainError, ExternalError
from backoffice.services.staff.actor import Actor
from backoffice.services.sync.parked import ParkedRow, list_parked, retry_parked
from backoffice.ui.ops import Ops

logger = logging.getLogger(__name__)


class ParkedDialog(QDialog):
    def __init__(self, worker: Ops, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Not accepted by the shop"))
        self._worker = worker
        self._actor = actor
        self._closed = False
        self.busy = False
        self.rows: list[ParkedRow] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Order"), self.tr("Change"), self.tr("Reason"), self.tr("Attempts")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(2, 420)
        self.note = QLabel(self)
        self.send_again = QPushButton(self.tr("Send again"), self)
        self.send_again.clicked.connect(self.retry)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.send_again)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.resize(820, 340)
        self.finished.connect(self._on_finished)
        self.reload()

    def _on_finished(self) -> None:
        self._closed = True

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.send_again.setEnabled(bool(self.rows) and not busy)
        if busy:
            self.note.setText(self.tr("Loading…"))
        elif not self.rows:
            self.note.setText(self.tr("The shop accepted every change"))
        else:
            self.note.setText("")

    def reload(self) -> None:
        self._set_busy(True)
        self._worker.submit(lambda core: core.read(list_parked), self._show, self._refused)

    def _show(self, rows: list[ParkedRow]) -> None:
        if self._closed:
            return
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, text in enumerate([row.order_code, row.kind, row.error, str(row.attempts)]):
                self.table.setItem(i, j, QTableWidgetItem(text))
        if rows:
            self.table.selectRow(0)
        self._set_busy(False)

    def retry(self) -> None:
        index = self.table.currentRow()
        if self.busy or not 0 <= index < len(self.rows):
            return
        entry_id, actor = self.rows[index].id, self._actor
        self._set_busy(True)
        self._worker.submit(
            lambda core: core.write(retry_parked, actor, entry_id),
            lambda _result: None if self._closed else self.reload(),
            self._refused,
        )

    def _refused(self, exc: Exception) -> None:
        if not isinstance(exc, (DomainError, ExternalError)):
            logger.error("parked changes: database job failed", exc_info=exc)
        if self._closed:
            return
        QMessageBox.warning(self, self.tr("Not accepted by the shop"), str(exc))
        self.reload()
