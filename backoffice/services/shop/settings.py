"""The shop's numeric settings, shared by every PC (the `settings` table), declared and read in
one place. Each has a key, a default and a range; `read` is the only parser: a hand-edited value
that is not a number, or is out of range, is logged and replaced by the default (or the nearest
bound), so it can never stop the sync, the rules or the sign-in.

Other settings live with their owners: printers (services/printing/settings.py), notifications
(services/notify/settings.py), the shop connections (services/sync/shops.py). Per-PC choices (window
layout, language) are in QSettings.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.db.models import Setting

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class IntSetting:
    key: str
    default: int
    minimum: int = 0
    maximum: int | None = None


AUTO_COMPLETE_DAYS = IntSetting("auto_complete_days", 7)  # R8: days after delivery
DEPOSIT_DAYS = IntSetting("deposit_days", 3)  # R10: deposit deadline of a bank transfer
STAFF_LOCK_MINUTES = IntSetting("staff_lock_minutes", 5, 0, 24 * 60)  # R48: after 5 wrong PINs
IDLE_LOCK_MINUTES = IntSetting("idle_lock_minutes", 10, 0, 24 * 60)  # R48: the idle lock
REGISTRY = {
    s.key: s for s in (AUTO_COMPLETE_DAYS, DEPOSIT_DAYS, STAFF_LOCK_MINUTES, IDLE_LOCK_MINUTES)
}


def parse(setting: IntSetting, raw: str | None) -> int:
    if raw is None:
        return setting.default
    try:
        value = int(raw)
    except ValueError:
        logger.warning("setting %s=%r is not a number; using %s", setting.key, raw, setting.default)
        return setting.default
    if value < setting.minimum:
        return setting.minimum
    if setting.maximum is not None and value > setting.maximum:
        return setting.maximum
    return value


def read(session: Session, setting: IntSetting) -> int:
    raw = session.scalar(select(Setting.value).where(Setting.key == setting.key))
    return parse(setting, raw)


@dataclass(frozen=True)
class ShopSettings:
    """Every numeric setting at once (what a front end shows or starts with)."""

    auto_complete_days: int = AUTO_COMPLETE_DAYS.default
    deposit_days: int = DEPOSIT_DAYS.default
    staff_lock_minutes: int = STAFF_LOCK_MINUTES.default
    idle_lock_minutes: int = IDLE_LOCK_MINUTES.default

    @classmethod
    def load(cls, session: Session) -> ShopSettings:
        rows = {key: value for key, value in session.execute(select(Setting.key, Setting.value))}
        return cls(**{key: parse(s, rows.get(key)) for key, s in REGISTRY.items()})
