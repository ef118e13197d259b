"""Columns remembered per tab (R34), bulk stage change with preview (R35), export read back (R36),
live updates (R37), and every model passing qtmodeltester."""

from __future__ import annotations

import threading

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)
from sqlalchemy import select

from backoffice.db.models import Order
from backoffice.domain.stages import Stage
from backoffice.services.staff.actor import WEB_SHOP
from backoffice.ui.columns import Column
from backoffice.ui.order_model import OrderTableModel
from tests.listing_builders import place_for, place_many
from tests.ui.conftest import settle, wait_codes

PEOPLE = [
    ("김민준", "010-1111-2222", Stage.RECEIVED),
    ("이서연", "010-3333-4444", Stage.PREPARING),
    ("박서준", "010-5555-6666", Stage.RECEIVED),
    ("최지우", "010-7777-8888", Stage.PENDING_PAYMENT),
    ("김서연", "010-9999-0000", Stage.READY),
]


@pytest.fixture
def codes(uow, catalog):
    return place_many(uow, PEOPLE)


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.mark.rule("R34")
def test_hidden_and_moved_columns_are_remembered_after_a_restart(qtbot, open_window, codes):
    window = open_window()
    window.tab_strip.setCurrentIndex(2)  # "New"
    settle(qtbot, window)
    window.choose_columns()
    chooser = window.column_dialog
    chooser.item_for("phone").setCheckState(Qt.CheckState.Unchecked)
    chooser.list.setCurrentItem(chooser.item_for("buyer"))
    for _ in range(3):
        qtbot.mouseClick(chooser.up, Qt.MouseButton.LeftButton)  # buyer becomes the first column
    ok(chooser)
    assert window.visible_columns()[0] == Column.BUYER
    assert Column.PHONE not in window.visible_columns()
    qtbot.waitUntil(lambda: window.worker.idle)

    again = open_window()  # a new window on the same database: a restart
    assert again.visible_columns()[0] == Column.CODE  # "All" keeps its own layout
    again.tab_strip.setCurrentIndex(2)
    settle(qtbot, again)
    assert again.visible_columns()[0] == Column.BUYER
    assert Column.PHONE not in again.visible_columns()


@pytest.mark.rule("R35")
def test_bulk_stage_change_over_a_tab_with_preview(qtbot, open_window, codes, session):
    window = open_window()
    window.tab_strip.setCurrentIndex(0)  # All: 5 orders, 2 received, 1 preparing, 1 ready …
    settle(qtbot, window)
    window.bulk_tab(
        __import__("backoffice.services.lists.bulk", fromlist=["BulkAction"]).BulkAction(
            "stage", Stage.PREPARING
        )
    )
    action_dialog = window.bulk.action_dialog
    action_dialog.unpaid.setChecked(True)  # R23: prepare the unpaid web orders too
    ok(action_dialog)
    qtbot.waitUntil(lambda: window.bulk.preview_dialog is not None)
    preview = window.bulk.preview_dialog
    assert preview.summary.text() == (
        "The action applies to 3 of the chosen orders. 5 orders chosen."
    )
    # preparing and ready are at or past the target
    assert preview.skipped_lines == ["2 skipped: already at or past that stage"]
    with qtbot.waitSignal(window.bulk.finished, timeout=10000) as finished:
        ok(preview)
    report = finished.args[0]
    assert len(report.done) == 3 and report.failed == []
    assert window.bulk.report_dialog.summary.text() == "3 orders changed."
    session.expire_all()
    stages = dict(session.execute(select(Order.code, Order.stage)).all())
    assert stages[codes[0]] == stages[codes[2]] == stages[codes[3]] == "preparing"
    assert stages[codes[4]] == "ready"
    qtbot.waitUntil(lambda: window.counts.get(window.tabs[3].id) == 4, timeout=5000)


@pytest.mark.rule("R36")
def test_export_of_the_selection_with_visible_columns(qtbot, open_window, codes, tmp_path):
    window = open_window()
    wait_codes(qtbot, window, list(reversed(codes)))
    window.table.horizontalHeader().setSectionHidden(Column.PHONE, True)
    window.table.selectRow(0)
    window.table.selectionModel().select(
        window.model.index(2, 0),
        window.table.selectionModel().SelectionFlag.Select
        | window.table.selectionModel().SelectionFlag.Rows,
    )
    window.export()
    dialog = window.export_dialog
    assert dialog.selection.isChecked()
    out = tmp_path / "picked.xlsx"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        ok(dialog)
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:4] == ("Order code", "Ordered at", "Buyer", "Items")
    assert "Phone" not in rows[0]
    assert sorted(r[0] for r in rows[1:]) == sorted([codes[4], codes[2]])
    assert "2 orders exported" in window.statusBar().currentMessage()


@pytest.mark.rule("R36")
def test_an_export_stopped_from_its_progress_writes_nothing(qtbot, open_window, codes, tmp_path):
    window = open_window()
    wait_codes(qtbot, window, list(reversed(codes)))
    window.export()
    dialog = window.export_dialog
    out = tmp_path / "exports" / "all.xlsx"
    out.parent.mkdir()
    dialog.path.setText(str(out))
    hold = threading.Event()
    window.worker.submit(lambda _core: hold.wait(10))  # the worker is busy: the export waits
    ok(dialog)
    assert not dialog.buttons.isEnabled()
    stop = dialog.progress.findChild(QPushButton)
    assert stop.text() == "Stop"
    stop.click()  # before the export has written a page
    with qtbot.waitSignal(dialog.failed, timeout=10000) as failed:
        hold.set()
    assert failed.args[0] == "Export stopped; no file was written"
    assert list(out.parent.iterdir()) == []
    assert dialog.isVisible() and dialog.buttons.isEnabled()  # another try is one click away
    assert window.statusBar().currentMessage() == failed.args[0]


@pytest.mark.rule("R36")
def test_an_export_reports_its_progress(qtbot, open_window, codes, tmp_path):
    window = open_window()
    wait_codes(qtbot, window, list(reversed(codes)))
    window.export()
    dialog = window.export_dialog
    dialog.tab.setChecked(True)
    dialog.path.setText(str(tmp_path / "all.csv"))
    seen: list[tuple[int, int]] = []
    # Listened to before the export starts: a busy machine may write it all before any later
    # connection is made (the test connected to the job's own state after starting it).
    dialog.progressed.connect(lambda done, total: seen.append((done, total)))
    ok(dialog)
    with qtbot.waitSignal(dialog.exported, timeout=10000) as exported:
        pass
    assert exported.args[1] == 5
    assert seen and seen[0] == (0, 5)  # the count first: the bar knows its end


@pytest.mark.rule("R37")
def test_new_orders_appear_live_keep_selection_and_stand_out(qtbot, open_window, codes, uow):
    window = open_window()
    wait_codes(qtbot, window, list(reversed(codes)))
    window.table.selectRow(3)  # 이서연's order
    selected_before = window.selected_ids()
    # A web order arrives through the services while the window is open (as sync will do it).
    new_code = place_for(uow, "정하은", minutes=60, actor=WEB_SHOP)
    qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=5000)
    assert window.notice.text().startswith("1 new order")
    wait_codes(qtbot, window, [new_code, *reversed(codes)])
    assert window.selected_ids() == selected_before  # the selection followed its order
    assert window.model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()  # unread
    with qtbot.waitSignal(window.order_opened):
        window.open_row(0)
    assert window.model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None  # read once opened
    qtbot.waitUntil(lambda: window.counts.get(window.tabs[0].id) == 6)


def test_the_order_model_passes_qtmodeltester(qtbot, qtmodeltester, open_window, codes):
    window = open_window()
    wait_codes(qtbot, window, list(reversed(codes)))
    qtmodeltester.check(window.model, force_py=True)
    fresh = OrderTableModel(window.worker)
    qtmodeltester.check(fresh, force_py=True)  # empty, before any query
    fresh.set_query(window.model.list_filter)
    qtbot.waitUntil(lambda: fresh.is_loaded and window.worker.idle)
    qtmodeltester.check(fresh, force_py=True)


class _Probe(QStyledItemDelegate):
    """What the table's delegate paints for a cell: Qt 6 fills it with one multiData() call."""

    def shown(self, index) -> QStyleOptionViewItem:  # type: ignore[no-untyped-def]
        option = QStyleOptionViewItem()
        self.initStyleOption(option, index)
        return option


@pytest.mark.rule("R13", "R37")
def test_painted_cells_show_what_the_model_holds(qtbot, open_window, codes, uow):
    """The model answers a painting view in one call per cell (multiData): text, unread bold,
    stage colour and money alignment must be the same as its data() gives role by role."""
    window = open_window()
    place_for(uow, "정하은", minutes=60, actor=WEB_SHOP)  # unread until opened
    qtbot.waitUntil(lambda: window.model.rowCount() == 6, timeout=5000)
    model, probe = window.model, _Probe()
    qtbot.waitUntil(lambda: all(model.snapshot(r) is not None for r in range(6)), timeout=5000)
    for r in range(model.rowCount()):
        for c in Column:
            index = model.index(r, c)
            option = probe.shown(index)
            assert option.text == index.data(), (r, c)
            assert option.font.bold() == bool(index.data(Qt.ItemDataRole.FontRole)), (r, c)
        total = probe.shown(model.index(r, Column.TOTAL))
        assert total.displayAlignment & Qt.AlignmentFlag.AlignRight
        stage = probe.shown(model.index(r, Column.STAGE))
        colour = model.index(r, Column.STAGE).data(Qt.ItemDataRole.ForegroundRole)
        assert stage.palette.color(QPalette.ColorRole.Text) == colour
    assert probe.shown(model.index(0, Column.BUYER)).text == "정하은"
    assert probe.shown(model.index(0, Column.BUYER)).font.bold()  # the new order stands out
    assert not probe.shown(model.index(1, Column.BUYER)).font.bold()
    assert not model.index(6, 0).isValid() and not model.index(0, len(Column)).isValid()


@pytest.mark.rule("R37")
def test_the_new_order_sound_follows_its_setting(qtbot, open_window, codes, uow):
    window = open_window()
    heard: list[int] = []
    window.notice.play = lambda: heard.append(1)
    assert not window.sound_action.isChecked()  # off until someone turns it on
    place_for(uow, "정하은", minutes=60, actor=WEB_SHOP)
    qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=5000)
    assert heard == []
    window.notice.click()  # dismissed
    assert not window.notice.isVisible()
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    next(a for a in view.actions() if a.text() == "Sound for new orders").trigger()
    assert window.sound_action.isChecked()
    place_for(uow, "윤도현", minutes=61, actor=WEB_SHOP)
    qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=5000)
    assert window.notice.text().startswith("1 new order")
    assert heard == [1]
    again = open_window()  # this PC remembers the choice
    assert again.sound_action.isChecked()
