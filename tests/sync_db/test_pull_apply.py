"""Remote orders pulled into the real database exactly once, under faults (R42, R44)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from backoffice.db.models import Message, Order, SyncCursor
from tests.fakes.woo_server import Fault

pytestmark = pytest.mark.rule("R42")


def web_orders(session):
    session.expire_all()
    return list(session.scalars(select(Order).where(Order.channel == "web").order_by(Order.id)))


def test_new_shop_orders_become_local_orders_once(woo, run, session, catalog):
    shop = woo.shop
    shop.add_product("SHOP-ONLY", "3000", stock=3)  # sold in the shop, unknown here
    paid = shop.add_order(
        [("TEE-BLK-M", 2), ("SHOP-ONLY", 1)], status="processing", shipping="3000"
    )
    waiting = shop.add_order([("MUG-WHT", 1)], status="on-hold")
    report = run()
    assert report.online and report.pulled == 2 and len(report.new_codes) == 2
    orders = web_orders(session)
    assert [o.shop_order_id for o in orders] == [str(paid), str(waiting)]
    first, second = orders
    assert first.stage == "received" and first.balance == 0 and first.paid == 44000
    assert first.shipping_fee == 3000 and first.channel_detail == "woo"
    lines = {ln.sku: ln for ln in first.lines}
    assert lines["TEE-BLK-M"].variant_id == catalog.ids["TEE-BLK-M"]
    # Sold in the shop though not in the catalogue here: still goods to ship (R20, R21).
    assert lines["SHOP-ONLY"].kind == "item" and lines["SHOP-ONLY"].variant_id is None
    shipped = {item.line.sku: item.quantity for item in first.shipments[0].items}
    assert shipped == {"TEE-BLK-M": 2, "SHOP-ONLY": 1}
    assert second.stage == "pending_payment" and second.paid == 0
    # Pulling again brings nothing new.
    again = run()
    assert again.new_codes == () and len(web_orders(session)) == 2


@pytest.mark.parametrize(
    "faults",
    [
        [Fault.error(500)],
        [Fault.error(429, retry_after="1")],
        [Fault.malformed()],
        [Fault.error(500), Fault.error(500), Fault.error(500), Fault.error(500)],
    ],
    ids=["500", "429-retry-after", "malformed", "500-repeated"],
)
def test_every_remote_order_pulled_exactly_once_under_faults(woo, run, session, faults):
    ids = [woo.shop.add_order([("TEE-BLK-M", 1)]) for _ in range(5)]
    woo.inject("GET /orders", *faults)
    run.until_quiet()
    woo.shop.clock.tick(3)
    ids += [woo.shop.add_order([("MUG-WHT", 1)]) for _ in range(3)]
    woo.inject("GET /orders", *faults)
    run.until_quiet()
    got = [o.shop_order_id for o in web_orders(session)]
    assert sorted(got) == sorted(str(i) for i in ids)


def test_pages_shifting_under_the_pull_lose_and_double_nothing(woo, run, session, shop_id):
    run.link.connector.per_page = 3
    ids = [woo.shop.add_order([("TEE-BLK-M", 1)]) for _ in range(10)]

    def shift(shop):
        # An earlier order changes while we page: it moves to the end of the modified order.
        shop.clock.tick(1)
        shop.update_order(ids[0], {"customer_note": "gift wrap"})
        ids.append(shop.add_order([("BAG-CNV", 1)]))

    woo.inject("GET /orders", Fault.none(), Fault.run(shift))
    run.until_quiet()
    woo.shop.clock.tick(10)
    run.until_quiet()
    got = [o.shop_order_id for o in web_orders(session)]
    assert sorted(got) == sorted(str(i) for i in ids) and len(got) == len(set(got))
    cursor = session.scalar(
        select(SyncCursor).where(SyncCursor.shop_id == shop_id, SyncCursor.resource == "orders")
    )
    assert cursor is not None and cursor.cursor["watermark"]


@pytest.mark.rule("R29")
def test_customer_notes_become_messages_once(woo, run, session):
    oid = woo.shop.add_order([("TEE-BLK-M", 1)])
    woo.shop.add_note(oid, "Please leave it at the door", customer_note=False, author="Min Kim")
    run()
    run()
    session.expire_all()
    texts = session.scalars(select(Message.text).where(Message.direction == "in")).all()
    assert texts == ["Please leave it at the door"]
    assert session.scalar(select(func.count(Message.id))) == 1
