"""A manager approves a cashier's action by PIN (R48), driving the real detail dialog: the service
refuses the cashier (NeedsManager), the approval dialog asks for a manager's PIN, and the action
runs once as "김지은, approved by 박민수" — the refund row and the timeline show it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from backoffice.db.models import Order, TimelineEvent
from backoffice.domain.stages import Stage
from backoffice.services.payments import requests as payments
from backoffice.services.staff import members as staff
from backoffice.ui.approval import ApprovalDialog
from tests.factories import CASHIER, MANAGER, place
from tests.ui.detail.conftest import click, settle, type_into


@pytest.fixture
def team(uow) -> None:
    staff.setup_first_manager(uow, "박민수", "0000")
    staff.add_staff(uow, MANAGER, "김지은", pin="1234")
    staff.add_staff(uow, MANAGER, "이하늘", pin="4321")


def _approval(qtbot) -> ApprovalDialog:
    def shown() -> ApprovalDialog:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ApprovalDialog) and w.isVisible()
        ]
        assert len(shown) == 1 and shown[0].manager_combo.count() > 0
        return shown[0]

    qtbot.waitUntil(lambda: shown() and None, timeout=5000)
    return shown()


def _refund_once(qtbot, dialog, amount: str) -> None:
    box = dialog.payments.refund_box
    dialog.tabs.setCurrentWidget(dialog.payments)
    type_into(qtbot, box.items_edit, amount)
    box.method_combo.setCurrentIndex(box.method_combo.findData("card"))
    type_into(qtbot, box.reason_edit, "mug arrived chipped")
    click(qtbot, box.refund_button)


@pytest.mark.rule("R48")
@pytest.mark.rule("R25")
def test_a_manager_approves_a_cashiers_refund_by_pin(
    qtbot, open_detail, uow, catalog, session, team
):
    code = place(uow, stage=Stage.RECEIVED)
    payments.record_payment(uow, CASHIER, code, "card", 53000)
    dialog = open_detail(code, actor=CASHIER)
    _refund_once(qtbot, dialog, "12000")
    approval = _approval(qtbot)
    said = approval.findChildren(type(approval.message))[0].text()
    assert "Only a manager can refund" in said and "(R48)" not in said
    assert [approval.manager_combo.itemText(i) for i in range(approval.manager_combo.count())] == [
        "박민수"
    ]
    session.expire_all()
    assert session.scalar(select(Order).where(Order.code == code)).refunds == []

    qtbot.keyClicks(approval.pin_edit, "1111")  # a wrong PIN is refused in place and counted
    click(qtbot, approval.approve_button)
    qtbot.waitUntil(lambda: "Wrong PIN (4 tries left)" in approval.message.text(), timeout=5000)
    assert approval.isVisible() and approval.pin_edit.text() == ""

    qtbot.keyClicks(approval.pin_edit, "0000")
    with qtbot.waitSignal(approval.approved, timeout=5000):
        click(qtbot, approval.approve_button)
    settle(qtbot, dialog)

    session.expire_all()
    order = session.scalar(select(Order).where(Order.code == code))
    [refund] = order.refunds
    assert (refund.amount, refund.method, refund.reason) == (12000, "card", "mug arrived chipped")
    last = session.scalars(
        select(TimelineEvent).where(TimelineEvent.order_code == code).order_by(TimelineEvent.id)
    ).all()[-1]
    assert (last.kind, last.actor) == ("refund", "김지은, approved by 박민수")
    panel = dialog.timeline
    dialog.tabs.setCurrentWidget(panel)
    assert panel.model.index(0, 1).data() == "김지은, approved by 박민수"  # newest first
    assert panel.shown_events()[0].startswith("Refund of")

    # The approval was for that one refund: the cashier is still a cashier.
    assert dialog.actor == CASHIER
    _refund_once(qtbot, dialog, "1000")
    second = _approval(qtbot)
    second.reject()
    settle(qtbot, dialog)
    session.expire_all()
    assert len(session.scalar(select(Order).where(Order.code == code)).refunds) == 1


@pytest.mark.rule("R9")
def test_a_cashier_moves_an_order_back_with_a_managers_approval(
    qtbot, open_detail, uow, catalog, session, team
):
    code = place(uow, stage=Stage.READY)
    dialog = open_detail(code, actor=CASHIER)
    header = dialog.header
    assert not header.revert_button.isHidden()
    header.revert_combo.setCurrentIndex(header.revert_combo.findData("preparing"))
    type_into(qtbot, header.reason_edit, "wrong click")
    click(qtbot, header.revert_button)
    approval = _approval(qtbot)
    qtbot.keyClicks(approval.pin_edit, "0000")
    with qtbot.waitSignal(approval.approved, timeout=5000):
        click(qtbot, approval.approve_button)
    settle(qtbot, dialog)
    session.expire_all()
    assert session.scalar(select(Order.stage).where(Order.code == code)) == "preparing"
    actors = session.scalars(
        select(TimelineEvent.actor).where(
            TimelineEvent.order_code == code, TimelineEvent.kind == "revert"
        )
    ).all()
    assert actors == ["김지은, approved by 박민수"]
