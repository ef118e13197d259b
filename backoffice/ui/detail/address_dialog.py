"""Adding or correcting one of an order's shipping addresses (R5: up to five)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from backoffice.services.orders.changes import NewAddress
from backoffice.services.orders.detail import AddressRow


class AddressDialog(QDialog):
    def __init__(self, address: AddressRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slot = address.slot if address else None
        self.setWindowTitle(
            self.tr("Edit address %1").replace("%1", str(address.slot))
            if address
            else self.tr("New address")
        )
        form = QFormLayout(self)
        self.name = QLineEdit(address.name if address else "", self)
        self.phone = QLineEdit(address.phone if address else "", self)
        self.postcode = QLineEdit(address.postcode if address else "", self)
        self.address1 = QLineEdit(address.address1 if address else "", self)
        self.address2 = QLineEdit(address.address2 if address else "", self)
        self.memo = QLineEdit(address.memo if address else "", self)
        self.address1.setMinimumWidth(360)
        form.addRow(self.tr("Recipient"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Postcode"), self.postcode)
        form.addRow(self.tr("Address"), self.address1)
        form.addRow(self.tr("Address line 2"), self.address2)
        form.addRow(self.tr("Delivery note"), self.memo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def value(self) -> NewAddress:
        return NewAddress(
            name=self.name.text().strip(),
            phone=self.phone.text().strip(),
            postcode=self.postcode.text().strip(),
            address1=self.address1.text().strip(),
            address2=self.address2.text().strip(),
            memo=self.memo.text().strip(),
        )
