"""The sync conflicts dialog (R43) shows both versions and resolves them, with every database
call on the database worker, never on the GUI thread (STYLE practice 4)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox

from backoffice.core import Core
from backoffice.domain.errors import DomainError
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.sync.conflicts import list_conflicts
from backoffice.ui import sync_status
from backoffice.ui.ops import Ops
from backoffice.ui.sync_status import ConflictsDialog, attach_sync
from tests.factories import CASHIER, MANAGER
from tests.sync_db.builders import local_order

pytestmark = pytest.mark.rule("R43")


@pytest.fixture
def conflict(woo, run, uow, session):
    """The shop's admin completed an order this computer had moved to preparing."""
    oid = woo.shop.add_order([("BAG-CNV", 1)], status="processing")
    run()
    code = local_order(session, oid).code
    orders.set_stage(uow, CASHIER, code, Stage.PREPARING)
    woo.shop.clock.tick(2)
    woo.shop.update_order(oid, {"status": "completed"})
    run()
    (row,) = list_conflicts(session)
    return oid, code


@pytest.fixture
def worker(session_factory):
    w = Ops(Core(session_factory))
    yield w
    w.stop()


@pytest.fixture
def db_threads(monkeypatch):
    """Which thread each database call of the dialog ran on."""
    seen: list[str] = []
    for name in ("list_conflicts", "resolve_conflict"):
        real = getattr(sync_status, name)

        def spy(*args, _real=real, **kwargs):
            seen.append(threading.current_thread().name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(sync_status, name, spy)
    return seen


def test_both_versions_shown_and_the_shops_taken_off_the_gui_thread(
    qtbot, conflict, worker, session, db_threads
):
    oid, code = conflict
    dialog = ConflictsDialog(worker, MANAGER)
    qtbot.addWidget(dialog)
    assert dialog.note.text() == "Loading…" and not dialog.take_remote.isEnabled()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and not dialog.busy)
    cells = [dialog.table.item(0, j).text() for j in range(4)]
    assert cells[0] == code and cells[1] == "stage"
    assert "preparing" in cells[2] and "delivered" in cells[3]
    qtbot.mouseClick(dialog.take_remote, Qt.MouseButton.LeftButton)
    assert dialog.busy and not dialog.keep_local.isEnabled()  # no double click while it works
    qtbot.waitUntil(lambda: not dialog.busy and dialog.table.rowCount() == 0 and worker.idle)
    assert dialog.note.text() == "No open sync conflicts"
    assert list_conflicts(session) == []
    assert local_order(session, oid).stage == "delivered"  # the shop's version
    assert db_threads and set(db_threads) == {"db-worker"}
    assert threading.main_thread().name not in db_threads


def test_a_refused_resolution_is_shown_and_the_row_kept(
    qtbot, conflict, worker, session, monkeypatch
):
    def refuse(uow, actor, conflict_id, keep):
        raise DomainError("Shipping needs a carrier and a tracking number", "R7")

    monkeypatch.setattr(sync_status, "resolve_conflict", refuse)
    dialog = ConflictsDialog(worker, MANAGER)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and not dialog.busy)
    qtbot.mouseClick(dialog.keep_local, Qt.MouseButton.LeftButton)

    def shown() -> list[str]:  # the failure path's message box (ui/failures.py)
        return [box.text() for box in dialog.findChildren(QMessageBox, "failure-box")]

    qtbot.waitUntil(lambda: bool(shown()) and not dialog.busy and worker.idle)
    assert "tracking number" in shown()[0]
    assert dialog.table.rowCount() == 1 and dialog.keep_local.isEnabled()
    assert len(list_conflicts(session)) == 1


# The offscreen platform says this when a window is shown; it is about the platform, not the app.
@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
def test_opened_from_the_window_it_uses_the_windows_worker(qtbot, conflict, worker):
    window = QMainWindow()
    qtbot.addWidget(window)
    signed_in = [CASHIER]
    attach_sync(window, worker, actor=lambda: signed_in[0], start=False)
    signed_in[0] = MANAGER  # someone else signs in after the window was built
    (action,) = [a for a in window.findChildren(QAction) if a.text() == "Sync conflicts…"]
    action.trigger()
    (dialog,) = window.findChildren(ConflictsDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and not dialog.busy)
    assert dialog._worker is worker  # the window's own, no second worker
    assert dialog._actor is MANAGER  # whoever is signed in now
    dialog.close()
