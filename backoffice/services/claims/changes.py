"""Claims on quantities of lines: cancel 1 of 3, return 2 of 5, exchange (R26–R27).

A claim is `requested` → `approved` | `rejected` → (approved only) `completed`; the moves are kept as
data in TRANSITIONS. Effects land where they happen in the shop:
- cancel: on completion the quantities leave the unshipped shipments and go back to stock (R14);
  when nothing is left the order itself is cancelled.
- return: only for shipped or delivered orders (closed once completed, R8); the pickup address and
  carrier are recorded; on completion the units come back to stock unless damaged (R15).
- exchange: on approval a replacement line goes out in a new shipment of kind "exchange" (stock is
  taken for it); on completion the returned units come back unless damaged.
The customer's whole-order cancel requests (R12) live in services/claims/cancel_requests.py.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from backoffice.db.base import utcnow
from backoffice.db.models import Claim, ClaimLine, Order, OrderLine, Shipment, ShipmentLine, Variant
from backoffice.db.uow import UnitOfWork
from backoffice.domain.errors import N_, DomainError
from backoffice.domain.stages import RETURNABLE_STAGES, Stage
from backoffice.services.claims.cancel_requests import (
    approve_cancel_request,
    customer_cancel,
    reject_cancel_request,
)
from backoffice.services.claims.quantities import OPEN_STATES, available, check_quantities
from backoffice.services.fulfilment import flow as fulfilment
from backoffice.services.orders import changes as orders
from backoffice.services.orders import stock, totals
from backoffice.services.orders.history import record
from backoffice.services.orders.lookup import get_order
from backoffice.services.payments.refunds import RefundSpec, refund_in_session
from backoffice.services.staff.actor import Actor
from backoffice.services.staff.permissions import require_manager

__all__ = [
    "KINDS",
    "OPEN_STATES",
    "TRANSITIONS",
    "Pickup",
    "approve_cancel_request",
    "approve_claim",
    "available",
    "cancel_quantities",
    "complete_claim",
    "customer_cancel",
    "open_claim",
    "reject_cancel_request",
    "reject_claim",
]

KINDS = ("cancel", "return", "exchange")
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "requested": ("approved", "rejected"),
    "approved": ("completed",),
}
# Timeline templates by (kind, with pickup) (R28): one whole sentence each, so it translates.
TEMPLATES = {
    ("cancel", False): N_("Cancel {items}: {claim_state} ({reason})"),
    ("return", False): N_("Return {items}: {claim_state} ({reason})"),
    ("exchange", False): N_("Exchange {items}: {claim_state} ({reason})"),
    ("cancel", True): N_("Cancel {items}: {claim_state} ({reason}); pickup {carrier} {address}"),
    ("return", True): N_("Return {items}: {claim_state} ({reason}); pickup {carrier} {address}"),
    ("exchange", True): N_(
        "Exchange {items}: {claim_state} ({reason}); pickup {carrier} {address}"
    ),
}


@dataclass(frozen=True)
class Pickup:
    """Where a courier collects returned goods (R26, seed 004 수거 정보)."""

    name: str = ""
    phone: str = ""
    address: str = ""
    carrier: str = ""
    tracking: str = ""


def check_transition(claim: Claim, target: str) -> None:
    if target not in TRANSITIONS.get(claim.state, ()):
        raise DomainError(
            "A {claim_kind} claim that is {claim_state} cannot be {claim_target}",
            "R27",
            claim_kind=claim.kind,
            claim_state=claim.state,
            claim_target=target,
        )


def _check_stage(order: Order, kind: str) -> None:
    code = order.code
    if order.stage == Stage.CANCELLED:
        raise DomainError("Order {code} is cancelled: its claims are closed", "R26", code=code)
    if order.stage == Stage.COMPLETED:
        if kind == "cancel":
            raise DomainError(
                "Order {code} is completed: it can no longer be cancelled", "R8", code=code
            )
        raise DomainError("Order {code} is completed: returns are closed", "R8", code=code)
    if kind != "cancel" and order.stage not in RETURNABLE_STAGES:
        if kind == "return":
            raise DomainError(
                "Order {code} is {stage}: only shipped or delivered goods can be returned; "
                "cancel them instead",
                "R26",
                code=code,
                stage=order.stage,
            )
        raise DomainError(
            "Order {code} is {stage}: only shipped or delivered goods can be exchanged; "
            "cancel them instead",
            "R26",
            code=code,
            stage=order.stage,
        )


def open_in_session(
    session: Session,
    actor: Actor,
    order: Order,
    kind: str,
    quantities: dict[int, int],
    reason: str,
    pickup: Pickup | None = None,
    replacements: dict[int, int] | None = None,
) -> Claim:
    """Validate and add a `requested` claim (no timeline event: the caller records once)."""
    if kind not in KINDS:
        raise DomainError(
            "Unknown claim kind {kind!r}; use one of {choices}",
            "R26",
            kind=kind,
            choices=", ".join(KINDS),
        )
    if not reason.strip():
        raise DomainError("A claim needs a reason", "R27")
    _check_stage(order, kind)
    check_quantities(order, kind, quantities)
    replacements = replacements or {}
    if replacements and kind != "exchange":
        raise DomainError("Only an exchange takes replacement products", "R26")
    for line_id, variant_id in replacements.items():
        if line_id not in quantities or session.get(Variant, variant_id) is None:
            raise DomainError("The replacement product no longer exists", "R26")
    lines = {line.id: line for line in order.lines}
    pickup = pickup or Pickup()
    claim = Claim(
        kind=kind,
        requested_by="customer" if actor.kind == "shop" else "staff",
        reason=reason.strip(),
        pickup_name=pickup.name.strip(),
        pickup_phone=pickup.phone.strip(),
        pickup_address=pickup.address.strip(),
        pickup_carrier=pickup.carrier.strip(),
        pickup_tracking=pickup.tracking.strip(),
        # What the quantities were sold for; an exchange gives goods, not money, back.
        refund_amount=0
        if kind == "exchange"
        else sum(totals.unit_value(lines[i]) * q for i, q in quantities.items()),
        created_at=utcnow(),
    )
    for line_id, quantity in quantities.items():
        claim.items.append(
            ClaimLine(
                line_id=line_id,
                quantity=quantity,
                replacement_variant_id=replacements.get(line_id),
            )
        )
    order.claims.append(claim)
    session.flush()
    totals.refresh(order)
    return claim


def _find(order: Order, claim_id: int) -> Claim:
    claim = next((c for c in order.claims if c.id == claim_id), None)
    if claim is None:
        raise DomainError(
            "Order {code} has no claim {claim_id}", "R27", code=order.code, claim_id=claim_id
        )
    return claim


def _record(session: Session, order: Order, actor: Actor, claim: Claim, before: str | None) -> None:
    pickup = bool(claim.pickup_address) and claim.state == "requested"
    params = {
        "items": ", ".join(f"{item.quantity} × {item.line.name}" for item in claim.items),
        "claim_state": claim.state,
        "reason": claim.reject_reason or claim.reason,
    }
    if pickup:
        params |= {"carrier": claim.pickup_carrier, "address": claim.pickup_address}
    record(  # templates: N_
        session,
        order,
        actor,
        "claim",
        TEMPLATES[(claim.kind, pickup)],
        before={"claim": claim.id, "state": before} if before else None,
        after={"claim": claim.id, "kind": claim.kind, "state": claim.state},
        params=params,
    )


def open_claim(
    uow: UnitOfWork,
    actor: Actor,
    code: str,
    kind: str,
    quantities: dict[int, int],
    reason: str,
    *,
    pickup: Pickup | None = None,
    replacements: dict[int, int] | None = None,
    expected_version: int | None = None,
) -> int:
    """R26: a cancel, return or exchange of quantities of lines ({line_id: qty}). Returns its id."""
    with uow:
        session = uow.session
        order = get_order(session, code, expected_version=expected_version)
        claim = open_in_session(
            session, actor, order, kind, quantities, reason, pickup, replacements
        )
        _record(session, order, actor, claim, None)
        uow.commit()
        return claim.id


def _exchange_out(session: Session, order: Order, claim: Claim) -> None:
    """R26: replacement lines at the original unit value, in a new shipment of kind exchange."""
    wanted: dict[int, int] = {}
    for item in claim.items:
        variant_id = item.replacement_variant_id or item.line.variant_id
        if variant_id is not None:
            wanted[variant_id] = wanted.get(variant_id, 0) + item.quantity
    for variant_id, quantity in wanted.items():
        stock.require_available(session, variant_id, quantity)
    carrying = next(
        (s for s in order.shipments for i in s.items if i.line_id == claim.items[0].line_id), None
    )
    shipment = Shipment(
        number=max((s.number for s in order.shipments), default=0) + 1,
        kind="exchange",
        address_id=carrying.address_id if carrying else None,
        created_at=utcnow(),
    )
    order.shipments.append(shipment)
    position = max((line.position for line in order.lines), default=0)
    for offset, item in enumerate(claim.items, start=1):
        original = item.line
        variant_id = item.replacement_variant_id or original.variant_id
        variant = session.get(Variant, variant_id) if variant_id is not None else None
        line = OrderLine(
            position=position + offset,
            kind="item",
            variant_id=variant.id if variant else None,
            sku=variant.sku if variant else original.sku,
            name=variant.product.name if variant else original.name,
            options=variant.options if variant else original.options,
            quantity=item.quantity,
            unit_price=totals.unit_value(original),
            replaces_line_id=original.id,
        )
        order.lines.append(line)
        shipment.items.append(ShipmentLine(line=line, quantity=item.quantity))
        stock.adjust(session, order, line.variant_id, item.quantity)  # R14
    session.flush()
    claim.replacement_shipment_id = shipment.id


def approve_in_session(session: Session, order: Order, claim: Claim) -> None:
    check_transition(claim, "approved")
    _check_stage(order, claim.kind)
    claim.state = "approved"
    if claim.kind == "exchange":
        _exchange_out(session, order, claim)
    totals.refresh(order)


def approve_claim(uow: UnitOfWork, actor: Actor, code: str, claim_id: int) -> None:
    """R27: requested → approved; an exchange sends its replacement out now (R26)."""
    with uow:
        session = uow.session
        order = get_order(session, code)
        claim = _find(order, claim_id)
        if claim.whole_order:
            raise DomainError("A customer's cancel request is approved by cancelling", "R12")
        approve_in_session(session, order, claim)
        _record(session, order, actor, claim, "requested")
        uow.commit()


def reject_claim(uow: UnitOfWork, actor: Actor, code: str, claim_id: int, reason: str) -> None:
    """R27: requested → rejected, with the reason kept."""
    if not reason.strip():
        raise DomainError("Rejecting a claim needs a reason", "R27")
    with uow:
        session = uow.session
        order = get_order(session, code)
        claim = _find(order, claim_id)
        if claim.whole_order:
            raise DomainError("A customer's cancel request is rejected with a message", "R12")
        check_transition(claim, "rejected")
        claim.state, claim.reject_reason, claim.resolved_at = "rejected", reason.strip(), utcnow()
        totals.refresh(order)
        _record(session, order, actor, claim, "requested")
        uow.commit()


def complete_in_session(
    session: Session, actor: Actor, order: Order, claim: Claim, damaged: bool
) -> None:
    """Apply the claim's stock and quantity effects; records the completion (and a whole cancel)."""
    check_transition(claim, "completed")
    if order.stage == Stage.CANCELLED:
        raise DomainError(
            "Order {code} is cancelled: its claims are closed", "R26", code=order.code
        )
    quantities = {item.line_id: item.quantity for item in claim.items}
    check_quantities(order, claim.kind, quantities, skip=claim)
    if claim.kind == "cancel" and damaged:
        raise DomainError("Only returned goods can be marked damaged", "R15")
    for item in claim.items:
        line = item.line
        if claim.kind == "cancel":
            fulfilment.take_quantity(order, line, item.quantity)
            line.cancelled_quantity += item.quantity
            stock.adjust(session, order, line.variant_id, -item.quantity)  # R14
        else:
            line.returned_quantity += item.quantity
            if not damaged:  # R15: damaged goods stay out of stock
                stock.adjust(session, order, line.variant_id, -item.quantity)
    claim.state, claim.damaged, claim.resolved_at = "completed", damaged, utcnow()
    session.flush()
    totals.refresh(order)
    _record(session, order, actor, claim, "approved")
    goods = [line for line in order.lines if line.kind in ("item", "free")]
    if (
        claim.kind == "cancel"
        and goods
        and all(ln.cancelled_quantity == ln.quantity for ln in goods)
    ):
        orders.cancel_in_session(session, actor, order, claim.reason)  # nothing left (R26)


def refund_for_claim(
    session: Session, actor: Actor, order: Order, claim: Claim, spec: RefundSpec
) -> None:
    """The claim's refund (R27); without an items amount, the value of its quantities. More than
    the goods were worth is a manager's to give (R48), as any refund outside a claim."""
    if spec.items_amount is None:
        spec = replace(spec, items_amount=claim.refund_amount)
    elif (spec.items_amount or 0) > claim.refund_amount:
        require_manager(actor, "refund", "R48")
    refund_in_session(
        session, actor, order, replace(spec, reason=spec.reason or claim.reason), claim.id
    )


def complete_claim(
    uow: UnitOfWork,
    actor: Actor,
    code: str,
    claim_id: int,
    *,
    damaged: bool = False,
    refund: RefundSpec | None = None,
) -> None:
    """R27: approved → completed with its effects, and its refund when staff give one (R25)."""
    with uow:
        session = uow.session
        order = get_order(session, code)
        claim = _find(order, claim_id)
        complete_in_session(session, actor, order, claim, damaged)
        if refund is not None:
            refund_for_claim(session, actor, order, claim, refund)
        uow.commit()


def cancel_quantities(
    uow: UnitOfWork,
    actor: Actor,
    code: str,
    quantities: dict[int, int],
    reason: str,
    *,
    refund: RefundSpec | None = None,
    expected_version: int | None = None,
) -> int:
    """Staff's one-step partial cancel (request, approve, complete at once). Returns the claim id."""
    with uow:
        session = uow.session
        order = get_order(session, code, expected_version=expected_version)
        claim = open_in_session(session, actor, order, "cancel", quantities, reason)
        approve_in_session(session, order, claim)
        complete_in_session(session, actor, order, claim, False)
        if refund is not None:
            refund_for_claim(session, actor, order, claim, refund)
        uow.commit()
        return claim.id
