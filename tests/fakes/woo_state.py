"""The fake WooCommerce shop's state and business rules, without HTTP.

Follows WooCommerce's documented behaviour where the connector depends on it: amounts rendered
as strings with the shop's price decimals, a line's `price` as a float, GMT dates without an
offset, date_modified at one-second resolution, stock reduced when an order becomes processing,
completed or on-hold and restored when it is cancelled, date_paid set on payment, refunds that
fail with HTTP 500 when the gateway cannot refund through the API, notes that do not touch the
order's date_modified.
"""

from __future__ import annotations

import copy
import itertools
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any


class WooError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message

    def body(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "data": {"status": self.status}}


STATUSES = (
    "pending",
    "processing",
    "on-hold",
    "completed",
    "cancelled",
    "refunded",
    "failed",
    "checkout-draft",
)
STOCK_REDUCING = ("processing", "completed", "on-hold")
STOCK_RESTORING = ("cancelled", "pending")
PAID_STATUSES = ("processing", "completed")
REFUND_GATEWAYS = frozenset({"stripe", "inicis", "kakaopay"})
LABELS = {s: s.replace("-", " ").title() for s in STATUSES}


class ManualClock:
    """The shop's clock in whole seconds (Woo keeps dates at one-second resolution)."""

    def __init__(self, start: int = 1_760_000_000) -> None:
        self.t = start
        self._lock = threading.Lock()

    def __call__(self) -> int:
        with self._lock:
            return self.t

    def tick(self, seconds: int = 1) -> int:
        with self._lock:
            self.t += seconds
            return self.t


def gmt(ts: int | None) -> str | None:
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S")


def parse_date(text: str) -> int:
    d = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return int((d if d.tzinfo else d.replace(tzinfo=UTC)).timestamp())


@dataclass
class Shop:
    currency: str = "KRW"
    decimals: int = 0
    clock: ManualClock = field(default_factory=ManualClock)
    orders: dict[int, dict[str, Any]] = field(default_factory=dict)
    notes: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    refunds: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    products: dict[int, dict[str, Any]] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)

    def __post_init__(self) -> None:
        self._ids = itertools.count(100)

    def money(self, value: Decimal) -> str:
        return f"{Decimal(value).quantize(Decimal(1).scaleb(-self.decimals)):f}"

    # ---- products ---------------------------------------------------------------------
    def add_product(
        self, sku: str, price: str, stock: int | None = None, *, parent_id: int = 0, name: str = ""
    ) -> int:
        with self.lock:
            pid = next(self._ids)
            self.products[pid] = {
                "id": pid,
                "name": name or sku,
                "sku": sku,
                "price": price,
                "type": "variation" if parent_id else "simple",
                "parent_id": parent_id,
                "manage_stock": stock is not None,
                "stock_quantity": stock,
            }
            return pid

    def product_json(self, pid: int) -> dict[str, Any]:
        p = dict(self.products[pid])
        qty = p["stock_quantity"]
        p["stock_status"] = "outofstock" if p["manage_stock"] and (qty or 0) <= 0 else "instock"
        return p

    def find_sku(self, sku: str) -> int | None:
        return next((pid for pid, p in self.products.items() if p["sku"] == sku), None)

    def set_stock(self, pid: int, body: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            if pid not in self.products:
                raise WooError(404, "woocommerce_rest_product_invalid_id", "Invalid ID.")
            p = self.products[pid]
            if "manage_stock" in body:
                p["manage_stock"] = bool(body["manage_stock"])
            if "stock_quantity" in body:
                p["stock_quantity"] = int(body["stock_quantity"])
            return self.product_json(pid)

    def _adjust_stock(self, order: dict[str, Any], sign: int) -> None:
        for line in order["lines"]:
            pid = line["variation_id"] or line["product_id"]
            p = self.products.get(pid)
            if p and p["manage_stock"]:
                p["stock_quantity"] = (p["stock_quantity"] or 0) + sign * line["quantity"]

    # ---- orders -----------------------------------------------------------------------
    def add_order(
        self,
        lines: list[tuple[str, int]] | None = None,
        *,
        status: str = "processing",
        payment_method: str = "bacs",
        customer_id: int = 0,
        shipping: str = "0",
        meta: dict[str, Any] | None = None,
        **fields: Any,
    ) -> int:
        """A customer's checkout: (sku, quantity) lines at the product prices."""
        body = {
            "status": "pending",
            "payment_method": payment_method,
            "customer_id": customer_id,
            "line_items": [{"sku": s, "quantity": q} for s, q in (lines or [])],
            "meta_data": [{"key": k, "value": v} for k, v in (meta or {}).items()],
            "billing": fields.pop(
                "billing",
                {
                    "first_name": "Min",
                    "last_name": "Kim",
                    "email": "min@example.com",
                    "phone": "010-1234-5678",
                },
            ),
            **fields,
        }
        if Decimal(shipping):
            body["shipping_lines"] = [{"method_id": "flat_rate", "total": shipping}]
        with self.lock:
            oid = self.create_order(body)["id"]
            if status != "pending":
                self.update_order(oid, {"status": status})
            return oid

    def create_order(self, body: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            now = self.clock()
            oid = next(self._ids)
            status = body.get("status", "pending")
            if status not in STATUSES:
                raise WooError(400, "rest_invalid_param", "Invalid parameter(s): status")
            lines = [self._line(li) for li in body.get("line_items", [])]
            order = {
                "id": oid,
                "status": "pending",
                "currency": body.get("currency", self.currency),
                "created": now,
                "modified": now,
                "date_paid": None,
                "date_completed": None,
                "customer_id": int(body.get("customer_id") or 0),
                "billing": body.get("billing", {}),
                "shipping": body.get("shipping", {}),
                "payment_method": body.get("payment_method", ""),
                "payment_method_title": body.get("payment_method_title", ""),
                "transaction_id": body.get("transaction_id", ""),
                "customer_note": body.get("customer_note", ""),
                "created_via": "rest-api",
                "meta": [],
                "lines": lines,
                "stock_reduced": False,
                "shipping_total": sum(
                    (Decimal(s.get("total", "0")) for s in body.get("shipping_lines", [])),
                    Decimal(0),
                ),
                "fee_total": sum(
                    (Decimal(f.get("total", "0")) for f in body.get("fee_lines", [])), Decimal(0)
                ),
            }
            self._set_meta(order, body.get("meta_data", []))
            self.orders[oid] = order
            self.notes[oid] = []
            self.refunds[oid] = []
            self._transition(order, status)
            if body.get("set_paid"):
                self._payment_complete(order)
            return self.order_json(oid)

    def _line(self, li: dict[str, Any]) -> dict[str, Any]:
        pid = int(li.get("product_id") or 0)
        vid = int(li.get("variation_id") or 0)
        if li.get("sku"):
            found = self.find_sku(li["sku"])
            if found is None:
                raise WooError(
                    400,
                    "woocommerce_rest_invalid_product_id",
                    f"Product with SKU {li['sku']} does not exist.",
                )
            p = self.products[found]
            pid, vid = (p["parent_id"], found) if p["parent_id"] else (found, 0)
        product = self.products.get(vid or pid)
        if product is None and not li.get("name"):
            raise WooError(
                400, "woocommerce_rest_required_product_reference", "Product ID or SKU is required."
            )
        qty = int(li.get("quantity", 1))
        price = Decimal(product["price"]) if product else Decimal(0)
        subtotal = Decimal(li["subtotal"]) if "subtotal" in li else price * qty
        return {
            "id": next(self._ids),
            "product_id": pid,
            "variation_id": vid,
            "sku": product["sku"] if product else "",
            "name": li.get("name") or (product["name"] if product else ""),
            "quantity": qty,
            "subtotal": subtotal,
            "total": Decimal(li["total"]) if "total" in li else subtotal,
        }

    def _set_meta(self, order: dict[str, Any], items: list[dict[str, Any]]) -> None:
        for item in items:
            existing = next((m for m in order["meta"] if m["key"] == item["key"]), None)
            if existing is not None:
                existing["value"] = copy.deepcopy(item.get("value"))
            else:
                order["meta"].append(
                    {
                        "id": next(self._ids),
                        "key": item["key"],
                        "value": copy.deepcopy(item.get("value")),
                    }
                )

    def _get(self, oid: int) -> dict[str, Any]:
        order = self.orders.get(oid)
        if order is None:
            raise WooError(404, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.")
        return order

    def _payment_complete(self, order: dict[str, Any]) -> None:
        if order["status"] in ("on-hold", "pending", "failed", "cancelled"):
            self._transition(order, "processing")
        order["date_paid"] = order["date_paid"] or self.clock()

    def _transition(self, order: dict[str, Any], new: str) -> None:
        old = order["status"]
        if new == old:
            return
        order["status"] = new
        if new in STOCK_REDUCING and not order["stock_reduced"]:
            self._adjust_stock(order, -1)
            order["stock_reduced"] = True
            self._system_note(order["id"], "Stock levels reduced.")
        elif new in STOCK_RESTORING and order["stock_reduced"]:
            self._adjust_stock(order, +1)
            order["stock_reduced"] = False
            self._system_note(order["id"], "Stock levels increased.")
        if new in PAID_STATUSES and order["date_paid"] is None:
            order["date_paid"] = self.clock()
        if new == "completed":
            order["date_completed"] = self.clock()
        self._system_note(order["id"], f"Order status changed from {LABELS[old]} to {LABELS[new]}.")

    def update_order(self, oid: int, body: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            order = self._get(oid)
            if "status" in body and body["status"] not in STATUSES:
                raise WooError(400, "rest_invalid_param", "Invalid parameter(s): status")
            for key in (
                "billing",
                "shipping",
                "customer_note",
                "transaction_id",
                "payment_method",
                "payment_method_title",
            ):
                if key in body:
                    order[key] = body[key]
            self._set_meta(order, body.get("meta_data", []))
            if "status" in body:
                self._transition(order, body["status"])
            if body.get("set_paid"):
                self._payment_complete(order)
            order["modified"] = self.clock()
            return self.order_json(oid)

    def touch(self, oid: int) -> None:
        """An edit in the shop's admin that changes nothing we read but date_modified."""
        with self.lock:
            self._get(oid)["modified"] = self.clock()

    def order_json(self, oid: int) -> dict[str, Any]:
        o = self.orders[oid]
        items_total = sum((li["total"] for li in o["lines"]), Decimal(0))
        discount = sum((li["subtotal"] - li["total"] for li in o["lines"]), Decimal(0))
        total = items_total + o["shipping_total"] + o["fee_total"]
        return {
            "id": oid,
            "parent_id": 0,
            "number": str(oid),
            "order_key": f"wc_order_{oid}",
            "created_via": o["created_via"],
            "version": "9.4.0",
            "status": o["status"],
            "currency": o["currency"],
            "date_created": gmt(o["created"]),
            "date_created_gmt": gmt(o["created"]),
            "date_modified": gmt(o["modified"]),
            "date_modified_gmt": gmt(o["modified"]),
            "discount_total": self.money(discount),
            "discount_tax": self.money(Decimal(0)),
            "shipping_total": self.money(o["shipping_total"]),
            "shipping_tax": self.money(Decimal(0)),
            "cart_tax": self.money(Decimal(0)),
            "total": self.money(total),
            "total_tax": self.money(Decimal(0)),
            "prices_include_tax": False,
            "customer_id": o["customer_id"],
            "customer_note": o["customer_note"],
            "billing": o["billing"],
            "shipping": o["shipping"],
            "payment_method": o["payment_method"],
            "payment_method_title": o["payment_method_title"],
            "transaction_id": o["transaction_id"],
            "date_paid": gmt(o["date_paid"]),
            "date_paid_gmt": gmt(o["date_paid"]),
            "date_completed": gmt(o["date_completed"]),
            "date_completed_gmt": gmt(o["date_completed"]),
            "meta_data": copy.deepcopy(o["meta"]),
            "line_items": [
                {
                    "id": li["id"],
                    "name": li["name"],
                    "product_id": li["product_id"],
                    "variation_id": li["variation_id"],
                    "quantity": li["quantity"],
                    "tax_class": "",
                    "subtotal": self.money(li["subtotal"]),
                    "subtotal_tax": "0",
                    "total": self.money(li["total"]),
                    "total_tax": self.money(Decimal(0)),
                    "taxes": [],
                    "meta_data": [],
                    "sku": li["sku"],
                    # PHP float, as Woo sends it: subtotal / quantity, unrounded.
                    "price": float(li["subtotal"] / li["quantity"]) if li["quantity"] else 0,
                }
                for li in o["lines"]
            ],
            "refunds": [
                {"id": r["id"], "reason": r["reason"], "total": "-" + r["amount"]}
                for r in self.refunds[oid]
            ],
        }

    def list_orders(self, q: dict[str, str]) -> list[dict[str, Any]]:
        with self.lock:
            status = q.get("status", "any")
            rows = [
                o
                for o in self.orders.values()
                if (
                    o["status"] != "checkout-draft"
                    if status == "any"
                    else o["status"] in status.split(",")
                )
            ]
            for param, col, op in (
                ("modified_after", "modified", "gt"),
                ("modified_before", "modified", "lt"),
                ("after", "created", "gt"),
                ("before", "created", "lt"),
            ):
                if q.get(param):
                    t = parse_date(q[param])
                    rows = [o for o in rows if (o[col] > t if op == "gt" else o[col] < t)]
            col = {"date": "created", "modified": "modified", "id": "id"}[q.get("orderby", "date")]
            rows.sort(key=lambda o: (o[col], o["id"]), reverse=q.get("order", "desc") == "desc")
            return [self.order_json(o["id"]) for o in rows]

    # ---- notes ------------------------------------------------------------------------
    def _system_note(self, oid: int, text: str) -> None:
        self.add_note(oid, text, customer_note=False)

    def add_note(
        self, oid: int, text: str, *, customer_note: bool, author: str = "WooCommerce"
    ) -> dict[str, Any]:
        with self.lock:
            if not text:
                raise WooError(400, "rest_missing_callback_param", "Missing parameter(s): note")
            self._get(oid)
            note = {
                "id": next(self._ids),
                "author": author,
                "date_created": gmt(self.clock()),
                "date_created_gmt": gmt(self.clock()),
                "note": text,
                "customer_note": bool(customer_note),
            }
            self.notes[oid].append(note)
            return dict(note)

    def list_notes(self, oid: int, kind: str = "any") -> list[dict[str, Any]]:
        with self.lock:
            self._get(oid)
            notes = [
                n
                for n in self.notes[oid]
                if kind == "any" or n["customer_note"] == (kind == "customer")
            ]
            return [dict(n) for n in reversed(notes)]  # newest first, as Woo lists them

    # ---- refunds ----------------------------------------------------------------------
    def create_refund(self, oid: int, body: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            order = self._get(oid)
            amount = Decimal(str(body.get("amount", "0")))
            remaining = Decimal(self.order_json(oid)["total"]) - sum(
                (Decimal(r["amount"]) for r in self.refunds[oid]), Decimal(0)
            )
            if amount <= 0 or amount > remaining:
                raise WooError(
                    500, "woocommerce_rest_cannot_create_order_refund", "Invalid refund amount."
                )
            api_refund = body.get("api_refund", True)
            if api_refund and order["payment_method"] not in REFUND_GATEWAYS:
                raise WooError(
                    500,
                    "woocommerce_rest_cannot_create_order_refund",
                    "The payment gateway for this order does not support automatic refunds.",
                )
            refund = {
                "id": next(self._ids),
                "date_created": gmt(self.clock()),
                "date_created_gmt": gmt(self.clock()),
                "amount": self.money(amount),
                "reason": body.get("reason", ""),
                "refunded_by": 1,
                "refunded_payment": bool(api_refund),
                "meta_data": [{"id": next(self._ids), **m} for m in body.get("meta_data", [])],
                "line_items": body.get("line_items", []),
            }
            self.refunds[oid].append(refund)
            if body.get("api_restock", True):
                for li in body.get("line_items", []):
                    line = next((x for x in order["lines"] if x["id"] == li.get("id")), None)
                    if line and li.get("quantity"):
                        p = self.products.get(line["variation_id"] or line["product_id"])
                        if p and p["manage_stock"]:
                            p["stock_quantity"] += int(li["quantity"])
            self._system_note(oid, f"Refunded {refund['amount']}")
            if amount == remaining:
                self._transition(order, "refunded")
            order["modified"] = self.clock()
            return dict(refund)

    def list_refunds(self, oid: int) -> list[dict[str, Any]]:
        with self.lock:
            self._get(oid)
            return [copy.deepcopy(r) for r in reversed(self.refunds[oid])]
