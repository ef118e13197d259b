"""Pushes to the fake WooCommerce: each applied exactly once, even when the answer is lost (R42, R44)."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from backoffice.sync.connector import push_exactly_once
from backoffice.sync.errors import ShopRejected, ShopUnreachable
from backoffice.sync.models import Address, NewLine, NewOrder, OutboxMessage, PushKind
from backoffice.sync.retry import delay_after
from backoffice.sync.woocommerce import ShopConflict
from tests.fakes.woo_server import Fault
from tests.sync.conftest import LATE
from tests.sync.helpers import relay

pytestmark = pytest.mark.rule("R42")

# The faults that lose the shop's answer after it applied the write, and plain failures.
LOST_ANSWER = {
    "none": [],
    "timeout-after-write": [Fault.timeout_after_write(LATE)],
    "reset-after-write": [Fault.reset_after_write()],
    "500-then-ok": [Fault.error(500)],
    "429-then-ok": [Fault.error(429, retry_after="1")],
    "malformed-after-write": [Fault.malformed()],
}


@pytest.fixture
def shop(woo):
    woo.shop.add_product("TEE-M", "19000", stock=10)
    woo.shop.add_product("CAP", "12000", stock=4)
    return woo.shop


def entry(kind, payload, key, oid=None):
    return OutboxMessage(PushKind(kind), payload, key, oid, created_at=datetime.now(UTC))


def our_notes(shop, oid, key):
    return [n for n in shop.notes[oid] if f"bo:{key} " in n["note"]]


def relay_tolerating_malformed(conn, e):
    """A malformed answer to a write is uncertain too: the relay asks before retrying."""
    from backoffice.sync.errors import ShopMalformed

    try:
        return relay(conn, e)
    except ShopMalformed:
        return push_exactly_once(conn, e, attempted_before=True)


@pytest.mark.parametrize("fault", LOST_ANSWER, ids=list(LOST_ANSWER))
@pytest.mark.rule("R44")
def test_stage_change_is_applied_once(woo, shop, connect, fault):
    oid = shop.add_order([("TEE-M", 1)])
    woo.inject("POST /orders/{id}/notes", *LOST_ANSWER[fault])
    e = entry("stage", {"stage": "shipped", "notify_customer": True}, "K-stage-1", oid)
    result = relay_tolerating_malformed(connect(), e)
    order = shop.orders[oid]
    assert order["status"] == "processing"  # Woo has no "shipped": the stage lives in meta
    meta = {m["key"]: m["value"] for m in order["meta"]}
    assert meta["_backoffice_stage"] == "shipped"
    assert meta["_backoffice_keys"] == ["K-stage-1"]
    (note,) = our_notes(shop, oid, "K-stage-1")
    assert note["customer_note"] is True
    assert result.remote_order_id == oid and result.remote_id == note["id"]


@pytest.mark.parametrize("fault", ["timeout-after-write", "reset-after-write"])
def test_the_write_really_happened_before_the_answer_was_lost(woo, shop, connect, fault):
    """Guards the test above: without find_applied, the retry would have added a second note."""
    oid = shop.add_order([("TEE-M", 1)])
    woo.inject("POST /orders/{id}/notes", *LOST_ANSWER[fault])
    e = entry("customer_message", {"text": "Hello"}, "K-msg-0", oid)
    with pytest.raises(ShopUnreachable) as err:
        connect().push(e)
    assert err.value.uncertain
    assert len(our_notes(shop, oid, "K-msg-0")) == 1
    # The relay stored "attempted" with the entry; after a restart it asks before pushing.
    assert push_exactly_once(connect(), e, attempted_before=True).already_applied
    assert len(our_notes(shop, oid, "K-msg-0")) == 1


@pytest.mark.parametrize("fault", ["timeout-after-write", "reset-after-write"])
def test_a_lost_answer_to_the_order_update_step_still_gives_one_note(woo, shop, connect, fault):
    oid = shop.add_order([("TEE-M", 1)])
    woo.inject("PUT /orders/{id}", *LOST_ANSWER[fault])
    e = entry("stage", {"stage": "preparing", "notify_customer": False}, "K-stage-2", oid)
    relay(connect(), e)
    (note,) = our_notes(shop, oid, "K-stage-2")
    assert note["customer_note"] is False


@pytest.mark.parametrize("fault", ["none", "timeout-after-write", "reset-after-write"])
@pytest.mark.rule("R7")
def test_tracking_number_is_pushed_once_as_meta_and_note(woo, shop, connect, fault):
    oid = shop.add_order([("TEE-M", 1)])
    woo.inject("POST /orders/{id}/notes", *LOST_ANSWER[fault])
    payload = {"carrier": "CJ대한통운", "tracking_number": "6012-3456-7890"}
    relay(connect(), entry("tracking", payload, "K-trk", oid))
    meta = {m["key"]: m["value"] for m in shop.orders[oid]["meta"]}
    # The layout the WooCommerce Shipment Tracking extension reads, written once.
    (item,) = meta["_wc_shipment_tracking_items"]
    assert item["custom_tracking_provider"] == "CJ대한통운" and item["tracking_provider"] == ""
    assert item["tracking_number"] == "6012-3456-7890" and item["date_shipped"].isdigit()
    assert len(item["tracking_id"]) == 32
    (note,) = our_notes(shop, oid, "K-trk")
    assert "6012-3456-7890" in note["note"] and note["customer_note"] is True


@pytest.mark.parametrize(
    "fault", ["none", "timeout-after-write", "reset-after-write", "500-then-ok"]
)
@pytest.mark.rule("R25")
def test_refund_of_a_bank_transfer_is_recorded_once_without_the_gateway(woo, shop, connect, fault):
    oid = shop.add_order([("TEE-M", 2)], payment_method="bacs")
    woo.inject("POST /orders/{id}/refunds", *LOST_ANSWER[fault])
    line_id = shop.orders[oid]["lines"][0]["id"]
    payload = {
        "amount": 19000,
        "currency": "KRW",
        "reason": "size",
        "line_items": [{"remote_line_id": line_id, "quantity": 1, "amount": 19000}],
    }
    relay(connect(), entry("refund", payload, "K-ref", oid))
    (refund,) = shop.refunds[oid]
    assert refund["amount"] == "19000" and refund["refunded_payment"] is False
    sent = [s.body for s in woo.seen if s.route == "POST /orders/{id}/refunds"]
    assert all(b["api_refund"] is False and b["api_restock"] is False for b in sent)
    assert shop.products[min(shop.products)]["stock_quantity"] == 8  # local stock is pushed apart


def test_refund_through_a_card_gateway_uses_the_api(woo, shop, connect):
    oid = shop.add_order([("TEE-M", 1)], payment_method="stripe")
    relay(
        connect(), entry("refund", {"amount": 19000, "currency": "KRW", "reason": "x"}, "K-r2", oid)
    )
    (refund,) = shop.refunds[oid]
    assert refund["refunded_payment"] is True
    assert shop.orders[oid]["status"] == "refunded"  # refunded in full


def test_a_refund_the_gateway_cannot_make_is_rejected_not_retried(woo, shop, connect):
    oid = shop.add_order([("TEE-M", 1)], payment_method="bacs")
    payload = {"amount": 19000, "currency": "KRW", "reason": "x", "api_refund": True}
    with pytest.raises(ShopRejected) as err:
        connect().push(entry("refund", payload, "K-r3", oid))
    assert "does not support automatic refunds" in str(err.value)
    assert delay_after(err.value, 0, random.Random(1)) is None  # parked at once
    assert shop.refunds[oid] == []


@pytest.mark.parametrize(
    "fault", ["none", "timeout-after-write", "reset-after-write", "500-then-ok"]
)
@pytest.mark.rule("R30")
def test_counter_order_created_offline_appears_once(woo, shop, connect, fault):
    woo.inject("POST /orders", *LOST_ANSWER[fault])
    order = NewOrder(
        order_code="7KQ-M3X",
        currency="KRW",
        stage="delivered",
        paid=True,
        lines=(NewLine("TEE-M", 2, 18000), NewLine("CAP", 1, 12000)),
        billing=Address(first_name="민", last_name="김", phone="010-1111-2222"),
        discount_total=2000,
        payment_method="counter",
        payment_method_title="Counter (cash)",
    )
    e = entry("create_order", order.to_payload(), "K-create-1")
    result = relay(connect(), e)
    created = [
        o
        for o in shop.orders.values()
        if {"key": "_backoffice_idempotency_key", "value": "K-create-1"}
        in [{"key": m["key"], "value": m["value"]} for m in o["meta"]]
    ]
    assert len(created) == 1 and result.remote_order_id == created[0]["id"]
    data = shop.order_json(created[0]["id"])
    assert data["status"] == "completed" and data["date_paid_gmt"]
    assert data["total"] == str(2 * 18000 + 12000 - 2000)
    stock = {p["sku"]: p["stock_quantity"] for p in shop.products.values()}
    assert stock == {"TEE-M": 8, "CAP": 3}  # taken once


@pytest.mark.parametrize("fault", ["none", "timeout-after-write", "reset-after-write"])
@pytest.mark.rule("R44")
def test_stock_levels_are_set_by_sku_for_products_and_variations(woo, shop, connect, fault):
    parent = shop.add_product("HOODIE", "45000")
    variation = shop.add_product("HOODIE-BLK-L", "45000", stock=3, parent_id=parent)
    woo.inject("PUT /products/{id}/variations/{id}", *LOST_ANSWER[fault])
    conn = connect()
    relay(conn, entry("stock", {"sku": "HOODIE-BLK-L", "quantity": 7}, "K-stock"))
    assert shop.products[variation]["stock_quantity"] == 7
    assert conn.get_stock("HOODIE-BLK-L") == 7
    conn.set_stock("TEE-M", 0)
    assert conn.get_stock("TEE-M") == 0
    with pytest.raises(ShopRejected, match="NO-SUCH"):
        conn.get_stock("NO-SUCH")


@pytest.mark.parametrize(
    ("stage", "before", "after"),
    [
        ("received", "pending", "processing"),
        ("preparing", "processing", "processing"),
        ("ready", "processing", "processing"),
        ("delivered", "processing", "completed"),
        ("completed", "processing", "completed"),
        ("pending_payment", "on-hold", "on-hold"),
        ("cancelled", "processing", "cancelled"),
    ],
)
@pytest.mark.rule("R6")
def test_local_stages_become_woo_statuses(woo, shop, connect, stage, before, after):
    oid = shop.add_order([("TEE-M", 1)], status=before, payment_method="bacs")
    if before == "on-hold":
        shop.orders[oid]["date_paid"] = None
    relay(connect(), entry("stage", {"stage": stage}, f"K-{stage}", oid))
    assert shop.orders[oid]["status"] == after
    order = connect().get_order(oid)
    assert order.stage == stage


@pytest.mark.rule("R14")
def test_cancelling_in_the_shop_gives_the_stock_back_once(woo, shop, connect):
    oid = shop.add_order([("TEE-M", 3)])
    assert shop.products[min(shop.products)]["stock_quantity"] == 7
    woo.inject("POST /orders/{id}/notes", Fault.timeout_after_write(LATE))
    relay(connect(), entry("stage", {"stage": "cancelled", "reason": "out of stock"}, "K-c", oid))
    assert shop.products[min(shop.products)]["stock_quantity"] == 10


@pytest.mark.rule("R43")
def test_a_customer_cancellation_wins_over_a_local_stage_change(woo, shop, connect):
    oid = shop.add_order([("TEE-M", 1)])
    shop.update_order(oid, {"status": "cancelled"})
    with pytest.raises(ShopConflict, match="cancelled in the shop"):
        connect().push(entry("stage", {"stage": "preparing"}, "K-x", oid))
    assert shop.orders[oid]["status"] == "cancelled"
    assert our_notes(shop, oid, "K-x") == []


@pytest.mark.rule("R12")
def test_rejecting_a_cancel_request_clears_it_and_tells_the_customer(woo, shop, connect):
    oid = shop.add_order([("TEE-M", 1)], meta={"_cancel_request": "changed my mind"})
    relay(connect(), entry("reject_cancel_request", {"reason": "already packed"}, "K-rj", oid))
    order = connect().get_order(oid)
    assert not order.cancel_requested
    (note,) = our_notes(shop, oid, "K-rj")
    assert "already packed" in note["note"] and note["customer_note"] is True


@pytest.mark.rule("R29")
def test_memo_for_the_customer_is_a_customer_note_once(woo, shop, connect):
    oid = shop.add_order([("TEE-M", 1)])
    woo.inject("POST /orders/{id}/notes", Fault.reset_after_write(), Fault.error(503))
    relay(connect(), entry("customer_message", {"text": "내일 발송됩니다"}, "K-m", oid))
    (note,) = our_notes(shop, oid, "K-m")
    assert note["note"].startswith("내일 발송됩니다") and note["customer_note"] is True


def test_pulled_orders_carry_our_keys_so_echoes_are_recognised(woo, shop, connect):
    oid = shop.add_order([("TEE-M", 1)])
    conn = connect()
    relay(conn, entry("stage", {"stage": "ready"}, "K-echo", oid))
    (order,) = conn.pull_orders(None).orders
    assert order.applied_keys == ("K-echo",) and order.backoffice_stage == "ready"
    assert order.stage == "ready"
