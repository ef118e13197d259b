"""Claims on quantities: cancel, return, exchange and the customer's cancel requests, over a real
migrated SQLite file (R12, R14, R15, R26, R27)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.db.models import (
    Claim,
    Message,
    OutboxEntry,
    Refund,
    Shipment,
    ShipmentLine,
    Variant,
)
from backoffice.domain.stages import Stage
from backoffice.services.claims import changes as claims
from backoffice.services.claims.changes import Pickup
from backoffice.services.orders import changes as orders
from backoffice.services.payments import requests as payments
from backoffice.services.payments.requests import RefundSpec
from tests.factories import CASHIER, MANAGER
from tests.integration.builders_money import (
    assert_conserved,
    line_id,
    order_of,
    outbox_kinds,
    place_order,
    stock_of,
    unchanged,
)

TEE, TEE_L, MUG, BAG = "TEE-BLK-M", "TEE-BLK-L", "MUG-WHT", "BAG-CNV"
PICKUP = Pickup("이서연", "010-1234-5678", "서울특별시 강남구 테헤란로 152 12층", "CJ대한통운")


def shipped(uow, items: dict[str, int]) -> str:
    code = place_order(uow, CASHIER, items, stage=Stage.PREPARING)
    orders.set_stage(uow, CASHIER, code, Stage.SHIPPED, carrier="CJ대한통운", tracking="6000123")
    return code


@pytest.mark.rule("R26")
@pytest.mark.rule("R14")
def test_cancel_one_of_three_returns_it_to_stock(uow, session, engine, catalog):
    code = place_order(uow, CASHIER, {TEE: 3, MUG: 1}, stage=Stage.PREPARING)
    payments.request_payment(uow, CASHIER, code)  # 69,000 asked: paid below via the link
    request = order_of(session, code).payment_requests[0]
    payments.mark_request_paid(uow, CASHIER, code, request.id, "card")
    tee = line_id(session, code, TEE)

    claim_id = claims.cancel_quantities(
        uow,
        CASHIER,
        code,
        {tee: 1},
        "사이즈 품절 안내 후 고객 요청",
        refund=RefundSpec(method="card"),
    )
    order = order_of(session, code)
    line = next(ln for ln in order.lines if ln.id == tee)
    assert (line.quantity, line.cancelled_quantity, line.active_quantity) == (3, 1, 2)
    assert [i.quantity for i in order.shipments[0].items if i.line_id == tee] == [2]
    assert stock_of(session, TEE) == catalog.initial[TEE] - 2
    claim = session.get(Claim, claim_id)
    assert (claim.kind, claim.state, claim.refund_amount) == ("cancel", "completed", 19000)
    [refund] = order.refunds
    assert (refund.claim_id, refund.amount) == (claim_id, 19000)
    assert order.stage == Stage.PREPARING and order.balance == 0
    assert_conserved(session, catalog.initial)

    with unchanged(engine, "R26"):  # only 2 left
        claims.cancel_quantities(uow, CASHIER, code, {tee: 3}, "전부 취소")
    mug = line_id(session, code, MUG)
    claims.cancel_quantities(uow, CASHIER, code, {tee: 2, mug: 1}, "고객 변심")
    order = order_of(session, code)
    assert order.stage == Stage.CANCELLED  # nothing left: the order itself is cancelled
    assert stock_of(session, TEE) == catalog.initial[TEE]
    assert stock_of(session, MUG) == catalog.initial[MUG]
    assert_conserved(session, catalog.initial)


@pytest.mark.rule("R26")
def test_shipped_quantities_cannot_be_cancelled(uow, session, engine, catalog):
    code = shipped(uow, {TEE: 2})
    with unchanged(engine, "R26"):
        claims.cancel_quantities(uow, CASHIER, code, {line_id(session, code, TEE): 1}, "변심")


@pytest.mark.rule("R26")
@pytest.mark.rule("R15")
def test_return_two_of_five_with_pickup_and_restock(uow, session, engine, catalog):
    code = shipped(uow, {TEE: 5})
    tee = line_id(session, code, TEE)
    claim_id = claims.open_claim(uow, CASHIER, code, "return", {tee: 2}, "단순 변심", pickup=PICKUP)
    claim = session.get(Claim, claim_id)
    assert (claim.state, claim.pickup_address, claim.pickup_carrier) == (
        "requested",
        "서울특별시 강남구 테헤란로 152 12층",
        "CJ대한통운",
    )
    assert (claim.pickup_name, claim.pickup_phone, claim.refund_amount) == (
        "이서연",
        "010-1234-5678",
        38000,
    )
    assert order_of(session, code).has_open_claim
    with unchanged(engine, "R26"):  # 3 more cannot be claimed while 2 are in the open return
        claims.open_claim(uow, CASHIER, code, "return", {tee: 4}, "추가 반품")

    claims.approve_claim(uow, CASHIER, code, claim_id)
    assert stock_of(session, TEE) == catalog.initial[TEE] - 5  # nothing back before it arrives
    claims.complete_claim(uow, CASHIER, code, claim_id)
    order = order_of(session, code)
    line = order.lines[0]
    assert (line.returned_quantity, line.active_quantity) == (2, 3)
    assert stock_of(session, TEE) == catalog.initial[TEE] - 3  # undamaged: back in stock
    assert order.items_total == 3 * 19000 and not order.has_open_claim
    assert_conserved(session, catalog.initial)


@pytest.mark.rule("R15")
def test_damaged_return_is_not_restocked(uow, session, catalog):
    code = shipped(uow, {MUG: 2})
    mug = line_id(session, code, MUG)
    claim_id = claims.open_claim(uow, CASHIER, code, "return", {mug: 1}, "배송 중 파손")
    claims.approve_claim(uow, CASHIER, code, claim_id)
    claims.complete_claim(uow, CASHIER, code, claim_id, damaged=True)
    assert session.get(Claim, claim_id).damaged
    assert stock_of(session, MUG) == catalog.initial[MUG] - 2
    assert order_of(session, code).lines[0].returned_quantity == 1
    assert_conserved(session, catalog.initial)


@pytest.mark.rule("R26")
@pytest.mark.rule("R8")
def test_returns_only_after_shipping_and_never_after_completion(uow, session, engine, catalog):
    preparing = place_order(uow, CASHIER, {TEE: 1}, stage=Stage.PREPARING)
    with unchanged(engine, "R26"):
        claims.open_claim(
            uow, CASHIER, preparing, "return", {line_id(session, preparing, TEE): 1}, "변심"
        )
    done = place_order(uow, CASHIER, {TEE: 1}, stage=Stage.COMPLETED)
    with unchanged(engine, "R8"):
        claims.open_claim(uow, CASHIER, done, "exchange", {line_id(session, done, TEE): 1}, "교환")


@pytest.mark.rule("R26")
@pytest.mark.rule("R14")
def test_exchange_sends_a_replacement_shipment_and_takes_stock(uow, session, engine, catalog):
    code = place_order(uow, CASHIER, {TEE: 2}, stage=Stage.DELIVERED)
    total_before = order_of(session, code).total
    tee = line_id(session, code, TEE)
    claim_id = claims.open_claim(
        uow, CASHIER, code, "exchange", {tee: 1}, "사이즈 교환",
        pickup=PICKUP, replacements={tee: catalog.ids[TEE_L]},
    )  # fmt: skip
    claims.approve_claim(uow, CASHIER, code, claim_id)

    order = order_of(session, code)
    claim = session.get(Claim, claim_id)
    shipment = next(s for s in order.shipments if s.id == claim.replacement_shipment_id)
    assert (shipment.kind, shipment.number, shipment.stage) == ("exchange", 2, "preparing")
    [item] = shipment.items
    assert (item.line.sku, item.quantity, item.line.replaces_line_id) == (TEE_L, 1, tee)
    assert item.line.unit_price == 19000
    assert stock_of(session, TEE_L) == catalog.initial[TEE_L] - 1
    assert_conserved(session, catalog.initial)

    claims.complete_claim(uow, CASHIER, code, claim_id)
    order = order_of(session, code)
    assert stock_of(session, TEE) == catalog.initial[TEE] - 1  # the returned M is back
    assert order.total == total_before  # goods for goods: the customer owes nothing more
    assert session.get(Claim, claim_id).state == "completed"
    assert_conserved(session, catalog.initial)


@pytest.mark.rule("R26")
@pytest.mark.rule("R14")
def test_exchange_into_a_sold_out_product_is_refused(uow, session, engine, catalog):
    code = place_order(uow, CASHIER, {TEE: 1}, stage=Stage.DELIVERED)
    with session.begin():
        session.get(Variant, catalog.ids[BAG]).stock = 0
    tee = line_id(session, code, TEE)
    claim_id = claims.open_claim(
        uow, CASHIER, code, "exchange", {tee: 1}, "교환", replacements={tee: catalog.ids[BAG]}
    )
    with unchanged(engine, "R14"):
        claims.approve_claim(uow, CASHIER, code, claim_id)


@pytest.mark.rule("R27")
def test_claim_states_and_illegal_transitions(uow, session, engine, catalog):
    code = shipped(uow, {TEE: 2})
    tee = line_id(session, code, TEE)
    with unchanged(engine, "R27"):
        claims.open_claim(uow, CASHIER, code, "return", {tee: 1}, "  ")  # a reason is needed
    with unchanged(engine, "R26"):
        claims.open_claim(uow, CASHIER, code, "refurbish", {tee: 1}, "?")

    rejected = claims.open_claim(uow, CASHIER, code, "return", {tee: 1}, "단순 변심")
    with unchanged(engine, "R27"):
        claims.complete_claim(uow, CASHIER, code, rejected)  # not approved yet
    with unchanged(engine, "R27"):
        claims.reject_claim(uow, CASHIER, code, rejected, "")
    claims.reject_claim(uow, CASHIER, code, rejected, "수령 후 14일 경과")
    claim = session.get(Claim, rejected)
    assert (claim.state, claim.reject_reason) == ("rejected", "수령 후 14일 경과")
    for action in (claims.approve_claim, claims.complete_claim):
        with unchanged(engine, "R27"):
            action(uow, CASHIER, code, rejected)

    accepted = claims.open_claim(uow, CASHIER, code, "return", {tee: 2}, "불량")
    claims.approve_claim(uow, CASHIER, code, accepted)
    with unchanged(engine, "R27"):
        claims.reject_claim(uow, CASHIER, code, accepted, "늦음")
    claims.complete_claim(uow, CASHIER, code, accepted, damaged=True)
    with unchanged(engine, "R27"):
        claims.complete_claim(uow, CASHIER, code, accepted)
    states = [(c.id, c.state) for c in order_of(session, code).claims]
    assert states == [(rejected, "rejected"), (accepted, "completed")]


@pytest.mark.rule("R12")
def test_customer_cancels_a_new_order_at_once(uow, session, catalog):
    code = place_order(uow, CASHIER, {TEE: 2}, stage=Stage.RECEIVED)
    assert claims.customer_cancel(uow, code, "주문 실수") == "cancelled"
    order = order_of(session, code)
    assert (order.stage, order.cancel_reason) == (Stage.CANCELLED, "주문 실수")
    assert stock_of(session, TEE) == catalog.initial[TEE]


@pytest.mark.rule("R12")
def test_cancel_request_from_preparing_approved(uow, session, engine, catalog):
    code = place_order(uow, CASHIER, {TEE: 2}, stage=Stage.RECEIVED)
    payments.record_payment(uow, CASHIER, code, "card", 41000)
    orders.set_stage(uow, CASHIER, code, Stage.PREPARING)
    assert claims.customer_cancel(uow, code, "다른 상품으로 재주문") == "requested"
    order = order_of(session, code)
    assert order.stage == Stage.PREPARING and order.cancel_requested
    [claim] = order.claims
    assert (claim.requested_by, claim.whole_order, claim.state) == ("customer", True, "requested")
    with unchanged(engine, "R12"):
        claims.customer_cancel(uow, code, "다시 요청")

    claims.approve_cancel_request(uow, MANAGER, code, refund=RefundSpec(shipping_amount=3000))
    order = order_of(session, code)
    assert order.stage == Stage.CANCELLED and not order.cancel_requested
    assert order.claims[0].state == "completed"
    assert stock_of(session, TEE) == catalog.initial[TEE]
    assert [r.amount for r in order.refunds] == [41000] and order.payment_status == "refunded"


@pytest.mark.rule("R12")
def test_cancel_request_rejected_with_a_message_to_the_customer(uow, session, engine, catalog):
    code = place_order(uow, CASHIER, {MUG: 1}, stage=Stage.PREPARING)
    claims.customer_cancel(uow, code, "배송이 늦어요")
    with unchanged(engine, "R12"):  # the customer must hear why
        claims.reject_cancel_request(uow, CASHIER, code, " ")
    message_id = claims.reject_cancel_request(uow, CASHIER, code, "이미 포장이 끝났습니다")

    order = order_of(session, code)
    assert order.stage == Stage.PREPARING and not order.cancel_requested
    assert order.claims[0].reject_reason == "이미 포장이 끝났습니다"
    message = session.get(Message, message_id)
    assert (message.direction, message.author) == ("out", CASHIER.name)
    assert "이미 포장이 끝났습니다" in message.text
    pushed = session.scalars(
        select(OutboxEntry).where(
            OutboxEntry.order_code == code, OutboxEntry.kind == "cancel_request_rejected"
        )
    ).all()
    assert len(pushed) == 1 and pushed[0].payload["message"] == message.text
    assert outbox_kinds(session, code).count("cancel_request_rejected") == 1
    with unchanged(engine, "R12"):  # nothing left to approve
        claims.approve_cancel_request(uow, CASHIER, code)
    assert stock_of(session, MUG) == catalog.initial[MUG] - 1
    assert session.scalar(select(Refund.id)) is None


@pytest.mark.rule("R26")
@pytest.mark.rule("R20")
def test_cancel_reaches_only_the_unshipped_part_of_a_split_line(uow, session, engine, catalog):
    code = place_order(uow, CASHIER, {TEE: 3}, stage=Stage.PREPARING)
    tee = line_id(session, code, TEE)
    # 1 of 3 went out early in its own shipment (R20 split).
    order = order_of(session, code)
    order.shipments[0].items[0].quantity = 2
    early = Shipment(number=2, stage="shipped", carrier="CJ대한통운", tracking_number="6000999")
    early.items.append(ShipmentLine(line_id=tee, quantity=1))
    order.shipments.append(early)
    session.commit()
    with unchanged(engine, "R26"):
        claims.cancel_quantities(uow, CASHIER, code, {tee: 3}, "전부 취소")
    claims.cancel_quantities(uow, CASHIER, code, {tee: 2}, "나머지 취소")
    order = order_of(session, code)
    assert order.stage == Stage.PREPARING  # the shipped unit is still sold
    assert [(s.number, [i.quantity for i in s.items]) for s in order.shipments] == [(2, [1])]
    assert order.lines[0].active_quantity == 1
    assert stock_of(session, TEE) == catalog.initial[TEE] - 1
    assert_conserved(session, catalog.initial)
