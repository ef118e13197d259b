"""A pulled shop order's money and lines as local rows, shared by both apply paths (R4, R19, R42).

`Applier._import` (one order through `orders.place_order`) and `sync_bulk` (a page of plain new
orders in a few statements) must leave the same rows; both take their lines from `line_specs`.

- Every line the shop sells is an `item` line, with its catalogue variant when the SKU is known
  here, and goes into shipment #1: a web order ships, splits and prints like a local one.
- Fees become `fee` lines (signed); the tax of each line and fee rides on the line, shipping tax
  and the shop's rounding on the order; coupons are already in the line totals (their codes are
  kept for the receipt and the payment panel).
- Shop refunds become refund rows, each once (`shop_refund_id`); a refund we pushed ourselves is
  recognised by the key in its meta and tied to the refund row it came from.
- `check_reconciled`: the local total must equal the shop's, exactly, or the order is refused
  (the caller parks it) rather than stored with money nobody can explain.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.db.base import utcnow
from backoffice.db.models import Order, OutboxEntry, Refund
from backoffice.domain.errors import N_, DomainError
from backoffice.domain.money import Money
from backoffice.services.orders import totals
from backoffice.services.orders.history import record
from backoffice.services.staff.actor import WEB_SHOP
from backoffice.sync.models import RemoteOrder, unit_price_for


@dataclass(frozen=True)
class LineSpec:
    kind: str  # item or fee
    sku: str
    name: str
    options: str
    quantity: int
    unit_price: int
    discount_amount: int
    tax_amount: int
    shop_line_id: str | None


def line_specs(remote: RemoteOrder) -> list[LineSpec]:
    """The order's lines: what the shop sold, then its fees, each with its tax."""
    specs = []
    for ln in remote.lines:
        if ln.quantity <= 0:
            continue  # a line the shop emptied (mapping refuses one that still holds money)
        subtotal, total = ln.subtotal, ln.total
        if remote.prices_include_tax:
            # Prices as the shop shows them, with their tax: 19,000원 a shirt, not 17,272.73.
            subtotal, total = ln.subtotal + ln.subtotal_tax, ln.total + ln.tax
        unit = unit_price_for(subtotal, total, ln.quantity)
        specs.append(
            LineSpec(
                kind="item",
                sku=ln.sku,
                name=ln.name or ln.sku or "item",
                options=ln.options,
                quantity=ln.quantity,
                unit_price=unit,
                discount_amount=unit * ln.quantity - total,
                tax_amount=ln.tax,
                shop_line_id=str(ln.remote_line_id),
            )
        )
    for fee in remote.fees:
        specs.append(
            LineSpec(
                kind="fee",
                sku="",
                name=fee.name,
                options="",
                quantity=1,
                unit_price=fee.total,
                discount_amount=0,
                tax_amount=fee.tax,
                shop_line_id=f"fee:{fee.remote_fee_id}",
            )
        )
    return specs


def coupon_codes(remote: RemoteOrder) -> str:
    return ", ".join(c.code for c in remote.coupons if c.code)[:200]


def check_reconciled(order: Order, remote: RemoteOrder) -> None:
    """R4/R42: the order as stored costs exactly what the shop charged."""
    if order.total != remote.total:
        raise DomainError(
            "Shop order {number}: the shop's total is {shop} but its lines, fees, shipping and "
            "tax make {local} here; not imported",
            "R42",
            number=remote.number,
            shop=Money(remote.total, remote.currency),
            local=Money(order.total, order.currency),
        )


def apply_refunds(session: Session, order: Order, remote: RemoteOrder) -> None:
    """Refunds made in the shop, each recorded once; ours are matched, not added again."""
    known = {r.shop_refund_id for r in order.refunds if r.shop_refund_id}
    for rr in remote.refunds:
        rid = str(rr.remote_refund_id)
        if rid in known or rr.amount <= 0:
            continue
        if rr.idempotency_key:
            entry = session.scalar(
                select(OutboxEntry).where(OutboxEntry.idempotency_key == rr.idempotency_key)
            )
            if entry is not None and tie_pushed_refund(session, entry, rid, order_id=order.id):
                continue
        before = {"refunded": order.refunded}
        refund = Refund(
            method="shop",
            # Beyond what was owed back here, the shop's refund lowers what the order costs.
            goodwill_amount=max(rr.amount - max(-order.balance, 0), 0),
            items_amount=rr.amount,
            amount=rr.amount,
            reason=rr.reason,
            shop_refund_id=rid,
            created_at=utcnow(),
        )
        order.refunds.append(refund)
        totals.refresh(order)
        params = {"amount": Money(rr.amount, order.currency), "reason": rr.reason}
        text = (
            N_("Refund of {amount} in the shop: {reason}")
            if rr.reason
            else N_("Refund of {amount} in the shop")
        )
        record(  # templates: N_
            session,
            order,
            WEB_SHOP,
            "refund",
            text,
            before=before,
            after={"refunded": order.refunded, "balance": order.balance},
            params=params,
        )


def tie_pushed_refund(
    session: Session, entry: OutboxEntry, remote_refund_id: str, *, order_id: int | None = None
) -> bool:
    """The shop's id on the refund row a pushed refund entry came from (the relay after a push,
    the pull when it sees our key in the shop's refund): that refund is then never counted twice.
    False when the entry names no refund row (of `order_id`, when given)."""
    local_id = ((entry.payload or {}).get("refund") or {}).get("id")
    refund = session.get(Refund, local_id) if isinstance(local_id, int) else None
    if refund is None or (order_id is not None and refund.order_id != order_id):
        return False
    refund.shop_refund_id = refund.shop_refund_id or remote_refund_id
    return True
