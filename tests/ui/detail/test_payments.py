"""Payments through the dialog (R22–R25): a payment request created, withdrawn, another paid, with
the balance right each time; the link copied; a partial refund with a shipping portion."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from backoffice.domain.stages import Stage
from backoffice.services.payments import requests as payments
from tests.factories import CASHIER, MANAGER, place
from tests.ui.detail.conftest import click, settle, type_into
from tests.ui.detail.test_items import _order


@pytest.mark.rule("R22")
@pytest.mark.rule("R24")
def test_request_withdraw_then_another_paid(qtbot, open_detail, uow, catalog, session):
    code = place(uow, stage=Stage.PENDING_PAYMENT)  # 38,000 + 12,000 + 3,000 shipping
    dialog = open_detail(code)
    panel = dialog.payments
    assert panel.amounts["balance"].text() == "53,000원"
    type_into(qtbot, panel.request_amount, "20000")
    click(qtbot, panel.request_button)
    settle(qtbot, dialog)
    order = _order(session, code)
    (request,) = order.payment_requests
    assert (request.amount, request.state) == (20000, "requested")
    assert QApplication.clipboard().text() == request.link
    assert order.balance == 53000 and panel.amounts["balance"].text() == "53,000원"

    panel.request_table.selectRow(0)
    click(qtbot, panel.withdraw_button)
    settle(qtbot, dialog)
    order = _order(session, code)
    assert order.payment_requests[0].state == "withdrawn"
    assert order.balance == 53000

    click(qtbot, panel.request_button)  # empty amount: the balance
    settle(qtbot, dialog)
    order = _order(session, code)
    assert [r.amount for r in order.payment_requests] == [20000, 53000]
    QApplication.clipboard().clear()
    panel.request_table.selectRow(1)
    click(qtbot, dialog.actions_bar.copy_link_button)
    assert QApplication.clipboard().text() == order.payment_requests[1].link
    panel.paid_method.setCurrentIndex(panel.paid_method.findData("card"))
    type_into(qtbot, panel.pg_edit, "T2026112100001")
    type_into(qtbot, panel.issuer_edit, "KB국민")
    type_into(qtbot, panel.card_edit, "9410-1234-5678-1234")
    panel.months_spin.setValue(3)
    click(qtbot, panel.mark_paid_button)
    settle(qtbot, dialog)
    order = _order(session, code)
    assert order.payment_requests[1].state == "paid"
    assert (order.paid, order.balance, order.stage) == (53000, 0, "received")
    assert panel.amounts["balance"].text() == "0원"
    row = panel.payment_rows()[0]
    assert (row.card_masked, row.installment_months) == ("941012******1234", 3)
    assert panel.payment_model.index(0, 5).data() == "941012******1234"
    assert not panel.request_button.isEnabled()
    assert "Nothing is owed" in panel.request_button.toolTip()


@pytest.mark.rule("R25")
def test_a_partial_refund_with_a_shipping_portion(qtbot, open_detail, uow, catalog, session):
    code = place(uow, stage=Stage.RECEIVED)
    payments.record_payment(uow, CASHIER, code, "card", 53000)
    dialog = open_detail(code, actor=MANAGER)  # refunds need a manager (R48)
    box = dialog.payments.refund_box
    type_into(qtbot, box.items_edit, "12000")
    type_into(qtbot, box.shipping_edit, "3000")
    box.method_combo.setCurrentIndex(box.method_combo.findData("card"))
    type_into(qtbot, box.reason_edit, "mug arrived chipped")
    click(qtbot, box.refund_button)
    settle(qtbot, dialog)
    order = _order(session, code)
    (refund,) = order.refunds
    assert (refund.items_amount, refund.shipping_amount, refund.amount) == (12000, 3000, 15000)
    assert order.refunded == 15000
    assert dialog.payments.amounts["refunded"].text() == "15,000원"
    # more shipping than was charged is refused in place, and the form keeps what was typed
    type_into(qtbot, box.shipping_edit, "1")
    click(qtbot, box.refund_button)
    settle(qtbot, dialog)
    assert dialog.message_bar.rule == "R25"
    assert "(R" not in dialog.message_bar.text()
    assert box.shipping_edit.text() == "1"
    assert len(_order(session, code).refunds) == 1


@pytest.mark.rule("R22")
def test_a_web_order_waits_for_the_shops_page(
    qtbot, open_detail, uow, catalog, session, monkeypatch
):
    """An amount the shop order does not ask for gets a shop page of its own at the next sync:
    nothing to copy yet, and the cashier is told so (issue 14)."""
    from backoffice.services.sync.shops import add_shop

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("BACKOFFICE_SHOP_WOO_SECRET", "cs_x")
    shop = add_shop(uow, "woocommerce", "woo", "https://shop.example", "ck_x", "", actor=MANAGER)
    code = place(
        uow, stage=Stage.PENDING_PAYMENT, shop_id=shop.id, shop_order_id="501",
        shop_order_number="501",
    )  # fmt: skip
    dialog = open_detail(code)
    panel = dialog.payments
    QApplication.clipboard().setText("before")
    type_into(qtbot, panel.request_amount, "20000")
    click(qtbot, panel.request_button)
    settle(qtbot, dialog)
    (request,) = _order(session, code).payment_requests
    assert (request.amount, request.link) == (20000, "")
    assert "next sync" in dialog.message_bar.text()
    assert QApplication.clipboard().text() == "before"
    link_column = panel.request_model.columnCount() - 1
    assert panel.request_model.index(0, link_column).data() == "waiting for the web shop's page"
