"""The shop's numeric settings are read in one place (services/shop/settings.py): a value staff or a
script left in the table is used; a hand-edited value that is not a number, or out of range,
never stops anything — the default (or the nearest bound) is used and the log says why."""

from __future__ import annotations

import logging

from backoffice.db.models import Setting
from backoffice.services.orders import rules_run
from backoffice.services.shop import settings
from backoffice.services.shop.settings import ShopSettings
from backoffice.services.staff import members as staff
from backoffice.services.sync import deadline as sync_deadline


def _store(session, **values: str) -> None:
    for key, value in values.items():
        session.merge(Setting(key=key, value=value))
    session.commit()


def test_defaults_when_nothing_is_stored(session):
    assert ShopSettings.load(session) == ShopSettings(
        auto_complete_days=7, deposit_days=3, staff_lock_minutes=5, idle_lock_minutes=10
    )


def test_every_reader_sees_the_stored_values(session):
    _store(session, auto_complete_days="14", deposit_days="5", idle_lock_minutes="2")
    assert rules_run.auto_complete_days(session) == 14
    assert sync_deadline.deposit_days(session) == 5
    assert staff.minutes_setting(session, staff.IDLE_MINUTES_KEY) == 2
    assert ShopSettings.load(session).deposit_days == 5


def test_a_hand_edited_value_falls_back_and_is_logged(session, caplog):
    _store(session, deposit_days="three", auto_complete_days="-4", staff_lock_minutes="99999")
    with caplog.at_level(logging.WARNING):
        loaded = ShopSettings.load(session)
    assert loaded.deposit_days == 3  # the default
    assert loaded.auto_complete_days == 0  # the lowest allowed
    assert loaded.staff_lock_minutes == 24 * 60  # the highest allowed
    assert "setting deposit_days='three' is not a number; using 3" in caplog.text
    assert settings.read(session, settings.DEPOSIT_DAYS) == 3
