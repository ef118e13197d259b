"""Settings → Courier file columns… (issue 14): which columns the courier's upload file has, in
which order, per carrier (services/fulfilment/courier.py). Tick the columns, drag them into the
order the courier's template wants, Save (a manager's, R48)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backoffice.domain import carriers
from backoffice.domain.errors import DomainError
from backoffice.services.fulfilment import courier
from backoffice.services.staff.actor import Actor
from backoffice.ui import labels
from backoffice.ui.approval import manager_fallback
from backoffice.ui.detail.message_bar import MessageBar
from backoffice.ui.failures import message_for
from backoffice.ui.ops import Ops

KEY_ROLE = Qt.ItemDataRole.UserRole


class CourierLayoutDialog(QDialog):
    def __init__(self, worker: Ops, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.actor = worker, actor
        self.setWindowTitle(self.tr("Courier file columns"))
        self.message_bar = MessageBar(self)
        self.carrier = QComboBox(self)
        self.carrier.addItem(self.tr("Every carrier without its own"), "")
        for carrier in carriers.CARRIERS:
            self.carrier.addItem(labels.carrier_name(carrier), carrier.code)
        self.carrier.currentIndexChanged.connect(lambda _i: self.load())
        self.columns = QListWidget(self)
        self.columns.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Carrier"), self.carrier)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(form)
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.buttons)
        self.resize(420, 460)
        self.load()

    def load(self) -> None:
        carrier = str(self.carrier.currentData() or "")
        self.worker.submit(
            lambda core: core.read(courier.layout, carrier), self._show, self._failed
        )

    def _show(self, chosen: tuple[str, ...]) -> None:
        self.columns.clear()
        for key in (*chosen, *(k for k in courier.COLUMNS if k not in chosen)):
            english, korean = courier.COLUMNS[key]
            shown = korean if labels.language() == "ko" else english
            item = QListWidgetItem(shown, self.columns)
            item.setData(KEY_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
        self.message_bar.hide()

    def chosen(self) -> list[str]:
        items = (self.columns.item(i) for i in range(self.columns.count()))
        return [i.data(KEY_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        carrier, columns, actor = str(self.carrier.currentData() or ""), self.chosen(), self.actor
        refused = manager_fallback(self, self.save)

        def failed(exc: Exception) -> None:
            if not (isinstance(exc, DomainError) and refused(exc)):
                self._failed(exc)

        self.worker.submit(
            lambda core: core.write(courier.save_layout, carrier, columns, actor=actor),
            lambda _c: self.message_bar.show_info(self.tr("Saved.")),
            failed,
        )

    def _failed(self, exc: Exception) -> None:
        self.message_bar.show_error(message_for(self, exc), cause=exc)
