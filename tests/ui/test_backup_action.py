"""Database ▸ Back up database… in the real window: the copy is made in the background with
progress, can be cancelled, and a refusal is shown in a dialog (issue 7)."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import func, select

from backoffice.app import open_database
from backoffice.db.models import Order
from backoffice.services.shop import backup
from backoffice.ui import backup_action
from backoffice.ui.application import build_window
from tests.factories import place


@pytest.fixture
def app_window(qtbot, db_url, catalog):
    if not db_url.startswith("sqlite"):
        pytest.skip("backups are of SQLite databases")
    ctx = open_database(db_url)
    window = build_window(ctx, sync_interval_ms=3_600_000)
    window.show()
    yield ctx, window
    flow = getattr(window, "backup_flow", None)
    if flow is not None:
        flow.stop()
        qtbot.waitUntil(lambda: not flow.busy, timeout=10_000)
        if flow.message is not None:
            flow.message.close()
    qtbot.waitUntil(lambda: window.worker.idle, timeout=5000)
    window.shutdown()
    window.close()
    ctx.close()


def backup_menu_action(window) -> QAction:
    action = window.findChild(QAction, "backupAction")
    assert action is not None and action.text() == "Back up database…"
    return action


def test_the_menu_action_writes_a_checked_backup(qtbot, app_window, tmp_path, monkeypatch):
    ctx, window = app_window
    codes = [place(ctx.uow()) for _ in range(3)]
    target = tmp_path / "saved" / "backup.sqlite3"
    target.parent.mkdir()
    monkeypatch.setattr(backup_action, "ask_target", lambda _parent: target)

    backup_menu_action(window).trigger()
    flow = window.backup_flow
    with qtbot.waitSignal(flow.finished, timeout=20_000) as finished:
        pass
    assert isinstance(finished.args[0], backup.BackupResult)
    assert flow.message is not None and flow.message.isVisible()
    assert str(target) in flow.message.text() and "checked" in flow.message.text()
    with sqlite3.connect(target) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = {row[0] for row in con.execute("SELECT code FROM orders")}
    assert stored == set(codes)


def test_a_long_backup_can_be_cancelled_and_the_window_keeps_working(
    qtbot, app_window, tmp_path, monkeypatch
):
    ctx, window = app_window
    target = tmp_path / "backup.sqlite3"
    monkeypatch.setattr(backup_action, "ask_target", lambda _parent: target)
    real = backup.backup_database
    copying = threading.Event()

    def slow_backup(url, path, *, progress=None, cancelled=None, pages_per_step=None):
        def step(done: int, total: int) -> None:
            progress(done, total)
            copying.set()
            # A long copy: each step waits for staff to cancel (bounded, never forever).
            for _ in range(200):
                if cancelled():
                    return
                threading.Event().wait(0.05)

        return real(url, path, progress=step, cancelled=cancelled, pages_per_step=1)

    monkeypatch.setattr(backup, "backup_database", slow_backup)
    backup_menu_action(window).trigger()
    flow = window.backup_flow
    qtbot.waitUntil(copying.is_set, timeout=10_000)
    assert flow.busy
    # Neither the GUI thread nor the database worker waits for the copy: orders are placed and
    # a list query answers while it runs.
    place(ctx.uow())
    answers: list[int] = []
    window.worker.submit(
        lambda core: core.read(lambda s: s.scalar(select(func.count()).select_from(Order))),
        answers.append,
    )
    qtbot.waitUntil(lambda: answers == [1], timeout=5000)
    assert flow.busy
    progress = flow.progress
    qtbot.waitUntil(lambda: progress.isVisible() and progress.maximum() > 1, timeout=5000)
    assert progress.value() < progress.maximum()
    (cancel,) = progress.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    with qtbot.waitSignal(flow.finished, timeout=20_000) as finished:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert finished.args == [None]
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


def test_a_refusal_is_shown_in_a_dialog(qtbot, app_window, db_path, monkeypatch):
    _ctx, window = app_window
    monkeypatch.setattr(backup_action, "ask_target", lambda _parent: db_path)
    backup_menu_action(window).trigger()
    flow = window.backup_flow
    with qtbot.waitSignal(flow.finished, timeout=10_000) as finished:
        pass
    assert finished.args == [None]
    box = flow.message
    assert box is not None and box.isVisible()
    assert box.icon() == QMessageBox.Icon.Warning
    assert "live database" in box.text()
