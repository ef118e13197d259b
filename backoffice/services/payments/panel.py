"""The payment panel's read model (R24): order amount, shipping, each discount, total, paid,
refunded, balance, and every payment, payment request and refund as plain frozen rows."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from backoffice.db.models import Order
from backoffice.services.orders import totals
from backoffice.services.orders.lookup import get_order

_R = TypeVar("_R", bound=Any)


@dataclass(frozen=True)
class RequestRow:
    id: int
    token: str
    link: str
    amount: int
    state: str
    note: str
    created_at: datetime
    resolved_at: datetime | None


@dataclass(frozen=True)
class PaymentRow:
    id: int
    method: str
    amount: int
    paid_at: datetime
    pg_transaction: str
    card_issuer: str
    card_masked: str
    installment_months: int
    request_id: int | None
    tendered: int = 0  # cash handed over at the counter (0: not counted)
    cash_receipt_kind: str = ""  # 현금영수증: income | expense
    cash_receipt_number: str = ""


@dataclass(frozen=True)
class RefundRow:
    id: int
    amount: int
    items_amount: int
    shipping_amount: int
    deduction_amount: int
    points_returned: int
    method: str
    reason: str
    claim_id: int | None
    created_at: datetime


@dataclass(frozen=True)
class Breakdown:
    """The payment panel (R24). order_amount - manual_discount + fees + shipping + tax (unless the
    prices include it) - grade - coupon - points + rounding = total; balance = amount due - paid +
    refunded, the amount due being the total less goodwill refunds (0 if cancelled)."""

    code: str
    currency: str
    order_amount: int
    shipping_fee: int
    grade_discount: int
    coupon_discount: int
    points_used: int
    manual_discount: int
    total: int
    amount_due: int
    paid: int
    refunded: int
    balance: int
    payment_status: str
    payments: list[PaymentRow] = field(default_factory=list)
    requests: list[RequestRow] = field(default_factory=list)
    refunds: list[RefundRow] = field(default_factory=list)
    # A web shop's parts (0 / "" for orders made here): fees (signed), all tax (the lines' part
    # of it inside their prices when the shop's prices include tax), the shop's rounding, and
    # the coupons it applied.
    fees_total: int = 0
    tax_total: int = 0
    tax_in_prices: int = 0  # the part of tax_total already inside the line prices
    rounding: int = 0
    coupon_codes: str = ""


def _row(cls: type[_R], obj: object) -> _R:
    """A frozen snapshot of an ORM row: the panel never holds live objects (STYLE 5)."""
    return cls(**{f.name: getattr(obj, f.name) for f in fields(cls)})  # type: ignore[arg-type]


def payment_breakdown(session: Session, code: str) -> Breakdown:
    return breakdown_of(get_order(session, code))


def breakdown_of(order: Order) -> Breakdown:
    return Breakdown(
        code=order.code,
        currency=order.currency,
        order_amount=order.items_total + order.manual_discount,
        shipping_fee=order.shipping_fee,
        grade_discount=order.grade_discount,
        coupon_discount=order.coupon_discount,
        points_used=order.points_used,
        manual_discount=order.manual_discount,
        total=order.total,
        amount_due=order.amount_due,
        paid=order.paid,
        refunded=order.refunded,
        balance=order.balance,
        payment_status=order.payment_status,
        payments=[_row(PaymentRow, p) for p in order.payments],
        requests=[_row(RequestRow, r) for r in order.payment_requests],
        refunds=[_row(RefundRow, r) for r in order.refunds],
        fees_total=order.fees_total,
        tax_total=order.tax_total,
        tax_in_prices=totals.tax_in_prices(order),
        rounding=order.rounding,
        coupon_codes=order.coupon_codes,
    )
