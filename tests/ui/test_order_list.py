"""The order list window driven like a cashier would (R31–R34): tabs, search, scan to open, filters
saved as tabs, columns remembered after a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from backoffice.domain.stages import Stage
from tests.listing_builders import place_many
from tests.ui.conftest import settle, type_text, wait_codes

PEOPLE = [
    ("김민준", "010-1111-2222", Stage.RECEIVED),
    ("이서연", "010-3333-4444", Stage.PREPARING),
    ("박서준", "010-5555-6666", Stage.RECEIVED),
    ("최지우", "010-7777-8888", Stage.PENDING_PAYMENT),
    ("김서연", "010-9999-0000", Stage.READY),
]


@pytest.fixture
def codes(uow, catalog):
    return place_many(uow, PEOPLE)  # oldest first


@pytest.mark.rule("R31")
def test_tabs_show_counts_and_switch_with_the_keyboard(qtbot, open_window, codes):
    window = open_window()
    qtbot.waitUntil(lambda: len(window.counts) == 8)
    titles = [window.tab_strip.tabText(i) for i in range(window.tab_strip.count())]
    assert titles[:3] == ["All (5)", "Pending payment (1)", "New (2)"]
    wait_codes(qtbot, window, list(reversed(codes)))
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tab_strip.currentIndex() == 1
    settle(qtbot, window)
    wait_codes(qtbot, window, [codes[3]])
    qtbot.keyClick(window.table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    wait_codes(qtbot, window, [codes[2], codes[0]])  # New = received, newest first
    qtbot.keyClick(
        window.table,
        Qt.Key.Key_Backtab,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.tab_strip.currentIndex() == 1


@pytest.mark.rule("R32")
def test_search_box_narrows_the_list(qtbot, open_window, codes):
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    type_text(qtbot, window.search, "서연")
    qtbot.waitUntil(lambda: window.model.list_filter.search == "서연")
    settle(qtbot, window)
    wait_codes(qtbot, window, [codes[4], codes[1]])
    window.search.clear()
    qtbot.keyClicks(window.search, "5555")
    qtbot.waitUntil(lambda: window.model.list_filter.search == "5555")
    settle(qtbot, window)
    wait_codes(qtbot, window, [codes[2]])
    assert "1 order" in window.count_label.text()


@pytest.mark.rule("R32")
def test_a_key_after_a_pause_searches_at_once_a_burst_when_it_ends(qtbot, open_window, codes):
    """A person's key searches without waiting; a scanner's burst of keys is searched once it
    ends, with the whole code."""
    window = open_window()
    settle(qtbot, window)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "5")
    assert window.model.list_filter.search == "5"  # asked at once, no timer in between
    window.search.clear()
    qtbot.wait(100)  # a pause, as between a person's keys
    burst = codes[2].replace("-", "")
    qtbot.keyClicks(window.search, burst)
    qtbot.waitUntil(lambda: window.model.list_filter.search == burst)
    settle(qtbot, window)
    wait_codes(qtbot, window, [codes[2]])


@pytest.mark.rule("R32")
def test_scanning_a_code_opens_the_order(qtbot, open_window, codes):
    window = open_window()
    window.search.setFocus()
    with qtbot.waitSignal(window.order_opened) as opened:
        qtbot.keyClicks(window.search, codes[1].replace("-", "").lower())  # scanners vary
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert opened.args[0]["code"] == codes[1]
    dialog = window.order_dialog
    assert dialog.isVisible()
    assert dialog.code_label.text() == codes[1]
    assert dialog.stage_label.text() == "Preparing"
    assert dialog.lines.item(0, 0).text() == "오가닉 코튼 티셔츠"
    assert dialog.timeline.rowCount() >= 1


def test_enter_on_a_row_opens_it(qtbot, open_window, codes):
    window = open_window()
    wait_codes(qtbot, window, list(reversed(codes)))
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(2, 0))
    with qtbot.waitSignal(window.order_opened) as opened:
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert opened.args[0]["code"] == codes[2]


@pytest.mark.rule("R33")
def test_a_filter_saved_as_a_tab(qtbot, open_window, codes):
    window = open_window()
    window.filters_button.click()
    panel = window.filter_panel
    panel.stage_boxes["received"].setChecked(True)
    panel.stage_boxes["ready"].setChecked(True)
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    wait_codes(qtbot, window, [codes[4], codes[2], codes[0]])
    with qtbot.waitSignal(window.tabs_loaded):
        window.save_as_tab("접수+대기", panel.value())
    settle(qtbot, window)
    assert window.tab_strip.tabText(window.tab_strip.currentIndex()).startswith("접수+대기")
    assert window.current_tab.filter == {"stages": ["received", "ready"]}
    wait_codes(qtbot, window, [codes[4], codes[2], codes[0]])
    qtbot.waitUntil(lambda: window.counts.get(window.current_tab.id) == 3)
