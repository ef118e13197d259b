"""A refund (R25): items amount, shipping portion, coupon clawed back, points returned, method and
reason; several refunds of one order add up (services.refunds checks against what was paid).
`RefundFields` are the typed parts, shared with a claim's refund (claim_refund.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from backoffice.domain.errors import DomainError
from backoffice.domain.money import parse_amount
from backoffice.services.orders.detail import OrderSnapshot
from backoffice.services.payments import refunds
from backoffice.services.payments.refunds import RefundSpec
from backoffice.ui import labels
from backoffice.ui.approval import manager_fallback
from backoffice.ui.detail import rules
from backoffice.ui.errors_text import error_text

if TYPE_CHECKING:
    from backoffice.ui.detail.dialog import OrderDetailDialog


class RefundFields:
    """The parts of a refund staff type (R25) — items, shipping, coupon clawed back, points
    returned, how the money goes back — and what they add up to. The payments tab's refund and
    a claim's (claim_refund.py) both use them; each lays them out with its own titles."""

    def __init__(self, parent: QWidget, currency: Callable[[], str]) -> None:
        self._currency = currency
        self.items_edit = QLineEdit(parent)
        self.shipping_edit = QLineEdit(parent)
        self.coupon_edit = QLineEdit(parent)
        self.points_edit = QLineEdit(parent)
        self.method_combo = QComboBox(parent)
        for key in refunds.METHODS:
            self.method_combo.addItem(
                QCoreApplication.translate("Refunds", labels.REFUND_METHODS[key]), key
            )

    @property
    def edits(self) -> tuple[QLineEdit, ...]:
        return (self.items_edit, self.shipping_edit, self.coupon_edit, self.points_edit)

    def _amount(self, edit: QLineEdit) -> int:
        return parse_amount(edit.text().strip() or "0", self._currency())

    def spec(self, reason: str) -> RefundSpec:
        """What was typed; DomainError for text that is not an amount."""
        try:
            points = int(self.points_edit.text().strip() or "0")
        except ValueError:
            raise DomainError(
                "Not an amount: {text!r}", "R25", text=self.points_edit.text()
            ) from None
        return RefundSpec(
            items_amount=self._amount(self.items_edit),
            shipping_amount=self._amount(self.shipping_edit),
            deduction_amount=self._amount(self.coupon_edit),
            points_returned=points,
            method=str(self.method_combo.currentData()),
            reason=reason,
        )


def lay_out(grid: QGridLayout, parent: QWidget, fields: list[tuple[str, QWidget]]) -> None:
    """Title and field pairs, three pairs a row."""
    for i, (title, widget) in enumerate(fields):
        grid.addWidget(QLabel(title, parent), i // 3, (i % 3) * 2)
        grid.addWidget(widget, i // 3, (i % 3) * 2 + 1)


class RefundBox(QGroupBox):
    def __init__(self, host: OrderDetailDialog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setTitle(self.tr("Refund"))
        grid = QGridLayout(self)
        self.fields = RefundFields(self, lambda: host.currency)
        self.items_edit, self.shipping_edit, self.coupon_edit, self.points_edit = self.fields.edits
        self.method_combo = self.fields.method_combo
        self.reason_edit = QLineEdit(self)
        self.refund_button = QPushButton(self.tr("Refund"), self)
        self.refund_button.clicked.connect(self.refund)
        fields = [
            (self.tr("Items"), self.items_edit),
            (self.tr("Shipping"), self.shipping_edit),
            (self.tr("Coupon clawed back"), self.coupon_edit),
            (self.tr("Points returned"), self.points_edit),
            (self.tr("Method"), self.method_combo),
            (self.tr("Reason"), self.reason_edit),
        ]
        lay_out(grid, self, fields)
        grid.addWidget(self.refund_button, 2, 5)

    def populate(self, snap: OrderSnapshot) -> None:
        reason = rules.refund(snap)
        self.refund_button.setEnabled(not reason)
        self.refund_button.setToolTip(reason)

    def refund(self) -> None:
        try:
            spec = self.fields.spec(self.reason_edit.text())
        except DomainError as exc:
            self.host.message_bar.show_error(error_text(exc), cause=exc)
            return
        actor, code = self.host.actor, self.host.code

        def done(_r: object) -> None:
            for edit in (*self.fields.edits, self.reason_edit):
                edit.clear()

        self.host.run(
            lambda core, v: core.write(
                refunds.refund,
                actor,
                code,
                spec.items_amount or 0,
                spec.shipping_amount,
                spec.deduction_amount,
                spec.points_returned,
                spec.method,
                spec.reason,
                expected_version=v,
            ),
            done,
            on_refused=manager_fallback(self.host, self.refund),  # R48: a manager approves
        )
