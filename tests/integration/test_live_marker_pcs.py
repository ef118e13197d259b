"""The list's change marker (R37) with several PCs on PostgreSQL (issue 7): a transaction that took
its ids first but commits after a newer one is still seen by the next poll. SQLite commits one
writer at a time, so there ids always appear in order and this cannot happen."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.db import listing
from backoffice.db.base import utcnow
from backoffice.db.engine import make_engine, make_session_factory
from backoffice.db.models import Order, TimelineEvent
from tests.listing_builders import place_for


@pytest.fixture(autouse=True)
def _postgresql_only(engine):
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only: SQLite has one writer at a time, ids commit in order")


def _event(session, order: Order, text: str) -> TimelineEvent:
    event = TimelineEvent(
        order_id=order.id, order_code=order.code, actor="PC", kind="memo", text=text, at=utcnow()
    )
    session.add(event)
    session.flush()  # takes its id now
    return event


def test_an_event_committed_after_a_newer_one_is_not_missed(uow, session, db_url, catalog):
    early, late = place_for(uow, "김민준", minutes=1), place_for(uow, "이서연", minutes=2)
    other = make_engine(db_url)
    slow_pc, fast_pc = make_session_factory(other)(), make_session_factory(other)()
    try:
        a = slow_pc.scalar(select(Order).where(Order.code == early))
        b = fast_pc.scalar(select(Order).where(Order.code == late))
        first = _event(slow_pc, a, "slow PC, still typing")
        second = _event(fast_pc, b, "fast PC")
        assert first.id < second.id
        fast_pc.commit()

        session.rollback()
        marker = listing.current_marker(session)  # a poll between the two commits
        assert marker.max_event_id == second.id

        slow_pc.commit()
        session.rollback()
        changes = listing.changed_since(session, marker)
        assert a.id in changes.changed_ids
        assert listing.changed_since(session, changes.marker).changed_ids == ()  # once only
    finally:
        slow_pc.close()
        fast_pc.close()
        other.dispose()
