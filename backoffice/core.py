"""The core: the one door from a front end (the window, a background job) into the services.

Built once in `app.py` (`AppContext.core`). A caller passes plain values and gets plain data
back (dataclasses, row snapshots); the core owns the session or the unit of work each call runs
in, so the window never holds a Session, a UnitOfWork or an ORM object:

    core.read(listing.page, filters, sort, 0, 200)          # a read function: fn(session, ...)
    core.write(orders.mark_read, code)                      # a use case: fn(uow, ...) commits
    core.quiet().write(claims.cancel_lines, actor, ...)     # the same without notifying (R47)
    core.run(sync_once, connector, actor=actor)              # a job that opens its own sessions

Every call opens its own session on the calling thread and closes it before returning, so a
core may be shared by threads: sessions never cross them (STYLE practice 4). The signatures are
checked by the type checker (ParamSpec), so `core.write(f, ...)` is as typed as `f(uow, ...)`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from backoffice.db.uow import UnitOfWork

P = ParamSpec("P")
R = TypeVar("R")


class Core:
    def __init__(self, session_factory: sessionmaker[Session], *, notify: bool = True) -> None:
        self._factory = session_factory
        self._notify = notify

    def read(self, fn: Callable[Concatenate[Session, P], R], *args: P.args, **kw: P.kwargs) -> R:
        """A read function on a session of its own; nothing it does is committed."""
        with self._factory() as session:
            return fn(session, *args, **kw)

    def write(
        self, fn: Callable[Concatenate[UnitOfWork, P], R], *args: P.args, **kw: P.kwargs
    ) -> R:
        """A use case on a fresh unit of work: its change, timeline event and outbox row in one
        transaction, which the use case commits (nothing is written when it raises)."""
        uow = UnitOfWork(self._factory)
        uow.notify = self._notify
        return fn(uow, *args, **kw)

    def run(
        self,
        fn: Callable[Concatenate[sessionmaker[Session], P], R],
        *args: P.args,
        **kw: P.kwargs,
    ) -> R:
        """A job that opens several transactions of its own (a sync pass, the automatic rules,
        a print job's send and record)."""
        return fn(self._factory, *args, **kw)

    def quiet(self) -> Core:
        """The same core for an action that must not notify the customer (R47)."""
        return Core(self._factory, notify=False)
