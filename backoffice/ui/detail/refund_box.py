"""A refund (R25): items amount, shipping portion, coupon clawed back, points returned, method and
reason; several refunds of one order add up (services.refunds checks against what was paid)."""

from __future__ import annotations

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
from backoffice.ui import labels
from backoffice.ui.approval import manager_fallback
from backoffice.ui.detail import rules
from backoffice.ui.errors_text import error_text

if TYPE_CHECKING:
    from backoffice.ui.detail.dialog import OrderDetailDialog


class RefundBox(QGroupBox):
    def __init__(self, host: OrderDetailDialog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setTitle(self.tr("Refund"))
        grid = QGridLayout(self)
        self.items_edit = QLineEdit(self)
        self.shipping_edit = QLineEdit(self)
        self.coupon_edit = QLineEdit(self)
        self.points_edit = QLineEdit(self)
        self.method_combo = QComboBox(self)
        for key in refunds.METHODS:
            self.method_combo.addItem(
                QCoreApplication.translate("Refunds", labels.REFUND_METHODS[key]), key
            )
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
        for i, (title, widget) in enumerate(fields):
            grid.addWidget(QLabel(title, self), i // 3, (i % 3) * 2)
            grid.addWidget(widget, i // 3, (i % 3) * 2 + 1)
        grid.addWidget(self.refund_button, 2, 5)

    def populate(self, snap: OrderSnapshot) -> None:
        reason = rules.refund(snap)
        self.refund_button.setEnabled(not reason)
        self.refund_button.setToolTip(reason)

    def _amount(self, edit: QLineEdit) -> int:
        return parse_amount(edit.text().strip() or "0", self.host.currency)

    def refund(self) -> None:
        try:
            items = self._amount(self.items_edit)
            shipping = self._amount(self.shipping_edit)
            coupon = self._amount(self.coupon_edit)
            points = int(self.points_edit.text().strip() or "0")
        except (DomainError, ValueError) as exc:
            self.host.message_bar.show_error(error_text(exc), cause=exc)
            return
        method, reason = str(self.method_combo.currentData()), self.reason_edit.text()
        actor, code = self.host.actor, self.host.code

        def done(_r: object) -> None:
            for edit in (
                self.items_edit,
                self.shipping_edit,
                self.coupon_edit,
                self.points_edit,
                self.reason_edit,
            ):
                edit.clear()

        self.host.run(
            lambda core, v: core.write(
                refunds.refund,
                actor,
                code,
                items,
                shipping,
                coupon,
                points,
                method,
                reason,
                expected_version=v,
            ),
            done,
            on_refused=manager_fallback(self.host, self.refund),  # R48: a manager approves
        )
