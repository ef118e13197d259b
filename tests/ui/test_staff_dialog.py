"""Staff… (R48), driving the real dialog: a manager adds a cashier who can then sign in, changes a
role and deactivates someone after confirming; a cashier's change waits for a manager's PIN; a
duplicate name is refused in place. Each test reads the database afterwards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from backoffice.db.models import Staff
from backoffice.services.staff import members as staff
from backoffice.ui.application import build_window
from backoffice.ui.approval import ApprovalDialog
from backoffice.ui.staff_dialog import StaffDialog
from tests.factories import CASHIER, MANAGER
from tests.ui.conftest import type_text

pytestmark = pytest.mark.rule("R48")


@pytest.fixture
def team(uow) -> None:
    staff.setup_first_manager(uow, "박민수", "0000")
    staff.add_staff(uow, MANAGER, "김지은", pin="1234")
    staff.add_staff(uow, MANAGER, "이하늘", pin="4321")


@pytest.fixture
def open_dialog(qtbot, worker, team):
    def make(actor=MANAGER) -> StaffDialog:
        dialog = StaffDialog(worker, actor)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.loaded, timeout=5000):
            dialog.show()
        return dialog

    return make


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def cell(dialog: StaffDialog, name: str, column: int) -> str:
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, 0).text() == name:
            return dialog.table.item(row, column).text()
    raise AssertionError(f"{name} not listed")


def member(session, name: str) -> Staff:
    session.expire_all()
    return session.scalar(select(Staff).where(Staff.name == name))


def test_a_manager_adds_a_cashier_who_can_then_sign_in(qtbot, open_dialog, session, uow):
    dialog = open_dialog()
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [
        "김지은",
        "박민수",
        "이하늘",
    ]
    assert cell(dialog, "박민수", 1) == "Manager" and cell(dialog, "김지은", 1) == "Staff"
    assert dialog.count_label.text() == "3 active staff members"
    type_text(qtbot, dialog.name_edit, "최서연")
    qtbot.keyClicks(dialog.pin_edit, "2468")
    qtbot.keyClicks(dialog.again_edit, "2469")
    click(qtbot, dialog.add_button)
    assert dialog.message.text() == "The two PINs differ"  # checked before the database
    dialog.again_edit.clear()
    qtbot.keyClicks(dialog.again_edit, "2468")
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        click(qtbot, dialog.add_button)
    assert dialog.message.text() == "최서연 added."
    assert cell(dialog, "최서연", 1) == "Staff" and cell(dialog, "최서연", 2) == "Yes"
    assert dialog.name_edit.text() == "" and dialog.pin_edit.text() == ""
    added = member(session, "최서연")
    assert added.role == "staff" and added.active
    assert staff.sign_in(uow, "최서연", "2468").name == "최서연"


def test_a_manager_changes_a_role_and_a_locked_account_gets_a_new_pin(
    qtbot, open_dialog, session, uow
):
    for _ in range(staff.MAX_TRIES):  # five wrong PINs lock 이하늘
        with pytest.raises(staff.DomainError):
            staff.sign_in(uow, "이하늘", "9999")
    dialog = open_dialog()
    assert cell(dialog, "이하늘", 3) != ""  # locked until HH:MM
    dialog.choose("이하늘")
    dialog.chosen_role_combo.setCurrentIndex(dialog.chosen_role_combo.findData("manager"))
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        click(qtbot, dialog.set_role_button)
    assert cell(dialog, "이하늘", 1) == "Manager"
    assert member(session, "이하늘").role == "manager"

    qtbot.keyClicks(dialog.new_pin_edit, "55555")
    qtbot.keyClicks(dialog.new_again_edit, "55555")
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        click(qtbot, dialog.set_pin_button)
    assert dialog.message.text() == "New PIN set for 이하늘."
    assert cell(dialog, "이하늘", 3) == ""  # the new PIN unlocked the account
    assert staff.sign_in(uow, "이하늘", "55555").is_manager


def test_deactivating_asks_first_and_the_last_manager_stays(qtbot, open_dialog, session):
    dialog = open_dialog()
    dialog.choose("김지은")
    click(qtbot, dialog.deactivate_button)
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible() and "김지은" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: dialog.worker.idle, timeout=5000)
    assert member(session, "김지은").active  # No keeps them

    click(qtbot, dialog.deactivate_button)
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    [box] = [w for w in shown if w.isVisible()]
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert cell(dialog, "김지은", 2) == "No"
    assert not member(session, "김지은").active
    assert not dialog.deactivate_button.isEnabled()  # nothing more to do for an inactive row

    dialog.choose("박민수")  # the only manager: refused in place, one line
    click(qtbot, dialog.deactivate_button)
    with qtbot.waitSignal(dialog.changed, timeout=3000, raising=False) as blocker:
        dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: "last manager" in dialog.message.text(), timeout=5000)
    assert not blocker.signal_triggered
    assert dialog.message.text() == "박민수 is the last manager: add another manager first"
    assert member(session, "박민수").active


def test_a_cashiers_change_waits_for_a_managers_pin(qtbot, open_dialog, session, uow):
    dialog = open_dialog(CASHIER)
    assert "approval" in dialog.hint.text()
    type_text(qtbot, dialog.name_edit, "정우성")
    qtbot.keyClicks(dialog.pin_edit, "1357")
    qtbot.keyClicks(dialog.again_edit, "1357")
    click(qtbot, dialog.add_button)

    def approval() -> ApprovalDialog:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ApprovalDialog) and w.isVisible()
        ]
        assert len(shown) == 1 and shown[0].manager_combo.count() > 0
        return shown[0]

    qtbot.waitUntil(lambda: approval() and None, timeout=5000)
    box = approval()
    assert "Only a manager can manage staff" in box.findChildren(type(box.message))[0].text()
    assert member(session, "정우성") is None  # nothing yet
    qtbot.keyClicks(box.pin_edit, "0000")
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        click(qtbot, box.approve_button)
    assert dialog.message.text() == "정우성 added."
    assert dialog.actor == CASHIER  # the approval was for this one change
    assert member(session, "정우성").role == "staff"
    assert staff.sign_in(uow, "정우성", "1357").name == "정우성"


def test_a_duplicate_name_is_refused_in_place(qtbot, open_dialog, session):
    dialog = open_dialog()
    type_text(qtbot, dialog.name_edit, "김지은")
    qtbot.keyClicks(dialog.pin_edit, "8642")
    qtbot.keyClicks(dialog.again_edit, "8642")
    click(qtbot, dialog.add_button)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    assert dialog.message.text() == "There is already a staff member called 김지은"
    assert dialog.isVisible() and dialog.name_edit.text() == "김지은"  # to correct, not retype
    assert len(session.scalars(select(Staff).where(Staff.name == "김지은")).all()) == 1


def test_the_staff_menu_opens_the_list_once_roles_are_in_use(qtbot, ctx, team):
    window = build_window(
        ctx, sync_interval_ms=3_600_000, actor=MANAGER, roles_in_use=True, idle_ms=600_000
    )
    window.show()
    try:
        action = window.findChild(type(window.menuBar().actions()[0]), "staffAction")
        assert action.isVisible() and action.text() == "Staff…"
        action.trigger()
        dialog = window.staff_dialog
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=5000)
        assert dialog.actor == MANAGER
        dialog.close()
    finally:
        qtbot.waitUntil(lambda: window.worker.idle, timeout=5000)
        window.shutdown()
        window.close()
