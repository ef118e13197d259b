"""Every order of the WooCommerce corpus (tests/sync/corpus/woo_orders.json, written from the REST
API v3 documentation) pulled over HTTP from the fake shop and applied by a real sync run costs
exactly what the shop charged, and its breakdown adds up to it (R4, R19, R24, R42)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.sync_db.builders import local_order

pytestmark = [pytest.mark.rule("R4"), pytest.mark.rule("R42")]
CORPUS = json.loads(
    (Path(__file__).resolve().parents[1] / "sync" / "corpus" / "woo_orders.json").read_text()
)


def corpus_order(case: dict) -> dict:
    return {**CORPUS["_base"], **case["order"]}


def test_every_corpus_order_reconciles_exactly(woo, run, session):
    ids = {}
    for case in CORPUS["cases"]:
        ids[case["case"]] = woo.shop.add_raw(corpus_order(case))
        woo.shop.clock.tick()
    report = run()
    assert report.parked_orders == () and len(report.new_codes) == len(ids)
    for case in CORPUS["cases"]:
        want = case["expect"]
        order = local_order(session, ids[case["case"]])
        got = {
            "total": order.total,
            "items": order.items_total + order.manual_discount,
            "discounts": order.manual_discount,
            "fees": order.fees_total,
            "shipping": order.shipping_fee,
            "tax": order.tax_total,
            "rounding": order.rounding,
            "refunded": order.refunded,
        }
        assert got == {k: want[k] for k in got}, case["case"]
        included = want["tax_included"]
        parts = got["items"] - got["discounts"] + got["fees"] + got["shipping"]
        assert parts + got["tax"] - included + got["rounding"] == order.total, case["case"]
        assert order.currency == case["order"]["currency"]
        assert order.balance == 0 and order.payment_status == "paid", case["case"]
        names = [ln.name for ln in order.lines]
        for name in want.get("names", []):
            assert name in names, case["case"]
        if "options" in want:
            assert [ln.options for ln in order.lines if ln.kind == "item"] == want["options"]
        if "coupons" in want:
            assert order.coupon_codes == want["coupons"]
        # Whole orders: every line the shop sold waits in shipment #1 (R20).
        shipped = sorted(item.line_id for s in order.shipments for item in s.items)
        assert shipped == sorted(ln.id for ln in order.lines if ln.kind == "item"), case["case"]


def test_a_pulled_corpus_order_is_taken_once(woo, run, session):
    case = CORPUS["cases"][0]
    oid = woo.shop.add_raw(corpus_order(case))
    run()
    woo.shop.touch(oid)  # changed in the shop's admin: pulled again, not imported again
    again = run()
    assert again.new_codes == ()
    order = local_order(session, oid)
    assert order.total == case["expect"]["total"] and len(order.lines) == 3
