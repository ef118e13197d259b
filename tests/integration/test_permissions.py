"""Who may do what, checked in the services themselves (R48): a cashier's delete (R49), refund,
revert (R9), un-cancel (R11), settings and staff management are refused with NeedsManager and
change nothing; a manager, or the cashier approved by a manager's PIN, may. Every timeline event
names who acted (R28)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from backoffice.db.models import CustomStatus, Order, Refund, Setting, Shop, Staff, TimelineEvent
from backoffice.domain.errors import NeedsManager
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.orders import statuses
from backoffice.services.payments import refunds
from backoffice.services.payments import requests as payments
from backoffice.services.printing import settings as printer_settings
from backoffice.services.printing.settings import PrinterSettings
from backoffice.services.staff import members as staff
from backoffice.services.sync import shops
from tests.factories import CASHIER, MANAGER, place


def _count(session, model) -> int:
    session.expire_all()
    return session.scalar(select(func.count()).select_from(model))


def _order(session, code: str) -> Order | None:
    session.expire_all()
    return session.scalar(select(Order).where(Order.code == code))


def _events(session, code: str) -> list[TimelineEvent]:
    session.expire_all()
    query = select(TimelineEvent).where(TimelineEvent.order_code == code)
    return list(session.scalars(query.order_by(TimelineEvent.id)))


@pytest.fixture
def approved(uow):
    """The cashier 김지은 approved by the manager 박민수 for one action."""
    staff.setup_first_manager(uow, "박민수", "0000")
    staff.add_staff(uow, MANAGER, "김지은", pin="1234")
    cashier = staff.sign_in(uow, "김지은", "1234")
    return staff.approve(uow, "박민수", "0000", cashier)


@pytest.mark.rule("R49")
def test_only_a_manager_deletes_an_order(uow, session, catalog, approved):
    code = place(uow, stage=Stage.PREPARING)
    with pytest.raises(NeedsManager, match=r"Only a manager can delete an order \(R49\)") as err:
        orders.delete_order(uow, CASHIER, code, "test")
    assert err.value.what == "delete"
    assert _order(session, code) is not None
    orders.delete_order(uow, approved, code, "test order")
    assert _order(session, code) is None
    assert _events(session, code)[-1].actor == "김지은, approved by 박민수"


@pytest.mark.rule("R48")
def test_only_a_manager_refunds(uow, session, catalog, approved):
    code = place(uow, stage=Stage.RECEIVED)
    payments.record_payment(uow, CASHIER, code, "card", 53000)
    with pytest.raises(NeedsManager, match=r"Only a manager can refund \(R48\)"):
        refunds.refund(uow, CASHIER, code, 12000, method="card", reason="머그 파손")
    assert _count(session, Refund) == 0
    refunds.refund(uow, approved, code, 12000, method="card", reason="머그 파손")
    [row] = session.scalars(select(Refund)).all()
    assert row.amount == 12000
    last = _events(session, code)[-1]
    assert (last.kind, last.actor) == ("refund", "김지은, approved by 박민수")


@pytest.mark.rule("R9")
def test_only_a_manager_moves_an_order_back(uow, session, catalog, approved):
    code = place(uow, stage=Stage.READY)
    with pytest.raises(NeedsManager, match=r"\(R9\)") as err:
        orders.set_stage(uow, CASHIER, code, Stage.PREPARING, reason="wrong click")
    assert err.value.what == "revert"
    assert _order(session, code).stage == Stage.READY
    orders.set_stage(uow, approved, code, Stage.PREPARING, reason="wrong click")
    assert _order(session, code).stage == Stage.PREPARING
    last = _events(session, code)[-1]
    assert (last.kind, last.actor) == ("revert", "김지은, approved by 박민수")


@pytest.mark.rule("R11")
def test_staff_cancel_but_only_a_manager_revives(uow, session, catalog):
    code = place(uow, stage=Stage.PREPARING)
    orders.cancel(uow, CASHIER, code, "고객 변심")  # counter staff may cancel
    with pytest.raises(NeedsManager, match=r"Only a manager can revive a cancelled order \(R11\)"):
        orders.uncancel(uow, CASHIER, code, "cancelled by mistake")
    assert _order(session, code).stage == Stage.CANCELLED
    orders.uncancel(uow, MANAGER, code, "cancelled by mistake")
    assert _order(session, code).stage == Stage.PREPARING
    assert [e.actor for e in _events(session, code)[-2:]] == [CASHIER.name, MANAGER.name]


def _settings_calls(uow, session) -> list[tuple[str, Callable[[Any], Any]]]:
    label = statuses.create_status(uow, MANAGER, Stage.PREPARING, "입고 대기", "#ffaa00")
    staff.setup_first_manager(uow, "박민수", "0000")
    staff.add_staff(uow, MANAGER, "이하늘", pin="1234")
    return [
        ("printer", lambda a: printer_settings.save(uow, PrinterSettings(), actor=a)),
        (
            "shop",
            lambda a: shops.add_shop(
                uow, "woocommerce", "woo", "https://shop.example", "ck_x", "", actor=a
            ),
        ),
        ("webhook", lambda a: shops.add_webhook(uow, "hook", "https://hook.example", "s", actor=a)),
        ("new status", lambda a: statuses.create_status(uow, a, "ready", "포장", "#00ff00")),
        ("rename status", lambda a: statuses.rename_status(uow, a, label, "Waiting")),
        ("recolour status", lambda a: statuses.recolour_status(uow, a, label, "#123456")),
        ("delete status", lambda a: statuses.delete_status(uow, a, label)),
        ("add staff", lambda a: staff.add_staff(uow, a, "Alex Kim")),
        ("role", lambda a: staff.set_role(uow, a, "이하늘", "manager")),
        ("pin", lambda a: staff.set_pin(uow, a, "이하늘", "9999")),
        ("rename staff", lambda a: staff.rename_staff(uow, a, "이하늘", "이하늘B")),
        ("deactivate", lambda a: staff.deactivate_staff(uow, a, "이하늘B")),
        ("idle", lambda a: staff.set_minutes_setting(uow, a, staff.IDLE_MINUTES_KEY, 3)),
    ]


@pytest.mark.rule("R48")
def test_settings_and_staff_management_need_a_manager(uow, session, catalog):
    calls = _settings_calls(uow, session)
    tables = (Setting, Shop, CustomStatus, Staff)
    before = {t.__name__: _count(session, t) for t in tables}
    hashes = list(session.scalars(select(Staff.pin_hash).order_by(Staff.id)))
    for what, call in calls:
        with pytest.raises(NeedsManager, match=r"\(R48\)"):
            call(CASHIER)
        assert {t.__name__: _count(session, t) for t in tables} == before, what
    assert list(session.scalars(select(Staff.pin_hash).order_by(Staff.id))) == hashes
    assert [s.name for s in staff.list_staff(session)] == ["박민수", "이하늘"]
    for _what, call in calls:
        call(MANAGER)  # the same calls go through for a manager
    assert [(s.name, s.active) for s in staff.list_staff(session, include_inactive=True)] == [
        ("Alex Kim", True),
        ("박민수", True),
        ("이하늘B", False),
    ]


@pytest.mark.rule("R28")
def test_every_timeline_event_names_who_acted(uow, session, catalog, approved):
    code = place(uow, stage=Stage.RECEIVED)
    payments.record_payment(uow, CASHIER, code, "card", 53000)
    orders.set_stage(uow, CASHIER, code, Stage.PREPARING)
    orders.set_stage(uow, approved, code, Stage.RECEIVED, reason="wrong click")
    orders.cancel(uow, CASHIER, code, "고객 변심")
    orders.uncancel(uow, MANAGER, code, "mistake")
    refunds.refund(uow, MANAGER, code, 3000, method="card")
    events = _events(session, code)
    assert len(events) >= 6
    assert all(e.actor.strip() for e in events)
    assert "김지은, approved by 박민수" in [e.actor for e in events]
