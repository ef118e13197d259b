"""The workflow table and its stock effects (R2, R6, R9, R11, R16, R23, R49)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.db.models import Order, TimelineEvent, Variant
from backoffice.domain.errors import DomainError, NeedsConfirmation
from backoffice.domain.stages import Fulfilment, Stage
from backoffice.services.orders import changes as orders
from tests.factories import CASHIER, MANAGER, place


def reload(session, code: str) -> Order:
    session.expire_all()
    return session.scalar(select(Order).where(Order.code == code))


def stock(session, sku: str) -> int:
    session.expire_all()
    return session.scalar(select(Variant.stock).where(Variant.sku == sku))


@pytest.mark.rule("R2")
@pytest.mark.parametrize("channel", ["web", "counter", "phone", "marketplace"])
def test_every_channel_is_kept(uow, session, catalog, channel):
    code = place(
        uow, channel=channel, channel_detail="Naver Pay" if channel == "marketplace" else ""
    )
    order = reload(session, code)
    assert order.channel == channel


@pytest.mark.rule("R2")
def test_an_unknown_channel_is_refused(uow, catalog):
    with pytest.raises(DomainError, match="channel"):
        place(uow, channel="fax")


@pytest.mark.rule("R6")
def test_skipping_forward_several_stages_in_one_action(uow, session, catalog):
    code = place(uow, stage=Stage.RECEIVED)
    orders.set_stage(uow, CASHIER, code, Stage.DELIVERED, confirm_unpaid=True)
    order = reload(session, code)
    assert order.stage == "delivered"
    assert order.delivered_at is not None
    assert {s.stage for s in order.shipments} == {"delivered"}


@pytest.mark.rule("R6")
def test_a_pickup_order_goes_from_ready_to_delivered_and_never_shipped(uow, session, catalog):
    code = place(uow, stage=Stage.READY, fulfilment=Fulfilment.PICKUP)
    with pytest.raises(DomainError, match="pickup"):
        orders.set_stage(uow, CASHIER, code, Stage.SHIPPED, carrier="CJ", tracking="1")
    orders.set_stage(uow, CASHIER, code, Stage.DELIVERED)
    assert reload(session, code).stage == "delivered"


@pytest.mark.rule("R6")
def test_moving_backwards_is_not_a_forward_move_for_staff(uow, session, catalog):
    code = place(uow, stage=Stage.READY)
    with pytest.raises(DomainError, match="R9"):
        orders.set_stage(uow, CASHIER, code, Stage.PREPARING, reason="실수")
    assert reload(session, code).stage == "ready"


@pytest.mark.rule("R9")
def test_a_manager_reverts_with_a_reason_and_it_is_logged(uow, session, catalog):
    code = place(uow, stage=Stage.PREPARING)
    orders.set_stage(uow, CASHIER, code, Stage.SHIPPED, carrier="CJ대한통운", tracking="6001")
    with pytest.raises(DomainError, match="reason"):
        orders.set_stage(uow, MANAGER, code, Stage.PREPARING)
    orders.set_stage(uow, MANAGER, code, Stage.PREPARING, reason="송장 오입력")
    order = reload(session, code)
    assert order.stage == "preparing"
    assert {s.stage for s in order.shipments} == {"preparing"}
    event = session.scalars(
        select(TimelineEvent).where(TimelineEvent.order_id == order.id).order_by(TimelineEvent.id)
    ).all()[-1]
    assert event.kind == "revert" and event.actor == MANAGER.name
    assert event.before == {"stage": "shipped"} and event.after == {"stage": "preparing"}
    assert "송장 오입력" in event.text


@pytest.mark.rule("R9")
def test_nobody_reverts_out_of_completed(uow, session, catalog):
    code = place(uow, stage=Stage.RECEIVED)
    orders.set_stage(uow, CASHIER, code, Stage.COMPLETED, confirm_unpaid=True)
    with pytest.raises(DomainError, match="completed"):
        orders.set_stage(uow, MANAGER, code, Stage.DELIVERED, reason="고객 요청")
    assert reload(session, code).stage == "completed"


@pytest.mark.rule("R11")
@pytest.mark.parametrize(
    "stage",
    [Stage.PENDING_PAYMENT, Stage.RECEIVED, Stage.PREPARING, Stage.READY, Stage.DELIVERED],
)
def test_staff_cancel_in_any_stage_before_completed(uow, session, catalog, stage):
    code = place(uow, {"BAG-CNV": 2}, stage=Stage.RECEIVED)
    if stage == Stage.PENDING_PAYMENT:
        code = place(uow, {"BAG-CNV": 2}, stage=Stage.PENDING_PAYMENT)
    elif stage != Stage.RECEIVED:
        orders.set_stage(uow, CASHIER, code, stage, confirm_unpaid=True)
    before = stock(session, "BAG-CNV")
    with pytest.raises(DomainError, match="reason"):
        orders.cancel(uow, CASHIER, code, "  ")
    orders.cancel(uow, CASHIER, code, "고객 변심")
    order = reload(session, code)
    assert order.stage == "cancelled" and order.cancel_reason == "고객 변심"
    assert stock(session, "BAG-CNV") == before + 2


@pytest.mark.rule("R11")
def test_a_completed_order_cannot_be_cancelled(uow, session, catalog):
    code = place(uow)
    orders.set_stage(uow, CASHIER, code, Stage.COMPLETED, confirm_unpaid=True)
    with pytest.raises(DomainError, match="completed"):
        orders.cancel(uow, CASHIER, code, "변심")


@pytest.mark.rule("R11")
def test_only_a_manager_uncancels_and_stock_is_taken_again(uow, session, catalog):
    code = place(uow, {"MUG-WHT": 3}, stage=Stage.PREPARING)
    orders.cancel(uow, CASHIER, code, "실수")
    after_cancel = stock(session, "MUG-WHT")
    with pytest.raises(DomainError, match="manager"):
        orders.uncancel(uow, CASHIER, code, "되살리기")
    orders.uncancel(uow, MANAGER, code, "되살리기")
    assert reload(session, code).stage == "preparing"
    assert stock(session, "MUG-WHT") == after_cancel - 3


@pytest.mark.rule("R16")
def test_stock_is_kept_per_variant_not_per_product(uow, session, catalog):
    place(uow, {"TEE-BLK-M": 4})
    assert stock(session, "TEE-BLK-M") == catalog.initial["TEE-BLK-M"] - 4
    assert stock(session, "TEE-BLK-L") == catalog.initial["TEE-BLK-L"]  # same product, other size


@pytest.mark.rule("R14")
def test_a_variant_reaching_zero_is_sold_out_and_comes_back(uow, session, catalog):
    code = place(uow, {"BAG-CNV": catalog.initial["BAG-CNV"]})
    session.expire_all()
    bag = session.scalar(select(Variant).where(Variant.sku == "BAG-CNV"))
    assert bag.stock == 0 and bag.sold_out
    orders.cancel(uow, CASHIER, code, "품절 처리 취소")
    session.expire_all()
    assert not session.scalar(select(Variant).where(Variant.sku == "BAG-CNV")).sold_out


@pytest.mark.rule("R14")
def test_a_product_that_no_longer_exists_is_skipped(uow, session, catalog):
    code = place(uow, {"MUG-WHT": 1, "BAG-CNV": 1})
    session.execute(Variant.__table__.delete().where(Variant.sku == "MUG-WHT"))
    session.commit()
    orders.cancel(uow, CASHIER, code, "단종")  # no error for the vanished mug
    assert stock(session, "BAG-CNV") == catalog.initial["BAG-CNV"]


@pytest.mark.rule("R23")
def test_preparing_an_unpaid_order_asks_first(uow, session, catalog):
    code = place(uow, stage=Stage.RECEIVED)
    with pytest.raises(NeedsConfirmation, match="R23"):
        orders.set_stage(uow, CASHIER, code, Stage.PREPARING)
    assert reload(session, code).stage == "received"
    orders.set_stage(uow, CASHIER, code, Stage.PREPARING, confirm_unpaid=True)
    assert reload(session, code).stage == "preparing"


@pytest.mark.rule("R49")
def test_deleting_needs_a_manager_returns_stock_and_keeps_a_record(uow, session, catalog):
    code = place(uow, {"TEE-BLK-L": 5})
    with pytest.raises(DomainError, match="manager"):
        orders.delete_order(uow, CASHIER, code, "중복")
    orders.delete_order(uow, MANAGER, code, "중복 주문")
    assert reload(session, code) is None
    assert stock(session, "TEE-BLK-L") == catalog.initial["TEE-BLK-L"]
    log = session.scalars(select(TimelineEvent).where(TimelineEvent.order_code == code)).all()
    deleted = [e for e in log if e.kind == "deleted"]
    assert len(deleted) == 1 and deleted[0].order_id is None and deleted[0].actor == MANAGER.name
