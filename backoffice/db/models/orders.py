"""Orders, their lines and addresses (R1–R5, R13, R17–R19).

The order row also carries denormalised list fields (totals, payment status, item summary, flags,
search text) that `services.totals.refresh` recomputes in the same transaction as every change, so
the order list can sort and filter in SQL without joins.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from backoffice.db.base import Base, BigIntPK, MaskedText, free_text, utcnow

if TYPE_CHECKING:
    from backoffice.db.models.claims import Claim, OrderEdit
    from backoffice.db.models.fulfilment import Shipment
    from backoffice.db.models.money import Payment, PaymentRequest, Refund
    from backoffice.db.models.timeline import Memo, Message


class Shop(Base):
    """A web shop we sync with (R2 channel 'web shop (which one)')."""

    __tablename__ = "shops"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(30))  # woocommerce, shopify, cafe24 ...
    base_url: Mapped[str] = mapped_column(String(500), default="")
    api_key: Mapped[str] = mapped_column(
        String(200), default=""
    )  # public key; secret in keyring (R50)
    currency: Mapped[str] = mapped_column(String(3), default="KRW")
    is_default: Mapped[bool] = mapped_column(default=False)
    enabled: Mapped[bool] = mapped_column(default=True)
    # The WordPress site's title, read by "Test connection": the shop's name until Settings →
    # Shop details has one. Migration 0011.
    site_title: Mapped[str] = mapped_column(String(200), default="")
    # "" (header / OAuth 1.0a) or "query" (key in the query string, HTTPS only). Migration 0011.
    auth_mode: Mapped[str] = mapped_column(String(10), default="")


class CustomStatus(Base):
    """A shop-defined label inside a stage, with its colour (R13)."""

    __tablename__ = "custom_statuses"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    stage: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))
    colour: Mapped[str] = mapped_column(String(9))
    position: Mapped[int] = mapped_column(default=0)
    __table_args__ = (UniqueConstraint("stage", "name"),)


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    code: Mapped[str] = mapped_column(String(11), unique=True)  # R1, immutable
    shop_id: Mapped[int | None] = mapped_column(ForeignKey("shops.id", ondelete="SET NULL"))
    shop_order_number: Mapped[str | None] = mapped_column(String(64))
    shop_order_id: Mapped[str | None] = mapped_column(String(64))
    # The shop's own pay-for-order page (WooCommerce `payment_url`), "" for orders made here (R22).
    shop_payment_url: Mapped[str] = mapped_column(String(500), default="")
    channel: Mapped[str] = mapped_column(String(20))  # web, counter, phone, marketplace (R2)
    channel_detail: Mapped[str] = mapped_column(free_text(60), default="")  # "Naver Pay", shop name
    fulfilment: Mapped[str] = mapped_column(String(10), default="delivery")
    stage: Mapped[str] = mapped_column(String(20))
    stage_before_cancel: Mapped[str | None] = mapped_column(String(20))
    custom_status_id: Mapped[int | None] = mapped_column(
        ForeignKey("custom_statuses.id", ondelete="SET NULL")
    )
    cancel_reason: Mapped[str | None] = mapped_column(MaskedText(500))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"))
    is_member: Mapped[bool] = mapped_column(default=False)  # R3
    buyer_name: Mapped[str] = mapped_column(free_text(200), default="")
    buyer_phone: Mapped[str] = mapped_column(free_text(40), default="")
    buyer_email: Mapped[str] = mapped_column(free_text(200), default="")
    currency: Mapped[str] = mapped_column(String(3), default="KRW")
    payment_method: Mapped[str] = mapped_column(free_text(40), default="")
    # Amounts in minor units (R4). Discounts are positive numbers taken off.
    shipping_fee: Mapped[int] = mapped_column(BigInteger, default=0)
    grade_discount: Mapped[int] = mapped_column(BigInteger, default=0)
    coupon_discount: Mapped[int] = mapped_column(BigInteger, default=0)
    points_used: Mapped[int] = mapped_column(BigInteger, default=0)
    # From the web shop (migration 0007): the tax on shipping, the shop's rounding of the parts
    # it sends (services/orders/totals.py), and the coupon codes whose discounts sit in the lines.
    shipping_tax: Mapped[int] = mapped_column(BigInteger, default=0)
    # Line prices hold their tax (a web shop set to "prices entered with tax", as Korean shops
    # are): the lines' tax is part of their price, not added on top. Fees' tax is always added.
    prices_include_tax: Mapped[bool] = mapped_column(default=False)
    rounding: Mapped[int] = mapped_column(BigInteger, default=0)
    coupon_codes: Mapped[str] = mapped_column(free_text(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    paid_at: Mapped[datetime | None]
    deposit_deadline: Mapped[datetime | None]  # R10
    shipped_at: Mapped[datetime | None]
    delivered_at: Mapped[datetime | None]  # R8 clock
    completed_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]
    customer_note: Mapped[str] = mapped_column(MaskedText(), default="")
    edit_state: Mapped[str | None] = mapped_column(String(30))  # R18, mirrors the open edit
    unread: Mapped[bool] = mapped_column(default=True)  # R37: new orders stand out until opened
    # Denormalised for the list (refreshed by services.totals in the same transaction).
    items_total: Mapped[int] = mapped_column(BigInteger, default=0)
    manual_discount: Mapped[int] = mapped_column(BigInteger, default=0)
    fees_total: Mapped[int] = mapped_column(BigInteger, default=0)  # fee lines, signed
    tax_total: Mapped[int] = mapped_column(BigInteger, default=0)  # lines, fees and shipping
    total: Mapped[int] = mapped_column(BigInteger, default=0)
    amount_due: Mapped[int] = mapped_column(BigInteger, default=0)
    paid: Mapped[int] = mapped_column(BigInteger, default=0)
    refunded: Mapped[int] = mapped_column(BigInteger, default=0)
    balance: Mapped[int] = mapped_column(BigInteger, default=0)
    payment_status: Mapped[str] = mapped_column(String(20), default="unpaid")
    item_count: Mapped[int] = mapped_column(default=0)
    items_summary: Mapped[str] = mapped_column(String(300), default="")
    recipient_name: Mapped[str] = mapped_column(free_text(200), default="")
    recipient_phone: Mapped[str] = mapped_column(free_text(40), default="")
    carrier: Mapped[str] = mapped_column(String(60), default="")
    tracking_numbers: Mapped[str] = mapped_column(String(300), default="")
    partially_shipped: Mapped[bool] = mapped_column(default=False)  # R21
    has_memo: Mapped[bool] = mapped_column(default=False)
    has_open_claim: Mapped[bool] = mapped_column(default=False)
    cancel_requested: Mapped[bool] = mapped_column(default=False)  # R12 tab
    search_text: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(default=1)

    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.position"
    )
    addresses: Mapped[list[OrderAddress]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderAddress.slot"
    )
    shipments: Mapped[list[Shipment]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="Shipment.number"
    )
    payments: Mapped[list[Payment]] = relationship(
        cascade="all, delete-orphan", order_by="Payment.id"
    )
    payment_requests: Mapped[list[PaymentRequest]] = relationship(
        cascade="all, delete-orphan", order_by="PaymentRequest.id"
    )
    refunds: Mapped[list[Refund]] = relationship(cascade="all, delete-orphan", order_by="Refund.id")
    claims: Mapped[list[Claim]] = relationship(cascade="all, delete-orphan", order_by="Claim.id")
    edits: Mapped[list[OrderEdit]] = relationship(
        cascade="all, delete-orphan", order_by="OrderEdit.id"
    )
    memos: Mapped[list[Memo]] = relationship(cascade="all, delete-orphan", order_by="Memo.id")
    messages: Mapped[list[Message]] = relationship(
        cascade="all, delete-orphan", order_by="Message.id"
    )
    custom_status: Mapped[CustomStatus | None] = relationship()
    shop: Mapped[Shop | None] = relationship()

    __mapper_args__ = {"version_id_col": version}  # optimistic locking (STYLE 13)
    __table_args__ = (
        Index("ix_orders_created", "created_at", "id"),
        Index("ix_orders_stage_created", "stage", "created_at", "id"),
        Index("ix_orders_shop_number", "shop_order_number"),
        Index("ix_orders_shop_remote", "shop_id", "shop_order_id"),
        Index("ix_orders_buyer_phone", "buyer_phone"),
        Index("ix_orders_deposit_deadline", "deposit_deadline"),
        Index("ix_orders_delivered_at", "delivered_at"),
        Index(  # the few orders waiting with a cancel request (the list's tab, migration 0006)
            "ix_orders_cancel_requested",
            "created_at",
            "id",
            sqlite_where=text("cancel_requested = 1"),
            postgresql_where=text("cancel_requested"),
        ),
    )


class OrderLine(Base):
    """One line: a catalogue variant or a free / negative / surcharge line (R17), or a web shop's
    fee (kind `fee`, signed: gift wrap, a remote-area surcharge, a discount made as a fee)."""

    __tablename__ = "order_lines"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(12), default="item")  # item, free, negative, surcharge
    variant_id: Mapped[int | None] = mapped_column(ForeignKey("variants.id", ondelete="SET NULL"))
    sku: Mapped[str] = mapped_column(String(64), default="")
    name: Mapped[str] = mapped_column(MaskedText(300))
    options: Mapped[str] = mapped_column(MaskedText(300), default="")
    quantity: Mapped[int] = mapped_column(default=1)
    unit_price: Mapped[int] = mapped_column(BigInteger)  # negative for refund lines
    discount_amount: Mapped[int] = mapped_column(BigInteger, default=0)  # manual, per line total
    discount_percent: Mapped[int] = mapped_column(default=0)
    cancelled_quantity: Mapped[int] = mapped_column(default=0)  # R26
    returned_quantity: Mapped[int] = mapped_column(default=0)
    replaces_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("order_lines.id", ondelete="SET NULL")
    )  # exchange replacement (R26)
    shop_line_id: Mapped[str | None] = mapped_column(String(64))
    # The line's tax for its whole quantity (web shops that charge tax apart; 0 otherwise).
    tax_amount: Mapped[int] = mapped_column(BigInteger, default=0)
    added_in_edit: Mapped[bool] = mapped_column(default=False)
    order: Mapped[Order] = relationship(back_populates="lines")

    @property
    def active_quantity(self) -> int:
        """Quantity still sold: ordered minus cancelled minus returned."""
        return self.quantity - self.cancelled_quantity - self.returned_quantity


class OrderAddress(Base):
    """One of up to five shipping addresses of an order (R5)."""

    __tablename__ = "order_addresses"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    slot: Mapped[int] = mapped_column()  # 1..5
    name: Mapped[str] = mapped_column(MaskedText(200))
    phone: Mapped[str] = mapped_column(free_text(40), default="")
    postcode: Mapped[str] = mapped_column(free_text(20), default="")
    address1: Mapped[str] = mapped_column(MaskedText(300), default="")
    address2: Mapped[str] = mapped_column(MaskedText(300), default="")
    memo: Mapped[str] = mapped_column(MaskedText(300), default="")
    order: Mapped[Order] = relationship(back_populates="addresses")
    __table_args__ = (UniqueConstraint("order_id", "slot"),)
