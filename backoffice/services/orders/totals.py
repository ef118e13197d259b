"""Totals recomputed on every change (R19), and the list's denormalised fields.

items_total   sum of line totals (active quantity x unit price - manual line discount), fees apart
fees_total    sum of the web shop's fee lines (kind `fee`, signed)
tax_total     the lines' tax (for their active quantity) + shipping tax
total         items_total + fees_total + shipping + added tax - grade - coupon - points + rounding,
              where the added tax is tax_total less the lines' tax when prices hold it
amount_due    total less goodwill refunds (no claim, nothing owed back), or 0 once cancelled
balance       amount_due - paid + refunded   (> 0: ask for payment, < 0: refund due)
"""

from __future__ import annotations

from backoffice.db.models import Order, OrderLine
from backoffice.domain.money import percent_of
from backoffice.domain.stages import Stage


def line_gross(line: OrderLine) -> int:
    return line.active_quantity * line.unit_price


def discount_of(gross: int, discount_amount: int, discount_percent: int) -> int:
    """A line's manual discount on `gross`: the percent, then the amount, never above gross."""
    if gross <= 0:
        return 0
    pct = percent_of(gross, discount_percent) if discount_percent else 0
    return min(gross, pct + discount_amount)


def line_discount(line: OrderLine) -> int:
    return discount_of(line_gross(line), line.discount_amount, line.discount_percent)


def line_total(line: OrderLine) -> int:
    return line_gross(line) - line_discount(line)


def line_total_of(
    quantity: int,
    unit_price: int,
    *,
    discount_amount: int = 0,
    discount_percent: int = 0,
    cancelled: int = 0,
    returned: int = 0,
) -> int:
    """`line_total` of a line given by its values (totals as you type, before a line exists)."""
    gross = (quantity - cancelled - returned) * unit_price
    return gross - discount_of(gross, discount_amount, discount_percent)


def line_tax(line: OrderLine) -> int:
    """The tax of what is still sold of the line: its tax shrinks with cancels and returns."""
    if not line.tax_amount or line.quantity <= 0:
        return 0
    if line.active_quantity == line.quantity:
        return line.tax_amount
    return line.tax_amount * max(line.active_quantity, 0) // line.quantity


def tax_in_prices(order: Order) -> int:
    """The lines' tax that sits inside their prices (shops whose prices include tax); fees'
    tax is always added on top."""
    if not order.prices_include_tax:
        return 0
    return sum(line_tax(line) for line in order.lines if line.kind != "fee")


def unit_value(line: OrderLine) -> int:
    """What one unit of the line was sold for after its discount (refunds of quantities, R26)."""
    if line.active_quantity <= 0:
        gross = line.quantity * line.unit_price
        pct = percent_of(gross, line.discount_percent) if line.discount_percent else 0
        return (gross - min(gross, pct + line.discount_amount)) // max(line.quantity, 1)
    return line_total(line) // line.active_quantity


def payment_status(order: Order) -> str:
    if order.stage == Stage.CANCELLED and order.paid and order.paid == order.refunded:
        return "refunded"
    if order.balance < 0:
        return "refund_due"
    if order.paid == 0 and order.amount_due > 0:
        return "unpaid"
    if order.balance > 0:
        return "partially_paid"
    return "paid"


def refresh(order: Order) -> None:
    """Recompute every derived field from the order's rows. Call after any change."""
    lines = order.lines
    order.items_total = sum(line_total(line) for line in lines if line.kind != "fee")
    order.fees_total = sum(line_total(line) for line in lines if line.kind == "fee")
    order.manual_discount = sum(line_discount(line) for line in lines)
    order.tax_total = sum(line_tax(line) for line in lines) + order.shipping_tax
    order.total = (
        order.items_total
        + order.fees_total
        + order.shipping_fee
        + order.tax_total
        - tax_in_prices(order)
        - order.grade_discount
        - order.coupon_discount
        - order.points_used
        + order.rounding
    )
    # A goodwill refund (no claim, nothing owed back; or one made in the web shop) lowers what
    # the order costs: the customer does not owe it again (R25, R42).
    goodwill = sum(r.goodwill_amount for r in order.refunds)
    order.amount_due = 0 if order.stage == Stage.CANCELLED else order.total - goodwill
    order.paid = sum(p.amount for p in order.payments)
    order.refunded = sum(r.amount for r in order.refunds)
    order.balance = order.amount_due - order.paid + order.refunded
    order.payment_status = payment_status(order)
    items = [
        line for line in lines if line.active_quantity > 0 and line.kind not in ("negative", "fee")
    ]
    order.item_count = sum(line.active_quantity for line in items)
    if items:
        first = items[0].name
        more = len(items) - 1
        order.items_summary = (f"{first} +{more}" if more else first)[:300]
    else:
        order.items_summary = ""
    shipments = order.shipments
    order.tracking_numbers = " ".join(s.tracking_number for s in shipments if s.tracking_number)
    order.carrier = next((s.carrier for s in shipments if s.carrier), "")
    shipped = [s for s in shipments if s.stage in ("shipped", "delivered")]
    order.partially_shipped = 0 < len(shipped) < len([s for s in shipments if s.items])
    order.has_memo = bool(order.memos)
    order.has_open_claim = any(c.state in ("requested", "approved") for c in order.claims)
    order.cancel_requested = any(
        c.kind == "cancel" and c.whole_order and c.state == "requested" for c in order.claims
    )
    first_address = order.addresses[0] if order.addresses else None
    order.recipient_name = first_address.name if first_address else order.buyer_name
    order.recipient_phone = first_address.phone if first_address else order.buyer_phone
    order.search_text = search_text(order)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def search_text(order: Order) -> str:
    """R32: code, shop number, buyer and recipient names, phone digits, e-mail, tracking numbers."""
    parts = [
        order.code.replace("-", ""),
        order.shop_order_number or "",
        order.buyer_name,
        _digits(order.buyer_phone),
        order.buyer_email,
        order.tracking_numbers,
    ]
    for address in order.addresses:
        parts.extend([address.name, _digits(address.phone)])
    return " ".join(p for p in parts if p).lower()
