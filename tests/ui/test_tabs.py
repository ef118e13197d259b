"""Tabs are staff's own (R31): renamed in a dialog (double-click or the tab's menu), deleted after a
confirmation, dragged into another order; all of it is still there after a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from backoffice.domain.stages import Stage
from tests.listing_builders import place_many
from tests.ui.conftest import settle

PEOPLE = [("김민준", "010-1111-2222", Stage.RECEIVED), ("이서연", "010-3333-4444", Stage.READY)]


@pytest.fixture
def codes(uow, catalog):
    return place_many(uow, PEOPLE)


def names(window) -> list[str]:
    return [window.tab_strip.tabText(i).split(" (")[0] for i in range(window.tab_strip.count())]


def tab_centre(window, index: int) -> QPoint:
    return window.tab_strip.tabRect(index).center()


def reloaded(qtbot, window):
    return qtbot.waitSignal(window.tabs_loaded, timeout=5000)


@pytest.mark.rule("R31")
def test_rename_a_tab_by_double_click_and_keep_it_after_a_restart(qtbot, open_window, codes):
    window = open_window()
    strip = window.tab_strip
    qtbot.mouseDClick(strip, Qt.MouseButton.LeftButton, pos=tab_centre(window, 2))
    dialog = window.rename_dialog
    assert dialog.isVisible() and dialog.textValue() == "New"
    dialog.setTextValue("  오늘   들어온 주문 ")
    with reloaded(qtbot, window):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    settle(qtbot, window)
    assert names(window)[2] == "오늘 들어온 주문"  # spaces tidied by the service
    assert strip.currentIndex() == 2
    qtbot.waitUntil(lambda: strip.tabText(2) == "오늘 들어온 주문 (1)")
    again = open_window()
    assert names(again)[2] == "오늘 들어온 주문"


@pytest.mark.rule("R31")
def test_rename_from_the_tab_menu_cancelled_changes_nothing(qtbot, open_window, codes):
    window = open_window()
    strip = window.tab_strip
    menu = strip.menu_for(strip.tabAt(tab_centre(window, 1)))  # what a right-click pops up
    assert [a.text() for a in menu.actions()] == ["Rename…", "Delete"]
    menu.actions()[0].trigger()
    dialog = window.rename_dialog
    assert dialog.textValue() == "Pending payment"
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    settle(qtbot, window)
    assert names(window)[1] == "Pending payment"


@pytest.mark.rule("R31")
def test_delete_a_tab_only_after_confirming(qtbot, open_window, codes):
    window = open_window()
    before = names(window)
    window.tab_strip.menu_for(4).actions()[1].trigger()  # the tab menu's "Delete" on Ready
    box = window.delete_box
    assert box.isVisible()
    assert "Ready" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    settle(qtbot, window)
    assert names(window) == before  # No keeps it
    window.tab_strip.menu_for(4).actions()[1].trigger()
    with reloaded(qtbot, window):
        window.delete_box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, window)
    assert names(window) == before[:4] + before[5:]
    again = open_window()
    assert names(again) == before[:4] + before[5:]


@pytest.mark.rule("R31")
def test_drag_a_tab_to_another_place_and_find_it_there_after_a_restart(qtbot, open_window, codes):
    window = open_window()
    strip = window.tab_strip
    before = names(window)
    start, end = tab_centre(window, 3), tab_centre(window, 1)
    drag = QApplication.startDragDistance() + 2
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):  # a person drags in small steps
        x = start.x() + (end.x() - start.x()) * step // 10 - (drag if step == 1 else 0)
        qtbot.mouseMove(strip, QPoint(x, start.y()))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: names(window)[1] == before[3])
    qtbot.waitUntil(lambda: window.worker.idle)
    expected = [before[0], before[3], before[1], before[2], *before[4:]]
    assert names(window) == expected
    again = open_window()
    assert names(again) == expected
