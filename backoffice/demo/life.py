"""The life of one demo order, step by step in time, up to the anchor ("now").

placed → paid (at once, after a bank transfer, or by a payment request; never: expired, R10) →
preparing → ready → shipped (tracking, R7; split orders ship one shipment first, R20–R21) →
delivered → completed (the R8 rule after 7 days, or the customer's confirmation). Along the way an
order may be cancelled (R11, R12), lose a unit to a partial cancel (R26), or get a return or an
exchange after delivery (R26–R27). Each step writes what the matching service writes: stage,
shipment stages, stamps, payments/refunds and one timeline event.
"""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from backoffice.db.models import Order, OrderLine
from backoffice.demo.data import (
    CANCEL_REASONS,
    CANCEL_REQUEST_REASONS,
    CARRIERS,
    EXCHANGE_REASONS,
    RETURN_REASONS,
)
from backoffice.demo.rows import ClaimLineRow, ClaimRow, LineRow, ShipmentRow
from backoffice.domain.errors import N_
from backoffice.domain.money import Money
from backoffice.domain.stages import CANCEL_REASON_PAYMENT_EXPIRED
from backoffice.services.orders import totals

if TYPE_CHECKING:
    from backoffice.demo.orders import OrderBuilder, Plan

H = timedelta(hours=1)
DAY = timedelta(days=1)
DEPOSIT_DAYS = timedelta(days=3)
AUTO_COMPLETE = timedelta(days=7)
RANK = {"preparing": 0, "ready": 1, "shipped": 2, "delivered": 3}


def _span(rng: random.Random, low: timedelta, high: timedelta) -> timedelta:
    return low + (high - low) * rng.random()


def krw(amount: int) -> Money:
    """An amount as a timeline value: worded in the viewer's language (ui/errors_text.py)."""
    return Money(amount, "KRW")


def live(b: OrderBuilder, plan: Plan, actor: str, staff: str, walk_in: bool) -> None:
    rng, order, now = b.rng, plan.order, b.world.anchor
    created = order.created_at
    pickup = order.fulfilment == "pickup"
    _shipments(b, plan, pickup)
    if walk_in:  # a counter sale goes straight to delivered (R6), paid at once
        order.stage = "delivered"
        _advance(order, "delivered", created)
        order.delivered_at = created
        plan.event(created, staff, "created", *_placed(order),
                   after={"stage": "delivered", "total": order.total})
        b.pay(plan, order.total, created + _span(rng, 0.01 * H, 0.05 * H), order.payment_method)
        _paid_event(plan, staff, order.payments[-1].paid_at)
        _complete(b, plan, created + AUTO_COMPLETE + _span(rng, 0 * H, 3 * H), "system")
        b.extras(plan, min(now, order.updated_at + DAY))
        return
    method = order.payment_method
    prepaid = method in ("card", "kakao_pay", "naver_pay")
    order.stage = "received" if prepaid or order.channel == "counter" else "pending_payment"
    order.unread = order.channel in ("web", "marketplace") and now - created < 2 * DAY
    plan.event(created, actor, "created", *_placed(order),
               after={"stage": order.stage, "total": order.total})
    t = created
    if prepaid:
        b.pay(plan, order.total, created + _span(rng, 0.002 * H, 0.03 * H), method)
        _paid_event(plan, actor, order.payments[-1].paid_at)
    elif order.stage == "pending_payment":
        paid_at = _await_payment(b, plan, staff)
        if paid_at is None:
            b.extras(plan, now)
            return
        t = paid_at
    _forward(b, plan, t, actor, staff, pickup)
    b.extras(plan, now)


def _placed(order: object) -> tuple[str, dict[str, Any]]:
    o = cast(Order, order)
    count = sum(ln.quantity for ln in o.lines)
    return N_("Order placed ({channel}), {count} items"), {"channel": o.channel, "count": count}


def _paid_event(plan: Plan, actor: str, at: datetime) -> None:
    order = plan.order
    payment = order.payments[-1]
    plan.event(at, actor, "payment", N_("Payment of {amount} by {method}"),
               {"amount": krw(payment.amount), "method": payment.method},
               after={"payment": payment.amount, "paid": payment.amount})


def _shipments(b: OrderBuilder, plan: Plan, pickup: bool) -> None:
    """Shipment #1 holds every line (R20); some orders are split in two, one per address (R5)."""
    rng, order = b.rng, plan.order
    first = b.shipment(plan, 1)
    units = sum(ln.quantity for ln in order.lines)
    split = not pickup and units >= 2 and (len(order.addresses) == 2 or rng.random() < 0.06)
    if not split:
        for line in order.lines:
            b.put(first, line, line.quantity)
        return
    second = b.shipment(plan, 2, address_slot=2 if len(order.addresses) == 2 else 1)
    if len(order.lines) >= 2:
        cut = rng.randrange(1, len(order.lines))
        for i, line in enumerate(order.lines):
            b.put(first if i < cut else second, line, line.quantity)
    else:
        line = order.lines[0]
        now_qty = rng.randrange(1, line.quantity)
        b.put(first, line, now_qty)
        b.put(second, line, line.quantity - now_qty)


def _advance(order: object, stage: str, at: datetime, only: ShipmentRow | None = None) -> None:
    for s in cast(list[ShipmentRow], cast(Order, order).shipments):
        if (only is not None and s is not only) or not s.items or s.kind != "normal":
            continue
        if RANK[s.stage] < RANK[stage]:
            if stage in ("shipped", "delivered"):
                s.shipped_at = s.shipped_at or at
            if stage == "delivered":
                s.delivered_at = s.delivered_at or at
            s.stage = stage


def _await_payment(b: OrderBuilder, plan: Plan, staff: str) -> datetime | None:
    """Bank transfer or a payment request (R22); unpaid past the deadline: cancelled (R10)."""
    rng, order, now = b.rng, plan.order, b.world.anchor
    created = order.created_at
    request = None
    if order.channel == "phone":
        at = created + _span(rng, 0.03 * H, 0.25 * H)
        request = b.request(plan, order.total, at)
        plan.event(at, staff, "payment_request", N_("Payment of {amount} requested: {link}"),
                   {"amount": krw(order.total), "link": request.link},
                   after={"request": request.id, "amount": request.amount, "state": "requested"})
    deadline = created + DEPOSIT_DAYS
    order.deposit_deadline = deadline
    delay = timedelta(hours=-8 * math.log(1 - rng.random() * 0.999))
    pays = rng.random() > 0.1 and delay < DEPOSIT_DAYS
    paid_at = created + delay
    if pays and paid_at <= now:
        method = "card" if request is not None and rng.random() < 0.5 else "bank_transfer"
        order.payment_method = method
        b.pay(plan, order.total, paid_at, method, request.id if request else None)
        order.stage, order.deposit_deadline = "received", None
        if request is not None:
            request.state, request.resolved_at = "paid", paid_at
            text = N_("Payment request of {amount} paid by {method}; stage {stage} → {target}")
            kind = "payment_request"
        else:
            text, kind = N_("Payment of {amount} by {method}; stage {stage} → {target}"), "stage"
        said = {"amount": krw(order.total), "method": method, "stage": "pending_payment",
                "target": "received"}
        plan.event(paid_at, "web shop", kind, text, said,
                   {"stage": "pending_payment"}, {"stage": "received", "paid": order.total})
        return paid_at
    if not pays and deadline <= now:  # R10: the automatic rule cancels it, for good
        _cancel(b, plan, deadline + _span(rng, 0.01 * H, 0.5 * H), "system",
                CANCEL_REASON_PAYMENT_EXPIRED)
    return None


def _forward(b: OrderBuilder, plan: Plan, start: datetime, actor: str, staff: str,
             pickup: bool) -> None:
    rng, order, now = b.rng, plan.order, b.world.anchor
    prep = start + _span(rng, 1 * H, 20 * H)
    ready = prep + _span(rng, 2 * H, 30 * H)
    steps: list[tuple[str, datetime]] = [("preparing", prep), ("ready", ready)]
    if pickup:
        steps.append(("delivered", ready + _span(rng, 2 * H, 72 * H)))
    else:
        shipped = ready + _span(rng, 1 * H, 10 * H)
        steps += [("shipped", shipped), ("delivered", shipped + _span(rng, 12 * H, 60 * H))]
    cancel_at, cancel_from = None, None
    if rng.random() < 0.07:
        cancel_from = rng.choices(("received", "preparing", "ready"), (60, 35, 5))[0]
        bounds = [start, prep, ready, steps[2][1]]
        i = ("received", "preparing", "ready").index(cancel_from)
        cancel_at = bounds[i] + (bounds[i + 1] - bounds[i]) * rng.uniform(0.1, 0.9)
    partial = rng.random() < 0.03 and any(ln.quantity >= 2 for ln in order.lines)
    previous = order.stage
    for stage, at in steps:
        if cancel_at is not None and cancel_at <= now and previous == cancel_from:
            _cancel_by_choice(b, plan, cancel_at, actor, staff)
            return
        if at > now:
            break
        if stage == "shipped":
            _ship(b, plan, at, staff)
        elif stage == "delivered" and pickup and not order.payments:
            order.payment_method = rng.choice(("card", "cash"))  # paid at pickup (counter)
            b.pay(plan, order.total, at - 0.02 * H, order.payment_method)
            _paid_event(plan, staff, at - 0.02 * H)
        who = "web shop" if stage == "delivered" and not pickup else staff
        _move(plan, previous, stage, at, who)
        previous = stage
        cut = prep + (ready - prep) * rng.uniform(0.05, 0.5) if partial else None
        if stage == "preparing" and cut is not None and cut <= now:
            _partial_cancel(b, plan, cut, staff)
    from_shop = order.channel in ("web", "marketplace")
    if order.stage == "preparing" and from_shop and rng.random() < 0.3:
        # R12: the customer asks; staff have not answered yet
        _cancel_request(b, plan, prep + (now - prep) * rng.random(), state="requested")
    if order.stage == "ready":
        _early_shipment(b, plan, ready, staff)
    if order.stage == "delivered":
        _after_delivery(b, plan, steps[-1][1], staff)


def _move(plan: Plan, before: str, stage: str, at: datetime, who: str) -> None:
    order = plan.order
    order.stage = stage
    _advance(order, stage, at)
    text, said = N_("Stage {stage} → {target}"), {"stage": before, "target": stage}
    if stage == "shipped":
        order.shipped_at = at
        order.tracking_numbers = " ".join(s.tracking_number for s in order.shipments if s.items)
        text = N_("Stage {stage} → {target} ({carrier} {tracking})")
        said |= {"carrier": order.shipments[0].carrier, "tracking": order.tracking_numbers}
    if stage == "delivered":
        order.delivered_at = at
    plan.event(at, who, "stage", text, said, {"stage": before}, {"stage": stage})


def _ship(b: OrderBuilder, plan: Plan, at: datetime, staff: str) -> None:
    for s in plan.order.shipments:
        if s.items and not s.tracking_number:
            b.tracking(s)


def _early_shipment(b: OrderBuilder, plan: Plan, ready: datetime, staff: str) -> None:
    """A split order whose first shipment has left: partially shipped (R21)."""
    order, now = plan.order, b.world.anchor
    if len(order.shipments) < 2:
        return
    first = order.shipments[0]
    at = ready + (now - ready) * b.rng.random()
    b.tracking(first)
    _advance(order, "shipped", at, only=first)
    plan.event(at, staff, "tracking",
               N_("Shipment #{number} {stage} → {target}; order {order_stage}"),
               {"number": 1, "stage": "ready", "target": "shipped", "order_stage": order.stage},
               {"shipment": 1, "stage": "ready"}, {"shipment": 1, "stage": "shipped"})


def _complete(b: OrderBuilder, plan: Plan, at: datetime, who: str) -> None:
    order = plan.order
    if at > b.world.anchor:
        return
    order.stage, order.completed_at = "completed", at
    said: dict[str, Any] = {"stage": "delivered", "target": "completed"}
    if who == "web shop":
        text = N_("Stage {stage} → {target} (confirmed by the customer)")
    else:
        text, said["days"] = N_("Stage {stage} → {target} ({days} days after delivery)"), 7
    plan.event(at, who, "stage", text, said, {"stage": "delivered"}, {"stage": "completed"})


def _cancel(b: OrderBuilder, plan: Plan, at: datetime, who: str, reason: str) -> None:
    order = plan.order
    before = order.stage
    order.stage_before_cancel, order.stage = before, "cancelled"
    order.cancel_reason, order.cancelled_at = reason, at
    order.unread = False
    for claim in order.claims:
        if claim.kind == "cancel" and claim.whole_order and claim.state == "requested":
            claim.state, claim.resolved_at = "completed", at
    totals.refresh(cast(Order, order))
    plan.event(at, who, "cancelled", N_("Cancelled: {reason}"), {"reason": reason},
               {"stage": before},
               {"stage": "cancelled", "reason": reason})
    if order.paid:  # the whole payment back, shipping and points included (R25)
        points = order.points_used if order.customer_id else 0
        b.refund(plan, order.paid, at + _span(b.rng, 0.02 * H, 2 * H), who, reason,
                 shipping=min(order.shipping_fee, order.paid), points=points)


def _cancel_by_choice(b: OrderBuilder, plan: Plan, at: datetime, actor: str, staff: str) -> None:
    rng, order = b.rng, plan.order
    from_shop = order.channel in ("web", "marketplace")
    if order.stage == "received" and from_shop and rng.random() < 0.6:
        _cancel(b, plan, at, "web shop", rng.choice(CANCEL_REASONS[:2]))  # R12: free cancel
    elif order.stage == "preparing" and from_shop and rng.random() < 0.5:
        claim = _cancel_request(b, plan, at - _span(rng, 0.5 * H, 8 * H), state="requested")
        _cancel(b, plan, at, staff, claim.reason)  # staff approve the request (R12)
        if order.refunds:
            order.refunds[-1].claim_id = claim.id
    else:
        _cancel(b, plan, at, staff, rng.choice(CANCEL_REASONS))


def _claim(b: OrderBuilder, plan: Plan, kind: str, at: datetime, reason: str,
           lines: list[tuple[LineRow, int]], by: str = "staff", whole: bool = False) -> ClaimRow:
    order = plan.order
    claim = ClaimRow(id=b.ids.take("claims"), order_id=order.id, kind=kind, state="requested",
                     requested_by=by, whole_order=whole, reason=reason, created_at=at,
                     refund_amount=0 if kind == "exchange" else sum(
                         totals.unit_value(cast(OrderLine, ln)) * q for ln, q in lines))
    for line, quantity in lines:
        claim.items.append(ClaimLineRow(id=b.ids.take("claim_lines"), claim_id=claim.id,
                                        line_id=line.id, quantity=quantity))
    order.claims.append(claim)
    return claim


def _cancel_request(b: OrderBuilder, plan: Plan, at: datetime, state: str) -> ClaimRow:
    order = plan.order
    live = [(ln, ln.active_quantity) for ln in order.lines if ln.active_quantity > 0]
    reason = b.rng.choice(CANCEL_REQUEST_REASONS)
    claim = _claim(b, plan, "cancel", at, reason, live, by="customer", whole=True)
    plan.event(at, "web shop", "cancel_requested",
               N_("The customer asked to cancel the order: {reason}"), {"reason": reason},
               {"stage": order.stage}, {"claim": claim.id, "state": state})
    return claim


CLAIM_TEXTS = {
    "cancel": N_("Cancel {items}: {claim_state} ({reason})"),
    "return": N_("Return {items}: {claim_state} ({reason})"),
    "exchange": N_("Exchange {items}: {claim_state} ({reason})"),
}


def _describe(
    claim: ClaimRow, lines: list[LineRow], state: str, reason: str = ""
) -> tuple[str, dict[str, Any]]:
    """The claim event as services/claims records it: template and values."""
    names = {ln.id: ln.name for ln in lines}
    parts = ", ".join(f"{i.quantity} × {names[i.line_id]}" for i in claim.items)
    said = {"items": parts, "claim_state": state, "reason": reason or claim.reason}
    return CLAIM_TEXTS[claim.kind], said


def _claim_event(plan: Plan, claim: ClaimRow, at: datetime, who: str, before: str | None) -> None:
    plan.event(at, who, "claim", *_describe(claim, plan.order.lines, claim.state),
               {"claim": claim.id, "state": before} if before else None,
               {"claim": claim.id, "kind": claim.kind, "state": claim.state})


def _take_unshipped(plan: Plan, line: LineRow, quantity: int) -> None:
    for shipment in reversed(plan.order.shipments):
        for item in list(shipment.items):
            if item.line_id == line.id and quantity:
                taken = min(item.quantity, quantity)
                item.quantity -= taken
                quantity -= taken
                if item.quantity == 0:
                    shipment.items.remove(item)
        if not shipment.items and len(plan.order.shipments) > 1:
            plan.order.shipments.remove(shipment)


def _partial_cancel(b: OrderBuilder, plan: Plan, at: datetime, staff: str) -> None:
    """R26: staff cancel 1 of N units in one step (request, approve, complete), refunded."""
    order = plan.order
    line = next(ln for ln in order.lines if ln.quantity >= 2)
    claim = _claim(b, plan, "cancel", at, "품절: 1개 부분 취소 (partly out of stock)", [(line, 1)])
    _take_unshipped(plan, line, 1)
    line.cancelled_quantity += 1
    claim.state, claim.resolved_at = "completed", at
    totals.refresh(cast(Order, order))
    _claim_event(plan, claim, at, staff, "approved")
    b.refund(plan, claim.refund_amount, at + 0.1 * H, staff, claim.reason, claim.id)


def _after_delivery(b: OrderBuilder, plan: Plan, delivered: datetime, staff: str) -> None:
    """Returns and exchanges while delivered (R26–R27), then completion (R8) unless one is open."""
    rng, order, now = b.rng, plan.order, b.world.anchor
    confirm = rng.random() < 0.3 and order.channel in ("web", "marketplace")
    done_at = delivered + (_span(rng, 6 * H, 6 * DAY) if confirm else AUTO_COMPLETE)
    resolved = delivered
    if rng.random() < 0.07:
        opened = delivered + _span(rng, 6 * H, 5 * DAY)
        if opened < min(now, done_at):
            resolved = _return_or_exchange(b, plan, opened, staff)
            if resolved is None:  # still open: the order waits (automatic rule skips it)
                return
            done_at = max(done_at, resolved + _span(rng, 0.1 * H, 3 * H))
            confirm = False
    _complete(b, plan, done_at, "web shop" if confirm else "system")


def _return_or_exchange(b: OrderBuilder, plan: Plan, opened: datetime,
                        staff: str) -> datetime | None:
    rng, order, now = b.rng, plan.order, b.world.anchor
    line = rng.choice([ln for ln in order.lines if ln.active_quantity > 0])
    quantity = rng.randrange(1, line.active_quantity + 1)
    kind = "exchange" if rng.random() < 0.3 else "return"
    reason = rng.choice(EXCHANGE_REASONS if kind == "exchange" else RETURN_REASONS)
    claim = _claim(b, plan, kind, opened, reason, [(line, quantity)], by="customer")
    if kind == "return":
        carrier = rng.choice(CARRIERS)[0]
        where = order.addresses[0] if order.addresses else None
        claim.pickup_name = where.name if where else order.buyer_name
        claim.pickup_phone = where.phone if where else order.buyer_phone
        claim.pickup_address = f"{where.address1} {where.address2}".strip() if where else ""
        claim.pickup_carrier = carrier
    _claim_event(plan, claim, opened, "web shop", None)
    decided = opened + _span(rng, 2 * H, 2 * DAY)
    if decided > now:
        return None
    if rng.random() < 0.1:
        claim.state, claim.resolved_at = "rejected", decided
        claim.reject_reason = "사용 흔적이 있어 반품 불가 (worn)"
        plan.event(decided, staff, "claim",
                   *_describe(claim, order.lines, "rejected", claim.reject_reason),
                   {"claim": claim.id, "state": "requested"},
                   {"claim": claim.id, "kind": kind, "state": "rejected"})
        return decided
    claim.state = "approved"
    if kind == "exchange":
        _exchange_out(b, plan, claim, line, quantity, decided)
    _claim_event(plan, claim, decided, staff, "requested")
    finished = decided + _span(rng, 1 * DAY, 4 * DAY)
    if finished > now:
        return None
    line.returned_quantity += quantity
    claim.state, claim.resolved_at = "completed", finished
    claim.damaged = kind == "return" and rng.random() < 0.15  # R15
    if kind == "exchange":
        _advance_exchange(plan, claim, finished)
    totals.refresh(cast(Order, order))
    _claim_event(plan, claim, finished, staff, "approved")
    if kind == "return":
        b.refund(plan, claim.refund_amount, finished + 0.2 * H, staff, reason, claim.id)
    return finished


def _exchange_out(b: OrderBuilder, plan: Plan, claim: ClaimRow, original: LineRow,
                  quantity: int, at: datetime) -> None:
    """R26: the replacement line at the original unit value, in its own exchange shipment."""
    order, rng = plan.order, b.rng
    product = next(v for v in b.world.variants if v.id == original.variant_id).product_code
    variant = rng.choice(b.world.siblings[product])
    claim.items[0].replacement_variant_id = variant.id
    carrying = order.shipments[0]
    shipment = b.shipment(plan, max(s.number for s in order.shipments) + 1, kind="exchange")
    shipment.address_id = carrying.address_id
    shipment.created_at = at
    line = LineRow(id=b.ids.take("order_lines"), order_id=order.id,
                   position=max(ln.position for ln in order.lines) + 1, variant_id=variant.id,
                   sku=variant.sku, name=variant.product, options=variant.options,
                   quantity=quantity, unit_price=totals.unit_value(cast(OrderLine, original)),
                   replaces_line_id=original.id)
    order.lines.append(line)
    b.put(shipment, line, quantity)
    claim.replacement_shipment_id = shipment.id


def _advance_exchange(plan: Plan, claim: ClaimRow, at: datetime) -> None:
    for s in plan.order.shipments:
        if s.id == claim.replacement_shipment_id:
            s.stage, s.shipped_at, s.delivered_at = "delivered", at - 2 * DAY, at
            s.carrier, s.tracking_number = "CJ대한통운", f"5{s.id:011d}"
