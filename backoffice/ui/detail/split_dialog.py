"""The small split dialog (R20): for each line in a shipment, how many of its units go to a new
shipment ("3 of 5"). Opened with open(), never exec(), so the dialog stays scriptable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backoffice.services.orders.detail import ShipmentRow


class SplitDialog(QDialog):
    def __init__(self, shipment: ShipmentRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shipment = shipment
        self.setWindowTitle(self.tr("Split shipment #%1").replace("%1", str(shipment.number)))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Units to move to a new shipment:"), self))
        form = QFormLayout()
        self.spins: dict[int, QSpinBox] = {}
        for item in shipment.items:
            spin = QSpinBox(self)
            spin.setRange(0, item.quantity)
            spin.setSuffix(self.tr(" of %1").replace("%1", str(item.quantity)))
            self.spins[item.line_id] = spin
            shown = f"{item.name} ({item.options})" if item.options else item.name
            form.addRow(shown, spin)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def quantities(self) -> dict[int, int]:
        return {line_id: spin.value() for line_id, spin in self.spins.items() if spin.value()}
