"""The deposit deadline of an order imported from the shop unpaid (R10).

Local orders waiting for a bank transfer get their deadline from the counter; an order the shop
sends as pending payment gets one here, so the automatic cancellation (services/orders/automatic.py)
treats it the same way. The number of days is the shared `deposit_days` setting (default 3, see
services/shop/settings.py), counted from when the customer ordered in the shop. An order we first see after
that day has passed (the app was offline, or a shop was just connected) gets one more day from
now: nobody is cancelled for a deadline that passed before we knew of the order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from backoffice.services.shop import settings

logger = logging.getLogger(__name__)

GRACE = timedelta(days=1)


def deposit_days(session: Session) -> int:
    return settings.read(session, settings.DEPOSIT_DAYS)


def deposit_deadline(session: Session) -> Callable[[datetime, datetime], datetime]:
    """deadline(created in the shop, now): read the setting once per page, not per order."""
    span = timedelta(days=deposit_days(session))

    def deadline(created: datetime, now: datetime) -> datetime:
        return max(created + span, now + GRACE)

    return deadline
