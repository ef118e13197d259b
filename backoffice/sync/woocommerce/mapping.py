"""WooCommerce v3 JSON → the connector's dataclasses, exactly (R4) or not at all.

Amounts arrive as strings in the shop's decimals ("39000", "12.50") and become integer minor
units through `parse_amount`; a line's `price` is a JSON number (read as Decimal, never float).
GMT datetimes arrive without an offset ("2024-05-01T09:30:00") and are UTC.
Anything that does not have the documented shape raises ShopMalformed naming the order.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from backoffice.domain.errors import DomainError
from backoffice.domain.money import exponent, parse_amount
from backoffice.sync.errors import ShopMalformed
from backoffice.sync.models import Address, RemoteLine, RemoteNote, RemoteOrder, RemoteRefund
from backoffice.sync.woocommerce import status as st

# Our idempotency marker inside note text. An HTML comment: the shop's HTML e-mails and the
# customer's account page do not show it (plain-text e-mails would; see report).
MARKER_RE = re.compile(r"\s*<!--\s*bo:([A-Za-z0-9_.:\-]{1,120})\s*-->\s*")
SYSTEM_AUTHORS = frozenset({"system", "woocommerce"})


def marker(key: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9_.:\-]{1,120}", key):
        raise ValueError(f"Idempotency key {key!r} has characters a note marker cannot carry")
    return f"<!-- bo:{key} -->"


def with_marker(text: str, key: str) -> str:
    return f"{text}\n{marker(key)}" if text else marker(key)


def split_marker(text: str) -> tuple[str, str | None]:
    m = MARKER_RE.search(text)
    if not m:
        return text, None
    return (text[: m.start()] + text[m.end() :]).strip(), m.group(1)


def parse_gmt(value: Any, *, what: str) -> datetime:
    if not isinstance(value, str) or not value:
        raise ShopMalformed(f"The shop sent no {what}")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ShopMalformed(f"The shop sent an unreadable {what}: {value!r}") from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def format_gmt(value: datetime) -> str:
    """The form WooCommerce reads for date filters with dates_are_gmt=true."""
    if value.tzinfo is None:
        raise ValueError("naive datetime")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _amount(value: Any, currency: str, what: str) -> int:
    if value is None or value == "":
        return 0
    try:
        return parse_amount(str(value), currency)
    except DomainError as exc:
        raise ShopMalformed(f"The shop sent an unreadable {what}: {exc}") from None


def _unit_price(line: Mapping[str, Any], subtotal: int, quantity: int, currency: str) -> int:
    # Woo's `price` is subtotal / quantity as an unrounded number; prefer the exact division.
    if quantity and subtotal % quantity == 0:
        return subtotal // quantity
    price = line.get("price")
    if isinstance(price, int | Decimal):
        return int(Decimal(price).scaleb(exponent(currency)).quantize(Decimal(1), ROUND_HALF_EVEN))
    return subtotal // quantity if quantity else 0


def _address(data: Any) -> Address:
    if not isinstance(data, Mapping):
        return Address()
    names = Address.__dataclass_fields__
    return Address(**{k: str(v or "") for k, v in data.items() if k in names})


def _meta(data: Any) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for item in data or ():
        if isinstance(item, Mapping) and "key" in item:
            meta.setdefault(str(item["key"]), item.get("value"))
    return meta


def order_from_json(data: Any) -> RemoteOrder:
    if not isinstance(data, Mapping) or not isinstance(data.get("id"), int):
        raise ShopMalformed("The shop sent an order without an id")
    oid = data["id"]
    try:
        return _order(data)
    except ShopMalformed as exc:
        raise ShopMalformed(f"Order {oid}: {exc}") from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ShopMalformed(f"Order {oid} has an unexpected shape: {exc!r}") from None


def _order(data: Mapping[str, Any]) -> RemoteOrder:
    currency = str(data.get("currency") or "").upper()
    try:
        exponent(currency)
    except DomainError as exc:
        raise ShopMalformed(str(exc)) from None
    meta = _meta(data.get("meta_data"))
    billing = _address(data.get("billing"))
    shipping = _address(data.get("shipping"))
    lines = []
    for li in data.get("line_items") or ():
        qty = int(li.get("quantity") or 0)
        subtotal = _amount(li.get("subtotal"), currency, "line subtotal")
        lines.append(
            RemoteLine(
                remote_line_id=int(li["id"]),
                sku=str(li.get("sku") or ""),
                name=str(li.get("name") or ""),
                quantity=qty,
                unit_price=_unit_price(li, subtotal, qty, currency),
                subtotal=subtotal,
                total=_amount(li.get("total"), currency, "line total"),
                tax=_amount(li.get("total_tax"), currency, "line tax"),
                product_id=int(li.get("product_id") or 0),
                variation_id=int(li.get("variation_id") or 0) or None,
            )
        )
    refunds = tuple(
        RemoteRefund(
            remote_refund_id=int(r["id"]),
            amount=abs(_amount(r.get("total"), currency, "refund total")),
            reason=str(r.get("reason") or ""),
        )
        for r in data.get("refunds") or ()
    )
    status = str(data.get("status") or "")
    stage_meta = meta.get(st.STAGE_META)
    stage, payment_failed = st.stage_from_woo(
        status, stage_meta if isinstance(stage_meta, str) else None
    )
    requested, reason = st.cancel_request_from_meta(meta.get(st.CANCEL_REQUEST_META))
    keys = meta.get(st.KEYS_META)
    applied_keys = tuple(str(k) for k in keys) if isinstance(keys, list) else ()
    paid_raw = data.get("date_paid_gmt")
    customer_id = int(data.get("customer_id") or 0)
    return RemoteOrder(
        remote_id=int(data["id"]),
        number=str(data.get("number") or data["id"]),
        status=status,
        stage=stage,
        payment_failed=payment_failed,
        created_gmt=parse_gmt(data.get("date_created_gmt"), what="creation date"),
        modified_gmt=parse_gmt(data.get("date_modified_gmt"), what="modification date"),
        currency=currency,
        total=_amount(data.get("total"), currency, "order total"),
        shipping_total=_amount(data.get("shipping_total"), currency, "shipping total"),
        discount_total=_amount(data.get("discount_total"), currency, "discount total"),
        tax_total=_amount(data.get("total_tax"), currency, "tax total"),
        billing=billing,
        shipping=shipping,
        phone=billing.phone or shipping.phone,
        email=billing.email,
        customer_id=customer_id or None,
        payment_method=str(data.get("payment_method") or ""),
        payment_method_title=str(data.get("payment_method_title") or ""),
        transaction_id=str(data.get("transaction_id") or ""),
        date_paid=parse_gmt(paid_raw, what="payment date") if paid_raw else None,
        lines=tuple(lines),
        customer_note=str(data.get("customer_note") or ""),
        meta=meta,
        refunds=refunds,
        local_code=str(meta[st.CODE_META]) if meta.get(st.CODE_META) else None,
        backoffice_stage=stage_meta if isinstance(stage_meta, str) else None,
        applied_keys=applied_keys,
        cancel_requested=requested,
        cancel_request_reason=reason,
        fingerprint=fingerprint(data),
    )


def fingerprint(data: Mapping[str, Any]) -> str:
    canonical = json.dumps(data, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def note_from_json(data: Any, remote_order_id: int, staff_authors: frozenset[str]) -> RemoteNote:
    """A customer message is a note we did not write, by someone who is not the system or staff.

    WooCommerce itself only records shop → customer notes; customer replies come from a plugin
    that adds notes under the customer's name. The checkout note is `RemoteOrder.customer_note`.
    """
    if not isinstance(data, Mapping) or not isinstance(data.get("id"), int):
        raise ShopMalformed(f"Order {remote_order_id}: the shop sent a note without an id")
    text, key = split_marker(str(data.get("note") or ""))
    author = str(data.get("author") or "")
    from_customer = (
        key is None
        and author.lower() not in SYSTEM_AUTHORS
        and author.lower() not in {a.lower() for a in staff_authors}
    )
    return RemoteNote(
        remote_note_id=data["id"],
        remote_order_id=remote_order_id,
        author=author,
        created_gmt=parse_gmt(data.get("date_created_gmt"), what="note date"),
        text=text,
        customer_note=bool(data.get("customer_note")),
        idempotency_key=key,
        from_customer=from_customer,
    )


def meta_value(items: Any, key: str) -> Any:
    return _meta(items).get(key)
