"""One demo order as the services would have left it: rows for every table it touches.

Each order lives a planned life (placed → paid → preparing → ready → shipped → delivered →
completed, with payment delays, cancellations, claims, memos and messages along the way); its stage
is wherever that life stands at the anchor time. Derived fields come from `services.totals.refresh`
run on the rows themselves, and refunds of claims use `totals.unit_value` as the claim services do,
so a demo order is indistinguishable from one the services built.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

from backoffice.db.models import Order
from backoffice.demo.data import (
    CANCEL_REASONS,
    CARD_ISSUERS,
    CARRIERS,
    MEMOS,
    MESSAGES_IN,
    MESSAGES_OUT,
    NOTES,
    Person,
    address,
    person,
)
from backoffice.demo.life import krw, live
from backoffice.demo.rows import (
    AddressRow,
    EventRow,
    Ids,
    LineRow,
    MemoRow,
    MessageRow,
    OrderRow,
    PaymentRow,
    RefundRow,
    RequestRow,
    ShipmentLineRow,
    ShipmentRow,
)
from backoffice.domain.errors import N_
from backoffice.domain.stages import CANCEL_REASON_PAYMENT_EXPIRED
from backoffice.services.orders import totals
from backoffice.services.orders.history import stored_params
from backoffice.services.payments.requests import DEFAULT_PAY_BASE, mask_card

H = timedelta(hours=1)
DAY = timedelta(days=1)
AUTO_COMPLETE = timedelta(days=7)  # R8 default


@dataclass(frozen=True)
class VariantInfo:
    id: int
    sku: str
    product: str
    options: str
    price: int
    product_code: str


@dataclass(frozen=True)
class CustomerInfo:
    id: int
    who: Person
    grade_percent: int


@dataclass
class World:
    """What every order draws on, and the tallies the writer needs at the end."""

    anchor: datetime
    variants: list[VariantInfo]
    siblings: dict[str, list[VariantInfo]]  # product code -> its variants (exchanges)
    customers: list[CustomerInfo]
    shop_id: int
    shop_name: str
    staff: list[str]
    statuses: dict[str, list[tuple[int, str]]]  # stage -> [(id, name)]
    held: Counter[int] = field(default_factory=Counter)  # variant id -> units live orders hold
    damaged: Counter[int] = field(default_factory=Counter)  # variant id -> damaged returns
    web_number: int = 100_000


class Plan:
    """The rows of one order and its dated events, collected while it is built."""

    def __init__(self, order: OrderRow, rows: dict[str, list[Any]]) -> None:
        self.order = order
        self.rows = rows
        self.events: list[tuple[datetime, str, str, str, Any, Any, Any]] = []

    def event(self, at: datetime, actor: str, kind: str, template: str,
              params: dict[str, Any] | None = None, before: Any = None,
              after: Any = None) -> None:
        """A timeline event as the services record one (history.record): the English sentence
        and, with `params`, its template and values, so the window words it in its language."""
        message = None
        text = template
        if params is not None:
            text = template.format(**params)
            message = {"template": template, "params": stored_params(params)}
        self.events.append((at, actor, kind, text, before, after, message))


def _between(rng: random.Random, low: timedelta, high: timedelta) -> timedelta:
    return low + (high - low) * rng.random()


class OrderBuilder:
    def __init__(self, rng: random.Random, world: World, ids: Ids) -> None:
        self.rng, self.world, self.ids = rng, world, ids
        self._cum = list(_cumulative(len(world.variants)))

    # ---- the order and its lines ---------------------------------------------------------

    def build(self, code: str, created: datetime, rows: dict[str, list[Any]]) -> OrderRow:
        rng, w = self.rng, self.world
        channel = rng.choices(("web", "marketplace", "counter", "phone"), (55, 17, 18, 10))[0]
        walk_in = channel == "counter" and rng.random() < 0.75
        pickup = channel == "counter" or (channel == "web" and rng.random() < 0.05)
        member = rng.random() < {"web": 0.55, "counter": 0.3, "phone": 0.45}.get(channel, 0.0)
        customer = rng.choice(w.customers) if member and w.customers else None
        buyer = customer.who if customer else person(rng)
        oid = self.ids.take("orders")
        order = OrderRow(
            id=oid, code=code, channel=channel, fulfilment="pickup" if pickup else "delivery",
            customer_id=customer.id if customer else None, is_member=customer is not None,
            buyer_name=buyer.name, buyer_phone=buyer.phone, buyer_email=buyer.email,
            currency="KRW", created_at=created, updated_at=created, unread=False,
            customer_note=rng.choice(NOTES) if not pickup and rng.random() < 0.15 else "",
        )
        if channel == "web":
            w.web_number += 1
            order.shop_id, order.channel_detail = w.shop_id, w.shop_name
            order.shop_order_number = order.shop_order_id = str(w.web_number)
        elif channel == "marketplace":
            order.channel_detail = "Naver Pay"
            order.shop_order_number = f"{created:%Y%m%d}{rng.randrange(10**7, 10**8)}"
        plan = Plan(order, rows)
        self._lines(plan, walk_in)
        gross = sum(ln.quantity * ln.unit_price for ln in order.lines)
        remote = self._addresses(plan, buyer, pickup)
        if not pickup:
            order.shipping_fee = (3000 if gross < 50_000 else 0) + (3000 if remote else 0)
        if customer and customer.grade_percent:
            order.grade_discount = gross * customer.grade_percent // 100 // 10 * 10
        if channel == "web" and gross >= 30_000 and rng.random() < 0.15:
            order.coupon_discount = rng.choice((2000, 3000, 5000))
        if customer and rng.random() < 0.15:
            order.points_used = min(rng.randrange(5, 51) * 100, gross // 10 // 100 * 100)
        order.payment_method = self._method(channel, walk_in)
        totals.refresh(cast(Order, order))
        staff_name = rng.choice(w.staff)
        actor = "web shop" if channel in ("web", "marketplace") else staff_name
        live(self, plan, actor, staff_name, walk_in)
        self._finish(plan)
        return order

    def _lines(self, plan: Plan, walk_in: bool) -> None:
        rng, order = self.rng, plan.order
        count = rng.choices((1, 2, 3, 4), (55, 28, 12, 5))[0]
        chosen = dict.fromkeys(
            rng.choices(self.world.variants, cum_weights=self._cum, k=count)
        )
        for position, v in enumerate(chosen):
            line = LineRow(
                id=self.ids.take("order_lines"), order_id=order.id, position=position,
                variant_id=v.id, sku=v.sku, name=v.product, options=v.options,
                quantity=rng.choices((1, 2, 3, 4, 5), (74, 18, 5, 2, 1))[0], unit_price=v.price,
                shop_line_id=str(order.id * 10 + position) if order.channel == "web" else None,
            )
            if walk_in and position == 0 and rng.random() < 0.15:  # a counter discount (R17)
                if rng.random() < 0.5:
                    line.discount_percent = 10
                else:
                    line.discount_amount = min(1000, line.quantity * line.unit_price)
            order.lines.append(line)

    def _addresses(self, plan: Plan, buyer: Person, pickup: bool) -> bool:
        rng, order = self.rng, plan.order
        if pickup:
            return False
        count = 2 if sum(ln.quantity for ln in order.lines) >= 2 and rng.random() < 0.03 else 1
        remote = False
        for slot in range(1, count + 1):
            who = buyer if slot == 1 and rng.random() < 0.8 else person(rng)
            where = address(rng)
            remote = remote or where.remote
            order.addresses.append(
                AddressRow(
                    id=self.ids.take("order_addresses"), order_id=order.id, slot=slot,
                    name=who.name, phone=who.phone, postcode=where.postcode,
                    address1=where.address1, address2=where.address2,
                    memo=order.customer_note if slot == 1 else "",
                )
            )
        return remote

    def _method(self, channel: str, walk_in: bool) -> str:
        rng = self.rng
        if channel == "marketplace":
            return "naver_pay"
        if channel == "counter":
            return rng.choices(("card", "cash"), (70, 30))[0] if walk_in else ""
        if channel == "phone":
            return rng.choices(("card", "bank_transfer"), (40, 60))[0]
        return rng.choices(("card", "bank_transfer", "kakao_pay"), (60, 25, 15))[0]

    # ---- shipments, payments, refunds -----------------------------------------------------

    def shipment(self, plan: Plan, number: int, kind: str = "normal",
                 address_slot: int = 1) -> ShipmentRow:
        order = plan.order
        address_id = next((a.id for a in order.addresses if a.slot == address_slot), None)
        shipment = ShipmentRow(
            id=self.ids.take("shipments"), order_id=order.id, number=number, kind=kind,
            stage="preparing", address_id=address_id, created_at=order.created_at,
        )
        order.shipments.append(shipment)
        return shipment

    def put(self, shipment: ShipmentRow, line: LineRow, quantity: int) -> None:
        shipment.items.append(
            ShipmentLineRow(id=self.ids.take("shipment_lines"), shipment_id=shipment.id,
                            line_id=line.id, quantity=quantity)
        )

    def tracking(self, shipment: ShipmentRow) -> None:
        carrier, digits = self.rng.choice(CARRIERS)
        shipment.carrier = carrier
        shipment.tracking_number = str(self.rng.randrange(10 ** (digits - 1), 10**digits))

    def pay(self, plan: Plan, amount: int, at: datetime, method: str,
            request_id: int | None = None) -> PaymentRow:
        rng = self.rng
        payment = PaymentRow(id=self.ids.take("payments"), order_id=plan.order.id, method=method,
                             amount=amount, paid_at=at, request_id=request_id)
        if method in ("card", "kakao_pay", "naver_pay"):
            payment.pg_transaction = f"T{at:%Y%m%d%H%M%S}{rng.randrange(10**5, 10**6)}"
        if method == "card":
            issuer, bin6 = rng.choice(CARD_ISSUERS)
            digits = bin6 + "".join(str(rng.randrange(10)) for _ in range(10))
            payment.card_issuer, payment.card_masked = issuer, mask_card(digits)  # R24
            if amount >= 100_000 and rng.random() < 0.3:
                payment.installment_months = rng.choice((2, 3, 6))
        plan.order.payments.append(payment)
        plan.order.paid_at = plan.order.paid_at or at
        return payment

    def request(self, plan: Plan, amount: int, at: datetime) -> RequestRow:
        token = f"{self.rng.getrandbits(120):030x}"
        row = RequestRow(id=self.ids.take("payment_requests"), order_id=plan.order.id,
                         amount=amount, state="requested", token=token,
                         link=f"{DEFAULT_PAY_BASE}/pay/{token}", created_at=at)
        plan.order.payment_requests.append(row)
        return row

    def refund(self, plan: Plan, amount: int, at: datetime, actor: str, reason: str,
               claim_id: int | None = None, shipping: int = 0, points: int = 0) -> None:
        order = plan.order
        if amount + order.refunded > order.paid:  # never more than was paid (R25)
            amount = order.paid - order.refunded
        if amount <= 0 and not points:
            return
        order.refunds.append(RefundRow(
            id=self.ids.take("refunds"), order_id=order.id, claim_id=claim_id,
            method=order.payment_method, items_amount=amount - shipping,
            shipping_amount=shipping, points_returned=points, amount=amount, reason=reason,
            created_at=at,
        ))
        before = order.refunded
        totals.refresh(cast(Order, order))
        plan.event(at, actor, "refund", N_("Refund of {amount}: {reason}"),
                   {"amount": krw(amount), "reason": reason},
                   {"refunded": before}, {"refunded": order.refunded, "balance": order.balance})

    # ---- extras and the final pass ---------------------------------------------------------

    def extras(self, plan: Plan, end: datetime) -> None:
        """Memos, messages and custom status labels, dated within the order's life so far."""
        rng, order, w = self.rng, plan.order, self.world
        start = order.created_at
        if rng.random() < 0.08:
            at = start + (end - start) * rng.random()
            author, text = rng.choice(w.staff), rng.choice(MEMOS)
            order.memos.append(MemoRow(id=self.ids.take("memos"), order_id=order.id,
                                       author=author, text=text, created_at=at))
            plan.event(at, author, "memo", N_("Memo: {text}"), {"text": text},
                       {"has_memo": False}, {"has_memo": True, "memo": text, "author": author})
        if rng.random() < 0.04:
            at = start + (end - start) * rng.random() * 0.8
            author, text = rng.choice(w.staff), rng.choice(MESSAGES_OUT)
            self._message(plan, "out", author, text, at)
            if rng.random() < 0.6:
                self._message(plan, "in", order.buyer_name, rng.choice(MESSAGES_IN),
                              min(at + _between(rng, 0.2 * H, 6 * H), end))
        labels = w.statuses.get(order.stage)
        if labels and rng.random() < 0.12:
            label_id, name = rng.choice(labels)
            order.custom_status_id = label_id
            last = max(e[0] for e in plan.events)
            at = min(last + _between(rng, 0.1 * H, 2 * H), end)
            plan.event(at, rng.choice(w.staff), "custom_status", N_("Status label: {name}"),
                       {"name": name}, {"label": None}, {"label": name})

    def _message(self, plan: Plan, direction: str, author: str, text: str, at: datetime) -> None:
        order = plan.order
        order.messages.append(MessageRow(id=self.ids.take("messages"), order_id=order.id,
                                         direction=direction, author=author, text=text, at=at))
        n = len(order.messages)
        if direction == "out":
            what, said = N_("Message to the customer ({via}): {text}"), {"via": "shop", "text": text}
            actor = author
        else:
            what, said = N_("Message from the customer: {text}"), {"text": text}
            actor = "web shop"
        plan.event(at, actor, "message", what, said, {"messages": n - 1},
                   {"messages": n, "direction": direction, "channel": "shop", "text": text})

    def _finish(self, plan: Plan) -> None:
        order, rows, w = plan.order, plan.rows, self.world
        totals.refresh(cast(Order, order))
        plan.events.sort(key=lambda e: e[0])
        order.updated_at = plan.events[-1][0] if plan.events else order.created_at
        for at, actor, kind, text, before, after, message in plan.events:
            rows["timeline_events"].append(EventRow(
                id=self.ids.take("timeline_events"), order_id=order.id, order_code=order.code,
                at=at, actor=actor, kind=kind, text=text, before=before, after=after,
                message=message))
        rows["orders"].append(order)
        rows["order_lines"].extend(order.lines)
        rows["order_addresses"].extend(order.addresses)
        rows["shipments"].extend(order.shipments)
        for shipment in order.shipments:
            rows["shipment_lines"].extend(shipment.items)
        rows["payment_requests"].extend(order.payment_requests)
        rows["payments"].extend(order.payments)
        for claim in order.claims:
            rows["claims"].append(claim)
            rows["claim_lines"].extend(claim.items)
        rows["refunds"].extend(order.refunds)
        rows["memos"].extend(order.memos)
        rows["messages"].extend(order.messages)
        live_order = order.stage != "cancelled"
        for line in order.lines:
            if line.variant_id is None:
                continue
            if live_order:
                w.held[line.variant_id] += line.active_quantity  # R14
        for claim in order.claims:
            if claim.kind != "cancel" and claim.state == "completed" and claim.damaged:
                for item in claim.items:
                    variant = next(ln.variant_id for ln in order.lines if ln.id == item.line_id)
                    if variant is not None:
                        w.damaged[variant] += item.quantity  # R15


def _cumulative(n: int) -> list[float]:
    """Popularity: a few best sellers, a long tail (weights 1/(rank+3))."""
    total, out = 0.0, []
    for rank in range(n):
        total += 1 / (rank + 3)
        out.append(total)
    return out


PAYMENT_EXPIRED = CANCEL_REASON_PAYMENT_EXPIRED
__all__ = ["OrderBuilder", "World", "VariantInfo", "CustomerInfo", "PAYMENT_EXPIRED",
           "CANCEL_REASONS"]
