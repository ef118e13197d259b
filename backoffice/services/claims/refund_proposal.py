"""The refund a claim's quantities call for (issue 13, R25–R27), proposed so the cashier does not
work it out and retype it on another tab. Staff can change every portion before confirming.

- items: what the quantities were sold for (after their line discounts), as the claim records;
- shipping: the rest of the shipping fee when a cancel leaves nothing to ship, else nothing;
- coupon: the coupon's share of these items, clawed back (it was given on goods now returned);
- points: the points' share, back to a member's account;
- capped so the cash never exceeds what the customer paid beyond what the order still costs.
An exchange gives goods back, not money: its proposal is empty.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from backoffice.db.models import Order, OrderLine
from backoffice.services.claims.quantities import check_quantities
from backoffice.services.orders import totals
from backoffice.services.orders.lookup import get_order
from backoffice.services.payments.refunds import METHODS


@dataclass(frozen=True)
class RefundProposal:
    items_amount: int = 0
    shipping_amount: int = 0
    deduction_amount: int = 0  # the coupon's share clawed back
    points_returned: int = 0
    method: str = ""  # how the customer paid (the refund goes back the same way)
    paid: int = 0  # what the customer has paid and not had back: the ceiling of any refund

    @property
    def cash(self) -> int:
        return self.items_amount + self.shipping_amount - self.deduction_amount

    @property
    def empty(self) -> bool:
        return self.cash <= 0 and self.points_returned <= 0


def _goods(order: Order) -> list[OrderLine]:
    return [ln for ln in order.lines if ln.kind in ("item", "free")]


def propose(
    session: Session,
    code: str,
    kind: str,
    quantities: dict[int, int],
    claim_id: int | None = None,
) -> RefundProposal:
    """The refund for claiming `quantities` {line id: units} of `kind` on the order `code`, or
    for completing the claim `claim_id` (its own units do not count against it). Quantities that
    cannot be claimed raise the claim's own refusal (R26)."""
    order = get_order(session, code)
    quantities = {i: q for i, q in quantities.items() if q > 0}
    method = next((p.method for p in reversed(order.payments) if p.method in METHODS), "")
    paid_left = max(order.paid - order.refunded, 0)
    if not quantities or kind == "exchange":
        return RefundProposal(method=method, paid=paid_left)
    claim = next((c for c in order.claims if c.id == claim_id), None)
    check_quantities(order, kind, quantities, skip=claim)
    lines = {ln.id: ln for ln in order.lines}
    items = sum(totals.unit_value(lines[i]) * q for i, q in quantities.items())
    sold = sum(totals.unit_value(ln) * ln.quantity for ln in _goods(order)) or 1
    coupon_back = sum(r.deduction_amount for r in order.refunds)
    coupon = min(order.coupon_discount * items // sold, max(order.coupon_discount - coupon_back, 0))
    points = 0
    if order.points_used and order.is_member:
        points_back = sum(r.points_returned for r in order.refunds)
        points = min(order.points_used * items // sold, max(order.points_used - points_back, 0))
    shipping = 0
    left = {ln.id: ln.active_quantity - quantities.get(ln.id, 0) for ln in _goods(order)}
    if kind == "cancel" and all(units <= 0 for units in left.values()):
        shipping_back = sum(r.shipping_amount for r in order.refunds)
        shipping = max(order.shipping_fee - shipping_back, 0)
    # What the order still costs once these units are gone; the customer gets back what they
    # paid beyond it, never more (an unpaid order proposes nothing).
    still_due = max(order.amount_due - (items - coupon - points) - shipping, 0)
    room = max(paid_left - still_due, 0)
    cash = items + shipping - coupon
    if cash > room:
        shipping = min(shipping, room)
        items = room - shipping + coupon
    return RefundProposal(items, shipping, coupon, points, method, paid_left)
