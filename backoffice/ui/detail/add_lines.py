"""Adding lines to an order (R17): from the catalogue (search by name or SKU; a scanner's SKU +
Enter adds one at once) or a free line with a price — also a surcharge or a negative (refund of an
amount) line. Each add is one services.edits.add_line call on the worker."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backoffice.core import Core
from backoffice.domain.errors import DomainError
from backoffice.domain.money import parse_amount
from backoffice.services.orders import edits
from backoffice.services.orders.catalogue import VariantRow
from backoffice.services.orders.changes import NewLine
from backoffice.ui import labels
from backoffice.ui.errors_text import error_text
from backoffice.ui.product_picker import ProductPicker

if TYPE_CHECKING:
    from backoffice.ui.detail.dialog import OrderDetailDialog


class AddLinesBox(QGroupBox):
    previewed = Signal(object)  # the line total being typed (None: nothing to preview)

    def __init__(self, host: OrderDetailDialog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Add lines"))
        self.host = host
        row1 = QHBoxLayout()
        self.picker = ProductPicker(
            lambda job, done: host.worker.submit(job, done),
            self.tr("Scan or search by name or SKU, then Enter"),
            self,
        )
        self.picker.listed.connect(self._sync)
        self.picker.picked.connect(self._picked)
        self.picker.not_found.connect(
            lambda text: host.message_bar.show_error(
                self.tr("No product matches %1").replace("%1", text)
            )
        )
        self.search_edit, self.results = self.picker.edit, self.picker.results
        self.add_quantity = QSpinBox(self)
        self.add_quantity.setRange(1, 9999)
        self.add_button = QPushButton(self.tr("Add product"), self)
        self.add_button.clicked.connect(self.add_selected)
        row1.addWidget(self.picker, 4)
        row1.addWidget(QLabel(self.tr("Qty"), self))
        row1.addWidget(self.add_quantity)
        row1.addWidget(self.add_button)
        row2 = QHBoxLayout()
        self.kind_combo = QComboBox(self)
        for kind, text in labels.FREE_LINE_KINDS.items():
            self.kind_combo.addItem(QCoreApplication.translate("AddLines", text), kind)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Description"))
        self.price_edit = QLineEdit(self)
        self.price_edit.setPlaceholderText(self.tr("Price"))
        self.free_quantity = QSpinBox(self)
        self.free_quantity.setRange(1, 9999)
        self.free_button = QPushButton(self.tr("Add line"), self)
        self.free_button.clicked.connect(self.add_free)
        row2.addWidget(self.kind_combo)
        row2.addWidget(self.name_edit, 2)
        row2.addWidget(self.price_edit, 1)
        row2.addWidget(QLabel(self.tr("Qty"), self))
        row2.addWidget(self.free_quantity)
        row2.addWidget(self.free_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addLayout(row2)
        for signal in (
            self.results.currentIndexChanged,
            self.add_quantity.valueChanged,
        ):
            signal.connect(self._preview_catalogue)
        for signal in (
            self.price_edit.textChanged,
            self.free_quantity.valueChanged,
            self.kind_combo.currentIndexChanged,
        ):
            signal.connect(self._preview_free)
        self._sync()

    def set_allowed(self, reason: str) -> None:
        for widget in (self.add_button, self.free_button, self.search_edit):
            widget.setEnabled(not reason)
            widget.setToolTip(reason)
        self._sync()

    def _sync(self) -> None:
        if self.search_edit.isEnabled():
            self.add_button.setEnabled(bool(self.picker.found))

    # ---- catalogue ---------------------------------------------------------------------------

    def search(self) -> None:
        self.picker.search()

    def _picked(self, row: VariantRow, scanned: bool) -> None:
        if scanned:  # a scan: add one now, ready for the next scan
            self.add_quantity.setValue(1)
            self._add(row, 1, clear_search=True)
        else:
            self._add(row, self.add_quantity.value(), clear_search=True)

    def add_selected(self) -> None:
        self.picker.pick_selected()

    def _add(self, row: VariantRow, quantity: int, *, clear_search: bool) -> None:
        spec = NewLine(quantity=quantity, variant_id=row.id)
        self._run(spec, self.search_edit if clear_search else None)

    def _preview_catalogue(self) -> None:
        row = self.picker.selected()
        if row is not None:
            self.previewed.emit(row.price * self.add_quantity.value())

    # ---- free, surcharge and negative lines --------------------------------------------------

    def _price(self) -> int | None:
        try:
            return parse_amount(self.price_edit.text(), self.host.currency)
        except DomainError:
            return None

    def _preview_free(self) -> None:
        price = self._price()
        if price is None:
            self.previewed.emit(None)
            return
        sign = -1 if self.kind_combo.currentData() == "negative" else 1
        self.previewed.emit(sign * abs(price) * self.free_quantity.value())

    def add_free(self) -> None:
        try:
            price = parse_amount(self.price_edit.text(), self.host.currency)
        except DomainError as exc:
            self.host.message_bar.show_error(error_text(exc), cause=exc)
            return
        spec = NewLine(
            quantity=self.free_quantity.value(),
            unit_price=price,
            name=self.name_edit.text().strip(),
            kind=str(self.kind_combo.currentData()),
        )
        self._run(spec, None, free=True)

    def _run(self, spec: NewLine, clear: QLineEdit | None, *, free: bool = False) -> None:
        host = self.host
        actor, code = host.actor, host.code

        def job(core: Core, version: int) -> Any:
            return core.write(edits.add_line, actor, code, spec, expected_version=version)

        def done(_result: Any) -> None:
            if clear is not None:
                clear.clear()
            if free:
                self.name_edit.clear()
                self.price_edit.clear()
                self.free_quantity.setValue(1)
            self.previewed.emit(None)

        host.run(job, done)
