"""The shipments tab (R5, R20–R21): which quantities travel in which shipment; split (split_dialog),
merge unshipped shipments, send a shipment to one of the order's addresses (add and edit them in
address_dialog), carrier and tracking per shipment, and advance a shipment one stage."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backoffice.services.fulfilment import shipments
from backoffice.services.fulfilment.flow import UNSHIPPED
from backoffice.services.orders.detail import OrderSnapshot, ShipmentRow
from backoffice.ui import labels
from backoffice.ui.detail import rules
from backoffice.ui.detail.address_dialog import AddressDialog
from backoffice.ui.detail.rows_model import Col, RowsModel
from backoffice.ui.detail.split_dialog import SplitDialog

if TYPE_CHECKING:
    from backoffice.ui.detail.dialog import OrderDetailDialog

MAX_ADDRESSES = shipments.MAX_ADDRESSES


def _contents(row: ShipmentRow) -> str:
    return ", ".join(f"{i.name} × {i.quantity}" for i in row.items)


def _kind(row: ShipmentRow) -> str:
    return QCoreApplication.translate("Shipments", "exchange") if row.kind == "exchange" else ""


COLUMNS = [
    Col(QT_TRANSLATE_NOOP("DetailColumns", "No."), lambda r: f"#{r.number}", True),
    Col(QT_TRANSLATE_NOOP("DetailColumns", "Kind"), _kind),
    Col(
        QT_TRANSLATE_NOOP("DetailColumns", "Stage"), lambda r: labels.label(labels.STAGES, r.stage)
    ),
    Col(QT_TRANSLATE_NOOP("DetailColumns", "Contents"), _contents),
    Col(
        QT_TRANSLATE_NOOP("DetailColumns", "Address"),
        lambda r: str(r.address_slot) if r.address_slot else "",
        True,
    ),
    Col(QT_TRANSLATE_NOOP("DetailColumns", "Carrier"), lambda r: r.carrier),
    Col(QT_TRANSLATE_NOOP("DetailColumns", "Tracking no."), lambda r: r.tracking),
]


class ShipmentsPanel(QWidget):
    def __init__(self, host: OrderDetailDialog) -> None:
        super().__init__(host)
        self.host = host
        self.split_dialog: SplitDialog | None = None
        self.address_dialog: AddressDialog | None = None
        layout = QVBoxLayout(self)
        self.model = RowsModel(COLUMNS, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        layout.addWidget(self.table, 1)

        moves = QHBoxLayout()
        self.split_button = QPushButton(self.tr("Split…"), self)
        self.split_button.clicked.connect(self.open_split)
        self.merge_button = QPushButton(self.tr("Merge selected"), self)
        self.merge_button.clicked.connect(self.merge)
        self.advance_button = QPushButton(self.tr("Advance"), self)
        self.advance_button.clicked.connect(self.advance)
        moves.addWidget(self.split_button)
        moves.addWidget(self.merge_button)
        moves.addWidget(self.advance_button)
        moves.addStretch(1)
        layout.addLayout(moves)

        track = QGroupBox(self.tr("Carrier and tracking number"), self)
        track_row = QHBoxLayout(track)
        self.carrier_edit = QLineEdit(track)
        self.carrier_edit.setPlaceholderText(self.tr("Carrier"))
        self.tracking_edit = QLineEdit(track)
        self.tracking_edit.setPlaceholderText(self.tr("Tracking number"))
        self.tracking_button = QPushButton(self.tr("Save tracking"), track)
        self.tracking_button.clicked.connect(self.save_tracking)
        self.tracking_edit.returnPressed.connect(self.save_tracking)
        track_row.addWidget(self.carrier_edit)
        track_row.addWidget(self.tracking_edit, 1)
        track_row.addWidget(self.tracking_button)
        layout.addWidget(track)

        where = QGroupBox(self.tr("Addresses"), self)
        where_row = QHBoxLayout(where)
        self.address_combo = QComboBox(where)
        self.address_combo.setMinimumContentsLength(40)
        self.assign_button = QPushButton(self.tr("Send selected shipment here"), where)
        self.assign_button.clicked.connect(self.assign)
        self.add_address_button = QPushButton(self.tr("Add address…"), where)
        self.add_address_button.clicked.connect(lambda: self.open_address(None))
        self.edit_address_button = QPushButton(self.tr("Edit address…"), where)
        self.edit_address_button.clicked.connect(self.edit_current_address)
        self.address_count = QLabel(where)
        where_row.addWidget(self.address_combo, 1)
        where_row.addWidget(self.assign_button)
        where_row.addWidget(self.add_address_button)
        where_row.addWidget(self.edit_address_button)
        where_row.addWidget(self.address_count)
        layout.addWidget(where)
        self._selected()

    # ---- showing ---------------------------------------------------------------------------------

    def populate(self, snap: OrderSnapshot) -> None:
        chosen = [r.number for r in self.selected()]
        self.model.set_rows(snap.shipments)
        for i, row in enumerate(snap.shipments):
            if row.number in chosen:
                self.table.selectionModel().select(
                    self.model.index(i, 0),
                    self.table.selectionModel().SelectionFlag.Select
                    | self.table.selectionModel().SelectionFlag.Rows,
                )
        slot = self.address_combo.currentData()
        self.address_combo.clear()
        for address in snap.addresses:
            self.address_combo.addItem(f"{address.slot}. {address.one_line()}", address.slot)
        if slot is not None and self.address_combo.findData(slot) >= 0:
            self.address_combo.setCurrentIndex(self.address_combo.findData(slot))
        self.address_count.setText(f"{len(snap.addresses)}/{MAX_ADDRESSES}")
        self._selected()

    def selected(self) -> list[ShipmentRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row(i) for i in rows) if r is not None]

    def _selected(self) -> None:
        snap = self.host.snapshot
        chosen = self.selected()
        one = chosen[0] if len(chosen) == 1 else None
        pick_one = self.tr("Choose one shipment")
        if snap is None:
            reasons = dict.fromkeys(("split", "merge", "advance", "track", "assign", "add"), "-")
        else:
            change = rules.change_shipments(snap)
            unshipped = one is not None and one.stage in UNSHIPPED
            reasons = {
                "split": rules.split(snap)
                or (pick_one if one is None else "")
                or ("" if unshipped else self.tr("This shipment has left already")),
                "merge": change
                or (
                    self.tr("Choose two or more unshipped shipments")
                    if len(chosen) < 2 or any(r.stage not in UNSHIPPED for r in chosen)
                    else ""
                ),
                "advance": rules.advance(snap)
                or (pick_one if one is None else "")
                or (self.tr("Already delivered") if one and one.stage == "delivered" else ""),
                "track": change or (pick_one if one is None else ""),
                "assign": change
                or (pick_one if one is None else "")
                or ("" if unshipped else self.tr("This shipment has left already")),
                "add": change
                or (
                    self.tr("An order keeps at most five addresses")
                    if len(snap.addresses) >= MAX_ADDRESSES
                    else ""
                ),
            }
        for key, button in (
            ("split", self.split_button),
            ("merge", self.merge_button),
            ("advance", self.advance_button),
            ("track", self.tracking_button),
            ("assign", self.assign_button),
            ("add", self.add_address_button),
        ):
            button.setEnabled(not reasons[key])
            button.setToolTip(reasons[key] if reasons[key] != "-" else "")
        self.edit_address_button.setEnabled(
            snap is not None and not rules.change_shipments(snap) and bool(snap.addresses)
        )

    # ---- actions ---------------------------------------------------------------------------------

    def _run(self, job: Any, done: Any = None) -> None:
        self.host.run(job, done)

    def open_split(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        self.split_dialog = SplitDialog(chosen[0], self)
        self.split_dialog.accepted.connect(self._split_accepted)
        self.split_dialog.open()

    def _split_accepted(self) -> None:
        dialog = self.split_dialog
        if dialog is None:
            return
        number, quantities = dialog.shipment.number, dialog.quantities()
        actor, code = self.host.actor, self.host.code
        self._run(
            lambda core, v: core.write(
                shipments.split_shipment, actor, code, number, quantities, expected_version=v
            )
        )

    def merge(self) -> None:
        numbers = [r.number for r in self.selected()]
        actor, code = self.host.actor, self.host.code
        self._run(
            lambda core, v: core.write(
                shipments.merge_shipments, actor, code, numbers, expected_version=v
            )
        )

    def advance(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        number = chosen[0].number
        actor, code = self.host.actor, self.host.code
        self._run(
            lambda core, v: core.write(
                shipments.advance_shipment, actor, code, number, expected_version=v
            )
        )

    def save_tracking(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        number = chosen[0].number
        carrier, tracking = self.carrier_edit.text(), self.tracking_edit.text()
        actor, code = self.host.actor, self.host.code
        self._run(
            lambda core, v: core.write(
                shipments.set_tracking, actor, code, number, carrier, tracking, expected_version=v
            ),
            lambda _r: self.tracking_edit.clear(),
        )

    def assign(self) -> None:
        chosen = self.selected()
        slot = self.address_combo.currentData()
        if len(chosen) != 1 or slot is None:
            return
        number = chosen[0].number
        actor, code = self.host.actor, self.host.code
        self._run(
            lambda core, v: core.write(
                shipments.assign_address, actor, code, number, int(slot), expected_version=v
            )
        )

    def edit_current_address(self) -> None:
        snap = self.host.snapshot
        slot = self.address_combo.currentData()
        if snap is None or slot is None:
            return
        self.open_address(next((a for a in snap.addresses if a.slot == slot), None))

    def open_address(self, address: Any) -> None:
        self.address_dialog = AddressDialog(address, self)
        self.address_dialog.accepted.connect(self._address_accepted)
        self.address_dialog.open()

    def _address_accepted(self) -> None:
        dialog = self.address_dialog
        if dialog is None:
            return
        new, slot = dialog.value(), dialog.slot
        actor, code = self.host.actor, self.host.code
        if slot is None:
            self._run(
                lambda core, v: core.write(
                    shipments.add_address, actor, code, new, expected_version=v
                )
            )
        else:
            self._run(
                lambda core, v: core.write(
                    shipments.edit_address, actor, code, slot, new, expected_version=v
                )
            )
