"""Both sides changed one order while offline (R43), and what the app shows (R45)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.db.models import TimelineEvent
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.sync.conflicts import list_conflicts, resolve_conflict
from backoffice.services.sync.runner import sync_status
from tests.factories import CASHIER, MANAGER
from tests.sync_db.builders import entries, local_order, notes_with

pytestmark = pytest.mark.rule("R43")


def sync_notes(session, order_id):
    stmt = select(TimelineEvent.text).where(
        TimelineEvent.order_id == order_id, TimelineEvent.kind == "sync_conflict"
    )
    return list(session.scalars(stmt))


def test_customer_cancel_in_the_shop_wins_over_a_local_stage_change(woo, run, uow, session):
    oid = woo.shop.add_order([("TEE-BLK-M", 1)], status="processing")
    run()
    code = local_order(session, oid).code
    orders.set_stage(uow, CASHIER, code, Stage.PREPARING)  # made here while offline
    woo.shop.clock.tick(2)
    woo.shop.update_order(oid, {"status": "cancelled"})  # the customer cancelled there
    run.until_quiet()
    order = local_order(session, oid)
    assert order.stage == "cancelled"
    (stage_entry,) = [e for e in entries(session, order_code=code) if e.kind == "stage"]
    assert stage_entry.state == "skipped" and "R43" in stage_entry.last_error
    assert any("not sent" in t for t in sync_notes(session, order.id))
    assert notes_with(woo, oid, "preparing") == []  # our stage change never reached the shop
    assert woo.shop.orders[oid]["status"] == "cancelled"


def test_customer_payment_wins_over_a_local_cancel(woo, run, uow, session):
    oid = woo.shop.add_order([("MUG-WHT", 1)], status="on-hold")
    run()
    code = local_order(session, oid).code
    orders.cancel(uow, CASHIER, code, "no deposit yet")
    woo.shop.clock.tick(2)
    woo.shop.update_order(oid, {"set_paid": True})
    run.until_quiet()
    order = local_order(session, oid)
    assert order.stage == "received" and order.paid == 12000 and order.balance == 0
    assert woo.shop.orders[oid]["status"] == "processing"


def test_other_conflicts_are_kept_for_staff_and_resolved(woo, run, uow, session):
    oid = woo.shop.add_order([("BAG-CNV", 1)], status="processing")
    run()
    code = local_order(session, oid).code
    orders.set_stage(uow, CASHIER, code, Stage.PREPARING)
    woo.shop.clock.tick(2)
    woo.shop.update_order(oid, {"status": "completed"})  # the shop's admin completed it
    run()
    (conflict,) = list_conflicts(session)
    assert conflict.order_code == code and conflict.field == "stage"
    assert conflict.local["stage"] == "preparing" and conflict.remote["stage"] == "delivered"
    assert woo.shop.orders[oid]["status"] == "completed"  # nothing overwritten in the shop
    assert local_order(session, oid).stage == "preparing"  # nor here
    assert sync_status(session).conflicts == 1
    run()  # re-reading the same order does not record it twice
    assert len(list_conflicts(session)) == 1
    resolve_conflict(uow, MANAGER, conflict.id, keep="local")
    run.until_quiet()
    assert list_conflicts(session) == []
    assert woo.shop.orders[oid]["status"] == "processing"  # staff chose this computer's stage
    meta = {m["key"]: m["value"] for m in woo.shop.orders[oid]["meta"]}
    assert meta["_backoffice_stage"] == "preparing"


def test_taking_the_shops_version(woo, run, uow, session):
    oid = woo.shop.add_order([("BAG-CNV", 1)], status="processing")
    run()
    code = local_order(session, oid).code
    orders.set_stage(uow, CASHIER, code, Stage.PREPARING)
    woo.shop.clock.tick(2)
    woo.shop.update_order(
        oid,
        {"status": "cancelled", "meta_data": [{"key": "_backoffice_stage", "value": "received"}]},
    )
    # A cancel wins by itself (R43); use a status the rules do not settle: on-hold.
    woo.shop.update_order(oid, {"status": "on-hold"})
    run()
    (conflict,) = list_conflicts(session)
    resolve_conflict(uow, MANAGER, conflict.id, keep="remote")
    session.expire_all()
    assert local_order(session, oid).stage == "pending_payment"
    assert [e.state for e in entries(session, order_code=code) if e.kind == "stage"][0] == "skipped"


@pytest.mark.rule("R45")
def test_status_shows_online_last_sync_and_waiting_changes(woo, run, uow, session):
    assert sync_status(session).online is None
    oid = woo.shop.add_order([("TEE-BLK-M", 1)], status="processing")
    first = run()
    status = sync_status(session)
    assert status.online is True and status.last_sync_at == first.last_sync_at is not None
    code = local_order(session, oid).code
    orders.set_stage(uow, CASHIER, code, Stage.PREPARING)
    session.expire_all()
    assert sync_status(session).pending >= 1
    run.link.connector.http.base_url = "http://127.0.0.1:9/wp-json/wc/v3"
    offline = run()
    status = sync_status(session)
    assert status.online is False and status.pending >= 1 and status.last_error
    assert status.last_sync_at == first.last_sync_at  # the last *successful* sync
    assert offline.pending == status.pending
