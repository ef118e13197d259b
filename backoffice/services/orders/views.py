"""Plain-dict views of an order for every read-only surface: `backoffice orders --json`, the GUI's
detail panes and printing. Built inside a session from ORM rows; the result holds no ORM objects.

Money stays integer minor units (R4); times are ISO 8601 UTC with a `Z` ("2026-11-21T10:15:00Z").
The CLI contract (issue 2) fixes the key names; add keys, never rename them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session, object_session

from backoffice.db.models import Order
from backoffice.services.orders.detail import LineRow, OrderSnapshot, ShipmentRow, snapshot_of
from backoffice.services.orders.lookup import get_order


def iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def order_summary(order: Order) -> dict[str, Any]:
    """One row of the order list (the fields of `backoffice orders list --json`)."""
    return {
        "code": order.code,
        "shop": order.shop.name if order.shop else None,
        "shop_order_number": order.shop_order_number,
        "channel": order.channel,
        "channel_detail": order.channel_detail,
        "fulfilment": order.fulfilment,
        "stage": order.stage,
        "custom_status": order.custom_status.name if order.custom_status else None,
        "payment_status": order.payment_status,
        "payment_method": order.payment_method,
        "currency": order.currency,
        "total": order.total,
        "paid": order.paid,
        "refunded": order.refunded,
        "balance": order.balance,
        "item_count": order.item_count,
        "items_summary": order.items_summary,
        "buyer_name": order.buyer_name,
        "buyer_phone": order.buyer_phone,
        "buyer_email": order.buyer_email,
        "is_member": order.is_member,
        "recipient_name": order.recipient_name,
        "carrier": order.carrier,
        "tracking_numbers": order.tracking_numbers,
        "partially_shipped": order.partially_shipped,
        "cancel_requested": order.cancel_requested,
        "has_open_claim": order.has_open_claim,
        "has_memo": order.has_memo,
        "unread": order.unread,
        "created_at": iso(order.created_at),
        "updated_at": iso(order.updated_at),
        "version": order.version,
    }


def _line(line: LineRow) -> dict[str, Any]:
    return {
        "sku": line.sku,
        "name": line.name,
        "options": line.options,
        "kind": line.kind,
        "quantity": line.quantity,
        "cancelled_quantity": line.cancelled,
        "returned_quantity": line.returned,
        "unit_price": line.unit_price,
        "discount": line.discount,
        "total": line.total,
    }


def _shipment(shipment: ShipmentRow) -> dict[str, Any]:
    return {
        "number": shipment.number,
        "kind": shipment.kind,
        "stage": shipment.stage,
        "carrier": shipment.carrier,
        "tracking_number": shipment.tracking,
        "address_slot": shipment.address_slot,
        "shipped_at": iso(shipment.shipped_at),
        "delivered_at": iso(shipment.delivered_at),
        "lines": [
            {"sku": item.sku, "name": item.name, "quantity": item.quantity}
            for item in shipment.items
        ],
    }


def timeline(snap: OrderSnapshot) -> list[dict[str, Any]]:
    """R28: oldest first, as staff read a history."""
    return [
        {"at": iso(e.at), "actor": e.actor, "kind": e.kind, "text": e.text, "message": e.message}
        for e in reversed(snap.events)
    ]


def order_detail(order: Order) -> dict[str, Any]:
    """Everything `backoffice orders show --json` prints: the summary plus lines, shipments, money,
    claims, memos, messages and the timeline. The rows are the order's one read model
    (services/orders/detail.py), as the dialog shows them and printing prints them."""
    session = object_session(order)
    assert session is not None, "order_detail needs an order loaded in a session"
    snap = snapshot_of(session, order)
    money = snap.money
    detail = order_summary(order)
    detail.update(
        {
            "items_total": order.items_total,
            "shipping_fee": order.shipping_fee,
            "grade_discount": order.grade_discount,
            "coupon_discount": order.coupon_discount,
            "points_used": order.points_used,
            "manual_discount": order.manual_discount,
            "amount_due": order.amount_due,
            "cancel_reason": order.cancel_reason,
            "customer_note": order.customer_note,
            "edit_state": order.edit_state,
            "deposit_deadline": iso(order.deposit_deadline),
            "paid_at": iso(order.paid_at),
            "shipped_at": iso(order.shipped_at),
            "delivered_at": iso(order.delivered_at),
            "completed_at": iso(order.completed_at),
            "cancelled_at": iso(order.cancelled_at),
            "lines": [_line(line) for line in snap.lines],
            "addresses": [
                {
                    "slot": a.slot,
                    "name": a.name,
                    "phone": a.phone,
                    "postcode": a.postcode,
                    "address1": a.address1,
                    "address2": a.address2,
                    "memo": a.memo,
                }
                for a in snap.addresses
            ],
            "shipments": [_shipment(s) for s in snap.shipments],
            "payments": [
                {
                    "method": p.method,
                    "amount": p.amount,
                    "paid_at": iso(p.paid_at),
                    "pg_transaction": p.pg_transaction,
                    "card_issuer": p.card_issuer,
                    "card_masked": p.card_masked,  # at most first 6 / last 4 digits (R24)
                    "installment_months": p.installment_months,
                }
                for p in money.payments
            ],
            "payment_requests": [
                {
                    "amount": r.amount,
                    "state": r.state,
                    "link": r.link,
                    "created_at": iso(r.created_at),
                    "resolved_at": iso(r.resolved_at),
                }
                for r in money.requests
            ],
            "refunds": [
                {
                    "amount": r.amount,
                    "items_amount": r.items_amount,
                    "shipping_amount": r.shipping_amount,
                    "deduction_amount": r.deduction_amount,
                    "points_returned": r.points_returned,
                    "method": r.method,
                    "reason": r.reason,
                    "created_at": iso(r.created_at),
                }
                for r in money.refunds
            ],
            "claims": [
                {
                    "kind": c.kind,
                    "state": c.state,
                    "requested_by": c.requested_by,
                    "reason": c.reason,
                    "damaged": c.damaged,
                    "refund_amount": c.refund_amount,
                    "created_at": iso(c.created_at),
                    "lines": [
                        {"sku": item.sku, "name": item.name, "quantity": item.quantity}
                        for item in c.items
                    ],
                }
                for c in snap.claims
            ],
            "memos": [
                {
                    "author": m.author,
                    "text": m.text,
                    "for_customer": m.for_customer,
                    "created_at": iso(m.created_at),
                }
                for m in snap.memos
            ],
            "messages": [
                {
                    "direction": m.direction,
                    "channel": m.channel,
                    "author": m.author,
                    "text": m.text,
                    "at": iso(m.at),
                }
                for m in snap.messages
            ],
            "timeline": timeline(snap),
        }
    )
    return detail


def order_detail_of(session: Session, code: str) -> dict[str, Any]:
    """`order_detail` of the order with this code (or shop order number)."""
    return order_detail(get_order(session, code))
