"""The connector's plain data: what the relay and the database will store (R42)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from backoffice.sync.connector import ShopConnector
from backoffice.sync.models import Address, NewLine, NewOrder, PullCursor, PushResult
from backoffice.sync.webhooks import WebhookTarget
from backoffice.sync.woocommerce import WooCommerceConnector
from backoffice.sync.woocommerce.mapping import marker, split_marker, with_marker

pytestmark = pytest.mark.rule("R42")


def test_cursor_survives_storage_as_text():
    cursor = PullCursor(
        watermark=datetime(2025, 5, 1, 9, 30, tzinfo=UTC),
        seen=frozenset({(101, 1746091800, "ab12"), (102, 1746091799, "cd34")}),
        query_after=datetime(2025, 5, 1, 9, 29, 55, tzinfo=UTC),
        page=3,
        pass_new=4,
        passes=1,
    )
    text = cursor.to_json()
    json.loads(text)
    assert PullCursor.from_json(text) == cursor
    assert PullCursor.from_json(None) == PullCursor() == PullCursor.from_json("")


def test_counter_order_payload_round_trips():
    order = NewOrder(
        order_code="7KQ-M3X",
        currency="KRW",
        stage="delivered",
        paid=True,
        lines=(NewLine("TEE", 2, 18000, name="티셔츠"),),
        billing=Address(first_name="민"),
    )
    payload = json.loads(json.dumps(order.to_payload()))
    assert NewOrder.from_payload(payload) == order


def test_woocommerce_connector_implements_the_boundary():
    conn = WooCommerceConnector("main", "https://shop.example", "ck", "cs")
    assert isinstance(conn, ShopConnector)
    conn.close()
    assert bool(PushResult("k")) is True  # `if find_applied(...)` reads as "was it applied"


def test_note_marker_round_trips_and_refuses_odd_keys():
    text = with_marker("배송이 시작되었습니다", "01HX-abc.1")
    assert split_marker(text) == ("배송이 시작되었습니다", "01HX-abc.1")
    assert split_marker("plain") == ("plain", None)
    with pytest.raises(ValueError):
        marker("a key with spaces -->")


def test_webhook_url_must_be_http():
    with pytest.raises(ValueError):
        WebhookTarget("x", "file:///etc/passwd", "s")
