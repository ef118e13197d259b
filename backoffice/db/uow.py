"""Unit of work: one transaction per staff action (STYLE practice 1).

    with uow:
        ...            # change, timeline event and outbox row, all on uow.session
        uow.commit()   # nothing is written unless this runs

Leaving the block without commit (or with an exception) rolls everything back.

Several counter PCs share one database (issue 7): orders carry a version column (optimistic
locking). A change computed from a version another PC has since replaced is refused with
`StaleVersion` "Order X was changed by NAME at HH:MM — reload" (`stale_version`), never written,
whether the flush that found out ran in `commit` or earlier (autoflush inside the service).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Self

from sqlalchemy import event, inspect, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from backoffice.db.models import Order, TimelineEvent
from backoffice.domain.errors import ExternalError, StaleVersion


def stale_version(session: Session, order_id: int, code: str) -> StaleVersion:
    """The refusal of a stale edit, naming who changed the order last and when (local HH:MM),
    from its latest timeline event: every change records one (services/orders/history)."""
    # Highest id, not latest `at`: the PCs' clocks may disagree, the sequence does not.
    last = session.execute(
        select(TimelineEvent.actor, TimelineEvent.at)
        .where(TimelineEvent.order_id == order_id)
        .order_by(TimelineEvent.id.desc())
        .limit(1)
    ).first()
    if last is None:
        return StaleVersion("Order {code} was changed elsewhere — reload", code=code)
    return StaleVersion(
        "Order {code} was changed by {who} at {time} — reload",
        code=code,
        who=last.actor,
        time=last.at.astimezone().strftime("%H:%M"),
    )


def _remember_versions(session: Session, _context: object, _instances: object) -> None:
    """before_flush: the version each changed order was read at. A failed flush expires every
    object, so this is the only record of which order went stale."""
    seen = session.info.setdefault("order_versions", {})
    for obj in session.dirty:
        if isinstance(obj, Order):
            state = inspect(obj).dict
            if state.get("id") is not None and state.get("version") is not None:
                seen[state["id"]] = (state.get("code", ""), state["version"])


def _stale_refusal(session: Session) -> StaleVersion:
    """After a StaleDataError: roll back, then find the order whose version moved on."""
    seen = dict(session.info.get("order_versions", {}))
    session.rollback()
    for order_id, (code, version) in seen.items():
        now = session.scalar(select(Order.version).where(Order.id == order_id))
        if now is not None and now != version:
            return stale_version(session, order_id, code)
    return StaleVersion("This order was changed elsewhere since it was opened — reload")


class UnitOfWork:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._factory = session_factory
        self._session: Session | None = None
        # Called just before the commit; tests use it to inject a failure (atomicity).
        self.before_commit: list[Callable[[Session], None]] = []
        # False: the actions run with this unit of work do not notify the customer (R47); the
        # session carries it to services/notify/send.py.
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
        event.listen(self._session, "before_flush", _remember_versions)
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        assert self._session is not None
        try:
            if isinstance(exc, StaleDataError):  # an autoflush inside the service found it
                raise _stale_refusal(self._session) from None
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
            raise _stale_refusal(session) from None
        except OperationalError as exc:
            session.rollback()
            raise ExternalError("The database refused the change: {orig}", orig=exc.orig) from None
