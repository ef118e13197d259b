"""A unit of work that runs service calls inside one outer transaction (R42).

The pull applies a whole page and stores its cursor in one transaction, yet every change goes
through the services, which each open and commit their own unit of work. `SharedUnitOfWork`
hands them the outer session: entering opens a SAVEPOINT, `commit()` releases it, leaving
without commit rolls back to it. One order that a rule refuses is undone alone; the page, its
cursor and the other orders commit together, or (on a crash) not at all.
"""

from __future__ import annotations

from typing import Self

from sqlalchemy.orm import Session, SessionTransaction

from backoffice.db.engine import begin_write
from backoffice.db.uow import UnitOfWork


class SharedUnitOfWork(UnitOfWork):
    def __init__(self, session: Session) -> None:
        self._outer = session
        self._session: Session | None = None
        self._nested: SessionTransaction | None = None
        self.before_commit = []

    def __enter__(self) -> Self:
        if self._session is not None:
            raise RuntimeError("SharedUnitOfWork is not re-entrant")
        self._session = self._outer
        begin_write(self._outer)  # SQLite: the savepoint must not be the transaction itself
        self._nested = self._outer.begin_nested()
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if self._nested is not None and self._nested.is_active:
                self._nested.rollback()
        finally:
            self._nested = None
            self._session = None

    def commit(self) -> None:
        session = self.session
        session.flush()
        for hook in self.before_commit:
            hook(session)
        assert self._nested is not None
        self._nested.commit()
