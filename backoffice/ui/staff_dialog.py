"""Staff… (R48): the list of staff (name, role, active, locked until) and, for a manager, adding a
person, a new PIN, a new role and deactivating. Every change goes through services.staff on the
database worker; the service refuses a cashier with NeedsManager, which opens the manager's
approval by PIN (ui.approval) and runs the change once more as the approved cashier. There is no
separate unlock: a new PIN resets the wrong-PIN count and the lock (services.staff.set_pin).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backoffice.core import Core
from backoffice.domain.errors import DomainError
from backoffice.services.staff import members as staff_service
from backoffice.services.staff.actor import Actor
from backoffice.ui.approval import manager_fallback, pin_edit
from backoffice.ui.failures import message_for
from backoffice.ui.ops import Ops

Job = Callable[[Core], Any]
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = 4  # name, role, active, locked until


def _locked(until: datetime | None) -> str:
    """'HH:MM' (local time) while the account is locked, else ''."""
    if until is None:
        return ""
    if until.tzinfo is None:  # SQLite gives back naive UTC
        until = until.replace(tzinfo=UTC)
    return f"{until.astimezone():%H:%M}" if until > datetime.now(UTC) else ""


class StaffDialog(QDialog):
    """`changed` after each change the database took; `loaded` after each reload of the list."""

    loaded = Signal()
    changed = Signal()

    def __init__(self, worker: Ops, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.actor = actor  # set_actor (idle lock) updates it; each change reads it
        self.rows: list[staff_service.StaffRow] = []
        self.confirm_box: QMessageBox | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Staff"))
        layout = QVBoxLayout(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Active"), self.tr("Locked until")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # A shop's whole staff at a glance (about eight rows) before anyone scrolls.
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 8)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self._chosen_box())
        layout.addWidget(self._add_box())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_hint()
        self._selection_changed()
        self.reload()

    # ---- layout --------------------------------------------------------------------------------

    def _role_combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("Staff"), "staff")
        combo.addItem(self.tr("Manager"), "manager")
        return combo

    def _chosen_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Chosen person"), self)
        form = QFormLayout(box)
        self.new_pin_edit = pin_edit(self)
        self.new_again_edit = pin_edit(self)
        self.set_pin_button = QPushButton(self.tr("Set PIN"), self)
        self.set_pin_button.setAutoDefault(False)
        self.set_pin_button.clicked.connect(self.set_pin)
        pins = QHBoxLayout()
        pins.addWidget(self.new_pin_edit)
        pins.addWidget(self.new_again_edit)
        pins.addWidget(self.set_pin_button)
        form.addRow(self.tr("New PIN, twice"), pins)
        unlock = QLabel(self.tr("A new PIN also unlocks a locked account."), self)
        form.addRow("", unlock)
        self.chosen_role_combo = self._role_combo()
        self.set_role_button = QPushButton(self.tr("Change role"), self)
        self.set_role_button.setAutoDefault(False)
        self.set_role_button.clicked.connect(self.set_role)
        roles = QHBoxLayout()
        roles.addWidget(self.chosen_role_combo, 1)
        roles.addWidget(self.set_role_button)
        form.addRow(self.tr("Role"), roles)
        self.deactivate_button = QPushButton(self.tr("Deactivate…"), self)
        self.deactivate_button.setAutoDefault(False)
        self.deactivate_button.clicked.connect(self.ask_deactivate)
        form.addRow("", self.deactivate_button)
        return box

    def _add_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add a person"), self)
        form = QFormLayout(box)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(staff_service.MAX_NAME)
        self.role_combo = self._role_combo()
        self.pin_edit = pin_edit(self)
        self.again_edit = pin_edit(self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Role"), self.role_combo)
        form.addRow(self.tr("PIN (4–6 digits)"), self.pin_edit)
        form.addRow(self.tr("PIN again"), self.again_edit)
        form.addRow("", self.add_button)
        return box

    def _show_hint(self) -> None:
        if self.actor.is_manager:
            self.hint.setText(self.tr("Add staff, set their PINs and roles."))
        else:
            self.hint.setText(self.tr("Changes here need a manager's approval by PIN."))

    # ---- the list ------------------------------------------------------------------------------

    def reload(self) -> None:
        self.worker.submit(
            lambda core: core.read(staff_service.list_staff, include_inactive=True),
            self._loaded,
            self._show_error,
        )

    def _loaded(self, rows: list[staff_service.StaffRow]) -> None:
        chosen = self.chosen_name()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            role = self.tr("Manager") if row.is_manager else self.tr("Staff")
            active = self.tr("Yes") if row.active else self.tr("No")
            cells = [row.name, role, active, _locked(row.locked_until)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(NAME_ROLE, row.name)
                self.table.setItem(index, column, item)
            if row.name == chosen:
                self.table.selectRow(index)
        active_count = sum(1 for r in rows if r.active)
        self.count_label.setText(self.tr("%n active staff member(s)", "", active_count))
        self._selection_changed()
        self.loaded.emit()

    def chosen_name(self) -> str:
        items = self.table.selectedItems()
        return str(items[0].data(NAME_ROLE)) if items else ""

    def chosen_row(self) -> staff_service.StaffRow | None:
        name = self.chosen_name()
        return next((r for r in self.rows if r.name == name), None)

    def choose(self, name: str) -> None:
        for index, row in enumerate(self.rows):
            if row.name == name:
                self.table.selectRow(index)
                return

    def _selection_changed(self) -> None:
        row = self.chosen_row()
        usable = row is not None and row.active and not self._busy
        for widget in (self.set_pin_button, self.set_role_button, self.deactivate_button):
            widget.setEnabled(usable)
        if row is not None:
            self.chosen_role_combo.setCurrentIndex(self.chosen_role_combo.findData(row.role))
        self.add_button.setEnabled(not self._busy)

    # ---- changes -------------------------------------------------------------------------------

    def add(self) -> None:
        name, role = self.name_edit.text(), str(self.role_combo.currentData())
        pin = self.pin_edit.text()
        if pin != self.again_edit.text():
            self.message_error(self.tr("The two PINs differ"))
            return

        def done() -> None:
            for edit in (self.name_edit, self.pin_edit, self.again_edit):
                edit.clear()
            self.message_ok(self.tr("%1 added.").replace("%1", " ".join(name.split())))

        self._change(
            lambda actor: lambda core: core.write(staff_service.add_staff, actor, name, role, pin),
            done,
        )

    def set_pin(self) -> None:
        name, pin = self.chosen_name(), self.new_pin_edit.text()
        if not name:
            return
        if pin != self.new_again_edit.text():
            self.message_error(self.tr("The two PINs differ"))
            return

        def done() -> None:
            self.new_pin_edit.clear()
            self.new_again_edit.clear()
            self.message_ok(self.tr("New PIN set for %1.").replace("%1", name))

        self._change(
            lambda actor: lambda core: core.write(staff_service.set_pin, actor, name, pin), done
        )

    def set_role(self) -> None:
        name, role = self.chosen_name(), str(self.chosen_role_combo.currentData())
        if not name:
            return
        text = self.chosen_role_combo.currentText()
        self._change(
            lambda actor: lambda core: core.write(staff_service.set_role, actor, name, role),
            lambda: self.message_ok(
                self.tr("%1 is now: %2").replace("%1", name).replace("%2", text)
            ),
        )

    def ask_deactivate(self) -> None:
        name = self.chosen_name()
        if not name:
            return
        box = self.confirm_box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Deactivate"),
            self.tr(
                "Deactivate %1? They can no longer sign in; the timeline keeps their name."
            ).replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: (
                self.deactivate(name)
                if box.standardButton(button) == QMessageBox.StandardButton.Yes
                else None
            )
        )
        box.open()

    def deactivate(self, name: str) -> None:
        self._change(
            lambda actor: lambda core: core.write(staff_service.deactivate_staff, actor, name),
            lambda: self.message_ok(self.tr("%1 can no longer sign in.").replace("%1", name)),
        )

    def _change(self, make: Callable[[Actor], Job], done: Callable[[], None]) -> None:
        """Run the job `make(self.actor)`; a NeedsManager asks a manager and runs it again."""
        if self._busy:
            return
        self._set_busy(True)
        self.message.clear()

        def changed(_result: Any) -> None:
            self._set_busy(False)
            done()
            self.changed.emit()
            self.reload()

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            retry = manager_fallback(self, lambda: self._change(make, done))
            if isinstance(exc, DomainError) and retry(exc):
                return  # R48: a manager beside them approves by PIN, then the change runs again
            self._show_error(exc)

        self.worker.submit(make(self.actor), changed, failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._selection_changed()

    def message_ok(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def message_error(self, text: str) -> None:
        self.message.setStyleSheet("color: #c62828;")
        self.message.setText(text)

    def _show_error(self, exc: Exception) -> None:
        self.message_error(message_for(self, exc))
