"""A new counter order (R30), fast enough for a queue: a scanner types a SKU and Enter (one more of
it in the cart), or staff search by name; a member by name or phone, or a guest; then pay at the
counter in cash or by card, or send a payment request (R22). F12 or Ctrl+Enter pays. The order is
made by services.counter.create_counter_order on the database worker; a refusal is shown in the
dialog and the cart is kept. Main window API: `open_counter_sale(parent, worker, actor)`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backoffice.core import Core
from backoffice.domain.stages import Fulfilment
from backoffice.services.orders import counter
from backoffice.services.orders.catalogue import VariantRow
from backoffice.services.orders.changes import NewLine
from backoffice.services.staff.actor import Actor
from backoffice.ui.detail.message_bar import MessageBar
from backoffice.ui.detail.rows_model import Col, RowsModel, money
from backoffice.ui.failures import Kind, failure_text, kind_of, message_for
from backoffice.ui.ops import Ops
from backoffice.ui.product_picker import ProductPicker

CURRENCY = "KRW"


@dataclass(frozen=True)
class CartLine:
    variant: VariantRow
    quantity: int

    @property
    def total(self) -> int:
        return self.variant.price * self.quantity


CART_COLUMNS = [
    Col(QT_TRANSLATE_NOOP("DetailColumns", "SKU"), lambda r: r.variant.sku),
    Col(
        QT_TRANSLATE_NOOP("DetailColumns", "Item"),
        lambda r: (
            f"{r.variant.name} ({r.variant.options})" if r.variant.options else r.variant.name
        ),
    ),
    Col(QT_TRANSLATE_NOOP("DetailColumns", "Qty"), lambda r: str(r.quantity), True),
    Col(
        QT_TRANSLATE_NOOP("DetailColumns", "Unit price"),
        lambda r: money(r.variant.price, CURRENCY),
        True,
    ),
    Col(QT_TRANSLATE_NOOP("DetailColumns", "Line total"), lambda r: money(r.total, CURRENCY), True),
]


class CounterSaleDialog(QDialog):
    created = Signal(object)  # services.counter.CounterResult

    def __init__(self, worker: Ops, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.actor = worker, actor
        self.cart: list[CartLine] = []
        self.customers: list[counter.CustomerRow] = []
        self._pending = 0
        self.last_result: counter.CounterResult | None = None
        self.setWindowTitle(self.tr("New counter order"))
        layout = QVBoxLayout(self)
        self.message_bar = MessageBar(self)
        layout.addWidget(self.message_bar)

        scan = QHBoxLayout()
        self.picker = ProductPicker(
            self._submit, self.tr("Scan a barcode or type a name, then Enter"), self
        )
        self.picker.picked.connect(self._picked)
        self.picker.not_found.connect(
            lambda text: self.message_bar.show_error(
                self.tr("No product matches %1").replace("%1", text)
            )
        )
        self.scan_edit, self.results = self.picker.edit, self.picker.results
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.add_selected)
        scan.addWidget(self.picker, 4)
        scan.addWidget(self.add_button)
        layout.addLayout(scan)

        self.model = RowsModel(CART_COLUMNS, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        cart_row = QHBoxLayout()
        self.plus_button = QPushButton("+1", self)
        self.plus_button.clicked.connect(lambda: self.bump(1))
        self.minus_button = QPushButton("−1", self)
        self.minus_button.clicked.connect(lambda: self.bump(-1))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(lambda: self.bump(0))
        self.total_label = QLabel(self)
        self.total_label.setStyleSheet("font-size: 15pt; font-weight: bold;")
        for widget in (self.plus_button, self.minus_button, self.remove_button):
            cart_row.addWidget(widget)
        cart_row.addStretch(1)
        cart_row.addWidget(self.total_label)
        layout.addLayout(cart_row)

        buyer = QGroupBox(self.tr("Buyer"), self)
        buyer_row = QHBoxLayout(buyer)
        self.member_edit = QLineEdit(buyer)
        self.member_edit.setPlaceholderText(self.tr("Member name or phone, then Enter"))
        self.member_edit.returnPressed.connect(self.find_members)
        self.member_combo = QComboBox(buyer)
        self.member_combo.setMinimumContentsLength(24)
        self.member_combo.addItem(self.tr("Guest"), None)
        self.guest_name = QLineEdit(buyer)
        self.guest_name.setPlaceholderText(self.tr("Guest name"))
        self.guest_phone = QLineEdit(buyer)
        self.guest_phone.setPlaceholderText(self.tr("Guest phone"))
        for widget, stretch in (
            (self.member_edit, 3),
            (self.member_combo, 2),
            (self.guest_name, 1),
            (self.guest_phone, 1),
        ):
            buyer_row.addWidget(widget, stretch)
        layout.addWidget(buyer)

        pay = QGroupBox(self.tr("Payment"), self)
        pay_row = QHBoxLayout(pay)
        self.pay_group = QButtonGroup(self)
        self.cash_radio = QRadioButton(self.tr("Cash"), pay)
        self.card_radio = QRadioButton(self.tr("Card"), pay)
        self.request_radio = QRadioButton(self.tr("Send a payment request"), pay)
        for i, radio in enumerate((self.cash_radio, self.card_radio, self.request_radio)):
            self.pay_group.addButton(radio, i)
            pay_row.addWidget(radio)
        self.cash_radio.setChecked(True)
        self.card_issuer = QLineEdit(pay)
        self.card_issuer.setPlaceholderText(self.tr("Card issuer"))
        self.card_number = QLineEdit(pay)
        self.card_number.setPlaceholderText(self.tr("Card number"))
        pay_row.addWidget(self.card_issuer)
        pay_row.addWidget(self.card_number)
        pay_row.addStretch(1)
        self.pay_button = QPushButton(self.tr("Pay (F12)"), pay)
        self.pay_button.setStyleSheet("font-weight: bold;")
        self.pay_button.clicked.connect(self.pay)
        pay_row.addWidget(self.pay_button)
        layout.addWidget(pay)
        self.done_label = QLabel(self)
        layout.addWidget(self.done_label)
        for key in ("F12", "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, activated=self.pay)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter belongs to the scan and search fields
            button.setDefault(False)
        self.resize(900, 620)
        self._refresh()
        self.scan_edit.setFocus()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _submit(self, fn: Any, done: Any) -> None:
        self._pending += 1

        def ok(result: Any) -> None:
            self._pending -= 1
            done(result)

        def failed(exc: Exception) -> None:
            self._pending -= 1
            if kind_of(exc) is Kind.OUTSIDE:  # nothing was saved; the cart is kept: try again
                self.message_bar.show_error(
                    failure_text(exc), self.tr("Retry"), lambda: self._submit(fn, done)
                )
                return
            self.message_bar.show_error(message_for(self, exc))

        self.worker.submit(fn, ok, failed)

    # ---- the cart ----------------------------------------------------------------------------

    def search(self) -> None:
        self.picker.search()

    def _picked(self, row: VariantRow, scanned: bool) -> None:
        # a scan: one more of it; a choice from the list too; the field is ready for the next
        self.add(row)
        self.picker.ready_for_next()

    def add_selected(self) -> None:
        self.picker.pick_selected()

    def add(self, variant: VariantRow) -> None:
        for i, line in enumerate(self.cart):
            if line.variant.id == variant.id:
                self.cart[i] = replace(line, quantity=line.quantity + 1)
                break
        else:
            self.cart.append(CartLine(variant, 1))
        self.message_bar.hide()
        self._refresh()

    def bump(self, delta: int) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        i = rows[0].row()
        quantity = self.cart[i].quantity + delta if delta else 0
        if quantity <= 0:
            del self.cart[i]
        else:
            self.cart[i] = replace(self.cart[i], quantity=quantity)
        self._refresh()
        if self.cart:
            self.table.selectRow(min(i, len(self.cart) - 1))

    def total(self) -> int:
        return sum(line.total for line in self.cart)

    def _refresh(self) -> None:
        self.model.set_rows(self.cart)
        self.total_label.setText(money(self.total(), CURRENCY))
        self.pay_button.setEnabled(bool(self.cart))
        self.pay_button.setToolTip("" if self.cart else self.tr("Scan or add a product first"))

    # ---- the buyer (R3) ----------------------------------------------------------------------

    def find_members(self) -> None:
        text = self.member_edit.text()
        self._submit(lambda core: core.read(counter.find_customers, text), self._members)

    def _members(self, rows: list[counter.CustomerRow]) -> None:
        self.customers = rows
        self.member_combo.clear()
        self.member_combo.addItem(self.tr("Guest"), None)
        for row in rows:
            kind = self.tr("member") if row.is_member else self.tr("guest")
            self.member_combo.addItem(f"{row.name} {row.phone} ({kind})", row.id)
        if rows:
            self.member_combo.setCurrentIndex(1)
        else:
            self.message_bar.show_error(self.tr("No customer found"))

    # ---- paying ------------------------------------------------------------------------------

    def pay(self) -> None:
        if not self.cart or self.busy:
            return
        lines = [NewLine(quantity=c.quantity, variant_id=c.variant.id) for c in self.cart]
        method = {0: "cash", 1: "card"}.get(self.pay_group.checkedId())
        payment = (
            counter.CounterPayment(
                method,
                card_issuer=self.card_issuer.text() if method == "card" else "",
                card_number=self.card_number.text() if method == "card" else "",
            )
            if method
            else None
        )
        customer_id = self.member_combo.currentData()
        name, phone, actor = self.guest_name.text(), self.guest_phone.text(), self.actor

        def job(core: Core) -> counter.CounterResult:
            return core.write(
                counter.create_counter_order,
                actor,
                lines,
                customer_id=customer_id,
                guest_name="" if customer_id else name,
                guest_phone="" if customer_id else phone,
                fulfilment=Fulfilment.PICKUP,
                payment=payment,
                request_payment=payment is None,
            )

        self._submit(job, self._created)

    def _created(self, result: counter.CounterResult) -> None:
        """Ready for the next customer: the cart and buyer are cleared, the scan field focused."""
        self.last_result = result
        text = self.tr("Order %1 created: %2").replace("%1", result.code)
        text = text.replace("%2", money(result.total, CURRENCY))
        if result.request is not None:
            QApplication.clipboard().setText(result.request.link)
            text += " · " + self.tr("payment link copied")
        self.done_label.setText(text)
        self.message_bar.hide()
        self.cart = []
        for edit in (self.guest_name, self.guest_phone, self.member_edit, self.card_number):
            edit.clear()
        self.card_issuer.clear()
        self.member_combo.clear()
        self.member_combo.addItem(self.tr("Guest"), None)
        self.cash_radio.setChecked(True)
        self._refresh()
        self.scan_edit.setFocus()
        self.created.emit(result)


def open_counter_sale(parent: QWidget | None, worker: Ops, actor: Actor) -> CounterSaleDialog:
    """Show the counter sale dialog, non-modal, acting as `actor`."""
    dialog = CounterSaleDialog(worker, actor, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.show()
    return dialog
