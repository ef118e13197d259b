"""Quantities in shipments, inside an open transaction (R20–R21).

Shared by the shipment services (split, merge, advance) and order edits (R17), which move units
in and out of unshipped shipments; and the rule that an order's stage follows its shipments.
"""

from __future__ import annotations

from datetime import datetime

from backoffice.db.base import utcnow
from backoffice.db.models import Order, OrderLine, Shipment, ShipmentLine
from backoffice.domain.errors import DomainError, NotFound
from backoffice.domain.stages import RANK, SHIPMENT_RANK, ShipmentStage, Stage, order_stage_for

UNSHIPPED = frozenset({ShipmentStage.PREPARING.value, ShipmentStage.READY.value})
# The order's stage follows its shipments only once the shop has confirmed it (R21); before that
# every shipment waits in `preparing` and the order keeps its own stage.
FOLLOWING_STAGES = frozenset({Stage.PREPARING, Stage.READY, Stage.SHIPPED, Stage.DELIVERED})


def ships(line: OrderLine) -> bool:
    """Lines that travel in a shipment: catalogue items (free/negative/surcharge lines do not)."""
    return line.kind == "item" or line.variant_id is not None


def get_shipment(order: Order, number: int) -> Shipment:
    for shipment in order.shipments:
        if shipment.number == number:
            return shipment
    raise NotFound("Order {code} has no shipment #{number}", code=order.code, number=number)


def new_shipment(order: Order, address_id: int | None) -> Shipment:
    number = max((s.number for s in order.shipments), default=0) + 1
    # Defaults spelled out: column defaults only apply at flush, and callers read them before.
    shipment = Shipment(
        number=number,
        kind="normal",
        stage=ShipmentStage.PREPARING.value,
        address_id=address_id,
        created_at=utcnow(),
    )
    order.shipments.append(shipment)
    return shipment


def put_quantity(order: Order, line: OrderLine, quantity: int) -> Shipment:
    """Added units go to the first unshipped shipment (preparing before ready), or a new one."""
    normal = [s for s in order.shipments if s.kind == "normal"]
    target = next((s for s in normal if s.stage == ShipmentStage.PREPARING), None)
    target = target or next((s for s in normal if s.stage in UNSHIPPED), None)
    if target is None:
        first = order.shipments[0].address_id if order.shipments else None
        target = new_shipment(order, first)
    for item in target.items:
        if item.line is line:
            item.quantity += quantity
            return target
    target.items.append(ShipmentLine(line=line, quantity=quantity))
    return target


def take_quantity(order: Order, line: OrderLine, quantity: int) -> None:
    """Removed units come out of unshipped shipments, latest first; shipped units stay (R20)."""
    holding = [
        (s, item)
        for s in reversed(order.shipments)
        if s.stage in UNSHIPPED
        for item in s.items
        if item.line is line
    ]
    available = sum(item.quantity for _, item in holding)
    if available < quantity:
        shipped = sum(
            item.quantity
            for s in order.shipments
            if s.stage not in UNSHIPPED
            for item in s.items
            if item.line is line
        )
        raise DomainError(
            "{name}: {shipped} already shipped; only {available} can still be taken out",
            "R20",
            name=line.name,
            shipped=shipped,
            available=available,
        )
    remaining = quantity
    emptied: list[Shipment] = []
    for shipment, item in holding:
        if remaining == 0:
            break
        took = min(item.quantity, remaining)
        item.quantity -= took
        remaining -= took
        if item.quantity == 0:
            shipment.items.remove(item)
            if not shipment.items:
                emptied.append(shipment)
    for shipment in emptied:
        if len(order.shipments) > 1 and shipment.kind == "normal":
            order.shipments.remove(shipment)


def follow_shipments(order: Order, now: datetime | None = None) -> Stage | None:
    """R21: the order stands at its least-advanced shipment with items. Returns the new stage when
    it moved, else None. Stamps the order's shipped/delivered times (the R8 clock)."""
    current = Stage(order.stage)
    stages = [ShipmentStage(s.stage) for s in order.shipments if s.items]
    if current not in FOLLOWING_STAGES or not stages:
        return None
    target = order_stage_for(min(stages, key=SHIPMENT_RANK.__getitem__))
    if target == current:
        return None
    now = now or utcnow()
    order.stage = target.value
    if RANK[target] >= RANK[Stage.SHIPPED]:
        order.shipped_at = order.shipped_at or now
    if target == Stage.DELIVERED:
        order.delivered_at = order.delivered_at or now
    return target
