"""Shop orders the intake could not take, kept for staff with their reason (R42, R45).

An order is parked when the shop sent something we cannot read (a bad amount, a missing field,
a total its parts do not make) or when applying it was refused. Its page goes on without it, and
the cursor moves on; the order is read again whenever the shop changes it, and a read that works
takes it in and removes it from here. Staff see these in Sync → Parked and in `backoffice sync`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from backoffice.db.base import utcnow
from backoffice.db.models import ParkedShopOrder, Shop
from backoffice.sync.models import RejectedOrder


@dataclass(frozen=True)
class ParkedOrderRow:
    id: int
    shop: str
    remote_id: str
    number: str
    reason: str
    times: int
    first_seen: datetime
    last_seen: datetime


def park(session: Session, shop_id: int, rejected: RejectedOrder) -> None:
    """Keep (or refresh) one unreadable shop order; the caller commits with its page."""
    remote_id = "" if rejected.remote_id is None else str(rejected.remote_id)
    now = utcnow()
    row = session.scalar(
        select(ParkedShopOrder).where(
            ParkedShopOrder.shop_id == shop_id, ParkedShopOrder.remote_id == remote_id
        )
    )
    if row is None:
        session.add(
            ParkedShopOrder(
                shop_id=shop_id,
                remote_id=remote_id,
                number=rejected.number[:64],
                reason=rejected.reason,
                raw=rejected.raw,
                times=1,
                first_seen=now,
                last_seen=now,
            )
        )
    else:
        row.number, row.reason, row.raw = rejected.number[:64], rejected.reason, rejected.raw
        row.times += 1
        row.last_seen = now
    session.flush()


def resolve(session: Session, shop_id: int, remote_ids: list[int]) -> int:
    """Forget parked orders that have now been taken in; returns how many."""
    if not remote_ids:
        return 0
    result = session.execute(
        delete(ParkedShopOrder).where(
            ParkedShopOrder.shop_id == shop_id,
            ParkedShopOrder.remote_id.in_([str(i) for i in remote_ids]),
        )
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def count(session: Session) -> int:
    return int(session.scalar(select(func.count(ParkedShopOrder.id))) or 0)


def list_parked_orders(session: Session, limit: int = 500) -> list[ParkedOrderRow]:
    """Newest first."""
    stmt = (
        select(ParkedShopOrder, Shop.name)
        .join(Shop, Shop.id == ParkedShopOrder.shop_id)
        .order_by(ParkedShopOrder.last_seen.desc(), ParkedShopOrder.id.desc())
        .limit(limit)
    )
    return [
        ParkedOrderRow(
            p.id, name, p.remote_id, p.number, p.reason, p.times, p.first_seen, p.last_seen
        )
        for p, name in session.execute(stmt)
    ]


def raw_json(session: Session, parked_id: int) -> str:
    row = session.get(ParkedShopOrder, parked_id)
    return row.raw if row is not None else ""
