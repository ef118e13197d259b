"""Random WooCommerce-shaped orders, priced by the fake shop as WooCommerce prices them (coupons in
minor units, unrounded taxes, one rounding of the total), pulled to a local total equal to the
shop's; and random or broken order JSON never crashes the intake: an order is either taken in
whole or parked with its reason (R4, R42)."""

from __future__ import annotations

import itertools
import json
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from backoffice.db.models import Order, ParkedShopOrder, Shop
from backoffice.services.sync.apply import Applier
from backoffice.sync.errors import ShopMalformed
from backoffice.sync.woocommerce import mapping
from tests.fakes.woo_state import Shop as FakeShop

pytestmark = [pytest.mark.rule("R4"), pytest.mark.rule("R42")]
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
_shops = itertools.count(1)

CURRENCIES = st.sampled_from([("KRW", 0), ("USD", 2), ("JPY", 0)])


@st.composite
def woo_orders(draw):  # type: ignore[no-untyped-def]
    currency, decimals = draw(CURRENCIES)
    unit = Decimal(1).scaleb(-decimals)
    shop = FakeShop(currency=currency, decimals=decimals)
    shop.tax_rate = Decimal(draw(st.sampled_from(["0", "10", "7.25", "8"])))
    shop.prices_include_tax = draw(st.booleans())
    shop.shipping_taxable = draw(st.booleans())

    def money(lo: int, hi: int) -> str:
        return f"{Decimal(draw(st.integers(lo, hi))) * unit:f}"

    lines = []
    for i in range(draw(st.integers(1, 4))):
        sku = f"P{i}"
        shop.add_product(sku, money(1, 90_000), name=draw(st.sampled_from(["머그", "Tee &", "🎁"])))
        lines.append({"sku": sku, "quantity": draw(st.integers(1, 5))})
    coupons = []
    for j in range(draw(st.integers(0, 2))):
        code = f"c{j}"
        if draw(st.booleans()):
            shop.coupons[code] = ("percent", str(draw(st.sampled_from([5, 10, 15, 33, 50]))))
        else:
            shop.coupons[code] = ("fixed_cart", money(1, 20_000))
        coupons.append({"code": code})
    fees = [
        {
            "name": f"fee {k}",
            "total": money(-3_000, 5_000),
            "tax_status": draw(st.sampled_from(["taxable", "none"])),
        }
        for k in range(draw(st.integers(0, 3)))
    ]
    ships = [
        {"method_id": "flat_rate", "total": money(0, 6_000)} for _ in range(draw(st.integers(0, 2)))
    ]
    body = {
        "line_items": lines,
        "coupon_lines": coupons,
        "fee_lines": fees,
        "shipping_lines": ships,
        "set_paid": True,
    }
    oid = shop.create_order(body)["id"]
    data = shop.order_json(oid)
    assume(Decimal(data["total"]) >= 0)  # a shop cannot sell below nothing
    return data


def _local_shop(session) -> int:  # type: ignore[no-untyped-def]
    shop = Shop(name=f"prop-{next(_shops)}", kind="woocommerce", base_url="", api_key="")
    session.add(shop)
    session.flush()
    return shop.id


@SETTINGS
@given(data=woo_orders())
def test_a_random_woo_order_pulls_to_the_shops_total(session_factory, catalog, data):
    remote = mapping.order_from_json(data)
    b = remote.breakdown
    assert b.items - b.discounts + b.fees + b.shipping + b.tax + b.rounding == b.total
    with session_factory() as session:
        shop_id = _local_shop(session)
        applier = Applier(session, shop_id)
        applier.apply_page([remote])
        session.commit()
        assert applier.parked == []
        order = session.scalar(
            select(Order).where(Order.shop_id == shop_id, Order.shop_order_id == str(data["id"]))
        )
        assert order is not None
        assert order.total == remote.total
        assert order.fees_total == b.fees and order.shipping_fee == b.shipping
        assert order.tax_total == b.tax and order.rounding == b.rounding
        assert order.balance == 0  # paid in the shop: nothing owed either way


# ---- random and broken JSON ----------------------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
FIELDS = [
    "id",
    "number",
    "status",
    "currency",
    "total",
    "shipping_total",
    "date_created_gmt",
    "date_modified_gmt",
    "date_paid_gmt",
    "customer_id",
    "billing",
    "shipping",
    "line_items",
    "fee_lines",
    "shipping_lines",
    "coupon_lines",
    "refunds",
    "meta_data",
    "customer_note",
    "prices_include_tax",
    "payment_method_title",
    "transaction_id",
]


@st.composite
def broken_orders(draw):  # type: ignore[no-untyped-def]
    shop = FakeShop()
    shop.add_product("P", "19000")
    shop.coupons["c"] = ("percent", "10")
    oid = shop.create_order(
        {
            "line_items": [{"sku": "P", "quantity": 2}],
            "coupon_lines": [{"code": "c"}],
            "fee_lines": [{"name": "선물 포장", "total": "2000"}],
            "shipping_lines": [{"total": "3000"}],
            "set_paid": True,
        }
    )["id"]
    data = shop.order_json(oid)
    for _ in range(draw(st.integers(1, 4))):
        key = draw(st.sampled_from(FIELDS))
        if draw(st.booleans()):
            data.pop(key, None)
        else:
            data[key] = draw(JSON)
        if data.get("line_items") and isinstance(data["line_items"], list) and draw(st.booleans()):
            item = data["line_items"][0]
            if isinstance(item, dict):
                item[
                    draw(st.sampled_from(["total", "quantity", "subtotal", "total_tax", "name"]))
                ] = draw(JSON)
    # Through JSON and back, as it crosses the wire (the fake's Decimals become numbers).
    return json.loads(json.dumps(data, default=str))


@SETTINGS
@given(data=broken_orders())
def test_broken_order_json_is_taken_whole_or_parked_never_a_crash(session_factory, catalog, data):
    try:
        remote = mapping.order_from_json(data)
    except ShopMalformed as exc:
        remote, reason = None, str(exc)
        assert reason
    with session_factory() as session:
        shop_id = _local_shop(session)
        applier = Applier(session, shop_id)
        if remote is None:
            applier.apply_page([], [mapping.rejected_from_json(data, reason)])
        else:
            applier.apply_page([remote])
        session.commit()
        parked = session.scalars(
            select(ParkedShopOrder).where(ParkedShopOrder.shop_id == shop_id)
        ).all()
        taken = session.scalars(select(Order).where(Order.shop_id == shop_id)).all()
        assert len(parked) + len(taken) == 1
        if taken:
            assert taken[0].total == remote.total  # type: ignore[union-attr]
        else:
            assert parked[0].reason and parked[0].raw
