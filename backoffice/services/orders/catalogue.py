"""Finding a product to sell (R17, R30): a scanner types a SKU and Enter, a person types part of a
name. `search_variants` runs on the database worker and returns frozen rows; an exact SKU match
comes first and alone, so a scan adds that product without a choice."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from backoffice.db.models import Product, Variant


@dataclass(frozen=True)
class VariantRow:
    id: int
    sku: str
    name: str
    options: str
    price: int
    stock: int
    track_stock: bool

    @property
    def label(self) -> str:
        shown = f"{self.name} ({self.options})" if self.options else self.name
        return f"{shown} · {self.sku}"


def _row(v: Variant) -> VariantRow:
    return VariantRow(v.id, v.sku, v.product.name, v.options, v.price, v.stock, v.track_stock)


def search_variants(session: Session, text: str, limit: int = 30) -> tuple[bool, list[VariantRow]]:
    """(exact, rows): exact is True when `text` is a SKU (what a scanner sends)."""
    text = text.strip()
    if not text:
        return False, []
    exact = session.scalar(select(Variant).where(func.upper(Variant.sku) == text.upper()))
    if exact is not None:
        return True, [_row(exact)]
    stmt = (
        select(Variant)
        .join(Product, Variant.product_id == Product.id)
        .where(
            Product.active,
            or_(
                Product.name.contains(text, autoescape=True),
                Product.name_en.contains(text, autoescape=True),
                Variant.sku.contains(text.upper(), autoescape=True),
                Variant.options.contains(text, autoescape=True),
            ),
        )
        .order_by(Product.name, Variant.sku)
        .limit(limit)
    )
    return False, [_row(v) for v in session.scalars(stmt)]
