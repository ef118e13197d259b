"""The GUI keeps working while the shop stalls: sync runs on a thread pool (R45, R37)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from backoffice.core import Core
from backoffice.services.sync.runner import sync_once
from backoffice.ui.ops import Ops
from backoffice.ui.sync_status import SyncController, attach_sync, status_text
from tests.fakes.woo_server import Fault

pytestmark = pytest.mark.rule("R45")


def test_controller_never_blocks_the_gui_while_the_shop_stalls(qtbot, woo, run, session_factory):
    stall = threading.Event()
    woo.shop.add_order([("TEE-BLK-M", 1)], status="processing")
    woo.inject("GET /orders", Fault.run(lambda shop: stall.wait(20)))
    controller = SyncController(
        Ops(Core(session_factory)),
        interval_ms=3_600_000,
        sync_fn=lambda core: core.run(sync_once, [run.link]),
    )
    ticks = []
    beat = QTimer()
    beat.setInterval(10)
    beat.timeout.connect(lambda: ticks.append(1))
    beat.start()
    with qtbot.waitSignal(controller.running, timeout=2000):
        controller.sync_now()
    assert controller.busy
    qtbot.waitUntil(lambda: len(ticks) >= 20, timeout=3000)  # the event loop keeps turning
    assert controller.busy  # ... while the sync is still waiting for the shop
    controller.sync_now()  # a click while busy does not start a second run
    pulled: list[list[str]] = []
    controller.new_orders.connect(pulled.append)
    with qtbot.waitSignal(controller.new_orders, timeout=10_000):
        stall.set()
    assert len(pulled) == 1 and len(pulled[0]) == 1  # one run, one new order (R37 notice)
    qtbot.waitUntil(lambda: controller.last_status is not None and controller.last_status.online)
    assert "Online" in status_text(controller.last_status, controller)
    beat.stop()
    controller.stop()


def test_attach_sync_shows_the_status_in_the_status_bar(qtbot, session_factory, catalog):
    window = QMainWindow()
    qtbot.addWidget(window)
    controller = attach_sync(window, Ops(Core(session_factory), window), start=False)
    with qtbot.waitSignal(controller.status, timeout=5000):
        controller.refresh_status()
    label = window.statusBar().findChild(QLabel, "syncStatusLabel")
    assert label is not None and label.text() == "Not synced yet"
    controller.stop()
