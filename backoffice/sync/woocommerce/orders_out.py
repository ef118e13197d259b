"""Request bodies we send to WooCommerce: counter orders, refunds, note texts (R30, R25, R44).

Money leaves as the shop's decimal strings via `to_decimal_string` (R4).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from backoffice.domain.money import to_decimal_string
from backoffice.sync.models import NewOrder
from backoffice.sync.woocommerce import status as st

# Payment methods whose WooCommerce gateway cannot refund through the API: asking it to
# (`api_refund: true`, the default) fails the whole refund. The money goes back by hand.
MANUAL_PAYMENT_METHODS = frozenset({"", "bacs", "cheque", "cod", "cash", "counter", "other"})

_STAGE_TEXT = {
    "pending_payment": ("Waiting for payment", "결제대기"),
    "received": ("Order received", "주문접수"),
    "preparing": ("We are preparing your order", "상품준비중"),
    "ready": ("Your order is packed and ready", "배송대기"),
    "shipped": ("Your order has been shipped", "배송중"),
    "delivered": ("Your order has been delivered", "배송완료"),
    "completed": ("Purchase confirmed", "구매확정"),
    "cancelled": ("Your order was cancelled", "취소완료"),
}


def uses_api_refund(payment_method: str | None) -> bool:
    return (payment_method or "").lower() not in MANUAL_PAYMENT_METHODS


def stage_note_text(stage: str, reason: str = "") -> str:
    en, ko = _STAGE_TEXT.get(stage, (stage, stage))
    text = f"{en} / {ko}"
    return f"{text}: {reason}" if reason else text


def tracking_note_text(carrier: str, number: str, link: str = "") -> str:
    text = f"Shipped with {carrier}, tracking number {number} / {carrier} 송장번호 {number}"
    return f"{text}\n{link}" if link else text


def refund_body(payload: Mapping[str, Any], key: str, payment_method: str | None) -> dict[str, Any]:
    currency = str(payload["currency"])
    api_refund = payload.get("api_refund")
    if api_refund is None:
        api_refund = uses_api_refund(payment_method)
    lines = [
        {
            "id": int(li["remote_line_id"]),
            "quantity": int(li.get("quantity", 0)),
            "refund_total": to_decimal_string(int(li.get("amount", 0)), currency),
        }
        for li in payload.get("line_items", ())
    ]
    return {
        "amount": to_decimal_string(int(payload["amount"]), currency),
        "reason": str(payload.get("reason") or ""),
        "api_refund": bool(api_refund),
        # Local stock is the truth (R14, R15: damaged returns stay out); it is pushed as absolute
        # levels, so the shop must not restock on its own as well.
        "api_restock": False,
        "line_items": lines,
        "meta_data": [{"key": st.CREATE_KEY_META, "value": key}],
    }


def create_body(order: NewOrder, key: str) -> dict[str, Any]:
    cur = order.currency

    def money(v: int) -> str:
        return to_decimal_string(v, cur)

    lines: list[dict[str, Any]] = []
    for ln in order.lines:
        item: dict[str, Any] = {
            "quantity": ln.quantity,
            # Counter prices may differ from the shop's: send them, Woo keeps what it is given.
            "subtotal": money(ln.unit_price * ln.quantity),
            "total": money(ln.unit_price * ln.quantity),
        }
        if ln.product_id:
            item["product_id"] = ln.product_id
            if ln.variation_id:
                item["variation_id"] = ln.variation_id
        elif ln.sku:
            item["sku"] = ln.sku
        if ln.name:
            item["name"] = ln.name
        lines.append(item)
    body: dict[str, Any] = {
        "status": st.woo_from_stage(order.stage),
        "currency": cur,
        "set_paid": bool(order.paid),
        "payment_method": order.payment_method,
        "payment_method_title": order.payment_method_title,
        "transaction_id": order.transaction_id,
        "customer_id": order.customer_id or 0,
        "customer_note": order.customer_note,
        "billing": _address(order.billing, with_email=True),
        "shipping": _address(order.shipping, with_email=False),
        "line_items": lines,
        "meta_data": [
            {"key": st.CREATE_KEY_META, "value": key},
            {"key": st.CODE_META, "value": order.order_code},
            {"key": st.STAGE_META, "value": order.stage},
            {"key": st.KEYS_META, "value": [key]},
        ],
    }
    if order.shipping_total:
        body["shipping_lines"] = [
            {
                "method_id": "flat_rate",
                "method_title": "Shipping",
                "total": money(order.shipping_total),
            }
        ]
    if order.discount_total:
        body["fee_lines"] = [{"name": "Discount", "total": money(-order.discount_total)}]
    return body


def _address(addr: Any, *, with_email: bool) -> dict[str, str]:
    fields = (
        "first_name",
        "last_name",
        "company",
        "address_1",
        "address_2",
        "city",
        "state",
        "postcode",
        "country",
        "phone",
    )
    out = {f: getattr(addr, f) for f in fields}
    if with_email:
        out["email"] = addr.email
    return out


def payment_order_body(payload: Mapping[str, Any], key: str) -> dict[str, Any]:
    """R22: a pending order asking only for a payment request's amount, as one fee line (the
    amount already holds its VAT: `tax_status` none, so WooCommerce adds none). It is a guest
    order, so the customer pays on its page with the order key alone, without signing in."""
    billing = payload.get("billing") or {}
    return {
        "status": "pending",
        "currency": str(payload["currency"]),
        "set_paid": False,
        "customer_id": 0,
        "billing": {k: str(v) for k, v in billing.items()},
        "fee_lines": [
            {
                "name": str(payload["title"]),
                "tax_status": "none",
                "total": to_decimal_string(int(payload["amount"]), str(payload["currency"])),
            }
        ],
        "meta_data": [
            {"key": st.CREATE_KEY_META, "value": key},
            {"key": st.PAYMENT_FOR_META, "value": str(payload.get("parent_id") or "")},
            {"key": st.PAYMENT_TOKEN_META, "value": str(payload["token"])},
        ],
    }
