"""Queries of the order list: ids in sort order, keyset pages, row snapshots by id, counts, and the
change marker that live updates poll (R31, R35, R37). Plain values only; `session` is any Session
(the GUI's database worker owns its own).

Speed (benchmarks/bench_list.py): statements go through SQLAlchemy (compiled-statement cache,
bound parameters) but rows are read straight from the DBAPI cursor and turned into snapshots here;
SQLAlchemy's per-row processing of 25 columns cost ten times the query itself. A search first asks
each term's index how many orders it matches (capped): a small set drives the query (looked up by
id, then sorted); otherwise the newest-first scan tests each row and stops after one page.
"""

from __future__ import annotations

from array import array
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from functools import lru_cache
from itertools import chain
from typing import Any, NamedTuple

from sqlalchemy import Select, bindparam, func, or_, select
from sqlalchemy.orm import Session

from backoffice.db.listing.dialect import Unindexed, sqlite_term_count
from backoffice.db.listing.filters import ListFilter, combined
from backoffice.db.listing.search import code_prefix, terms
from backoffice.db.models import CustomStatus, Order, TimelineEvent

ID_CHUNK = 500  # SQLite allows 32k bound parameters; small IN lists keep plans simple
# A search term matching at most this many orders drives the query by id (sorted afterwards);
# one matching more is tested row by row along the sort index (its matches come soon).
SMALL_SET = 5000
# A term matching up to this many filters a walk of the sort index for a first page: fewer rows
# read than testing each row (a 3-character name matching 7,000 of 1,000,000 orders: 21 → 6 ms),
# while building the set still costs less than the walk saves (issue 16).
MEDIUM_SET = 25_000


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


class OrderRow(NamedTuple):
    """What one line of the list shows; small, immutable, safe to hand to another thread (change
    one with `_replace`). A named tuple: built straight from the values (tuple.__new__), it
    costs a third less than a slotted dataclass, and an export builds a million (issue 16)."""

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


_ROWS = select(*_ROW_COLUMNS).outerjoin(CustomStatus, CustomStatus.id == Order.custom_status_id)


def _rows_select() -> Select[Any]:
    return _ROWS


@dataclass(frozen=True)
class Plan:
    """How a query meets its search: `id_set_terms` as in `search.search_clause`; `by_id`: the
    sort column is read unindexed so a small id set drives the query; `walk`: the id set filters
    a walk of the sort index instead (a first page of a few thousand matches)."""

    id_set_terms: Container[int] | None = None
    by_id: bool = False
    walk: bool = False


def plan(session: Session, flt: ListFilter, *, first_rows: bool) -> Plan:
    """The cheapest shape for this filter's search. `first_rows`: only a page is wanted (a
    newest-first scan can stop early); otherwise every match (an id set is built once)."""
    found = terms(flt.search.strip())
    if not found or session.get_bind().dialect.name != "sqlite":
        return Plan()
    sizes = []
    limit = (MEDIUM_SET if first_rows else SMALL_SET) + 1
    for i, term in enumerate(found):
        probe = _term_count(term, limit)
        if probe is not None:
            sizes.append((int(session.connection().execute(probe).scalar() or 0), i))
    small = min(sizes, default=None)
    if small is not None and small[0] <= SMALL_SET:
        return Plan(id_set_terms=(small[1],), by_id=True)
    if small is not None and small[0] <= MEDIUM_SET and first_rows:
        return Plan(id_set_terms=(small[1],), walk=True)
    return Plan(id_set_terms=() if first_rows else None)


@lru_cache(maxsize=64)
def _term_count(term: str, limit: int) -> Select[Any] | None:
    return sqlite_term_count(term, code_prefix(term), limit)


def _where(stmt: Select[Any], flt: ListFilter, how: Plan | None = None) -> Select[Any]:
    how = how or Plan()
    clause = combined(flt, how.id_set_terms, walk=how.walk)
    return stmt if clause is None else stmt.where(clause)


def _ordered(
    stmt: Select[Any], sort: SortKey, descending: bool, how: Plan | None = None
) -> Select[Any]:
    col = _SORT_COLUMNS[sort]
    if how is not None and how.by_id:
        col = Unindexed(col)
    if descending:
        return stmt.order_by(col.desc(), Order.id.desc())
    return stmt.order_by(col.asc(), Order.id.asc())


def _cursor(session: Session, stmt: Select[Any], params: dict[str, Any] | None = None) -> Any:
    """The DBAPI cursor of `stmt` executed through SQLAlchemy (cached compilation, bound
    parameters); callers read raw tuples from it."""
    return session.connection().execute(stmt, params).cursor


def _reusable(build: Any) -> Any:
    """Keep built statements: the same statement object skips SQLAlchemy's rebuilding, cache-key
    and result-matching work (most of the app's own time on a 1 ms query). Not for a shipping
    delay filter, whose cutoff moves with the clock."""
    cached = lru_cache(maxsize=64)(build)

    def get(flt: ListFilter, *args: Any) -> Any:
        return build(flt, *args) if flt.shipping_delay_days is not None else cached(flt, *args)

    return get


@_reusable
def _ids(flt: ListFilter, sort: SortKey, descending: bool, how: Plan) -> Select[Any]:
    return _ordered(_where(select(Order.id), flt, how), sort, descending, how)


@_reusable
def _count(flt: ListFilter) -> Select[Any]:
    return _where(select(func.count()).select_from(Order), flt)


def fetch_ids(
    session: Session, flt: ListFilter, sort: SortKey = SortKey.CREATED, descending: bool = True
) -> array[int]:
    """Every matching id in list order: 8 bytes an order, so a million orders cost 8 MB."""
    how = plan(session, flt, first_rows=False)
    cursor = _cursor(session, _ids(flt, sort, descending, how))
    try:
        return array("q", chain.from_iterable(cursor))
    finally:
        cursor.close()


def _aware(value: Any) -> datetime:
    """What UTCDateTime returns, from the raw value (text on SQLite, a datetime elsewhere)."""
    if isinstance(value, str):
        # Stored naive UTC: parsing it with the offset is a third of parsing then replacing.
        return datetime.fromisoformat(value if "+" in value[10:] else value + "+00:00")
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


_new_tuple = tuple.__new__


def _to_row(v: Sequence[Any]) -> OrderRow:
    # Positions follow _ROW_COLUMNS; booleans arrive as 0/1 from SQLite. Unpacked into names:
    # slices and star-arguments cost more than the row itself on an export of a million.
    (i, code, number, created, buyer, phone, recipient, items, count, total, currency, payment,
     method, stage, custom, colour, channel, detail, carrier, tracking, memo, claim, cancel,
     unread, version) = v  # fmt: skip
    return _new_tuple(OrderRow, (
        i, code, number, _aware(created), buyer, phone, recipient, items, count, total, currency,
        payment, method, stage, custom, colour, channel, detail, carrier, tracking, bool(memo),
        bool(claim), bool(cancel), bool(unread), version,
    ))  # fmt: skip


def _rows(
    session: Session, stmt: Select[Any], params: dict[str, Any] | None = None
) -> list[OrderRow]:
    cursor = _cursor(session, stmt, params)
    try:
        return [_to_row(v) for v in cursor]
    finally:
        cursor.close()


@_reusable
def _page(flt: ListFilter, sort: SortKey, descending: bool, how: Plan, limit: int) -> Select[Any]:
    return _ordered(_where(_ROWS, flt, how), sort, descending, how).limit(limit)


_BY_IDS = _ROWS.where(Order.id.in_(bindparam("ids", expanding=True)))


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
    how = plan(session, flt, first_rows=True)
    if after is None:
        return _rows(session, _page(flt, sort, descending, how, limit))
    value, oid = after
    stmt = _page_after(flt, sort, descending, how, limit)
    return _rows(session, stmt, {"after_value": value, "after_id": oid})


@_reusable
def _page_after(
    flt: ListFilter, sort: SortKey, descending: bool, how: Plan, limit: int
) -> Select[Any]:
    """The page after a bound (sort value, id): one statement object for every page of an
    export or a deep scroll, so SQLAlchemy neither rebuilds it nor adapts its result columns
    again (about 1 ms of a 2,000-row page; issue 16)."""
    col = _SORT_COLUMNS[sort]
    value = bindparam("after_value", type_=col.type)
    oid = bindparam("after_id", type_=Order.id.type)
    stmt = _page(flt, sort, descending, how, limit)
    # `col <= v AND (col < v OR id < oid)`: the first term is a range the (col, id) index
    # seeks to, so a deep page starts where the last one ended instead of scanning from the
    # newest order (SQLite's plan for the plain OR form was a full index scan; issue 16).
    if descending:
        return stmt.where(col <= value, or_(col < value, Order.id < oid))
    return stmt.where(col >= value, or_(col > value, Order.id > oid))


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
        for row in _rows(session, _BY_IDS, {"ids": chunk}):
            out[row.id] = row
    return out


def count(session: Session, flt: ListFilter) -> int:
    return int(session.connection().execute(_count(flt)).scalar() or 0)


def tab_counts(session: Session, filters: dict[int, ListFilter]) -> dict[int, int]:
    return {key: count(session, flt) for key, flt in filters.items()}


# Ids this far behind the newest are looked at again on every poll. SQLite commits one writer at a
# time, so ids appear in order; on PostgreSQL (several PCs) a transaction that took its id first
# may commit after a later one, and a plain "id > last maximum" would never see its row.
RECENT = 64


@dataclass(frozen=True, slots=True)
class ChangeMarker:
    """Where the database stood: every change records a timeline event (services.history), and
    new orders get new ids, so two primary-key maxima tell whether anything happened (R37).
    `recent_*`: the newest ids seen, to catch rows committed after newer ones (see RECENT)."""

    max_order_id: int
    max_event_id: int
    recent_orders: frozenset[int] = frozenset()
    recent_events: frozenset[int] = frozenset()


def _newest(session: Session, col: Any) -> frozenset[int]:
    return frozenset(session.scalars(select(col).order_by(col.desc()).limit(RECENT)))


def current_marker(session: Session) -> ChangeMarker:
    orders, events = _newest(session, Order.id), _newest(session, TimelineEvent.id)
    return ChangeMarker(max(orders, default=0), max(events, default=0), orders, events)


@dataclass(frozen=True)
class Changes:
    marker: ChangeMarker
    new_ids: tuple[int, ...]
    changed_ids: tuple[int, ...]


def _late(now: frozenset[int], before: frozenset[int]) -> list[int]:
    """Ids inside the range seen last time that were not there then: committed late. (Ids below
    it may only have come into view because newer rows were deleted, R49.)"""
    if not before:
        return []
    low, high = min(before), max(before)
    return [i for i in now - before if low < i < high]


def changed_since(session: Session, marker: ChangeMarker) -> Changes:
    now = current_marker(session)
    if now == marker:
        return Changes(now, (), ())
    late_orders = _late(now.recent_orders, marker.recent_orders)
    late_events = _late(now.recent_events, marker.recent_events)
    new_ids = tuple(
        session.scalars(
            select(Order.id)
            .where(or_(Order.id > marker.max_order_id, Order.id.in_(late_orders)))
            .order_by(Order.id)
        )
    )
    changed = tuple(
        i
        for i in session.scalars(
            select(TimelineEvent.order_id)
            .where(
                or_(TimelineEvent.id > marker.max_event_id, TimelineEvent.id.in_(late_events)),
                TimelineEvent.order_id.is_not(None),
            )
            .distinct()
        )
        if i is not None
    )
    return Changes(now, new_ids, changed)
