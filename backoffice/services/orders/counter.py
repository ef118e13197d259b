"""Orders created in the back office (R30): a walk-in sale, a phone order, or a replacement for an
order whose deposit deadline passed (R10), for a member or a guest (R3).

One transaction holds the order, its stock, the payment taken at the counter or the payment request
sent, one timeline event and exactly one "order_created" outbox row. The row's idempotency key is
made with the row, so however often the relay retries, the shop creates the order once (R42).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from backoffice.db.base import utcnow
from backoffice.db.models import Customer, Order
from backoffice.db.uow import UnitOfWork
from backoffice.domain.cards import mask_pans
from backoffice.domain.errors import N_, DomainError, NotFound
from backoffice.domain.money import Money
from backoffice.domain.stages import Fulfilment, Stage
from backoffice.services.orders import changes as orders
from backoffice.services.orders import totals
from backoffice.services.orders.changes import NewAddress, NewLine
from backoffice.services.orders.history import record
from backoffice.services.orders.lookup import get_order
from backoffice.services.payments.requests import (
    CardDetails,
    RequestInfo,
    add_payment_in_session,
    new_request_in_session,
)
from backoffice.services.staff.actor import Actor

CHANNELS = ("counter", "phone")
COUNTER_METHODS = ("cash", "card")
# The timeline sentence of a new counter order, by (paid now, payment requested, replaces an
# order): whole sentences, so each translates (R28).
CREATED = {
    (False, False, False): N_("Order created at the {channel}: {count} items, {total}"),
    (True, False, False): N_(
        "Order created at the {channel}: {count} items, {total}; paid {paid} by {method}"
    ),
    (False, True, False): N_(
        "Order created at the {channel}: {count} items, {total}; payment requested: {link}"
    ),
    (True, True, False): N_(
        "Order created at the {channel}: {count} items, {total}; paid {paid} by {method}; "
        "payment requested: {link}"
    ),
    (False, False, True): N_(
        "Order created at the {channel}: {count} items, {total}; replaces {old_code}"
    ),
    (True, False, True): N_(
        "Order created at the {channel}: {count} items, {total}; paid {paid} by {method}; "
        "replaces {old_code}"
    ),
    (False, True, True): N_(
        "Order created at the {channel}: {count} items, {total}; payment requested: {link}; "
        "replaces {old_code}"
    ),
    (True, True, True): N_(
        "Order created at the {channel}: {count} items, {total}; paid {paid} by {method}; "
        "payment requested: {link}; replaces {old_code}"
    ),
}


@dataclass(frozen=True)
class CounterPayment:
    """Money taken at the counter. amount None: the whole total."""

    method: str
    amount: int | None = None
    pg_transaction: str = ""
    card_issuer: str = ""
    card_number: str = ""  # masked before it is stored (R24)
    installment_months: int = 0
    tendered: int = 0  # cash handed over (0: not counted); the change is tendered - amount
    cash_receipt_kind: str = ""  # 현금영수증: "income" (소득공제) or "expense" (지출증빙)
    cash_receipt_number: str = ""  # a phone number (income) or a business number (expense)


@dataclass(frozen=True)
class CounterResult:
    code: str
    stage: str
    total: int
    balance: int
    request: RequestInfo | None = None


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    phone: str
    email: str
    is_member: bool
    grade: str
    points: int


CASH_RECEIPT_KINDS = ("income", "expense")  # 소득공제, 지출증빙


def check_cash(payment: CounterPayment, amount: int, currency: str) -> tuple[str, str]:
    """The cash handed over covers the amount; a 현금영수증 goes with cash only and carries a
    phone number (소득공제, 10–11 digits starting 01) or a business number (지출증빙, 10 digits).
    Returns the receipt's kind and digits ("", "" for none)."""
    if payment.tendered and payment.method != "cash":
        raise DomainError("Only cash is handed over and counted", "R30")
    if payment.tendered and payment.tendered < amount:
        raise DomainError(
            "{tendered} received is less than {amount} to pay",
            "R30",
            tendered=Money(payment.tendered, currency),
            amount=Money(amount, currency),
        )
    kind, number = payment.cash_receipt_kind, _digits(payment.cash_receipt_number)
    if not kind:
        return "", ""
    if payment.method != "cash":
        raise DomainError("A cash receipt is issued for cash payments only", "R30")
    if kind not in CASH_RECEIPT_KINDS:
        raise DomainError("A cash receipt is for income deduction or expense proof", "R30")
    if kind == "income" and not (number.startswith("01") and len(number) in (10, 11)):
        raise DomainError(
            "A cash receipt for income deduction needs a mobile phone number, not {number}",
            "R30",
            number=payment.cash_receipt_number,
        )
    if kind == "expense" and len(number) != 10:
        raise DomainError(
            "A cash receipt for expense proof needs the 10-digit business number, not {number}",
            "R30",
            number=payment.cash_receipt_number,
        )
    return kind, number


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _from_replaced(old: Order) -> list[NewLine]:
    """The lines of an expired order, as they were when it lapsed."""
    return [
        NewLine(
            quantity=line.quantity - line.cancelled_quantity,
            unit_price=line.unit_price,
            variant_id=line.variant_id,
            sku=line.sku,
            name=line.name,
            options=line.options,
            kind=line.kind,
            discount_amount=line.discount_amount,
            discount_percent=line.discount_percent,
        )
        for line in old.lines
        if line.quantity > line.cancelled_quantity
    ]


def _final_stage(order: Order, channel: str, fulfilment: Fulfilment, request: bool) -> Stage:
    if order.balance <= 0:
        # R6: a walk-in sale handed over and paid at the counter skips straight to delivered.
        if channel == "counter" and fulfilment == Fulfilment.PICKUP:
            return Stage.DELIVERED
        return Stage.PREPARING  # made by staff: confirmed already
    if request or fulfilment == Fulfilment.DELIVERY:
        return Stage.PENDING_PAYMENT
    return Stage.RECEIVED  # pay on pickup


def create_counter_order(
    uow: UnitOfWork,
    actor: Actor,
    lines: list[NewLine],
    *,
    customer_id: int | None = None,
    guest_name: str = "",
    guest_phone: str = "",
    guest_email: str = "",
    channel: str = "counter",
    fulfilment: Fulfilment = Fulfilment.PICKUP,
    address: NewAddress | None = None,
    shipping_fee: int = 0,
    payment: CounterPayment | None = None,
    request_payment: bool = False,
    replaces_code: str | None = None,
    deposit_deadline: datetime | None = None,
    note: str = "",
) -> CounterResult:
    """R30: an order made at the counter or on the phone, paid now, asked for (R22), or on pickup."""
    if channel not in CHANNELS:
        raise DomainError(
            "A back-office order is made at the counter or by phone, not {channel}", channel=channel
        )
    if payment is not None and payment.method not in COUNTER_METHODS:
        raise DomainError(
            "At the counter payment is cash or card, not {method}", "R30", method=payment.method
        )
    with uow:
        session = uow.session
        old = get_order(session, replaces_code) if replaces_code else None
        if old is not None and old.stage != Stage.CANCELLED:
            raise DomainError(
                "Order {code} is still {stage}: only a lapsed or cancelled order is replaced by a "
                "new one",
                "R30",
                code=old.code,
                stage=old.stage,
            )
        lines = lines or (_from_replaced(old) if old else [])
        if not lines:
            raise DomainError("An order needs at least one line", "R30")
        customer = session.get(Customer, customer_id) if customer_id is not None else None
        if customer_id is not None and customer is None:
            raise NotFound("That customer no longer exists")
        if customer is None and old is not None and not (guest_name or guest_phone):
            guest_name, guest_phone, guest_email = old.buyer_name, old.buyer_phone, old.buyer_email
            customer = session.get(Customer, old.customer_id) if old.customer_id else None
        if address is None and fulfilment == Fulfilment.DELIVERY and old and old.addresses:
            first = old.addresses[0]
            address = NewAddress(
                first.name, first.phone, first.postcode, first.address1, first.address2, first.memo
            )
        if fulfilment == Fulfilment.DELIVERY and address is None:
            raise DomainError("A delivery order needs a shipping address", "R5")
        now = utcnow()
        free_lines = [
            replace(spec, kind="free")  # a free line with a price (R30)
            if spec.kind == "item" and spec.variant_id is None and not spec.sku
            else spec
            for spec in lines
        ]
        new = orders.NewOrder(
            channel=channel,
            lines=free_lines,
            fulfilment=fulfilment,
            stage=Stage.RECEIVED,
            customer_id=customer.id if customer else None,
            is_member=bool(customer and customer.is_member),  # R3
            buyer_name=customer.name if customer else guest_name.strip(),
            buyer_phone=customer.phone if customer else guest_phone.strip(),
            buyer_email=customer.email if customer else guest_email.strip(),
            shipping_fee=shipping_fee if fulfilment == Fulfilment.DELIVERY else 0,
            addresses=[address] if address is not None else [],
            deposit_deadline=deposit_deadline,
            created_at=now,
            customer_note=mask_pans(note.strip()),  # R50: no card number in a note
        )
        order = orders.build_order(session, new, check_stock=True, unread=False)
        totals.refresh(order)
        taken = None
        if payment is not None:
            card = CardDetails(
                payment.pg_transaction,
                payment.card_issuer,
                payment.card_number,
                payment.installment_months,
            )
            amount = order.balance if payment.amount is None else payment.amount
            kind, number = check_cash(payment, amount, order.currency)
            taken, _ = add_payment_in_session(order, payment.method, amount, now, card)
            taken.tendered = payment.tendered
            taken.cash_receipt_kind, taken.cash_receipt_number = kind, number
        target = _final_stage(order, channel, fulfilment, request_payment)
        order.stage = target.value
        orders.move_shipments(order, target)
        if target == Stage.DELIVERED:
            order.delivered_at = now
        request = new_request_in_session(session, order, None) if request_payment else None
        totals.refresh(order)
        params: dict[str, Any] = {
            "channel": channel,
            "count": order.item_count,
            "total": Money(order.total, order.currency),
        }
        if taken is not None:
            params |= {"paid": Money(taken.amount, order.currency), "method": taken.method}
        if request is not None:
            params["link"] = request.link
        if old is not None:
            params["old_code"] = old.code
        record(  # templates: N_
            session,
            order,
            actor,
            "order_created",
            CREATED[(taken is not None, request is not None, old is not None)],
            after={"stage": order.stage, "total": order.total, "replaces": old and old.code},
            push={"order": _payload(order, request, old)},
            params=params,
        )
        if old is not None:
            said, params = N_("Replaced by order {code}"), {"code": order.code}
            record(session, old, actor, "replaced", said, params=params)  # templates: N_
        uow.commit()
        info = (
            RequestInfo(request.id, request.token, request.link, request.amount, request.state)
            if request
            else None
        )
        return CounterResult(order.code, order.stage, order.total, order.balance, info)


def _payload(order: Order, request: object | None, old: Order | None) -> dict[str, object]:
    """The shared creation payload, plus what only a counter sale has."""
    return {
        **orders.order_payload(order),
        "payment_link": getattr(request, "link", None),
        "replaces": old.code if old else None,
    }


def _phone_digits() -> ColumnElement[str]:
    """The stored phone without the separators people type (010-1234-5678, 010 1234 5678)."""
    return func.replace(func.replace(func.replace(Customer.phone, "-", ""), " ", ""), ".", "")


def find_customers(session: Session, text: str, limit: int = 20) -> list[CustomerRow]:
    """R3 member search: by any part of the name, or by any run of the phone's digits."""
    text = text.strip()
    if not text:
        return []
    conditions = [Customer.name.contains(text, autoescape=True)]
    digits = _digits(text)
    if len(digits) >= 3:
        conditions.append(_phone_digits().contains(digits, autoescape=True))
    stmt = (
        select(Customer)
        .where(or_(*conditions))
        .order_by(Customer.is_member.desc(), Customer.name, Customer.id)
        .limit(limit)
    )
    return [
        CustomerRow(c.id, c.name, c.phone, c.email, c.is_member, c.grade, c.points)
        for c in session.scalars(stmt)
    ]


def create_customer(
    uow: UnitOfWork,
    actor: Actor,
    name: str,
    phone: str = "",
    email: str = "",
    *,
    member: bool = True,
    grade: str = "",
) -> int:
    """R3: a member (or a remembered guest) made at the counter. One member per phone number."""
    if not name.strip():
        raise DomainError("A customer needs a name", "R3")
    with uow:
        session = uow.session
        digits = _digits(phone)
        if member and digits:
            same = select(Customer).where(Customer.is_member, _phone_digits() == digits).limit(1)
            other = session.scalar(same)
            if other is not None:
                raise DomainError(
                    "{name} is already a member with {phone}", "R3", name=other.name, phone=phone
                )
        customer = Customer(
            name=name.strip(),
            phone=phone.strip(),
            email=email.strip(),
            is_member=member,
            grade=grade.strip(),
            created_at=utcnow(),
        )
        session.add(customer)
        session.flush()
        uow.commit()
        return customer.id
