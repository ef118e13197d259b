"""The items tab (R17–R19): the lines with quantity, price, discount and total; change a quantity,
remove a line, give a manual discount (amount or %), add lines (add_lines.py); the edit's state
(R18) with "ask the customer to confirm" and "withdraw the request"; and the totals, previewed
locally while typing and committed through services.edits."""

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
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backoffice.domain.errors import DomainError
from backoffice.domain.money import parse_amount
from backoffice.services.orders import edits
from backoffice.services.orders.detail import LineRow, OrderSnapshot
from backoffice.ui import labels
from backoffice.ui.detail import preview, rules
from backoffice.ui.detail.add_lines import AddLinesBox
from backoffice.ui.detail.rows_model import Col, RowsModel, money
from backoffice.ui.errors_text import error_text

if TYPE_CHECKING:
    from backoffice.ui.detail.dialog import OrderDetailDialog

KINDS = labels.LINE_KINDS


def line_columns(currency: Any) -> list[Col]:
    def name(row: LineRow) -> str:
        shown = f"{row.name} ({row.options})" if row.options else row.name
        kind = KINDS.get(row.kind, row.kind)
        if kind:
            shown += f" [{QCoreApplication.translate('Items', kind)}]"
        return shown

    def settled(row: LineRow) -> str:
        parts = []
        if row.cancelled:
            parts.append(f"-{row.cancelled}")
        if row.returned:
            parts.append(f"↩{row.returned}")
        return " ".join(parts)

    def discount(row: LineRow) -> str:
        if not row.discount:
            return ""
        pct = f" ({row.discount_percent}%)" if row.discount_percent else ""
        return money(row.discount, currency()) + pct

    return [
        Col(QT_TRANSLATE_NOOP("DetailColumns", "SKU"), lambda r: r.sku),
        Col(QT_TRANSLATE_NOOP("DetailColumns", "Item"), name),
        Col(QT_TRANSLATE_NOOP("DetailColumns", "Qty"), lambda r: str(r.quantity), True),
        Col(QT_TRANSLATE_NOOP("DetailColumns", "Cancelled/returned"), settled, True),
        Col(
            QT_TRANSLATE_NOOP("DetailColumns", "Unit price"),
            lambda r: money(r.unit_price, currency()),
            True,
        ),
        Col(QT_TRANSLATE_NOOP("DetailColumns", "Discount"), discount, True),
        Col(
            QT_TRANSLATE_NOOP("DetailColumns", "Line total"),
            lambda r: money(r.total, currency()),
            True,
        ),
    ]


class ItemsPanel(QWidget):
    def __init__(self, host: OrderDetailDialog) -> None:
        super().__init__(host)
        self.host = host
        layout = QVBoxLayout(self)
        self.model = RowsModel(line_columns(lambda: host.currency), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        layout.addWidget(self.table, 1)

        line_box = QGroupBox(self.tr("Selected line"), self)
        row = QHBoxLayout(line_box)
        self.quantity_spin = QSpinBox(line_box)
        self.quantity_spin.setRange(1, 9999)
        self.quantity_button = QPushButton(self.tr("Change quantity"), line_box)
        self.quantity_button.clicked.connect(self.change_quantity)
        self.discount_edit = QLineEdit(line_box)
        self.discount_edit.setPlaceholderText(self.tr("Discount"))
        self.discount_unit = QComboBox(line_box)
        self.discount_unit.addItem(self.tr("amount"), "amount")
        self.discount_unit.addItem("%", "percent")
        self.discount_button = QPushButton(self.tr("Apply discount"), line_box)
        self.discount_button.clicked.connect(self.apply_discount)
        self.remove_button = QPushButton(self.tr("Remove line"), line_box)
        self.remove_button.clicked.connect(self.remove_line)
        row.addWidget(QLabel(self.tr("Quantity"), line_box))
        row.addWidget(self.quantity_spin)
        row.addWidget(self.quantity_button)
        row.addSpacing(12)
        row.addWidget(self.discount_edit)
        row.addWidget(self.discount_unit)
        row.addWidget(self.discount_button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout.addWidget(line_box)

        self.add_box = AddLinesBox(host, self)
        self.add_box.previewed.connect(self._preview_new)
        layout.addWidget(self.add_box)

        state_row = QHBoxLayout()
        self.state_label = QLabel(self)
        self.ask_button = QPushButton(self.tr("Ask the customer to confirm"), self)
        self.ask_button.clicked.connect(self.ask_confirmation)
        self.withdraw_button = QPushButton(self.tr("Withdraw the request"), self)
        self.withdraw_button.clicked.connect(self.withdraw_confirmation)
        self.totals_label = QLabel(self)
        self.preview_label = QLabel(self)
        self.preview_label.setStyleSheet("color: #1565c0; font-weight: bold;")
        state_row.addWidget(self.state_label)
        state_row.addWidget(self.ask_button)
        state_row.addWidget(self.withdraw_button)
        state_row.addStretch(1)
        state_row.addWidget(self.totals_label)
        state_row.addWidget(self.preview_label)
        layout.addLayout(state_row)
        self.quantity_spin.valueChanged.connect(lambda _v: self._preview_selected())
        self.discount_edit.textChanged.connect(lambda _t: self._preview_selected())
        self.discount_unit.currentIndexChanged.connect(lambda _i: self._preview_selected())
        self._selected()

    # ---- showing ---------------------------------------------------------------------------------

    def populate(self, snap: OrderSnapshot) -> None:
        current = self.current_line()
        self.model.set_rows(snap.lines)
        if current is not None:
            ids = [ln.id for ln in snap.lines]
            if current.id in ids:
                self.table.selectRow(ids.index(current.id))
        state = labels.EDIT_STATES.get(snap.edit_state, snap.edit_state)
        self.state_label.setText(self.tr("Edit: %1").replace("%1", self.tr_items(state)))
        for button, reason in (
            (self.ask_button, rules.ask_confirmation(snap)),
            (self.withdraw_button, rules.withdraw_confirmation(snap)),
        ):
            button.setEnabled(not reason)
            button.setToolTip(reason)
        self.add_box.set_allowed(rules.edit_sheet(snap))
        money_ = snap.money
        self.totals_label.setText(
            self.tr("Items %1 · Total %2 · Balance %3")
            .replace("%1", money(money_.order_amount - money_.manual_discount, snap.currency))
            .replace("%2", money(money_.total, snap.currency))
            .replace("%3", money(money_.balance, snap.currency))
        )
        self.preview_label.clear()
        self._selected()

    @staticmethod
    def tr_items(text: str) -> str:
        return QCoreApplication.translate("Items", text)

    def current_line(self) -> LineRow | None:
        index = self.table.selectionModel().currentIndex()
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return None
        return self.model.row(selected[0].row() if selected else index.row())

    def _selected(self) -> None:
        snap = self.host.snapshot
        line = self.current_line()
        if snap is None or line is None:
            reason = self.tr("Choose a line first")
            qty_reason = edit_reason = reason
        else:
            qty_reason = rules.change_quantity(snap)
            edit_reason = rules.edit_sheet(snap)
            if line.kind == "negative" and not edit_reason:
                edit_reason_discount = self.tr("A refund line cannot be discounted")
            else:
                edit_reason_discount = edit_reason
            self.quantity_spin.blockSignals(True)
            self.quantity_spin.setValue(line.quantity)
            self.quantity_spin.blockSignals(False)
        for widget, why in (
            (self.quantity_button, qty_reason),
            (self.quantity_spin, qty_reason),
            (self.remove_button, edit_reason),
            (self.discount_button, edit_reason if line is None else edit_reason_discount),
        ):
            widget.setEnabled(not why)
            widget.setToolTip(why)

    # ---- totals as you type (R19) ----------------------------------------------------------------

    def _discount(self) -> tuple[int | None, int | None]:
        """(amount, percent) typed in the discount box; raises DomainError when unreadable."""
        text = self.discount_edit.text().strip()
        if self.discount_unit.currentData() == "percent":
            if not text.isdigit():
                raise DomainError(self.tr("A percentage is a whole number from 0 to 100"), "R17")
            return None, int(text)
        return parse_amount(text or "0", self.host.currency), None

    def _preview_selected(self) -> None:
        snap, line = self.host.snapshot, self.current_line()
        if snap is None or line is None:
            return
        kwargs: dict[str, int] = {}
        if self.quantity_spin.value() != line.quantity:
            kwargs["quantity"] = self.quantity_spin.value()
        if self.discount_edit.text().strip():
            try:
                amount, percent = self._discount()
            except DomainError:
                self.preview_label.setText("")
                return
            kwargs["discount_amount"] = amount or 0
            kwargs["discount_percent"] = percent or 0
        self._show_preview(preview.changed(snap, line, **kwargs) if kwargs else None)

    def _preview_new(self, line_total: int | None) -> None:
        snap = self.host.snapshot
        if snap is None:
            return
        self._show_preview(
            None if line_total is None else preview.with_line(snap, None, line_total)
        )

    def _show_preview(self, total: int | None) -> None:
        if total is None:
            self.preview_label.clear()
            return
        self.preview_label.setText(
            self.tr("→ new total %1").replace("%1", money(total, self.host.currency))
        )

    # ---- actions ---------------------------------------------------------------------------------

    def change_quantity(self) -> None:
        line, quantity = self.current_line(), self.quantity_spin.value()
        if line is None:
            return
        actor, code = self.host.actor, self.host.code
        self.host.run(
            lambda core, v: core.write(
                edits.change_quantity, actor, code, line.id, quantity, expected_version=v
            )
        )

    def remove_line(self) -> None:
        line = self.current_line()
        if line is None:
            return
        actor, code = self.host.actor, self.host.code
        self.host.run(
            lambda core, v: core.write(edits.remove_line, actor, code, line.id, expected_version=v)
        )

    def apply_discount(self) -> None:
        line = self.current_line()
        if line is None:
            return
        try:
            amount, percent = self._discount()
        except DomainError as exc:
            self.host.message_bar.show_error(error_text(exc), cause=exc)
            return
        actor, code = self.host.actor, self.host.code
        self.host.run(
            lambda core, v: core.write(
                edits.set_line_discount,
                actor,
                code,
                line.id,
                amount=amount,
                percent=percent,
                expected_version=v,
            ),
            lambda _r: self.discount_edit.clear(),
        )

    def ask_confirmation(self) -> None:
        actor, code = self.host.actor, self.host.code
        self.host.run(
            lambda core, v: core.write(
                edits.request_edit_confirmation, actor, code, expected_version=v
            ),
            notice=self.tr("The customer was asked to confirm the edited order"),
        )

    def withdraw_confirmation(self) -> None:
        actor, code = self.host.actor, self.host.code
        self.host.run(
            lambda core, v: core.write(
                edits.withdraw_edit_confirmation, actor, code, expected_version=v
            )
        )
