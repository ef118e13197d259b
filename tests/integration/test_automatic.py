"""The automatic rules: completion N days after delivery (R8) and the deposit deadline (R10)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from backoffice.db.base import utcnow
from backoffice.domain.stages import CANCEL_REASON_PAYMENT_EXPIRED, RETURNABLE_STAGES, Stage
from backoffice.services.claims import changes as claims
from backoffice.services.orders import automatic
from backoffice.services.orders import changes as orders
from backoffice.services.orders.automatic import AutomaticResult, run_automatic_rules
from backoffice.services.staff.actor import SYSTEM, WEB_SHOP
from tests.factories import CASHIER, MANAGER, place
from tests.integration.builders_ops import (
    events,
    one_new_event,
    order_of,
    outbox,
    refused,
    stock_of,
)

NOW = utcnow().replace(microsecond=0)


def delivered(uow, session, ago: timedelta) -> str:
    """An order delivered `ago` before NOW (the delivery time is set as the courier reported it)."""
    code = place(uow, stage=Stage.DELIVERED)
    order = order_of(session, code)
    order.delivered_at = NOW - ago
    session.commit()
    return code


@pytest.mark.rule("R8")
def test_completed_after_seven_days_not_after_six(uow, session, catalog):
    seven = delivered(uow, session, timedelta(days=7))
    six = delivered(uow, session, timedelta(days=6, hours=23, minutes=59))
    count = len(events(session, seven))

    assert run_automatic_rules(uow, NOW) == AutomaticResult(completed=1)

    done = order_of(session, seven)
    assert (done.stage, done.completed_at) == ("completed", NOW)
    event = one_new_event(session, seven, count)
    assert (event.actor, event.kind) == (SYSTEM.name, "stage")
    assert (event.before, event.after) == ({"stage": "delivered"}, {"stage": "completed"})
    assert outbox(session, seven, "stage")[-1].payload["stage"] == "completed"
    assert order_of(session, six).stage == "delivered"

    # Idempotent: running again at the same time changes nothing more.
    total_events = len(events(session, seven)) + len(events(session, six))
    assert run_automatic_rules(uow, NOW) == AutomaticResult()
    assert len(events(session, seven)) + len(events(session, six)) == total_events

    assert run_automatic_rules(uow, NOW + timedelta(minutes=1)) == AutomaticResult(completed=1)
    assert order_of(session, six).stage == "completed"


@pytest.mark.rule("R8")
def test_number_of_days_is_configurable(uow, session, catalog):
    code = delivered(uow, session, timedelta(days=3))
    assert run_automatic_rules(uow, NOW).completed == 0
    assert run_automatic_rules(uow, NOW, auto_complete_days=3).completed == 1
    assert order_of(session, code).stage == "completed"


@pytest.mark.rule("R8")
def test_an_open_return_keeps_the_order_open(uow, session, catalog):
    code = delivered(uow, session, timedelta(days=30))
    tee = next(x.id for x in order_of(session, code).lines if x.sku == "TEE-BLK-M")
    claims.open_claim(uow, CASHIER, code, "return", {tee: 1}, "사이즈가 맞지 않음")
    assert run_automatic_rules(uow, NOW) == AutomaticResult()
    assert order_of(session, code).stage == "delivered"


@pytest.mark.rule("R8")
def test_customer_confirms_the_purchase_in_the_web_shop(uow, session, catalog):
    code = delivered(uow, session, timedelta(hours=2))
    count = len(events(session, code))
    pushed = len(outbox(session, code))

    assert automatic.customer_confirmed_purchase(uow, code) is True

    order = order_of(session, code)
    assert order.stage == "completed" and order.completed_at is not None
    event = one_new_event(session, code, count)
    assert (event.actor, event.after) == (WEB_SHOP.name, {"stage": "completed"})
    assert len(outbox(session, code)) == pushed  # the shop told us: nothing to push back
    # The news may arrive twice by sync: the second time changes nothing.
    assert automatic.customer_confirmed_purchase(uow, code) is False
    assert len(events(session, code)) == count + 1


@pytest.mark.rule("R8")
def test_purchase_cannot_be_confirmed_before_the_goods_left(uow, session, catalog):
    code = place(uow, stage=Stage.PREPARING)
    with refused(session, code, "R8"):
        automatic.customer_confirmed_purchase(uow, code)


@pytest.mark.rule("R8")
def test_completed_orders_close_returns_and_cannot_go_back(uow, session, catalog):
    code = delivered(uow, session, timedelta(days=8))
    run_automatic_rules(uow, NOW)
    assert Stage.COMPLETED not in RETURNABLE_STAGES
    tee = next(x.id for x in order_of(session, code).lines if x.sku == "TEE-BLK-M")
    for kind in ("return", "exchange"):
        with refused(session, code, "R8"):
            claims.open_claim(uow, CASHIER, code, kind, {tee: 1}, "단순 변심")
    with refused(session, code, "R9"):
        orders.set_stage(uow, MANAGER, code, Stage.DELIVERED, reason="실수")
    with refused(session, code, "R11"):
        orders.cancel(uow, CASHIER, code, "고객 요청")


@pytest.mark.rule("R10")
def test_passed_deposit_deadline_cancels_for_good(uow, session, catalog):
    expired = place(
        uow,
        {"BAG-CNV": 3},
        stage=Stage.PENDING_PAYMENT,
        payment_method="bank_transfer",
        deposit_deadline=NOW - timedelta(minutes=1),
    )
    waiting = place(
        uow,
        {"BAG-CNV": 2},
        stage=Stage.PENDING_PAYMENT,
        payment_method="bank_transfer",
        deposit_deadline=NOW + timedelta(hours=1),
    )
    assert stock_of(session, "BAG-CNV") == catalog.initial["BAG-CNV"] - 5
    count = len(events(session, expired))

    assert run_automatic_rules(uow, NOW) == AutomaticResult(expired=1)

    order = order_of(session, expired)
    assert (order.stage, order.cancel_reason) == ("cancelled", CANCEL_REASON_PAYMENT_EXPIRED)
    assert order.amount_due == 0
    assert stock_of(session, "BAG-CNV") == catalog.initial["BAG-CNV"] - 2  # R14: 3 came back
    event = one_new_event(session, expired, count)
    assert (event.actor, event.kind) == (SYSTEM.name, "cancelled")
    assert event.after["reason"] == CANCEL_REASON_PAYMENT_EXPIRED
    assert order_of(session, waiting).stage == "pending_payment"

    # Never revived, not even by a manager.
    with refused(session, expired, "R10"):
        orders.set_stage(uow, MANAGER, expired, Stage.PENDING_PAYMENT, reason="입금 확인")
    with refused(session, expired, "R10"):
        orders.uncancel(uow, MANAGER, expired, "입금 확인")
    assert run_automatic_rules(uow, NOW) == AutomaticResult()


@pytest.mark.rule("R10")
def test_an_order_moved_on_before_its_deadline_is_left_alone(uow, session, catalog):
    code = place(
        uow,
        stage=Stage.PENDING_PAYMENT,
        deposit_deadline=NOW + timedelta(minutes=5),
    )
    orders.set_stage(uow, CASHIER, code, Stage.RECEIVED)  # paid in time
    assert run_automatic_rules(uow, NOW + timedelta(days=1)) == AutomaticResult()
    assert order_of(session, code).stage == "received"


def test_naive_time_is_refused(uow, catalog):
    with pytest.raises(ValueError):
        run_automatic_rules(uow, NOW.replace(tzinfo=None))
