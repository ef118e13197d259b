"""Shipments of an order (R5, R20–R21): split and merge, addresses, tracking, and advancing one
shipment at a time, with the order's stage following its shipments.

Quantity moves and the stage-follows-shipments rule live in services.fulfilment (shared with
order edits).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy.orm import Session

from backoffice.db.base import utcnow
from backoffice.db.models import Order, OrderAddress, Shipment, ShipmentLine
from backoffice.db.uow import UnitOfWork
from backoffice.domain.errors import DomainError, NotFound
from backoffice.domain.stages import (
    SHIPMENT_RANK,
    SPLITTABLE_STAGES,
    Fulfilment,
    ShipmentStage,
    Stage,
)
from backoffice.services.fulfilment import tracking as tracking_push
from backoffice.services.fulfilment.flow import (
    FOLLOWING_STAGES,
    UNSHIPPED,
    follow_shipments,
    get_shipment,
    new_shipment,
)
from backoffice.services.orders import totals
from backoffice.services.orders.changes import (
    NewAddress,
    check_not_awaiting_confirmation,
    set_stage,
)
from backoffice.services.orders.history import record
from backoffice.services.orders.lookup import get_order
from backoffice.services.staff.actor import Actor

MAX_ADDRESSES = 5  # R5


def _open_order(uow: UnitOfWork, code: str, expected_version: int | None) -> Order:
    order = get_order(uow.session, code, expected_version=expected_version)
    if order.stage in (Stage.CANCELLED, Stage.COMPLETED):
        raise DomainError(
            "Order {code} is {stage}: its shipments cannot change",
            "R20",
            code=order.code,
            stage=order.stage,
        )
    return order


def _contents(shipment: Shipment) -> dict[str, int]:
    """{"SKU#line id": units} of a shipment, for the timeline's before/after."""
    return {f"{i.line.sku or i.line.name}#{i.line.id}": i.quantity for i in shipment.items}


# ---- split and merge (R20) -------------------------------------------------------------------


def split_shipment(
    uow: UnitOfWork,
    actor: Actor,
    code: str,
    number: int,
    quantities: Mapping[int, int],
    *,
    expected_version: int | None = None,
) -> int:
    """Move `quantities` {line id: units} of an unshipped shipment into a new one (R20).

    Only while the order is `preparing`; something must stay behind. Returns the new number."""
    with uow:
        order = get_order(uow.session, code, expected_version=expected_version)
        if Stage(order.stage) not in SPLITTABLE_STAGES:
            raise DomainError(
                "Order {code} is {stage}: shipments can be split only while preparing",
                "R20",
                code=order.code,
                stage=order.stage,
            )
        source = get_shipment(order, number)
        if source.stage not in UNSHIPPED:
            raise DomainError(
                "Shipment #{number} is already {stage}", "R20", number=number, stage=source.stage
            )
        by_line = {item.line_id: item for item in source.items}
        if not quantities or any(q <= 0 for q in quantities.values()):
            raise DomainError("Choose at least one unit to split off", "R20")
        for line_id, qty in quantities.items():
            item = by_line.get(line_id)
            if item is None:
                raise DomainError(
                    "Shipment #{number} does not carry that line", "R20", number=number
                )
            if qty > item.quantity:
                raise DomainError(
                    "Shipment #{number} carries only {quantity} of {name}",
                    "R20",
                    number=number,
                    quantity=item.quantity,
                    name=item.line.name,
                )
        if sum(quantities.values()) >= sum(item.quantity for item in source.items):
            raise DomainError("A split must leave something in the original shipment", "R20")
        before = _contents(source)
        target = new_shipment(order, source.address_id)
        for line_id, qty in quantities.items():
            item = by_line[line_id]
            item.quantity -= qty
            if item.quantity == 0:
                source.items.remove(item)
            target.items.append(ShipmentLine(line=item.line, quantity=qty))
        totals.refresh(order)
        record(
            uow.session,
            order,
            actor,
            "shipment_split",
            "Shipment #{number} split: {units} units to #{target_number}",
            before={f"#{number}": before},
            after={f"#{number}": _contents(source), f"#{target.number}": _contents(target)},
            params={
                "number": number,
                "units": sum(quantities.values()),
                "target_number": target.number,
            },
        )
        uow.commit()
        return target.number


def merge_shipments(
    uow: UnitOfWork,
    actor: Actor,
    code: str,
    numbers: Sequence[int],
    *,
    expected_version: int | None = None,
) -> int:
    """Merge unshipped shipments into the lowest-numbered of them (R20). Returns that number."""
    with uow:
        order = _open_order(uow, code, expected_version)
        wanted = sorted(set(numbers))
        if len(wanted) < 2:
            raise DomainError("Choose at least two shipments to merge", "R20")
        chosen = [get_shipment(order, n) for n in wanted]
        for shipment in chosen:
            if shipment.stage not in UNSHIPPED:
                raise DomainError(
                    "Shipment #{number} is already {stage}: it cannot be merged",
                    "R20",
                    number=shipment.number,
                    stage=shipment.stage,
                )
        if len({s.kind for s in chosen}) > 1:
            raise DomainError("An exchange shipment travels on its own", "R26")
        if len({s.address_id for s in chosen}) > 1:
            raise DomainError(
                "These shipments go to different addresses: give them the same address first",
                "R5",
            )
        target, rest = chosen[0], chosen[1:]
        before = {f"#{s.number}": _contents(s) for s in chosen}
        for shipment in rest:
            for item in list(shipment.items):
                # By the line itself: a part appended a moment ago has no line_id until a flush,
                # so three parcels holding the same line would otherwise give the target two rows.
                mine = next((i for i in target.items if i.line is item.line), None)
                if mine is None:
                    target.items.append(ShipmentLine(line=item.line, quantity=item.quantity))
                else:
                    mine.quantity += item.quantity
                shipment.items.remove(item)
            order.shipments.remove(shipment)
        # The merged parcel is only as far along as its least-advanced part.
        target.stage = min(
            (ShipmentStage(s.stage) for s in chosen), key=SHIPMENT_RANK.__getitem__
        ).value
        follow_shipments(order)
        totals.refresh(order)
        record(
            uow.session,
            order,
            actor,
            "shipment_merge",
            "Shipments {numbers} merged into #{target_number}",
            before=before,
            after={f"#{target.number}": _contents(target)},
            params={
                "numbers": ", ".join(f"#{n}" for n in wanted),
                "target_number": target.number,
            },
        )
        uow.commit()
        return target.number


# ---- addresses (R5) --------------------------------------------------------------------------


def _address_dict(address: OrderAddress) -> dict[str, str]:
    return {
        "name": address.name,
        "phone": address.phone,
        "postcode": address.postcode,
        "address1": address.address1,
        "address2": address.address2,
        "memo": address.memo,
    }


def _check_address(new: NewAddress) -> None:
    if not new.name.strip():
        raise DomainError("An address needs a recipient name", "R5")


def add_address(
    uow: UnitOfWork,
    actor: Actor,
    code: str,
    new: NewAddress,
    *,
    expected_version: int | None = None,
) -> int:
    """Add a shipping address to the order; at most five (R5). Returns its slot (1..5)."""
    _check_address(new)
    with uow:
        order = _open_order(uow, code, expected_version)
        if len(order.addresses) >= MAX_ADDRESSES:
            raise DomainError(
                "Order {code} already keeps {MAX_ADDRESSES} shipping addresses",
                "R5",
                code=order.code,
                MAX_ADDRESSES=MAX_ADDRESSES,
            )
        slot = max((a.slot for a in order.addresses), default=0) + 1
        address = OrderAddress(slot=slot, **new.__dict__)
        order.addresses.append(address)
        totals.refresh(order)
        record(
            uow.session,
            order,
            actor,
            "address",
            "Address {slot} added: {name} {address}",
            after={f"address{slot}": _address_dict(address)},
            params={"slot": slot, "name": new.name, "address": new.address1},
        )
        uow.commit()
        return slot


def edit_address(
    uow: UnitOfWork,
    actor: Actor,
    code: str,
    slot: int,
    new: NewAddress,
    *,
    expected_version: int | None = None,
) -> None:
    """Correct one of the order's addresses (R5)."""
    _check_address(new)
    with uow:
        order = _open_order(uow, code, expected_version)
        address = next((a for a in order.addresses if a.slot == slot), None)
        if address is None:
            raise NotFound("Order {code} has no address {slot}", code=order.code, slot=slot)
        before = _address_dict(address)
        for key, value in new.__dict__.items():
            setattr(address, key, value)
        totals.refresh(order)
        record(
            uow.session,
            order,
            actor,
            "address",
            "Address {slot} changed: {name} {address}",
            before={f"address{slot}": before},
            after={f"address{slot}": _address_dict(address)},
            params={"slot": slot, "name": new.name, "address": new.address1},
        )
        uow.commit()


def assign_address(
    uow: UnitOfWork,
    actor: Actor,
    code: str,
    number: int,
    slot: int,
    *,
    expected_version: int | None = None,
) -> None:
    """Send an unshipped shipment to one of the order's addresses (R5, R20)."""
    with uow:
        order = _open_order(uow, code, expected_version)
        shipment = get_shipment(order, number)
        if shipment.stage not in UNSHIPPED:
            raise DomainError(
                "Shipment #{number} is already {stage}", "R20", number=number, stage=shipment.stage
            )
        address = next((a for a in order.addresses if a.slot == slot), None)
        if address is None:
            raise NotFound("Order {code} has no address {slot}", code=order.code, slot=slot)
        old = next((a.slot for a in order.addresses if a.id == shipment.address_id), None)
        shipment.address_id = address.id
        shipment.address = address
        record(
            uow.session,
            order,
            actor,
            "shipment_address",
            "Shipment #{number} goes to address {slot} ({name})",
            before={"shipment": number, "address": old},
            after={"shipment": number, "address": slot},
            params={"number": number, "slot": slot, "name": address.name},
        )
        uow.commit()


# ---- tracking and stages (R7, R21) -----------------------------------------------------------


def set_tracking(
    uow: UnitOfWork,
    actor: Actor,
    code: str,
    number: int,
    carrier: str,
    tracking_number: str,
    *,
    expected_version: int | None = None,
) -> None:
    """Carrier and tracking number of one shipment; the shop and customer hear of it (R7, R44)."""
    carrier, tracking_number = _carrier_and_number(carrier, tracking_number)
    with uow:
        order = _open_order(uow, code, expected_version)
        _track(uow.session, actor, order, number, carrier, tracking_number)
        uow.commit()


def _carrier_and_number(carrier: str, tracking_number: str) -> tuple[str, str]:
    carrier, tracking_number = carrier.strip(), tracking_number.strip()
    if not carrier or not tracking_number:
        raise DomainError("Enter both the carrier and the tracking number", "R7")
    return carrier, tracking_number


def _track(
    session: Session, actor: Actor, order: Order, number: int, carrier: str, tracking_number: str
) -> None:
    shipment = get_shipment(order, number)
    before = {"carrier": shipment.carrier, "tracking": shipment.tracking_number}
    shipment.carrier, shipment.tracking_number = carrier, tracking_number
    totals.refresh(order)
    record(
        session,
        order,
        actor,
        "tracking",
        "Shipment #{number}: {carrier} {tracking}",
        before=before,
        after={"carrier": carrier, "tracking": tracking_number},
        push={
            "shipment": number,
            "carrier": carrier,
            "tracking": tracking_number,
            "shipments": tracking_push.shipments_payload(order, {number}),
            # The customer hears when the parcel leaves (the stage push, R47); a number
            # set or corrected after that is told at once.
            "notify_customer": shipment.stage in ("shipped", "delivered"),
        },
        params={"number": number, "carrier": carrier, "tracking": tracking_number},
    )


def _next_stage(order: Order, current: ShipmentStage) -> ShipmentStage:
    if current == ShipmentStage.DELIVERED:
        raise DomainError("This shipment is already delivered", "R21")
    if current == ShipmentStage.READY and order.fulfilment == Fulfilment.PICKUP:
        return ShipmentStage.DELIVERED  # R6: a pickup goes from ready to picked up
    return ShipmentStage(list(ShipmentStage)[SHIPMENT_RANK[current] + 1])


def advance_shipment(
    uow: UnitOfWork,
    actor: Actor,
    code: str,
    number: int,
    target: ShipmentStage | None = None,
    *,
    expected_version: int | None = None,
) -> Stage:
    """Move one shipment forward (preparing → ready → shipped → delivered); the order's stage
    follows its least-advanced shipment (R21). Returns the order's stage afterwards."""
    with uow:
        order = _open_order(uow, code, expected_version)
        stage = _advance(uow.session, actor, order, number, target)
        uow.commit()
        return stage


def _advance(
    session: Session, actor: Actor, order: Order, number: int, target: ShipmentStage | None
) -> Stage:
    if Stage(order.stage) not in FOLLOWING_STAGES:
        raise DomainError(
            "Order {code} is {stage}: move it to preparing first",
            "R21",
            code=order.code,
            stage=order.stage,
        )
    check_not_awaiting_confirmation(order)
    shipment = get_shipment(order, number)
    if not shipment.items:
        raise DomainError("Shipment #{number} is empty", "R21", number=number)
    current = ShipmentStage(shipment.stage)
    target = target or _next_stage(order, current)
    if SHIPMENT_RANK[target] <= SHIPMENT_RANK[current]:
        raise DomainError(
            "Shipment #{number} is {stage}: {target} is not a forward move",
            "R21",
            number=number,
            target=target,
            stage=current,
        )
    pickup = order.fulfilment == Fulfilment.PICKUP
    if pickup and target == ShipmentStage.SHIPPED:
        raise DomainError("A pickup goes from ready to delivered (picked up)", "R6")
    passes_shipped = SHIPMENT_RANK[target] >= SHIPMENT_RANK[ShipmentStage.SHIPPED]
    if passes_shipped and not pickup and not (shipment.carrier and shipment.tracking_number):
        raise DomainError(
            "Shipment #{number} needs a carrier and a tracking number to be shipped",
            "R7",
            number=number,
        )
    now = utcnow()
    stage_before = order.stage
    shipment.stage = target.value
    if passes_shipped:
        shipment.shipped_at = shipment.shipped_at or now
    if target == ShipmentStage.DELIVERED:
        shipment.delivered_at = shipment.delivered_at or now
    follow_shipments(order, now)
    totals.refresh(order)
    push = {
        "stage": order.stage,
        "shipment": number,
        "shipment_stage": target.value,
        "carrier": shipment.carrier,
        "tracking": shipment.tracking_number,
    }
    if passes_shipped and shipment.tracking_number:
        # R7/R47: this shipment's number and link for the shop, the template for the customer.
        push["shipments"] = tracking_push.shipments_payload(order, {number})
        push["note"] = tracking_push.shipped_note(session, order)
    record(
        session,
        order,
        actor,
        "stage",
        "Shipment #{number} {stage} → {target}; order {order_stage}",
        before={"shipment_stage": current.value, "stage": stage_before},
        after={"shipment_stage": target.value, "stage": order.stage},
        push=push,
        params={
            "number": number,
            "stage": current,
            "target": target,
            "order_stage": order.stage,
        },
    )
    return Stage(order.stage)


# ---- the counter's one step (issue 13) ----------------------------------------------------------


def ship(
    uow: UnitOfWork,
    actor: Actor,
    code: str,
    carrier: str,
    tracking_number: str,
    *,
    number: int | None = None,
    confirm_unpaid: bool = False,
    expected_version: int | None = None,
) -> Stage:
    """Carrier and tracking number on the order's unshipped shipments, and off they go, in one
    transaction (R7, R21): scanned at the counter, typed once. With `number`, only that shipment
    leaves (the order follows its least-advanced shipment); without, every unshipped shipment
    leaves with this number and the order moves to shipped from whatever stage it is in (R6
    allows skipping; an unpaid balance asks first, R23). Returns the order's stage afterwards."""
    carrier, tracking_number = _carrier_and_number(carrier, tracking_number)
    if number is None:
        return set_stage(
            uow,
            actor,
            code,
            Stage.SHIPPED,
            carrier=carrier,
            tracking=tracking_number,
            confirm_unpaid=confirm_unpaid,
            expected_version=expected_version,
        )
    with uow:
        order = _open_order(uow, code, expected_version)
        shipment = get_shipment(order, number)
        if shipment.stage not in UNSHIPPED:
            raise DomainError(
                "Shipment #{number} is already {stage}", "R20", number=number, stage=shipment.stage
            )
        _track(uow.session, actor, order, number, carrier, tracking_number)
        stage = _advance(uow.session, actor, order, number, ShipmentStage.SHIPPED)
        uow.commit()
        return stage
