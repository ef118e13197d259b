"""The refund that goes with a claim (issue 13, R25–R27): proposed from the quantities chosen (or
the selected return being completed) by services/claims/refund_proposal.py — items, their share of
shipping, the coupon clawed back, points back to a member — every portion editable, and given in
the same change as the claim. Unticked, the claim goes without a refund."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from backoffice.domain.errors import DomainError
from backoffice.domain.money import format_money, plain_amount
from backoffice.services.claims import refund_proposal
from backoffice.services.claims.refund_proposal import RefundProposal
from backoffice.services.payments.refunds import RefundSpec
from backoffice.ui.detail.refund_box import RefundFields, lay_out

if TYPE_CHECKING:
    from backoffice.ui.detail.dialog import OrderDetailDialog


class ClaimRefund(QGroupBox):
    def __init__(self, host: OrderDetailDialog, parent: QWidget) -> None:
        super().__init__(parent)
        self.host = host
        self.setObjectName("claimRefund")
        self.setTitle(self.tr("Refund with it"))
        self.setCheckable(True)
        self.setChecked(True)
        self.proposal = RefundProposal()
        self._asked: tuple[str, tuple[tuple[int, int], ...], int | None] | None = None
        grid = QGridLayout(self)
        self.fields = RefundFields(self, lambda: host.currency)
        self.items_edit, self.shipping_edit, self.coupon_edit, self.points_edit = self.fields.edits
        self.method_combo = self.fields.method_combo
        self.total_label = QLabel(self)
        self.total_label.setObjectName("refundTotal")
        self.total_label.setStyleSheet("font-weight: bold;")
        for edit in self.fields.edits:
            edit.textChanged.connect(lambda _t: self._show_total())
        fields = [
            (self.tr("Items"), self.items_edit),
            (self.tr("Shipping"), self.shipping_edit),
            (self.tr("Coupon clawed back"), self.coupon_edit),
            (self.tr("Points returned"), self.points_edit),
            (self.tr("Method"), self.method_combo),
        ]
        lay_out(grid, self, fields)
        grid.addWidget(self.total_label, 1, 5)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self._ask)
        self._wanted: tuple[str, dict[int, int], int | None] = ("cancel", {}, None)

    # ---- the proposal ----------------------------------------------------------------------------

    def propose(self, kind: str, quantities: dict[int, int], claim_id: int | None = None) -> None:
        """Work out the refund for these quantities (soon: spins change one click at a time)."""
        self._wanted = (kind, {i: q for i, q in quantities.items() if q > 0}, claim_id)
        self._timer.start()

    def _ask(self) -> None:
        kind, quantities, claim_id = self._wanted
        key = (kind, tuple(sorted(quantities.items())), claim_id)
        if key == self._asked:
            return
        self._asked = key
        code = self.host.code

        def done(proposal: RefundProposal) -> None:
            if self._asked == key:
                self.fill(proposal)

        def failed(_exc: Exception) -> None:
            if self._asked == key:
                self.fill(RefundProposal())  # quantities the claim itself would refuse

        self.host.worker.submit(
            lambda core: core.read(refund_proposal.propose, code, kind, quantities, claim_id),
            done,
            failed,
        )

    def fill(self, proposal: RefundProposal) -> None:
        self.proposal = proposal
        currency = self.host.currency
        for edit, amount in (
            (self.items_edit, proposal.items_amount),
            (self.shipping_edit, proposal.shipping_amount),
            (self.coupon_edit, proposal.deduction_amount),
        ):
            edit.setText(plain_amount(amount, currency) if amount else "")
        self.points_edit.setText(str(proposal.points_returned) if proposal.points_returned else "")
        if proposal.method:
            self.method_combo.setCurrentIndex(max(self.method_combo.findData(proposal.method), 0))
        self.setChecked(not proposal.empty)
        self._show_total()

    def forget(self) -> None:
        self._asked = None

    # ---- what staff confirm ----------------------------------------------------------------------

    def spec(self, reason: str) -> RefundSpec | None:
        """The refund as entered, or None when unticked or nothing; DomainError for bad text."""
        if not self.isChecked():
            return None
        spec = self.fields.spec(reason)
        return spec if spec.cash > 0 or spec.points_returned > 0 else None

    def cash_text(self) -> str:
        try:
            spec = self.spec("")
        except DomainError:
            return ""
        return format_money(spec.cash, self.host.currency) if spec is not None else ""

    def _show_total(self) -> None:
        text = self.cash_text()
        self.total_label.setText(self.tr("Refund %1").replace("%1", text) if text else "")
