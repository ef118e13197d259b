"""Local changes reach the shop exactly once through the outbox relay (R42, R44)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.db.models import Variant
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.orders import notes
from backoffice.services.payments import refunds
from tests.factories import CASHIER, MANAGER
from tests.fakes.woo_server import Fault
from tests.sync_db.builders import counter_sale, entries, local_order, notes_with, orders_with_code
from tests.sync_db.conftest import FAST, LATE

pytestmark = pytest.mark.rule("R42")

LOST_ANSWER = {
    "timeout-after-write": Fault.timeout_after_write(LATE),
    "reset-after-write": Fault.reset_after_write(),
    "500-after-nothing": Fault.error(500),
}


@pytest.fixture
def pulled(woo, run, session):
    """A paid web order pulled from the shop; returns (shop order id, local code)."""
    oid = woo.shop.add_order([("TEE-BLK-M", 1), ("MUG-WHT", 1)], status="processing")
    run()
    return oid, local_order(session, oid).code


@pytest.mark.rule("R44")
@pytest.mark.parametrize("fault", LOST_ANSWER, ids=list(LOST_ANSWER))
def test_message_stage_and_refund_applied_once_when_the_answer_is_lost(
    woo, run, uow, session, pulled, fault
):
    oid, code = pulled
    notes.send_message(uow, CASHIER, code, "Your parcel leaves today")
    orders.set_stage(uow, CASHIER, code, Stage.PREPARING)
    refunds.refund(uow, MANAGER, code, 12000, method="bank_transfer", reason="mug broke")
    for route in ("POST /orders/{id}/notes", "POST /orders/{id}/refunds"):
        woo.inject(route, LOST_ANSWER[fault])
    report = run.until_quiet()
    assert report.pending == 0
    assert len(notes_with(woo, oid, "Your parcel leaves today")) == 1
    assert len(notes_with(woo, oid, "We are preparing your order")) == 1
    refunds_made = woo.shop.refunds[oid]
    assert [r["amount"] for r in refunds_made] == ["12000"]
    assert refunds_made[0]["refunded_payment"] is False  # bank transfer: no gateway refund
    assert woo.shop.orders[oid]["status"] == "processing"
    sent = {e.kind: e.state for e in entries(session, order_code=code) if e.kind != "stock"}
    assert sent == {"message": "sent", "stage": "sent", "refund": "sent"}


@pytest.mark.rule("R30")
def test_counter_order_made_offline_appears_once_after_the_shop_returns(
    woo, run, uow, session, catalog
):
    code = counter_sale(uow, {"MUG-WHT": 2})
    url = run.link.connector.http.base_url
    run.link.connector.http.base_url = "http://127.0.0.1:9/wp-json/wc/v3"  # nothing listens
    offline = run()
    assert not offline.online and offline.pending > 0 and offline.unreachable
    (create,) = entries(session, kind="order_created")
    assert create.state == "pending"
    run.link.connector.http.base_url = url
    woo.inject("POST /orders", Fault.timeout_after_write(LATE))
    run.until_quiet()
    (remote_id,) = orders_with_code(woo, code)
    session.expire_all()
    order = local_order(session, remote_id)
    assert order.code == code and order.channel == "counter"
    assert woo.shop.orders[remote_id]["date_paid"] is not None
    # The order comes back in the next pull as an echo of ours, not as a new web order.
    woo.shop.clock.tick(5)
    again = run()
    assert again.new_codes == ()


def test_later_changes_wait_for_the_creation_and_go_after_it(woo, run, uow, session, catalog):
    code = counter_sale(uow, {"MUG-WHT": 1})
    notes.send_message(uow, CASHIER, code, "Thanks for shopping with us")
    # More failures than one run tries (RetryPolicy.in_run_attempts): the creation waits.
    woo.inject("POST /orders", *[Fault.error(503)] * FAST.in_run_attempts)
    run()
    assert orders_with_code(woo, code) == []
    assert entries(session, kind="message")[0].state == "pending"
    run.until_quiet()
    (remote_id,) = orders_with_code(woo, code)
    assert len(notes_with(woo, remote_id, "Thanks for shopping with us")) == 1


def test_a_rejected_push_is_parked_with_the_shop_message(woo, run, uow, session, pulled):
    oid, code = pulled
    notes.send_message(uow, CASHIER, code, "hello")
    woo.inject("POST /orders/{id}/notes", Fault.error(400))
    report = run()
    (entry,) = entries(session, kind="message")
    assert entry.state == "parked" and "HTTP 400" in entry.last_error
    assert report.parked == 1 and any("HTTP 400" in e for e in report.errors)
    assert notes_with(woo, oid, "hello") == []


def test_entries_are_parked_after_the_attempt_limit(woo, run, uow, session, pulled):
    oid, code = pulled
    notes.send_message(uow, CASHIER, code, "hello")
    woo.inject("POST /orders/{id}/notes", *[Fault.error(500)] * 10)
    for _ in range(8):
        run()
    (entry,) = entries(session, kind="message")
    assert entry.state == "parked" and entry.last_error.startswith("gave up after 6 attempts")


@pytest.mark.rule("R44")
def test_stock_levels_go_after_the_cancel_that_restores_them(woo, run, uow, session, pulled):
    oid, code = pulled
    mug = woo.shop.find_sku("MUG-WHT")
    woo.shop.products[mug]["stock_quantity"] = 3  # the shop drifted; the level we push fixes it
    orders.cancel(uow, CASHIER, code, "customer called")
    run.until_quiet()
    shop_stock = {p["sku"]: p["stock_quantity"] for p in woo.shop.products.values()}
    session.expire_all()
    local = dict(session.execute(select(Variant.sku, Variant.stock)).all())
    assert shop_stock["TEE-BLK-M"] == local["TEE-BLK-M"]
    assert shop_stock["MUG-WHT"] == local["MUG-WHT"]
    assert woo.shop.orders[oid]["status"] == "cancelled"
