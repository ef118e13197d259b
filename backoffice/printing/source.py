"""What every printed document is made from: plain, frozen snapshots of a shop and an order.

Services fill these from the database (the printing layer imports neither `db` nor `services`), so a
job can be rendered once, on any thread, and re-rendered identically from the same snapshot (R41).
Money is integer minor units of `PrintOrder.currency` (R4).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from backoffice.domain import vat

Language = Literal["ko", "en"]


@dataclass(frozen=True)
class ShopInfo:
    name: str
    address: str = ""
    phone: str = ""
    business_number: str = ""  # 사업자등록번호, printed on Korean receipts
    footer: str = ""  # free text at the bottom of receipts ("교환/환불은 7일 이내")


@dataclass(frozen=True)
class PrintLine:
    sku: str
    name: str
    quantity: int
    unit_price: int
    total: int  # what the line costs after its own discount
    options: str = ""  # "색상: 검정 / 사이즈: M"
    discount: int = 0


@dataclass(frozen=True)
class Discounts:
    """Order-level discounts, each a positive amount taken off."""

    grade: int = 0
    coupon: int = 0
    points: int = 0
    manual: int = 0

    @property
    def total(self) -> int:
        return self.grade + self.coupon + self.points + self.manual


@dataclass(frozen=True)
class PrintPayment:
    method: str  # "card", "cash", "transfer", … (shown through the catalogue when known)
    amount: int
    paid_at: datetime | None = None
    card_issuer: str = ""
    card_masked: str = ""  # "1234-56**-****-7890"
    installment_months: int = 0  # 0 = 일시불 (paid in full)
    pg_tx: str = ""
    tendered: int = 0  # cash handed over (0: not counted); the receipt prints it and the change
    cash_receipt_kind: str = ""  # 현금영수증: "income" (소득공제) or "expense" (지출증빙)
    cash_receipt_number: str = ""  # digits; printed masked


@dataclass(frozen=True)
class ShipmentLine:
    name: str
    quantity: int


@dataclass(frozen=True)
class PrintShipment:
    number: str  # shipment number within the order ("1", "2", …)
    recipient_name: str
    phone: str = ""
    postcode: str = ""
    address1: str = ""
    address2: str = ""
    delivery_memo: str = ""
    carrier: str = ""
    tracking_number: str = ""
    lines: tuple[ShipmentLine, ...] = ()
    pickup: bool = False  # picked up at the counter rather than shipped


@dataclass(frozen=True)
class PrintOrder:
    code: str  # the order code printed as text, barcode and QR (R38)
    created_at: datetime  # aware
    currency: str = "KRW"
    shop_order_number: str = ""  # the web shop's own number, if any
    channel: str = ""  # "counter", "woocommerce", …
    buyer_name: str = ""
    buyer_phone: str = ""
    lines: tuple[PrintLine, ...] = ()
    shipping_fee: int = 0
    discounts: Discounts = field(default_factory=Discounts)
    total: int = 0
    paid: int = 0
    refunded: int = 0
    balance: int = 0
    payments: tuple[PrintPayment, ...] = ()
    shipments: tuple[PrintShipment, ...] = ()
    language: Language = "ko"
    memo: str = ""
    tax: int = 0  # the tax a web shop reported for the order (0: none reported)

    @property
    def vat_split(self) -> tuple[int, int] | None:
        """(공급가액, 부가세) of the total, as printed; None when no split applies."""
        return vat.split(self.total, self.currency, self.tax)

    def __post_init__(self) -> None:
        if self.created_at.tzinfo is None:
            raise ValueError("PrintOrder.created_at must be timezone-aware")

    @property
    def subtotal(self) -> int:
        return sum(line.total for line in self.lines)
