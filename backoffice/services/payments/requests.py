"""Money into an order: payment requests (R22) and payments of the original order (R23).
Refunds (R25, services/payments/refunds.py) and the payment panel (R24, services/payments/panel.py) are
re-exported here so callers have one money module.

Card numbers are masked on the way in (R24, R50, domain/cards.py): no more than the first 6 and
last 4 digits ever reach the database, whatever a caller or a PG hands us, in the card field or
typed into a reference.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from backoffice.db.base import utcnow
from backoffice.db.models import Order, Payment, PaymentRequest
from backoffice.db.uow import UnitOfWork
from backoffice.domain.cards import mask_card, mask_pans
from backoffice.domain.errors import N_, DomainError
from backoffice.domain.money import Money, format_money
from backoffice.domain.stages import PAYABLE_STAGES, Stage
from backoffice.services.orders import totals
from backoffice.services.orders.history import record
from backoffice.services.orders.lookup import get_order
from backoffice.services.payments import shop_pages
from backoffice.services.payments.panel import Breakdown, PaymentRow, RefundRow, payment_breakdown
from backoffice.services.payments.refunds import (
    METHODS,
    RefundSpec,
    check_method,
    refund,
    refund_in_session,
)
from backoffice.services.staff.actor import Actor

__all__ = [
    "METHODS",
    "Breakdown",
    "CardDetails",
    "PaymentRow",
    "RefundRow",
    "RefundSpec",
    "RequestInfo",
    "mark_request_paid",
    "mask_card",
    "payment_breakdown",
    "record_payment",
    "refund",
    "refund_in_session",
    "request_payment",
    "withdraw_payment_request",
]


DEFAULT_PAY_BASE = "https://pay.backoffice.local"


@dataclass(frozen=True)
class RequestInfo:
    id: int
    token: str
    link: str
    amount: int
    state: str


def _money(order: Order, amount: int) -> str:
    return format_money(amount, order.currency)


def _open_requested(order: Order) -> int:
    return sum(r.amount for r in order.payment_requests if r.state == "requested")


def new_request_in_session(
    session: Session, order: Order, amount: int | None, note: str = ""
) -> PaymentRequest:
    """Add a `requested` payment request with its link; the caller records the change."""
    if order.stage in (Stage.CANCELLED, Stage.COMPLETED):
        raise DomainError(
            "Order {code} is {stage}: no payment can be asked",
            "R22",
            code=order.code,
            stage=order.stage,
        )
    owed = order.balance - _open_requested(order)
    amount = owed if amount is None else amount
    if amount <= 0:
        raise DomainError(
            "Order {code} owes nothing that is not already asked for", "R22", code=order.code
        )
    if amount > owed:
        raise DomainError(
            "Order {code} owes {owed} beyond open requests: {amount} is too much",
            "R22",
            code=order.code,
            owed=Money(max(owed, 0), order.currency),
            amount=Money(amount, order.currency),
        )
    token = secrets.token_urlsafe(18)
    base = order.shop.base_url if order.shop and order.shop.base_url else DEFAULT_PAY_BASE
    # A web shop order that still owes all it costs is paid on the shop's own page (R22): the
    # shop reports the payment, and the next pull marks this request paid (services/sync/apply).
    shop_page = order.shop_payment_url if order.paid == 0 and amount == order.balance else ""
    link = shop_page or f"{base.rstrip('/')}/pay/{token}"
    if not shop_page and shop_pages.pays_in_shop(order):
        link = ""  # any other amount gets a shop order of its own; its page comes back (R22)
    request = PaymentRequest(
        amount=amount,
        token=token,
        link=link,
        note=mask_pans(note.strip()),
        created_at=utcnow(),
    )
    order.payment_requests.append(request)
    session.flush()
    return request


def _info(r: PaymentRequest) -> RequestInfo:
    return RequestInfo(r.id, r.token, r.link, r.amount, r.state)


def _request_payload(r: PaymentRequest) -> dict[str, object]:
    request = {"id": r.id, "token": r.token, "link": r.link, "amount": r.amount, "state": r.state}
    if r.shop_order_id or not r.link:  # a shop order of its own: closed when withdrawn
        request["in_shop"] = True
        request["shop_order_id"] = r.shop_order_id or ""
    return {"request": request}


def request_payment(
    uow: UnitOfWork,
    actor: Actor,
    code: str,
    amount: int | None = None,
    note: str = "",
    *,
    expected_version: int | None = None,
) -> RequestInfo:
    """R22: ask the customer for the balance (default) or an amount, with a link to pay."""
    with uow:
        session = uow.session
        order = get_order(session, code, expected_version=expected_version)
        request = new_request_in_session(session, order, amount, note)
        push = _request_payload(request)
        text = N_("Payment of {amount} requested: {link}")
        if not request.link:  # the relay makes the shop's page; the customer is told then
            push["pay_in_shop"] = shop_pages.order_for(session, order, request)
            text = N_("Payment of {amount} requested; the web shop makes its payment page")
        record(  # templates: N_
            session,
            order,
            actor,
            "payment_request",
            text,
            after={"request": request.id, "amount": request.amount, "state": "requested"},
            push=push,
            params={"amount": Money(request.amount, order.currency), "link": request.link},
        )
        uow.commit()
        return _info(request)


def _open_request(order: Order, request_id: int) -> PaymentRequest:
    request = next((r for r in order.payment_requests if r.id == request_id), None)
    if request is None:
        raise DomainError(
            "Order {code} has no payment request {request_id}",
            "R22",
            code=order.code,
            request_id=request_id,
        )
    if request.state != "requested":
        raise DomainError(
            "That payment request is already {request_state}", "R22", request_state=request.state
        )
    return request


def withdraw_payment_request(uow: UnitOfWork, actor: Actor, code: str, request_id: int) -> None:
    """R22: requested -> withdrawn (요청취소); the link stops working in the shop."""
    with uow:
        session = uow.session
        order = get_order(session, code)
        request = _open_request(order, request_id)
        request.state, request.resolved_at = "withdrawn", utcnow()
        record(
            session,
            order,
            actor,
            "payment_request",
            "Payment request of {amount} withdrawn",
            before={"request": request.id, "state": "requested"},
            after={"request": request.id, "state": "withdrawn"},
            push=_request_payload(request),
            params={"amount": Money(request.amount, order.currency)},
        )
        uow.commit()


@dataclass(frozen=True)
class CardDetails:
    pg_transaction: str = ""
    card_issuer: str = ""
    card_number: str = ""  # masked before it is stored
    installment_months: int = 0


def add_payment_in_session(
    order: Order,
    method: str,
    amount: int,
    paid_at: datetime | None,
    card: CardDetails,
    request_id: int | None = None,
    *,
    reported: bool = False,
) -> tuple[Payment, str | None]:
    """Add a payment row; a fully paid pending_payment order becomes received (R23).
    Returns the payment and the stage it left, if it moved. The caller records the change.
    `reported`: the shop says the customer paid; that is a fact, kept even if it overpays (R43)."""
    if not reported:
        check_method(method)
    if amount <= 0:
        raise DomainError("A payment must be more than zero", "R23")
    if amount > order.balance and not reported:
        raise DomainError(
            "Order {code} owes {balance}: a payment of {amount} is too much",
            "R19",
            code=order.code,
            balance=Money(max(order.balance, 0), order.currency),
            amount=Money(amount, order.currency),
        )
    if card.installment_months < 0:
        raise DomainError("Instalment months cannot be negative", "R24")
    payment = Payment(
        method=method,
        amount=amount,
        paid_at=paid_at or utcnow(),
        # A card number typed into a reference field is masked too (R50).
        pg_transaction=mask_pans(card.pg_transaction.strip()),
        card_issuer=mask_pans(card.card_issuer.strip()),
        card_masked=mask_card(card.card_number),
        installment_months=card.installment_months,
        request_id=request_id,
    )
    order.payments.append(payment)
    order.paid_at = order.paid_at or payment.paid_at
    order.payment_method = order.payment_method or method
    totals.refresh(order)
    moved_from = None
    if order.stage == Stage.PENDING_PAYMENT and order.balance <= 0:
        moved_from, order.stage, order.deposit_deadline = order.stage, Stage.RECEIVED.value, None
        totals.refresh(order)
    return payment, moved_from


def _record_payment_event(
    session: Session, order: Order, actor: Actor, payment: Payment, moved_from: str | None
) -> None:
    params = {"amount": Money(payment.amount, order.currency), "method": payment.method}
    after: dict[str, object] = {"payment": payment.amount, "paid": order.paid}
    if moved_from is None:  # payments themselves are pulled from the shop, not pushed (R44)
        text = N_("Payment of {amount} by {method}")
        record(session, order, actor, "payment", text, after=after, params=params)  # templates: N_
        return
    after["stage"] = order.stage
    record(
        session,
        order,
        actor,
        "stage",
        "Payment of {amount} by {method}; stage {stage} → {target}",
        before={"stage": moved_from},
        after=after,
        push={"stage": order.stage, "reason": "paid"},
        params={**params, "stage": moved_from, "target": order.stage},
    )


def mark_request_paid(
    uow: UnitOfWork,
    actor: Actor,
    code: str,
    request_id: int,
    method: str,
    pg_transaction: str = "",
    card_issuer: str = "",
    card_number: str = "",
    installment_months: int = 0,
    paid_at: datetime | None = None,
) -> int:
    """R22: requested -> paid (결제완료), with the payment it brought. Returns the payment id."""
    with uow:
        session = uow.session
        order = get_order(session, code)
        if order.stage == Stage.CANCELLED and actor.kind != "shop":
            raise DomainError(
                "Order {code} is cancelled: it takes no payment", "R22", code=order.code
            )
        request = _open_request(order, request_id)
        card = CardDetails(pg_transaction, card_issuer, card_number, installment_months)
        payment, moved_from = add_payment_in_session(
            order, method, request.amount, paid_at, card, request.id, reported=actor.kind == "shop"
        )
        request.state, request.resolved_at = "paid", payment.paid_at
        session.flush()
        text = N_("Payment request of {amount} paid by {method}")
        params = {"amount": Money(request.amount, order.currency), "method": method}
        if moved_from:
            text = N_("Payment request of {amount} paid by {method}; stage {stage} → {target}")
            params.update(stage=moved_from, target=order.stage)
        record(  # templates: N_
            session,
            order,
            actor,
            "payment_request",
            text,
            before={"request": request.id, "state": "requested", "stage": moved_from},
            after={
                "request": request.id,
                "state": "paid",
                "paid": order.paid,
                "stage": order.stage,
            },
            push={**_request_payload(request), "stage": order.stage},
            params=params,
        )
        uow.commit()
        return payment.id


def record_payment(
    uow: UnitOfWork,
    actor: Actor,
    code: str,
    method: str,
    amount: int,
    paid_at: datetime | None = None,
    pg_transaction: str = "",
    card_issuer: str = "",
    card_number: str = "",
    installment_months: int = 0,
    *,
    expected_version: int | None = None,
) -> int:
    """R23: staff record a payment of the original order only while pending_payment or received;
    later money goes through a payment request. A payment the shop reports (actor kind "shop") is
    always kept. Returns the payment id."""
    with uow:
        session = uow.session
        order = get_order(session, code, expected_version=expected_version)
        reported = actor.kind == "shop"  # the shop's word that the customer paid (R43)
        if order.stage not in PAYABLE_STAGES and not reported:
            raise DomainError(
                "Order {code} is {stage}: the original order can only be paid while pending "
                "payment or new; send a payment request instead",
                "R23",
                code=order.code,
                stage=order.stage,
            )
        card = CardDetails(pg_transaction, card_issuer, card_number, installment_months)
        payment, moved_from = add_payment_in_session(
            order, method, amount, paid_at, card, reported=reported
        )
        session.flush()
        _record_payment_event(session, order, actor, payment, moved_from)
        uow.commit()
        return payment.id
