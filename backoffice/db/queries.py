"""Read-side queries for lists: plain row snapshots, newest first, keyset paging (never OFFSET).

`OrderFilter` is what a list tab, a search box or `backoffice orders list` asks for; `search` here
is the portable LIKE over the denormalised `orders.search_text` (R32). The order-list issue adds
faster paths (FTS5 trigram on SQLite, pg_trgm on PostgreSQL) behind the same function.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from backoffice.db.listing.search import search_clause
from backoffice.db.models import Order


@dataclass(frozen=True)
class OrderFilter:
    stages: tuple[str, ...] = ()
    search: str = ""
    created_from: datetime | None = None
    created_to: datetime | None = None  # exclusive
    extra: dict[str, object] = field(default_factory=dict)


def _search_clause(text: str):  # type: ignore[no-untyped-def]
    """R32: code or shop number by prefix; names, phone digits, e-mail, tracking by any part.
    Delegates to the list's search (FTS5 trigram index on SQLite, see db/listing/dialect.py)."""
    return search_clause(text)


def filtered(flt: OrderFilter) -> Select[tuple[Order]]:
    stmt = select(Order)
    if flt.stages:
        stmt = stmt.where(Order.stage.in_(flt.stages))
    if flt.created_from is not None:
        stmt = stmt.where(Order.created_at >= flt.created_from)
    if flt.created_to is not None:
        stmt = stmt.where(Order.created_at < flt.created_to)
    clause = _search_clause(flt.search)
    if clause is not None:
        stmt = stmt.where(clause)
    return stmt


def list_orders(
    session: Session,
    flt: OrderFilter = OrderFilter(),
    *,
    limit: int = 100,
    after: tuple[datetime, int] | None = None,
) -> list[Order]:
    """Newest first; `after` is the (created_at, id) of the last row of the previous page."""
    stmt = filtered(flt).order_by(Order.created_at.desc(), Order.id.desc()).limit(limit)
    if after is not None:
        created, oid = after
        stmt = stmt.where(
            or_(Order.created_at < created, and_(Order.created_at == created, Order.id < oid))
        )
    return list(session.scalars(stmt))


def count_orders(session: Session, flt: OrderFilter = OrderFilter()) -> int:
    return session.scalar(select(func.count()).select_from(filtered(flt).subquery())) or 0
