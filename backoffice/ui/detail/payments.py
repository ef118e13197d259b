"""The payments tab (R22–R25): the breakdown from services.payment_panel (order amount, shipping,
each discount, paid, refunded, balance), every payment with method, date, PG transaction, card
issuer, masked card and instalments; payment requests (ask for the balance or an amount, copy the
link, withdraw, mark paid); refunds with shipping / coupon / points portions (refund_box.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backoffice.domain.errors import DomainError
from backoffice.domain.money import parse_amount
from backoffice.services.orders.detail import OrderSnapshot
from backoffice.services.payments import requests as payments
from backoffice.services.payments.panel import PaymentRow, RequestRow
from backoffice.ui import labels
from backoffice.ui.detail import rules
from backoffice.ui.detail.refund_box import RefundBox
from backoffice.ui.detail.rows_model import Col, RowsModel, local_time, money
from backoffice.ui.errors_text import error_text

if TYPE_CHECKING:
    from backoffice.ui.detail.dialog import OrderDetailDialog

BREAKDOWN = [
    ("order_amount", QT_TRANSLATE_NOOP("Payments", "Order amount")),
    ("manual_discount", QT_TRANSLATE_NOOP("Payments", "Manual discount")),
    ("fees_total", QT_TRANSLATE_NOOP("Payments", "Fees")),
    ("shipping_fee", QT_TRANSLATE_NOOP("Payments", "Shipping")),
    ("tax_total", QT_TRANSLATE_NOOP("Payments", "Tax")),
    ("grade_discount", QT_TRANSLATE_NOOP("Payments", "Grade discount")),
    ("coupon_discount", QT_TRANSLATE_NOOP("Payments", "Coupon")),
    ("points_used", QT_TRANSLATE_NOOP("Payments", "Points")),
    ("rounding", QT_TRANSLATE_NOOP("Payments", "Shop rounding")),
    ("total", QT_TRANSLATE_NOOP("Payments", "Total")),
    ("paid", QT_TRANSLATE_NOOP("Payments", "Paid")),
    ("refunded", QT_TRANSLATE_NOOP("Payments", "Refunded")),
    ("balance", QT_TRANSLATE_NOOP("Payments", "Balance")),
]
TAKEN_OFF = {"manual_discount", "grade_discount", "coupon_discount", "points_used"}
# Shown only when the order has them (web shop orders): a counter sale has no fee or tax lines.
WHEN_SET = {"fees_total", "tax_total", "rounding"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Payments", text)


def _method(key: str) -> str:
    text = labels.REFUND_METHODS.get(key)
    return QCoreApplication.translate("Refunds", text) if text else key


def payment_columns(currency: Any) -> list[Col]:
    return [
        Col(QT_TRANSLATE_NOOP("DetailColumns", "Method"), lambda r: _method(r.method)),
        Col(
            QT_TRANSLATE_NOOP("DetailColumns", "Amount"),
            lambda r: money(r.amount, currency()),
            True,
        ),
        Col(QT_TRANSLATE_NOOP("DetailColumns", "Date"), lambda r: local_time(r.paid_at)),
        Col(QT_TRANSLATE_NOOP("DetailColumns", "PG transaction"), lambda r: r.pg_transaction),
        Col(QT_TRANSLATE_NOOP("DetailColumns", "Card issuer"), lambda r: r.card_issuer),
        Col(QT_TRANSLATE_NOOP("DetailColumns", "Card"), lambda r: r.card_masked),
        Col(
            QT_TRANSLATE_NOOP("DetailColumns", "Instalments"),
            lambda r: str(r.installment_months) if r.installment_months else "",
            True,
        ),
    ]


def request_columns(currency: Any) -> list[Col]:
    return [
        Col(
            QT_TRANSLATE_NOOP("DetailColumns", "Amount"),
            lambda r: money(r.amount, currency()),
            True,
        ),
        Col(
            QT_TRANSLATE_NOOP("DetailColumns", "State"),
            lambda r: QCoreApplication.translate(
                "PaymentStates", labels.REQUEST_STATES.get(r.state, r.state)
            ),
        ),
        Col(QT_TRANSLATE_NOOP("DetailColumns", "Requested"), lambda r: local_time(r.created_at)),
        Col(
            QT_TRANSLATE_NOOP("DetailColumns", "Link"),
            lambda r: (
                r.link
                or QCoreApplication.translate("PaymentStates", "waiting for the web shop's page")
            ),
        ),
    ]


def refund_columns(currency: Any) -> list[Col]:
    def amount(r: Any) -> str:
        return money(r.amount, currency())

    def parts(r: Any) -> str:
        shown = [money(r.items_amount, currency())]
        if r.shipping_amount:
            shown.append(
                QCoreApplication.translate("Payments", "shipping %1").replace(
                    "%1", money(r.shipping_amount, currency())
                )
            )
        if r.deduction_amount:
            shown.append(
                QCoreApplication.translate("Payments", "coupon -%1").replace(
                    "%1", money(r.deduction_amount, currency())
                )
            )
        if r.points_returned:
            shown.append(
                QCoreApplication.translate("Payments", "%1 points").replace(
                    "%1", f"{r.points_returned:,}"
                )
            )
        return " + ".join(shown)

    return [
        Col(QT_TRANSLATE_NOOP("DetailColumns", "Refunded"), amount, True),
        Col(QT_TRANSLATE_NOOP("DetailColumns", "Portions"), parts),
        Col(QT_TRANSLATE_NOOP("DetailColumns", "Reason"), lambda r: r.reason),
    ]


def _table(parent: QWidget, model: RowsModel) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class PaymentsPanel(QWidget):
    def __init__(self, host: OrderDetailDialog) -> None:
        super().__init__(host)
        self.host = host
        outer = QHBoxLayout(self)
        summary = QGroupBox(self.tr("Breakdown"), self)
        form = QFormLayout(summary)
        self.amounts: dict[str, QLabel] = {}
        self.form = form
        for key, text in BREAKDOWN:
            label = QLabel(summary)
            self.amounts[key] = label
            form.addRow(_tr(text), label)
        self.coupons_label = QLabel(summary)
        form.addRow(self.tr("Coupon codes"), self.coupons_label)
        self.status_label = QLabel(summary)
        form.addRow(self.tr("Payment status"), self.status_label)
        left = QVBoxLayout()
        left.addWidget(summary)
        self.refund_model = RowsModel(refund_columns(lambda: host.currency), self)
        self.refund_table = _table(self, self.refund_model)
        left.addWidget(QLabel(self.tr("Refunds"), self))
        left.addWidget(self.refund_table, 1)
        outer.addLayout(left)

        right = QVBoxLayout()
        currency = lambda: host.currency  # noqa: E731 - read when shown
        self.payment_model = RowsModel(payment_columns(currency), self)
        self.payment_table = _table(self, self.payment_model)
        right.addWidget(QLabel(self.tr("Payments"), self))
        right.addWidget(self.payment_table, 1)

        self.request_model = RowsModel(request_columns(currency), self)
        self.request_table = _table(self, self.request_model)
        self.request_table.selectionModel().selectionChanged.connect(lambda *_: self._sync())
        right.addWidget(QLabel(self.tr("Payment requests"), self))
        right.addWidget(self.request_table, 1)
        ask = QHBoxLayout()
        self.request_amount = QLineEdit(self)
        self.request_amount.setPlaceholderText(self.tr("Amount (empty: the balance)"))
        self.request_button = QPushButton(self.tr("Request payment"), self)
        self.request_button.clicked.connect(self.request_payment)
        self.copy_button = QPushButton(self.tr("Copy payment link"), self)
        self.copy_button.clicked.connect(self.copy_link)
        self.withdraw_button = QPushButton(self.tr("Withdraw request"), self)
        self.withdraw_button.clicked.connect(self.withdraw)
        ask.addWidget(self.request_amount, 1)
        ask.addWidget(self.request_button)
        ask.addWidget(self.copy_button)
        ask.addWidget(self.withdraw_button)
        right.addLayout(ask)
        paid = QHBoxLayout()
        self.paid_method = QComboBox(self)
        for key in payments.METHODS:
            self.paid_method.addItem(_method(key), key)
        self.pg_edit = QLineEdit(self)
        self.pg_edit.setPlaceholderText(self.tr("PG transaction"))
        self.issuer_edit = QLineEdit(self)
        self.issuer_edit.setPlaceholderText(self.tr("Card issuer"))
        self.card_edit = QLineEdit(self)
        self.card_edit.setPlaceholderText(self.tr("Card number"))
        self.months_spin = QSpinBox(self)
        self.months_spin.setRange(0, 36)
        self.months_spin.setSuffix(self.tr(" mo."))
        self.mark_paid_button = QPushButton(self.tr("Mark paid"), self)
        self.mark_paid_button.clicked.connect(self.mark_paid)
        for widget in (self.paid_method, self.pg_edit, self.issuer_edit, self.card_edit):
            paid.addWidget(widget)
        paid.addWidget(self.months_spin)
        paid.addWidget(self.mark_paid_button)
        right.addLayout(paid)
        self.refund_box = RefundBox(host, self)
        right.addWidget(self.refund_box)
        outer.addLayout(right, 1)
        self._sync()

    def populate(self, snap: OrderSnapshot) -> None:
        m = snap.money
        for key, label in self.amounts.items():
            value = getattr(m, key)
            label.setText(money(-value if key in TAKEN_OFF and value else value, snap.currency))
            if key in WHEN_SET:
                self.form.setRowVisible(label, bool(value))
        if m.tax_in_prices:
            included = self.tr("%1 (%2 of it in the prices)")
            self.amounts["tax_total"].setText(
                included.replace("%1", money(m.tax_total, snap.currency)).replace(
                    "%2", money(m.tax_in_prices, snap.currency)
                )
            )
        self.coupons_label.setText(m.coupon_codes)
        self.form.setRowVisible(self.coupons_label, bool(m.coupon_codes))
        self.amounts["balance"].setStyleSheet("font-weight: bold;")
        self.status_label.setText(labels.label(labels.PAYMENT, m.payment_status))
        self.payment_model.set_rows(m.payments)
        self.refund_model.set_rows(m.refunds)
        chosen = self.current_request()
        self.request_model.set_rows(m.requests)
        if chosen is not None:
            ids = [r.id for r in m.requests]
            if chosen.id in ids:
                self.request_table.selectRow(ids.index(chosen.id))
        self.refund_box.populate(snap)
        self._sync()

    def current_request(self) -> RequestRow | None:
        rows = self.request_table.selectionModel().selectedRows()
        return self.request_model.row(rows[0].row()) if rows else None

    def payment_rows(self) -> list[PaymentRow]:
        return self.payment_model.rows

    def _sync(self) -> None:
        snap = self.host.snapshot
        ask = rules.request_payment(snap) if snap else "-"
        self.request_button.setEnabled(not ask)
        self.request_button.setToolTip(ask if ask != "-" else "")
        chosen = self.current_request()
        open_ = chosen is not None and chosen.state == "requested"
        why = "" if open_ else self.tr("Choose an open payment request")
        for button in (self.withdraw_button, self.mark_paid_button):
            button.setEnabled(open_)
            button.setToolTip(why)
        self.copy_button.setEnabled(chosen is not None or bool(snap and snap.open_requests))
        self.copy_button.setToolTip("" if self.copy_button.isEnabled() else why)

    # ---- actions ---------------------------------------------------------------------------------

    def request_payment(self) -> None:
        text = self.request_amount.text().strip()
        try:
            amount = parse_amount(text, self.host.currency) if text else None
        except DomainError as exc:
            self.host.message_bar.show_error(error_text(exc), cause=exc)
            return
        actor, code = self.host.actor, self.host.code

        def done(info: payments.RequestInfo) -> None:
            self.request_amount.clear()
            if not info.link:  # R22: the web shop makes a page for this amount when online
                self.host.message_bar.show_info(
                    self.tr(
                        "Payment requested; the web shop makes its payment page at the next "
                        "sync, and the customer is sent the link then"
                    )
                )
                return
            QApplication.clipboard().setText(info.link)
            self.host.message_bar.show_info(
                self.tr("Payment requested; the link is on the clipboard")
            )

        self.host.run(
            lambda core, v: core.write(
                payments.request_payment, actor, code, amount, expected_version=v
            ),
            done,
        )

    def link_to_copy(self) -> str:
        chosen = self.current_request()
        if chosen is not None:
            return chosen.link
        snap = self.host.snapshot
        if snap is None:
            return ""
        open_ = [r for r in snap.money.requests if r.state == "requested"]
        return open_[-1].link if open_ else ""

    def copy_link(self) -> None:
        link = self.link_to_copy()
        if link:
            QApplication.clipboard().setText(link)
            self.host.message_bar.show_info(self.tr("Payment link copied"))

    def withdraw(self) -> None:
        chosen = self.current_request()
        if chosen is None:
            return
        actor, code, rid = self.host.actor, self.host.code, chosen.id
        self.host.run(
            lambda core, _v: core.write(payments.withdraw_payment_request, actor, code, rid)
        )

    def mark_paid(self) -> None:
        chosen = self.current_request()
        if chosen is None:
            return
        actor, code, rid = self.host.actor, self.host.code, chosen.id
        method = str(self.paid_method.currentData())
        pg, issuer, card = self.pg_edit.text(), self.issuer_edit.text(), self.card_edit.text()
        months = self.months_spin.value()

        def done(_r: Any) -> None:
            for edit in (self.pg_edit, self.issuer_edit, self.card_edit):
                edit.clear()
            self.months_spin.setValue(0)

        self.host.run(
            lambda core, _v: core.write(
                payments.mark_request_paid, actor, code, rid, method, pg, issuer, card, months
            ),
            done,
        )
