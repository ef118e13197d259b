"""Orders made at the counter or by phone, for members and guests, over a real migrated SQLite
file (R3, R14, R22, R30)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from backoffice.db.models import OutboxEntry, Payment, Variant
from backoffice.domain.stages import Fulfilment, Stage
from backoffice.services.orders import changes as orders
from backoffice.services.orders import counter
from backoffice.services.orders.changes import NewAddress, NewLine
from backoffice.services.orders.counter import CounterPayment
from tests.factories import CASHIER
from tests.integration.builders_money import (
    add_customer,
    assert_conserved,
    order_of,
    outbox_kinds,
    place_order,
    stock_of,
    unchanged,
)

TEE, MUG, BAG = "TEE-BLK-M", "MUG-WHT", "BAG-CNV"
HOME = NewAddress("정하늘", "010-5555-0101", "48058", "부산광역시 해운대구 센텀중앙로 79")


@pytest.mark.rule("R30")
@pytest.mark.rule("R14")
def test_walk_in_cash_sale_of_two_skus_is_delivered_at_once(uow, session, catalog):
    result = counter.create_counter_order(
        uow,
        CASHIER,
        [NewLine(sku=TEE, quantity=2), NewLine(sku=MUG, quantity=1)],
        payment=CounterPayment("cash"),
    )
    assert (result.stage, result.total, result.balance) == (Stage.DELIVERED, 50000, 0)
    order = order_of(session, result.code)
    assert (order.channel, order.fulfilment, order.stage) == ("counter", "pickup", "delivered")
    assert order.delivered_at is not None and order.payment_status == "paid"
    assert [(p.method, p.amount) for p in order.payments] == [("cash", 50000)]
    assert all(s.stage == "delivered" for s in order.shipments)
    assert stock_of(session, TEE) == catalog.initial[TEE] - 2
    assert stock_of(session, MUG) == catalog.initial[MUG] - 1

    created = session.scalars(
        select(OutboxEntry).where(
            OutboxEntry.order_code == result.code, OutboxEntry.kind == "order_created"
        )
    ).all()
    assert len(created) == 1  # pushed once on the next sync, never twice
    assert created[0].idempotency_key and created[0].state == "pending"
    assert [ln["sku"] for ln in created[0].payload["order"]["lines"]] == [TEE, MUG]
    assert outbox_kinds(session, result.code).count("order_created") == 1
    assert_conserved(session, catalog.initial)


@pytest.mark.rule("R30")
@pytest.mark.rule("R14")
def test_sold_out_quantities_are_refused(uow, session, engine, catalog):
    with session.begin():
        session.get(Variant, catalog.ids[BAG]).stock = 1
    with unchanged(engine, "R14"):
        counter.create_counter_order(
            uow, CASHIER, [NewLine(sku=BAG, quantity=1), NewLine(sku=BAG, quantity=1)]
        )


@pytest.mark.rule("R30")
@pytest.mark.rule("R22")
def test_phone_order_asks_for_payment_and_free_lines(uow, session, session_factory, catalog):
    member = add_customer(session_factory, "정하늘", "010-5555-0101")
    result = counter.create_counter_order(
        uow,
        CASHIER,
        [NewLine(sku=TEE, quantity=1), NewLine(quantity=1, name="선물 포장", unit_price=2000)],
        customer_id=member,
        channel="phone",
        fulfilment=Fulfilment.DELIVERY,
        address=HOME,
        shipping_fee=3000,
        request_payment=True,
    )
    assert result.stage == Stage.PENDING_PAYMENT
    assert result.request is not None and result.request.amount == 24000
    assert result.request.link.endswith(f"/pay/{result.request.token}")
    order = order_of(session, result.code)
    assert [ln.kind for ln in order.lines] == ["item", "free"]
    assert order.addresses[0].address1.startswith("부산광역시")
    assert outbox_kinds(session, result.code).count("order_created") == 1


@pytest.mark.rule("R30")
@pytest.mark.rule("R24")
def test_card_at_the_counter_is_stored_masked(uow, session, catalog):
    result = counter.create_counter_order(
        uow,
        CASHIER,
        [NewLine(sku=MUG, quantity=1)],
        guest_name="Alex Kim",
        payment=CounterPayment("card", card_number="4518 4412 3456 7788", card_issuer="BC"),
    )
    assert result.stage == Stage.DELIVERED
    stored = session.scalar(select(Payment.card_masked))
    assert stored == "451844******7788"


@pytest.mark.rule("R3")
def test_member_and_guest_orders_and_member_search(uow, session, engine, catalog):
    member_id = counter.create_customer(uow, CASHIER, "최민준", "010-9876-5432", "mj@example.kr")
    with unchanged(engine, "R3"):  # one member per phone number
        counter.create_customer(uow, CASHIER, "최민준2", "01098765432")

    found = counter.find_customers(session, "98765")
    assert [(c.id, c.is_member) for c in found] == [(member_id, True)]
    assert [c.id for c in counter.find_customers(session, "민준")] == [member_id]
    assert counter.find_customers(session, "없는사람") == []

    member = counter.create_counter_order(
        uow, CASHIER, [NewLine(sku=TEE, quantity=1)], customer_id=member_id
    )
    guest = counter.create_counter_order(
        uow, CASHIER, [NewLine(sku=TEE, quantity=1)], guest_name="손님", guest_phone="010-2222-3333"
    )
    m, g = order_of(session, member.code), order_of(session, guest.code)
    assert (m.is_member, m.customer_id, m.buyer_name, m.buyer_phone) == (
        True,
        member_id,
        "최민준",
        "010-9876-5432",
    )
    assert (g.is_member, g.customer_id, g.buyer_name) == (False, None, "손님")
    assert m.stage == g.stage == Stage.RECEIVED  # unpaid pickup: paid when collected


@pytest.mark.rule("R30")
@pytest.mark.rule("R10")
def test_replacement_for_an_expired_order(uow, session, engine, catalog):
    old = place_order(uow, CASHIER, {TEE: 2}, stage=Stage.PENDING_PAYMENT)
    with unchanged(engine, "R30"):  # still alive: it must lapse or be cancelled first
        counter.create_counter_order(uow, CASHIER, [], replaces_code=old)
    orders.cancel(uow, CASHIER, old, "payment_expired")
    assert stock_of(session, TEE) == catalog.initial[TEE]

    new = counter.create_counter_order(
        uow, CASHIER, [], replaces_code=old, fulfilment=Fulfilment.DELIVERY, request_payment=True
    )
    order = order_of(session, new.code)
    assert [(ln.sku, ln.quantity) for ln in order.lines] == [(TEE, 2)]
    assert order.buyer_name == "이서연" and order.addresses[0].address1.startswith("서울")
    assert order.stage == Stage.PENDING_PAYMENT and new.request is not None
    assert stock_of(session, TEE) == catalog.initial[TEE] - 2
    assert order_of(session, old).stage == Stage.CANCELLED
    assert_conserved(session, catalog.initial)


@pytest.mark.rule("R30")
def test_cash_received_and_a_cash_receipt_are_kept_with_the_payment(uow, session, catalog):
    payment = CounterPayment(
        "cash", tendered=60_000, cash_receipt_kind="expense", cash_receipt_number="123-45-67890"
    )
    result = counter.create_counter_order(
        uow, CASHIER, [NewLine(sku=TEE, quantity=2)], payment=payment
    )
    paid = order_of(session, result.code).payments[0]
    assert (paid.amount, paid.tendered) == (result.total, 60_000)
    assert (paid.cash_receipt_kind, paid.cash_receipt_number) == ("expense", "1234567890")


@pytest.mark.rule("R30")
@pytest.mark.parametrize(
    ("payment", "says"),
    [
        (CounterPayment("cash", tendered=1_000), "less than"),
        (CounterPayment("card", tendered=60_000), "Only cash"),
        (
            CounterPayment("card", cash_receipt_kind="income", cash_receipt_number="01012345678"),
            "cash payments only",
        ),
        (
            CounterPayment("cash", cash_receipt_kind="income", cash_receipt_number="02-123-4567"),
            "mobile phone",
        ),
        (
            CounterPayment("cash", cash_receipt_kind="expense", cash_receipt_number="12345"),
            "business number",
        ),
    ],
)
def test_wrong_cash_details_are_refused_and_nothing_is_sold(uow, session, catalog, payment, says):
    from backoffice.db.models import Order
    from backoffice.domain.errors import DomainError

    with pytest.raises(DomainError, match=says):
        counter.create_counter_order(uow, CASHIER, [NewLine(sku=TEE, quantity=1)], payment=payment)
    assert session.scalar(select(func.count()).select_from(Order)) == 0
    assert stock_of(session, TEE) == catalog.initial[TEE]
