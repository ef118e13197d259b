"""Snapshots of an order for the printing layer (R38–R40), built inside a session.

The printing layer takes plain frozen data and never sees the database; this is the one place that
turns rows into that data.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from backoffice.db.models import Order, Setting
from backoffice.printing.source import (
    Discounts,
    PrintLine,
    PrintOrder,
    PrintPayment,
    PrintShipment,
    ShipmentLine,
    ShopInfo,
)
from backoffice.services.orders import totals
from backoffice.services.orders.lookup import get_order

SHOP_KEYS = {
    "shop.name": "name",
    "shop.address": "address",
    "shop.phone": "phone",
    "shop.business_number": "business_number",
    "shop.footer": "footer",
}


def shop_info(session: Session) -> ShopInfo:
    values = {
        field: row.value
        for key, field in SHOP_KEYS.items()
        if (row := session.get(Setting, key)) is not None
    }
    return ShopInfo(**{"name": "Backoffice", **values})


def snapshot(order: Order, language: str = "ko") -> PrintOrder:
    lines = tuple(
        PrintLine(
            sku=ln.sku,
            name=ln.name,
            quantity=ln.active_quantity,
            unit_price=ln.unit_price,
            total=totals.line_total(ln),
            options=ln.options,
            discount=totals.line_discount(ln),
        )
        for ln in order.lines
        if ln.active_quantity > 0
    )
    shipments = []
    for s in order.shipments:
        if not s.items:
            continue
        address = s.address
        shipments.append(
            PrintShipment(
                number=str(s.number),
                recipient_name=address.name if address else order.buyer_name,
                phone=address.phone if address else order.buyer_phone,
                postcode=address.postcode if address else "",
                address1=address.address1 if address else "",
                address2=address.address2 if address else "",
                delivery_memo=address.memo if address else "",
                carrier=s.carrier,
                tracking_number=s.tracking_number,
                lines=tuple(ShipmentLine(i.line.name, i.quantity) for i in s.items),
                pickup=order.fulfilment == "pickup",
            )
        )
    return PrintOrder(
        code=order.code,
        created_at=order.created_at,
        currency=order.currency,
        shop_order_number=order.shop_order_number or "",
        channel=order.channel_detail or order.channel,
        buyer_name=order.buyer_name,
        buyer_phone=order.buyer_phone,
        lines=lines,
        shipping_fee=order.shipping_fee,
        discounts=Discounts(
            grade=order.grade_discount,
            coupon=order.coupon_discount,
            points=order.points_used,
            manual=0,  # line discounts are already inside each line's total
        ),
        total=order.total,
        paid=order.paid,
        refunded=order.refunded,
        balance=order.balance,
        payments=tuple(
            PrintPayment(
                method=p.method,
                amount=p.amount,
                paid_at=p.paid_at,
                card_issuer=p.card_issuer,
                card_masked=p.card_masked,
                installment_months=p.installment_months,
                pg_tx=p.pg_transaction,
            )
            for p in order.payments
        ),
        shipments=tuple(shipments),
        language="en" if language == "en" else "ko",
        memo=order.customer_note,
    )


def load(session: Session, code: str, language: str = "ko") -> tuple[ShopInfo, PrintOrder]:
    return shop_info(session), snapshot(get_order(session, code), language)
