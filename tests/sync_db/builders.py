"""Builders for the sync tests: orders made here, and counting what the fake shop holds."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.db.models import Order, OutboxEntry
from backoffice.db.uow import UnitOfWork
from backoffice.services.orders import changes as orders
from backoffice.services.orders import counter
from tests.factories import CASHIER
from tests.fakes.woo_server import FakeWooServer


def counter_sale(uow: UnitOfWork, items: dict[str, int] | None = None) -> str:
    """A paid counter sale (R30): its creation waits in the outbox for the shop."""
    lines = [orders.NewLine(sku=s, quantity=q) for s, q in (items or {"MUG-WHT": 2}).items()]
    result = counter.create_counter_order(
        uow, CASHIER, lines, guest_name="Walk In", payment=counter.CounterPayment("cash")
    )
    return result.code


def local_order(session: Session, shop_order_id: int) -> Order:
    session.expire_all()
    order = session.scalar(select(Order).where(Order.shop_order_id == str(shop_order_id)))
    assert order is not None, f"shop order {shop_order_id} was not pulled"
    return order


def entries(session: Session, **where: object) -> list[OutboxEntry]:
    session.expire_all()
    stmt = select(OutboxEntry).order_by(OutboxEntry.id)
    for name, value in where.items():
        stmt = stmt.where(getattr(OutboxEntry, name) == value)
    return list(session.scalars(stmt))


def notes_with(woo: FakeWooServer, oid: int, text: str) -> list[dict[str, object]]:
    return [n for n in woo.shop.notes[oid] if text in str(n["note"])]


def orders_with_code(woo: FakeWooServer, code: str) -> list[int]:
    return [
        oid
        for oid, o in woo.shop.orders.items()
        if any(m["key"] == "_backoffice_order_code" and m["value"] == code for m in o["meta"])
    ]
