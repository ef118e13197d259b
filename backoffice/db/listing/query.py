"""Queries of the order list: ids in sort order, keyset pages, row snapshots by id, counts, and the
change marker that live updates poll (R31, R35, R37). Plain values only; `session` is any Session
(the GUI's database worker owns its own)."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from backoffice.db.listing.filters import ListFilter, combined
from backoffice.db.models import CustomStatus, Order, TimelineEvent

ID_CHUNK = 500  # SQLite allows 32k bound parameters; small IN lists keep plans simple


class SortKey(StrEnum):
    CREATED = "created"
    CODE = "code"
    SHOP_NUMBER = "shop_number"
    BUYER = "buyer"
    TOTAL = "total"
    STAGE = "stage"
    CHANNEL = "channel"
    PAYMENT = "payment"


_SORT_COLUMNS: dict[SortKey, Any] = {
    SortKey.CREATED: Order.created_at,
    SortKey.CODE: Order.code,
    SortKey.SHOP_NUMBER: func.coalesce(Order.shop_order_number, ""),
    SortKey.BUYER: Order.buyer_name,
    SortKey.TOTAL: Order.total,
    SortKey.STAGE: Order.stage,
    SortKey.CHANNEL: Order.channel,
    SortKey.PAYMENT: Order.payment_status,
}


@dataclass(frozen=True, slots=True)
class OrderRow:
    """What one line of the list shows; small, immutable, safe to hand to another thread."""

    id: int
    code: str
    shop_order_number: str
    created_at: datetime
    buyer_name: str
    buyer_phone: str
    recipient_name: str
    items_summary: str
    item_count: int
    total: int
    currency: str
    payment_status: str
    payment_method: str
    stage: str
    custom_status: str
    custom_colour: str
    channel: str
    channel_detail: str
    carrier: str
    tracking_numbers: str
    has_memo: bool
    has_open_claim: bool
    cancel_requested: bool
    unread: bool
    version: int

    def sort_value(self, key: SortKey) -> Any:
        return {
            SortKey.CREATED: self.created_at,
            SortKey.CODE: self.code,
            SortKey.SHOP_NUMBER: self.shop_order_number,
            SortKey.BUYER: self.buyer_name,
            SortKey.TOTAL: self.total,
            SortKey.STAGE: self.stage,
            SortKey.CHANNEL: self.channel,
            SortKey.PAYMENT: self.payment_status,
        }[key]


_ROW_COLUMNS = (
    Order.id,
    Order.code,
    func.coalesce(Order.shop_order_number, ""),
    Order.created_at,
    Order.buyer_name,
    Order.buyer_phone,
    Order.recipient_name,
    Order.items_summary,
    Order.item_count,
    Order.total,
    Order.currency,
    Order.payment_status,
    Order.payment_method,
    Order.stage,
    func.coalesce(CustomStatus.name, ""),
    func.coalesce(CustomStatus.colour, ""),
    Order.channel,
    Order.channel_detail,
    Order.carrier,
    Order.tracking_numbers,
    Order.has_memo,
    Order.has_open_claim,
    Order.cancel_requested,
    Order.unread,
    Order.version,
)


def _rows_select() -> Select[Any]:
    return select(*_ROW_COLUMNS).outerjoin(CustomStatus, CustomStatus.id == Order.custom_status_id)


def _where(stmt: Select[Any], session: Session, flt: ListFilter) -> Select[Any]:
    clause = combined(flt)
    return stmt if clause is None else stmt.where(clause)


def _ordered(stmt: Select[Any], sort: SortKey, descending: bool) -> Select[Any]:
    col = _SORT_COLUMNS[sort]
    if descending:
        return stmt.order_by(col.desc(), Order.id.desc())
    return stmt.order_by(col.asc(), Order.id.asc())


def fetch_ids(
    session: Session, flt: ListFilter, sort: SortKey = SortKey.CREATED, descending: bool = True
) -> array[int]:
    """Every matching id in list order: 8 bytes an order, so a million orders cost 8 MB."""
    stmt = _ordered(_where(select(Order.id), session, flt), sort, descending)
    return array("q", session.scalars(stmt))


def _to_row(values: Sequence[Any]) -> OrderRow:
    return OrderRow(*values)


def page_after(
    session: Session,
    flt: ListFilter,
    sort: SortKey = SortKey.CREATED,
    descending: bool = True,
    *,
    after: tuple[Any, int] | None = None,
    limit: int = 200,
) -> list[OrderRow]:
    """One keyset page: rows after the (sort value, id) of the previous page's last row."""
    stmt = _ordered(_where(_rows_select(), session, flt), sort, descending).limit(limit)
    if after is not None:
        value, oid = after
        col = _SORT_COLUMNS[sort]
        if descending:
            stmt = stmt.where(or_(col < value, and_(col == value, Order.id < oid)))
        else:
            stmt = stmt.where(or_(col > value, and_(col == value, Order.id > oid)))
    return [_to_row(r) for r in session.execute(stmt)]


def first_page(
    session: Session,
    flt: ListFilter,
    sort: SortKey = SortKey.CREATED,
    descending: bool = True,
    limit: int = 200,
) -> list[OrderRow]:
    return page_after(session, flt, sort, descending, limit=limit)


def iter_pages(
    session: Session,
    flt: ListFilter,
    sort: SortKey = SortKey.CREATED,
    descending: bool = True,
    page: int = 1000,
) -> Iterable[list[OrderRow]]:
    """Every matching row, page by page (export): memory stays flat however many orders match."""
    after: tuple[Any, int] | None = None
    while True:
        rows = page_after(session, flt, sort, descending, after=after, limit=page)
        if not rows:
            return
        yield rows
        last = rows[-1]
        after = (last.sort_value(sort), last.id)
        if len(rows) < page:
            return


def rows_for(session: Session, ids: Iterable[int]) -> dict[int, OrderRow]:
    """Snapshots of the given orders (missing ids are simply absent: deleted meanwhile)."""
    out: dict[int, OrderRow] = {}
    wanted = list(ids)
    for start in range(0, len(wanted), ID_CHUNK):
        chunk = wanted[start : start + ID_CHUNK]
        for values in session.execute(_rows_select().where(Order.id.in_(chunk))):
            row = _to_row(values)
            out[row.id] = row
    return out


def count(session: Session, flt: ListFilter) -> int:
    stmt = _where(select(func.count()).select_from(Order), session, flt)
    return int(session.scalar(stmt) or 0)


def tab_counts(session: Session, filters: dict[int, ListFilter]) -> dict[int, int]:
    return {key: count(session, flt) for key, flt in filters.items()}


@dataclass(frozen=True, slots=True)
class ChangeMarker:
    """Where the database stood: every change records a timeline event (services.history), and
    new orders get new ids, so two primary-key maxima tell whether anything happened (R37)."""

    max_order_id: int
    max_event_id: int


def current_marker(session: Session) -> ChangeMarker:
    return ChangeMarker(
        int(session.scalar(select(func.max(Order.id))) or 0),
        int(session.scalar(select(func.max(TimelineEvent.id))) or 0),
    )


@dataclass(frozen=True)
class Changes:
    marker: ChangeMarker
    new_ids: tuple[int, ...]
    changed_ids: tuple[int, ...]


def changed_since(session: Session, marker: ChangeMarker) -> Changes:
    now = current_marker(session)
    if now == marker:
        return Changes(now, (), ())
    new_ids = tuple(
        session.scalars(select(Order.id).where(Order.id > marker.max_order_id).order_by(Order.id))
    )
    changed = tuple(
        i
        for i in session.scalars(
            select(TimelineEvent.order_id)
            .where(TimelineEvent.id > marker.max_event_id, TimelineEvent.order_id.is_not(None))
            .distinct()
        )
        if i is not None
    )
    return Changes(now, new_ids, changed)
