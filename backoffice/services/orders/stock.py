"""Stock kept in step with orders (R14–R16): every quantity an order holds is taken from its
variant; giving it back returns it. Products that no longer exist are skipped, not errors."""

from __future__ import annotations

from sqlalchemy.orm import Session

from backoffice.db.base import utcnow
from backoffice.db.models import Order, OrderLine, OutboxEntry, Variant
from backoffice.domain.errors import DomainError
from backoffice.domain.stages import Stage
from backoffice.services.orders.history import outbox_row


def held_quantity(order: Order, line: OrderLine) -> int:
    """What a line keeps out of stock: nothing once the order is cancelled."""
    return 0 if order.stage == Stage.CANCELLED else line.active_quantity


def adjust(session: Session, order: Order, variant_id: int | None, delta: int) -> Variant | None:
    """Move `delta` units out of stock (positive) or back in (negative); pushes the new level (R44)."""
    if variant_id is None or delta == 0:
        return None
    variant = session.get(Variant, variant_id)
    if variant is None or not variant.track_stock:
        return None  # R14: a product that no longer exists is skipped
    variant.stock -= delta
    payload = {"sku": variant.sku, "stock": variant.stock}
    row = outbox_row(order.id, order.code, order.shop_id, "stock", payload, utcnow())
    session.add(OutboxEntry(**row))
    return variant


def require_available(session: Session, variant_id: int | None, quantity: int) -> None:
    """Staff cannot sell more than is in stock (web orders already placed are taken as they come)."""
    if variant_id is None or quantity <= 0:
        return
    variant = session.get(Variant, variant_id)
    if variant is None or not variant.track_stock:
        return
    if variant.stock < quantity:
        raise DomainError(
            "{display_name} ({sku}) has only {stock} in stock",
            "R14",
            display_name=variant.display_name,
            sku=variant.sku,
            stock=max(variant.stock, 0),
        )


def take_all(session: Session, order: Order) -> None:
    for line in order.lines:
        adjust(session, order, line.variant_id, line.active_quantity)


def return_all(session: Session, order: Order) -> None:
    for line in order.lines:
        adjust(session, order, line.variant_id, -line.active_quantity)
