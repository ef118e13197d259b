"""Refunds (R25): partial, several per order, with shipping, coupon and points portions entered by
staff. Cash refunded = items + shipping - coupon deduction; points go back to the member's account.
Claims (R27) call `refund_in_session` inside their own transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from backoffice.db.base import utcnow
from backoffice.db.models import Customer, Order, Refund
from backoffice.db.uow import UnitOfWork
from backoffice.domain.errors import N_, DomainError
from backoffice.domain.money import Money, format_money
from backoffice.services.orders import totals
from backoffice.services.orders.history import record
from backoffice.services.orders.lookup import get_order
from backoffice.services.staff.actor import Actor
from backoffice.services.staff.permissions import require_manager

METHODS = ("card", "cash", "bank_transfer", "naver_pay", "kakao_pay", "points", "other")


@dataclass(frozen=True)
class RefundSpec:
    """What staff enter for a refund (R25). items_amount None: the claim's value (claims only)."""

    items_amount: int | None = None
    shipping_amount: int = 0
    deduction_amount: int = 0  # coupon clawed back
    points_returned: int = 0
    method: str = ""
    reason: str = ""

    @property
    def cash(self) -> int:
        """The money that goes back: items + shipping - the coupon clawed back."""
        return (self.items_amount or 0) + self.shipping_amount - self.deduction_amount


def _money(order: Order, amount: int) -> str:
    return format_money(amount, order.currency)


def check_method(method: str) -> None:
    if method not in METHODS:
        raise DomainError(
            "Unknown payment method {method!r}; use one of {choices}",
            method=method,
            choices=", ".join(METHODS),
        )


def refund_in_session(
    session: Session, actor: Actor, order: Order, spec: RefundSpec, claim_id: int | None = None
) -> Refund:
    """R25: add a refund (cash = items + shipping - deduction), points back to the member; records it."""
    items = spec.items_amount or 0
    parts = (items, spec.shipping_amount, spec.deduction_amount, spec.points_returned)
    if any(p < 0 for p in parts):
        raise DomainError("Refund portions are entered as positive amounts", "R25")
    amount = spec.cash
    if amount < 0:
        raise DomainError("The coupon deduction is larger than the refund", "R25")
    if amount == 0 and spec.points_returned == 0:
        raise DomainError("Nothing to refund", "R25")
    if amount and spec.method:
        check_method(spec.method)
    if order.refunded + amount > order.paid:
        raise DomainError(
            "Order {code} was paid {paid} and refunded {refunded}: {amount} more is too much",
            "R25",
            code=order.code,
            paid=Money(order.paid, order.currency),
            refunded=Money(order.refunded, order.currency),
            amount=Money(amount, order.currency),
        )
    shipping_back = sum(r.shipping_amount for r in order.refunds) + spec.shipping_amount
    if shipping_back > order.shipping_fee:
        raise DomainError(
            "Only {shipping_fee} of shipping was charged on {code}",
            "R25",
            shipping_fee=Money(order.shipping_fee, order.currency),
            code=order.code,
        )
    if spec.points_returned:
        points_back = sum(r.points_returned for r in order.refunds) + spec.points_returned
        if points_back > order.points_used:
            raise DomainError(
                "Order {code} used only {points_used} points",
                "R25",
                code=order.code,
                points_used=order.points_used,
            )
        customer = session.get(Customer, order.customer_id) if order.customer_id else None
        if customer is None or not customer.is_member:
            raise DomainError("Points go back only to a member's account", "R25")
        customer.points += spec.points_returned
    # R25: what this refund gives back beyond a claim or a refund already owed is goodwill: it
    # lowers what the order costs instead of showing up as money the customer owes again.
    owed_back = max(-order.balance, 0)
    goodwill = 0 if claim_id is not None else max(amount - owed_back, 0)
    refund = Refund(
        claim_id=claim_id,
        goodwill_amount=goodwill,
        method=spec.method,
        items_amount=items,
        shipping_amount=spec.shipping_amount,
        deduction_amount=spec.deduction_amount,
        points_returned=spec.points_returned,
        amount=amount,
        reason=spec.reason.strip(),
        created_at=utcnow(),
    )
    order.refunds.append(refund)
    session.flush()
    before = {"refunded": order.refunded}
    totals.refresh(order)
    params = {
        "amount": Money(amount, order.currency),
        "points": spec.points_returned,
        "reason": refund.reason,
    }
    if spec.points_returned and refund.reason:
        text = N_("Refund of {amount} and {points} points: {reason}")
    elif spec.points_returned:
        text = N_("Refund of {amount} and {points} points")
    elif refund.reason:
        text = N_("Refund of {amount}: {reason}")
    else:
        text = N_("Refund of {amount}")
    record(  # templates: N_
        session,
        order,
        actor,
        "refund",
        text,
        before=before,
        after={"refunded": order.refunded, "balance": order.balance},
        push={
            "refund": {
                "id": refund.id,
                "amount": amount,
                "items": items,
                "shipping": spec.shipping_amount,
                "deduction": spec.deduction_amount,
                "points": spec.points_returned,
                "method": spec.method,
                "reason": refund.reason,
            }
        },
        params=params,
    )
    return refund


def refund(
    uow: UnitOfWork,
    actor: Actor,
    code: str,
    items_amount: int,
    shipping_amount: int = 0,
    deduction_amount: int = 0,
    points_returned: int = 0,
    method: str = "",
    reason: str = "",
    claim_id: int | None = None,
    *,
    expected_version: int | None = None,
) -> int:
    """R25: a partial refund with shipping, coupon and points portions entered by staff; only a
    manager (or a cashier a manager approved) gives money back outside a claim (R48)."""
    require_manager(actor, "refund", "R48")
    spec = RefundSpec(
        items_amount, shipping_amount, deduction_amount, points_returned, method, reason
    )
    with uow:
        order = get_order(uow.session, code, expected_version=expected_version)
        if claim_id is not None and all(c.id != claim_id for c in order.claims):
            raise DomainError(
                "Order {code} has no claim {claim_id}", "R27", code=order.code, claim_id=claim_id
            )
        row = refund_in_session(uow.session, actor, order, spec, claim_id)
        uow.commit()
        return row.id
