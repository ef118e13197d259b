"""Shop secrets in the OS keyring, with the environment variable as the fallback (R50)."""

from __future__ import annotations

import logging

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from backoffice.sync import secrets
from backoffice.sync.secrets import SecretUnavailable, env_var_name, get_secret, set_secret

pytestmark = pytest.mark.rule("R50")


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture
def backend():
    before = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(before)


def test_env_var_name():
    assert env_var_name("my-shop.kr") == "BACKOFFICE_SHOP_MY_SHOP_KR_SECRET"
    assert env_var_name("main") == "BACKOFFICE_SHOP_MAIN_SECRET"


def test_secret_is_kept_in_the_keyring(backend):
    mem = MemoryKeyring()
    backend(mem)
    set_secret("main", "cs_live_123")
    assert mem.store == {("backoffice", "shop:main"): "cs_live_123"}
    assert get_secret("main") == "cs_live_123"
    secrets.delete_secret("main")
    assert mem.store == {}


def test_without_a_keyring_the_env_var_is_used(backend, monkeypatch, caplog):
    backend(fail.Keyring())
    monkeypatch.setenv("BACKOFFICE_SHOP_MY_SHOP_SECRET", "cs_from_env")
    with caplog.at_level(logging.DEBUG):
        assert get_secret("my-shop") == "cs_from_env"
    assert "cs_from_env" not in caplog.text
    assert "BACKOFFICE_SHOP_MY_SHOP_SECRET" in caplog.text


def test_without_a_keyring_or_env_var_the_message_says_what_to_do(backend, monkeypatch):
    backend(fail.Keyring())
    monkeypatch.delenv("BACKOFFICE_SHOP_MAIN_SECRET", raising=False)
    with pytest.raises(SecretUnavailable) as err:
        get_secret("main")
    text = str(err.value)
    assert "no keyring backend" in text and "BACKOFFICE_SHOP_MAIN_SECRET" in text
    with pytest.raises(SecretUnavailable) as err:
        set_secret("main", "cs_never_printed")
    assert "BACKOFFICE_SHOP_MAIN_SECRET" in str(err.value)
    assert "cs_never_printed" not in str(err.value)


def test_a_broken_keyring_falls_back_too(backend, monkeypatch):
    class Broken(MemoryKeyring):
        def get_password(self, service, username):
            raise keyring.errors.KeyringLocked("locked")

    backend(Broken())
    monkeypatch.setenv("BACKOFFICE_SHOP_MAIN_SECRET", "cs_env")
    assert get_secret("main") == "cs_env"
