"""The window `backoffice gui` builds: scanning opens the full detail dialog (issue 4), F2 opens a
counter sale (R30), the printing menu and the sync status (R45) are there."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel

from backoffice.app import open_database
from backoffice.domain.stages import Stage
from backoffice.ui import application
from backoffice.ui.application import build_window
from backoffice.ui.counter_sale import CounterSaleDialog
from backoffice.ui.detail.dialog import OrderDetailDialog
from backoffice.ui.sync_status import SyncController
from tests.factories import place


def _dialogs(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


@pytest.fixture
def app_window(qtbot, db_url, catalog):
    ctx = open_database(db_url)
    window = build_window(ctx, sync_interval_ms=3_600_000)
    window.show()
    yield ctx, window
    for dialog in _dialogs(OrderDetailDialog) + _dialogs(CounterSaleDialog):
        dialog.close()
    qtbot.waitUntil(lambda: window.worker.idle, timeout=5000)
    window.shutdown()
    if shiboken6.isValid(window):  # a language switch replaced (and deleted) it
        window.close()
    ctx.close()


@pytest.mark.rule("R32")
def test_a_scanned_code_opens_the_full_detail_dialog(qtbot, app_window):
    ctx, window = app_window
    code = place(ctx.uow(), {"MUG-WHT": 1}, stage=Stage.PREPARING)
    window.search.setFocus()
    qtbot.keyClicks(window.search, code.replace("-", ""))
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(d.code == code for d in _dialogs(OrderDetailDialog)), timeout=5000)


@pytest.mark.rule("R30")
def test_f2_opens_a_counter_sale(qtbot, app_window):
    _ctx, window = app_window
    window.activateWindow()
    sale = next(
        a for a in window.menuBar().actions()[1].menu().actions() if a.shortcut().toString()
    )
    assert sale.shortcut().toString() == "F2"
    sale.trigger()
    qtbot.waitUntil(lambda: bool(_dialogs(CounterSaleDialog)), timeout=5000)


@pytest.mark.rule("R45")
def test_menus_and_sync_status_are_in_place(qtbot, app_window):
    _ctx, window = app_window
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Orders", "View", "Printing", "Settings", "Database", "Help"]
    label = window.statusBar().findChild(QLabel, "syncStatusLabel")
    assert label is not None and label.isVisible()


def test_the_korean_window_translates_menus_and_sync_status(qtbot, qapp, db_url, catalog):
    from backoffice.ui.application import install_translators

    translators = install_translators(qapp, "ko")
    ctx = open_database(db_url)
    window = build_window(ctx, sync_interval_ms=3_600_000)
    try:
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles == [
            "파일(&F)",
            "주문(&O)",
            "보기(&V)",
            "인쇄(&P)",
            "설정(&T)",
            "데이터베이스(&D)",
            "도움말(&H)",
        ]
        label = window.statusBar().findChild(QLabel, "syncStatusLabel")
        assert label.text() == "아직 동기화 안 됨"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        qtbot.waitUntil(lambda: window.worker.idle, timeout=5000)
        window.shutdown()
        window.close()
        ctx.close()


@pytest.mark.rule("R39")
def test_labels_for_the_selected_orders_open_as_one_preview(qtbot, app_window):
    from backoffice.ui.printing.preview import PrintPreviewDialog

    ctx, window = app_window
    codes = [place(ctx.uow(), {"MUG-WHT": 1}, stage=Stage.PREPARING) for _ in range(3)]
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5000)
    qtbot.waitUntil(lambda: window.model.index(2, 0).data() in codes, timeout=5000)
    window.table.selectAll()
    orders_menu = window.menuBar().actions()[1].menu()  # after File
    labels = next(
        a for a in orders_menu.actions() if a.text() == "Print labels for the selected orders"
    )
    labels.trigger()
    qtbot.waitUntil(lambda: bool(_dialogs(PrintPreviewDialog)), timeout=5000)
    dialog = _dialogs(PrintPreviewDialog)[0]
    assert dialog.kind == "label"
    assert sorted(dialog.codes) == sorted(codes)
    dialog.close()


def test_view_language_switches_the_open_window_and_remembers_it(
    qtbot, qapp, app_window, tmp_path, monkeypatch
):
    """Issue 15: choosing 한국어 shows the window in Korean at once, same person, same tab;
    the choice is this PC's from then on."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMenu

    from backoffice.ui import application

    monkeypatch.setenv("BACKOFFICE_LANG", "en")  # the switch sets it; the test puts it back
    _ctx, window = app_window
    window.settings = QSettings(str(tmp_path / "pc.ini"), QSettings.Format.IniFormat)
    qtbot.waitUntil(lambda: window.tab_strip.count() > 2, timeout=5000)
    window.tab_strip.setCurrentIndex(2)
    english_hint = window.search.placeholderText()
    menu = window.findChild(QMenu, "languageMenu")
    settings_menu = window.findChild(QMenu, "settingsMenu")
    assert menu.menuAction() in settings_menu.actions()  # Settings → Language too
    names = {a.text(): a for a in menu.actions()}
    assert set(names) == {"한국어", "English"}  # each in its own language
    assert names["English"].isChecked()  # the tests' window speaks English
    try:
        names["한국어"].trigger()
        korean = application.current_window()
        assert korean is not None and korean is not window
        assert window.settings.value("ui/language") == "ko"
        titles = [a.text() for a in korean.menuBar().actions()]
        assert titles[:3] == ["파일(&F)", "주문(&O)", "보기(&V)"]
        assert korean.actor == window.actor
        qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)  # closed, deleted
        qtbot.waitUntil(lambda: korean.tab_strip.currentIndex() == 2, timeout=5000)
        assert korean.search.placeholderText() != english_hint
        back = {a.text(): a for a in korean.findChild(QMenu, "languageMenu").actions()}
        assert back["한국어"].isChecked()
        back["English"].trigger()
        english = application.current_window()
        assert [a.text() for a in english.menuBar().actions()][0] == "&File"
    finally:
        last = application.current_window()
        qtbot.waitUntil(lambda: last.worker.idle, timeout=5000)
        last.shutdown()
        last.close()
        for translator in application._TRANSLATORS:
            qapp.removeTranslator(translator)
        application._TRANSLATORS.clear()


def test_version_about_and_quit(qtbot, app_window):
    """Issue 15: Help → About names the version and the database; File → Quit (Ctrl+Q) closes."""
    from backoffice import __version__

    _ctx, window = app_window
    actions = {
        a.objectName(): a
        for m in window.menuBar().actions()
        if m.menu()
        for a in m.menu().actions()
    }
    actions["aboutAction"].trigger()
    qtbot.waitUntil(lambda: window.about_box is not None and window.about_box.isVisible())
    try:
        text = window.about_box.text()
        assert __version__ in text
        assert window.database_label.text() in text  # whichever database this run uses
    finally:
        window.about_box.close()  # never left open for the next test
    assert actions["quitAction"].shortcut().toString() == "Ctrl+Q"
    actions["quitAction"].trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


@pytest.mark.rule("R8")
@pytest.mark.rule("R45")
def test_the_sync_pass_and_the_rules_start_once_the_first_rows_are_in(qtbot, db_url, catalog):
    """Issue 16: started with the window they delayed its first rows (the sync pass loads the HTTP
    stack, the rules queue ahead of the list on the database worker)."""
    ctx = open_database(db_url)
    place(ctx.uow(), {"MUG-WHT": 1})
    window = build_window(ctx, sync_interval_ms=3_600_000)
    sync_timer = window.findChild(SyncController).timer
    assert not window.rules_timer.timer.isActive() and not sync_timer.isActive()
    with qtbot.waitSignal(window.model.first_page_shown, timeout=5000):
        window.show()
    assert window.model.rowCount() == 1
    qtbot.waitUntil(lambda: window.rules_timer.timer.isActive() and sync_timer.isActive())
    qtbot.waitUntil(lambda: window.worker.idle, timeout=5000)
    window.shutdown()
    window.close()
    ctx.close()


class _ListThatNeverLoads(QObject):
    first_page_shown = Signal()


def test_a_list_that_never_shows_rows_still_starts_them_after_a_while(qtbot, monkeypatch):
    monkeypatch.setattr(application, "BACKGROUND_GRACE_MS", 10)
    window = QObject()
    window.model = _ListThatNeverLoads()
    started: list[str] = []
    application.start_after_first_rows(window, [lambda: started.append("sync")])
    assert started == []
    qtbot.waitUntil(lambda: started == ["sync"])
    window.model.first_page_shown.emit()  # rows after all: nothing starts twice
    assert started == ["sync"]
