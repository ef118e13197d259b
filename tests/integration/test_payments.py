"""Payment requests, payments, refunds and the payment panel over a real migrated SQLite file
(R22–R25)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text

from backoffice.db.models import Customer, Payment, PaymentRequest, Refund, Shop
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.payments import requests as payments
from backoffice.services.staff.actor import WEB_SHOP
from tests.factories import CASHIER, MANAGER
from tests.integration.builders_money import (
    add_customer,
    count,
    order_of,
    outbox_kinds,
    place_order,
    unchanged,
)

TEE, MUG = "TEE-BLK-M", "MUG-WHT"


@pytest.mark.rule("R22")
def test_request_withdraw_then_pay_keeps_balance_right(uow, session, engine, catalog):
    code = place_order(uow, CASHIER, {TEE: 2}, stage=Stage.PENDING_PAYMENT)  # 38,000 + 3,000
    assert order_of(session, code).balance == 41000

    first = payments.request_payment(uow, CASHIER, code, note="계좌이체 대신 카드로")
    assert first.amount == 41000 and first.state == "requested"
    assert re.fullmatch(rf"https://pay\.backoffice\.local/pay/{re.escape(first.token)}", first.link)
    assert order_of(session, code).balance == 41000  # asking is not paying
    assert outbox_kinds(session, code).count("payment_request") == 1

    with unchanged(engine, "R22"):  # the whole balance is already asked for
        payments.request_payment(uow, CASHIER, code, 1000)

    payments.withdraw_payment_request(uow, CASHIER, code, first.id)
    assert session.get(PaymentRequest, first.id).state == "withdrawn"
    assert order_of(session, code).balance == 41000
    with unchanged(engine, "R22"):
        payments.withdraw_payment_request(uow, CASHIER, code, first.id)

    second = payments.request_payment(uow, CASHIER, code)
    assert second.token != first.token
    payments.mark_request_paid(
        uow, CASHIER, code, second.id, "card", pg_transaction="T2026-0001", card_issuer="신한카드"
    )
    session.expire_all()
    request = session.get(PaymentRequest, second.id)
    assert request.state == "paid" and request.resolved_at is not None
    order = order_of(session, code)
    assert (order.paid, order.balance, order.payment_status) == (41000, 0, "paid")
    assert order.stage == Stage.RECEIVED  # the original order is paid: no longer pending
    assert [p.request_id for p in order.payments] == [second.id]
    assert (
        outbox_kinds(session, code).count("payment_request") == 4
    )  # asked, withdrawn, asked, paid

    with unchanged(engine, "R22"):  # nothing left to ask for
        payments.request_payment(uow, CASHIER, code)
    with unchanged(engine, "R22"):
        payments.mark_request_paid(uow, CASHIER, code, second.id, "card")


@pytest.mark.rule("R22")
def test_link_uses_the_shop_address_and_extra_amount(uow, session, session_factory, catalog):
    with session_factory() as s:
        shop = Shop(name="우리가게", kind="woocommerce", base_url="https://shop.example.kr/")
        s.add(shop)
        s.commit()
        shop_id = shop.id
    code = place_order(uow, CASHIER, {TEE: 1}, shop_id=shop_id, stage=Stage.PREPARING)
    info = payments.request_payment(uow, CASHIER, code, 5000, note="추가 상품")
    assert info.link == f"https://shop.example.kr/pay/{info.token}"
    assert info.amount == 5000
    payments.mark_request_paid(uow, CASHIER, code, info.id, "bank_transfer")
    order = order_of(session, code)
    assert order.stage == Stage.PREPARING  # a later payment moves no stage
    assert order.balance == 22000 - 5000


@pytest.mark.rule("R23")
def test_original_order_payment_only_while_pending_or_received(uow, session, engine, catalog):
    code = place_order(uow, CASHIER, {TEE: 2}, stage=Stage.PENDING_PAYMENT)
    payments.record_payment(uow, CASHIER, code, "bank_transfer", 20000)
    order = order_of(session, code)
    assert (order.stage, order.paid, order.balance) == (Stage.PENDING_PAYMENT, 20000, 21000)
    with unchanged(engine, "R19"):  # more than is owed
        payments.record_payment(uow, CASHIER, code, "bank_transfer", 21001)
    payments.record_payment(uow, CASHIER, code, "bank_transfer", 21000)
    order = order_of(session, code)
    assert (order.stage, order.balance, order.payment_status) == (Stage.RECEIVED, 0, "paid")
    assert "stage" in outbox_kinds(session, code)  # the shop hears the order is now paid

    later = place_order(uow, CASHIER, {TEE: 1}, stage=Stage.RECEIVED)
    orders.set_stage(uow, CASHIER, later, Stage.PREPARING, confirm_unpaid=True)
    with unchanged(engine, "R23"):
        payments.record_payment(uow, CASHIER, later, "cash", 22000)
    # Money still owed after preparing goes through a payment request instead.
    info = payments.request_payment(uow, CASHIER, later)
    payments.mark_request_paid(uow, CASHIER, later, info.id, "cash")
    assert order_of(session, later).balance == 0


@pytest.mark.rule("R23")
@pytest.mark.rule("R43")
def test_a_payment_the_shop_reports_is_kept_whatever_the_stage(uow, session, catalog):
    code = place_order(uow, CASHIER, {TEE: 1}, stage=Stage.PREPARING)
    payments.record_payment(uow, WEB_SHOP, code, "naver_pay", 25000, pg_transaction="NP-1")
    order = order_of(session, code)
    assert (order.paid, order.balance, order.payment_status) == (25000, -3000, "refund_due")
    assert "stage" not in outbox_kinds(session, code)  # never echoed back to the shop


@pytest.mark.rule("R24")
def test_card_numbers_are_masked_on_the_way_in(uow, session, engine, catalog):
    assert payments.mask_card("1234567812345678") == "123456******5678"
    assert payments.mask_card("1234-5678-1234-5678") == "123456******5678"
    assert payments.mask_card("123456******5678") == "123456******5678"
    assert payments.mask_card("4111 1111 1111 1111 123") == "411111*********1123"
    assert payments.mask_card("****5678") == "****5678"
    assert payments.mask_card("12345678") == "****5678"  # too short to show a head
    assert payments.mask_card("") == ""

    code = place_order(uow, CASHIER, {TEE: 1}, stage=Stage.RECEIVED)
    payments.record_payment(
        uow, CASHIER, code, "card", 22000, card_number="9410-6112-3456-7890", card_issuer="국민"
    )
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT card_masked FROM payments")).scalars().all()
    assert stored == ["941061******7890"]
    digits = re.sub(r"\D", "", stored[0])
    assert len(digits) <= 10 and "123456" not in stored[0]


@pytest.mark.rule("R24")
def test_breakdown_shows_every_part_of_the_money(uow, session, session_factory, catalog):
    member = add_customer(session_factory, points=0)
    new = orders.NewOrder(
        channel="web",
        lines=[
            orders.NewLine(sku=TEE, quantity=2, discount_amount=3000),  # 38,000 - 3,000 manual
            orders.NewLine(sku=MUG, quantity=1),  # 12,000
        ],
        buyer_name="최민준",
        customer_id=member,
        is_member=True,
        shipping_fee=3000,
        grade_discount=1000,
        coupon_discount=2000,
        points_used=500,
    )
    code = orders.place_order(uow, CASHIER, new)
    paid_at = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)
    payments.record_payment(
        uow, CASHIER, code, "card", 46500, paid_at, "PG-778899", "현대카드",
        "5409 1234 5678 9012", 3,
    )  # fmt: skip
    payments.refund(uow, MANAGER, code, 12000, method="card", reason="머그 파손")

    panel = payments.payment_breakdown(session, code)
    assert (panel.order_amount, panel.manual_discount, panel.shipping_fee) == (50000, 3000, 3000)
    assert (panel.grade_discount, panel.coupon_discount, panel.points_used) == (1000, 2000, 500)
    assert panel.total == 50000 - 3000 + 3000 - 1000 - 2000 - 500 == 46500
    # R25: a refund without a claim is goodwill; the customer does not owe it back.
    assert (panel.paid, panel.refunded, panel.balance) == (46500, 12000, 0)
    assert panel.amount_due == 46500 - 12000 and panel.payment_status == "paid"
    [p] = panel.payments
    assert (p.method, p.amount, p.paid_at, p.pg_transaction) == (
        "card",
        46500,
        paid_at,
        "PG-778899",
    )
    assert (p.card_issuer, p.card_masked, p.installment_months) == (
        "현대카드",
        "540912******9012",
        3,
    )
    [r] = panel.refunds
    assert (r.amount, r.items_amount, r.reason) == (12000, 12000, "머그 파손")
    assert panel.requests == []


@pytest.mark.rule("R25")
def test_partial_refunds_add_up_and_never_exceed_what_was_paid(uow, session, engine, catalog):
    code = place_order(uow, CASHIER, {TEE: 2, MUG: 1}, stage=Stage.RECEIVED)  # 50,000 + 3,000
    payments.record_payment(uow, CASHIER, code, "card", 53000)

    payments.refund(uow, MANAGER, code, 19000, method="card", reason="티셔츠 1장")
    payments.refund(uow, MANAGER, code, 12000, shipping_amount=3000, method="card", reason="머그")
    order = order_of(session, code)
    assert order.refunded == 19000 + 15000
    assert [r.amount for r in order.refunds] == [19000, 15000]
    assert order.refunds[1].shipping_amount == 3000
    # Refunds without a claim are goodwill: they lower what the order costs, nothing is owed.
    assert order.amount_due == order.total - order.refunded
    assert order.balance == order.amount_due - order.paid + order.refunded == 0
    assert outbox_kinds(session, code).count("refund") == 2

    with unchanged(engine, "R25"):  # shipping was 3,000 and is already back
        payments.refund(uow, MANAGER, code, 0, shipping_amount=1000, method="card")
    with unchanged(engine, "R25"):  # 53,000 paid, 34,000 back: 19,001 is too much
        payments.refund(uow, MANAGER, code, 19001, method="card")
    payments.refund(uow, MANAGER, code, 21000, deduction_amount=2000, method="card", reason="쿠폰")
    order = order_of(session, code)
    assert order.refunds[-1].amount == 19000  # items minus the coupon clawed back
    assert order.refunded == 53000 == order.paid
    with unchanged(engine, "R25"):
        payments.refund(uow, MANAGER, code, 1, method="card")


@pytest.mark.rule("R25")
def test_points_go_back_to_the_member_only(uow, session, engine, session_factory, catalog):
    member = add_customer(session_factory, points=100)
    code = place_order(uow, CASHIER, {TEE: 1}, customer_id=member, is_member=True, points_used=2000)
    payments.record_payment(uow, CASHIER, code, "card", 20000)
    payments.refund(uow, MANAGER, code, 19000, points_returned=1500, method="card")
    session.expire_all()
    assert session.get(Customer, member).points == 100 + 1500
    assert order_of(session, code).refunds[0].points_returned == 1500
    with unchanged(engine, "R25"):  # only 2,000 points were used
        payments.refund(uow, MANAGER, code, 0, points_returned=501)

    guest = place_order(uow, CASHIER, {TEE: 1}, points_used=1000)
    payments.record_payment(uow, CASHIER, guest, "cash", 21000)
    with unchanged(engine, "R25"):
        payments.refund(uow, MANAGER, guest, 1000, points_returned=1000, method="cash")
    assert count(session, Refund, Refund.points_returned > 0) == 1
    assert count(session, Payment) == 2
    assert session.scalar(select(Customer.points).where(Customer.id == member)) == 1600
