"""First rules of the workflow over a real migrated SQLite file (R1, R6, R7, R11, R14)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from backoffice.db.models import Order, OutboxEntry, TimelineEvent, Variant
from backoffice.domain import codes
from backoffice.domain.errors import DomainError
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from tests.factories import CASHIER, place


def stock_of(session, sku: str) -> int:
    session.expire_all()
    return session.scalar(select(Variant.stock).where(Variant.sku == sku))


@pytest.mark.rule("R14")
def test_placing_takes_stock_and_cancelling_returns_it(uow, session, catalog):
    code = place(uow, {"TEE-BLK-M": 3})
    assert stock_of(session, "TEE-BLK-M") == catalog.initial["TEE-BLK-M"] - 3
    orders.cancel(uow, CASHIER, code, "고객 변심")
    assert stock_of(session, "TEE-BLK-M") == catalog.initial["TEE-BLK-M"]


@pytest.mark.rule("R7")
def test_shipping_needs_carrier_and_tracking(uow, session, catalog):
    code = place(uow, stage=Stage.PREPARING)
    with pytest.raises(DomainError, match="R7"):
        orders.set_stage(uow, CASHIER, code, Stage.SHIPPED)
    orders.set_stage(
        uow, CASHIER, code, Stage.SHIPPED, carrier="CJ대한통운", tracking="123456789012"
    )
    order = session.scalar(select(Order).where(Order.code == code))
    assert order.stage == "shipped"
    assert order.tracking_numbers == "123456789012"
    assert all(s.stage == "shipped" for s in order.shipments)


@pytest.mark.rule("R1")
def test_codes_are_valid_and_unique(uow, catalog):
    made = {place(uow) for _ in range(20)}
    assert len(made) == 20
    assert all(codes.is_valid(c) for c in made)


@pytest.mark.rule("R28")
def test_each_change_writes_one_event_and_outbox_row(uow, session, catalog):
    code = place(uow, stage=Stage.PREPARING)
    before_events = session.scalar(select(func.count()).select_from(TimelineEvent))
    before_outbox = session.scalar(
        select(func.count()).select_from(OutboxEntry).where(OutboxEntry.kind == "stage")
    )
    orders.set_stage(uow, CASHIER, code, Stage.READY)
    assert session.scalar(select(func.count()).select_from(TimelineEvent)) == before_events + 1
    assert (
        session.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.kind == "stage")
        )
        == before_outbox + 1
    )
