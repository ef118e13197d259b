"""Payments, payment requests and refunds (R22–R25)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.db.base import Base, BigIntPK, MaskedText, free_text, utcnow


class Payment(Base):
    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    method: Mapped[str] = mapped_column(free_text(30))  # card, bank_transfer, cash, naver_pay, ...
    amount: Mapped[int] = mapped_column(BigInteger)
    paid_at: Mapped[datetime] = mapped_column(default=utcnow)
    pg_transaction: Mapped[str] = mapped_column(MaskedText(100), default="")
    card_issuer: Mapped[str] = mapped_column(String(60), default="")
    card_masked: Mapped[str] = mapped_column(
        String(25), default=""
    )  # first 6 / last 4 at most (R24)
    installment_months: Mapped[int] = mapped_column(default=0)
    # Cash at the counter (issue 13): what the customer handed over (0: not counted), and the
    # 현금영수증 issued: "income" (소득공제) or "expense" (지출증빙) with its phone/business number.
    tendered: Mapped[int] = mapped_column(BigInteger, default=0)
    cash_receipt_kind: Mapped[str] = mapped_column(String(10), default="")
    cash_receipt_number: Mapped[str] = mapped_column(String(20), default="")
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("payment_requests.id", ondelete="SET NULL")
    )


class PaymentRequest(Base):
    """An amount asked of the customer with a link (R22): requested -> paid | withdrawn."""

    __tablename__ = "payment_requests"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    amount: Mapped[int] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(12), default="requested")
    token: Mapped[str] = mapped_column(String(40), unique=True)
    link: Mapped[str] = mapped_column(String(300))
    note: Mapped[str] = mapped_column(MaskedText(300), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    # The pending web shop order made for this request (an amount the shop's own order does not
    # ask for); its pay-for-order page becomes `link` once the relay has made it. Migration 0010.
    shop_order_id: Mapped[str | None] = mapped_column(String(64))


class Refund(Base):
    """Money given back (R25). `amount` is the cash refunded: items + shipping - deduction."""

    __tablename__ = "refunds"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id", ondelete="SET NULL"))
    method: Mapped[str] = mapped_column(String(30), default="")
    items_amount: Mapped[int] = mapped_column(BigInteger, default=0)
    shipping_amount: Mapped[int] = mapped_column(BigInteger, default=0)
    deduction_amount: Mapped[int] = mapped_column(BigInteger, default=0)  # coupon clawed back
    points_returned: Mapped[int] = mapped_column(BigInteger, default=0)  # to the member's points
    amount: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(MaskedText(300), default="")
    # The web shop's refund this row is (pulled from the shop, or pushed and confirmed): a refund
    # is never counted twice (R42). Migration 0007.
    shop_refund_id: Mapped[str | None] = mapped_column(String(64))
    # The part of `amount` that no claim and no owed refund stands for (a goodwill refund, or
    # one made in the web shop): it lowers what the order costs, so it is not shown as owed
    # again (R25). Migration 0007.
    goodwill_amount: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
