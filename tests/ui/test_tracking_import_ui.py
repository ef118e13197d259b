"""Orders → Courier file… and Import tracking numbers… in the window (issue 14, R35): the file
written from the tab, the courier's answer previewed row by row, Ship in the background with its
progress, the report, and the orders shipped."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from backoffice.app import open_database
from backoffice.db.models import Order
from backoffice.domain.stages import Stage
from backoffice.services.payments import requests as payments
from backoffice.ui.application import build_window
from backoffice.ui.main_menus import import_tracking_file, write_courier_file
from tests.factories import MANAGER, place

pytestmark = pytest.mark.rule("R35")


@pytest.fixture
def app_window(qtbot, db_url, catalog, tmp_path):
    ctx = open_database(db_url)
    window = build_window(ctx, sync_interval_ms=3_600_000)
    window.export_folder = tmp_path
    window.show()
    qtbot.waitUntil(lambda: bool(window.tabs), timeout=10_000)
    yield ctx, window
    if window.tracking_import_dialog is not None:
        window.tracking_import_dialog.close()
    qtbot.waitUntil(lambda: window.worker.idle, timeout=15_000)
    window.shutdown()
    window.close()
    ctx.close()


def _paid(ctx) -> str:  # type: ignore[no-untyped-def]
    code = place(ctx.uow(), {"MUG-WHT": 1}, stage=Stage.RECEIVED)
    with ctx.session_factory() as s:
        balance = s.scalar(select(Order.balance).where(Order.code == code))
    payments.record_payment(ctx.uow(), MANAGER, code, "card", balance)
    return code


def test_courier_file_then_tracking_import_from_the_window(qtbot, app_window, tmp_path):
    ctx, window = app_window
    codes = [_paid(ctx) for _ in range(3)]
    out = tmp_path / "courier.xlsx"
    write_courier_file(window, out)
    qtbot.waitUntil(lambda: "3" in window.statusBar().currentMessage(), timeout=10_000)
    sheet = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert sorted(r[0] for r in sheet[1:]) == sorted(f"{c}#1" for c in codes)

    result = Workbook()
    ws = result.active
    ws.append(["운송장번호", "고객주문번호"])
    for n, row in enumerate(sheet[1:]):
        ws.append([f"60000000010{n}", row[0]])
    ws.append(["600000000199", "NOPE-1"])
    back = tmp_path / "back.xlsx"
    result.save(back)

    dialog = import_tracking_file(window, back)
    # No carrier in the file and none set for the shop: every row says so, nothing can ship.
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4, timeout=10_000)
    assert not dialog.ship_button.isEnabled()
    assert "carrier" in dialog.table.item(0, 4).text()
    dialog.carrier_combo.setCurrentIndex(dialog.carrier_combo.findData("lotte"))
    qtbot.waitUntil(lambda: dialog.ship_button.isEnabled(), timeout=10_000)
    assert dialog.table.item(0, 3).text() == "롯데택배"
    assert "3" in dialog.ship_button.text()
    assert "No such order 1" in dialog.summary.text()
    qtbot.mouseClick(dialog.ship_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=15_000)
    assert len(dialog.report.shipped) == 3 and "3 shipped" in dialog.summary.text()
    with ctx.session_factory() as s:
        stages = set(s.scalars(select(Order.stage).where(Order.code.in_(codes))))
    assert stages == {"shipped"}
    assert QApplication.activeModalWidget() is None  # nothing modal was left in the way


def test_the_courier_columns_are_chosen_per_carrier_in_the_window(qtbot, app_window):
    from PySide6.QtWidgets import QMenu

    from backoffice.services.fulfilment import courier

    ctx, window = app_window
    window.actor = MANAGER
    settings = next(
        a.menu() for a in window.menuBar().actions() if a.menu().objectName() == "settingsMenu"
    )
    assert isinstance(settings, QMenu)
    next(a for a in settings.actions() if a.objectName() == "courierLayoutAction").trigger()
    dialog = window.courier_layout_dialog
    qtbot.waitUntil(lambda: dialog.columns.count() == len(courier.COLUMNS), timeout=10_000)
    dialog.carrier.setCurrentIndex(dialog.carrier.findData("hanjin"))
    qtbot.waitUntil(lambda: dialog.columns.count() == len(courier.COLUMNS), timeout=10_000)
    for i in range(dialog.columns.count()):  # only the recipient and our reference
        item = dialog.columns.item(i)
        keep = item.data(Qt.ItemDataRole.UserRole) in ("recipient", "reference")
        item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.message_bar.isVisible(), timeout=10_000)
    with ctx.session_factory() as s:
        assert courier.layout(s, "hanjin") == ("reference", "recipient")
        assert courier.layout(s, "cj") == courier.DEFAULT_LAYOUT
    dialog.close()
