"""Builders for the order-list tests (integration and UI): orders with chosen buyers, phones, stages
and creation times, placed through the real service so every denormalised field is real."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backoffice.db.uow import UnitOfWork
from backoffice.domain.stages import Fulfilment, Stage
from backoffice.services.orders import changes as orders
from backoffice.services.staff.actor import Actor
from tests.factories import CASHIER

BASE_TIME = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)  # 12:00 in Seoul


def place_for(
    uow: UnitOfWork,
    buyer: str = "이서연",
    phone: str = "010-1234-5678",
    *,
    stage: Stage = Stage.RECEIVED,
    minutes: int = 0,
    sku: str = "TEE-BLK-M",
    quantity: int = 1,
    channel: str = "web",
    shop_order_number: str | None = None,
    fulfilment: Fulfilment = Fulfilment.DELIVERY,
    payment_method: str = "",
    actor: Actor = CASHIER,
) -> str:
    """Place one order created `minutes` after BASE_TIME (later minutes = newer)."""
    new = orders.NewOrder(
        channel=channel,
        lines=[orders.NewLine(sku=sku, quantity=quantity)],
        buyer_name=buyer,
        buyer_phone=phone,
        stage=stage,
        fulfilment=fulfilment,
        shipping_fee=3000,
        shop_order_number=shop_order_number,
        created_at=BASE_TIME + timedelta(minutes=minutes),
        payment_method=payment_method,
        addresses=[
            orders.NewAddress(name=buyer, phone=phone, address1="서울특별시 중구 세종대로 110")
        ],
    )
    return orders.place_order(uow, actor, new)


def place_many(uow: UnitOfWork, specs: list[tuple[str, str, Stage]]) -> list[str]:
    """(buyer, phone, stage) each; the first is the oldest."""
    return [
        place_for(uow, buyer, phone, stage=stage, minutes=i)
        for i, (buyer, phone, stage) in enumerate(specs)
    ]
