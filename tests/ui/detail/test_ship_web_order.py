"""A web order pulled from the shop ships from the order dialog (R7, R21, R47): carrier and tracking
number typed into the shipment panel, the shipment advanced to shipped; the shop gets the R47
note and the Shipment Tracking meta exactly once over the next syncs."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.db.models import Order
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.sync.runner import ShopLink, sync_once
from backoffice.services.sync.shops import add_shop
from backoffice.sync.woocommerce import WooCommerceConnector
from tests.factories import CASHIER, MANAGER
from tests.fakes.woo_server import FakeWooServer
from tests.sync_db.test_ship_web_orders import NUMBER, shipped_in_shop
from tests.ui.detail.conftest import click, settle, type_into

KEY, SECRET = "ck_dialog", "cs_dialog"


@pytest.mark.rule("R7")
@pytest.mark.rule("R21")
def test_a_pulled_order_shipped_from_the_dialog(
    qtbot, open_detail, uow, session, session_factory, catalog, monkeypatch
):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("BACKOFFICE_SHOP_WOO_SECRET", SECRET)
    with FakeWooServer(KEY, SECRET) as woo:
        woo.shop.add_product("TEE-BLK-M", "19000", stock=10)
        oid = woo.shop.add_order([("TEE-BLK-M", 2)], status="processing")
        shop = add_shop(uow, "woocommerce", "woo", woo.base_url, KEY, "", actor=MANAGER)
        conn = WooCommerceConnector("woo", woo.base_url, KEY, SECRET, timeout=(2.0, 5.0))
        link = ShopLink(shop.id, "woo", conn, is_default=True)
        sync_once(session_factory, [link])
        code = session.scalar(select(Order.code).where(Order.shop_order_id == str(oid)))
        orders.set_stage(uow, CASHIER, code, Stage.READY, confirm_unpaid=True)

        dialog = open_detail(code)
        panel = dialog.shipments
        panel.table.selectRow(0)
        type_into(qtbot, panel.carrier_edit, "CJ대한통운")
        type_into(qtbot, panel.tracking_edit, NUMBER)
        click(qtbot, panel.tracking_button)
        settle(qtbot, dialog)
        panel.table.selectRow(0)
        click(qtbot, panel.advance_button)
        settle(qtbot, dialog)
        assert dialog.header.stage_label.text() == "Shipped"
        session.expire_all()
        order = session.scalar(select(Order).where(Order.code == code))
        assert (order.shipments[0].carrier, order.shipments[0].tracking_number) == (
            "CJ대한통운",
            NUMBER,
        )
        sync_once(session_factory, [link])
        shipped_in_shop(woo, oid)
        woo.shop.touch(oid)
        sync_once(session_factory, [link])
        shipped_in_shop(woo, oid)
        conn.close()


@pytest.mark.rule("R24")
def test_the_payments_tab_shows_a_web_orders_fees_tax_and_coupons(
    qtbot, open_detail, uow, session, session_factory, catalog, monkeypatch
):
    import json
    from pathlib import Path

    corpus = json.loads(
        (Path(__file__).resolve().parents[2] / "sync/corpus/woo_orders.json").read_text()
    )
    cases = {c["case"]: {**corpus["_base"], **c["order"]} for c in corpus["cases"]}
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("BACKOFFICE_SHOP_WOO_SECRET", SECRET)
    with FakeWooServer(KEY, SECRET) as woo:
        fees = woo.shop.add_raw(cases["gift_wrap_and_remote_area_fees"])
        vat = woo.shop.add_raw(cases["tax_inclusive_krw_vat"])
        coupon = woo.shop.add_raw(cases["percent_coupon_over_two_lines"])
        shop = add_shop(uow, "woocommerce", "woo", woo.base_url, KEY, "", actor=MANAGER)
        conn = WooCommerceConnector("woo", woo.base_url, KEY, SECRET, timeout=(2.0, 5.0))
        sync_once(session_factory, [ShopLink(shop.id, "woo", conn, is_default=True)])
        conn.close()

    def code_of(oid: int) -> str:
        return session.scalar(select(Order.code).where(Order.shop_order_id == str(oid)))

    panel = open_detail(code_of(fees)).payments
    shown = {k: v.text() for k, v in panel.amounts.items() if panel.form.isRowVisible(v)}
    assert shown["order_amount"] == "25,000원" and shown["fees_total"] == "5,000원"
    assert shown["shipping_fee"] == "3,000원" and shown["total"] == "33,000원"
    assert "tax_total" not in shown and "rounding" not in shown

    panel = open_detail(code_of(vat)).payments
    assert panel.amounts["order_amount"].text() == "38,000원"  # prices as the shop shows them
    # 3,455원 of VAT sits in the shirts' prices; the 300원 on shipping was added to them.
    assert panel.amounts["tax_total"].text() == "3,755원 (3,455원 of it in the prices)"
    assert panel.amounts["total"].text() == "41,300원"

    panel = open_detail(code_of(coupon)).payments
    assert panel.form.isRowVisible(panel.coupons_label)
    assert panel.coupons_label.text() == "welcome10"
    assert panel.amounts["manual_discount"].text() == "-4,300원"
