"""Shop orders the intake could not take (R42, R45): shop, order number, the reason, how often
and since when, and the JSON the shop sent (to copy for the shop's support). Nothing here changes
an order: fixing the order in the shop makes the next pull take it in and remove it from here.
Reads run on the database worker."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backoffice.services.sync.parked_orders import ParkedOrderRow, list_parked_orders, raw_json
from backoffice.ui.ops import Ops

logger = logging.getLogger(__name__)


class ParkedOrdersDialog(QDialog):
    def __init__(self, worker: Ops, actor: object = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shop orders not taken in"))
        self._worker = worker
        self._closed = False
        self.rows: list[ParkedOrderRow] = []
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Shop"),
                self.tr("Shop order"),
                self.tr("Reason"),
                self.tr("Times"),
                self.tr("Last seen"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setColumnWidth(2, 460)
        self.table.currentCellChanged.connect(lambda row, *_: self._load_json(row))
        self.json = QPlainTextEdit(self)
        self.json.setReadOnly(True)
        self.json.setPlaceholderText(self.tr("The order as the shop sent it"))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.json)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.copy = QPushButton(self.tr("Copy JSON"), self)
        self.copy.clicked.connect(self._copy)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.copy)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        layout.addLayout(buttons)
        self.resize(900, 480)
        self.finished.connect(self._on_finished)
        self.reload()

    def _on_finished(self) -> None:
        self._closed = True

    def reload(self) -> None:
        self.note.setText(self.tr("Loading…"))
        self._worker.submit(lambda core: core.read(list_parked_orders), self._show, self._refused)

    def _show(self, rows: list[ParkedOrderRow]) -> None:
        if self._closed:
            return
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            seen = row.last_seen.astimezone().strftime("%Y-%m-%d %H:%M")
            cells = [row.shop, row.number, row.reason, str(row.times), seen]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(i, j, item)
        self.copy.setEnabled(bool(rows))
        if rows:
            self.note.setText(
                self.tr(
                    "Fix these orders in the shop: the next sync takes them in. The other "
                    "orders were taken in as usual."
                )
            )
            self.table.selectRow(0)
        else:
            self.note.setText(self.tr("Every shop order was taken in"))

    def _load_json(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            self.json.clear()
            return
        parked_id = self.rows[index].id
        self._worker.submit(
            lambda core: core.read(raw_json, parked_id),
            lambda text: None if self._closed else self.json.setPlainText(text),
            self._refused,
        )

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.json.toPlainText())

    def _refused(self, exc: Exception) -> None:
        logger.error("parked shop orders: database job failed", exc_info=exc)
        if not self._closed:
            QMessageBox.warning(self, self.tr("Shop orders not taken in"), str(exc))
