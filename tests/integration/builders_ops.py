"""Read-back helpers for the edit, shipment, automatic-rule, note and status tests.

`snapshot` captures everything a refused action must leave untouched: the order's columns and
version, its lines, shipments, addresses, edits, memos, messages, stock, timeline and outbox.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from backoffice.db.models import Order, OutboxEntry, TimelineEvent, Variant
from backoffice.domain.errors import DomainError


def order_of(session: Session, code: str) -> Order:
    session.expire_all()
    order = session.scalar(select(Order).where(Order.code == code))
    assert order is not None, code
    return order


def stock_of(session: Session, sku: str) -> int:
    session.expire_all()
    value = session.scalar(select(Variant.stock).where(Variant.sku == sku))
    assert value is not None, sku
    return value


def events(session: Session, code: str) -> list[TimelineEvent]:
    session.expire_all()
    stmt = select(TimelineEvent).where(TimelineEvent.order_code == code)
    return list(session.scalars(stmt.order_by(TimelineEvent.id)))


def outbox(session: Session, code: str, kind: str | None = None) -> list[OutboxEntry]:
    session.expire_all()
    stmt = select(OutboxEntry).where(OutboxEntry.order_code == code)
    if kind is not None:
        stmt = stmt.where(OutboxEntry.kind == kind)
    return list(session.scalars(stmt.order_by(OutboxEntry.id)))


def _row(obj: Any) -> dict[str, Any]:
    return {attr.key: getattr(obj, attr.key) for attr in inspect(obj).mapper.column_attrs}


def shipment_map(order: Order) -> dict[int, tuple[str, dict[str, int]]]:
    """{shipment number: (stage, {sku: units})} — what the shipments panel shows."""
    return {
        s.number: (s.stage, {i.line.sku or i.line.name: i.quantity for i in s.items})
        for s in order.shipments
    }


def snapshot(session: Session, code: str) -> dict[str, Any]:
    order = order_of(session, code)
    return {
        "order": _row(order),
        "lines": [_row(x) for x in order.lines],
        "addresses": [_row(x) for x in order.addresses],
        "shipments": [(_row(s), [_row(i) for i in s.items]) for s in order.shipments],
        "edits": [_row(x) for x in order.edits],
        "memos": [_row(x) for x in order.memos],
        "messages": [_row(x) for x in order.messages],
        "stock": dict(session.execute(select(Variant.sku, Variant.stock)).all()),
        "events": session.scalar(select(func.count()).select_from(TimelineEvent)),
        "outbox": session.scalar(select(func.count()).select_from(OutboxEntry)),
    }


@contextmanager
def refused(session: Session, code: str, rule: str) -> Iterator[None]:
    """The action inside must raise a DomainError naming `rule` and change nothing at all."""
    before = snapshot(session, code)
    with pytest.raises(DomainError) as caught:
        yield
    assert caught.value.rule == rule, str(caught.value)
    assert snapshot(session, code) == before


def one_new_event(session: Session, code: str, count_before: int) -> TimelineEvent:
    """Exactly one timeline event was written since `count_before` (R28); return it."""
    now = events(session, code)
    assert len(now) == count_before + 1, [(e.kind, e.text) for e in now[count_before:]]
    return now[-1]
