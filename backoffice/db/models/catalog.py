"""Customers, products and their sellable variants with stock (R3, R14–R16)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from backoffice.db.base import Base, BigIntPK, utcnow


class Customer(Base):
    """A member (customer account) or a guest (R3)."""

    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    is_member: Mapped[bool] = mapped_column(default=False)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    grade: Mapped[str] = mapped_column(String(40), default="")
    points: Mapped[int] = mapped_column(BigInteger, default=0)
    shop_customer_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        Index("ix_customers_phone", "phone"),
        Index("ix_customers_name", "name"),
    )


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    shop_product_id: Mapped[str | None] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(default=True)
    variants: Mapped[list[Variant]] = relationship(
        back_populates="product", cascade="all, delete-orphan", order_by="Variant.id"
    )


class Variant(Base):
    """A sellable option combination; stock lives here, never on a single option (R16)."""

    __tablename__ = "variants"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    options: Mapped[str] = mapped_column(String(300), default="")  # "색상: 블랙 / 사이즈: M"
    price: Mapped[int] = mapped_column(BigInteger)
    stock: Mapped[int] = mapped_column(BigInteger, default=0)
    track_stock: Mapped[bool] = mapped_column(default=True)
    shop_variant_id: Mapped[str | None] = mapped_column(String(64))
    product: Mapped[Product] = relationship(back_populates="variants")

    @property
    def sold_out(self) -> bool:
        """R14: shown sold out at 0, available again when stock returns."""
        return self.track_stock and self.stock <= 0

    @property
    def display_name(self) -> str:
        return f"{self.product.name} ({self.options})" if self.options else self.product.name
