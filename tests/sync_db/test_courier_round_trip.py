"""A courier round trip (issue 14, R7, R21, R35, R47): the courier file of the pulled web orders,
the courier's result file with its waybill numbers (written here, as a courier would), the import,
and the next sync: each order shipped, its tracking on the shop exactly once, its customer told
once; a row the shop's orders do not know is reported, and importing again changes nothing."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook

from tests.sync_db.builders import local_order
from tests.sync_db.clihelp import cli

pytestmark = [pytest.mark.rule("R35"), pytest.mark.rule("R47")]
LINK = "https://trace.cjlogistics.com/next/tracking.html?wblNo="


def test_courier_export_result_import_and_the_shop_hears_once(db_url, woo, run, session, tmp_path):
    ids = [
        woo.shop.add_order([("TEE-BLK-M", 1), ("MUG-WHT", 1)], status="processing"),
        woo.shop.add_order([("BAG-CNV", 2)], status="processing"),
    ]
    run()
    out = tmp_path / "courier.xlsx"
    made = cli(db_url, "tracking", "export", "--out", str(out))
    assert made.returncode == 0, made.stderr
    sheet = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    refs = [row[0] for row in sheet[1:]]
    assert sorted(refs) == sorted(f"{local_order(session, i).code}#1" for i in ids)

    # The courier's answer: its own columns, our reference echoed, a waybill number each.
    numbers = {ref: f"61234567890{n}" for n, ref in enumerate(refs)}
    result = Workbook()
    ws = result.active
    ws.append(["운송장번호", "고객주문번호", "받는분", "품목명"])
    for row in sheet[1:]:
        ws.append([numbers[row[0]], row[0], row[1], row[7]])
    ws.append(["612345678999", "NOT-AN-ORDER", "누구", "?"])
    back = tmp_path / "result.xlsx"
    result.save(back)

    imported = cli(db_url, "tracking", "import", str(back), "--carrier", "cj")
    assert imported.returncode == 1  # one row matched nothing: reported, the rest shipped
    assert "2 shipped" in imported.stdout
    assert "row 4" in imported.stderr and "NOT-AN-ORDER" in imported.stderr
    run()
    for oid in ids:
        order = local_order(session, oid)
        number = numbers[f"{order.code}#1"]
        assert order.stage == "shipped"
        assert [(s.carrier, s.tracking_number) for s in order.shipments] == [("CJ대한통운", number)]
        shop = woo.shop.orders[oid]
        meta = {m["key"]: m["value"] for m in shop["meta"]}
        (item,) = meta["_wc_shipment_tracking_items"]
        assert item["tracking_number"] == number and item["custom_tracking_link"] == LINK + number
        told = [n for n in woo.shop.notes[oid] if n["customer_note"] and number in n["note"]]
        assert len(told) == 1

    again = cli(db_url, "tracking", "import", str(back), "--carrier", "cj")
    assert "shipped already 2" in again.stdout and "0 shipped" not in again.stdout
    run()
    for oid in ids:
        meta = {m["key"]: m["value"] for m in woo.shop.orders[oid]["meta"]}
        assert len(meta["_wc_shipment_tracking_items"]) == 1  # never twice
