"""Unit of work: one transaction per staff action (STYLE practice 1).

    with uow:
        ...            # change, timeline event and outbox row, all on uow.session
        uow.commit()   # nothing is written unless this runs

Leaving the block without commit (or with an exception) rolls everything back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Self

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from backoffice.domain.errors import ExternalError, StaleVersion


class UnitOfWork:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._factory = session_factory
        self._session: Session | None = None
        # Called just before the commit; tests use it to inject a failure (atomicity).
        self.before_commit: list[Callable[[Session], None]] = []
        # False: the actions run with this unit of work do not notify the customer (R47); the
        # session carries it to services/notify.py.
        self.notify = True

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside `with`")
        return self._session

    def __enter__(self) -> Self:
        if self._session is not None:
            raise RuntimeError("UnitOfWork is not re-entrant")
        self._session = self._factory()
        self._session.info["notify"] = self.notify
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._session is not None
        try:
            self._session.rollback()
        finally:
            self._session.close()
            self._session = None

    def commit(self) -> None:
        session = self.session
        try:
            session.flush()
            for hook in self.before_commit:
                hook(session)
            session.commit()
        except StaleDataError:
            session.rollback()
            raise StaleVersion(
                "This order was changed elsewhere since it was opened: reload and try again"
            ) from None
        except OperationalError as exc:
            session.rollback()
            raise ExternalError("The database refused the change: {orig}", orig=exc.orig) from None
