"""The counter's ship step (issue 13, R7, R21): carrier and tracking number, then Enter.

Shown at the top of an order that has something left to send. The carrier is the shop's default
(Settings → Shop details) or the one the order already has; the cursor waits in the tracking
field, where a scanner types the waybill's number and Enter. That ships the unshipped shipments
(or the one selected in the Shipments tab) in one transaction (services.fulfilment.shipments.ship),
queues the label when the printer settings say so, and closes the dialog so the next scan opens
the next order."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from backoffice.core import Core
from backoffice.domain import carriers
from backoffice.domain.stages import Stage
from backoffice.services.fulfilment import shipments
from backoffice.services.orders import changes as orders
from backoffice.services.orders.detail import OrderSnapshot
from backoffice.services.printing import settings as printer_settings
from backoffice.services.shop import details as shop_details
from backoffice.ui import labels, shortcuts
from backoffice.ui.approval import confirm_fallback
from backoffice.ui.detail import rules
from backoffice.ui.errors_text import error_text
from backoffice.ui.printing.actions import send_documents

if TYPE_CHECKING:
    from backoffice.ui.detail.dialog import OrderDetailDialog


class ShipBar(QWidget):
    shipped = Signal(str)  # what happened, in one line, for the window's status bar

    def __init__(self, host: OrderDetailDialog) -> None:
        super().__init__(host)
        self.host = host
        self.default_carrier = ""
        self._focused = False
        self.pickup = False  # a pickup order is handed over here instead (ready → picked up)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self)
        self.caption.setStyleSheet("font-weight: bold;")
        self.carrier_combo = QComboBox(self)
        self.carrier_combo.setEditable(True)  # a carrier not in the list can still be typed
        self.carrier_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for carrier in carriers.CARRIERS:
            self.carrier_combo.addItem(labels.carrier_name(carrier), carrier.code)
        self.carrier_combo.setCurrentIndex(-1)
        self.tracking_edit = QLineEdit(self)
        self.tracking_edit.setObjectName("shipTracking")
        self.tracking_edit.setPlaceholderText(
            self.tr("Scan or type the tracking number, then Enter")
        )
        self.tracking_edit.returnPressed.connect(self.ship)
        self.ship_button = QPushButton(self.tr("Ship"), self)
        self.ship_button.setObjectName("shipButton")
        shortcuts.bind(self.ship_button, shortcuts.SHIP, host)
        self.ship_button.clicked.connect(lambda: self.ship())
        row.addWidget(self.caption)
        row.addWidget(self.carrier_combo)
        row.addWidget(self.tracking_edit, 1)
        row.addWidget(self.ship_button)
        self.hide()
        # The shop's carrier; a failure here only leaves the carrier empty: staff pick one.
        host.worker.submit(
            lambda core: core.read(shop_details.load), self._details, lambda _e: None
        )

    def _details(self, details: shop_details.ShopDetails) -> None:
        self.default_carrier = details.default_carrier
        if self.carrier_combo.currentIndex() < 0 and not self.carrier_combo.currentText():
            self._choose_carrier(details.default_carrier)

    def _choose_carrier(self, name: str) -> None:
        found = carriers.find(name) if name else None
        if found is not None:
            self.carrier_combo.setCurrentIndex(self.carrier_combo.findData(found.code))
        elif name:
            self.carrier_combo.setEditText(name)

    def carrier(self) -> str:
        """What is stored on the shipment: a known carrier's Korean name, else the typed text."""
        text = self.carrier_combo.currentText().strip()
        found = carriers.find(text)  # the list shows known names, Korean or English
        return found.name_ko if found is not None else text

    # ---- showing ---------------------------------------------------------------------------------

    def populate(self, snap: OrderSnapshot) -> None:
        self.pickup = not rules.hand_over(snap)
        if self.pickup:
            self._show_hand_over()
            return
        reason = rules.ship(snap)
        self.setVisible(not reason)
        if reason:
            return
        self.carrier_combo.show()
        self.tracking_edit.show()
        self.ship_button.setText(self.tr("Ship"))
        numbers = self.numbers(snap)
        chosen = numbers if numbers is not None else rules.to_ship(snap)
        self.caption.setText(self.tr("Ship %1").replace("%1", ", ".join(f"#{n}" for n in chosen)))
        current = next((s.carrier for s in snap.shipments if s.carrier), "")
        if current or self.carrier_combo.currentIndex() < 0:
            self._choose_carrier(current or self.default_carrier)
        if not self._focused:  # the cursor waits here once, when the order opens
            self._focused = True
            self.tracking_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_hand_over(self) -> None:
        """A pickup order: no carrier, no number; the button hands it over (Enter or F8)."""
        self.show()
        self.carrier_combo.hide()
        self.tracking_edit.hide()
        self.caption.setText(self.tr("Store pickup"))
        self.ship_button.setText(self.tr("Handed over"))
        self.ship_button.setAutoDefault(True)  # Enter on it hands over; nothing else is default
        if not self._focused:
            self._focused = True
            self.ship_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def numbers(self, snap: OrderSnapshot) -> list[int] | None:
        """The shipment chosen in the Shipments tab when the order has several to send; None:
        every unshipped one."""
        waiting = rules.to_ship(snap)
        chosen = [s.number for s in self.host.shipments.selected() if s.number in waiting]
        return chosen if len(waiting) > 1 and len(chosen) == 1 else None

    # ---- shipping --------------------------------------------------------------------------------

    def ship(self, *, confirm_unpaid: bool = False) -> None:
        host, snap = self.host, self.host.snapshot
        if snap is not None and self.pickup and not host.busy:
            self.hand_over(confirm_unpaid=confirm_unpaid)
            return
        if snap is None or host.busy or rules.ship(snap):
            return
        carrier, tracking = self.carrier(), self.tracking_edit.text().strip()
        if not tracking:
            host.message_bar.show_error(self.tr("Scan or type the tracking number first"))
            self.tracking_edit.setFocus()
            return
        chosen = self.numbers(snap)
        number = chosen[0] if chosen else None
        actor, code = host.actor, host.code

        def job(core: Core, version: int) -> Any:
            core.write(
                shipments.ship,
                actor,
                code,
                carrier,
                tracking,
                number=number,
                confirm_unpaid=confirm_unpaid,
                expected_version=version,
            )
            return core.read(printer_settings.load)

        refused = confirm_fallback(  # R23: still unpaid: say so, then go on
            host, self.tr("Ship anyway"), lambda: self.ship(confirm_unpaid=True)
        )
        host.run(job, lambda s: self._shipped(s, carrier, tracking), on_refused=refused)

    def hand_over(self, *, confirm_unpaid: bool = False) -> None:
        host = self.host
        actor, code = host.actor, host.code

        def job(core: Core, version: int) -> Any:
            return core.write(
                orders.set_stage,
                actor,
                code,
                Stage.DELIVERED,
                confirm_unpaid=confirm_unpaid,
                expected_version=version,
            )

        refused = confirm_fallback(  # R23: still unpaid: say so, then go on
            host, self.tr("Hand over anyway"), lambda: self.hand_over(confirm_unpaid=True)
        )

        def done(_stage: Any) -> None:
            self.shipped.emit(self.tr("Order %1 handed over").replace("%1", code))
            host.close()  # the next scan opens the next order

        host.run(job, done, on_refused=refused)

    def _shipped(
        self, settings: printer_settings.PrinterSettings, carrier: str, tracking: str
    ) -> None:
        host = self.host
        text = self.tr("Order %1 shipped: %2 %3").replace("%1", host.code)
        text = text.replace("%2", carrier).replace("%3", tracking)
        self.tracking_edit.clear()
        if settings.label_on_ship and host.printer is not None:
            if settings.label_printer:
                send_documents(
                    host.printer,
                    host.actor,
                    "label",
                    [host.code],
                    on_error=lambda exc: self.shipped.emit(
                        self.tr("The label of %1 was not queued: %2")
                        .replace("%1", host.code)
                        .replace("%2", error_text(exc))
                    ),
                )
                text += " · " + self.tr("label queued")
            else:
                text += " · " + self.tr("no label printer set up")
        self.shipped.emit(text)
        host.close()  # the next scan opens the next order
