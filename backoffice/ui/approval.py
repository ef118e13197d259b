"""A manager's approval by PIN (R48): when a service refuses a cashier with NeedsManager, a
manager standing beside them picks their name, types their PIN, and the action runs once more as
the cashier approved by that manager (the timeline names both). The PIN is checked on the database
worker (services.staff.approve); wrong PINs count towards the manager's lockout.

`manager_fallback(host, action)` is the `on_refused` hook of a detail-dialog action: it answers a
NeedsManager by asking for approval and re-runs `action` with `host.actor` set to the approved
actor for that one call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from backoffice.domain.errors import DomainError, NeedsConfirmation, NeedsManager
from backoffice.services.staff import members as staff_service
from backoffice.services.staff.actor import Actor
from backoffice.ui.errors_text import error_text
from backoffice.ui.failures import message_for
from backoffice.ui.ops import Ops

PIN_PATTERN = r"\d{0,6}"


def pin_edit(parent: QWidget) -> QLineEdit:
    """A PIN field: digits only, at most six, never shown."""
    from PySide6.QtCore import QRegularExpression

    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(PIN_PATTERN), edit))
    edit.setMaxLength(6)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return edit


class ApprovalDialog(QDialog):
    """'Needs a manager: NAME [PIN] Approve'. Emits `approved(Actor)` and closes on success."""

    approved = Signal(object)  # Actor: the cashier with manager rights for one action

    def __init__(
        self, worker: Ops, for_actor: Actor, reason: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.for_actor = for_actor
        self.setWindowTitle(self.tr("Manager approval"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        why = QLabel(reason, self)
        why.setWordWrap(True)
        layout.addWidget(why)
        layout.addWidget(QLabel(self.tr("A manager approves this with their PIN."), self))
        form = QFormLayout()
        self.manager_combo = QComboBox(self)
        self.pin_edit = pin_edit(self)
        form.addRow(self.tr("Manager"), self.manager_combo)
        form.addRow(self.tr("PIN"), self.pin_edit)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.approve_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.approve_button.setText(self.tr("Approve"))
        self.approve_button.setEnabled(False)
        self.buttons.accepted.connect(self.approve)
        self.buttons.rejected.connect(self.reject)
        self.pin_edit.returnPressed.connect(self.approve)
        layout.addWidget(self.buttons)
        self._busy = False
        self.worker.submit(lambda core: core.read(_managers), self._loaded, self._failed)

    def _loaded(self, names: list[str]) -> None:
        self.manager_combo.clear()
        self.manager_combo.addItems(names)
        if not names:
            self.message.setText(self.tr("No manager can sign in yet."))
        self.approve_button.setEnabled(bool(names))
        self.pin_edit.setFocus()

    def approve(self) -> None:
        name, pin = self.manager_combo.currentText(), self.pin_edit.text()
        if self._busy or not name:
            return
        self._busy = True
        self.approve_button.setEnabled(False)
        for_actor = self.for_actor
        self.worker.submit(
            lambda core: core.write(staff_service.approve, name, pin, for_actor),
            self._approved,
            self._failed,
        )

    def _approved(self, actor: Actor) -> None:
        self._busy = False
        self.accept()
        self.approved.emit(actor)

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.approve_button.setEnabled(self.manager_combo.count() > 0)
        self.pin_edit.clear()
        self.pin_edit.setFocus()
        self.message.setText(message_for(self, exc))


def _managers(session: Any) -> list[str]:
    return [r.name for r in staff_service.list_staff(session) if r.is_manager and r.has_pin]


def ask_manager(
    parent: QWidget,
    worker: Ops,
    actor: Actor,
    refusal: DomainError,
    then: Callable[[Actor], None],
) -> ApprovalDialog:
    """Open the approval dialog for `actor`; `then(approved_actor)` runs after a right PIN."""
    dialog = ApprovalDialog(worker, actor, error_text(refusal), parent)
    dialog.approved.connect(then)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def act_as(host: Any, actor: Actor, action: Callable[[], None]) -> None:
    """Run `action` (which reads `host.actor` when it builds its job) as `actor`, once."""
    saved = host.actor
    host.actor = actor
    try:
        action()
    finally:
        host.actor = saved


def manager_fallback(host: Any, action: Callable[[], None]) -> Callable[[DomainError], bool]:
    """An `on_refused` hook: NeedsManager opens the approval dialog, then re-runs `action`."""

    def refused(exc: DomainError) -> bool:
        if not isinstance(exc, NeedsManager) or host.actor.kind != "staff":
            return False
        ask_manager(host, host.worker, host.actor, exc, lambda a: act_as(host, a, action))
        return True

    return refused


def confirm_fallback(
    host: Any, action: str, again: Callable[[], None]
) -> Callable[[DomainError], bool]:
    """An `on_refused` hook: a NeedsConfirmation (an unpaid order moving on, R23) is shown in the
    host's message bar with a button, `action`, that runs `again` confirmed."""

    def refused(exc: DomainError) -> bool:
        if not isinstance(exc, NeedsConfirmation):
            return False
        host.message_bar.show_error(error_text(exc), action, again, cause=exc)
        return True

    return refused


def may_ask(actor: Actor) -> bool:
    """Whether the actor can do manager actions, themselves or with a manager's approval."""
    return actor.is_manager or actor.kind == "staff"
