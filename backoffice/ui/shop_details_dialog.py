"""Settings → Shop details: the name, address and phone printed on labels ("보내는 분"), receipts
and documents, the business number and receipt footer, and the carrier the ship step fills in
(services/shop/details.py). Saving is a manager's (R48): a cashier is asked for a manager's PIN."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from backoffice.domain import carriers
from backoffice.domain.errors import DomainError
from backoffice.services.shop import details as shop_details
from backoffice.services.shop.details import ShopDetails
from backoffice.services.staff.actor import Actor
from backoffice.ui import labels
from backoffice.ui.approval import manager_fallback
from backoffice.ui.detail.message_bar import MessageBar
from backoffice.ui.failures import message_for
from backoffice.ui.ops import Ops


class ShopDetailsDialog(QDialog):
    def __init__(self, worker: Ops, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.actor = worker, actor
        self.setWindowTitle(self.tr("Shop details"))
        self.message_bar = MessageBar(self)
        self.name = QLineEdit(self)
        self.address = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.business_number = QLineEdit(self)
        self.footer = QLineEdit(self)
        self.footer.setPlaceholderText(self.tr("e.g. exchanges and refunds within 7 days"))
        self.carrier = QComboBox(self)
        self.carrier.addItem(self.tr("None"), "")
        for carrier in carriers.CARRIERS:
            self.carrier.addItem(labels.carrier_name(carrier), carrier.code)
        form = QFormLayout()
        form.addRow(self.tr("Shop name"), self.name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Business registration no."), self.business_number)
        form.addRow(self.tr("Receipt footer"), self.footer)
        form.addRow(self.tr("Default carrier"), self.carrier)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 0)
        worker.submit(lambda core: core.read(shop_details.load), self._loaded, self._failed)

    def _loaded(self, details: ShopDetails) -> None:
        self.name.setText(details.name)
        self.address.setText(details.address)
        self.phone.setText(details.phone)
        self.business_number.setText(details.business_number)
        self.footer.setText(details.footer)
        self.carrier.setCurrentIndex(max(self.carrier.findData(details.default_carrier), 0))

    def value(self) -> ShopDetails:
        return ShopDetails(
            name=self.name.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            business_number=self.business_number.text(),
            footer=self.footer.text(),
            default_carrier=self.carrier.currentData() or "",
        )

    def save(self) -> None:
        details, actor = self.value(), self.actor  # a manager's, once approved (R48)
        refused = manager_fallback(self, self.save)

        def failed(exc: Exception) -> None:
            if not (isinstance(exc, DomainError) and refused(exc)):
                self._failed(exc)

        self.worker.submit(
            lambda core: core.write(shop_details.save, details, actor=actor),
            lambda _d: self.accept(),
            failed,
        )

    def _failed(self, exc: Exception) -> None:
        self.message_bar.show_error(message_for(self, exc), cause=exc)
