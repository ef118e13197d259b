"""Payment links that lead somewhere (issue 14, R22): a request for what a pulled web order still
owes sends the customer to the shop's own pay-for-order page (WooCommerce's `payment_url`), and
when the shop reports the payment, the next pull marks that request paid — one payment, not two."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.db.models import Order, Payment, PaymentRequest
from backoffice.domain.stages import Stage
from backoffice.services.orders import edits
from backoffice.services.orders.changes import NewLine
from backoffice.services.payments import requests as payments
from tests.factories import CASHIER, place
from tests.fakes.woo_server import Fault
from tests.notifications.helpers import switch_on, timeline
from tests.sync_db.builders import local_order
from tests.sync_db.conftest import LATE

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


def _payment_orders(woo, parent: int) -> list[int]:
    """The shop orders made to take a payment for `parent` (meta `_backoffice_payment_for`)."""
    return [
        oid
        for oid, o in woo.shop.orders.items()
        if {m["key"]: m["value"] for m in o["meta"]}.get("_backoffice_payment_for") == str(parent)
    ]


def _told(woo, oid: int, link: str) -> list[str]:
    return [n["note"] for n in woo.shop.notes[oid] if n["customer_note"] and link in n["note"]]


def _extra_amount(uow, session, woo, run) -> tuple[int, Order]:
    """A paid web order to which the counter adds a bag: the customer owes its price."""
    oid = woo.shop.add_order([("MUG-WHT", 1)], status="processing")
    run()
    order = local_order(session, oid)
    assert order.balance == 0
    edits.add_line(uow, CASHIER, order.code, NewLine(quantity=1, sku="BAG-CNV"))
    order = local_order(session, oid)
    assert order.balance > 0
    return oid, order


def test_an_extra_amount_is_paid_on_a_shop_order_of_its_own(uow, woo, run, session):
    switch_on(uow, "shop")  # notices as customer notes in the web shop (R47)
    oid, order = _extra_amount(uow, session, woo, run)
    owed, orders_before = order.balance, session.query(Order).count()
    asked = payments.request_payment(uow, CASHIER, order.code)
    assert asked.link == "" and asked.amount == owed  # the shop makes the page
    assert any("the web shop makes its payment page" in t for t in timeline(session, order.code))

    run()
    (page_order,) = _payment_orders(woo, oid)
    made = woo.shop.order_json(page_order)
    assert made["status"] == "pending" and made["line_items"] == []
    assert [(f["name"], f["total"], f["total_tax"]) for f in made["fee_lines"]] == [
        (f"Additional payment for order #{oid} / 주문 #{oid} 추가 결제", str(owed), "0")
    ]
    assert made["total"] == str(owed)
    session.expire_all()
    request = session.get(PaymentRequest, asked.id)
    assert request.link == made["payment_url"] and request.shop_order_id == str(page_order)
    # The customer hears once, with the page's address, on their own order.
    assert len(_told(woo, oid, made["payment_url"])) == 1
    assert session.query(Order).count() == orders_before  # never taken in as an order

    woo.shop.customer_pays(page_order)
    run()
    run()  # pulled twice: one payment
    order = local_order(session, oid)
    request = session.get(PaymentRequest, asked.id)
    assert request.state == "paid" and order.balance == 0
    paid = session.scalars(select(Payment).where(Payment.order_id == order.id)).all()
    assert sorted(p.amount for p in paid if p.request_id == asked.id) == [owed]
    assert session.query(Order).count() == orders_before
    assert len(_told(woo, oid, made["payment_url"])) == 1


def test_part_of_a_pending_order_gets_a_page_of_its_own(uow, woo, run, session):
    oid = woo.shop.add_order([("MUG-WHT", 2)], status="pending")
    run()
    order = local_order(session, oid)
    part = payments.request_payment(uow, CASHIER, order.code, amount=order.balance // 2)
    run()
    (page_order,) = _payment_orders(woo, oid)
    session.expire_all()
    link = session.get(PaymentRequest, part.id).link
    assert link == woo.shop.order_json(page_order)["payment_url"] != order.shop_payment_url


def test_a_withdrawn_request_closes_its_page_in_the_shop(uow, woo, run, session):
    oid, order = _extra_amount(uow, session, woo, run)
    asked = payments.request_payment(uow, CASHIER, order.code)
    run()
    (page_order,) = _payment_orders(woo, oid)
    payments.withdraw_payment_request(uow, CASHIER, order.code, asked.id)
    run()
    assert woo.shop.orders[page_order]["status"] == "cancelled"
    run()
    session.expire_all()
    assert session.get(PaymentRequest, asked.id).state == "withdrawn"
    assert local_order(session, oid).paid == order.paid  # nothing paid, nothing imported


def test_withdrawn_before_the_shop_heard_the_page_is_made_then_closed(uow, woo, run, session):
    switch_on(uow, "shop")
    oid, order = _extra_amount(uow, session, woo, run)
    asked = payments.request_payment(uow, CASHIER, order.code)
    payments.withdraw_payment_request(uow, CASHIER, order.code, asked.id)
    run()
    (page_order,) = _payment_orders(woo, oid)
    assert woo.shop.orders[page_order]["status"] == "cancelled"
    assert [n for n in woo.shop.notes[oid] if n["customer_note"]] == []  # nobody sent there


def test_the_page_is_made_once_when_the_answer_is_lost(uow, woo, run, session):
    switch_on(uow, "shop")
    oid, order = _extra_amount(uow, session, woo, run)
    asked = payments.request_payment(uow, CASHIER, order.code)
    woo.inject("POST /orders", Fault.timeout_after_write(LATE))  # made, but we never hear so
    run.until_quiet()
    (page_order,) = _payment_orders(woo, oid)
    session.expire_all()
    link = session.get(PaymentRequest, asked.id).link
    assert link == woo.shop.order_json(page_order)["payment_url"]
    assert len(_told(woo, oid, link)) == 1


def test_paid_in_the_shop_after_the_withdrawal_the_money_is_kept(uow, woo, run, session):
    oid, order = _extra_amount(uow, session, woo, run)
    asked = payments.request_payment(uow, CASHIER, order.code)
    run()
    (page_order,) = _payment_orders(woo, oid)
    woo.shop.customer_pays(page_order)  # before the withdrawal reaches the shop
    payments.withdraw_payment_request(uow, CASHIER, order.code, asked.id)
    run()
    run()
    assert woo.shop.orders[page_order]["status"] == "processing"  # not cancelled: it was paid
    order = local_order(session, oid)
    assert order.balance == 0  # R43: the customer's payment stands


def test_a_request_on_an_order_made_here_keeps_our_own_link(uow, session, catalog):
    code = place(uow, stage=Stage.PENDING_PAYMENT, channel="phone")
    asked = payments.request_payment(uow, CASHIER, code)
    assert asked.link.endswith(f"/pay/{asked.token}")


def test_from_the_command_line_the_link_comes_with_the_next_sync(uow, woo, run, session, db_url):
    from tests.sync_db.clihelp import cli

    oid, order = _extra_amount(uow, session, woo, run)
    asked = cli(db_url, "payments", "request", order.code)
    assert asked.returncode == 0, asked.stderr
    assert "the web shop makes its page at the next sync" in asked.stdout
    run()
    (page_order,) = _payment_orders(woo, oid)
    listed = cli(db_url, "payments", "list", order.code)
    assert woo.shop.order_json(page_order)["payment_url"] in listed.stdout
