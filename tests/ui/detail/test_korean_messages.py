"""The Korean window speaks Korean end to end: a rule's refusal and the timeline come from the
services as templates and are shown translated from the shipped .qm (not English sentences)."""

from __future__ import annotations

import pytest

from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.payments import requests as payments
from backoffice.ui.application import install_translators
from tests.factories import MANAGER, place
from tests.ui.detail.conftest import click, settle, type_into


@pytest.fixture
def korean(qapp, english):
    """Swap the English translators the UI tests use for the shipped Korean ones."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    english_ones = [t for t in qapp.findChildren(QTranslator)]
    for translator in english_ones:
        QCoreApplication.removeTranslator(translator)
    installed = install_translators(qapp, "ko")
    assert installed, "resources/translations/backoffice_ko.qm is missing"
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    for translator in english_ones:
        QCoreApplication.installTranslator(translator)


@pytest.mark.rule("R25")
def test_a_refused_refund_and_the_timeline_read_in_korean(
    qtbot, korean, open_detail, uow, catalog, session
):
    code = place(uow, {"MUG-WHT": 1}, stage=Stage.RECEIVED)  # 12,000 + 3,000 shipping
    payments.record_payment(uow, MANAGER, code, "card", 15000)
    orders.set_stage(uow, MANAGER, code, Stage.PREPARING)
    dialog = open_detail(code, actor=MANAGER)

    box = dialog.payments.refund_box
    type_into(qtbot, box.items_edit, "20000")
    type_into(qtbot, box.reason_edit, "고객 변심")
    click(qtbot, box.refund_button)
    settle(qtbot, dialog)

    assert dialog.message_bar.text() == (
        f"주문 {code}은(는) 15,000원 결제되어 0원 환불되었습니다: "
        "20,000원을(를) 더 환불할 수 없습니다"
    )
    # Newest first: the stage move of a moment ago, with both stage names in Korean.
    assert "주문접수 → 상품준비" in dialog.timeline.shown_events()[0]
