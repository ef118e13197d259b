"""25 local changes against a shop on unreliable hosting (10 % of requests HTTP 500, 5 % HTTP 429
with Retry-After, 5 % a reset after the shop applied the write) reach it exactly once within two
sync runs; Retry-After is honoured; nothing is parked (R42, R44)."""

from __future__ import annotations

import random
import re
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select

from backoffice.db.base import utcnow
from backoffice.db.models import OutboxEntry
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.orders import notes
from backoffice.services.sync.runner import ShopLink, sync_once
from backoffice.sync.retry import RetryPolicy
from backoffice.sync.woocommerce import WooCommerceConnector
from tests.factories import CASHIER
from tests.fakes.woo_server import Chaos
from tests.sync_db.builders import local_order
from tests.sync_db.conftest import FAST, KEY, SECRET, TIMEOUT

pytestmark = pytest.mark.rule("R42")
# Production's policy with shorter waits: the same tries per run and the same "down" rule.
QUICK = RetryPolicy(base=0.05, cap=0.4, max_retry_after=5.0)
MARKER = re.compile(r"<!-- bo:([A-Za-z0-9_.:\-]+) -->")


def test_25_changes_reach_a_flaky_shop_exactly_once_in_two_runs(
    woo, shop_id, session_factory, uow, session, catalog
):
    shop = woo.shop
    ids = [
        shop.add_order([("TEE-BLK-M", 1), ("MUG-WHT", 1)], status="processing") for _ in range(15)
    ]
    conn = WooCommerceConnector("woo", woo.base_url, KEY, SECRET, timeout=TIMEOUT)
    link = ShopLink(shop_id, "woo", conn, is_default=True)
    now = utcnow()
    first = sync_once(session_factory, [link], now=now, policy=QUICK)
    assert len(first.new_codes) == 15
    codes = [local_order(session, oid).code for oid in ids]

    # 25 changes: 5 confirmed, 5 shipped with carrier and tracking, 10 messages, 5 cancelled.
    for code in codes[:5]:
        orders.set_stage(uow, CASHIER, code, Stage.PREPARING)
    for n, code in enumerate(codes[5:10]):
        orders.set_stage(
            uow, CASHIER, code, Stage.SHIPPED, carrier="CJ대한통운", tracking=f"61234567890{n}"
        )
    for code in codes[:10]:
        notes.send_message(uow, CASHIER, code, f"Thank you for your order {code}")
    for code in codes[10:]:
        orders.cancel(uow, CASHIER, code, "고객 변심")
    session.expire_all()
    changes = [
        e
        for e in session.scalars(select(OutboxEntry).where(OutboxEntry.state == "pending"))
        if e.kind != "stock"
    ]
    assert len(changes) == 25

    woo.chaos = chaos = Chaos(20261206, p500=0.10, p429=0.05, preset=0.05)
    rng = random.Random(11)
    for _run in range(2):
        now += timedelta(minutes=5)  # the next cron run
        sync_once(session_factory, [link], now=now, rng=rng, policy=QUICK)
    woo.chaos = None
    conn.close()

    kinds = Counter(kind for _route, kind, _at in chaos.log)
    assert kinds["500"] and kinds["429"] and kinds["reset"]  # the faults did happen
    session.expire_all()
    states = Counter(e.state for e in session.scalars(select(OutboxEntry)) if e.kind != "stock")
    assert states == {"sent": 25}, states
    # Exactly once in the shop: one note per change's key, one tracking item per number.
    keys = Counter(
        m.group(1)
        for oid in ids
        for note in shop.notes[oid]
        if (m := MARKER.search(str(note["note"])))
    )
    assert sorted(keys) == sorted(e.idempotency_key for e in changes)
    assert set(keys.values()) == {1}
    for n, oid in enumerate(ids[5:10]):
        meta = {m["key"]: m["value"] for m in shop.orders[oid]["meta"]}
        (item,) = meta["_wc_shipment_tracking_items"]
        assert item["tracking_number"] == f"61234567890{n}"
        assert "cjlogistics" in item["custom_tracking_link"]
    assert [shop.orders[oid]["status"] for oid in ids[10:]] == ["cancelled"] * 5
    # Retry-After honoured: after each 429 the same request came back a second or more later.
    seen = [(f"{s.method} {s.path}", s.at) for s in woo.seen]
    for route, kind, at in chaos.log:
        if kind != "429":
            continue
        later = [t for r, t in seen if r == route and t > at]
        if later:
            assert min(later) - at >= 1.0, route


def test_a_shop_that_is_down_stops_the_run_early_and_says_so(woo, run, uow, session):
    ids = [woo.shop.add_order([("MUG-WHT", 1)], status="processing") for _ in range(10)]
    run()
    for n, oid in enumerate(ids * 2):  # 20 changes of 10 orders: ten streams that could go on
        notes.send_message(uow, CASHIER, local_order(session, oid).code, f"message {n}")
    woo.chaos = Chaos(3, p500=1.0, methods=("POST", "PUT"))  # reads work, every write fails
    report = run()
    woo.chaos = None
    assert not report.online and report.parked == 0
    (reason,) = report.unreachable
    assert f"{FAST.down_after} requests in a row failed" in reason and "HTTP 500" in reason
    # It stopped after that many tries instead of trying every change four times.
    assert woo.count("POST /orders/{id}/notes") == FAST.down_after
    session.expire_all()
    states = Counter(e.state for e in session.scalars(select(OutboxEntry)) if e.kind == "message")
    assert states == {"pending": 20}
    assert run().errors == ()  # back up: everything goes, once
    sent = [n for oid in ids for n in woo.shop.notes[oid] if "message " in str(n["note"])]
    assert len(sent) == 20
