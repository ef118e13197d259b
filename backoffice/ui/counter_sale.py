"""A new counter order (R30), fast enough for a queue: a scanner types a SKU and Enter (one more of
it in the cart), or staff search by name; a member by name or phone, or a guest; then pay at the
counter in cash (with the cash received, the change and a 현금영수증) or by card, or send a
payment request (R22). F12 or Ctrl+Enter pays; the receipt prints as the printer settings say. The order is
made by services.counter.create_counter_order on the database worker; a refusal is shown in the
dialog and the cart is kept. Main window API: `open_counter_sale(parent, worker, actor)`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
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
    QMessageBox,
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
from backoffice.services.printing import settings as printer_settings
from backoffice.services.printing.settings import PrinterSettings
from backoffice.services.staff.actor import Actor
from backoffice.ui import shortcuts
from backoffice.ui.detail.message_bar import MessageBar
from backoffice.ui.detail.rows_model import Col, RowsModel, money
from backoffice.ui.failures import Kind, failure_text, kind_of, message_for
from backoffice.ui.ops import Ops
from backoffice.ui.printing.actions import send_documents
from backoffice.ui.printing.runner import PrintQueueRunner
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

    def __init__(
        self,
        worker: Ops,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        printer: PrintQueueRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.actor, self.printer = worker, actor, printer
        self.receipt_question: QMessageBox | None = None
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
        # Cash: what the customer handed over, and the change to give back.
        self.tendered_edit = QLineEdit(pay)
        self.tendered_edit.setObjectName("tendered")
        self.tendered_edit.setPlaceholderText(self.tr("Cash received"))
        self.tendered_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9,]*")))
        self.tendered_edit.textChanged.connect(lambda _t: self._refresh_change())
        self.tendered_edit.returnPressed.connect(self.pay)
        self.change_label = QLabel(pay)
        self.change_label.setObjectName("change")
        self.change_label.setStyleSheet("font-weight: bold;")
        pay_row.addWidget(self.tendered_edit)
        pay_row.addWidget(self.change_label)
        pay_row.addStretch(1)
        pay_text = self.tr("Pay")
        self.pay_button = QPushButton(f"{pay_text} ({shortcuts.PAY.text()})", pay)
        self.pay_button.setStyleSheet("font-weight: bold;")
        self.pay_button.clicked.connect(self.pay)
        pay_row.addWidget(self.pay_button)
        layout.addWidget(pay)
        # 현금영수증: for cash, by phone number (소득공제) or business number (지출증빙).
        receipt_row = QHBoxLayout()
        self.cash_receipt_combo = QComboBox(self)
        self.cash_receipt_combo.addItem(self.tr("No cash receipt"), "")
        self.cash_receipt_combo.addItem(self.tr("Cash receipt: income deduction"), "income")
        self.cash_receipt_combo.addItem(self.tr("Cash receipt: expense proof"), "expense")
        self.cash_receipt_number = QLineEdit(self)
        self.cash_receipt_number.setPlaceholderText(
            self.tr("Mobile phone number or business number")
        )
        self.cash_receipt_combo.currentIndexChanged.connect(lambda _i: self._sync_payment())
        receipt_row.addWidget(self.cash_receipt_combo)
        receipt_row.addWidget(self.cash_receipt_number, 1)
        layout.addLayout(receipt_row)
        self.pay_group.idToggled.connect(lambda _i, _on: self._sync_payment())
        self.done_label = QLabel(self)
        layout.addWidget(self.done_label)
        shortcuts.bind(self.pay_button, shortcuts.PAY, self)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, activated=self.pay)
        shortcuts.bind(self.cash_radio, shortcuts.CASH, self)
        shortcuts.bind(self.card_radio, shortcuts.CARD, self)
        QShortcut(shortcuts.RECEIVED.sequence, self, activated=self._focus_tendered)
        self.tendered_edit.setToolTip(
            shortcuts.with_keys(self.tr("Cash received"), shortcuts.RECEIVED)
        )
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter belongs to the scan and search fields
            button.setDefault(False)
        self.resize(900, 620)
        self._sync_payment()
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
            self.message_bar.show_error(message_for(self, exc), cause=exc)

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
        self._refresh_change()
        self.pay_button.setEnabled(bool(self.cart))
        self.pay_button.setToolTip("" if self.cart else self.tr("Scan or add a product first"))

    def tendered(self) -> int:
        digits = "".join(ch for ch in self.tendered_edit.text() if ch.isdigit())
        return int(digits) if digits and self.cash_radio.isChecked() else 0

    def _refresh_change(self) -> None:
        given = self.tendered()
        if not given:
            self.change_label.clear()
        elif given < self.total():
            self.change_label.setText(
                self.tr("%1 short").replace("%1", money(self.total() - given, CURRENCY))
            )
        else:
            self.change_label.setText(
                self.tr("Change %1").replace("%1", money(given - self.total(), CURRENCY))
            )

    def _focus_tendered(self) -> None:
        self.cash_radio.setChecked(True)
        self.tendered_edit.setFocus()
        self.tendered_edit.selectAll()

    def _sync_payment(self) -> None:
        cash = self.cash_radio.isChecked()
        card = self.card_radio.isChecked()
        for widget in (self.card_issuer, self.card_number):
            widget.setEnabled(card)
        self.tendered_edit.setEnabled(cash)
        self.cash_receipt_combo.setEnabled(cash)
        self.cash_receipt_number.setEnabled(cash and bool(self.cash_receipt_combo.currentData()))
        self._refresh_change()

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
                tendered=self.tendered() if method == "cash" else 0,
                cash_receipt_kind=self.cash_receipt_combo.currentData() if method == "cash" else "",
                cash_receipt_number=self.cash_receipt_number.text() if method == "cash" else "",
            )
            if method
            else None
        )
        customer_id = self.member_combo.currentData()
        name, phone, actor = self.guest_name.text(), self.guest_phone.text(), self.actor

        def job(core: Core) -> tuple[counter.CounterResult, PrinterSettings]:
            result = core.write(
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
            return result, core.read(printer_settings.load)

        self._submit(job, lambda done: self._created(*done))

    def _created(self, result: counter.CounterResult, settings: PrinterSettings) -> None:
        """Ready for the next customer: the cart and buyer are cleared, the scan field focused;
        the receipt printed as the printer settings say (always, ask, never)."""
        self.last_result = result
        text = self.tr("Order %1 created: %2").replace("%1", result.code)
        text = text.replace("%2", money(result.total, CURRENCY))
        change = self.tendered() - result.total if self.tendered() else 0
        if change > 0:
            text += " · " + self.tr("Change %1").replace("%1", money(change, CURRENCY))
        if result.request is not None:
            QApplication.clipboard().setText(result.request.link)
            text += " · " + self.tr("payment link copied")
        self.done_label.setText(text)
        self.message_bar.hide()
        self.cart = []
        for edit in (
            self.guest_name,
            self.guest_phone,
            self.member_edit,
            self.card_number,
            self.tendered_edit,
            self.cash_receipt_number,
        ):
            edit.clear()
        self.cash_receipt_combo.setCurrentIndex(0)
        self.card_issuer.clear()
        self.member_combo.clear()
        self.member_combo.addItem(self.tr("Guest"), None)
        self.cash_radio.setChecked(True)
        self._refresh()
        self.scan_edit.setFocus()
        if result.request is None:
            self._receipt(result.code, settings)
        self.created.emit(result)

    def _receipt(self, code: str, settings: PrinterSettings) -> None:
        if self.printer is None or settings.receipt_after_sale == "never":
            return
        if settings.receipt_after_sale == "always":
            self.print_receipt(code)
            return
        box = self.receipt_question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Receipt"),
            self.tr("Print the receipt of %1?").replace("%1", code),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.accepted.connect(lambda: self.print_receipt(code))
        box.finished.connect(lambda _r: self.scan_edit.setFocus())
        box.open()

    def print_receipt(self, code: str) -> None:
        """Queue the receipt on the receipt printer (with the cash drawer, R38)."""
        if self.printer is None:
            return
        done = self.done_label.text()
        send_documents(
            self.printer,
            self.actor,
            "receipt",
            [code],
            on_queued=lambda _job: self.done_label.setText(
                done + " · " + self.tr("receipt printing")
            ),
            on_error=lambda exc: self.message_bar.show_error(message_for(self, exc), cause=exc),
        )


def open_counter_sale(
    parent: QWidget | None,
    worker: Ops,
    actor: Actor,
    printer: PrintQueueRunner | None = None,
) -> CounterSaleDialog:
    """Show the counter sale dialog, non-modal, acting as `actor`; receipts go to `printer`."""
    dialog = CounterSaleDialog(worker, actor, parent, printer=printer)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.show()
    return dialog
