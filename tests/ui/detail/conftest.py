"""Fixtures for the order detail dialog: the real dialog on the test's migrated SQLite file (opened
through backoffice.app.open_database) with its own database worker; waits on conditions only."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from backoffice.services.staff.actor import Actor
from backoffice.ui.detail.dialog import OrderDetailDialog
from tests.factories import CASHIER

OpenDetail = Callable[..., OrderDetailDialog]
QUIET_POLL_MS = 600_000  # tests that do not look at polling keep it out of the way


def settle(qtbot, dialog: OrderDetailDialog, timeout: int = 5000) -> None:
    """Wait until every job of the dialog has run and the view shows the latest snapshot."""
    qtbot.waitUntil(
        lambda: dialog.snapshot is not None and not dialog.busy and dialog.worker.idle,
        timeout=timeout,
    )


@pytest.fixture
def open_detail(qtbot, ctx, worker) -> Iterator[OpenDetail]:
    opened: list[OrderDetailDialog] = []

    def make(code: str, actor: Actor = CASHIER, poll_ms: int = QUIET_POLL_MS) -> OrderDetailDialog:
        dialog = OrderDetailDialog(worker, code, actor, poll_ms=poll_ms)
        dialog.show()
        opened.append(dialog)
        settle(qtbot, dialog)
        return dialog

    yield make
    for dialog in opened:
        dialog.poll_timer.stop()
    qtbot.waitUntil(lambda: worker.idle, timeout=5000)
    for dialog in opened:
        dialog.close()
        dialog.deleteLater()


def click(qtbot, button) -> None:
    from PySide6.QtCore import Qt

    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, edit, text: str) -> None:
    """Replace an edit's text by typing (ASCII key clicks; Korean through an input method)."""
    from tests.ui.conftest import type_text

    edit.setFocus()
    edit.selectAll()
    edit.clear()
    type_text(qtbot, edit, text)
