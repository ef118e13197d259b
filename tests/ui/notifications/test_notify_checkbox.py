"""'Notify the customer' in the order detail dialog (R47): unticked, the next action notifies
nobody; the box is ticked again for the action after it."""

from __future__ import annotations

import pytest

from backoffice.domain.stages import Stage
from tests.factories import place
from tests.notifications.helpers import queued, switch_on
from tests.ui.detail.conftest import click, open_detail, settle, type_into  # noqa: F401

pytestmark = pytest.mark.rule("R47")


def cancel_in_dialog(qtbot, dialog, reason: str) -> None:
    type_into(qtbot, dialog.header.reason_edit, reason)
    click(qtbot, dialog.header.cancel_button)
    qtbot.waitUntil(lambda: dialog.snapshot.stage == Stage.CANCELLED, timeout=5000)
    settle(qtbot, dialog)


def test_unticked_the_cancel_notifies_nobody_and_the_box_comes_back(
    qtbot,
    open_detail,  # noqa: F811 (the fixture imported above)
    uow,
    session,
    catalog,
):
    switch_on(uow, "shop")
    quiet, loud = place(uow, stage=Stage.PREPARING), place(uow, stage=Stage.PREPARING)
    dialog = open_detail(quiet)
    assert dialog.header.notify_box.isChecked()
    dialog.header.notify_box.setChecked(False)
    cancel_in_dialog(qtbot, dialog, "out of stock")
    assert queued(session, quiet) == []
    assert dialog.header.notify_box.isChecked()  # one action only
    other = open_detail(loud)
    cancel_in_dialog(qtbot, other, "out of stock")
    session.expire_all()
    assert [row.payload["event"] for row in queued(session, loud)] == ["cancelled"]
