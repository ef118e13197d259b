"""The dialog's header: who and what the order is (code, shop number, channel, stage with its colour
and custom label, member or guest, dates) and the stage actions allowed now (R6–R11, R23): forward
moves, cancel with a reason, and for managers revert and un-cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backoffice.core import Core
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.orders.detail import OrderSnapshot
from backoffice.ui import labels
from backoffice.ui.approval import confirm_fallback, manager_fallback, may_ask
from backoffice.ui.detail import rules
from backoffice.ui.detail.rows_model import local_time

if TYPE_CHECKING:
    from backoffice.ui.detail.dialog import OrderDetailDialog


def fill_stage_combo(combo: QComboBox, targets: list[tuple[Stage, str]]) -> None:
    """Targets with their refusal reason: refused ones stay listed, greyed, with the reason."""
    combo.clear()
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    for stage, reason in targets:
        combo.addItem(labels.label(labels.STAGES, stage.value), stage.value)
        item = model.item(combo.count() - 1)
        if reason:
            item.setEnabled(False)
            item.setToolTip(reason)
    first = next((i for i, (_s, r) in enumerate(targets) if not r), -1)
    combo.setCurrentIndex(first)


class HeaderPanel(QWidget):
    def __init__(self, host: OrderDetailDialog) -> None:
        super().__init__(host)
        self.host = host
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        facts = QGridLayout()
        self.code_label = QLabel(self)
        self.code_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stage_label = QLabel(self)
        self.custom_label = QLabel(self)
        self.shop_number_label = QLabel(self)
        self.channel_label = QLabel(self)
        self.buyer_label = QLabel(self)
        self.created_label = QLabel(self)
        self.paid_label = QLabel(self)
        facts.addWidget(self.code_label, 0, 0)
        facts.addWidget(self.stage_label, 0, 1)
        facts.addWidget(self.custom_label, 0, 2)
        pairs = [
            (self.tr("Shop order no."), self.shop_number_label),
            (self.tr("Channel"), self.channel_label),
            (self.tr("Buyer"), self.buyer_label),
            (self.tr("Ordered"), self.created_label),
            (self.tr("Paid"), self.paid_label),
        ]
        for i, (title, widget) in enumerate(pairs):
            caption = QLabel(title, self)
            caption.setStyleSheet("color: #666;")
            facts.addWidget(caption, 1 + i // 3, (i % 3) * 2)
            facts.addWidget(widget, 1 + i // 3, (i % 3) * 2 + 1)
        facts.setColumnStretch(5, 1)
        layout.addLayout(facts)

        row = QHBoxLayout()
        self.forward_combo = QComboBox(self)
        self.forward_button = QPushButton(self.tr("Move"), self)
        self.forward_button.clicked.connect(self.move_forward)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Reason (cancel, revert)"))
        self.cancel_button = QPushButton(self.tr("Cancel order"), self)
        self.cancel_button.clicked.connect(self.cancel_order)
        self.revert_combo = QComboBox(self)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.clicked.connect(self.revert)
        self.uncancel_button = QPushButton(self.tr("Un-cancel"), self)
        self.uncancel_button.clicked.connect(self.uncancel)
        row.addWidget(QLabel(self.tr("Move to"), self))
        row.addWidget(self.forward_combo)
        row.addWidget(self.forward_button)
        row.addSpacing(12)
        row.addWidget(self.reason_edit, 1)
        row.addWidget(self.cancel_button)
        self.revert_caption = QLabel(self.tr("Back to"), self)
        row.addWidget(self.revert_caption)
        row.addWidget(self.revert_combo)
        row.addWidget(self.revert_button)
        row.addWidget(self.uncancel_button)
        # R47: staff can keep one action from notifying the customer; back on after each action.
        self.notify_box = QCheckBox(self.tr("Notify the customer"), self)
        self.notify_box.setObjectName("notifyCustomer")
        self.notify_box.setChecked(True)
        self.notify_box.setToolTip(
            self.tr("Send the customer notification for the next action (if notifications are on)")
        )
        row.addWidget(self.notify_box)
        layout.addLayout(row)
        for combo in (self.forward_combo, self.revert_combo):
            # filled after the first show: grow with the (translated) stage names
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.forward_combo.currentIndexChanged.connect(self._sync_buttons)
        self.revert_combo.currentIndexChanged.connect(self._sync_buttons)
        # R9/R11: revert and un-cancel are for managers; a cashier asks one to approve (R48)
        manager = may_ask(host.actor)
        for widget in (self.revert_caption, self.revert_combo, self.revert_button):
            widget.setVisible(manager)
        self.uncancel_button.setVisible(False)

    def populate(self, snap: OrderSnapshot) -> None:
        self.code_label.setText(snap.code)
        self.stage_label.setText(labels.label(labels.STAGES, snap.stage))
        self.stage_label.setStyleSheet(
            f"background: {snap.stage_colour}; color: white; padding: 2px 8px; border-radius: 3px;"
        )
        self.custom_label.setText(snap.custom_status)
        self.custom_label.setVisible(bool(snap.custom_status))
        if snap.custom_status:
            colour = snap.custom_colour or "#616161"
            self.custom_label.setStyleSheet(f"border: 1px solid {colour}; color: {colour};")
        self.shop_number_label.setText(snap.shop_order_number or "—")
        channel = labels.label(labels.CHANNELS, snap.channel)
        self.channel_label.setText(
            f"{channel} · {snap.channel_detail}" if snap.channel_detail else channel
        )
        kind = self.tr("Member") if snap.is_member else self.tr("Guest")
        self.buyer_label.setText(f"{snap.buyer_name} {snap.buyer_phone} ({kind})".strip())
        self.created_label.setText(local_time(snap.created_at))
        self.paid_label.setText(local_time(snap.paid_at) or "—")
        fill_stage_combo(self.forward_combo, rules.forward_targets(snap))
        manager = may_ask(self.host.actor)
        fill_stage_combo(self.revert_combo, rules.revert_targets(snap, manager))
        cancel_reason = rules.cancel_order(snap)
        self.cancel_button.setEnabled(not cancel_reason)
        self.cancel_button.setToolTip(cancel_reason)
        uncancel_reason = rules.uncancel(snap, manager)
        self.uncancel_button.setVisible(manager and snap.stage == Stage.CANCELLED)
        self.uncancel_button.setEnabled(not uncancel_reason)
        self.uncancel_button.setToolTip(uncancel_reason)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        for combo, button in (
            (self.forward_combo, self.forward_button),
            (self.revert_combo, self.revert_button),
        ):
            ok = combo.currentIndex() >= 0 and combo.currentData() is not None
            button.setEnabled(ok)
            if ok:
                button.setToolTip("")
            elif combo.count():
                button.setToolTip(combo.itemData(0, Qt.ItemDataRole.ToolTipRole) or "")
            else:
                button.setToolTip(self.tr("No stage to move to"))

    # ---- actions ---------------------------------------------------------------------------------

    def move_forward(self, *, confirm_unpaid: bool = False) -> None:
        target = Stage(self.forward_combo.currentData())
        host = self.host
        actor, code = host.actor, host.code

        def job(core: Core, version: int) -> Any:
            return core.write(
                orders.set_stage,
                actor,
                code,
                target,
                confirm_unpaid=confirm_unpaid,
                expected_version=version,
            )

        refused = confirm_fallback(  # R23: warn, then let staff go on
            host, self.tr("Prepare anyway"), lambda: self.move_forward(confirm_unpaid=True)
        )
        host.run(job, on_refused=refused)

    def cancel_order(self) -> None:
        reason = self.reason_edit.text()
        host = self.host
        actor, code = host.actor, host.code
        host.run(
            lambda core, v: core.write(orders.cancel, actor, code, reason, expected_version=v),
            lambda _r: self.reason_edit.clear(),
        )

    def revert(self) -> None:
        target = Stage(self.revert_combo.currentData())
        reason = self.reason_edit.text()
        actor, code = self.host.actor, self.host.code
        self.host.run(
            lambda core, v: core.write(
                orders.set_stage, actor, code, target, reason=reason, expected_version=v
            ),
            lambda _r: self.reason_edit.clear(),
            on_refused=manager_fallback(self.host, self.revert),
        )

    def uncancel(self) -> None:
        reason = self.reason_edit.text()
        actor, code = self.host.actor, self.host.code
        self.host.run(
            lambda core, _v: core.write(orders.uncancel, actor, code, reason),
            lambda _r: self.reason_edit.clear(),
            on_refused=manager_fallback(self.host, self.uncancel),
        )
