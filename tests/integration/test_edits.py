"""Editing the order sheet (R17), its confirmation states (R18), totals (R19) and stock (R14).

The default order: 2 × TEE-BLK-M at 19,000 + 1 × MUG-WHT at 12,000 + 3,000 shipping = 53,000.
"""

from __future__ import annotations

import pytest

from backoffice.db.models import Order, Payment
from backoffice.domain.stages import Stage
from backoffice.services.fulfilment import shipments
from backoffice.services.orders import changes as orders
from backoffice.services.orders import edits
from backoffice.services.orders.changes import NewLine
from backoffice.services.staff.actor import WEB_SHOP
from tests.factories import CASHIER, place
from tests.integration.builders_ops import (
    events,
    one_new_event,
    order_of,
    outbox,
    refused,
    shipment_map,
    stock_of,
)


def line_id(session, code: str, name_or_sku: str) -> int:
    order = order_of(session, code)
    return next(x.id for x in order.lines if name_or_sku in (x.sku, x.name))


def money(order: Order) -> dict[str, int | str]:
    return {
        "items_total": order.items_total,
        "manual_discount": order.manual_discount,
        "total": order.total,
        "amount_due": order.amount_due,
        "paid": order.paid,
        "refunded": order.refunded,
        "balance": order.balance,
        "payment_status": order.payment_status,
    }


def pay(session, code: str, amount: int) -> None:
    """A payment taken outside these services (the payment service records these)."""
    session.add(Payment(order_id=order_of(session, code).id, method="card", amount=amount))
    session.commit()


@pytest.mark.rule("R17")
@pytest.mark.rule("R14")
def test_add_catalogue_line_by_sku_and_by_variant_id(uow, session, catalog):
    code = place(uow)
    result = edits.add_line(uow, CASHIER, code, NewLine(sku="BAG-CNV", quantity=2))
    edits.add_line(uow, CASHIER, code, NewLine(variant_id=catalog.ids["TEE-BLK-L"], quantity=1))

    order = order_of(session, code)
    bag = next(x for x in order.lines if x.id == result.line_id)
    assert (bag.name, bag.unit_price, bag.added_in_edit) == ("캔버스 에코백", 25000, True)
    assert stock_of(session, "BAG-CNV") == catalog.initial["BAG-CNV"] - 2
    assert stock_of(session, "TEE-BLK-L") == catalog.initial["TEE-BLK-L"] - 1
    assert shipment_map(order) == {
        1: ("preparing", {"TEE-BLK-M": 2, "MUG-WHT": 1, "BAG-CNV": 2, "TEE-BLK-L": 1})
    }
    assert order.total == 53000 + 50000 + 19000
    assert order.edit_state == "editing"
    assert [e.state for e in order.edits] == ["editing"]  # one session for both edits


@pytest.mark.rule("R17")
@pytest.mark.rule("R19")
def test_free_negative_and_surcharge_lines_change_totals(uow, session, catalog):
    """Seed 003: add 콜라 1L 3,500, cancel it with -3,500, add a 1,500 surcharge for 사이다."""
    code = place(uow, stage=Stage.PREPARING)
    pay(session, code, 53000)

    steps = [
        (NewLine(name="콜라 1L", unit_price=3500, quantity=1, kind="free"), 56500),
        (NewLine(name="콜라 1L 취소", unit_price=3500, quantity=1, kind="negative"), 53000),
        (
            NewLine(name="사이다 1L로 변경 추가금", unit_price=1500, quantity=1, kind="surcharge"),
            54500,
        ),
    ]
    for spec, total in steps:
        result = edits.add_line(uow, CASHIER, code, spec)
        assert (result.total, result.balance) == (total, total - 53000)
        assert money(order_of(session, code)) == {
            "items_total": total - 3000,
            "manual_discount": 0,
            "total": total,
            "amount_due": total,
            "paid": 53000,
            "refunded": 0,
            "balance": total - 53000,
            "payment_status": "partially_paid" if total > 53000 else "paid",
        }
    assert result.offer == "payment_request"
    negative = order_of(session, code).lines[3]
    assert (negative.kind, negative.unit_price) == ("negative", -3500)
    # Free, negative and surcharge lines do not travel in a shipment.
    assert shipment_map(order_of(session, code)) == {
        1: ("preparing", {"TEE-BLK-M": 2, "MUG-WHT": 1})
    }


@pytest.mark.rule("R17")
@pytest.mark.rule("R14")
@pytest.mark.rule("R19")
def test_quantity_change_moves_stock_by_the_difference(uow, session, catalog):
    code = place(uow, stage=Stage.PREPARING)
    pay(session, code, 53000)
    tee = line_id(session, code, "TEE-BLK-M")

    up = edits.change_quantity(uow, CASHIER, code, tee, 5)
    assert stock_of(session, "TEE-BLK-M") == catalog.initial["TEE-BLK-M"] - 5
    assert (up.total, up.balance, up.offer) == (110000, 57000, "payment_request")

    down = edits.change_quantity(uow, CASHIER, code, tee, 1)
    assert stock_of(session, "TEE-BLK-M") == catalog.initial["TEE-BLK-M"] - 1
    assert (down.total, down.balance, down.offer) == (34000, -19000, "refund")
    order = order_of(session, code)
    assert order.payment_status == "refund_due"
    assert shipment_map(order) == {1: ("preparing", {"TEE-BLK-M": 1, "MUG-WHT": 1})}


@pytest.mark.rule("R17")
def test_quantity_change_refused_while_received(uow, session, catalog):
    code = place(uow, stage=Stage.RECEIVED)
    with refused(session, code, "R17"):
        edits.change_quantity(uow, CASHIER, code, line_id(session, code, "TEE-BLK-M"), 3)


@pytest.mark.rule("R17")
@pytest.mark.parametrize("stage", [Stage.READY, Stage.PENDING_PAYMENT, Stage.SHIPPED])
def test_every_edit_refused_outside_received_and_preparing(uow, session, catalog, stage):
    code = place(uow, stage=stage)
    tee = line_id(session, code, "TEE-BLK-M")
    for attempt in (
        lambda: edits.add_line(uow, CASHIER, code, NewLine(sku="BAG-CNV", quantity=1)),
        lambda: edits.change_quantity(uow, CASHIER, code, tee, 3),
        lambda: edits.remove_line(uow, CASHIER, code, tee),
        lambda: edits.set_line_discount(uow, CASHIER, code, tee, percent=10),
    ):
        with refused(session, code, "R17"):
            attempt()


@pytest.mark.rule("R17")
@pytest.mark.rule("R14")
def test_removing_a_line_returns_its_stock_and_leaves_its_shipment(uow, session, catalog):
    code = place(uow, stage=Stage.RECEIVED)
    result = edits.remove_line(uow, CASHIER, code, line_id(session, code, "MUG-WHT"))
    assert stock_of(session, "MUG-WHT") == catalog.initial["MUG-WHT"]
    order = order_of(session, code)
    assert [x.sku for x in order.lines] == ["TEE-BLK-M"]
    assert shipment_map(order) == {1: ("preparing", {"TEE-BLK-M": 2})}
    assert (result.total, order.items_summary, order.item_count) == (41000, "오가닉 코튼 티셔츠", 2)
    with refused(session, code, "R11"):  # the last line: cancel the order instead
        edits.remove_line(uow, CASHIER, code, line_id(session, code, "TEE-BLK-M"))


@pytest.mark.rule("R17")
@pytest.mark.rule("R19")
def test_percent_discount_rounds_down_and_amount_discount(uow, session, catalog):
    code = place(uow, stage=Stage.RECEIVED)
    free = edits.add_line(
        uow, CASHIER, code, NewLine(name="포장 서비스", unit_price=9999, quantity=1, kind="free")
    )
    result = edits.set_line_discount(uow, CASHIER, code, free.line_id, percent=10)
    # 10% of 9,999 is 999.9: the discount is 999, never more than the percentage.
    order = order_of(session, code)
    assert (order.manual_discount, result.total) == (999, 53000 + 9999 - 999)

    edits.set_line_discount(uow, CASHIER, code, line_id(session, code, "TEE-BLK-M"), amount=5000)
    order = order_of(session, code)
    assert order.manual_discount == 999 + 5000
    assert order.items_total == 50000 + 9999 - 999 - 5000
    tee = line_id(session, code, "TEE-BLK-M")
    for bad in ({"percent": 101}, {"amount": -1}, {"amount": 38001}, {"percent": 12.5}, {}):
        with refused(session, code, "R17"):
            edits.set_line_discount(uow, CASHIER, code, tee, **bad)


@pytest.mark.rule("R18")
def test_sheet_locked_while_confirmation_requested_then_withdrawn_then_confirmed(
    uow, session, catalog
):
    code = place(uow, stage=Stage.PREPARING)
    tee = line_id(session, code, "TEE-BLK-M")
    with refused(session, code, "R18"):  # nothing edited yet: nothing to confirm
        edits.request_edit_confirmation(uow, CASHIER, code)
    edits.add_line(uow, CASHIER, code, NewLine(name="선물 포장", unit_price=2000, quantity=1))
    requested = edits.request_edit_confirmation(uow, CASHIER, code)
    assert requested.edit_state == order_of(session, code).edit_state == "confirmation_requested"
    [pushed] = [r for r in outbox(session, code, "edit") if r.payload["edit_state"] != "editing"]
    assert pushed.payload["total"] == 55000 and len(pushed.payload["lines"]) == 3

    for attempt in (
        lambda: edits.add_line(uow, CASHIER, code, NewLine(sku="BAG-CNV", quantity=1)),
        lambda: edits.change_quantity(uow, CASHIER, code, tee, 3),
        lambda: edits.remove_line(uow, CASHIER, code, tee),
        lambda: edits.set_line_discount(uow, CASHIER, code, tee, amount=100),
        lambda: edits.request_edit_confirmation(uow, CASHIER, code),
        # The locked sheet does not move on either: not to ready, nor shipment by shipment.
        lambda: orders.set_stage(uow, CASHIER, code, Stage.READY),
        lambda: shipments.advance_shipment(uow, CASHIER, code, 1),
    ):
        with refused(session, code, "R18"):
            attempt()

    assert edits.withdraw_edit_confirmation(uow, CASHIER, code).edit_state == "editing"
    edits.change_quantity(uow, CASHIER, code, tee, 3)  # unlocked again
    edits.request_edit_confirmation(uow, CASHIER, code)

    outbox_before = len(outbox(session, code))
    confirmed = edits.customer_confirms_edit(uow, code)
    order = order_of(session, code)
    assert confirmed.edit_state == order.edit_state == "confirmed_by_customer"
    [edit] = order.edits
    assert edit.state == "confirmed_by_customer" and edit.confirmed_at is not None
    assert events(session, code)[-1].actor == WEB_SHOP.name
    assert len(outbox(session, code)) == outbox_before  # the shop told us; nothing to push back
    with refused(session, code, "R18"):
        edits.withdraw_edit_confirmation(uow, CASHIER, code)

    # The confirmed session is closed: the next edit opens a new one.
    edits.add_line(uow, CASHIER, code, NewLine(name="추가 포장", unit_price=1000, quantity=1))
    order = order_of(session, code)
    assert [e.state for e in order.edits] == ["confirmed_by_customer", "editing"]
    assert order.edit_state == "editing"


@pytest.mark.rule("R20")
def test_reducing_below_what_is_shipped_is_refused(uow, session, catalog):
    code = place(uow, {"TEE-BLK-M": 5, "MUG-WHT": 1}, stage=Stage.PREPARING)
    tee = line_id(session, code, "TEE-BLK-M")
    shipments.split_shipment(uow, CASHIER, code, 1, {tee: 3})
    shipments.set_tracking(uow, CASHIER, code, 2, "한진택배", "500012345678")
    shipments.advance_shipment(uow, CASHIER, code, 2, shipments.ShipmentStage.SHIPPED)
    with refused(session, code, "R20"):
        edits.change_quantity(uow, CASHIER, code, tee, 2)
    edits.change_quantity(uow, CASHIER, code, tee, 3)
    order = order_of(session, code)
    assert shipment_map(order) == {
        1: ("preparing", {"MUG-WHT": 1}),
        2: ("shipped", {"TEE-BLK-M": 3}),
    }
    assert (order.stage, order.partially_shipped) == ("preparing", True)
    edits.change_quantity(uow, CASHIER, code, tee, 4)  # the added unit goes to an open shipment
    assert shipment_map(order_of(session, code))[1] == ("preparing", {"MUG-WHT": 1, "TEE-BLK-M": 1})


@pytest.mark.rule("R14")
def test_adding_more_than_is_in_stock_is_refused(uow, session, catalog):
    code = place(uow, stage=Stage.PREPARING)
    with refused(session, code, "R14"):
        edits.add_line(uow, CASHIER, code, NewLine(sku="BAG-CNV", quantity=11))


@pytest.mark.rule("R28")
def test_each_edit_writes_one_event_with_actor_before_and_after(uow, session, catalog):
    code = place(uow, stage=Stage.PREPARING)
    tee = line_id(session, code, "TEE-BLK-M")
    mug = line_id(session, code, "MUG-WHT")
    actions = [
        lambda: edits.add_line(uow, CASHIER, code, NewLine(sku="BAG-CNV", quantity=1)),
        lambda: edits.change_quantity(uow, CASHIER, code, tee, 4),
        lambda: edits.set_line_discount(uow, CASHIER, code, tee, percent=5),
        lambda: edits.remove_line(uow, CASHIER, code, mug),
        lambda: edits.request_edit_confirmation(uow, CASHIER, code),
        lambda: edits.withdraw_edit_confirmation(uow, CASHIER, code),
    ]
    for action in actions:
        count = len(events(session, code))
        pushed = len(outbox(session, code, "edit"))
        action()
        event = one_new_event(session, code, count)
        assert (event.actor, event.kind) == (CASHIER.name, "edit")
        assert event.before and event.after and event.before != event.after
        assert "total" in event.after and "balance" in event.after
        assert len(outbox(session, code, "edit")) == pushed + 1


@pytest.mark.rule("R19")
def test_every_total_follows_each_edit_with_shipping_discounts_and_payment(uow, session, catalog):
    """Shipping 3,000, grade -500, coupon -2,000, points -1,000; 49,500 paid by card."""
    code = place(
        uow, stage=Stage.PREPARING, grade_discount=500, coupon_discount=2000, points_used=1000
    )
    pay(session, code, 49500)
    fixed = 3000 - 500 - 2000 - 1000
    tee = line_id(session, code, "TEE-BLK-M")
    mug = line_id(session, code, "MUG-WHT")
    steps = [
        # (edit, items_total, manual_discount)
        (lambda: edits.add_line(uow, CASHIER, code, NewLine(sku="BAG-CNV", quantity=1)), 75000, 0),
        (lambda: edits.change_quantity(uow, CASHIER, code, tee, 3), 94000, 0),
        (lambda: edits.set_line_discount(uow, CASHIER, code, tee, percent=15), 85450, 8550),
        (lambda: edits.remove_line(uow, CASHIER, code, mug), 73450, 8550),
        (
            lambda: edits.add_line(
                uow,
                CASHIER,
                code,
                NewLine(name="가격 조정", unit_price=50000, kind="negative", quantity=1),
            ),
            23450,
            8550,
        ),
    ]
    for edit, items_total, manual in steps:
        result = edit()
        total = items_total + fixed
        expected = {
            "items_total": items_total,
            "manual_discount": manual,
            "total": total,
            "amount_due": total,
            "paid": 49500,
            "refunded": 0,
            "balance": total - 49500,
            "payment_status": "refund_due" if total < 49500 else "partially_paid",
        }
        assert money(order_of(session, code)) == expected
        assert (result.total, result.balance) == (total, total - 49500)
    assert result.offer == "refund"


@pytest.mark.rule("R17")
def test_an_edit_from_a_stale_view_is_refused(uow, session, catalog):
    code = place(uow, stage=Stage.PREPARING)
    seen = order_of(session, code).version
    edits.add_line(uow, CASHIER, code, NewLine(name="선물 포장", unit_price=2000, quantity=1))
    with refused(session, code, None):
        edits.add_line(
            uow, CASHIER, code, NewLine(sku="BAG-CNV", quantity=1), expected_version=seen
        )


@pytest.mark.rule("R21")
def test_removing_the_last_unshipped_units_moves_the_order_on(uow, session, catalog):
    code = place(uow, {"TEE-BLK-M": 5, "MUG-WHT": 1}, stage=Stage.PREPARING)
    mug = line_id(session, code, "MUG-WHT")
    shipments.split_shipment(uow, CASHIER, code, 1, {mug: 1})
    shipments.set_tracking(uow, CASHIER, code, 1, "한진택배", "500012345678")
    shipments.advance_shipment(uow, CASHIER, code, 1, shipments.ShipmentStage.SHIPPED)
    count = len(events(session, code))
    edits.remove_line(uow, CASHIER, code, mug)
    order = order_of(session, code)
    assert (order.stage, order.partially_shipped) == ("shipped", False)
    assert shipment_map(order) == {1: ("shipped", {"TEE-BLK-M": 5})}
    event = one_new_event(session, code, count)
    assert (event.before["stage"], event.after["stage"]) == ("preparing", "shipped")
