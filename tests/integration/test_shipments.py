"""Shipments: split and merge (R20), addresses (R5), tracking and per-shipment stages (R7, R21)."""

from __future__ import annotations

import pytest

from backoffice.db.queries import OrderFilter, list_orders
from backoffice.domain.stages import Fulfilment, ShipmentStage, Stage
from backoffice.services.fulfilment import shipments
from backoffice.services.orders import changes as orders
from backoffice.services.orders.changes import NewAddress
from tests.factories import CASHIER, place
from tests.integration.builders_ops import (
    events,
    one_new_event,
    order_of,
    outbox,
    refused,
    shipment_map,
)

SEOUL = NewAddress(
    name="김철수", phone="010-2222-3333", postcode="04524", address1="서울 중구 세종대로 110"
)


def _line_id(session, code: str, sku: str) -> int:
    return next(line.id for line in order_of(session, code).lines if line.sku == sku)


def _split_tee(uow, session, code: str, units: int = 3) -> int:
    return shipments.split_shipment(
        uow, CASHIER, code, 1, {_line_id(session, code, "TEE-BLK-M"): units}
    )


def _ship(uow, code: str, number: int, tracking: str) -> None:
    shipments.set_tracking(uow, CASHIER, code, number, "CJ대한통운", tracking)
    shipments.advance_shipment(uow, CASHIER, code, number, ShipmentStage.SHIPPED)


@pytest.mark.rule("R20")
def test_three_of_five_split_off_then_merged_back(uow, session, catalog):
    code = place(uow, {"TEE-BLK-M": 5, "MUG-WHT": 1}, stage=Stage.PREPARING)
    count = len(events(session, code))

    number = _split_tee(uow, session, code)

    assert number == 2
    assert shipment_map(order_of(session, code)) == {
        1: ("preparing", {"TEE-BLK-M": 2, "MUG-WHT": 1}),
        2: ("preparing", {"TEE-BLK-M": 3}),
    }
    event = one_new_event(session, code, count)
    assert event.actor == CASHIER.name and event.kind == "shipment_split"
    assert event.before == {
        "#1": {
            f"TEE-BLK-M#{_line_id(session, code, 'TEE-BLK-M')}": 5,
            f"MUG-WHT#{_line_id(session, code, 'MUG-WHT')}": 1,
        }
    }
    assert list(event.after) == ["#1", "#2"]

    count += 1
    assert shipments.merge_shipments(uow, CASHIER, code, [2, 1]) == 1
    assert shipment_map(order_of(session, code)) == {
        1: ("preparing", {"TEE-BLK-M": 5, "MUG-WHT": 1})
    }
    event = one_new_event(session, code, count)
    assert event.kind == "shipment_merge" and set(event.before) == {"#1", "#2"}
    # Splitting and merging are local: the shop is not told (R44).
    assert outbox(session, code, "shipment_split") == []


@pytest.mark.rule("R20")
def test_two_parcels_of_one_line_merge_into_a_parcel_without_it(uow, session, catalog):
    # Found by the property test: #2 and #3 both hold the T-shirt, #1 only the mug; merging all
    # three must give #1 one T-shirt row of 4, not two rows for the same line.
    code = place(uow, {"TEE-BLK-M": 4, "MUG-WHT": 1}, stage=Stage.PREPARING)
    _split_tee(uow, session, code, units=2)
    _split_tee(uow, session, code, units=2)
    assert shipment_map(order_of(session, code)) == {
        1: ("preparing", {"MUG-WHT": 1}),
        2: ("preparing", {"TEE-BLK-M": 2}),
        3: ("preparing", {"TEE-BLK-M": 2}),
    }

    assert shipments.merge_shipments(uow, CASHIER, code, [1, 2, 3]) == 1

    session.expire_all()
    merged = order_of(session, code).shipments
    assert len(merged) == 1 and len(merged[0].items) == 2
    assert shipment_map(order_of(session, code)) == {
        1: ("preparing", {"TEE-BLK-M": 4, "MUG-WHT": 1})
    }


@pytest.mark.rule("R20")
@pytest.mark.parametrize("stage", [Stage.RECEIVED, Stage.READY])
def test_split_refused_outside_preparing(uow, session, catalog, stage):
    code = place(uow, {"TEE-BLK-M": 5}, stage=stage)
    with refused(session, code, "R20"):
        _split_tee(uow, session, code)


@pytest.mark.rule("R20")
def test_split_must_leave_something_and_cannot_take_more_than_carried(uow, session, catalog):
    code = place(uow, {"TEE-BLK-M": 5}, stage=Stage.PREPARING)
    with refused(session, code, "R20"):
        _split_tee(uow, session, code, units=5)
    with refused(session, code, "R20"):
        _split_tee(uow, session, code, units=6)


@pytest.mark.rule("R20")
def test_merge_refused_for_a_shipped_shipment(uow, session, catalog):
    code = place(uow, {"TEE-BLK-M": 5}, stage=Stage.PREPARING)
    _split_tee(uow, session, code)
    _ship(uow, code, 2, "111122223333")
    with refused(session, code, "R20"):
        shipments.merge_shipments(uow, CASHIER, code, [1, 2])


@pytest.mark.rule("R5")
def test_sixth_address_refused_and_shipment_sent_to_address_two(uow, session, catalog):
    code = place(uow, {"TEE-BLK-M": 5}, stage=Stage.PREPARING)  # placed with address 1
    count = len(events(session, code))
    assert shipments.add_address(uow, CASHIER, code, SEOUL) == 2
    event = one_new_event(session, code, count)
    assert event.after["address2"]["name"] == "김철수"
    for i in range(3, 6):
        slot = shipments.add_address(uow, CASHIER, code, NewAddress(name=f"수령인 {i}"))
        assert slot == i
    with refused(session, code, "R5"):
        shipments.add_address(uow, CASHIER, code, NewAddress(name="여섯 번째"))

    number = _split_tee(uow, session, code, units=2)
    count = len(events(session, code))
    shipments.assign_address(uow, CASHIER, code, number, 2)
    order = order_of(session, code)
    assert order.shipments[1].address.address1 == "서울 중구 세종대로 110"
    assert order.shipments[0].address.slot == 1
    event = one_new_event(session, code, count)
    assert (event.before, event.after) == (
        {"shipment": 2, "address": 1},
        {"shipment": 2, "address": 2},
    )
    # Shipments going to different addresses are not merged silently.
    with refused(session, code, "R5"):
        shipments.merge_shipments(uow, CASHIER, code, [1, 2])


@pytest.mark.rule("R5")
def test_editing_an_address_keeps_before_and_after(uow, session, catalog):
    code = place(uow, stage=Stage.PREPARING)
    count = len(events(session, code))
    shipments.edit_address(uow, CASHIER, code, 1, SEOUL)
    order = order_of(session, code)
    assert order.recipient_name == "김철수"  # the list shows the corrected recipient
    event = one_new_event(session, code, count)
    assert event.before["address1"]["name"] == "이서연"
    assert event.after["address1"]["name"] == "김철수"


@pytest.mark.rule("R21")
def test_order_follows_its_shipments_and_shows_partially_shipped(uow, session, catalog):
    code = place(uow, {"TEE-BLK-M": 5}, stage=Stage.PREPARING)
    _split_tee(uow, session, code)
    assert shipments.advance_shipment(uow, CASHIER, code, 1) == Stage.PREPARING
    assert shipments.advance_shipment(uow, CASHIER, code, 2) == Stage.READY

    count = len(events(session, code))
    _ship(uow, code, 1, "600011112222")
    order = order_of(session, code)
    assert (order.stage, order.partially_shipped) == ("ready", True)
    rows = list_orders(session, OrderFilter(stages=("ready",)))
    assert [(r.code, r.partially_shipped) for r in rows] == [(code, True)]
    stage_event = events(session, code)[-1]
    assert stage_event.after == {"shipment_stage": "shipped", "stage": "ready"}
    assert len(events(session, code)) == count + 2  # tracking, then the stage
    pushed = outbox(session, code, "stage")[-1].payload
    assert pushed["shipment"] == 1 and pushed["tracking"] == "600011112222"

    _ship(uow, code, 2, "600033334444")
    order = order_of(session, code)
    assert (order.stage, order.partially_shipped) == ("shipped", False)
    assert order.shipped_at is not None
    assert order.tracking_numbers == "600011112222 600033334444"

    shipments.advance_shipment(uow, CASHIER, code, 1)
    assert order_of(session, code).stage == "shipped"
    assert shipments.advance_shipment(uow, CASHIER, code, 2) == Stage.DELIVERED
    assert order_of(session, code).delivered_at is not None  # the R8 clock starts


@pytest.mark.rule("R7")
def test_a_shipment_needs_carrier_and_tracking_before_it_ships(uow, session, catalog):
    code = place(uow, stage=Stage.READY)
    with refused(session, code, "R7"):
        shipments.advance_shipment(uow, CASHIER, code, 1)
    with refused(session, code, "R7"):
        shipments.set_tracking(uow, CASHIER, code, 1, "CJ대한통운", "  ")
    count = len(events(session, code))
    shipments.set_tracking(uow, CASHIER, code, 1, "CJ대한통운", "123412341234")
    event = one_new_event(session, code, count)
    assert event.before == {"carrier": "", "tracking": ""}
    assert event.after == {"carrier": "CJ대한통운", "tracking": "123412341234"}
    [row] = outbox(session, code, "tracking")
    assert row.payload["tracking"] == "123412341234"
    assert order_of(session, code).tracking_numbers == "123412341234"


@pytest.mark.rule("R21")
def test_shipments_refuse_backward_moves_and_unconfirmed_orders(uow, session, catalog):
    code = place(uow, stage=Stage.RECEIVED)
    with refused(session, code, "R21"):
        shipments.advance_shipment(uow, CASHIER, code, 1)
    orders.set_stage(uow, CASHIER, code, Stage.READY, confirm_unpaid=True)
    with refused(session, code, "R21"):
        shipments.advance_shipment(uow, CASHIER, code, 1, ShipmentStage.PREPARING)


@pytest.mark.rule("R6")
def test_a_pickup_shipment_goes_from_ready_to_delivered(uow, session, catalog):
    code = place(uow, stage=Stage.READY, fulfilment=Fulfilment.PICKUP)
    with refused(session, code, "R6"):
        shipments.advance_shipment(uow, CASHIER, code, 1, ShipmentStage.SHIPPED)
    assert shipments.advance_shipment(uow, CASHIER, code, 1) == Stage.DELIVERED


# ---- the counter's one ship step (issue 13) ------------------------------------------------------


def _pay(uow, session, code: str) -> None:
    from backoffice.services.payments import requests as payments

    payments.record_payment(uow, CASHIER, code, "card", order_of(session, code).balance)


@pytest.mark.rule("R7")
@pytest.mark.rule("R21")
def test_ship_sends_every_unshipped_shipment_with_one_number_in_one_change(uow, session, catalog):
    code = place(uow, stage=Stage.RECEIVED)
    _pay(uow, session, code)
    stage = shipments.ship(uow, CASHIER, code, "CJ대한통운", " 6123 4567 8901 ")
    assert stage == Stage.SHIPPED
    order = order_of(session, code)
    assert [(s.stage, s.carrier, s.tracking_number) for s in order.shipments] == [
        ("shipped", "CJ대한통운", "6123 4567 8901")
    ]
    pushed = outbox(session, code, "stage")[-1].payload
    assert pushed["stage"] == "shipped" and pushed["shipments"][0]["tracking"]


@pytest.mark.rule("R21")
def test_ship_with_a_number_sends_only_that_shipment(uow, session, catalog):
    code = place(uow, stage=Stage.PREPARING)
    second = _split_tee(uow, session, code, units=2)
    stage = shipments.ship(uow, CASHIER, code, "한진택배", "498765432109", number=second)
    order = order_of(session, code)
    assert stage == Stage.PREPARING  # the order follows its least-advanced shipment
    assert shipment_map(order)[second][0] == "shipped"
    assert shipment_map(order)[1][0] == "preparing"
    assert [e.kind for e in events(session, code)][-2:] == ["tracking", "stage"]


@pytest.mark.rule("R7")
def test_ship_without_a_tracking_number_or_twice_is_refused(uow, session, catalog):
    code = place(uow, stage=Stage.PREPARING)
    with refused(session, code, "R7"):
        shipments.ship(uow, CASHIER, code, "CJ대한통운", "  ")
    shipments.ship(uow, CASHIER, code, "CJ대한통운", "612345678901", number=1)
    with refused(session, code, "R20"):
        shipments.ship(uow, CASHIER, code, "CJ대한통운", "612345678902", number=1)


@pytest.mark.rule("R23")
def test_ship_of_an_unpaid_order_asks_first(uow, session, catalog):
    from backoffice.domain.errors import NeedsConfirmation

    code = place(uow, stage=Stage.RECEIVED)
    with pytest.raises(NeedsConfirmation):
        shipments.ship(uow, CASHIER, code, "CJ대한통운", "612345678901")
    assert order_of(session, code).stage == Stage.RECEIVED
    shipments.ship(uow, CASHIER, code, "CJ대한통운", "612345678901", confirm_unpaid=True)
    assert order_of(session, code).stage == Stage.SHIPPED
