"""The deposit deadline of an order imported from the shop unpaid (R10).

Local orders waiting for a bank transfer get their deadline from the counter; an order the shop
sends as pending payment gets one here, so the automatic cancellation (services/automatic.py)
treats it the same way. The number of days is the shared `deposit_days` setting (default 3, see
app.AppSettings), counted from when the customer ordered in the shop. An order we first see after
that day has passed (the app was offline, or a shop was just connected) gets one more day from
now: nobody is cancelled for a deadline that passed before we knew of the order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.db.models import Setting

logger = logging.getLogger(__name__)

SETTING_KEY = "deposit_days"
DEFAULT_DAYS = 3
GRACE = timedelta(days=1)


def deposit_days(session: Session) -> int:
    raw = session.scalar(select(Setting.value).where(Setting.key == SETTING_KEY))
    try:
        return int(raw) if raw is not None else DEFAULT_DAYS
    except ValueError:  # a hand-edited value must not stop the sync
        logger.warning("setting %s=%r is not a number; using %s", SETTING_KEY, raw, DEFAULT_DAYS)
        return DEFAULT_DAYS


def deposit_deadline(session: Session) -> Callable[[datetime, datetime], datetime]:
    """deadline(created in the shop, now): read the setting once per page, not per order."""
    span = timedelta(days=deposit_days(session))

    def deadline(created: datetime, now: datetime) -> datetime:
        return max(created + span, now + GRACE)

    return deadline
