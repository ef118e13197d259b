"""Claims on quantities of lines (R26–R27) and order edits with customer confirmation (R18)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from backoffice.db.base import Base, BigIntPK, MaskedText, utcnow

if TYPE_CHECKING:
    from backoffice.db.models.orders import OrderLine


class Claim(Base):
    """cancel / return / exchange: requested -> approved | rejected -> completed."""

    __tablename__ = "claims"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    state: Mapped[str] = mapped_column(String(10), default="requested")
    requested_by: Mapped[str] = mapped_column(String(10), default="staff")  # staff | customer
    whole_order: Mapped[bool] = mapped_column(default=False)  # a customer's cancel request (R12)
    reason: Mapped[str] = mapped_column(MaskedText(500))
    reject_reason: Mapped[str] = mapped_column(MaskedText(500), default="")
    pickup_name: Mapped[str] = mapped_column(String(200), default="")
    pickup_phone: Mapped[str] = mapped_column(String(40), default="")
    pickup_address: Mapped[str] = mapped_column(MaskedText(500), default="")
    pickup_carrier: Mapped[str] = mapped_column(String(60), default="")
    pickup_tracking: Mapped[str] = mapped_column(String(60), default="")
    damaged: Mapped[bool] = mapped_column(default=False)  # R15: damaged returns are not restocked
    refund_amount: Mapped[int] = mapped_column(BigInteger, default=0)  # value of the quantities
    replacement_shipment_id: Mapped[int | None] = mapped_column(
        ForeignKey("shipments.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    items: Mapped[list[ClaimLine]] = relationship(
        cascade="all, delete-orphan", order_by="ClaimLine.id"
    )


class ClaimLine(Base):
    __tablename__ = "claim_lines"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id", ondelete="CASCADE"))
    quantity: Mapped[int] = mapped_column()
    replacement_variant_id: Mapped[int | None] = mapped_column(
        ForeignKey("variants.id", ondelete="SET NULL")
    )
    line: Mapped[OrderLine] = relationship()


class OrderEdit(Base):
    """One editing session of the order sheet (R18): editing -> confirmation_requested ->
    confirmed_by_customer. While confirmation is requested, the sheet is locked."""

    __tablename__ = "order_edits"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    state: Mapped[str] = mapped_column(String(30), default="editing")
    total_before: Mapped[int] = mapped_column(BigInteger, default=0)
    started_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    requested_at: Mapped[datetime | None]
    confirmed_at: Mapped[datetime | None]
