"""A web order pulled from the shop ships from the CLI with carrier and tracking number (R7, R21,
R47): the shipment holds both, the timeline and the change name them, and the shop gets the R47
"shipped" note (carrier, number, tracking link) and the Shipment Tracking meta exactly once."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.db.models import OutboxEntry, TimelineEvent
from tests.sync_db.builders import local_order
from tests.sync_db.clihelp import cli

pytestmark = [pytest.mark.rule("R7"), pytest.mark.rule("R47")]
NUMBER = "612345678901"
LINK = "https://trace.cjlogistics.com/next/tracking.html?wblNo=612345678901"


def shipped_in_shop(woo, oid: int) -> None:  # type: ignore[no-untyped-def]
    """What the shop holds after the push: one customer note with the template, one item."""
    order = woo.shop.orders[oid]
    assert order["status"] == "processing"
    meta = {m["key"]: m["value"] for m in order["meta"]}
    assert meta["_backoffice_stage"] == "shipped"
    (item,) = meta["_wc_shipment_tracking_items"]
    assert item["custom_tracking_provider"] == "CJ대한통운"
    assert item["tracking_number"] == NUMBER and item["custom_tracking_link"] == LINK
    notes = [n for n in woo.shop.notes[oid] if n["customer_note"] and NUMBER in n["note"]]
    assert len(notes) == 1
    text = notes[0]["note"]
    # The shop's R47 template (Korean by default), with carrier, number and the link.
    assert "상품이 발송되었습니다" in text and "CJ대한통운" in text and LINK in text


def test_a_pulled_order_shipped_from_the_cli(db_url, woo, run, session):
    oid = woo.shop.add_order([("TEE-BLK-M", 2), ("MUG-WHT", 1)], status="processing")
    run()
    code = local_order(session, oid).code
    done = cli(
        db_url, "orders", "set-stage", code, "--to", "shipped",
        "--carrier", "CJ대한통운", "--tracking", NUMBER,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    order = local_order(session, oid)
    assert order.stage == "shipped"
    (shipment,) = order.shipments
    assert (shipment.carrier, shipment.tracking_number) == ("CJ대한통운", NUMBER)
    assert {i.line.sku: i.quantity for i in shipment.items} == {"TEE-BLK-M": 2, "MUG-WHT": 1}
    event = session.scalars(
        select(TimelineEvent).where(TimelineEvent.order_id == order.id, TimelineEvent.kind == "stage")
    ).all()[-1]
    assert "CJ대한통운" in event.text and NUMBER in event.text
    (change,) = session.scalars(select(OutboxEntry).where(OutboxEntry.kind == "stage")).all()
    assert change.payload["shipments"][0]["tracking"] == NUMBER
    assert change.payload["shipments"][0]["link"] == LINK
    run()
    shipped_in_shop(woo, oid)
    woo.shop.touch(oid)
    run()  # pulled back and pushed again: nothing doubles
    shipped_in_shop(woo, oid)
