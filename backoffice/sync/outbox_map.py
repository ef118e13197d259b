"""Outbox rows (written by the services) → what a shop connector is asked to do (R44, R46).

Pure functions, no I/O. `message_for` returns None for a change that has no meaning in the shop
(an order edit, a payment link, a deletion, an SMS): the relay marks that row `skipped`, with
`skip_reason` as its note, so nothing waits for ever on a push that can never happen.

Kinds written today and where they go:
  order_created (counter), created (phone/marketplace place_order) → CREATE_ORDER
  stage, revert, cancelled → STAGE         tracking → TRACKING      refund → REFUND
  stock → STOCK (absolute level)            memo_customer, message (channel shop) → CUSTOMER_MESSAGE
  cancel_request_rejected → REJECT_CANCEL_REQUEST                   webhook → WEBHOOK (R46)
  notify_shop → CUSTOMER_MESSAGE      notify_email → NOTIFY_EMAIL (SMTP, not the shop; R47)
  notify_sms → NOTIFY_SMS (the SMS provider, not the shop; R47)
  payment_request → PAYMENT_ORDER when the request is paid on a shop order of its own (R22: made
    when asked, cancelled when withdrawn); any other payment_request, edit, deleted, message by
    SMS/e-mail → skipped (no shop meaning)
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from backoffice.sync.models import Address, NewLine, NewOrder, OutboxMessage, PushKind
from backoffice.sync.woocommerce.orders_out import stage_note_text, tracking_note_text

CREATE_KINDS = frozenset({"order_created", "created"})
STAGE_KINDS = frozenset({"stage", "revert", "cancelled"})
# Stage changes the customer is told about (a customer note in the shop's e-mails).
NOTIFY_STAGES = frozenset({"received", "shipped", "delivered", "cancelled"})
# Local refund methods whose money goes back by hand: WooCommerce must not try its gateway.
MANUAL_REFUND_METHODS = frozenset({"cash", "bank_transfer", "points", "other"})

SKIP_REASONS = {
    "payment_request": "payment links are not sent to the shop",
    "edit": "order edits are not sent to the shop",
    "deleted": "a deleted order is not deleted in the shop",
}


def needs_remote_order(kind: str) -> bool:
    """Kinds pushed to an existing shop order (they wait for its creation to go through)."""
    return kind in STAGE_KINDS or kind in {
        "tracking",
        "refund",
        "memo_customer",
        "message",
        "cancel_request_rejected",
        "notify_shop",
    }


def skip_reason(kind: str, payload: Mapping[str, Any], currency: str) -> str | None:
    """Why a row is not pushed to the shop, or None when it is."""
    if kind == "payment_request":
        return _payment_order_skip(payload)
    if kind in SKIP_REASONS:
        return SKIP_REASONS[kind]
    if kind == "message" and payload.get("channel", "shop") != "shop":
        return f"messages by {payload.get('channel')} are not sent through the shop"
    if kind == "refund" and int(_refund(payload).get("amount", 0)) <= 0:
        return "a refund without money (points only) has nothing to send"
    own = ("webhook", "stock", "notify_email", "notify_sms")
    if kind in CREATE_KINDS or kind in STAGE_KINDS or kind in own:
        return None
    if needs_remote_order(kind):
        return None
    return f"{kind} changes have no meaning in the shop"


def _payment_order_skip(payload: Mapping[str, Any]) -> str | None:
    """A request paid on a shop order of its own: made when asked, cancelled when withdrawn."""
    request = payload.get("request")
    request = request if isinstance(request, Mapping) else {}
    if request.get("state") == "requested" and isinstance(payload.get("pay_in_shop"), Mapping):
        return None
    if request.get("state") == "withdrawn" and request.get("in_shop"):
        if request.get("shop_order_id"):
            return None
        return "no payment page was made in the shop for this request"
    return SKIP_REASONS["payment_request"]


def _payment_order_body(payload: Mapping[str, Any], remote_order_id: int | None) -> dict[str, Any]:
    request = payload["request"]
    if request.get("state") == "withdrawn":
        return {"action": "cancel", "payment_order_id": int(str(request["shop_order_id"]))}
    pay = payload["pay_in_shop"]
    number = str(pay.get("number") or payload.get("code") or "")
    return {
        "action": "create",
        "amount": int(pay["amount"]),
        "currency": str(pay.get("currency") or "KRW"),
        "token": str(pay.get("token") or request.get("token") or ""),
        "request_id": int(request.get("id") or 0),
        "parent_id": str(pay.get("parent_id") or remote_order_id or ""),
        "billing": dict(pay.get("billing") or {}),
        "title": f"Additional payment for order #{number} / 주문 #{number} 추가 결제",
    }


def _refund(payload: Mapping[str, Any]) -> Mapping[str, Any]:
    inner = payload.get("refund")
    return inner if isinstance(inner, Mapping) else payload


def message_for(
    kind: str,
    payload: Mapping[str, Any],
    key: str,
    *,
    remote_order_id: int | None,
    currency: str,
    created_at: datetime | None,
) -> OutboxMessage | None:
    """The connector's message for one row, or None when `skip_reason` says it is not pushed."""
    if skip_reason(kind, payload, currency) is not None:
        return None
    code = str(payload.get("code") or "") or None
    body: dict[str, Any]
    if kind in CREATE_KINDS:
        push_kind, body = PushKind.CREATE_ORDER, new_order(payload, currency).to_payload()
    elif kind in STAGE_KINDS:
        push_kind, body = PushKind.STAGE, _stage_body(payload)
    elif kind == "tracking":
        push_kind = PushKind.TRACKING
        body = {
            "carrier": str(payload.get("carrier") or ""),
            "tracking_number": str(payload.get("tracking") or ""),
            "notify_customer": bool(payload.get("notify_customer", True)),
            "tracking_items": _tracking_items(payload),
        }
    elif kind == "refund":
        push_kind, body = PushKind.REFUND, _refund_body(payload, currency)
    elif kind == "stock":
        push_kind = PushKind.STOCK
        body = {"sku": str(payload["sku"]), "quantity": int(payload["stock"])}
    elif kind == "memo_customer":
        push_kind, body = PushKind.CUSTOMER_MESSAGE, {"text": str(payload.get("memo") or "")}
    elif kind == "message":
        push_kind, body = PushKind.CUSTOMER_MESSAGE, {"text": str(payload.get("text") or "")}
    elif kind == "cancel_request_rejected":
        push_kind = PushKind.REJECT_CANCEL_REQUEST
        body = {
            "reason": str(payload.get("reason") or ""),
            "notify_customer": bool(payload.get("notify_customer", True)),
        }
    elif kind == "notify_shop":  # our own notification as a customer note (R47)
        text = f"{payload.get('subject') or ''}\n\n{payload.get('body') or ''}".strip()
        push_kind, body = PushKind.CUSTOMER_MESSAGE, {"text": text}
    elif kind == "notify_email":
        push_kind, body = PushKind.NOTIFY_EMAIL, dict(payload)
    elif kind == "notify_sms":
        push_kind, body = PushKind.NOTIFY_SMS, dict(payload)
    elif kind == "webhook":
        push_kind, body = PushKind.WEBHOOK, dict(payload)
    elif kind == "payment_request":
        push_kind, body = PushKind.PAYMENT_ORDER, _payment_order_body(payload, remote_order_id)
    else:  # pragma: no cover - skip_reason covers every other kind
        return None
    return OutboxMessage(push_kind, body, key, remote_order_id, code, created_at)


def _stage_body(payload: Mapping[str, Any]) -> dict[str, Any]:
    stage = str(payload["stage"])
    reason = str(payload.get("reason") or "")
    body: dict[str, Any] = {
        "stage": stage,
        # False when our own notification tells the customer, or staff chose not to (R47).
        "notify_customer": bool(payload.get("notify_customer", stage in NOTIFY_STAGES)),
        "reason": reason,
    }
    if stage == "shipped" and payload.get("note"):
        # The shop's R47 "shipped" template (carrier, number, tracking link): one e-mail.
        body["note"] = str(payload["note"])
    elif stage == "shipped" and payload.get("tracking"):
        carrier, number = str(payload.get("carrier") or ""), str(payload["tracking"])
        body["note"] = f"{stage_note_text(stage, reason)}\n{tracking_note_text(carrier, number)}"
    items = _tracking_items(payload)
    if items:
        body["tracking_items"] = items
    return body


def _tracking_items(payload: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Each shipped shipment's carrier, number and link (services/fulfilment/tracking.py)."""
    items = payload.get("shipments")
    if isinstance(items, list):
        return [
            {
                "carrier": str(i.get("carrier") or ""),
                "tracking_number": str(i.get("tracking") or ""),
                "link": str(i.get("link") or ""),
                "shipped_at": i.get("shipped_at"),
            }
            for i in items
            if isinstance(i, Mapping) and i.get("tracking")
        ]
    if payload.get("tracking") and payload.get("carrier"):  # rows written before the list
        return [
            {
                "carrier": str(payload["carrier"]),
                "tracking_number": number,
                "link": "",
                "shipped_at": None,
            }
            for number in str(payload["tracking"]).split()
        ]
    return []


def _refund_body(payload: Mapping[str, Any], currency: str) -> dict[str, Any]:
    refund = _refund(payload)
    method = str(refund.get("method") or "")
    body: dict[str, Any] = {
        "amount": int(refund["amount"]),
        "currency": currency,
        "reason": str(refund.get("reason") or ""),
        "line_items": [],
    }
    if method in MANUAL_REFUND_METHODS:
        body["api_refund"] = False  # WooCommerce fails these through its gateway otherwise
    return body


def new_order(payload: Mapping[str, Any], currency: str) -> NewOrder:
    """A counter/phone order's creation payload (services.counter._payload) as a NewOrder."""
    order = payload.get("order")
    data: Mapping[str, Any] = order if isinstance(order, Mapping) else payload
    cur = str(data.get("currency") or currency)
    buyer = data.get("buyer") if isinstance(data.get("buyer"), Mapping) else {}
    assert isinstance(buyer, Mapping)
    name = str(buyer.get("name") or "")
    first, _, last = name.partition(" ")
    address = Address(
        first_name=first,
        last_name=last,
        phone=str(buyer.get("phone") or ""),
        email=str(buyer.get("email") or ""),
    )
    lines = tuple(
        NewLine(
            sku=str(ln.get("sku") or ""),
            quantity=int(ln.get("quantity") or 1),
            unit_price=int(ln.get("unit_price") or 0),
            name=str(ln.get("name") or ""),
        )
        for ln in data.get("lines", ())
        if int(ln.get("quantity") or 0) > 0
    )
    items = sum(ln.unit_price * ln.quantity for ln in lines)
    shipping = int(data.get("shipping_fee") or 0)
    total = int(data.get("total") or 0)
    paid = int(data.get("paid") or 0)
    channel = str(data.get("channel") or "counter")
    return NewOrder(
        order_code=str(data.get("code") or payload.get("code") or ""),
        currency=cur,
        stage=str(data.get("stage") or "received"),
        paid=paid >= total > 0,
        lines=lines,
        billing=address,
        shipping_total=shipping,
        discount_total=max(items + shipping - total, 0),
        # "counter" is a manual method: refunds of these orders never try a card gateway.
        payment_method="counter",
        payment_method_title=channel.title(),
    )
