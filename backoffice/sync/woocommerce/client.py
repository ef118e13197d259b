"""The WooCommerce REST v3 connector: reads and writes `/wp-json/wc/v3/...` (R42, R44).

Every write carries the outbox entry's idempotency key into the shop (WooCommerce has no
idempotency keys of its own), in the record whose existence proves the write happened:

  stage / tracking / customer message / cancel-request rejection → an order note whose text ends
      with the marker `<!-- bo:KEY -->` (the order PUT before it is idempotent by itself, and
      also lists the key in order meta `_backoffice_keys` so a pull recognises our own echo);
  refund → refund meta `_backoffice_idempotency_key`;
  create order → order meta `_backoffice_idempotency_key` (+ `_backoffice_order_code`);
  payment order (R22) → order meta `_backoffice_idempotency_key` (+ `_backoffice_payment_for`);
  stock → nothing: an absolute stock level can be set twice without harm.

A multi-step push puts its one non-idempotent POST last, so "the marker exists" means "done".
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from backoffice.sync.errors import ShopConflict, ShopMalformed, ShopRejected
from backoffice.sync.http import DEFAULT_TIMEOUT, ShopHttp
from backoffice.sync.models import (
    NewOrder,
    OutboxMessage,
    PullCursor,
    PullPage,
    PushKind,
    PushResult,
    RejectedOrder,
    RemoteNote,
    RemoteOrder,
)
from backoffice.sync.woocommerce import mapping, pull
from backoffice.sync.woocommerce import status as st
from backoffice.sync.woocommerce.auth import make_auth
from backoffice.sync.woocommerce.orders_out import (
    create_body,
    payment_order_body,
    refund_body,
    stage_note_text,
    tracking_note_text,
)

logger = logging.getLogger(__name__)

API_PATH = "/wp-json/wc/v3"
KEYS_KEPT = 50  # order meta `_backoffice_keys` keeps the latest keys only
CREATE_SEARCH_MARGIN = timedelta(hours=1)  # slack around the entry's time, in shop time


class WooCommerceConnector:
    def __init__(
        self,
        name: str,
        base_url: str,
        key: str,
        secret: str,
        *,
        signature_method: str = "HMAC-SHA256",
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        overlap: timedelta = timedelta(seconds=5),
        per_page: int = pull.PER_PAGE,
        staff_authors: frozenset[str] = frozenset(),
        http: ShopHttp | None = None,
        auth_mode: str = "",
    ) -> None:
        if not 1 <= per_page <= 100:
            raise ValueError("WooCommerce pages hold 1 to 100 items")
        self.name = name
        self.http = http or ShopHttp(
            base_url.rstrip("/") + API_PATH,
            make_auth(base_url, key, secret, signature_method, auth_mode),
            timeout=timeout,
        )
        self.overlap = overlap
        self.per_page = per_page
        self.staff_authors = staff_authors

    def close(self) -> None:
        self.http.close()

    # ---- reads ---------------------------------------------------------------------------

    def _get(
        self, path: str, params: Mapping[str, Any] | None = None
    ) -> tuple[Any, Mapping[str, str]]:
        reply = self.http.request("GET", path, params=params)
        return reply.data, reply.headers

    def _list(self, path: str, params: Mapping[str, Any] | None = None) -> list[Any]:
        data, _ = self._get(path, params)
        if not isinstance(data, list):
            raise ShopMalformed(f"The shop sent no list for GET {path}")
        return data

    def get_order(self, remote_order_id: int) -> RemoteOrder:
        data, _ = self._get(f"/orders/{int(remote_order_id)}")
        return mapping.order_from_json(data)

    def _raw_order(self, remote_order_id: int) -> Mapping[str, Any]:
        data, _ = self._get(f"/orders/{int(remote_order_id)}")
        if not isinstance(data, Mapping):
            raise ShopMalformed(f"The shop sent no order for {remote_order_id}")
        return data

    def pull_orders(self, cursor: PullCursor | None) -> PullPage:
        cursor = cursor or PullCursor()
        req = pull.request_for(cursor, self.overlap)
        params: dict[str, Any] = {
            "orderby": "modified",
            "order": "asc",
            "per_page": self.per_page,
            "page": req.page,
            "dates_are_gmt": "true",
        }
        if req.modified_after is not None:
            params["modified_after"] = mapping.format_gmt(req.modified_after)
        data, headers = self._get("/orders", params)
        if not isinstance(data, list):
            raise ShopMalformed("The shop sent no list of orders for GET /orders")
        orders: list[RemoteOrder] = []
        rejected: list[RejectedOrder] = []
        for raw in data:
            # One order that cannot be read is parked with its reason; the page goes on (R42).
            try:
                orders.append(mapping.order_from_json(raw))
            except ShopMalformed as exc:
                logger.warning("pull: shop order not read: %s", exc)
                rejected.append(mapping.rejected_from_json(raw, str(exc)))
        fresh, nxt, done = pull.advance(
            cursor,
            req,
            orders,
            per_page=self.per_page,
            overlap=self.overlap,
            read=len(data),
            other_times=[r.modified_gmt for r in rejected if r.modified_gmt is not None],
        )
        handed = tuple(
            self._with_refund_keys(o) for o in fresh if o.status not in st.SKIPPED_STATUSES
        )
        total = headers.get("X-WP-Total") or headers.get("x-wp-total")
        return PullPage(
            orders=handed,
            cursor=nxt,
            done=done,
            total=int(total) if total and str(total).isdigit() else None,
            duplicates_dropped=len(orders) - len(fresh),
            rejected=tuple(rejected),
        )

    def _with_refund_keys(self, order: RemoteOrder) -> RemoteOrder:
        """Refunds we pushed carry our key in their meta, which the order's `refunds` list does
        not show: read the order's refunds so the apply step can tell ours from the shop's."""
        if not order.refunds:
            return order
        keys: dict[int, str] = {}
        for refund in self._list(f"/orders/{order.remote_id}/refunds"):
            if not isinstance(refund, Mapping):
                continue
            key = mapping.meta_value(refund.get("meta_data"), st.CREATE_KEY_META)
            if isinstance(refund.get("id"), int) and isinstance(key, str):
                keys[refund["id"]] = key
        refunds = tuple(
            replace(r, idempotency_key=keys.get(r.remote_refund_id)) for r in order.refunds
        )
        return replace(order, refunds=refunds)

    def pull_notes(self, remote_order_id: int) -> list[RemoteNote]:
        # Adding a note does not change the order's date_modified: poll open orders for messages.
        data = self._list(f"/orders/{int(remote_order_id)}/notes", {"type": "any"})
        notes = [mapping.note_from_json(n, remote_order_id, self.staff_authors) for n in data]
        return sorted(notes, key=lambda n: (n.created_gmt, n.remote_note_id))

    def _find_product(self, sku: str) -> Mapping[str, Any]:
        # `sku` matches products and variations alike (WooCommerce searches both post types).
        found = [p for p in self._list("/products", {"sku": sku}) if p.get("sku") == sku]
        if not found:
            raise ShopRejected(f"The shop has no product with SKU {sku}")
        return found[0]

    def get_stock(self, sku: str) -> int | None:
        product = self._find_product(sku)
        qty = product.get("stock_quantity")
        return int(qty) if product.get("manage_stock") and qty is not None else None

    # ---- writes --------------------------------------------------------------------------

    def set_stock(self, sku: str, quantity: int) -> PushResult:
        product = self._find_product(sku)
        pid = int(product["id"])
        parent = int(product.get("parent_id") or 0)
        path = (
            f"/products/{parent}/variations/{pid}"
            if product.get("type") == "variation" and parent
            else f"/products/{pid}"
        )
        body = {"manage_stock": True, "stock_quantity": int(quantity)}
        self.http.request("PUT", path, json_body=body)
        return PushResult(idempotency_key="", remote_id=pid)

    def push(self, entry: OutboxMessage) -> PushResult:
        kind = PushKind(entry.kind)
        if kind is PushKind.CREATE_ORDER:
            return self.create_order(NewOrder.from_payload(entry.payload), entry.idempotency_key)
        if kind is PushKind.STOCK:
            result = self.set_stock(str(entry.payload["sku"]), int(entry.payload["quantity"]))
            return PushResult(entry.idempotency_key, None, result.remote_id)
        if kind is PushKind.WEBHOOK:
            raise ShopRejected("Webhook entries go to a WebhookTarget, not to the shop")
        if kind is PushKind.PAYMENT_ORDER:
            return self._push_payment_order(entry)
        if entry.remote_order_id is None:
            raise ShopRejected(f"{kind} needs the shop's order id; the order is not in the shop")
        oid = int(entry.remote_order_id)
        handler = {
            PushKind.STAGE: self._push_stage,
            PushKind.TRACKING: self._push_tracking,
            PushKind.REFUND: self._push_refund,
            PushKind.CUSTOMER_MESSAGE: self._push_message,
            PushKind.REJECT_CANCEL_REQUEST: self._push_reject_cancel,
        }[kind]
        return handler(oid, entry)

    def _keys_meta(self, order: Mapping[str, Any], key: str) -> dict[str, Any]:
        keys = mapping.meta_value(order.get("meta_data"), st.KEYS_META)
        keys = [str(k) for k in keys] if isinstance(keys, list) else []
        if key not in keys:
            keys.append(key)
        return {"key": st.KEYS_META, "value": keys[-KEYS_KEPT:]}

    def _add_note(self, oid: int, text: str, key: str, *, to_customer: bool) -> PushResult:
        body = {"note": mapping.with_marker(text, key), "customer_note": bool(to_customer)}
        reply = self.http.request("POST", f"/orders/{oid}/notes", json_body=body)
        note_id = reply.data.get("id") if isinstance(reply.data, Mapping) else None
        return PushResult(key, oid, int(note_id) if isinstance(note_id, int) else None)

    def _push_stage(self, oid: int, entry: OutboxMessage) -> PushResult:
        p = entry.payload
        stage = str(p["stage"])
        order = self._raw_order(oid)
        current = str(order.get("status") or "")
        # R43: a customer's cancellation or payment in the shop wins over our stage change.
        if current in ("cancelled", "refunded") and stage != "cancelled":
            raise ShopConflict(f"Order {order.get('number', oid)} was cancelled in the shop")
        if stage == "pending_payment" and order.get("date_paid_gmt"):
            raise ShopConflict(f"Order {order.get('number', oid)} was paid in the shop")
        meta = [
            {"key": st.STAGE_META, "value": stage},
            self._keys_meta(order, entry.idempotency_key),
        ]
        if p.get("tracking_items"):
            meta.append(_tracking_meta(order, p["tracking_items"]))
        body = {"status": st.woo_from_stage(stage, current), "meta_data": meta}
        self.http.request("PUT", f"/orders/{oid}", json_body=body)
        text = str(p.get("note") or stage_note_text(stage, str(p.get("reason") or "")))
        return self._add_note(
            oid, text, entry.idempotency_key, to_customer=bool(p.get("notify_customer"))
        )

    def _push_tracking(self, oid: int, entry: OutboxMessage) -> PushResult:
        p = entry.payload
        carrier, number = str(p["carrier"]), str(p["tracking_number"])
        order = self._raw_order(oid)
        items = p.get("tracking_items") or [
            {"carrier": carrier, "tracking_number": number, "link": "", "shipped_at": None}
        ]
        meta = [
            _tracking_meta(order, items),
            self._keys_meta(order, entry.idempotency_key),
        ]
        self.http.request("PUT", f"/orders/{oid}", json_body={"meta_data": meta})
        link = next((str(i.get("link") or "") for i in items if i.get("link")), "")
        text = str(p.get("note") or tracking_note_text(carrier, number, link))
        return self._add_note(
            oid, text, entry.idempotency_key, to_customer=bool(p.get("notify_customer", True))
        )

    def _push_message(self, oid: int, entry: OutboxMessage) -> PushResult:
        return self._add_note(
            oid, str(entry.payload["text"]), entry.idempotency_key, to_customer=True
        )

    def _push_reject_cancel(self, oid: int, entry: OutboxMessage) -> PushResult:
        order = self._raw_order(oid)
        meta = [
            {"key": st.CANCEL_REQUEST_META, "value": ""},
            self._keys_meta(order, entry.idempotency_key),
        ]
        self.http.request("PUT", f"/orders/{oid}", json_body={"meta_data": meta})
        reason = str(entry.payload.get("reason") or "")
        text = f"Your cancellation request was declined: {reason}\n취소 요청이 거절되었습니다: {reason}"
        to_customer = bool(entry.payload.get("notify_customer", True))
        return self._add_note(oid, text, entry.idempotency_key, to_customer=to_customer)

    def _push_refund(self, oid: int, entry: OutboxMessage) -> PushResult:
        p = entry.payload
        method = p.get("payment_method")
        if p.get("api_refund") is None and method is None:
            method = str(self._raw_order(oid).get("payment_method") or "")
        body = refund_body(p, entry.idempotency_key, method)
        reply = self.http.request("POST", f"/orders/{oid}/refunds", json_body=body)
        rid = reply.data.get("id") if isinstance(reply.data, Mapping) else None
        return PushResult(entry.idempotency_key, oid, int(rid) if isinstance(rid, int) else None)

    def _push_payment_order(self, entry: OutboxMessage) -> PushResult:
        """R22: a pending order of one fee line, whose pay-for-order page is the request's link;
        or, when the request is withdrawn, that order cancelled (unless the customer paid)."""
        p, key = entry.payload, entry.idempotency_key
        if p["action"] == "cancel":
            oid = int(p["payment_order_id"])
            order = self._raw_order(oid)
            if order.get("date_paid_gmt"):
                raise ShopConflict(f"Payment order {order.get('number', oid)} was paid")
            if order.get("status") != "cancelled":
                self.http.request("PUT", f"/orders/{oid}", json_body={"status": "cancelled"})
            return PushResult(key, oid, oid)
        reply = self.http.request("POST", "/orders", json_body=payment_order_body(p, key))
        data = reply.data if isinstance(reply.data, Mapping) else {}
        oid, link = data.get("id"), mapping.payment_page(data.get("payment_url"))
        if not isinstance(oid, int) or not link:
            raise ShopMalformed("The shop made the payment order but sent no id or payment page")
        return PushResult(key, oid, oid, link=link)

    def create_order(self, order: NewOrder, idempotency_key: str) -> PushResult:
        body = create_body(order, idempotency_key)
        reply = self.http.request("POST", "/orders", json_body=body)
        oid = reply.data.get("id") if isinstance(reply.data, Mapping) else None
        if not isinstance(oid, int):
            raise ShopMalformed("The shop created an order but sent no id")
        return PushResult(idempotency_key, oid, oid)

    # ---- exactly once ----------------------------------------------------------------------

    def find_applied(
        self,
        idempotency_key: str,
        remote_order_id: int | None,
        *,
        entry: OutboxMessage | None = None,
    ) -> PushResult | None:
        kind = PushKind(entry.kind) if entry is not None else None
        if kind in (PushKind.STOCK, PushKind.WEBHOOK):
            return None  # absolute stock levels are safe to set again
        if kind is PushKind.PAYMENT_ORDER and entry is not None:
            if entry.payload.get("action") == "cancel":
                oid = int(entry.payload["payment_order_id"])
                done = self._raw_order(oid).get("status") == "cancelled"
                return PushResult(idempotency_key, oid, oid, already_applied=True) if done else None
            return self._find_created(idempotency_key, entry.created_at)
        if kind is PushKind.CREATE_ORDER or remote_order_id is None:
            since = entry.created_at if entry is not None and entry.created_at else None
            return self._find_created(idempotency_key, since)
        oid = int(remote_order_id)
        if kind in (None, PushKind.REFUND):
            for refund in self._list(f"/orders/{oid}/refunds"):
                value = mapping.meta_value(refund.get("meta_data"), st.CREATE_KEY_META)
                if value == idempotency_key:
                    return PushResult(idempotency_key, oid, int(refund["id"]), already_applied=True)
            if kind is PushKind.REFUND:
                return None
        for note in self.pull_notes(oid):
            if note.idempotency_key == idempotency_key:
                return PushResult(idempotency_key, oid, note.remote_note_id, already_applied=True)
        return None

    def _find_created(self, key: str, since: datetime | None) -> PushResult | None:
        """Newest orders first, back to the entry's creation time in the shop's clock.

        The PC's clock may be wrong (and the entry may be days old, made offline), so the
        shop's own `Date` header converts `since` into shop time before the comparison.
        """
        offset: timedelta | None = None
        page = 1
        while True:
            params = {"orderby": "date", "order": "desc", "per_page": 100, "page": page}
            reply = self.http.request("GET", "/orders", params=params)
            if offset is None:
                offset = _clock_offset(reply.headers)
            data = reply.data
            if not isinstance(data, list):
                raise ShopMalformed("The shop sent no list of orders for GET /orders")
            local_start = since or datetime.now(UTC) - timedelta(days=7)
            bound = local_start + offset - CREATE_SEARCH_MARGIN
            for raw in data:
                if mapping.meta_value(raw.get("meta_data"), st.CREATE_KEY_META) == key:
                    oid, link = int(raw["id"]), mapping.payment_page(raw.get("payment_url"))
                    return PushResult(key, oid, oid, already_applied=True, link=link)
                created = mapping.parse_gmt(raw.get("date_created_gmt"), what="creation date")
                if created < bound:
                    return None
            if len(data) < 100:
                return None
            page += 1


def _tracking_meta(order: Mapping[str, Any], items: Any) -> dict[str, Any]:
    """`_wc_shipment_tracking_items` with our numbers added once each, in the extension's
    layout: a custom provider (its name and tracking link), the number, the shipping date as a
    Unix timestamp and an id. The id is derived from carrier and number, so writing the same
    number again (a retry) changes nothing."""
    current = mapping.meta_value(order.get("meta_data"), st.TRACKING_META)
    tracking = (
        [dict(t) for t in current if isinstance(t, Mapping)] if isinstance(current, list) else []
    )
    have = {str(t.get("tracking_number") or "") for t in tracking}
    for item in items:
        number = str(item.get("tracking_number") or "")
        if not number or number in have:
            continue
        have.add(number)
        carrier = str(item.get("carrier") or "")
        shipped = item.get("shipped_at") or int(datetime.now(UTC).timestamp())
        tracking.append(
            {
                "tracking_provider": "",
                "custom_tracking_provider": carrier,
                "custom_tracking_link": str(item.get("link") or ""),
                "tracking_number": number,
                "date_shipped": str(int(shipped)),
                "tracking_id": hashlib.md5(f"{carrier}-{number}".encode()).hexdigest(),
            }
        )
    return {"key": st.TRACKING_META, "value": tracking}


def _clock_offset(headers: Mapping[str, str]) -> timedelta:
    """The shop's clock minus ours, from the reply's Date header (zero when absent)."""
    raw = next((v for k, v in headers.items() if k.lower() == "date"), None)
    if not raw:
        return timedelta(0)
    try:
        shop_now = parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return timedelta(0)
    if shop_now.tzinfo is None:
        shop_now = shop_now.replace(tzinfo=UTC)
    return shop_now - datetime.now(UTC)
