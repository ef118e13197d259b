"""Payment links that lead somewhere (issue 14, R22): a request for what a pulled web order still
owes sends the customer to the shop's own pay-for-order page (WooCommerce's `payment_url`), and
when the shop reports the payment, the next pull marks that request paid — one payment, not two."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.db.models import Payment, PaymentRequest
from backoffice.services.payments import requests as payments
from tests.factories import CASHIER
from tests.sync_db.builders import local_order

pytestmark = pytest.mark.rule("R22")


def test_a_request_on_a_pulled_order_uses_the_shops_payment_page(uow, woo, run, session):
    oid = woo.shop.add_order([("MUG-WHT", 2)], status="pending")
    run()
    order = local_order(session, oid)
    assert order.stage == "pending_payment"
    page = f"https://shop.example/checkout/order-pay/{oid}/?pay_for_order=true&key=wc_order_{oid}"
    assert order.shop_payment_url == page
    asked = payments.request_payment(uow, CASHIER, order.code)
    assert asked.link == page and asked.amount == order.balance

    woo.shop.customer_pays(oid)  # on that page, through the shop's gateway
    run()
    order = local_order(session, oid)
    request = session.get(PaymentRequest, asked.id)
    assert request.state == "paid"
    assert order.stage == "received" and order.balance == 0
    paid = session.scalars(select(Payment).where(Payment.order_id == order.id)).all()
    assert [(p.amount, p.request_id) for p in paid] == [(asked.amount, asked.id)]
    run()  # pulled again: nothing doubles
    assert len(session.scalars(select(Payment).where(Payment.order_id == order.id)).all()) == 1


def test_a_part_or_an_order_made_here_keeps_our_own_link(uow, woo, run, session):
    oid = woo.shop.add_order([("MUG-WHT", 2)], status="pending")
    run()
    order = local_order(session, oid)
    part = payments.request_payment(uow, CASHIER, order.code, amount=order.balance // 2)
    assert "order-pay" not in part.link  # the shop's page asks for the whole order
