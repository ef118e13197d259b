"""The notification template editor (R47): live preview filled from a sample or an open order,
unknown placeholders caught as you type and refused on save, saved templates used."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from backoffice.core import Core
from backoffice.domain.stages import Stage
from backoffice.services.notify import templates as notify_templates
from backoffice.ui.notifications_dialog import NotificationsDialog
from backoffice.ui.ops import Ops
from tests.factories import CASHIER, MANAGER, place

pytestmark = pytest.mark.rule("R47")


@pytest.fixture
def worker(qtbot, session_factory) -> Iterator[Ops]:
    w = Ops(Core(session_factory))
    yield w
    qtbot.waitUntil(lambda: w.idle, timeout=5000)
    w.stop()


def open_dialog(qtbot, worker, actor=MANAGER, code=None) -> NotificationsDialog:
    dialog = NotificationsDialog(worker, actor, code)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    return dialog


def choose(combo, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_preview_fills_the_shipped_template_from_the_open_order(qtbot, worker, uow, catalog):
    from backoffice.services.orders import changes as orders

    code = place(uow, stage=Stage.PREPARING)
    orders.set_stage(uow, CASHIER, code, Stage.SHIPPED, carrier="한진택배", tracking="4455667788")
    dialog = open_dialog(qtbot, worker, code=code)
    choose(dialog.event, "shipped")
    choose(dialog.language, "ko")
    assert dialog.preview_subject.text() == f"주문 {code} 상품이 발송되었습니다"
    preview = dialog.preview_body.toPlainText()
    assert "이서연님, 안녕하세요." in preview
    assert "택배사: 한진택배" in preview and "송장번호: 4455667788" in preview
    # Typing changes the preview at once.
    dialog.subject.clear()
    qtbot.keyClicks(dialog.subject, "Sent: {buyer} / {carrier}")
    assert dialog.preview_subject.text() == "Sent: 이서연 / 한진택배"


def test_an_unknown_placeholder_shows_in_the_preview_and_cannot_be_saved(
    qtbot, worker, session, catalog
):
    dialog = open_dialog(qtbot, worker)
    choose(dialog.event, "cancelled")
    choose(dialog.language, "en")
    assert "Jamie Lee" in dialog.preview_body.toPlainText()  # the sample order
    dialog.body.setPlainText("Dear {customer}, sorry.")
    assert "Unknown placeholder {customer}" in dialog.preview_body.toPlainText()
    assert not dialog.save_button.isEnabled()
    dialog.body.setPlainText("Dear {buyer}, sorry: {reason}")
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.state.text() == "edited"
    session.expire_all()
    saved = notify_templates.get(session, "cancelled", "en")
    assert saved.body == "Dear {buyer}, sorry: {reason}"


def test_a_cashier_cannot_save_a_template(qtbot, worker, session, catalog):
    dialog = open_dialog(qtbot, worker, actor=CASHIER)
    choose(dialog.event, "refund")
    dialog.subject.setText("환불 {amount}")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "manager" in dialog.message.text(), timeout=5000)
    assert not notify_templates.is_edited(session, "refund", "ko")
