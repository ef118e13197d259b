"""Claims through the dialog (R12, R14, R15, R26, R27): 1 of 3 cancelled with its stock back, a
return with pickup details completed and restocked, an exchange with its replacement shipment,
customer cancel requests approved and rejected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from backoffice.domain.stages import Stage
from backoffice.services.claims import changes as claims
from tests.factories import place
from tests.ui.detail.conftest import click, settle, type_into
from tests.ui.detail.test_items import _order, _stock


def _choose(qtbot, panel, kind: str, line_id: int, quantity: int, reason: str) -> None:
    panel.host.tabs.setCurrentWidget(panel)
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(kind))
    spin = panel.spins[line_id]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(quantity))
    type_into(qtbot, panel.reason_edit, reason)


@pytest.mark.rule("R14")
@pytest.mark.rule("R26")
def test_one_of_three_cancelled_with_stock_returned(qtbot, open_detail, uow, catalog, session):
    code = place(uow, {"MUG-WHT": 3}, stage=Stage.PREPARING)
    sku_id = catalog.ids["MUG-WHT"]
    assert _stock(session, sku_id) == catalog.initial["MUG-WHT"] - 3
    dialog = open_detail(code)
    panel = dialog.claims
    line_id = dialog.snapshot.lines[0].id
    assert panel.lines_table.item(0, 1).text() == "3"
    _choose(qtbot, panel, "cancel", line_id, 1, "customer wants only two")
    click(qtbot, panel.open_button)
    qtbot.waitUntil(lambda: panel.confirm_box is not None and panel.confirm_box.isVisible())
    assert "without a refund" in panel.confirm_box.text()  # nothing was paid yet
    panel.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, dialog)
    order = _order(session, code)
    assert order.lines[0].cancelled_quantity == 1
    assert order.shipments[0].items[0].quantity == 2
    assert _stock(session, sku_id) == catalog.initial["MUG-WHT"] - 2
    assert order.stage == "preparing"
    assert panel.model.index(0, 1).data() == "Completed"


@pytest.mark.rule("R15")
@pytest.mark.rule("R26")
def test_a_return_with_pickup_info_completed(qtbot, open_detail, uow, catalog, session):
    code = place(uow, {"TEE-BLK-M": 2}, stage=Stage.DELIVERED)
    dialog = open_detail(code)
    panel = dialog.claims
    line_id = dialog.snapshot.lines[0].id
    _choose(qtbot, panel, "return", line_id, 1, "too small")
    assert panel.pickup_box.isVisible()
    type_into(qtbot, panel.pickup_name, "이서연")
    type_into(qtbot, panel.pickup_phone, "010-1234-5678")
    type_into(qtbot, panel.pickup_address, "서울특별시 강남구 테헤란로 152")
    type_into(qtbot, panel.pickup_carrier, "CJ대한통운")
    click(qtbot, panel.open_button)
    settle(qtbot, dialog)
    claim = _order(session, code).claims[0]
    assert (claim.kind, claim.state) == ("return", "requested")
    assert claim.pickup_address == "서울특별시 강남구 테헤란로 152"
    assert claim.pickup_carrier == "CJ대한통운"
    panel.table.selectRow(0)
    click(qtbot, panel.approve_button)
    settle(qtbot, dialog)
    panel.table.selectRow(0)
    assert panel.damaged_check.isEnabled()
    click(qtbot, panel.complete_button)
    settle(qtbot, dialog)
    order = _order(session, code)
    assert order.claims[0].state == "completed"
    assert order.lines[0].returned_quantity == 1
    assert _stock(session, catalog.ids["TEE-BLK-M"]) == catalog.initial["TEE-BLK-M"] - 1


@pytest.mark.rule("R26")
def test_an_exchange_creates_a_replacement_shipment(qtbot, open_detail, uow, catalog, session):
    code = place(uow, {"TEE-BLK-M": 2}, stage=Stage.SHIPPED)
    dialog = open_detail(code)
    panel = dialog.claims
    _choose(qtbot, panel, "exchange", dialog.snapshot.lines[0].id, 1, "wrong colour")
    click(qtbot, panel.open_button)
    settle(qtbot, dialog)
    panel.table.selectRow(0)
    click(qtbot, panel.approve_button)
    settle(qtbot, dialog)
    order = _order(session, code)
    kinds = [(s.kind, s.stage, sum(i.quantity for i in s.items)) for s in order.shipments]
    assert kinds == [("normal", "shipped", 2), ("exchange", "preparing", 1)]
    assert order.lines[-1].replaces_line_id == order.lines[0].id
    assert dialog.shipments.model.index(1, 1).data() == "exchange"


@pytest.mark.rule("R26")
def test_returns_are_disabled_with_the_reason_before_shipping(qtbot, open_detail, uow, catalog):
    code = place(uow, stage=Stage.PREPARING)
    dialog = open_detail(code)
    panel = dialog.claims
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("return"))
    assert not panel.open_button.isEnabled()
    assert panel.open_button.toolTip() == (
        "Only shipped or delivered goods can be returned or exchanged"
    )


@pytest.mark.rule("R12")
def test_cancel_requests_approved_and_rejected(qtbot, open_detail, uow, catalog, session):
    first = place(uow, {"BAG-CNV": 2}, stage=Stage.PREPARING)
    second = place(uow, {"BAG-CNV": 1}, stage=Stage.PREPARING)
    assert claims.customer_cancel(uow, first, "changed my mind") == "requested"
    assert claims.customer_cancel(uow, second, "found it cheaper") == "requested"
    bags = catalog.ids["BAG-CNV"]
    assert _stock(session, bags) == catalog.initial["BAG-CNV"] - 3

    dialog = open_detail(first)
    panel = dialog.claims
    assert panel.model.index(0, 0).data() == "Cancel request (customer)"
    panel.table.selectRow(0)
    click(qtbot, panel.approve_button)
    settle(qtbot, dialog)
    assert _order(session, first).stage == "cancelled"
    assert _stock(session, bags) == catalog.initial["BAG-CNV"] - 1

    other = open_detail(second)
    panel = other.claims
    panel.table.selectRow(0)
    click(qtbot, panel.reject_button)  # no reason: refused in place
    settle(qtbot, other)
    assert other.message_bar.rule == "R12"
    assert "(R" not in other.message_bar.text()
    type_into(qtbot, panel.reject_reason, "already packed")
    click(qtbot, panel.reject_button)
    settle(qtbot, other)
    order = _order(session, second)
    assert order.stage == "preparing" and not order.cancel_requested
    assert order.claims[0].state == "rejected"
    assert "already packed" in order.messages[-1].text


def _paid(uow, session, code: str) -> None:
    from backoffice.services.orders import changes as orders
    from backoffice.services.payments import requests as payments
    from tests.factories import MANAGER

    payments.record_payment(uow, MANAGER, code, "card", _order(session, code).balance)
    orders.set_stage(uow, MANAGER, code, Stage.PREPARING)  # paid and being prepared


@pytest.mark.rule("R25")
@pytest.mark.rule("R26")
def test_a_partial_cancel_proposes_its_refund_and_gives_it_in_one_step(
    qtbot, open_detail, uow, catalog, session
):
    """Issue 13: 1 of 3 units cancelled with its refund in one dialog, one confirmation; the
    cashier never retypes the amount on another tab."""
    code = place(uow, {"MUG-WHT": 3}, stage=Stage.RECEIVED)
    _paid(uow, session, code)
    dialog = open_detail(code)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    panel = dialog.claims
    unit = dialog.snapshot.lines[0].total // 3
    qtbot.keyClick(
        dialog,
        Qt.Key.Key_X,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert QApplication.focusWidget() is panel.spins[dialog.snapshot.lines[0].id]
    qtbot.keyClicks(QApplication.focusWidget(), "1")
    qtbot.waitUntil(lambda: panel.refund.items_edit.text() == f"{unit:,}", timeout=5000)
    assert panel.refund.isChecked() and panel.refund.method_combo.currentData() == "card"
    assert f"{unit:,}" in panel.refund.total_label.text()
    type_into(qtbot, panel.reason_edit, "customer wants two")
    qtbot.keyClick(panel.reason_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.confirm_box is not None and panel.confirm_box.isVisible())
    assert f"{unit:,}" in panel.confirm_box.text()
    qtbot.keyClick(panel.confirm_box, Qt.Key.Key_Return)  # Yes is the default
    settle(qtbot, dialog)
    order = _order(session, code)
    assert order.lines[0].cancelled_quantity == 1
    [refund] = order.refunds
    assert (refund.amount, refund.method, refund.claim_id) == (unit, "card", order.claims[0].id)
    assert order.balance == 0
    assert panel.refund.isHidden()  # nothing chosen any more


@pytest.mark.rule("R25")
def test_the_last_units_cancelled_bring_the_shipping_back_too(
    qtbot, open_detail, uow, catalog, session
):
    code = place(uow, {"MUG-WHT": 1}, stage=Stage.RECEIVED, shipping_fee=3000)
    _paid(uow, session, code)
    dialog = open_detail(code)
    panel = dialog.claims
    _choose(qtbot, panel, "cancel", dialog.snapshot.lines[0].id, 1, "changed my mind")
    qtbot.waitUntil(lambda: panel.refund.shipping_edit.text() == "3,000", timeout=5000)
    assert panel.refund.items_edit.text() == f"{dialog.snapshot.lines[0].total:,}"


@pytest.mark.rule("R48")
def test_more_back_than_the_goods_were_worth_asks_a_manager(
    qtbot, open_detail, uow, catalog, session
):
    from backoffice.ui.approval import ApprovalDialog

    code = place(uow, {"MUG-WHT": 3}, stage=Stage.RECEIVED)
    _paid(uow, session, code)
    dialog = open_detail(code)
    panel = dialog.claims
    _choose(qtbot, panel, "cancel", dialog.snapshot.lines[0].id, 1, "damaged in the shop")
    qtbot.waitUntil(lambda: bool(panel.refund.items_edit.text()), timeout=5000)
    type_into(qtbot, panel.refund.items_edit, "50,000")
    click(qtbot, panel.open_button)
    qtbot.waitUntil(lambda: panel.confirm_box is not None and panel.confirm_box.isVisible())
    panel.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, ApprovalDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        ),
        timeout=5000,
    )
    assert _order(session, code).lines[0].cancelled_quantity == 0  # nothing until approved
    # Closed once it has read its managers: its own read must not land on a deleted dialog.
    qtbot.waitUntil(lambda: dialog.worker.idle, timeout=5000)
    for w in QApplication.topLevelWidgets():
        if isinstance(w, ApprovalDialog):
            w.close()


@pytest.mark.rule("R25")
@pytest.mark.rule("R27")
def test_completing_a_return_gives_its_proposed_refund(qtbot, open_detail, uow, catalog, session):
    from backoffice.services.orders import changes as orders
    from backoffice.services.payments import requests as payments
    from tests.factories import MANAGER

    code = place(uow, {"TEE-BLK-M": 2}, stage=Stage.RECEIVED)
    payments.record_payment(uow, MANAGER, code, "card", _order(session, code).balance)
    orders.set_stage(uow, MANAGER, code, Stage.DELIVERED)
    dialog = open_detail(code)
    panel = dialog.claims
    line = dialog.snapshot.lines[0]
    _choose(qtbot, panel, "return", line.id, 1, "too small")
    click(qtbot, panel.open_button)
    settle(qtbot, dialog)
    panel.table.selectRow(0)
    click(qtbot, panel.approve_button)
    settle(qtbot, dialog)
    panel.table.selectRow(0)  # the approved return: its refund is proposed beside it
    unit = line.total // 2
    qtbot.waitUntil(lambda: panel.refund.items_edit.text() == f"{unit:,}", timeout=5000)
    assert panel.refund.isVisible() and panel.refund.isChecked()
    click(qtbot, panel.complete_button)
    settle(qtbot, dialog)
    order = _order(session, code)
    assert order.claims[0].state == "completed"
    [refund] = order.refunds
    assert (refund.amount, refund.claim_id) == (unit, order.claims[0].id)
