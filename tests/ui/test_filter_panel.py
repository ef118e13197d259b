"""The filter panel drives the list (R33): custom status (R13), shipped and memo date ranges, and
Apply on a tab keeps the parts of the tab's filter the panel does not show."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.orders import notes, statuses
from tests.factories import CASHIER, MANAGER
from tests.listing_builders import place_many
from tests.ui.conftest import settle, wait_codes

PEOPLE = [
    ("김민준", "010-1111-2222", Stage.RECEIVED),
    ("이서연", "010-3333-4444", Stage.PREPARING),
    ("박서준", "010-5555-6666", Stage.PREPARING),
    ("김서연", "010-9999-0000", Stage.READY),
]


@pytest.fixture
def codes(uow, catalog):
    return place_many(uow, PEOPLE)


def apply(qtbot, window) -> None:
    qtbot.mouseClick(window.filter_panel.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)


def set_range(date_range, start: date, end: date) -> None:
    date_range.enabled.setChecked(True)
    date_range.start.setDate(QDate(start.year, start.month, start.day))
    date_range.end.setDate(QDate(end.year, end.month, end.day))


@pytest.mark.rule("R13")
@pytest.mark.rule("R33")
def test_filter_by_custom_status_and_keep_it_as_a_tab(qtbot, open_window, codes, uow):
    wrap = statuses.create_status(uow, MANAGER, Stage.PREPARING, "선물 포장", "#7b2cbf")
    orders.set_custom_status(uow, CASHIER, codes[2], wrap)
    window = open_window()
    window.filters_button.click()
    combo = window.filter_panel.custom_status
    qtbot.waitUntil(lambda: combo.count() == 2)
    assert combo.itemText(1) == "Preparing · 선물 포장"
    combo.setCurrentIndex(1)
    apply(qtbot, window)
    wait_codes(qtbot, window, [codes[2]])
    with qtbot.waitSignal(window.tabs_loaded):
        window.save_as_tab("포장", window.filter_panel.value())
    settle(qtbot, window)
    assert window.current_tab.filter == {"custom_status_ids": [wrap]}
    again = open_window()  # after a restart the tab still filters and the panel shows the label
    again.tab_strip.setCurrentIndex(again.tab_strip.count() - 1)
    settle(qtbot, again)
    wait_codes(qtbot, again, [codes[2]])
    qtbot.waitUntil(lambda: again.filter_panel.custom_status.currentData() == wrap)


@pytest.mark.rule("R33")
def test_memo_and_shipped_date_ranges(qtbot, open_window, codes, uow):
    notes.add_memo(uow, CASHIER, codes[0], "오후 3시 이후 배송")
    orders.set_stage(uow, CASHIER, codes[3], Stage.SHIPPED, carrier="CJ대한통운", tracking="1234")
    today = date.today()
    window = open_window()
    window.filters_button.click()
    panel = window.filter_panel
    set_range(panel.memo, today, today)
    apply(qtbot, window)
    wait_codes(qtbot, window, [codes[0]])
    set_range(panel.memo, today - timedelta(days=9), today - timedelta(days=1))
    apply(qtbot, window)
    wait_codes(qtbot, window, [])
    panel.memo.enabled.setChecked(False)
    set_range(panel.shipped, today, today)
    apply(qtbot, window)
    wait_codes(qtbot, window, [codes[3]])
    assert window.model.list_filter.shipped_from == today


@pytest.mark.rule("R33")
def test_apply_on_the_returns_tab_keeps_its_claim_kinds(qtbot, open_window, codes):
    window = open_window()
    returns = next(
        i for i in range(window.tab_strip.count()) if window.tab_at(i).builtin == "returns"
    )
    window.tab_strip.setCurrentIndex(returns)
    settle(qtbot, window)
    window.filters_button.click()
    window.filter_panel.has_memo.setCurrentIndex(1)  # narrow it: with a memo
    apply(qtbot, window)
    flt = window.model.list_filter
    assert flt.claim_kinds == ("return", "exchange")
    assert flt.has_memo is True
    wait_codes(qtbot, window, [])
