"""Snapshots of an order for the printing layer (R38–R40), built inside a session.

The printing layer takes plain frozen data and never sees the database. Its `PrintOrder` is made
from the order's one read model (services/orders/detail.py), the same rows the dialog shows.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from backoffice.db.models import Order
from backoffice.printing.source import (
    Discounts,
    PrintLine,
    PrintOrder,
    PrintPayment,
    PrintShipment,
    ShipmentLine,
    ShopInfo,
)
from backoffice.services.orders.detail import OrderSnapshot, snapshot_of
from backoffice.services.orders.lookup import get_order
from backoffice.services.shop import details


def shop_info(session: Session) -> ShopInfo:
    """Who the shop is, as printed (services/shop/details.py)."""
    d = details.load(session)
    return ShopInfo(d.name, d.address, d.phone, d.business_number, d.footer)


def print_order(snap: OrderSnapshot, language: str = "ko") -> PrintOrder:
    """The order's read model (services/orders/detail.py) as the printing layer's data: what is
    printed is what the order dialog shows."""
    lines = tuple(
        PrintLine(
            sku=ln.sku,
            name=ln.name,
            quantity=ln.active,
            unit_price=ln.unit_price,
            total=ln.total,
            options=ln.options,
            discount=ln.discount,
        )
        for ln in snap.lines
        if ln.active > 0
    )
    addresses = {a.slot: a for a in snap.addresses}
    shipments = []
    for s in snap.shipments:
        if not s.items:
            continue
        address = addresses.get(s.address_slot) if s.address_slot is not None else None
        shipments.append(
            PrintShipment(
                number=str(s.number),
                recipient_name=address.name if address else snap.buyer_name,
                phone=address.phone if address else snap.buyer_phone,
                postcode=address.postcode if address else "",
                address1=address.address1 if address else "",
                address2=address.address2 if address else "",
                delivery_memo=address.memo if address else "",
                carrier=s.carrier,
                tracking_number=s.tracking,
                lines=tuple(ShipmentLine(i.name, i.quantity) for i in s.items),
                pickup=snap.fulfilment == "pickup",
            )
        )
    money = snap.money
    return PrintOrder(
        code=snap.code,
        created_at=snap.created_at,
        currency=snap.currency,
        shop_order_number=snap.shop_order_number,
        channel=snap.channel_detail or snap.channel,
        buyer_name=snap.buyer_name,
        buyer_phone=snap.buyer_phone,
        lines=lines,
        shipping_fee=money.shipping_fee,
        discounts=Discounts(
            grade=money.grade_discount,
            coupon=money.coupon_discount,
            points=money.points_used,
            manual=0,  # line discounts are already inside each line's total
        ),
        total=money.total,
        paid=money.paid,
        refunded=money.refunded,
        balance=money.balance,
        payments=tuple(
            PrintPayment(
                method=p.method,
                amount=p.amount,
                paid_at=p.paid_at,
                card_issuer=p.card_issuer,
                card_masked=p.card_masked,
                installment_months=p.installment_months,
                pg_tx=p.pg_transaction,
                tendered=p.tendered,
                cash_receipt_kind=p.cash_receipt_kind,
                cash_receipt_number=p.cash_receipt_number,
            )
            for p in money.payments
        ),
        shipments=tuple(shipments),
        language="en" if language == "en" else "ko",
        memo=snap.customer_note,
        tax=money.tax_total,
    )


def snapshot(session: Session, order: Order, language: str = "ko") -> PrintOrder:
    """`print_order` of an order loaded in `session`."""
    return print_order(snapshot_of(session, order, with_timeline=False), language)


def load(session: Session, code: str, language: str = "ko") -> tuple[ShopInfo, PrintOrder]:
    return shop_info(session), snapshot(session, get_order(session, code), language)
