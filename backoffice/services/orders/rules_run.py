"""The automatic rules on a schedule (R8, R10): what makes them happen outside tests.

Three things call `run_rules`: every `backoffice sync` pass (after the pull, so a payment the
shop just reported is known before an order is expired), the window's rules timer (every few
minutes, on its database worker, whether a shop is connected or not), and `backoffice rules run`
for a cron job. Running it twice, or on two PCs at once, changes nothing more: each order is
checked again in its own transaction (services/orders/automatic.py). Timeline entries are by "system".

In one process, two of them can meet: the window starts its timer and its first sync pass
together. A pass that finds another one running on the same database returns at once, with
nothing done, instead of racing it order by order (which left "skipped … changed by system"
warnings on every start).
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from backoffice.db.base import utcnow
from backoffice.db.uow import UnitOfWork
from backoffice.services.orders.automatic import (
    AutomaticResult,
    run_automatic_rules,
)
from backoffice.services.shop import settings

logger = logging.getLogger(__name__)

INTERVAL_MINUTES = 5  # how often the window runs them


def auto_complete_days(session: Session) -> int:
    return settings.read(session, settings.AUTO_COMPLETE_DAYS)


_RUNNING: dict[str, threading.Lock] = {}  # one per database this process runs the rules on
_GUARD = threading.Lock()


def _lock_for(factory: sessionmaker[Session]) -> threading.Lock:
    bind = factory.kw.get("bind")
    key = bind.url.render_as_string(hide_password=False) if bind is not None else ""
    with _GUARD:
        return _RUNNING.setdefault(key, threading.Lock())


def run_rules(factory: sessionmaker[Session], *, now: datetime | None = None) -> AutomaticResult:
    """R8 and R10 as of `now`, with the days the shop set. Nothing, when another pass of this
    process is running on the same database (it does the same work)."""
    lock = _lock_for(factory)
    if not lock.acquire(blocking=False):
        logger.info("automatic rules already running on this database: this pass is skipped")
        return AutomaticResult()
    try:
        with factory() as session:
            days = auto_complete_days(session)
        return run_automatic_rules(UnitOfWork(factory), now or utcnow(), auto_complete_days=days)
    finally:
        lock.release()
