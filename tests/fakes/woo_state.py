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
import html
import itertools
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
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
    # Tax as WooCommerce's settings: one standard rate (percent); prices entered with or without.
    tax_rate: Decimal = Decimal(0)
    prices_include_tax: bool = False
    shipping_taxable: bool = True
    # Coupons by code: ("percent" | "fixed_cart", amount as the shop's decimal string).
    coupons: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Test hooks: an order's JSON changed on its way out (a plugin's mess), by order id.
    mangle: dict[int, Any] = field(default_factory=dict)
    # The site's address, for each order's pay-for-order page (WC_Order::get_checkout_payment_url).
    site: str = "https://shop.example"

    def __post_init__(self) -> None:
        self._ids = itertools.count(100)

    def money(self, value: Decimal) -> str:
        # PHP's round(): half away from zero.
        step = Decimal(1).scaleb(-self.decimals)
        return f"{Decimal(value).quantize(step, rounding=ROUND_HALF_UP):f}"

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
            include = bool(body.get("prices_include_tax", self.prices_include_tax))
            self._apply_coupons(lines, body.get("coupon_lines", []))
            coupons = [
                {"id": next(self._ids), "code": c["code"], "discount": c["discount"]}
                for c in self._coupon_totals(lines, body.get("coupon_lines", []))
            ]
            for line in lines:
                self._tax_line(line, include)
            fees = [
                {
                    "id": next(self._ids),
                    "name": f.get("name", ""),
                    "total": Decimal(str(f.get("total", "0"))),
                    "tax": (
                        Decimal(str(f.get("total", "0"))) * self.tax_rate / 100
                        if f.get("tax_status", "taxable") == "taxable"
                        else Decimal(0)
                    ),
                }
                for f in body.get("fee_lines", [])
            ]
            ships = [
                {
                    "id": next(self._ids),
                    "method_id": s.get("method_id", "flat_rate"),
                    "method_title": s.get("method_title", "Flat rate"),
                    "total": Decimal(str(s.get("total", "0"))),
                    "tax": (
                        Decimal(str(s.get("total", "0"))) * self.tax_rate / 100
                        if self.shipping_taxable
                        else Decimal(0)
                    ),
                }
                for s in body.get("shipping_lines", [])
            ]
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
                "fees": fees,
                "ships": ships,
                "coupons": coupons,
                "prices_include_tax": include,
                "stock_reduced": False,
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
            "subtotal": subtotal,  # as entered: with tax when prices include it (see _tax_line)
            "total": Decimal(li["total"]) if "total" in li else subtotal,
            "subtotal_tax": Decimal(0),
            "total_tax": Decimal(0),
            "meta": [{"id": next(self._ids), **m} for m in li.get("meta_data", []) if "key" in m],
        }

    # ---- money as WooCommerce computes it (WC_Discounts, WC_Tax, calculate_totals) -------
    def _minor(self) -> Decimal:
        return Decimal(1).scaleb(-self.decimals)

    def _apply_coupons(self, lines: list[dict[str, Any]], coupon_lines: list[Any]) -> None:
        """Coupons work in minor units: each line's share is floored, then the remainder goes
        one minor unit at a time to the lines in order (WC_Discounts)."""
        for c in coupon_lines:
            kind, amount = self.coupons[c["code"]]
            unit = self._minor()
            left = [(li["total"] / unit).to_integral_value(rounding="ROUND_FLOOR") for li in lines]
            base = sum(left, Decimal(0))
            if not base:
                continue
            if kind == "percent":
                wanted = (base * Decimal(amount) / 100).to_integral_value(rounding="ROUND_HALF_UP")
                shares = [
                    (x * Decimal(amount) / 100).to_integral_value(rounding="ROUND_FLOOR")
                    for x in left
                ]
            else:
                wanted = min(Decimal(amount) / unit, base)
                shares = [(wanted * x / base).to_integral_value("ROUND_FLOOR") for x in left]
            rest = wanted - sum(shares, Decimal(0))
            i = 0
            while rest > 0 and any(s < x for s, x in zip(shares, left, strict=True)):
                if shares[i % len(lines)] < left[i % len(lines)]:
                    shares[i % len(lines)] += 1
                    rest -= 1
                i += 1
            for li, share in zip(lines, shares, strict=True):
                li["total"] -= share * unit
                li.setdefault("coupon_shares", {})[c["code"]] = share * unit

    def _coupon_totals(self, lines: list[dict[str, Any]], coupon_lines: list[Any]) -> list[Any]:
        return [
            {
                "code": c["code"],
                "discount": sum(
                    (li.get("coupon_shares", {}).get(c["code"], Decimal(0)) for li in lines),
                    Decimal(0),
                ),
            }
            for c in coupon_lines
        ]

    def _tax_line(self, line: dict[str, Any], include: bool) -> None:
        """Taxes kept unrounded, as WooCommerce keeps them until it rounds the order total."""
        rate = self.tax_rate / 100
        if include:  # the entered amounts hold the tax: take it out
            for key, tax_key in (("subtotal", "subtotal_tax"), ("total", "total_tax")):
                tax = line[key] * rate / (1 + rate)
                line[key] -= tax
                line[tax_key] = tax
            for code, share in list(line.get("coupon_shares", {}).items()):
                line["coupon_shares"][code] = share / (1 + rate)
        else:
            line["subtotal_tax"] = line["subtotal"] * rate
            line["total_tax"] = line["total"] * rate

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

    def customer_pays(self, oid: int, method: str = "kakaopay", title: str = "카카오페이") -> None:
        """The customer pays on the order's payment page: the gateway completes the payment."""
        with self.lock:
            order = self._get(oid)
            order["payment_method"], order["payment_method_title"] = method, title
            order["transaction_id"] = f"T{oid}{self.clock()}"
            self._payment_complete(order)
            order["modified"] = self.clock()

    def touch(self, oid: int) -> None:
        """An edit in the shop's admin that changes nothing we read but date_modified."""
        with self.lock:
            self._get(oid)["modified"] = self.clock()

    def add_raw(self, data: dict[str, Any]) -> int:
        """An order exactly as written (a corpus case from the REST API documentation): served
        as it is, with an id and dates from the shop's clock when it has none."""
        with self.lock:
            raw = copy.deepcopy(data)
            oid = int(raw.get("id") or next(self._ids))
            now = self.clock()
            raw["id"] = oid
            raw.setdefault("number", str(oid))
            for key in ("date_created_gmt", "date_modified_gmt"):
                raw.setdefault(key, gmt(now))
            self.orders[oid] = {
                "id": oid,
                "raw": raw,
                "status": raw.get("status", "processing"),
                "created": parse_date(raw["date_created_gmt"]),
                "modified": parse_date(raw["date_modified_gmt"]),
                "meta": raw.get("meta_data", []),
                "lines": [],
                "stock_reduced": True,
                "date_paid": parse_date(raw["date_paid_gmt"]) if raw.get("date_paid_gmt") else None,
                "date_completed": None,
                "payment_method": raw.get("payment_method", ""),
            }
            self.notes[oid] = []
            self.refunds[oid] = [
                {
                    "id": r["id"],
                    "reason": r.get("reason", ""),
                    "amount": str(r["total"]).lstrip("-"),
                    "meta_data": [],
                }
                for r in raw.get("refunds", [])
            ]
            return oid

    def order_json(self, oid: int) -> dict[str, Any]:
        o = self.orders[oid]
        if "raw" in o:
            data = copy.deepcopy(o["raw"])
            data["status"], data["meta_data"] = o["status"], copy.deepcopy(o["meta"])
            data["date_modified_gmt"] = gmt(o["modified"])
            hook = self.mangle.get(oid)
            return hook(data) if hook is not None else data
        m, zero = self.money, Decimal(0)
        lines, fees, ships = o["lines"], o["fees"], o["ships"]
        line_total = sum((li["total"] for li in lines), zero)
        line_tax = sum((li["total_tax"] for li in lines), zero)
        fee_total = sum((f["total"] for f in fees), zero)
        fee_tax = sum((f["tax"] for f in fees), zero)
        ship_total = sum((s["total"] for s in ships), zero)
        ship_tax = sum((s["tax"] for s in ships), zero)
        discount = sum((li["subtotal"] - li["total"] for li in lines), zero)
        discount_tax = sum((li["subtotal_tax"] - li["total_tax"] for li in lines), zero)
        # calculate_totals: one rounding, of the sum of the unrounded parts.
        total = line_total + line_tax + fee_total + fee_tax + ship_total + ship_tax
        data = {
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
            "discount_total": m(discount),
            "discount_tax": m(discount_tax),
            "shipping_total": m(ship_total),
            "shipping_tax": m(ship_tax),
            "cart_tax": m(line_tax + fee_tax),
            "total": m(total),
            "total_tax": m(line_tax + fee_tax + ship_tax),
            "prices_include_tax": o["prices_include_tax"],
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
            # As WC_REST_Orders_V2_Controller adds them: the checkout's order-pay endpoint with
            # the order key, and whether the order still waits for its money.
            "payment_url": (
                f"{self.site}/checkout/order-pay/{oid}/?pay_for_order=true&key=wc_order_{oid}"
            ),
            "needs_payment": o["status"] in ("pending", "failed") and total > 0,
            "meta_data": copy.deepcopy(o["meta"]),
            "line_items": [
                {
                    "id": li["id"],
                    # WordPress keeps titles HTML-escaped; the API sends them as kept.
                    "name": html.escape(li["name"], quote=False),
                    "product_id": li["product_id"],
                    "variation_id": li["variation_id"],
                    "quantity": li["quantity"],
                    "tax_class": "",
                    "subtotal": m(li["subtotal"]),
                    "subtotal_tax": m(li["subtotal_tax"]),
                    "total": m(li["total"]),
                    "total_tax": m(li["total_tax"]),
                    "taxes": (
                        [{"id": 1, "total": m(li["total_tax"]), "subtotal": m(li["subtotal_tax"])}]
                        if self.tax_rate
                        else []
                    ),
                    "meta_data": copy.deepcopy(li["meta"]),
                    "sku": li["sku"],
                    # PHP float, as Woo sends it: subtotal / quantity, unrounded.
                    "price": float(li["subtotal"] / li["quantity"]) if li["quantity"] else 0,
                }
                for li in lines
            ],
            "tax_lines": (
                [
                    {
                        "id": 1,
                        "rate_code": "KR-VAT-1",
                        "rate_id": 1,
                        "label": "VAT",
                        "compound": False,
                        "tax_total": m(line_tax + fee_tax),
                        "shipping_tax_total": m(ship_tax),
                        "meta_data": [],
                    }
                ]
                if self.tax_rate
                else []
            ),
            "shipping_lines": [
                {
                    "id": s["id"],
                    "method_title": html.escape(s["method_title"], quote=False),
                    "method_id": s["method_id"],
                    "total": m(s["total"]),
                    "total_tax": m(s["tax"]),
                    "taxes": [],
                    "meta_data": [],
                }
                for s in ships
            ],
            "fee_lines": [
                {
                    "id": f["id"],
                    "name": html.escape(f["name"], quote=False),
                    "tax_class": "",
                    "tax_status": "taxable" if f["tax"] else "none",
                    "total": m(f["total"]),
                    "total_tax": m(f["tax"]),
                    "taxes": [],
                    "meta_data": [],
                }
                for f in fees
            ],
            "coupon_lines": [
                {
                    "id": c["id"],
                    "code": c["code"],
                    "discount": m(c["discount"]),
                    "discount_tax": m(Decimal(0)),
                    "meta_data": [],
                }
                for c in o["coupons"]
            ],
            "refunds": [
                {"id": r["id"], "reason": r["reason"], "total": "-" + r["amount"]}
                for r in self.refunds[oid]
            ],
        }
        hook = self.mangle.get(oid)
        return hook(data) if hook is not None else data

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
