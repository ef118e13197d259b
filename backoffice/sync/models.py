"""The plain data a shop connector takes and returns (R42, R44).

Frozen dataclasses only: no ORM objects, no Qt, no HTTP. Money is integer minor units of
`currency` (R4); datetimes are timezone-aware UTC. Stages are the local stage names
(`backoffice.domain.stages.Stage` values) as plain strings so this module has no other import.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any


class PushKind(StrEnum):
    """What an outbox entry asks the shop to do (R44). The payload shape is documented per kind."""

    # {"stage": str, "notify_customer": bool, "note": str, "reason": str?}
    STAGE = "stage"
    # {"carrier": str, "tracking_number": str, "notify_customer": bool = True, "note": str?}
    TRACKING = "tracking"
    # {"amount": int, "currency": str, "reason": str, "api_refund": bool?, "payment_method": str?,
    #  "line_items": [{"remote_line_id": int, "quantity": int, "amount": int}]}
    REFUND = "refund"
    # {"sku": str, "quantity": int}
    STOCK = "stock"
    # {"text": str}  (a memo meant for the customer: a customer note in the shop)
    CUSTOMER_MESSAGE = "customer_message"
    # {"to": str, "to_name": str, "subject": str, "body": str, ...}  (R47: e-mailed by SMTP)
    NOTIFY_EMAIL = "notify_email"
    NOTIFY_SMS = "notify_sms"
    # {"reason": str}  (R12: staff reject a customer's cancel request; the reason is sent)
    REJECT_CANCEL_REQUEST = "reject_cancel_request"
    # see `NewOrder.to_payload`
    CREATE_ORDER = "create_order"
    # {"url": str, "secret_name": str, "event": dict}  (R46, handled by webhooks.WebhookTarget)
    WEBHOOK = "webhook"
    # R22: {"action": "create", "amount": int, "currency": str, "token": str, "code": str,
    #       "number": str, "billing": {...}, "title": str}  → a pending order to pay, its page back
    #      {"action": "cancel", "payment_order_id": int}  → the request was withdrawn
    PAYMENT_ORDER = "payment_order"


@dataclass(frozen=True)
class OutboxMessage:
    """One entry of the outbox as the relay hands it to a connector.

    `idempotency_key` is made with the entry (in the same transaction as the change) and never
    changes across retries; connectors write it into the remote record (R42).
    `created_at` bounds the search for an order created by this entry (`find_applied`).
    """

    kind: PushKind
    payload: Mapping[str, Any]
    idempotency_key: str
    remote_order_id: int | None = None
    local_code: str | None = None
    created_at: datetime | None = None


@dataclass(frozen=True)
class PushResult:
    """What the shop now holds for an entry. Always truthy, so `if find_applied(...)` reads well."""

    idempotency_key: str
    remote_order_id: int | None = None
    remote_id: int | None = None  # the note, refund or product the push created or changed
    already_applied: bool = False  # True when found in the shop instead of written now
    link: str = ""  # PAYMENT_ORDER: the new order's pay-for-order page


@dataclass(frozen=True)
class Address:
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    address_1: str = ""
    address_2: str = ""
    city: str = ""
    state: str = ""
    postcode: str = ""
    country: str = ""
    phone: str = ""
    email: str = ""

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


@dataclass(frozen=True)
class RemoteLine:
    remote_line_id: int
    sku: str
    name: str
    quantity: int
    unit_price: int  # before discounts, minor units
    subtotal: int  # unit_price * quantity as the shop computed it (before discounts)
    total: int  # after discounts, before tax
    tax: int
    product_id: int
    variation_id: int | None
    options: str = ""
    subtotal_tax: int = 0  # the tax of `subtotal` (before discounts)  # a variation's attributes as the shop shows them ("색상: 블랙, 사이즈: M")


def unit_price_for(subtotal: int, total: int, quantity: int) -> int:
    """One unit's price such that quantity x price - discount gives the line total exactly.

    A shop's line amount over its quantity is rarely whole (10,000 over 3): rounding it would
    lose or invent money. The unit price is rounded up instead and the difference stays in the
    line's discount, which is never negative."""
    if quantity <= 0:
        return 0
    return -(-max(subtotal, total) // quantity)


@dataclass(frozen=True)
class RemoteFee:
    """A fee line: gift wrap, a remote-area surcharge (positive) or a discount (negative)."""

    remote_fee_id: int
    name: str
    total: int  # signed, before tax
    tax: int


@dataclass(frozen=True)
class RemoteShipping:
    remote_shipping_id: int
    method: str
    total: int  # before tax
    tax: int


@dataclass(frozen=True)
class RemoteCoupon:
    code: str
    discount: int  # what the coupon took off the lines, before tax
    discount_tax: int


@dataclass(frozen=True)
class RemoteRefund:
    remote_refund_id: int
    amount: int  # positive minor units
    reason: str
    idempotency_key: str | None = None  # set when the refund is one we pushed (R42)


@dataclass(frozen=True)
class Breakdown:
    """How a shop order's total is made, each part in minor units (R4, R19, R24).

    items + fees + shipping + tax - discounts + rounding == total, exactly. `rounding` is the
    shop's own rounding of parts it keeps with more decimals than it sends (a few minor units at
    most; larger gaps are refused, see woocommerce/totals.py).
    """

    items: int  # line subtotals, before discounts and tax
    discounts: int  # taken off the lines (coupons and line discounts), positive
    fees: int  # signed
    shipping: int
    tax: int  # lines, fees and shipping
    rounding: int
    total: int
    refunded: int = 0


@dataclass(frozen=True)
class RemoteNote:
    """An order note. `from_customer` marks a message the customer wrote (see mapping.py)."""

    remote_note_id: int
    remote_order_id: int
    author: str
    created_gmt: datetime
    text: str  # our idempotency marker removed
    customer_note: bool  # visible to (sent to) the customer
    idempotency_key: str | None  # set when we wrote this note
    from_customer: bool


@dataclass(frozen=True)
class RemoteOrder:
    remote_id: int
    number: str
    status: str  # the shop's own status, e.g. "on-hold"
    stage: str  # mapped local stage (R6), see woocommerce/status.py
    payment_failed: bool
    created_gmt: datetime
    modified_gmt: datetime
    currency: str
    total: int
    shipping_total: int
    discount_total: int
    tax_total: int
    billing: Address
    shipping: Address
    phone: str
    email: str
    customer_id: int | None  # None: a guest (R3)
    payment_method: str
    payment_method_title: str
    transaction_id: str
    date_paid: datetime | None
    lines: tuple[RemoteLine, ...]
    customer_note: str  # the note the customer typed at checkout
    meta: Mapping[str, Any]
    refunds: tuple[RemoteRefund, ...]
    fees: tuple[RemoteFee, ...] = ()
    shipping_lines: tuple[RemoteShipping, ...] = ()
    coupons: tuple[RemoteCoupon, ...] = ()
    shipping_tax: int = 0
    prices_include_tax: bool = False
    payment_url: str = ""  # the shop's pay-for-order page for this order (R22)
    rounding: int = 0  # see Breakdown
    # Our own markers read back (they tell the apply step which changes are echoes of ours).
    local_code: str | None = None
    backoffice_stage: str | None = None
    applied_keys: tuple[str, ...] = ()
    # R12: a customer's request to cancel an order already being prepared.
    cancel_requested: bool = False
    cancel_request_reason: str = ""
    # R22: set on a pending order we made only to take a payment request's money: the original's
    # shop order id and the request's token (it is not imported as an order).
    payment_for: str = ""
    payment_token: str = ""
    # A digest of everything the shop sent; equal fingerprints mean nothing changed.
    fingerprint: str = ""
    raw: str = ""  # the JSON as the shop sent it, kept if the order has to be parked

    @property
    def is_guest(self) -> bool:
        return self.customer_id is None

    @property
    def is_paid(self) -> bool:
        return self.date_paid is not None

    @property
    def refunded_total(self) -> int:
        return sum(r.amount for r in self.refunds)

    @property
    def breakdown(self) -> Breakdown:
        items = sum(ln.subtotal for ln in self.lines)
        return Breakdown(
            items=items,
            discounts=items - sum(ln.total for ln in self.lines),
            fees=sum(f.total for f in self.fees),
            shipping=self.shipping_total,
            tax=(
                sum(ln.tax for ln in self.lines) + sum(f.tax for f in self.fees) + self.shipping_tax
            ),
            rounding=self.rounding,
            total=self.total,
            refunded=self.refunded_total,
        )


@dataclass(frozen=True)
class RejectedOrder:
    """A shop order that could not be read (R42): parked with its reason and the JSON as sent,
    so one bad order never stops the rest of the intake."""

    remote_id: int | None
    number: str
    reason: str
    raw: str  # the order's JSON as the shop sent it (truncated to a sane size)
    modified_gmt: datetime | None = None


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class PullCursor:
    """Where an incremental pull stands; store it with the orders it was returned with.

    `watermark`: the latest `date_modified_gmt` handed back. `seen`: (id, modified epoch second,
    content fingerprint) of orders handed back inside the overlap window, so the re-read window
    drops them. The fingerprint matters: date_modified has one-second resolution, so an order
    changed twice in one second keeps its date_modified; its content tells the two apart.
    `query_after`/`page`/`pass_new`/`passes`: offset paging state, used only when more orders share
    the overlap window than fit on one page (see woocommerce/pull.py).
    """

    watermark: datetime | None = None
    seen: frozenset[tuple[int, int, str]] = frozenset()
    query_after: datetime | None = None
    page: int = 1
    pass_new: int = 0
    passes: int = 0

    def to_json(self) -> str:
        def ts(d: datetime | None) -> int | None:
            return None if d is None else int(d.timestamp())

        return json.dumps(
            {
                "v": 1,
                "watermark": ts(self.watermark),
                "seen": sorted([list(p) for p in self.seen]),
                "query_after": ts(self.query_after),
                "page": self.page,
                "pass_new": self.pass_new,
                "passes": self.passes,
            },
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str | None) -> PullCursor:
        if not text:
            return cls()
        data = json.loads(text)

        def dt(v: int | None) -> datetime | None:
            return None if v is None else datetime.fromtimestamp(int(v), UTC)

        return cls(
            watermark=dt(data.get("watermark")),
            seen=frozenset((int(a), int(b), str(c)) for a, b, c in data.get("seen", [])),
            query_after=dt(data.get("query_after")),
            page=int(data.get("page", 1)),
            pass_new=int(data.get("pass_new", 0)),
            passes=int(data.get("passes", 0)),
        )


@dataclass(frozen=True)
class PullPage:
    """One page of changed orders. Apply `orders`, then store `cursor` in the same transaction."""

    orders: tuple[RemoteOrder, ...]
    cursor: PullCursor
    done: bool
    total: int | None = None  # X-WP-Total of the query, for progress
    duplicates_dropped: int = 0
    rejected: tuple[RejectedOrder, ...] = ()  # orders of this page that could not be read


@dataclass(frozen=True)
class NewLine:
    sku: str
    quantity: int
    unit_price: int
    name: str = ""
    product_id: int | None = None
    variation_id: int | None = None


@dataclass(frozen=True)
class NewOrder:
    """A counter or phone order created in the back office (R30), to be created in the shop."""

    order_code: str
    currency: str
    stage: str
    paid: bool
    lines: tuple[NewLine, ...]
    billing: Address = field(default_factory=Address)
    shipping: Address = field(default_factory=Address)
    customer_id: int | None = None
    shipping_total: int = 0
    discount_total: int = 0
    payment_method: str = "counter"
    payment_method_title: str = "Counter"
    transaction_id: str = ""
    customer_note: str = ""

    def to_payload(self) -> dict[str, Any]:
        """The JSON-safe payload of a CREATE_ORDER outbox entry."""
        from dataclasses import asdict

        return asdict(self)

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> NewOrder:
        data = dict(payload)
        data["lines"] = tuple(NewLine(**ln) for ln in data.get("lines", ()))
        data["billing"] = Address(**data.get("billing", {}))
        data["shipping"] = Address(**data.get("shipping", {}))
        return cls(**data)
