"""Issuing order codes (R1) from the database's namespace and counter (see domain/codes.py)."""

from __future__ import annotations

from sqlalchemy import BigInteger, String, select, update
from sqlalchemy.orm import Session

from backoffice.db.models import Setting
from backoffice.domain import codes

NAMESPACE_KEY = "code_namespace"
COUNTER_KEY = "code_counter"


def namespace(session: Session) -> str:
    row = session.get(Setting, NAMESPACE_KEY)
    if row is None:
        row = Setting(key=NAMESPACE_KEY, value=codes.new_namespace())
        session.add(row)
        session.add(Setting(key=COUNTER_KEY, value="0"))
        session.flush()
    return row.value


def next_code(session: Session) -> str:
    """Atomically take the next counter value (an UPDATE locks the row on PostgreSQL too)."""
    ns = namespace(session)
    session.execute(
        update(Setting)
        .where(Setting.key == COUNTER_KEY)
        .values(value=(Setting.value.cast(BigInteger()) + 1).cast(String()))
    )
    value = int(session.scalar(select(Setting.value).where(Setting.key == COUNTER_KEY)) or "0")
    return codes.make_code(ns, value - 1)


def reserve_codes(session: Session, count: int) -> list[str]:
    """Many codes in one step (bulk import, demo data)."""
    ns = namespace(session)
    current = int(session.scalar(select(Setting.value).where(Setting.key == COUNTER_KEY)) or "0")
    session.execute(
        update(Setting).where(Setting.key == COUNTER_KEY).values(value=str(current + count))
    )
    return [codes.make_code(ns, current + i) for i in range(count)]
