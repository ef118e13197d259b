"""The window shows what the intake could not take (R42, R45): the status bar counts the parked
shop orders and its tooltip has last pull, last push and why the shop fails, like
`backoffice sync --status`; Sync → "Shop orders not taken in…" lists them with the reason and the
JSON the shop sent."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from backoffice.core import Core
from backoffice.ui.ops import Ops
from backoffice.ui.sync_parked_orders import ParkedOrdersDialog
from backoffice.ui.sync_status import attach_sync
from tests.ui.conftest import OFFSCREEN_NOISE, english  # noqa: F401 - autouse: the UI in English, from the .qm

pytestmark = [pytest.mark.rule("R45"), pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def _broken_total(data):  # type: ignore[no-untyped-def]
    data["total"] = "1.5"
    return data


@pytest.fixture
def parked(woo, run):  # type: ignore[no-untyped-def]
    good = woo.shop.add_order([("MUG-WHT", 1)], status="processing")
    bad = woo.shop.add_order([("TEE-BLK-M", 1)], status="processing")
    woo.shop.mangle[bad] = _broken_total
    report = run()
    assert len(report.new_codes) == 1 and len(report.parked_orders) == 1
    return good, bad


def test_status_bar_counts_parked_orders_and_tells_the_whole_state(qtbot, session_factory, parked):
    window = QMainWindow()
    qtbot.addWidget(window)
    controller = attach_sync(window, Ops(Core(session_factory), window), start=False)
    with qtbot.waitSignal(controller.status, timeout=5000):
        controller.refresh_status()
    label = window.statusBar().findChild(QLabel, "syncStatusLabel")
    assert "1 shop order not taken in" in label.text()
    tip = label.toolTip().splitlines()
    assert tip[0].startswith("Last pull: 20") and tip[1].startswith("Last push: 20")
    assert "1 shop order not taken in" in tip
    controller.stop()


def test_the_dialog_lists_them_with_reason_and_json(qtbot, session_factory, parked):
    _good, bad = parked
    worker = Ops(Core(session_factory))
    dialog = ParkedOrdersDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert dialog.table.item(0, 0).text() == "woo"
    assert dialog.table.item(0, 1).text() == str(bad)
    assert "decimals" in dialog.table.item(0, 2).text()
    qtbot.waitUntil(lambda: dialog.json.toPlainText() != "", timeout=5000)
    assert json.loads(dialog.json.toPlainText())["id"] == bad
    dialog.copy.click()
    assert json.loads(QGuiApplication.clipboard().text())["total"] == "1.5"
    dialog.close()
    qtbot.waitUntil(lambda: worker.idle, timeout=5000)
    worker.stop()
