"""Shortcuts (issue 13): one table, no two alike in one place, no menu mnemonic twice, shown in
menus and tooltips and in Help → Keyboard shortcuts, and working inside the order dialog."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget
from sqlalchemy import select

from backoffice.app import open_database
from backoffice.db.models import PrintJob
from backoffice.domain.stages import Stage
from backoffice.services.printing import settings as printer_settings
from backoffice.services.printing.settings import PrinterSettings
from backoffice.ui import shortcuts
from backoffice.ui.application import build_window, install_translators
from backoffice.ui.detail.dialog import OrderDetailDialog
from backoffice.ui.order_model import CODE_ROLE
from backoffice.ui.shortcuts_sheet import ShortcutsSheet
from tests.factories import MANAGER, place
from tests.printing.fake_printer import FakePrinter


def test_no_two_shortcuts_of_one_place_share_keys():
    for where in (shortcuts.WINDOW, shortcuts.ORDER, shortcuts.SALE):
        keys = Counter(k.sequence.toString() for k in shortcuts.ALL if k.where == where)
        assert [k for k, n in keys.items() if n > 1] == [], where


def _mnemonic(text: str) -> str:
    at = text.find("&")
    return text[at + 1].lower() if at >= 0 and at + 1 < len(text) else ""


@pytest.mark.parametrize("language", ["en", "ko"])
def test_menu_mnemonics_are_unique(qapp, db_url, catalog, language):
    translators = install_translators(qapp, language) if language != "en" else []
    ctx = open_database(db_url)
    window = build_window(ctx, sync_interval_ms=3_600_000, roles_in_use=True)
    try:
        titles = [a.text() for a in window.menuBar().actions()]
        letters = [_mnemonic(t) for t in titles]
        assert all(letters), titles
        assert len(set(letters)) == len(letters), titles  # 설정 and 직원 no longer share Alt+S
    finally:
        window.shutdown()
        window.close()
        ctx.close()
        for t in translators:
            qapp.removeTranslator(t)


@pytest.fixture
def app_window(qtbot, db_url, catalog):
    ctx = open_database(db_url)
    window = build_window(ctx, sync_interval_ms=3_600_000)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    yield ctx, window
    for w in QApplication.topLevelWidgets():
        if isinstance(w, OrderDetailDialog | ShortcutsSheet) and w.isVisible():
            w.close()
    qtbot.waitUntil(lambda: window.worker.idle and window.printer.idle, timeout=15_000)
    window.shutdown()
    window.close()
    ctx.close()


def test_menus_show_their_keys_and_f1_lists_every_shortcut(qtbot, app_window):
    _ctx, window = app_window
    menu_keys = {
        action.shortcut().toString()
        for top in window.menuBar().actions()
        if top.menu() is not None
        for action in top.menu().actions()
    }
    for key in (shortcuts.COUNTER_SALE, shortcuts.LIST_LABELS, shortcuts.LIST_RECEIPTS):
        assert key.sequence.toString() in menu_keys
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.shortcuts_sheet is not None, timeout=5000)
    table = window.shortcuts_sheet.findChild(QTableWidget)
    listed = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert {k.text() for k in shortcuts.ALL} <= listed
    assert table.rowCount() == len(shortcuts.ALL)


def _open(qtbot, window, code: str) -> OrderDetailDialog:
    window.open_detail(code)
    qtbot.waitUntil(lambda: window.detail_dialog.snapshot is not None, timeout=10_000)
    return window.detail_dialog


def test_order_dialog_shortcuts_print_write_a_memo_and_claim(qtbot, app_window):
    ctx, window = app_window
    code = place(ctx.uow(), {"MUG-WHT": 3}, stage=Stage.PREPARING)
    dialog = _open(qtbot, window, code)
    assert "Ctrl+L" in dialog.actions_bar.print_buttons["label"].toolTip()
    with FakePrinter("capture") as label_printer:
        printer_settings.save(
            ctx.uow(), PrinterSettings(label_printer=label_printer.uri), actor=MANAGER
        )
        qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

        def sent() -> bool:
            with ctx.session_factory() as s:
                states = list(s.scalars(select(PrintJob.state).where(PrintJob.document == "label")))
            return states == ["sent"]

        qtbot.waitUntil(sent, timeout=15_000)
    qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert dialog.tabs.currentWidget() is dialog.timeline
    assert QApplication.focusWidget() is dialog.timeline.memo_edit
    qtbot.keyClick(
        dialog,
        Qt.Key.Key_X,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert dialog.tabs.currentWidget() is dialog.claims
    assert QApplication.focusWidget() in dialog.claims.spins.values()


def test_ctrl_page_down_opens_the_next_order_of_the_list(qtbot, app_window):
    ctx, window = app_window
    codes = {place(ctx.uow(), {"MUG-WHT": 1}) for _ in range(2)}
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10_000)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.model.snapshot(1) is not None, timeout=10_000)
    first = window.model.index(0, 0).data(CODE_ROLE)
    second = window.model.index(1, 0).data(CODE_ROLE)
    assert {first, second} == codes
    dialog = _open(qtbot, window, first)
    qtbot.keyClick(dialog, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.detail_dialog is not dialog and window.detail_dialog.code == second,
        timeout=10_000,
    )
    assert not dialog.isVisible()
