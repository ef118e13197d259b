"""WooCommerce v3 JSON → the connector's dataclasses, exactly (R4) or not at all.

Amounts arrive as strings in the shop's decimals ("39000", "12.50") and become integer minor
units (see woocommerce/totals.py for how the parts make the total, and the shop's rounding).
GMT datetimes arrive without an offset ("2024-05-01T09:30:00") and are UTC. Text is made plain
(sync/text.py): entities decoded, note HTML turned into lines, control characters removed.
Anything that does not have the documented shape raises ShopMalformed naming the order; the pull
parks that one order (`rejected_from_json`) and goes on with the rest.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from backoffice.domain.errors import DomainError
from backoffice.domain.money import exponent
from backoffice.sync import text
from backoffice.sync.errors import ShopMalformed
from backoffice.sync.models import (
    Address,
    RejectedOrder,
    RemoteCoupon,
    RemoteFee,
    RemoteLine,
    RemoteNote,
    RemoteOrder,
    RemoteRefund,
    RemoteShipping,
    unit_price_for,
)
from backoffice.sync.woocommerce import status as st
from backoffice.sync.woocommerce import totals

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
    return totals.part(value, currency, what)


def _int(value: Any, what: str) -> int:
    if isinstance(value, bool):
        raise ShopMalformed(f"the shop sent an unreadable {what}: {value!r}")
    if value is None or value == "":
        return 0
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise ShopMalformed(f"the shop sent an unreadable {what}: {value!r}") from None
    if not number.is_finite() or number != number.to_integral_value() or abs(number) > 2**53:
        raise ShopMalformed(f"the shop sent an unreadable {what}: {value!r}")
    return int(number)


def _address(data: Any) -> Address:
    if not isinstance(data, Mapping):
        return Address()
    names = Address.__dataclass_fields__
    return Address(**{k: text.plain(v) for k, v in data.items() if k in names})


def _meta(data: Any) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for item in data if isinstance(data, list) else ():
        if isinstance(item, Mapping) and "key" in item:
            meta.setdefault(str(item["key"]), item.get("value"))
    return meta


def _options(data: Any) -> str:
    """A line's visible meta (a variation's attributes, an engraving): "색상: 블랙, 사이즈: M".

    WooCommerce marks meta meant for people with `display_key`/`display_value` and hides keys
    that start with an underscore."""
    parts = []
    for item in data if isinstance(data, list) else ():
        if not isinstance(item, Mapping) or str(item.get("key", "")).startswith("_"):
            continue
        key = item.get("display_key") or item.get("key")
        value = item.get("display_value", item.get("value"))
        if isinstance(value, Mapping | list) or value in (None, ""):
            continue
        parts.append(f"{text.plain(text.from_html(key))}: {text.plain(text.from_html(value))}")
    return ", ".join(parts)


def _list(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        raise ShopMalformed(f"the shop sent {key} that is not a list of objects")
    return value


def order_from_json(data: Any) -> RemoteOrder:
    if not isinstance(data, Mapping) or not _is_id(data.get("id")):
        raise ShopMalformed("The shop sent an order without an id")
    oid = data["id"]
    try:
        return _order(data)
    except ShopMalformed as exc:
        raise ShopMalformed(f"Order {oid}: {exc}") from None
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
        raise ShopMalformed(f"Order {oid} has an unexpected shape: {exc!r}") from None


def _is_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**63


RAW_KEPT = 200_000  # characters of a rejected order's JSON kept for staff and support


def rejected_from_json(data: Any, reason: str) -> RejectedOrder:
    """What is kept of an order that could not be read: its ids, the reason and the JSON."""
    is_map = isinstance(data, Mapping)
    oid = data.get("id") if is_map else None
    number = (data.get("number") or oid) if is_map else None
    modified = None
    if is_map:
        try:
            modified = parse_gmt(data.get("date_modified_gmt"), what="modification date")
        except ShopMalformed:
            modified = None
    raw = json.dumps(data, ensure_ascii=False, default=str)
    return RejectedOrder(
        remote_id=oid if _is_id(oid) else None,
        number=text.plain(number if number is not None else "?")[:64] or "?",
        reason=text.plain(reason)[:500],
        raw=raw[:RAW_KEPT],
        modified_gmt=modified,
    )


def _lines(data: Mapping[str, Any], currency: str) -> list[RemoteLine]:
    lines = []
    for li in _list(data, "line_items"):
        qty = _int(li.get("quantity"), "line quantity")
        subtotal = _amount(li.get("subtotal"), currency, "line subtotal")
        total = _amount(li.get("total"), currency, "line total")
        tax = _amount(li.get("total_tax"), currency, "line tax")
        subtotal_tax = _amount(li.get("subtotal_tax"), currency, "line tax")
        if qty <= 0 and (total or tax or subtotal):
            raise ShopMalformed(f"a line of {total} has quantity {qty}")
        if total < 0 or subtotal < 0 or tax < 0 or subtotal_tax < 0:
            raise ShopMalformed("a line has a negative price")
        lines.append(
            RemoteLine(
                remote_line_id=_int(li.get("id"), "line id"),
                sku=text.plain(li.get("sku"))[:64],
                name=text.plain(li.get("name")),
                quantity=qty,
                unit_price=unit_price_for(subtotal, total, qty),
                subtotal=subtotal,
                total=total,
                tax=tax,
                subtotal_tax=subtotal_tax,
                product_id=_int(li.get("product_id"), "product id"),
                variation_id=_int(li.get("variation_id"), "variation id") or None,
                options=_options(li.get("meta_data")),
            )
        )
    return lines


def _order(data: Mapping[str, Any]) -> RemoteOrder:
    currency = str(data.get("currency") or "").upper()
    try:
        exponent(currency)
    except DomainError as exc:
        raise ShopMalformed(str(exc)) from None
    number = text.plain(data.get("number") or data["id"])[:64]
    meta = _meta(data.get("meta_data"))
    billing = _address(data.get("billing"))
    shipping = _address(data.get("shipping"))
    lines = _lines(data, currency)
    fees = tuple(
        RemoteFee(
            remote_fee_id=_int(f.get("id"), "fee id"),
            name=text.plain(f.get("name")) or "fee",
            total=_amount(f.get("total"), currency, "fee total"),
            tax=_amount(f.get("total_tax"), currency, "fee tax"),
        )
        for f in _list(data, "fee_lines")
    )
    ship_lines = tuple(
        RemoteShipping(
            remote_shipping_id=_int(s.get("id"), "shipping line id"),
            method=text.plain(s.get("method_title") or s.get("method_id")),
            total=_amount(s.get("total"), currency, "shipping total"),
            tax=_amount(s.get("total_tax"), currency, "shipping tax"),
        )
        for s in _list(data, "shipping_lines")
    )
    coupons = tuple(
        RemoteCoupon(
            code=text.plain(c.get("code"))[:100],
            discount=_amount(c.get("discount"), currency, "coupon discount"),
            discount_tax=_amount(c.get("discount_tax"), currency, "coupon tax"),
        )
        for c in _list(data, "coupon_lines")
    )
    if ship_lines:
        shipping_total = sum(s.total for s in ship_lines)
        shipping_tax = sum(s.tax for s in ship_lines)
    else:
        shipping_total = _amount(data.get("shipping_total"), currency, "shipping total")
        shipping_tax = _amount(data.get("shipping_tax"), currency, "shipping tax")
    if shipping_total < 0 or shipping_tax < 0:
        raise ShopMalformed("the shipping is negative")
    total = totals.exact(data.get("total"), currency, "order total")
    if total < 0:
        raise ShopMalformed("the order's total is negative")
    parts = [ln.total for ln in lines] + [ln.tax for ln in lines]
    parts += [f.total for f in fees] + [f.tax for f in fees] + [shipping_total, shipping_tax]
    rounding = totals.rounding_gap(total, parts, currency, number)
    refunds = tuple(
        RemoteRefund(
            remote_refund_id=_int(r.get("id"), "refund id"),
            amount=abs(totals.exact(r.get("total"), currency, "refund total")),
            reason=text.plain(r.get("reason")),
        )
        for r in _list(data, "refunds")
    )
    if sum(r.amount for r in refunds) > total:
        raise ShopMalformed("the refunds are larger than the order's total")
    status = text.plain(data.get("status"))[:40]
    stage_meta = meta.get(st.STAGE_META)
    stage, payment_failed = st.stage_from_woo(
        status, stage_meta if isinstance(stage_meta, str) else None
    )
    requested, reason = st.cancel_request_from_meta(meta.get(st.CANCEL_REQUEST_META))
    keys = meta.get(st.KEYS_META)
    applied_keys = tuple(str(k) for k in keys) if isinstance(keys, list) else ()
    paid_raw = data.get("date_paid_gmt")
    customer_id = _int(data.get("customer_id"), "customer id")
    code = meta.get(st.CODE_META)
    return RemoteOrder(
        remote_id=int(data["id"]),
        number=number,
        status=status,
        stage=stage,
        payment_failed=payment_failed,
        created_gmt=parse_gmt(data.get("date_created_gmt"), what="creation date"),
        modified_gmt=parse_gmt(data.get("date_modified_gmt"), what="modification date"),
        currency=currency,
        total=total,
        shipping_total=shipping_total,
        discount_total=sum(ln.subtotal - ln.total for ln in lines),
        tax_total=sum(ln.tax for ln in lines) + sum(f.tax for f in fees) + shipping_tax,
        billing=billing,
        shipping=shipping,
        phone=billing.phone or shipping.phone,
        email=billing.email,
        customer_id=customer_id or None,
        payment_method=text.plain(data.get("payment_method"))[:40],
        payment_method_title=text.plain(data.get("payment_method_title")),
        transaction_id=text.plain(data.get("transaction_id"))[:100],
        date_paid=parse_gmt(paid_raw, what="payment date") if paid_raw else None,
        lines=tuple(lines),
        customer_note=text.from_html(data.get("customer_note")),
        payment_url=payment_page(data.get("payment_url")),
        meta=meta,
        refunds=refunds,
        fees=fees,
        shipping_lines=ship_lines,
        coupons=coupons,
        shipping_tax=shipping_tax,
        prices_include_tax=bool(data.get("prices_include_tax")),
        rounding=rounding,
        local_code=str(code) if isinstance(code, str | int) and code else None,
        backoffice_stage=stage_meta if isinstance(stage_meta, str) else None,
        applied_keys=applied_keys,
        cancel_requested=requested,
        cancel_request_reason=text.plain(reason)[:500],
        payment_for=_marker(meta.get(st.PAYMENT_FOR_META)),
        payment_token=_marker(meta.get(st.PAYMENT_TOKEN_META)),
        fingerprint=fingerprint(data),
        raw=json.dumps(data, ensure_ascii=False, default=str)[:RAW_KEPT],
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
    body, key = split_marker(str(data.get("note") or ""))
    author = text.plain(data.get("author"))[:100]
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
        text=text.from_html(body),
        customer_note=bool(data.get("customer_note")),
        idempotency_key=key,
        from_customer=from_customer,
    )


def meta_value(items: Any, key: str) -> Any:
    return _meta(items).get(key)


def _marker(value: object) -> str:
    return str(value)[:64] if isinstance(value, str | int) and not isinstance(value, bool) else ""


def payment_page(value: object) -> str:
    """The shop's pay-for-order page, only when it is a web address one can send a customer to."""
    url = text.plain(value)
    return url[:500] if url.startswith(("https://", "http://")) and " " not in url else ""
