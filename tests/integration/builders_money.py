"""Builders and read-back helpers for the payment, refund, claim and counter tests.

`unchanged(engine)` proves a refused action left the database exactly as it was: it compares every
row of every table before and after.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from backoffice.db.base import Base
from backoffice.db.models import Customer, Order, OutboxEntry, Variant
from backoffice.domain.errors import DomainError
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders


def order_of(session: Session, code: str) -> Order:
    session.expire_all()
    order = session.scalar(select(Order).where(Order.code == code))
    assert order is not None, code
    return order


def stock_of(session: Session, sku: str) -> int:
    session.expire_all()
    value = session.scalar(select(Variant.stock).where(Variant.sku == sku))
    assert value is not None, sku
    return value


def outbox_kinds(session: Session, code: str) -> list[str]:
    session.expire_all()
    stmt = select(OutboxEntry.kind).where(OutboxEntry.order_code == code).order_by(OutboxEntry.id)
    return list(session.scalars(stmt))


def count(session: Session, model: type[Any], *where: Any) -> int:
    session.expire_all()
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a comparable form."""
    with engine.connect() as conn:
        return {
            table.name: sorted(
                (tuple(map(repr, row)) for row in conn.execute(select(table))), key=repr
            )
            for table in Base.metadata.sorted_tables
        }


@contextmanager
def unchanged(engine: Engine, match: str) -> Iterator[None]:
    """The block must raise a DomainError naming `match` and change nothing at all."""
    before = snapshot(engine)
    with pytest.raises(DomainError, match=match):
        yield
    assert snapshot(engine) == before


def add_customer(
    factory: sessionmaker[Session],
    name: str = "최민준",
    phone: str = "010-9876-5432",
    *,
    member: bool = True,
    points: int = 0,
) -> int:
    with factory() as session:
        customer = Customer(name=name, phone=phone, is_member=member, points=points)
        session.add(customer)
        session.commit()
        return customer.id


def place_order(
    uow: Any,
    actor: Any,
    items: dict[str, int],
    *,
    stage: Stage = Stage.RECEIVED,
    shipping_fee: int = 3000,
    **extra: Any,
) -> str:
    """An order through the real service, with the knobs the money tests need."""
    new = orders.NewOrder(
        channel=extra.pop("channel", "web"),
        lines=[orders.NewLine(sku=sku, quantity=q) for sku, q in items.items()],
        buyer_name=extra.pop("buyer_name", "이서연"),
        buyer_phone=extra.pop("buyer_phone", "010-1234-5678"),
        stage=stage,
        shipping_fee=shipping_fee,
        addresses=[
            orders.NewAddress(
                name="이서연",
                phone="010-1234-5678",
                postcode="06236",
                address1="서울특별시 강남구 테헤란로 152",
            )
        ],
        **extra,
    )
    return orders.place_order(uow, actor, new)


def line_id(session: Session, code: str, sku: str, *, replacement: bool = False) -> int:
    order = order_of(session, code)
    for line in order.lines:
        if line.sku == sku and (line.replaces_line_id is not None) == replacement:
            return line.id
    raise AssertionError(f"{code} has no line {sku}")


def assert_conserved(session: Session, initial: dict[str, int]) -> None:
    """R14–R15 per variant: initial = stock + held by live orders + damaged returns; and every
    goods line's shipment quantities equal its ordered minus cancelled quantity (R20)."""
    session.expire_all()
    held = dict.fromkeys(initial, 0)
    for order in session.scalars(select(Order)):
        for line in order.lines:
            if line.sku in held and order.stage != Stage.CANCELLED:
                held[line.sku] += line.active_quantity
            shipped = sum(
                i.quantity for s in order.shipments for i in s.items if i.line_id == line.id
            )
            if line.variant_id is not None:
                assert shipped == line.quantity - line.cancelled_quantity, (order.code, line.sku)
        for claim in order.claims:
            if claim.state == "completed" and claim.damaged:
                for item in claim.items:
                    held[item.line.sku] += item.quantity
    for sku, start in initial.items():
        assert stock_of(session, sku) + held[sku] == start, sku
