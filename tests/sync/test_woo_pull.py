"""Incremental pulls from the fake WooCommerce over real HTTP: every change exactly once (R42, R44)."""

from __future__ import annotations

from collections import Counter

import pytest

from backoffice.sync.models import PullCursor
from tests.fakes.woo_server import FakeWooServer, Fault
from tests.sync.conftest import KEY, SECRET
from tests.sync.helpers import drain

pytestmark = pytest.mark.rule("R42")


def _stamps(orders):
    return [(o.remote_id, o.modified_gmt, o.fingerprint) for o in orders]


def _assert_exactly_current(woo: FakeWooServer, handed) -> None:
    """No change handed back twice, and the last version of every order is the shop's current."""
    counts = Counter(_stamps(handed))
    assert max(counts.values()) == 1
    latest = {}
    for o in handed:
        latest[o.remote_id] = o
    assert set(latest) == set(woo.shop.orders)
    for oid, o in latest.items():
        assert int(o.modified_gmt.timestamp()) == woo.shop.orders[oid]["modified"]
        assert o.status == woo.shop.orders[oid]["status"]


def _seed(woo: FakeWooServer, n: int, *, same_second: bool) -> None:
    woo.shop.add_product("TEE", "19000", stock=10_000)
    for _ in range(n):
        woo.shop.add_order([("TEE", 1)])
        if not same_second:
            woo.shop.clock.tick()


@pytest.mark.parametrize("same_second", [False, True], ids=["spread", "same-second"])
def test_250_orders_pulled_in_pages_exactly_once(woo, connect, same_second):
    _seed(woo, 250, same_second=same_second)
    handed, _, _ = drain(connect())
    assert len(handed) == 250
    _assert_exactly_current(woo, handed)
    pulls = [s for s in woo.seen if s.route == "GET /orders"]
    assert all(s.query["per_page"] == "100" and s.query["orderby"] == "modified" for s in pulls)
    assert all(s.query["order"] == "asc" and s.query["dates_are_gmt"] == "true" for s in pulls)


@pytest.mark.parametrize("shift_at", [1, 2, 3, 4])
@pytest.mark.parametrize("same_second", [False, True], ids=["spread", "same-second"])
def test_pages_that_shift_between_requests_lose_nothing(woo, connect, shift_at, same_second):
    """An order on an earlier page changes between two page requests: offsets shift by one."""
    _seed(woo, 250, same_second=same_second)
    on_page_one = sorted(woo.shop.orders)[6]

    def modify(shop):
        shop.clock.tick()
        shop.update_order(on_page_one, {"status": "completed"})

    woo.inject("GET /orders", *[Fault.none()] * shift_at, Fault.run(modify))
    handed, _, _ = drain(connect())
    _assert_exactly_current(woo, handed)
    assert len({o.remote_id for o in handed}) == 250


def test_later_pulls_bring_only_new_changes_including_same_second(woo, connect):
    _seed(woo, 30, same_second=True)
    conn = connect()
    handed, cursor, _ = drain(conn)
    assert len(handed) == 30
    # Same second as the watermark: a new order, and a change to an order already pulled.
    new_id = woo.shop.add_order([("TEE", 2)])
    changed = min(woo.shop.orders)
    woo.shop.update_order(changed, {"status": "completed"})
    again, cursor, _ = drain(conn, cursor)
    assert sorted(o.remote_id for o in again) == sorted([new_id, changed])
    nothing, _, _ = drain(conn, cursor)
    assert nothing == []


def test_a_pull_interrupted_midway_resumes_from_the_stored_cursor(woo, connect):
    """Killed after applying some pages: the stored cursor covers exactly what was handed back."""
    _seed(woo, 250, same_second=False)
    conn = connect()
    first = conn.pull_orders(None)
    stored = first.cursor.to_json()  # committed with page 1; then the app dies
    rest, _, _ = drain(conn, PullCursor.from_json(stored))
    _assert_exactly_current(woo, list(first.orders) + rest)


def test_malformed_page_leaves_the_cursor_where_it_was(woo, connect):
    from backoffice.sync.errors import ShopMalformed

    _seed(woo, 120, same_second=False)
    conn = connect()
    first = conn.pull_orders(None)
    woo.inject("GET /orders", Fault.malformed())
    with pytest.raises(ShopMalformed):
        conn.pull_orders(first.cursor)
    rest, _, _ = drain(conn, first.cursor)
    _assert_exactly_current(woo, list(first.orders) + rest)


@pytest.mark.parametrize(
    ("currency", "decimals", "price", "shipping", "unit", "total"),
    [
        ("KRW", 0, "39000", "3000", 39000, 2 * 39000 + 3000),
        ("KRW", 2, "39000", "3000", 39000, 2 * 39000 + 3000),  # shop set to two decimals
        ("USD", 2, "12.35", "4.99", 1235, 2 * 1235 + 499),
    ],
)
@pytest.mark.rule("R4")
def test_amounts_are_exact_minor_units(currency, decimals, price, shipping, unit, total):
    with FakeWooServer(KEY, SECRET, currency=currency, decimals=decimals) as woo:
        woo.shop.add_product("MUG", price, stock=5)
        woo.shop.add_order([("MUG", 2)], shipping=shipping)
        from backoffice.sync.woocommerce import WooCommerceConnector

        conn = WooCommerceConnector("t", woo.base_url, KEY, SECRET, timeout=(2, 2))
        (order,) = conn.pull_orders(None).orders
        conn.close()
    assert order.currency == currency
    assert order.lines[0].unit_price == unit
    assert order.lines[0].total == 2 * unit
    assert order.total == total
    assert order.shipping_total == total - 2 * unit
    assert isinstance(order.total, int)


@pytest.mark.rule("R4")
def test_an_uneven_line_keeps_its_exact_total():
    """$10.00 for 3 pens: Woo's price is 3.333…; a unit price of $3.33 would lose a cent. The unit
    price is rounded up and the 2 cents stay in the line's discount, so 3 x 3.34 - 0.02 = 10.00."""
    from backoffice.sync.woocommerce.mapping import order_from_json

    with FakeWooServer(KEY, SECRET, currency="USD", decimals=2) as woo:
        woo.shop.add_product("PEN", "1.00")
        oid = woo.shop.create_order(
            {"line_items": [{"sku": "PEN", "quantity": 3, "subtotal": "10.00", "total": "10.00"}]}
        )["id"]
        data = woo.shop.order_json(oid)
    line = order_from_json(data).lines[0]
    assert (line.subtotal, line.unit_price, line.total) == (1000, 334, 1000)
    assert line.quantity * line.unit_price - 2 == line.total


@pytest.mark.rule("R44")
def test_payments_cancellations_cancel_requests_and_guests_are_pulled(woo, connect):
    woo.shop.add_product("TEE", "19000", stock=10)
    waiting = woo.shop.add_order([("TEE", 1)], status="on-hold")
    member = woo.shop.add_order([("TEE", 1)], status="processing", customer_id=7)
    cancelled = woo.shop.add_order([("TEE", 1)], status="cancelled")
    requested = woo.shop.add_order([("TEE", 1)], meta={"_cancel_request": "wrong size"})
    conn = connect()
    first, cursor, _ = drain(conn)
    by_id = {o.remote_id: o for o in first}
    assert by_id[waiting].stage == "pending_payment" and not by_id[waiting].is_paid
    assert by_id[member].stage == "received" and by_id[member].customer_id == 7
    assert by_id[waiting].is_guest
    assert by_id[cancelled].stage == "cancelled"
    assert by_id[requested].cancel_requested
    assert by_id[requested].cancel_request_reason == "wrong size"

    woo.shop.clock.tick()
    woo.shop.update_order(waiting, {"status": "processing", "transaction_id": "T-778"})
    (paid,), _, _ = drain(conn, cursor)
    assert paid.remote_id == waiting and paid.is_paid and paid.transaction_id == "T-778"
    assert paid.stage == "received"


@pytest.mark.rule("R29")
def test_customer_messages_are_told_apart_from_our_notes_and_system_notes(woo, connect):
    woo.shop.add_product("TEE", "19000", stock=10)
    oid = woo.shop.add_order([("TEE", 1)])
    woo.shop.add_note(oid, "문 앞에 놓아주세요", customer_note=False, author="Min Kim")
    woo.shop.add_note(oid, "Shipped <!-- bo:K1 -->", customer_note=True)
    woo.shop.add_note(oid, "Reply from staff", customer_note=True, author="Shop Admin")
    notes = connect(staff_authors=frozenset({"Shop Admin"})).pull_notes(oid)
    from_customer = [n.text for n in notes if n.from_customer]
    assert from_customer == ["문 앞에 놓아주세요"]
    ours = [n for n in notes if n.idempotency_key]
    assert [(n.idempotency_key, n.text) for n in ours] == [("K1", "Shipped")]
