"""Several counter PCs on one database (issue 7): each "PC" is its own engine and sessions on the
test's database (SQLite file or PostgreSQL). A stale edit is refused with who changed the order and
when, and never overwrites the other PC's change (optimistic locking on orders.version)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from backoffice.db.engine import make_engine, make_session_factory
from backoffice.db.models import Order, TimelineEvent
from backoffice.db.uow import UnitOfWork
from backoffice.domain.errors import StaleVersion
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.orders.lookup import get_order
from tests.factories import CASHIER, MANAGER, place


@pytest.fixture
def other_pc(db_url: str) -> Iterator[UnitOfWork]:
    """A second PC: its own engine (own connections) on the same database."""
    engine = make_engine(db_url)
    yield UnitOfWork(make_session_factory(engine))
    engine.dispose()


def _stage(session, code: str) -> str:
    session.expire_all()
    return session.scalar(select(Order.stage).where(Order.code == code))


def _expected_refusal(session, code: str) -> str:
    """What the cashier must read: the latest change's author and local time."""
    last = session.scalars(
        select(TimelineEvent)
        .where(TimelineEvent.order_code == code)
        .order_by(TimelineEvent.id.desc())
    ).first()
    return f"Order {code} was changed by {last.actor} at {last.at.astimezone():%H:%M} — reload"


def test_a_stale_edit_from_the_first_pc_is_refused_with_who_and_when(
    uow, other_pc, session, catalog
):
    code = place(uow, stage=Stage.RECEIVED)
    seen = session.scalar(select(Order.version).where(Order.code == code))  # PC 1 opens it
    orders.set_stage(other_pc, MANAGER, code, Stage.PREPARING, confirm_unpaid=True)  # PC 2
    events = session.scalar(select(TimelineEvent.id).order_by(TimelineEvent.id.desc()).limit(1))

    with pytest.raises(StaleVersion) as refused:
        orders.cancel(uow, CASHIER, code, "customer called", expected_version=seen)

    assert str(refused.value) == _expected_refusal(session, code)
    assert f"changed by {MANAGER.name} at " in str(refused.value)
    assert _stage(session, code) == "preparing"  # PC 2's change stands
    newest = session.scalar(select(TimelineEvent.id).order_by(TimelineEvent.id.desc()).limit(1))
    assert newest == events  # nothing of PC 1's cancel was written


def test_a_race_between_read_and_write_is_refused_not_overwritten(uow, other_pc, session, catalog):
    """PC 1 has the order loaded and changed in its transaction when PC 2 commits first: PC 1's
    UPDATE finds the version moved on (no expected_version given, as in the CLI)."""
    code = place(uow, stage=Stage.RECEIVED)
    with pytest.raises(StaleVersion) as refused, uow:
        order = get_order(uow.session, code)
        order.customer_note = "written by PC 1"
        orders.set_stage(other_pc, MANAGER, code, Stage.PREPARING, confirm_unpaid=True)
        uow.commit()

    assert str(refused.value) == _expected_refusal(session, code)
    session.expire_all()
    order = session.scalar(select(Order).where(Order.code == code))
    assert (order.stage, order.customer_note) == ("preparing", "")
