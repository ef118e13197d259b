"""Placing orders and moving them through the workflow (R6–R11, R13, R14, R30, R49).

The allowed moves are decided by `domain.stages`; this module applies them with their stock effects,
shipment moves, timeline event and outbox row, in one transaction per call.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.db.base import utcnow
from backoffice.db.models import (
    CustomStatus,
    Order,
    OrderAddress,
    OrderLine,
    Shipment,
    ShipmentLine,
    Variant,
)
from backoffice.db.uow import UnitOfWork
from backoffice.domain.errors import N_, DomainError, NeedsConfirmation, NotFound
from backoffice.domain.money import Money
from backoffice.domain.stages import (
    RANK,
    SHIPMENT_RANK,
    Fulfilment,
    ShipmentStage,
    Stage,
    asks_before_preparing,
    check_cancel,
    check_forward,
    check_revert,
    shipment_stage_for,
)
from backoffice.services.fulfilment import tracking as tracking_push
from backoffice.services.orders import codes, stock, totals
from backoffice.services.orders.history import record
from backoffice.services.orders.lookup import get_order
from backoffice.services.staff.actor import Actor
from backoffice.services.staff.permissions import require_manager

CHANNELS = ("web", "counter", "phone", "marketplace")
LINE_KINDS = ("item", "free", "negative", "surcharge", "fee")  # fee: a web shop's, signed


@dataclass
class NewLine:
    quantity: int
    unit_price: int | None = None  # None: the variant's price
    variant_id: int | None = None
    sku: str = ""
    name: str = ""
    options: str = ""
    kind: str = "item"
    discount_amount: int = 0
    discount_percent: int = 0
    shop_line_id: str | None = None
    tax_amount: int = 0  # the line's tax for its whole quantity (web shops that add tax)


@dataclass
class NewAddress:
    name: str
    phone: str = ""
    postcode: str = ""
    address1: str = ""
    address2: str = ""
    memo: str = ""


@dataclass
class NewOrder:
    channel: str
    lines: list[NewLine]
    buyer_name: str = ""
    buyer_phone: str = ""
    buyer_email: str = ""
    customer_id: int | None = None
    is_member: bool = False
    currency: str = "KRW"
    stage: Stage = Stage.RECEIVED
    fulfilment: Fulfilment = Fulfilment.DELIVERY
    addresses: list[NewAddress] = field(default_factory=list)
    shipping_fee: int = 0
    shipping_tax: int = 0
    prices_include_tax: bool = False
    rounding: int = 0  # a web shop's own rounding of the parts it sent (sync/woocommerce/totals)
    coupon_codes: str = ""
    grade_discount: int = 0
    coupon_discount: int = 0
    points_used: int = 0
    payment_method: str = ""
    shop_id: int | None = None
    shop_order_number: str | None = None
    shop_order_id: str | None = None
    channel_detail: str = ""
    deposit_deadline: datetime | None = None
    created_at: datetime | None = None
    customer_note: str = ""


def build_line(session, spec: NewLine, position: int) -> OrderLine:  # type: ignore[no-untyped-def]
    """A line from the catalogue (by variant id or SKU) or free text with a price (R17)."""
    if spec.kind not in LINE_KINDS:
        raise DomainError("Unknown line kind {kind!r}", "R17", kind=spec.kind)
    if spec.quantity <= 0:
        raise DomainError("A quantity must be at least 1", "R17")
    variant = None
    if spec.variant_id is not None:
        variant = session.get(Variant, spec.variant_id)
    elif spec.sku and spec.kind == "item":
        variant = session.scalar(select(Variant).where(Variant.sku == spec.sku))
    if variant is None and not spec.name:
        raise DomainError("No product with SKU {sku!r}", "R17", sku=spec.sku)
    price = spec.unit_price if spec.unit_price is not None else (variant.price if variant else None)
    if price is None:
        raise DomainError("A free line needs a price: {name}", "R17", name=spec.name)
    if spec.kind == "negative" and price > 0:
        price = -price
    if spec.kind in ("surcharge", "item", "free") and price < 0:
        raise DomainError("Only a refund line can have a negative price", "R17")
    return OrderLine(
        position=position,
        kind=spec.kind,
        variant_id=variant.id if variant else None,
        sku=variant.sku if variant else spec.sku,
        name=spec.name or (variant.product.name if variant else ""),
        options=spec.options or (variant.options if variant else ""),
        quantity=spec.quantity,
        unit_price=price,
        discount_amount=spec.discount_amount,
        discount_percent=spec.discount_percent,
        shop_line_id=spec.shop_line_id,
        tax_amount=spec.tax_amount,
    )


def check_new_order(new: NewOrder) -> None:
    if new.channel not in CHANNELS:
        raise DomainError(
            "Unknown channel {channel!r}; use one of {choices}",
            "R2",
            channel=new.channel,
            choices=", ".join(CHANNELS),
        )
    if not new.lines:
        raise DomainError("An order needs at least one line", "R30")
    if len(new.addresses) > 5:
        raise DomainError("An order keeps at most five shipping addresses", "R5")


def build_order(session, new: NewOrder, *, check_stock: bool, unread: bool) -> Order:  # type: ignore[no-untyped-def]
    """The order row, its lines and addresses, shipment #1 with every item, stock taken (R14).

    Shared by every way an order is born (web pull, counter, phone); callers add payments, move
    the stage and write the timeline event in the same transaction.
    """
    check_new_order(new)
    now = utcnow()
    order = Order(
        code=codes.next_code(session),
        channel=new.channel,
        channel_detail=new.channel_detail,
        fulfilment=new.fulfilment.value,
        stage=new.stage.value,
        shop_id=new.shop_id,
        shop_order_number=new.shop_order_number,
        shop_order_id=new.shop_order_id,
        customer_id=new.customer_id,
        is_member=new.is_member,
        buyer_name=new.buyer_name,
        buyer_phone=new.buyer_phone,
        buyer_email=new.buyer_email,
        currency=new.currency,
        payment_method=new.payment_method,
        shipping_fee=new.shipping_fee,
        shipping_tax=new.shipping_tax,
        prices_include_tax=new.prices_include_tax,
        rounding=new.rounding,
        coupon_codes=new.coupon_codes,
        grade_discount=new.grade_discount,
        coupon_discount=new.coupon_discount,
        points_used=new.points_used,
        deposit_deadline=new.deposit_deadline,
        created_at=new.created_at or now,
        updated_at=now,
        customer_note=new.customer_note,
        unread=unread,
        # A new order has none of these yet: starting them empty saves a lazy SELECT each
        # when totals.refresh reads them (pulled pages apply thousands of orders).
        payments=[],
        payment_requests=[],
        refunds=[],
        claims=[],
        edits=[],
        memos=[],
        messages=[],
    )
    wanted: dict[int, int] = {}
    for position, spec in enumerate(new.lines):
        line = build_line(session, spec, position)
        if line.variant_id is not None:
            wanted[line.variant_id] = wanted.get(line.variant_id, 0) + line.quantity
        order.lines.append(line)
    if check_stock:  # staff cannot sell what is gone; web orders are taken as they come
        for variant_id, quantity in wanted.items():
            stock.require_available(session, variant_id, quantity)
    for slot, spec in enumerate(new.addresses, start=1):
        order.addresses.append(OrderAddress(slot=slot, **spec.__dict__))
    session.add(order)
    session.flush()
    shipment = Shipment(number=1, address_id=order.addresses[0].id if order.addresses else None)
    order.shipments.append(shipment)
    for line in order.lines:
        if line.kind == "item" or line.variant_id is not None:
            shipment.items.append(ShipmentLine(line_id=line.id, quantity=line.quantity))
    stock.take_all(session, order)
    return order


def place_order(uow: UnitOfWork, actor: Actor, new: NewOrder, *, check_stock: bool = False) -> str:
    """Create an order with its code, first shipment and stock taken (R1, R14, R30). Returns the code."""
    with uow:
        session = uow.session
        order = build_order(session, new, check_stock=check_stock, unread=actor.kind != "staff")
        move_shipments(order, Stage(order.stage))
        _stamp(order, Stage(order.stage), utcnow())
        totals.refresh(order)
        record(
            session,
            order,
            actor,
            "created",
            "Order placed ({channel}), {count} items",
            after={"stage": order.stage, "total": order.total},
            push={"order": order_payload(order)} if new.channel != "web" else None,
            params={"channel": new.channel, "count": order.item_count},
        )
        uow.commit()
        return order.code


def order_payload(order: Order) -> dict[str, object]:
    """Everything the shop needs to create the order later, without reading state again (R42).
    One shape for every order born here (place_order, counter sales); sync.outbox_map reads it."""
    return {
        "code": order.code,
        "channel": order.channel,
        "stage": order.stage,
        "fulfilment": order.fulfilment,
        "currency": order.currency,
        "buyer": {"name": order.buyer_name, "phone": order.buyer_phone, "email": order.buyer_email},
        "member": order.is_member,
        "lines": [
            {"sku": ln.sku, "name": ln.name, "quantity": ln.quantity, "unit_price": ln.unit_price}
            for ln in order.lines
        ],
        "shipping_fee": order.shipping_fee,
        "total": order.total,
        "paid": order.paid,
    }


def _stamp(order: Order, stage: Stage, now: datetime) -> None:
    if stage in (Stage.SHIPPED, Stage.DELIVERED, Stage.COMPLETED) and order.shipped_at is None:
        order.shipped_at = now if stage == Stage.SHIPPED else order.shipped_at
    if stage in (Stage.DELIVERED, Stage.COMPLETED) and order.delivered_at is None:
        order.delivered_at = now
    if stage == Stage.COMPLETED and order.completed_at is None:
        order.completed_at = now


def move_shipments(
    order: Order, target: Stage, carrier: str | None = None, tracking: str | None = None
) -> None:
    """Bring every shipment with items up (or down) to the shipment stage the order stage implies."""
    wanted = shipment_stage_for(target)
    now = utcnow()
    for shipment in order.shipments:
        if not shipment.items:
            continue
        if wanted is None:  # pending_payment / received: nothing prepared yet
            shipment.stage = ShipmentStage.PREPARING.value
            continue
        if SHIPMENT_RANK[ShipmentStage(shipment.stage)] < SHIPMENT_RANK[wanted]:
            if wanted in (ShipmentStage.SHIPPED, ShipmentStage.DELIVERED):
                if carrier and not shipment.tracking_number:
                    shipment.carrier, shipment.tracking_number = carrier, tracking or ""
                shipment.shipped_at = shipment.shipped_at or now
            if wanted == ShipmentStage.DELIVERED:
                shipment.delivered_at = shipment.delivered_at or now
            shipment.stage = wanted.value


def check_not_awaiting_confirmation(order: Order) -> None:
    """R18: while the customer is asked to confirm an edit, the order sheet is locked: it does
    not move on (a cancel is still possible) until they confirm or staff withdraw the request."""
    if order.edit_state == "confirmation_requested":
        raise DomainError(
            "Order {code} waits for the customer to confirm its edit: it moves on once they "
            "confirm, or after you withdraw the request",
            "R18",
            code=order.code,
        )


def set_stage(
    uow: UnitOfWork,
    actor: Actor,
    code: str,
    target: Stage,
    *,
    carrier: str | None = None,
    tracking: str | None = None,
    reason: str | None = None,
    confirm_unpaid: bool = False,
    expected_version: int | None = None,
) -> Stage:
    """Forward move (R6); shipped needs carrier and tracking (R7); unpaid -> preparing warns (R23).
    A backward target is a revert (R9) and needs a manager and a reason."""
    with uow:
        order = get_order(uow.session, code, expected_version=expected_version)
        moved = stage_in_session(
            uow.session,
            actor,
            order,
            target,
            carrier=carrier,
            tracking=tracking,
            reason=reason,
            confirm_unpaid=confirm_unpaid,
        )
        uow.commit()
        return moved


# The timeline's sentence for a stage move; the bulk path's set-based writer uses it too.
STAGE_TEXT = N_("Stage {stage} → {target}")


def stage_in_session(
    session: Session,
    actor: Actor,
    order: Order,
    target: Stage,
    *,
    carrier: str | None = None,
    tracking: str | None = None,
    reason: str | None = None,
    confirm_unpaid: bool = False,
) -> Stage:
    """`set_stage` inside an open transaction (the bulk path: many orders, one commit)."""
    current = Stage(order.stage)
    if target == Stage.CANCELLED:
        raise DomainError("Cancelling needs a reason: use cancel", "R11")
    if current == Stage.CANCELLED or (current in RANK and RANK[target] < RANK[current]):
        return _revert_in_session(session, actor, order, target, reason)
    check_not_awaiting_confirmation(order)
    shipments = [s for s in order.shipments if s.items]
    has_tracking = bool(carrier and tracking) or (
        bool(shipments) and all(s.tracking_number for s in shipments)
    )
    check_forward(
        order.code,
        current,
        target,
        fulfilment=Fulfilment(order.fulfilment),
        has_tracking=has_tracking,
    )
    if asks_before_preparing(current, target, order.balance) and not confirm_unpaid:
        raise NeedsConfirmation(
            "Order {code} still waits for payment of {balance}: confirm to prepare it anyway",
            "R23",
            code=order.code,
            balance=Money(order.balance, order.currency),
        )
    if current == Stage.PENDING_PAYMENT:
        order.deposit_deadline = None  # the deadline no longer applies once it moves on
    before = {"stage": current.value}
    order.stage = target.value
    move_shipments(order, target, carrier, tracking)
    _stamp(order, target, utcnow())
    totals.refresh(order)
    text = STAGE_TEXT
    params: dict[str, object] = {"stage": current, "target": target}
    push = {"stage": target.value, "reason": reason or ""}
    if target == Stage.SHIPPED:
        text = N_("Stage {stage} → {target} ({carrier} {tracking})")
        params.update(carrier=order.carrier, tracking=order.tracking_numbers)
        push.update(carrier=order.carrier, tracking=order.tracking_numbers)
        # R7/R47: the shop gets each number with its link, and the customer the template.
        push.update(
            shipments=tracking_push.shipments_payload(order),
            note=tracking_push.shipped_note(session, order),
        )
    record(  # templates: N_
        session,
        order,
        actor,
        "stage",
        text,
        before=before,
        after={"stage": target.value},
        push=push,
        params=params,
    )
    return target


def _revert(
    uow: UnitOfWork, actor: Actor, order: Order, target: Stage, reason: str | None
) -> Stage:
    moved = _revert_in_session(uow.session, actor, order, target, reason)
    uow.commit()
    return moved


def _revert_in_session(
    session: Session, actor: Actor, order: Order, target: Stage, reason: str | None
) -> Stage:
    current = Stage(order.stage)
    check_revert(
        order.code, current, target, is_manager=actor.is_manager, cancel_reason=order.cancel_reason
    )
    if not (reason and reason.strip()):
        raise DomainError("Moving an order back needs a reason", "R9")
    if current == Stage.CANCELLED:
        for line in order.lines:
            stock.adjust(session, order, line.variant_id, line.active_quantity)  # R14
        order.cancel_reason = None
        order.cancelled_at = None
        order.stage_before_cancel = None
    order.stage = target.value
    _move_shipments_back(order, target)
    if RANK[target] < RANK[Stage.DELIVERED]:
        order.delivered_at = None
    if RANK[target] < RANK[Stage.COMPLETED]:
        order.completed_at = None
    totals.refresh(order)
    record(
        session,
        order,
        actor,
        "revert",
        "Stage {stage} → {target} (reverted: {reason})",
        before={"stage": current.value},
        after={"stage": target.value},
        push={"stage": target.value, "reason": reason.strip()},
        params={"stage": current, "target": target, "reason": reason.strip()},
    )
    return target


def _move_shipments_back(order: Order, target: Stage) -> None:
    wanted = shipment_stage_for(target) or ShipmentStage.PREPARING
    for shipment in order.shipments:
        if SHIPMENT_RANK[ShipmentStage(shipment.stage)] > SHIPMENT_RANK[wanted]:
            shipment.stage = wanted.value
            if SHIPMENT_RANK[wanted] < SHIPMENT_RANK[ShipmentStage.DELIVERED]:
                shipment.delivered_at = None
            if SHIPMENT_RANK[wanted] < SHIPMENT_RANK[ShipmentStage.SHIPPED]:
                shipment.shipped_at = None


# The timeline's sentence for a cancel, as cancel_in_session records it; the bulk path's
# set-based writer uses it (the property test compares their rows).
CANCEL_TEXT = N_("Cancelled: {reason}")


def cancel_in_session(session, actor: Actor, order: Order, reason: str) -> None:  # type: ignore[no-untyped-def]
    """Cancel inside an open transaction (used by cancel, claims and the automatic rules)."""
    check_cancel(order.code, Stage(order.stage))
    if not reason.strip():
        raise DomainError("Cancelling needs a reason", "R11")
    before = order.stage
    stock.return_all(session, order)  # R14
    order.stage_before_cancel = before
    order.stage = Stage.CANCELLED.value
    order.cancel_reason = reason.strip()
    order.cancelled_at = utcnow()
    for claim in order.claims:
        if claim.kind == "cancel" and claim.whole_order and claim.state == "requested":
            claim.state, claim.resolved_at = "completed", utcnow()
    totals.refresh(order)
    record(
        session,
        order,
        actor,
        "cancelled",
        "Cancelled: {reason}",  # CANCEL_TEXT: the message list needs the literal here
        before={"stage": before},
        after={"stage": Stage.CANCELLED.value, "reason": reason.strip()},
        push={"stage": Stage.CANCELLED.value, "reason": reason.strip()},
        params={"reason": reason.strip()},
    )


def cancel(
    uow: UnitOfWork, actor: Actor, code: str, reason: str, *, expected_version: int | None = None
) -> None:
    """R11: staff cancel in any stage before completed, with a reason; stock comes back (R14)."""
    with uow:
        order = get_order(uow.session, code, expected_version=expected_version)
        cancel_in_session(uow.session, actor, order, reason)
        uow.commit()


def uncancel(uow: UnitOfWork, actor: Actor, code: str, reason: str) -> Stage:
    """R11: a manager revives a manually cancelled order at the stage it had; stock is taken again."""
    require_manager(actor, "uncancel", "R11")
    with uow:
        order = get_order(uow.session, code)
        if order.stage != Stage.CANCELLED:
            raise DomainError("Order {code} is not cancelled", "R11", code=order.code)
        target = Stage(order.stage_before_cancel or Stage.RECEIVED.value)
        return _revert(uow, actor, order, target, reason)


def delete_order(uow: UnitOfWork, actor: Actor, code: str, reason: str) -> None:
    """R49: a manager deletes an order; stock returns (R14); the log keeps a record; no restore."""
    require_manager(actor, "delete", "R49")
    with uow:
        session = uow.session
        order = get_order(session, code)
        if order.stage != Stage.CANCELLED:
            stock.return_all(session, order)
        said, params = N_("Order {code} deleted: no reason given"), {"code": order.code}
        if reason.strip():
            said = N_("Order {code} deleted: {reason}")
            params["reason"] = reason.strip()
        record(  # templates: N_
            session,
            order,
            actor,
            "deleted",
            said,
            before={"stage": order.stage, "total": order.total, "buyer": order.buyer_name},
            push={"deleted": True},
            params=params,
        )
        session.flush()
        session.delete(order)
        uow.commit()


def set_custom_status(uow: UnitOfWork, actor: Actor, code: str, status_id: int | None) -> None:
    """R13: a shop-defined label inside the order's stage (or none)."""
    with uow:
        session = uow.session
        order = get_order(session, code)
        label = session.get(CustomStatus, status_id) if status_id is not None else None
        if status_id is not None and label is None:
            raise DomainError("That custom status no longer exists", "R13")
        if label is not None and label.stage != order.stage:
            raise DomainError(
                "{name!r} belongs to stage {label_stage}, the order is {stage}",
                "R13",
                name=label.name,
                label_stage=label.stage,
                stage=order.stage,
            )
        before = order.custom_status.name if order.custom_status else None
        order.custom_status_id = label.id if label else None
        order.custom_status = label
        record(
            session,
            order,
            actor,
            "custom_status",
            "Status label: {name}",
            before={"label": before},
            after={"label": label.name if label else None},
            params={"name": label.name if label else "—"},
        )
        uow.commit()


def mark_read(uow: UnitOfWork, code: str) -> None:
    """R37: a new order stops standing out once opened. Not a change of the order: no event."""
    with uow:
        order = get_order(uow.session, code)
        if order.unread:
            order.unread = False
            uow.commit()


@dataclass(frozen=True)
class OpenedOrder:
    id: int
    code: str


def _scanned_order(session: Session, text: str) -> Order:
    """The order of a code, a shop order number or a shipment's tracking number (a waybill
    scanned at the counter, issue 13)."""
    try:
        return get_order(session, text)
    except NotFound:
        number = "".join(text.split())
        if not number:
            raise
        order_id = session.scalar(
            select(Shipment.order_id).where(Shipment.tracking_number == number).limit(1)
        )
        order = session.get(Order, order_id) if order_id is not None else None
        if order is None:
            raise
        return order


def open_order(uow: UnitOfWork, *, order_id: int | None = None, text: str = "") -> OpenedOrder:
    """The order staff open, by its list row's id or by what was scanned or typed (a code, the
    shop's order number or a tracking number), marked read on the way (R37). The dialog then
    reads it once."""
    with uow:
        if order_id is not None:
            order = uow.session.get(Order, order_id)
            if order is None:
                raise NotFound("No order {text!r}", text=f"#{order_id}")
        else:
            order = _scanned_order(uow.session, text)
        opened = OpenedOrder(order.id, order.code)
        if order.unread:
            order.unread = False
            uow.commit()
        return opened
