"""One bad order never stops the intake (R42, R45): orders the shop sends broken are parked with
their reason and JSON, the rest of their page is taken in, the run says so (the CLI exits 4 and
names them), and the next run goes on; an order fixed in the shop is then taken in."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from backoffice.db.models import Order, ParkedShopOrder
from tests.fakes.woo_server import Fault
from tests.sync_db.builders import local_order
from tests.sync_db.clihelp import cli

pytestmark = pytest.mark.rule("R42")


def _break(data, how):  # type: ignore[no-untyped-def]
    if how == "many decimals":
        data["total"] = "19000.123456789"
    elif how == "missing field":
        del data["date_created_gmt"]
    elif how == "lines not a list":
        data["line_items"] = "oops"
    elif how == "total its parts do not make":
        data["total"] = str(int(data["total"]) - 2000)  # as if a fee line had been dropped
    return data


BROKEN = ("many decimals", "missing field", "lines not a list", "total its parts do not make")


def _shop_with_bad_orders(woo):  # type: ignore[no-untyped-def]
    ids = []
    for i in range(30):
        ids.append(woo.shop.add_order([("TEE-BLK-M", 1), ("MUG-WHT", 1)], status="processing"))
        if i % 7 == 3:
            woo.shop.clock.tick()
    bad = {ids[k]: how for k, how in zip((2, 9, 17, 25), BROKEN, strict=True)}
    for oid, how in bad.items():
        woo.shop.mangle[oid] = lambda data, how=how: _break(data, how)
    return ids, bad


def _count(session, model):  # type: ignore[no-untyped-def]
    session.expire_all()
    return session.scalar(select(func.count(model.id)))


def test_the_rest_of_the_page_is_taken_in_and_the_bad_ones_parked(woo, run, session):
    ids, bad = _shop_with_bad_orders(woo)
    # A name with a byte that is not UTF-8 (a plugin's Latin-1): that order is still taken in.
    woo.byte_patches.append(("반팔 티셔츠".encode(), b"\xbe\xc8 Tee"))
    woo.shop.products[woo.shop.find_sku("TEE-BLK-M")]["name"] = "반팔 티셔츠"
    woo.shop.orders[ids[5]]["lines"][0]["name"] = "반팔 티셔츠"
    report = run()
    assert len(report.new_codes) == 30 - len(bad)
    assert len(report.parked_orders) == len(bad)
    for oid in bad:
        assert any(f"shop order {oid}:" in line for line in report.parked_orders)
    assert report.online and report.unreachable == ()  # the shop answered; only orders failed
    session.expire_all()
    parked = {p.remote_id: p for p in session.scalars(select(ParkedShopOrder))}
    assert set(parked) == {str(oid) for oid in bad}
    assert "decimals" in parked[str(ids[2])].reason
    assert "date" in parked[str(ids[9])].reason
    assert "line_items" in parked[str(ids[17])].reason
    assert "add up" in parked[str(ids[25])].reason
    assert all(p.raw.startswith("{") for p in parked.values())
    assert "\ufffd Tee" in local_order(session, ids[5]).lines[0].name
    # The cursor moved on: the next run reads nothing again and imports nothing twice.
    again = run()
    assert again.new_codes == () and _count(session, Order) == 30 - len(bad)
    # Fixed in the shop (its date_modified moves): taken in, and no longer parked.
    for oid in bad:
        del woo.shop.mangle[oid]
        woo.shop.touch(oid)
    fixed = run()
    assert len(fixed.new_codes) == len(bad) and fixed.parked_orders == ()
    assert _count(session, ParkedShopOrder) == 0 and _count(session, Order) == 30


def test_a_page_that_is_not_a_list_stops_nothing_else_and_is_reported(woo, run, session):
    woo.shop.add_order([("MUG-WHT", 1)], status="processing")
    woo.inject("GET /orders", Fault.body(b'{"orders": []}'))
    report = run()
    assert report.new_codes == ()
    assert any("no list of orders" in u for u in report.unreachable)
    assert not report.online
    assert len(run().new_codes) == 1  # the next run goes on


def test_sync_once_names_parked_orders_and_exits_non_zero(db_url, woo, added, session):
    ids, bad = _shop_with_bad_orders(woo)
    done = cli(db_url, "sync", "--once")
    assert done.returncode == 4, done.stderr
    parked = [ln for ln in done.stderr.splitlines() if ln.startswith("parked: ")]
    assert len(parked) == len(bad)
    for oid in bad:
        assert any(f"shop order {oid}:" in ln for ln in parked)
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("backoffice: 4 shop orders could not be taken in")
    status = cli(db_url, "sync", "--status")
    assert status.returncode == 0 and "shop orders parked: 4" in status.stdout
    assert sum(ln.startswith("parked: woo: shop order") for ln in status.stdout.splitlines()) == 4
    for oid in bad:
        del woo.shop.mangle[oid]
        woo.shop.touch(oid)
    again = cli(db_url, "sync", "--once")
    assert again.returncode == 0, again.stderr
    assert _count(session, Order) == 30 and _count(session, ParkedShopOrder) == 0
