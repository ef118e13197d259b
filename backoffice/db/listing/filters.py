"""A tab's saved filter (R31, R33) as typed values, and the WHERE clauses it means.

The dict form is what `list_tabs.filter` stores (JSON) and what the filter panel edits:

    stages [str], custom_status_ids [int], channels [str], payment_methods [str],
    member "member"|"guest", has_memo bool, has_open_claim bool, cancel_requested bool,
    claim_kinds [str] (open claims of these kinds), unread bool, shipping_delay_days int,
    amount_min/amount_max int (minor units, on the total),
    created_from/created_to, paid_from/paid_to, shipped_from/shipped_to, memo_from/memo_to
    ("YYYY-MM-DD", local calendar days, both ends inclusive), search str.
Unknown keys are ignored so an older app reads a newer tab.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, false, select

from backoffice.db.base import utcnow
from backoffice.db.listing.search import search_clause
from backoffice.db.models import Claim, Memo, Order
from backoffice.domain.stages import Stage

DATE_FIELDS = ("created", "paid", "shipped", "memo")
# Orders not yet handed to the courier: a shipping delay counts from payment, else from placing.
_WAITING = (Stage.RECEIVED.value, Stage.PREPARING.value, Stage.READY.value)


@dataclass(frozen=True)
class ListFilter:
    stages: tuple[str, ...] = ()
    custom_status_ids: tuple[int, ...] = ()
    channels: tuple[str, ...] = ()
    payment_methods: tuple[str, ...] = ()
    member: str | None = None
    has_memo: bool | None = None
    has_open_claim: bool | None = None
    cancel_requested: bool | None = None
    claim_kinds: tuple[str, ...] = ()
    unread: bool | None = None
    shipping_delay_days: int | None = None
    amount_min: int | None = None
    amount_max: int | None = None
    created_from: date | None = None
    created_to: date | None = None
    paid_from: date | None = None
    paid_to: date | None = None
    shipped_from: date | None = None
    shipped_to: date | None = None
    memo_from: date | None = None
    memo_to: date | None = None
    search: str = ""
    ids: tuple[int, ...] | None = field(default=None)  # a fixed selection (export, bulk)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "ids" or value in (None, (), ""):
                continue
            out[f.name] = (
                value.isoformat()
                if isinstance(value, date)
                else (list(value) if isinstance(value, tuple) else value)
            )
        return out

    def with_search(self, text: str) -> ListFilter:
        return _replace(self, search=text)

    def with_ids(self, ids: tuple[int, ...]) -> ListFilter:
        return _replace(self, ids=ids)


def _replace(flt: ListFilter, **changes: Any) -> ListFilter:
    values = {f.name: getattr(flt, f.name) for f in fields(flt)}
    values.update(changes)
    return ListFilter(**values)


def parse_filter(data: dict[str, Any] | None) -> ListFilter:
    data = data or {}
    values: dict[str, Any] = {}
    for f in fields(ListFilter):
        if f.name not in data or f.name == "ids":
            continue
        raw = data[f.name]
        if raw is None:
            continue
        if f.name.endswith(("_from", "_to")):
            values[f.name] = raw if isinstance(raw, date) else date.fromisoformat(str(raw))
        elif f.name in ("custom_status_ids",):
            values[f.name] = tuple(int(v) for v in raw)
        elif isinstance(raw, list | tuple):
            values[f.name] = tuple(str(v) for v in raw)
        else:
            values[f.name] = raw
    return ListFilter(**values)


def local_day_start(day: date) -> datetime:
    """Midnight of a calendar day in the PC's time zone, as aware UTC (what the columns store)."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _range(col: Any, start: date | None, end: date | None) -> list[ColumnElement[bool]]:
    out = []
    if start is not None:
        out.append(col >= local_day_start(start))
    if end is not None:
        out.append(col < local_day_start(end + timedelta(days=1)))
    return out


def where_clauses(
    flt: ListFilter, id_set_terms: Container[int] | None = None, *, walk: bool = False
) -> list[ColumnElement[bool]]:
    """`id_set_terms`, `walk`: how the search's terms are matched (`search.search_clause`)."""
    w: list[ColumnElement[bool]] = []
    if flt.ids is not None:
        w.append(Order.id.in_(flt.ids) if flt.ids else false())
    if flt.stages:
        w.append(Order.stage.in_(flt.stages))
    if flt.custom_status_ids:
        w.append(Order.custom_status_id.in_(flt.custom_status_ids))
    if flt.channels:
        w.append(Order.channel.in_(flt.channels))
    if flt.payment_methods:
        w.append(Order.payment_method.in_(flt.payment_methods))
    if flt.member in ("member", "guest"):
        w.append(Order.is_member.is_(flt.member == "member"))
    for name in ("has_memo", "has_open_claim", "cancel_requested", "unread"):
        value = getattr(flt, name)
        if value is not None:
            # `= 1`, not `IS 1`: SQLite serves only the former from the partial index on
            # cancel_requested (migration 0006)
            w.append(getattr(Order, name) == bool(value))
    if flt.claim_kinds:
        # From the (small) claims table to the orders, not a test on each of a million orders.
        w.append(
            Order.id.in_(
                select(Claim.order_id).where(
                    Claim.kind.in_(flt.claim_kinds), Claim.state.in_(("requested", "approved"))
                )
            )
        )
    if flt.amount_min is not None:
        w.append(Order.total >= int(flt.amount_min))
    if flt.amount_max is not None:
        w.append(Order.total <= int(flt.amount_max))
    w += _range(Order.created_at, flt.created_from, flt.created_to)
    w += _range(Order.paid_at, flt.paid_from, flt.paid_to)
    w += _range(Order.shipped_at, flt.shipped_from, flt.shipped_to)
    if flt.memo_from or flt.memo_to:
        memo_range = _range(Memo.created_at, flt.memo_from, flt.memo_to)
        w.append(exists(select(Memo.id).where(Memo.order_id == Order.id, *memo_range)))
    if flt.shipping_delay_days is not None:
        cutoff = utcnow() - timedelta(days=int(flt.shipping_delay_days))
        w.append(Order.stage.in_(_WAITING))
        w.append(
            ((Order.paid_at.is_not(None)) & (Order.paid_at < cutoff))
            | ((Order.paid_at.is_(None)) & (Order.created_at < cutoff))
        )
    clause = search_clause(flt.search, id_set_terms, walk=walk)
    if clause is not None:
        w.append(clause)
    return w


def combined(
    flt: ListFilter, id_set_terms: Container[int] | None = None, *, walk: bool = False
) -> ColumnElement[bool] | None:
    w = where_clauses(flt, id_set_terms, walk=walk)
    return and_(*w) if w else None
