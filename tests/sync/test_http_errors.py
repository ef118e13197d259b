"""Transport rules of the WooCommerce connector over real HTTP (R42): timeouts, TLS, errors."""

from __future__ import annotations

import random
import socket

import pytest
import requests

from backoffice.sync.errors import ShopMalformed, ShopRejected, ShopUnreachable
from backoffice.sync.models import OutboxMessage, PushKind
from backoffice.sync.retry import delay_after, is_retryable, next_delay
from backoffice.sync.woocommerce import WooCommerceConnector
from backoffice.sync.woocommerce.auth import OAuth1QueryAuth, make_auth
from tests.fakes.woo_server import Fault
from tests.sync.conftest import KEY
from tests.sync.helpers import drain, relay

pytestmark = pytest.mark.rule("R42")


@pytest.fixture
def order_id(woo):
    woo.shop.add_product("TEE", "19000", stock=10)
    return woo.shop.add_order([("TEE", 1)])


def message(oid, key="K1"):
    return OutboxMessage(PushKind.CUSTOMER_MESSAGE, {"text": "hi"}, key, oid)


def test_every_http_call_carries_timeouts_and_tls_verification(woo, connect, order_id, monkeypatch):
    calls = []
    real = requests.Session.request

    def spy(self, method, url, **kwargs):
        calls.append((method, url, kwargs.get("timeout"), kwargs.get("verify")))
        return real(self, method, url, **kwargs)

    monkeypatch.setattr(requests.Session, "request", spy)
    conn = connect()
    drain(conn)
    conn.pull_notes(order_id)
    relay(conn, message(order_id))
    conn.find_applied("K1", order_id)
    conn.find_applied("nope", None)
    conn.set_stock("TEE", 4)
    conn.get_stock("TEE")
    woo.inject("GET /orders", Fault.error(500))
    drain(conn)
    assert len(calls) >= 9
    for method, url, timeout, verify in calls:
        assert verify is True, (method, url)
        connect_t, read_t = timeout
        assert connect_t > 0 and read_t > 0, (method, url)


def test_429_is_retried_no_sooner_than_retry_after(woo, connect, order_id):
    woo.inject("POST /orders/{id}/notes", Fault.error(429, retry_after="30"))
    with pytest.raises(ShopUnreachable) as err:
        connect().push(message(order_id))
    assert err.value.status == 429 and not err.value.uncertain
    assert is_retryable(err.value)
    delays = [delay_after(err.value, 0, random.Random(seed)) for seed in range(20)]
    assert all(d is not None and d >= 30 for d in delays)
    assert next_delay(0, err.value.headers, random.Random(1)) >= 30


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_4xx_is_rejected_and_not_retried(woo, connect, order_id, status):
    woo.inject("POST /orders/{id}/notes", Fault.error(status))
    with pytest.raises(ShopRejected) as err:
        connect().push(message(order_id))
    assert err.value.status == status
    assert delay_after(err.value, 0, random.Random(1)) is None
    assert woo.count("POST /orders/{id}/notes") == 1


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503])
def test_408_429_and_5xx_are_retryable(woo, connect, order_id, status):
    woo.inject("POST /orders/{id}/notes", Fault.error(status))
    with pytest.raises(ShopUnreachable) as err:
        connect().push(message(order_id))
    assert delay_after(err.value, 0, random.Random(1)) is not None


def test_unknown_order_is_rejected_with_the_shops_message(woo, connect):
    with pytest.raises(ShopRejected, match="Invalid ID"):
        connect().get_order(999_999)
    assert woo.count("GET /orders/{id}") == 1  # a 404 read is not retried either


def test_reads_retry_a_few_times_then_give_up(woo, connect, order_id):
    woo.inject("GET /orders/{id}", Fault.error(500), Fault.error(502))
    assert connect().get_order(order_id).remote_id == order_id
    woo.inject("GET /orders/{id}", *[Fault.error(503)] * 5)
    with pytest.raises(ShopUnreachable):
        connect().get_order(order_id)
    assert woo.count("GET /orders/{id}") == 3 + 3  # bounded


def test_malformed_json_is_one_readable_line(woo, connect, order_id):
    woo.inject("GET /orders/{id}", Fault.malformed())
    with pytest.raises(ShopMalformed) as err:
        connect().get_order(order_id)
    text = str(err.value)
    assert "\n" not in text and "not JSON" in text and "GET /wp-json/wc/v3/orders/" in text
    assert is_retryable(err.value)


def test_unexpected_shape_is_malformed(woo, connect, order_id):
    woo.shop.orders[order_id]["currency"] = "XYZ"
    with pytest.raises(ShopMalformed, match=f"Order {order_id}"):
        connect().get_order(order_id)


def test_wrong_secret_is_refused_by_the_oauth_check(woo, connect):
    with pytest.raises(ShopRejected) as err:
        connect(secret="cs_wrong").pull_orders(None)
    assert err.value.status == 401 and "signature" in str(err.value)
    assert "cs_wrong" not in str(err.value)


def test_hmac_sha1_signatures_are_accepted_too(woo, connect):
    assert connect(signature_method="HMAC-SHA1").pull_orders(None).done


def test_each_request_gets_a_fresh_nonce(woo, connect, order_id):
    conn = connect()
    for _ in range(3):
        conn.get_order(order_id)  # the fake refuses a repeated nonce
    nonces = {s.query["oauth_nonce"] for s in woo.seen}
    assert len(nonces) == len(woo.seen)


def test_https_uses_basic_auth_and_http_uses_oauth():
    assert isinstance(make_auth("http://shop.test", KEY, "s"), OAuth1QueryAuth)
    basic = make_auth("https://shop.test", KEY, "cs_topsecret")
    prepared = requests.Request("GET", "https://shop.test/x", auth=basic).prepare()
    assert prepared.headers["Authorization"].startswith("Basic ")
    assert "oauth_signature" not in str(prepared.url)
    assert "topsecret" not in repr(basic)
    with pytest.raises(ValueError):
        make_auth("ftp://shop.test", KEY, "s")


def test_a_shop_that_is_down_is_unreachable_and_nothing_was_sent():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    conn = WooCommerceConnector("down", f"http://127.0.0.1:{port}", KEY, "s", timeout=(0.5, 0.5))
    with pytest.raises(ShopUnreachable) as err:
        conn.push(message(1))
    assert not err.value.uncertain and "could not be reached" in str(err.value)
