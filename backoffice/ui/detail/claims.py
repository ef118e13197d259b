"""The claims tab (R12, R15, R26–R27): cancel, return or exchange quantities of lines with a reason
(a return's pickup address and carrier); the claims with approve, reject (with a reason) and
complete (a return can be marked damaged: not restocked, R15); a customer's cancel request is
approved (the order is cancelled) or rejected with a reason sent to the customer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backoffice.core import Core
from backoffice.domain.errors import DomainError
from backoffice.services.claims import changes as claims
from backoffice.services.claims.changes import Pickup
from backoffice.services.orders.detail import ClaimRow, OrderSnapshot
from backoffice.services.payments.refunds import RefundSpec
from backoffice.ui import labels
from backoffice.ui.approval import manager_fallback
from backoffice.ui.detail import rules
from backoffice.ui.detail.claim_refund import ClaimRefund
from backoffice.ui.detail.rows_model import Col, RowsModel, local_time, money
from backoffice.ui.errors_text import error_text

if TYPE_CHECKING:
    from backoffice.ui.detail.dialog import OrderDetailDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("Claims", text)


def _kind(row: ClaimRow) -> str:
    return _tr(labels.CLAIM_KINDS["cancel_request" if row.whole_order else row.kind])


def claim_columns(currency: Any) -> list[Col]:
    return [
        Col(QT_TRANSLATE_NOOP("DetailColumns", "Kind"), _kind),
        Col(
            QT_TRANSLATE_NOOP("DetailColumns", "State"),
            lambda r: _tr(labels.CLAIM_STATES.get(r.state, r.state)) + (" ⚠" if r.damaged else ""),
        ),
        Col(
            QT_TRANSLATE_NOOP("DetailColumns", "Quantities"),
            lambda r: ", ".join(f"{i.name} × {i.quantity}" for i in r.items),
        ),
        Col(
            QT_TRANSLATE_NOOP("DetailColumns", "Reason"),
            lambda r: r.reason + (f" / {r.reject_reason}" if r.reject_reason else ""),
        ),
        Col(QT_TRANSLATE_NOOP("DetailColumns", "Pickup"), lambda r: r.pickup),
        Col(
            QT_TRANSLATE_NOOP("DetailColumns", "Value"),
            lambda r: money(r.refund_amount, currency()),
            True,
        ),
        Col(QT_TRANSLATE_NOOP("DetailColumns", "Opened"), lambda r: local_time(r.created_at)),
    ]


class ClaimsPanel(QWidget):
    def focus_first_quantity(self) -> None:
        """Ctrl+Shift+X: the cursor in the first quantity that can still be claimed."""
        for spin in self.spins.values():
            if spin.isEnabled() and spin.maximum() > 0:
                spin.setFocus()
                spin.selectAll()
                return

    def __init__(self, host: OrderDetailDialog) -> None:
        super().__init__(host)
        self.host = host
        layout = QVBoxLayout(self)
        new = QGroupBox(self.tr("New claim"), self)
        new_layout = QVBoxLayout(new)
        self.lines_table = QTableWidget(0, 3, new)
        self.lines_table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Available"), self.tr("Quantity")]
        )
        self.lines_table.verticalHeader().hide()
        self.lines_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.spins: dict[int, QSpinBox] = {}
        new_layout.addWidget(self.lines_table)
        row = QHBoxLayout()
        self.kind_combo = QComboBox(new)
        for kind in claims.KINDS:
            self.kind_combo.addItem(_tr(labels.CLAIM_KINDS[kind]), kind)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.reason_edit = QLineEdit(new)
        self.reason_edit.setPlaceholderText(self.tr("Reason"))
        self.reason_edit.returnPressed.connect(
            lambda: self.open_button.isEnabled() and self.open_claim()
        )
        self.open_button = QPushButton(self.tr("Cancel these units"), new)
        self.open_button.clicked.connect(self.open_claim)
        row.addWidget(self.kind_combo)
        row.addWidget(self.reason_edit, 1)
        row.addWidget(self.open_button)
        new_layout.addLayout(row)
        self.pickup_box = QGroupBox(self.tr("Pickup (collection)"), new)
        grid = QGridLayout(self.pickup_box)
        self.pickup_name = QLineEdit(self.pickup_box)
        self.pickup_phone = QLineEdit(self.pickup_box)
        self.pickup_address = QLineEdit(self.pickup_box)
        self.pickup_carrier = QLineEdit(self.pickup_box)
        for i, (title, widget) in enumerate(
            [
                (self.tr("Name"), self.pickup_name),
                (self.tr("Phone"), self.pickup_phone),
                (self.tr("Address"), self.pickup_address),
                (self.tr("Carrier"), self.pickup_carrier),
            ]
        ):
            grid.addWidget(QLabel(title, self.pickup_box), i // 2, (i % 2) * 2)
            grid.addWidget(widget, i // 2, (i % 2) * 2 + 1)
        new_layout.addWidget(self.pickup_box)
        layout.addWidget(new)
        # The refund of a cancel (given with it) or of the return being completed (issue 13).
        self.refund = ClaimRefund(host, self)
        layout.addWidget(self.refund)
        self.confirm_box: QMessageBox | None = None

        self.model = RowsModel(claim_columns(lambda: host.currency), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._sync())
        layout.addWidget(self.table, 1)
        decide = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.approve_button.clicked.connect(self.approve)
        self.reject_reason = QLineEdit(self)
        self.reject_reason.setPlaceholderText(self.tr("Reason for rejecting"))
        self.reject_button = QPushButton(self.tr("Reject"), self)
        self.reject_button.clicked.connect(self.reject)
        self.damaged_check = QCheckBox(self.tr("Damaged (not restocked)"), self)
        self.complete_button = QPushButton(self.tr("Complete"), self)
        self.complete_button.clicked.connect(self.complete)
        decide.addWidget(self.approve_button)
        decide.addWidget(self.reject_reason, 1)
        decide.addWidget(self.reject_button)
        decide.addSpacing(12)
        decide.addWidget(self.damaged_check)
        decide.addWidget(self.complete_button)
        layout.addLayout(decide)
        self._kind_changed()

    # ---- showing ---------------------------------------------------------------------------------

    def populate(self, snap: OrderSnapshot) -> None:
        kept = {line_id: spin.value() for line_id, spin in self.spins.items()}
        goods = [ln for ln in snap.lines if ln.kind not in ("negative", "fee")]
        self.lines_table.setRowCount(len(goods))
        self.spins = {}
        for r, line in enumerate(goods):
            shown = f"{line.name} ({line.options})" if line.options else line.name
            self.lines_table.setItem(r, 0, QTableWidgetItem(shown))
            self.lines_table.setItem(r, 1, QTableWidgetItem(""))
            spin = QSpinBox(self.lines_table)
            spin.valueChanged.connect(lambda _v: self._refund_target())
            self.spins[line.id] = spin
            self.lines_table.setCellWidget(r, 2, spin)
            spin.setValue(0)
            if line.id in kept:
                spin.setProperty("kept", kept[line.id])
        chosen = self.current_claim()
        self.model.set_rows(snap.claims)
        if chosen is not None:
            ids = [c.id for c in snap.claims]
            if chosen.id in ids:
                self.table.selectRow(ids.index(chosen.id))
        self.refund.forget()  # paid and refunded may have moved: propose afresh
        self._kind_changed()

    def current_claim(self) -> ClaimRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        snap = self.host.snapshot
        self.pickup_box.setVisible(kind in ("return", "exchange"))
        self.open_button.setText(
            self.tr("Cancel these units") if kind == "cancel" else self.tr("Open claim")
        )
        if snap is not None:
            for r, line in enumerate(ln for ln in snap.lines if ln.kind not in ("negative", "fee")):
                left = line.can_cancel if kind == "cancel" else line.can_return
                self.lines_table.item(r, 1).setText(str(left))
                spin = self.spins[line.id]
                kept = spin.property("kept")
                spin.setRange(0, left)
                if isinstance(kept, int):
                    spin.setValue(min(kept, left))
                    spin.setProperty("kept", None)
            why = (
                rules.cancel_quantities(snap)
                if kind == "cancel"
                else rules.return_or_exchange(snap)
            )
        else:
            why = "-"
        self.open_button.setEnabled(not why)
        self.open_button.setToolTip(why if why != "-" else "")
        self._sync()

    def _sync(self) -> None:
        claim = self.current_claim()
        snap = self.host.snapshot
        open_ = claim is not None and claim.state == "requested"
        pick = self.tr("Choose a requested claim")
        self.approve_button.setEnabled(open_)
        self.approve_button.setToolTip("" if open_ else pick)
        self.reject_button.setEnabled(open_)
        self.reject_button.setToolTip("" if open_ else pick)
        can_complete = claim is not None and claim.state == "approved" and not claim.whole_order
        self.complete_button.setEnabled(can_complete and snap is not None)
        self.complete_button.setToolTip(
            "" if can_complete else self.tr("Only an approved claim can be completed")
        )
        self._refund_target()
        returns = claim is not None and claim.kind != "cancel"
        self.damaged_check.setEnabled(returns)
        self.damaged_check.setToolTip(
            "" if returns else self.tr("Only returned goods can be marked damaged")
        )

    def _refund_target(self) -> None:
        """The refund box follows what is about to happen: a cancel of the chosen units, or the
        completion of the selected approved cancel or return."""
        kind = str(self.kind_combo.currentData())
        quantities = self.quantities()
        claim = self.current_claim()
        if quantities and kind == "cancel":
            self.refund.show()
            self.refund.propose("cancel", quantities)
        elif (
            not quantities
            and claim is not None
            and claim.state == "approved"
            and claim.kind in ("cancel", "return")
            and not claim.whole_order
        ):
            self.refund.show()
            units = {i.line_id: i.quantity for i in claim.items}
            self.refund.propose(claim.kind, units, claim.id)
        else:
            self.refund.hide()

    # ---- actions ---------------------------------------------------------------------------------

    def quantities(self) -> dict[int, int]:
        return {line_id: s.value() for line_id, s in self.spins.items() if s.value() > 0}

    def open_claim(self) -> None:
        kind = str(self.kind_combo.currentData())
        quantities, reason = self.quantities(), self.reason_edit.text()
        actor, code = self.host.actor, self.host.code
        if kind == "cancel":  # staff's own partial cancel is one step (R26), with its refund
            self.confirm_cancel(quantities, reason)
            return
        else:
            pickup = Pickup(
                self.pickup_name.text(),
                self.pickup_phone.text(),
                self.pickup_address.text(),
                self.pickup_carrier.text(),
            )

            def job(core: Core, v: int) -> Any:
                return core.write(
                    claims.open_claim,
                    actor,
                    code,
                    kind,
                    quantities,
                    reason,
                    pickup=pickup,
                    expected_version=v,
                )

        def done(_r: Any) -> None:
            self.reason_edit.clear()
            for edit in (
                self.pickup_name,
                self.pickup_phone,
                self.pickup_address,
                self.pickup_carrier,
            ):
                edit.clear()
            for spin in self.spins.values():
                spin.setValue(0)

        self.host.run(job, done)

    def confirm_cancel(self, quantities: dict[int, int], reason: str) -> None:
        """One confirmation: what is cancelled and what goes back, then one change."""
        try:
            refund = self.refund.spec(reason)
        except DomainError as exc:
            self.host.message_bar.show_error(error_text(exc), cause=exc)
            return
        units = sum(quantities.values())
        text = self.tr("Cancel %1 unit(s)").replace("%1", str(units))
        if refund is not None:
            method = QCoreApplication.translate(
                "Refunds", labels.REFUND_METHODS.get(refund.method, refund.method)
            )
            text += " " + self.tr("and refund %1 (%2)").replace("%1", self.refund.cash_text())
            text = text.replace("%2", method)
        else:
            text += " " + self.tr("without a refund")
        box = self.confirm_box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Cancel items"),
            text + "?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmCancel")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.accepted.connect(lambda: self._cancel(quantities, reason, refund))
        # Opened once the key that asked for it is done: the Enter typed in the reason field
        # travels on to the dialog, and would otherwise press the box's default Yes at once.
        QTimer.singleShot(0, box.open)

    def _cancel(self, quantities: dict[int, int], reason: str, refund: RefundSpec | None) -> None:
        actor, code = self.host.actor, self.host.code

        def job(core: Core, v: int) -> Any:
            return core.write(
                claims.cancel_quantities,
                actor,
                code,
                quantities,
                reason,
                refund=refund,
                expected_version=v,
            )

        def done(_r: Any) -> None:
            self.reason_edit.clear()
            for spin in self.spins.values():
                spin.setValue(0)

        # A refund beyond the goods' value is a manager's (R48): asked for inline, then again.
        self.host.run(
            job,
            done,
            on_refused=manager_fallback(
                self.host, lambda: self._cancel(quantities, reason, refund)
            ),
        )

    def approve(self) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        actor, code, cid = self.host.actor, self.host.code, claim.id
        if claim.whole_order:  # R12: approving a customer's request cancels the order
            self.host.run(lambda core, _v: core.write(claims.approve_cancel_request, actor, code))
        else:
            self.host.run(lambda core, _v: core.write(claims.approve_claim, actor, code, cid))

    def reject(self) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        actor, code, cid = self.host.actor, self.host.code, claim.id
        reason = self.reject_reason.text()
        done = lambda _r: self.reject_reason.clear()  # noqa: E731
        if claim.whole_order:  # R12: the reason goes to the customer as a message
            self.host.run(
                lambda core, _v: core.write(claims.reject_cancel_request, actor, code, reason), done
            )
        else:
            self.host.run(
                lambda core, _v: core.write(claims.reject_claim, actor, code, cid, reason), done
            )

    def complete(self) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        actor, code, cid = self.host.actor, self.host.code, claim.id
        damaged = self.damaged_check.isChecked() and claim.kind != "cancel"
        try:
            refund = self.refund.spec(claim.reason) if self.refund.isVisible() else None
        except DomainError as exc:
            self.host.message_bar.show_error(error_text(exc), cause=exc)
            return
        self.host.run(
            lambda core, _v: core.write(
                claims.complete_claim, actor, code, cid, damaged=damaged, refund=refund
            ),
            lambda _r: self.damaged_check.setChecked(False),
            on_refused=manager_fallback(self.host, self.complete),
        )
