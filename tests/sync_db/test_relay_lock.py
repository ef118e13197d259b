"""Only one PC runs the sync relay (issue 7): two runners, each with its own engine ("PC") and
RelayLock on the same database (SQLite file or PostgreSQL). The first takes the lock and pushes;
the second reports where sync runs and touches nothing; when the first stops, the second takes over."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from backoffice.core import Core
from backoffice.db.engine import make_engine, make_session_factory
from backoffice.db.locks import RelayLock
from backoffice.services.sync.runner import ShopLink
from backoffice.sync.woocommerce import WooCommerceConnector
from tests.sync_db.builders import counter_sale, entries, orders_with_code
from tests.sync_db.conftest import KEY, SECRET, TIMEOUT, Runner


@pytest.fixture
def second_pc(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def test_only_the_pc_holding_the_relay_lock_syncs(
    woo, run, second_pc, engine, uow, session, shop_id, catalog
):
    conn = WooCommerceConnector("woo", woo.base_url, KEY, SECRET, timeout=TIMEOUT)
    other = Runner(make_session_factory(second_pc), ShopLink(shop_id, "woo", conn, True))
    first_lock = RelayLock(engine, holder="Counter 1")
    second_lock = RelayLock(second_pc, holder="Counter 2")
    try:
        first = counter_sale(uow)
        assert run(lock=first_lock).relay_elsewhere == ""
        assert len(orders_with_code(woo, first)) == 1
        second = counter_sale(uow)  # waits in the outbox
        requests = len(woo.seen)
        waiting = len(entries(session, state="pending"))

        for _ in range(3):  # a timer firing on the second PC: quiet, no errors
            skipped = other(lock=second_lock)
            assert skipped.relay_elsewhere == "Counter 1"
            assert (skipped.pulled, skipped.pushed, skipped.errors) == (0, 0, ())
            assert skipped.pending == waiting > 0
        assert len(woo.seen) == requests  # the second PC never spoke to the shop
        assert orders_with_code(woo, second) == []

        first_lock.release()  # the first PC closes the app
        took_over = other(lock=second_lock)
        assert took_over.relay_elsewhere == "" and took_over.pushed >= 1
        assert len(orders_with_code(woo, second)) == 1
        assert run(lock=first_lock).relay_elsewhere == "Counter 2"
        assert [e.state for e in entries(session, kind="order_created")] == ["sent", "sent"]
    finally:
        first_lock.release()
        second_lock.release()
        conn.close()


def test_the_cli_on_a_second_pc_says_where_sync_runs(woo, engine, db_url, uow, shop_id, catalog):
    from tests.sync_db.test_cli import cli

    code = counter_sale(uow)
    with RelayLock(engine, holder="Counter 1"):
        seen = len(woo.seen)
        done = cli(db_url, "sync", "--once")
        assert done.returncode == 0, done.stderr
        assert done.stderr.strip() == "sync runs on PC Counter 1: this one waits"
        assert len(woo.seen) == seen and orders_with_code(woo, code) == []


def test_the_app_on_a_second_pc_shows_where_sync_runs(qtbot, woo, engine, shop_id, catalog):
    from backoffice.ui.ops import Ops
    from backoffice.ui.sync_status import SyncController, status_text

    second_pc = make_engine(engine.url.render_as_string(hide_password=False))
    controller = SyncController(Ops(Core(make_session_factory(second_pc))), interval_ms=60_000)
    try:
        with RelayLock(engine, holder="Counter 1"):
            seen = len(woo.seen)
            controller.sync_now()
            qtbot.waitUntil(lambda: controller.last_status is not None and not controller.busy)
            assert "sync runs on PC Counter 1" in status_text(controller.last_status, controller)
            assert len(woo.seen) == seen
    finally:
        controller.stop()
        second_pc.dispose()
