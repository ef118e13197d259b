"""Settings → Shops against the fake WooCommerce over real HTTP (issue 15): a shop is tested and
saved from the window; a wrong secret and a too-old WooCommerce get one clear line; an edit
tests with the stored secret."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.db.models import Shop
from backoffice.ui.shops_dialog import ShopsDialog
from tests.factories import MANAGER
from tests.fakes.woo_server import FakeWooServer

KEY, SECRET = "ck_0123456789abcdef", "cs_fedcba9876543210"


@pytest.fixture
def woo(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    with FakeWooServer(KEY, SECRET) as server:
        yield server


def _dialog(qtbot, worker) -> ShopsDialog:
    dialog = ShopsDialog(worker, MANAGER)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: worker.idle)
    return dialog


def _fill(dialog: ShopsDialog, url: str, secret: str = SECRET) -> None:
    dialog.name.setText("woo")
    dialog.url.setText(url)
    dialog.key.setText(KEY)
    dialog.secret.setText(secret)


def _test(qtbot, dialog: ShopsDialog) -> None:
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15_000)


def test_a_shop_is_tested_and_saved_from_the_window(qtbot, worker, woo, session):
    woo.shop.add_product("MUG-WHT", "12000", stock=5)
    for _ in range(2):
        woo.shop.add_order([("MUG-WHT", 1)], status="processing")
    dialog = _dialog(qtbot, worker)
    _fill(dialog, woo.base_url)
    _test(qtbot, dialog)
    shown = dialog.result.text()
    assert (
        shown
        == "Seoul Mug & Tee · WooCommerce 9.4.0 · the key can read and write · 2 orders to pull"
    )
    assert not dialog.message_bar.isVisible()

    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: worker.idle and dialog.shop_list.count() == 1)
    shop = session.scalar(select(Shop).where(Shop.name == "woo"))
    assert (shop.base_url, shop.api_key, shop.site_title) == (woo.base_url, KEY, "Seoul Mug & Tee")
    assert dialog.shop_list.item(0).text() == "woo — Seoul Mug & Tee (default)"


def test_a_wrong_secret_and_an_old_woocommerce_are_named(qtbot, worker, woo, session):
    dialog = _dialog(qtbot, worker)
    _fill(dialog, woo.base_url, secret="cs_wrong")
    _test(qtbot, dialog)
    assert dialog.result.text() == "Not connected"
    assert "secret does not match" in dialog.message_bar.text()

    woo.wc_version = "5.6.1"
    dialog.secret.setText(SECRET)
    _test(qtbot, dialog)
    assert "WooCommerce 5.6.1 is too old: 5.8 or newer is needed." in dialog.message_bar.text()
    assert session.scalar(select(Shop)) is None  # testing saves nothing


def test_an_edit_tests_with_the_stored_secret(qtbot, worker, woo, session, monkeypatch):
    monkeypatch.setenv("BACKOFFICE_SHOP_WOO_SECRET", SECRET)  # where it is kept without a keyring
    dialog = _dialog(qtbot, worker)
    _fill(dialog, woo.base_url)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: worker.idle and dialog.shop_list.count() == 1)
    dialog.new_shop()
    dialog.shop_list.setCurrentRow(0)
    assert dialog.name.isReadOnly() and dialog.secret.text() == ""
    woo.permissions = "read"
    _test(qtbot, dialog)
    assert "the key can only read" in dialog.result.text()
    assert "Read/Write" in dialog.message_bar.text()
