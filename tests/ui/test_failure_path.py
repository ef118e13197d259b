"""The window's one failure path (issue 12): a job without a handler of its own that fails shows
the right thing for its kind — a rule's refusal in the staff's words, an outside failure with a
Retry that runs the same job again, a bug in the crash dialog with its details to copy — and
the window keeps answering meanwhile."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton

from backoffice.app import open_database
from backoffice.domain.errors import ExternalError
from backoffice.services.orders import changes as orders
from backoffice.ui.application import build_window
from backoffice.ui.failures import CrashDialog
from tests.factories import place


@pytest.fixture
def window(qtbot, db_url, catalog):
    ctx = open_database(db_url)
    window = build_window(ctx, sync_interval_ms=3_600_000)
    window.show()
    yield window
    if window.failure_dialog is not None:
        window.failure_dialog.close()
    qtbot.waitUntil(lambda: window.worker.idle, timeout=5000)
    window.shutdown()
    window.close()
    ctx.close()


def test_a_refusal_is_said_in_the_status_bar(qtbot, window):
    window.worker.submit(lambda core: core.write(orders.open_order, text="NOPE-1"))
    qtbot.waitUntil(lambda: "No order 'NOPE-1'" in window.statusBar().currentMessage())
    assert window.failure_dialog is None  # a rule said no: no box, no crash dialog


def test_an_outside_failure_offers_retry_and_the_job_runs_again(qtbot, window):
    runs: list[int] = []
    saved: list[str] = []

    def job(core):
        runs.append(1)
        if len(runs) == 1:
            raise ExternalError(
                "The database refused the change: {orig}", orig="database is locked"
            )
        return "saved"

    window.worker.submit(job, saved.append)
    qtbot.waitUntil(lambda: window.failure_dialog is not None and window.failure_dialog.isVisible())
    box = window.failure_dialog
    assert isinstance(box, QMessageBox)
    assert box.text() == "The database refused the change: database is locked"
    retry = box.findChild(QPushButton, "retry")
    assert retry is not None and retry.text() == "Retry"
    assert saved == []  # nothing pretended to succeed
    retry.click()
    qtbot.waitUntil(lambda: saved == ["saved"])
    assert len(runs) == 2  # the same job, once more


def test_a_bug_is_logged_and_shown_with_details_to_copy(qtbot, window, caplog, uow):
    code = place(uow)

    def job(core):
        raise ValueError("the cart has no lines")

    with caplog.at_level(logging.ERROR):
        window.worker.submit(job)
        qtbot.waitUntil(lambda: isinstance(window.failure_dialog, CrashDialog))
    dialog = window.failure_dialog
    assert dialog.isVisible() and not dialog.isModal()
    assert "ValueError: the cart has no lines" in dialog.message.text()
    (record,) = [r for r in caplog.records if r.exc_info]
    assert record.exc_info[1].args == ("the cart has no lines",)  # logged with its traceback
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Traceback (most recent call last)")
    assert "ValueError: the cart has no lines" in copied

    # The window stays responsive with the dialog open: its timers run, its lane answers.
    ticks: list[int] = []
    beat = QTimer(window)
    beat.timeout.connect(lambda: ticks.append(1))
    beat.start(5)
    found: list[object] = []
    window.worker.submit(lambda core: core.write(orders.open_order, text=code), found.append)
    qtbot.waitUntil(lambda: len(found) == 1 and len(ticks) >= 3)
    beat.stop()
    assert found[0].code == code
