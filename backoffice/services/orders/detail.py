"""The one read model of one order (issue 12): its rows — lines, shipments, addresses, money
with every payment, request and refund, claims, memos, messages, timeline — as frozen data that
never holds live ORM objects (STYLE 5). The order dialog shows it, printing turns it into a
`PrintOrder` (services/printing/source.py) and `backoffice orders show --json` into its dict
(services/orders/views.py), so all three show the same rows.

`load(session, code)` reads it; `snapshot_of(session, order)` builds it from an order already
loaded. The per-line claim availability comes from services/claims/quantities, the money from
services/payments/panel, so the dialog offers exactly what the services will accept."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from backoffice.db.models import (
    Claim,
    ClaimLine,
    Order,
    Shipment,
    ShipmentLine,
    TimelineEvent,
)
from backoffice.domain.stages import COLOURS, Stage
from backoffice.services.claims.quantities import available
from backoffice.services.orders import totals
from backoffice.services.orders.edit_state import open_edit
from backoffice.services.orders.lookup import get_order
from backoffice.services.payments.panel import Breakdown, breakdown_of


@dataclass(frozen=True)
class LineRow:
    id: int
    kind: str
    sku: str
    name: str
    options: str
    quantity: int
    cancelled: int
    returned: int
    unit_price: int
    discount_amount: int
    discount_percent: int
    discount: int
    total: int
    can_cancel: int  # units a cancel claim may still take (R26)
    can_return: int  # units a return or exchange may still take
    variant_id: int | None

    @property
    def active(self) -> int:
        """Units still sold: ordered less cancelled and returned."""
        return self.quantity - self.cancelled - self.returned


@dataclass(frozen=True)
class ShipmentItem:
    line_id: int
    name: str
    options: str
    quantity: int
    sku: str = ""


@dataclass(frozen=True)
class ShipmentRow:
    number: int
    kind: str
    stage: str
    carrier: str
    tracking: str
    address_slot: int | None
    items: tuple[ShipmentItem, ...]
    shipped_at: datetime | None = None
    delivered_at: datetime | None = None


@dataclass(frozen=True)
class AddressRow:
    slot: int
    name: str
    phone: str
    postcode: str
    address1: str
    address2: str
    memo: str

    def one_line(self) -> str:
        return " ".join(p for p in (self.name, self.postcode, self.address1, self.address2) if p)


@dataclass(frozen=True)
class ClaimItem:
    sku: str
    name: str
    quantity: int
    line_id: int = 0


@dataclass(frozen=True)
class MemoRow:
    author: str
    text: str
    for_customer: bool
    created_at: datetime


@dataclass(frozen=True)
class ClaimRow:
    id: int
    kind: str
    state: str
    requested_by: str
    whole_order: bool
    reason: str
    reject_reason: str
    pickup: str
    damaged: bool
    refund_amount: int
    items: tuple[ClaimItem, ...]
    created_at: datetime


@dataclass(frozen=True)
class EventRow:
    id: int
    at: datetime
    actor: str
    kind: str
    text: str
    message: dict[str, Any] | None = None  # template and values (history.record), if kept


@dataclass(frozen=True)
class MessageRow:
    direction: str  # out | in
    channel: str
    author: str
    text: str
    at: datetime


@dataclass(frozen=True)
class OrderSnapshot:
    code: str
    version: int
    shop_order_number: str
    channel: str
    channel_detail: str
    fulfilment: str
    stage: str
    stage_colour: str
    custom_status: str
    custom_colour: str
    cancel_reason: str
    is_member: bool
    buyer_name: str
    buyer_phone: str
    created_at: datetime
    paid_at: datetime | None
    currency: str
    edit_state: str  # "", editing, confirmation_requested (R18)
    cancel_requested: bool
    lines: tuple[LineRow, ...]
    shipments: tuple[ShipmentRow, ...]
    addresses: tuple[AddressRow, ...]
    money: Breakdown
    claims: tuple[ClaimRow, ...]
    events: tuple[EventRow, ...]  # newest first (R28 as the dialog shows it)
    messages: tuple[MessageRow, ...]  # oldest first, as a conversation reads
    has_tracking: bool = False
    open_requests: tuple[int, ...] = field(default_factory=tuple)
    memos: tuple[MemoRow, ...] = ()
    customer_note: str = ""

    @property
    def stage_enum(self) -> Stage:
        return Stage(self.stage)

    def line(self, line_id: int) -> LineRow | None:
        return next((ln for ln in self.lines if ln.id == line_id), None)


def _lines(order: Order) -> tuple[LineRow, ...]:
    return tuple(
        LineRow(
            id=ln.id,
            kind=ln.kind,
            sku=ln.sku,
            name=ln.name,
            options=ln.options,
            quantity=ln.quantity,
            cancelled=ln.cancelled_quantity,
            returned=ln.returned_quantity,
            unit_price=ln.unit_price,
            discount_amount=ln.discount_amount,
            discount_percent=ln.discount_percent,
            discount=totals.line_discount(ln),
            total=totals.line_total(ln),
            can_cancel=0
            if ln.kind in ("negative", "fee")
            else max(available(order, ln, "cancel"), 0),
            can_return=0
            if ln.kind in ("negative", "fee")
            else max(available(order, ln, "return"), 0),
            variant_id=ln.variant_id,
        )
        for ln in order.lines
    )


def _claims(order: Order) -> tuple[ClaimRow, ...]:
    rows = []
    for c in order.claims:
        pickup = " ".join(
            p for p in (c.pickup_name, c.pickup_phone, c.pickup_address, c.pickup_carrier) if p
        )
        rows.append(
            ClaimRow(
                id=c.id,
                kind=c.kind,
                state=c.state,
                requested_by=c.requested_by,
                whole_order=c.whole_order,
                reason=c.reason,
                reject_reason=c.reject_reason,
                pickup=pickup,
                damaged=c.damaged,
                refund_amount=c.refund_amount,
                items=tuple(
                    ClaimItem(i.line.sku, i.line.name, i.quantity, i.line_id) for i in c.items
                ),
                created_at=c.created_at,
            )
        )
    return tuple(rows)


def _events(session: Session, order: Order) -> tuple[EventRow, ...]:
    stmt = (
        select(TimelineEvent)
        .where(TimelineEvent.order_id == order.id)
        .order_by(TimelineEvent.at.desc(), TimelineEvent.id.desc())
    )
    return tuple(
        EventRow(e.id, e.at, e.actor, e.kind, e.text, e.message) for e in session.scalars(stmt)
    )


# Every relationship snapshot_of reads, loaded for a batch of orders in a fixed number of
# statements (one per relationship) instead of a few per order: printing 300 labels read them
# one order at a time in ~4,400 statements.
SNAPSHOT_LOADS = (
    selectinload(Order.lines),
    selectinload(Order.addresses),
    selectinload(Order.shipments).selectinload(Shipment.items).joinedload(ShipmentLine.line),
    selectinload(Order.shipments).joinedload(Shipment.address),
    selectinload(Order.payments),
    selectinload(Order.payment_requests),
    selectinload(Order.refunds),
    selectinload(Order.claims).selectinload(Claim.items).joinedload(ClaimLine.line),
    selectinload(Order.edits),
    selectinload(Order.memos),
    selectinload(Order.messages),
    joinedload(Order.custom_status),
)


def load_rows(session: Session, orders: Sequence[Order]) -> None:
    """Load what `snapshot_of` reads for these orders (already in `session`) in one go."""
    ids = [o.id for o in orders]
    for start in range(0, len(ids), 500):  # a bounded IN list on either database
        chunk = ids[start : start + 500]
        session.scalars(select(Order).where(Order.id.in_(chunk)).options(*SNAPSHOT_LOADS)).all()


def load(session: Session, code: str) -> OrderSnapshot:
    """Everything the dialog shows of one order, as frozen rows."""
    order = get_order(session, code)
    load_rows(session, [order])
    return snapshot_of(session, order)


def snapshot_of(session: Session, order: Order, *, with_timeline: bool = True) -> OrderSnapshot:
    """The read model of an order already loaded in `session` (printing leaves out the
    timeline it does not print)."""
    edit = open_edit(order)
    status = order.custom_status
    shipments = tuple(
        ShipmentRow(
            number=s.number,
            kind=s.kind,
            stage=s.stage,
            carrier=s.carrier,
            tracking=s.tracking_number,
            address_slot=s.address.slot if s.address else None,
            items=tuple(
                ShipmentItem(i.line_id, i.line.name, i.line.options, i.quantity, i.line.sku)
                for i in s.items
            ),
            shipped_at=s.shipped_at,
            delivered_at=s.delivered_at,
        )
        for s in order.shipments
    )
    filled = [s for s in order.shipments if s.items]
    return OrderSnapshot(
        code=order.code,
        version=order.version,
        shop_order_number=order.shop_order_number or "",
        channel=order.channel,
        channel_detail=order.channel_detail,
        fulfilment=order.fulfilment,
        stage=order.stage,
        stage_colour=COLOURS.get(Stage(order.stage), "#616161"),
        custom_status=status.name if status else "",
        custom_colour=status.colour if status else "",
        cancel_reason=order.cancel_reason or "",
        is_member=order.is_member,
        buyer_name=order.buyer_name,
        buyer_phone=order.buyer_phone,
        created_at=order.created_at,
        paid_at=order.paid_at,
        currency=order.currency,
        edit_state=edit.state if edit else "",
        cancel_requested=order.cancel_requested,
        lines=_lines(order),
        shipments=shipments,
        addresses=tuple(
            AddressRow(a.slot, a.name, a.phone, a.postcode, a.address1, a.address2, a.memo)
            for a in order.addresses
        ),
        money=breakdown_of(order),
        claims=_claims(order),
        events=_events(session, order) if with_timeline else (),
        messages=tuple(
            MessageRow(m.direction, m.channel, m.author, m.text, m.at) for m in order.messages
        ),
        has_tracking=bool(filled) and all(s.tracking_number for s in filled),
        open_requests=tuple(r.id for r in order.payment_requests if r.state == "requested"),
        memos=tuple(MemoRow(m.author, m.text, m.for_customer, m.created_at) for m in order.memos),
        customer_note=order.customer_note or "",
    )


def current_version(session: Session, code: str) -> int | None:
    """The order's version now (None: deleted); polled to notice changes made elsewhere."""
    return session.scalar(select(Order.version).where(Order.code == code))
