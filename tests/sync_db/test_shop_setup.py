"""Connecting a shop (issues 14 and 15): "Test connection" against the fake WooCommerce over real
HTTP reads the site's title, the WooCommerce version, the key's rights and the first pull's
size, and says plainly what is wrong; the site title names the shop until one is typed."""

from __future__ import annotations

import requests

from backoffice.services.shop import details as shop_details
from backoffice.services.sync import shops
from backoffice.sync.errors import ShopRejected
from backoffice.sync.woocommerce import probe as probing
from backoffice.sync.woocommerce.auth import make_auth
from tests.sync_db.conftest import KEY, SECRET


def test_a_good_shop_tells_its_title_version_rights_and_size(woo):
    for _ in range(3):
        woo.shop.add_order([("MUG-WHT", 1)], status="processing")
    found = shops.check_connection(woo.base_url, KEY, SECRET)
    assert found.ok, found.problem
    assert (found.site_title, found.version, found.can_write, found.orders) == (
        "Seoul Mug & Tee",  # WordPress sends the title HTML-escaped; we show it plain
        "9.4.0",
        True,
        3,
    )
    assert woo.shop.orders and all(o["status"] == "processing" for o in woo.shop.orders.values())


def test_a_read_only_key_is_named(woo):
    woo.permissions = "read"
    found = shops.check_connection(woo.base_url, KEY, SECRET)
    assert found.ok and found.can_write is False


def test_wrong_keys_and_old_shops_get_one_clear_line(woo):
    unknown = shops.check_connection(woo.base_url, "ck_nobody", SECRET)
    assert "does not know this consumer key" in unknown.problem
    wrong = shops.check_connection(woo.base_url, KEY, "cs_wrong")
    assert "secret does not match" in wrong.problem
    assert not wrong.offer_query_auth  # plain HTTP signs with OAuth: no header to strip
    woo.wc_version = "5.7.2"
    old = shops.check_connection(woo.base_url, KEY, SECRET)
    assert old.problem == "WooCommerce 5.7.2 is too old: 5.8 or newer is needed"
    assert old.site_title == "Seoul Mug & Tee"
    elsewhere = shops.check_connection(woo.base_url + "/blog", KEY, SECRET)
    assert "No WordPress site answers" in elsewhere.problem


def test_a_host_that_strips_the_header_is_offered_query_authentication():
    """Over HTTPS (which cannot be served here) WooCommerce sees no key at all and refuses with
    its "cannot list" 401: the probe offers the key in the query string."""
    refusal = ShopRejected(
        "The shop refused GET /system_status: Sorry, you cannot list resources. (HTTP 401)",
        status=401,
        code="woocommerce_rest_cannot_view",
    )
    found = probing._refused(refusal, "https://shop.example", "Seoul Mug & Tee")
    assert found.offer_query_auth and "query-string authentication" in found.problem
    auth = make_auth("https://shop.example", "ck_1", "cs_2", mode="query")
    sent = requests.Request("GET", "https://shop.example/wp-json/wc/v3/orders", auth=auth)
    url = sent.prepare().url
    assert "consumer_key=ck_1" in url and "consumer_secret=cs_2" in url
    assert "Authorization" not in sent.prepare().headers


def test_cli_add_tests_the_shop_and_its_title_names_the_shop(db_url, woo, catalog, session):
    from tests.sync_db.clihelp import cli

    added = cli(
        db_url, "shop", "add", "woocommerce", "woo", "--url", woo.base_url, "--key", KEY,
        stdin=SECRET + "\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert (
        "Seoul Mug & Tee: WooCommerce 9.4.0, key read and write, 0 orders to pull" in added.stdout
    )
    session.expire_all()
    assert shop_details.load(session).name == "Seoul Mug & Tee"  # not "woo"

    woo.permissions = "read"
    tested = cli(db_url, "shop", "test", "woo")
    assert tested.returncode == 3 and "READ ONLY" in tested.stdout
    unknown = cli(db_url, "shop", "test", "nope")
    assert unknown.returncode == 1 and "nope" in unknown.stderr
