"""Shipments and the line quantities in each (R20–R21)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from backoffice.db.base import Base, BigIntPK, utcnow

if TYPE_CHECKING:
    from backoffice.db.models.orders import Order, OrderAddress, OrderLine


class Shipment(Base):
    __tablename__ = "shipments"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(default=1)  # 1, 2, 3 … within the order
    kind: Mapped[str] = mapped_column(String(12), default="normal")  # normal, exchange
    stage: Mapped[str] = mapped_column(String(12), default="preparing")
    address_id: Mapped[int | None] = mapped_column(
        ForeignKey("order_addresses.id", ondelete="SET NULL")
    )
    carrier: Mapped[str] = mapped_column(String(60), default="")
    tracking_number: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    shipped_at: Mapped[datetime | None]
    delivered_at: Mapped[datetime | None]
    order: Mapped[Order] = relationship(back_populates="shipments")
    items: Mapped[list[ShipmentLine]] = relationship(
        back_populates="shipment", cascade="all, delete-orphan", order_by="ShipmentLine.id"
    )
    address: Mapped[OrderAddress | None] = relationship()
    __table_args__ = (
        UniqueConstraint("order_id", "number"),
        Index("ix_shipments_tracking", "tracking_number"),  # a scanned waybill (issue 13)
    )


class ShipmentLine(Base):
    __tablename__ = "shipment_lines"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    shipment_id: Mapped[int] = mapped_column(
        ForeignKey("shipments.id", ondelete="CASCADE"), index=True
    )
    line_id: Mapped[int] = mapped_column(
        ForeignKey("order_lines.id", ondelete="CASCADE"), index=True
    )
    quantity: Mapped[int] = mapped_column()
    shipment: Mapped[Shipment] = relationship(back_populates="items")
    line: Mapped[OrderLine] = relationship()
    __table_args__ = (UniqueConstraint("shipment_id", "line_id"),)
