"""The dialog's document and order actions: print receipt / label / invoice / packing slip / order
sheet (`backoffice.ui.printing.actions.print_documents` on the window's print runner; disabled,
with a tooltip, in a dialog opened without one), copy the payment link, and delete the order
(managers only, with a confirmation and a reason: R49)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backoffice.core import Core
from backoffice.services.orders import changes as orders
from backoffice.services.orders.detail import OrderSnapshot
from backoffice.ui import labels
from backoffice.ui.approval import manager_fallback, may_ask
from backoffice.ui.detail import rules
from backoffice.ui.printing import actions as printing

if TYPE_CHECKING:
    from backoffice.ui.detail.dialog import OrderDetailDialog


class DeleteDialog(QDialog):
    """'Delete order X? It cannot be restored.' with the reason kept in the log (R49)."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete order"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Delete order %1? Its stock returns; it cannot be restored.").replace(
                    "%1", code
                ),
                self,
            )
        )
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Reason"))
        layout.addWidget(self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)


class ActionsBar(QWidget):
    def __init__(self, host: OrderDetailDialog) -> None:
        super().__init__(host)
        self.host = host
        self.delete_dialog: DeleteDialog | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.print_buttons: dict[str, QPushButton] = {}
        for kind, text in labels.ACTION_DOCUMENTS.items():
            button = QPushButton(QCoreApplication.translate("Actions", text), self)
            button.clicked.connect(lambda _c=False, k=kind: self.print_document(k))
            if host.printer is None:
                button.setEnabled(False)
                button.setToolTip(self.tr("Printing is not set up in this window"))
            self.print_buttons[kind] = button
            row.addWidget(button)
        row.addStretch(1)
        self.copy_link_button = QPushButton(self.tr("Copy payment link"), self)
        self.copy_link_button.clicked.connect(lambda: host.payments.copy_link())
        self.delete_button = QPushButton(self.tr("Delete order…"), self)
        self.delete_button.clicked.connect(self.ask_delete)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(host.reject)
        row.addWidget(self.copy_link_button)
        row.addWidget(self.delete_button)
        row.addWidget(self.close_button)
        why = rules.delete(may_ask(host.actor))  # a cashier asks a manager to approve (R48)
        self.delete_button.setEnabled(not why)
        self.delete_button.setToolTip(why)

    def populate(self, snap: OrderSnapshot) -> None:
        has_link = bool(snap.open_requests)
        self.copy_link_button.setEnabled(has_link)
        self.copy_link_button.setToolTip("" if has_link else self.tr("No open payment request"))

    def print_document(self, kind: str) -> None:
        host = self.host
        if host.printer is not None:
            printing.print_documents(host, host.printer, host.actor, kind, [host.code])

    def ask_delete(self) -> None:
        self.delete_dialog = DeleteDialog(self.host.code, self)
        self.delete_dialog.accepted.connect(self._delete_confirmed)
        self.delete_dialog.open()

    def _delete_confirmed(self) -> None:
        dialog = self.delete_dialog
        if dialog is None:
            return
        reason = dialog.reason_edit.text()
        host = self.host
        actor, code = host.actor, host.code

        def job(core: Core, _v: int) -> None:
            core.write(orders.delete_order, actor, code, reason)

        def deleted(_r: Any) -> None:
            host.poll_timer.stop()
            host.deleted.emit(code)
            host.accept()

        host.run(job, deleted, on_refused=manager_fallback(host, self._delete_confirmed))
