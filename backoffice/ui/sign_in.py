"""Signing in (R48): who works at the counter, by name and PIN, at start and after the idle lock.

`startup_actor` decides at start: while roles are not in use (no manager has a PIN) the app runs
as before with a default actor that has manager rights, and the Staff menu offers to create the
first manager; otherwise the sign-in dialog asks for a name and PIN. PINs are checked on the
database worker (services.staff.sign_in); wrong ones are counted and lock the account for a while.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backoffice.services.staff import members as staff_service
from backoffice.services.staff.actor import Actor
from backoffice.ui.approval import pin_edit
from backoffice.ui.errors_text import error_text
from backoffice.ui.failures import message_for
from backoffice.ui.ops import Ops

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def default_name() -> str:
    return os.environ.get("USER") or os.environ.get("USERNAME") or "counter"


class PinPad(QWidget):
    """Ten digit keys, clear and back, typing into `edit` (a touch screen at the counter)."""

    def __init__(self, edit: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = edit
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "C", "0", "⌫"]
        self.buttons: dict[str, QPushButton] = {}
        for i, key in enumerate(keys):
            button = QPushButton(key, self)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(48, 40)
            button.clicked.connect(lambda _c=False, k=key: self.press(k))
            grid.addWidget(button, i // 3, i % 3)
            self.buttons[key] = button

    def press(self, key: str) -> None:
        if key == "C":
            self.edit.clear()
        elif key == "⌫":
            self.edit.backspace()
        elif len(self.edit.text()) < self.edit.maxLength():
            self.edit.insert(key)


class SignInDialog(QDialog):
    """A list of staff and a PIN. `signed_in(Actor)` on success; `actor` keeps who it was.
    `locked=True` is the idle lock: it cannot be cancelled, only signed in again."""

    signed_in = Signal(object)  # Actor
    loaded = Signal()

    def __init__(
        self,
        worker: Ops,
        parent: QWidget | None = None,
        *,
        current: str | None = None,
        locked: bool = False,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.current = current
        self.locked = locked
        self.actor: Actor | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Locked") if locked else self.tr("Sign in"))
        layout = QVBoxLayout(self)
        if locked and current:
            text = self.tr(
                "Locked after a while without use. %1, type your PIN, or another person signs in."
            ).replace("%1", current)
        else:
            text = self.tr("Choose your name and type your PIN.")
        self.hint = QLabel(text, self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.staff_list = QListWidget(self)
        self.staff_list.itemDoubleClicked.connect(lambda _i: self.pin_edit.setFocus())
        layout.addWidget(self.staff_list, 1)
        form = QFormLayout()
        self.pin_edit = pin_edit(self)
        self.pin_edit.returnPressed.connect(self.sign_in)
        form.addRow(self.tr("PIN"), self.pin_edit)
        layout.addLayout(form)
        self.pad = PinPad(self.pin_edit, self)
        layout.addWidget(self.pad)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.sign_in_button = buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setEnabled(False)
        self.sign_in_button.clicked.connect(self.sign_in)
        if not locked:
            quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
            quit_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.worker.submit(
            lambda core: core.read(staff_service.list_staff), self._loaded, self._failed
        )

    def _loaded(self, rows: list[staff_service.StaffRow]) -> None:
        self.staff_list.clear()
        for row in rows:
            if not row.has_pin:
                continue
            text = self.tr("%1 (manager)").replace("%1", row.name) if row.is_manager else row.name
            item = QListWidgetItem(text, self.staff_list)
            item.setData(NAME_ROLE, row.name)
            if row.name == self.current:
                self.staff_list.setCurrentItem(item)
        if self.staff_list.currentRow() < 0 and self.staff_list.count():
            self.staff_list.setCurrentRow(0)
        self.sign_in_button.setEnabled(self.staff_list.count() > 0)
        self.pin_edit.setFocus()
        self.loaded.emit()

    def chosen_name(self) -> str:
        item = self.staff_list.currentItem()
        return str(item.data(NAME_ROLE)) if item is not None else ""

    def choose(self, name: str) -> None:
        for row in range(self.staff_list.count()):
            if self.staff_list.item(row).data(NAME_ROLE) == name:
                self.staff_list.setCurrentRow(row)
                return

    def sign_in(self) -> None:
        name, pin = self.chosen_name(), self.pin_edit.text()
        if self._busy or not name:
            return
        self._busy = True
        self.sign_in_button.setEnabled(False)
        self.worker.submit(
            lambda core: core.write(staff_service.sign_in, name, pin), self._signed_in, self._failed
        )

    def _signed_in(self, actor: Actor) -> None:
        self._busy = False
        self.actor = actor
        self.pin_edit.clear()
        self.message.clear()
        self.accept()
        self.signed_in.emit(actor)

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.sign_in_button.setEnabled(self.staff_list.count() > 0)
        self.pin_edit.clear()
        self.pin_edit.setFocus()
        self.message.setText(message_for(self, exc))

    def reject(self) -> None:
        if not self.locked:  # the idle lock only opens with a PIN
            super().reject()


class FirstManagerDialog(QDialog):
    """While nobody can sign in: create the first manager (name, PIN twice), then sign in as them."""

    signed_in = Signal(object)  # Actor

    def __init__(self, worker: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle(self.tr("Create the first manager"))
        layout = QVBoxLayout(self)
        info = QLabel(
            self.tr(
                "Staff sign in with a name and PIN once a manager exists. The manager adds staff"
                " and approves refunds, deletions and moving orders back."
            ),
            self,
        )
        info.setWordWrap(True)
        layout.addWidget(info)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.pin_edit = pin_edit(self)
        self.again_edit = pin_edit(self)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("PIN (4–6 digits)"), self.pin_edit)
        form.addRow(self.tr("PIN again"), self.again_edit)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c62828;")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def create(self) -> None:
        name, pin = self.name_edit.text(), self.pin_edit.text()
        if pin != self.again_edit.text():
            self.message.setText(self.tr("The two PINs differ"))
            return
        self.worker.submit(
            lambda core: core.write(staff_service.setup_first_manager, name, pin),
            self._created,
            lambda exc: self.message.setText(error_text(exc)),
        )

    def _created(self, actor: Actor) -> None:
        self.accept()
        self.signed_in.emit(actor)


def wait_for(worker: Ops, fn: Any) -> Any:
    """Run `fn(core)` on the database lane while the GUI keeps processing events (start-up only).
    Raises InterruptedError when the application quits meanwhile."""
    loop = QEventLoop()
    box: dict[str, Any] = {}

    def done(result: Any) -> None:
        box["result"] = result
        loop.quit()

    def failed(exc: Exception) -> None:
        box["error"] = exc
        loop.quit()

    worker.submit(fn, done, failed)
    if not box:
        loop.exec()
    if "error" in box:
        raise box["error"]
    if "result" not in box:
        raise InterruptedError("the application quit")
    return box["result"]


SIGN_IN_ENV, PIN_ENV = "BACKOFFICE_SIGN_IN", "BACKOFFICE_PIN"


def startup_actor(worker: Ops) -> tuple[Actor | None, bool]:
    """(who runs the app, whether roles are in use). The actor is None when the person quit at
    the sign-in dialog."""
    if not wait_for(worker, lambda core: core.read(staff_service.roles_in_use)):
        return staff_service.default_actor(default_name()), False
    who = os.environ.get(SIGN_IN_ENV, "").strip()
    if who:  # a scripted start (CI, a kiosk shortcut): the PIN from $BACKOFFICE_PIN, as the CLI's
        pin = os.environ.get(PIN_ENV, "")
        return wait_for(worker, lambda core: core.write(staff_service.sign_in, who, pin)), True
    dialog = SignInDialog(worker)
    dialog.exec()  # returns early, without an actor, when the application quits
    return dialog.actor, True
