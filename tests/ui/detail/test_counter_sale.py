"""A counter sale (R30) driven like a queue at the till: two SKUs scanned (one twice), paid in cash
with F12; a member found by phone and a payment request sent instead."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from backoffice.db.models import Customer, Order
from backoffice.ui.counter_sale import CounterSaleDialog
from tests.factories import CASHIER
from tests.ui.detail.test_items import _stock


@pytest.fixture
def sale(qtbot, ctx, worker):
    dialog = CounterSaleDialog(worker, CASHIER)
    dialog.show()
    yield dialog
    qtbot.waitUntil(lambda: worker.idle, timeout=5000)
    dialog.close()
    dialog.deleteLater()


def scan(qtbot, dialog, sku: str) -> None:
    """What a barcode scanner does: the SKU's keys, then Enter."""
    qtbot.keyClicks(dialog.scan_edit, sku)
    qtbot.keyClick(dialog.scan_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.scan_edit.text() == "")


def _order(session, code):
    session.expire_all()
    return session.scalar(select(Order).where(Order.code == code))


@pytest.mark.rule("R30")
def test_two_scanned_skus_paid_in_cash(qtbot, sale, catalog, session):
    scan(qtbot, sale, "TEE-BLK-M")
    scan(qtbot, sale, "mug-wht")  # scanners differ in case
    scan(qtbot, sale, "TEE-BLK-M")
    assert [(c.variant.sku, c.quantity) for c in sale.cart] == [("TEE-BLK-M", 2), ("MUG-WHT", 1)]
    assert sale.total_label.text() == "50,000원"
    with qtbot.waitSignal(sale.created) as created:
        qtbot.keyClick(sale.scan_edit, Qt.Key.Key_F12)
    result = created.args[0]
    order = _order(session, result.code)
    assert (order.channel, order.stage, order.total, order.paid) == (
        "counter",
        "delivered",
        50000,
        50000,
    )
    assert order.payments[0].method == "cash"
    assert sorted((ln.sku, ln.quantity) for ln in order.lines) == [("MUG-WHT", 1), ("TEE-BLK-M", 2)]
    assert _stock(session, catalog.ids["TEE-BLK-M"]) == catalog.initial["TEE-BLK-M"] - 2
    # ready for the next customer
    assert sale.cart == [] and sale.scan_edit.hasFocus()
    assert result.code in sale.done_label.text()


@pytest.mark.rule("R3")
@pytest.mark.rule("R22")
def test_a_member_by_phone_and_a_payment_request(qtbot, sale, catalog, session):
    with session.begin():
        session.add(Customer(name="정하늘", phone="010-4444-9999", is_member=True))
    qtbot.keyClicks(sale.scan_edit, "BAG")  # part of a SKU: a choice, not an add
    qtbot.keyClick(sale.scan_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sale.results.count() == 1)
    assert sale.cart == []
    sale.add_button.click()
    qtbot.keyClicks(sale.member_edit, "9999")
    qtbot.keyClick(sale.member_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sale.member_combo.count() == 2)
    sale.request_radio.setChecked(True)
    with qtbot.waitSignal(sale.created) as created:
        qtbot.keyClick(sale.scan_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    result = created.args[0]
    order = _order(session, result.code)
    assert order.is_member and order.buyer_name == "정하늘"
    assert order.stage == "pending_payment" and order.paid == 0
    assert order.payment_requests[0].amount == 25000
    assert QApplication.clipboard().text() == order.payment_requests[0].link


def test_a_refusal_keeps_the_cart(qtbot, sale, catalog, session):
    for _ in range(11):  # ten bags are in stock
        scan(qtbot, sale, "BAG-CNV")
    qtbot.keyClick(sale.scan_edit, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: not sale.busy)
    assert sale.message_bar.rule == "R14"
    assert "(R" not in sale.message_bar.text()
    assert sale.cart[0].quantity == 11


def test_the_cart_model_passes_qtmodeltester(qtbot, qtmodeltester, sale, catalog):
    scan(qtbot, sale, "MUG-WHT")
    qtmodeltester.check(sale.model, force_py=True)
