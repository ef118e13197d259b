"""A savepoint is part of its transaction on SQLite too (issue 16, R35, R42).

Python's sqlite3 module begins a transaction only at the first write, so a SAVEPOINT issued
after reads alone began one of its own and releasing it committed: a bulk chunk or a sync page
rolled back kept the orders its savepoints had released. `begin_write` opens the transaction
first; the bulk path and the sync pass call it before their savepoints.
"""

from __future__ import annotations

from sqlalchemy import func, select

from backoffice.db.engine import begin_write
from backoffice.db.models import Memo, Order
from backoffice.db.uow import UnitOfWork
from backoffice.services.sync.txn import SharedUnitOfWork
from tests.factories import place


def _memo_count(uow: UnitOfWork) -> int:
    with uow:
        return uow.session.scalar(select(func.count()).select_from(Memo)) or 0


def _add_memo(uow: UnitOfWork, code: str) -> None:
    session = uow.session
    order_id = session.scalar(select(Order.id).where(Order.code == code))
    session.add(Memo(order_id=order_id, author="test", text="kept?"))
    session.flush()


def test_a_released_savepoint_is_undone_with_its_transaction(uow: UnitOfWork, catalog: object) -> None:
    code = place(uow, {"MUG-WHT": 1})
    before = _memo_count(uow)
    with uow:
        session = uow.session
        session.scalar(select(Order.id).where(Order.code == code))  # reads only, so far
        begin_write(session)
        with session.begin_nested():
            _add_memo(uow, code)
        session.rollback()
    assert _memo_count(uow) == before


def test_a_shared_unit_of_work_commits_nothing_before_its_page(uow: UnitOfWork, catalog: object) -> None:
    """The sync pass's services each commit into the page's savepoint; the page decides."""
    code = place(uow, {"MUG-WHT": 1})
    before = _memo_count(uow)
    with uow:
        outer = uow.session
        outer.scalar(select(Order.id).where(Order.code == code))
        shared = SharedUnitOfWork(outer)
        with shared:
            _add_memo(shared, code)
            shared.commit()
        outer.rollback()  # the page failed
    assert _memo_count(uow) == before
